/**
 * A clause too long for a timeline's line, made shorter where its doer and its action do not stand: a list's
 * members after the first ("the governments of Ruritania, Borduria (BD), and Syldavia launched …" → "the
 * governments of Ruritania … launched …"), and a name's appositive before its verb ("Jan Kowal, Minister of the
 * Interior of Ruritania, visited …" → "Jan Kowal visited …"). The words left are the clause's own, in order; a
 * dropped list is marked with "…", a dropped appositive is not (the name says who).
 *
 * condenseClause('Ruritania joined Borduria, Syldavia and Elbonia in a joint statement') → 'Ruritania joined Borduria … in a joint statement'
 */
import { isFiniteVerb } from '../language/grammar.ts'
import { tagWords, type Word } from '../language/index.ts'

/** The words a list's member, or an appositive, may hold: a noun phrase, with an "of" phrase and an acronym in brackets. */
const MEMBER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])
const MEMBER_WORDS = new Set(['of', 'for', '(', ')', 'his', 'her', 'its', 'their', 'our'])
/** An appositive runs to the verb within this many words; a list's member within this many. */
const MAX_APPOSITIVE_WORDS = 12
const MAX_MEMBER_WORDS = 8

/** The clause with a list's later members and a subject's appositive dropped, or undefined when neither is there. */
export function condenseClause(clause: string, tagged?: Word[]): string | undefined {
  const words = tagged ?? tagWords(clause)
  const spans = [appositive(words), ...lists(words)].filter((s): s is Span => !!s)
  if (spans.length === 0) return undefined
  let out = ''
  let at = 0
  for (const s of spans.sort((a, b) => a.from - b.from)) {
    if (s.from < at) continue
    out += clause.slice(at, words[s.from]!.start).trimEnd() + (s.mark ? ' …' : '')
    at = s.to < words.length ? words[s.to]!.start : clause.length
    out += at < clause.length ? ' ' : ''
  }
  return (out + clause.slice(at)).replace(/\s+/g, ' ').trim()
}

/** Words [from, to) to drop; `mark` shows the drop with "…". */
interface Span {
  from: number
  to: number
  mark: boolean
}

const isMemberWord = (w: Word) => MEMBER_POS.has(w.pos) || MEMBER_WORDS.has(w.lower)

/**
 * "Jan Kowal, Minister of the Interior of Ruritania[,] visited": a comma after the name that opens the clause, then
 * a noun phrase with no verb or conjunction up to the clause's verb. Its closing comma may be missing.
 */
function appositive(words: Word[]): Span | undefined {
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i, true))
  const comma = words.findIndex((w) => w.text === ',')
  if (verb < 0 || comma < 2 || comma > verb || words[comma - 1]!.pos !== 'PROPN') return undefined
  // The subject before it is a name's noun phrase ("His Excellency Jan Kowal"), not a lead ("Upon the Minister's request").
  if (!words.slice(0, comma).every(isMemberWord)) return undefined
  let end = verb
  while (end > comma + 1 && words[end - 1]!.pos === 'ADV') end--
  const aside = words.slice(comma + 1, end)
  const closed = aside.at(-1)?.text === ','
  const inner = closed ? aside.slice(0, -1) : aside
  if (inner.length === 0 || inner.length > MAX_APPOSITIVE_WORDS || !inner.every(isMemberWord)) return undefined
  return { from: comma, to: end, mark: false }
}

/**
 * "Borduria, Syldavia (SY), and Elbonia": a list of three or more noun phrases, parted by commas, the last after
 * "and" or "or". Its members after the first go.
 */
function lists(words: Word[]): Span[] {
  const spans: Span[] = []
  for (let i = 0; i < words.length; i++) {
    const prev = words[i - 1]
    if (words[i]!.text !== ',' || !prev || !isMemberWord(prev)) continue
    const end = listEnd(words, i)
    if (end > 0) {
      spans.push({ from: i, to: end, mark: true })
      i = end
    }
  }
  return spans
}

/** Where the list whose first comma is at `comma` ends (the index after its last member), or -1. */
function listEnd(words: Word[], comma: number): number {
  let commas = 1
  let k = comma + 1
  for (;;) {
    const last = CONJUNCTIONS.has(words[k]?.lower ?? '')
    if (last) k++
    const from = k
    // A member is a noun phrase that ends before anything else: a preposition, a verb, a comma.
    while (k < words.length && isMemberWord(words[k]!) && !MEMBER_ENDS.has(words[k]!.lower)) k++
    if (k === from || k - from > MAX_MEMBER_WORDS || !balanced(words.slice(from, k))) return -1
    if (last) return commas >= 2 || listOfNames(words, comma) ? k : -1
    if (words[k]?.text === ',') {
      commas++
      k++
    } else if (!CONJUNCTIONS.has(words[k]?.lower ?? '')) return -1
  }
}
const CONJUNCTIONS = new Set(['and', 'or'])
/** Words of a name's phrase that end a list's member ("Borduria, Syldavia[ for …]"); "of" stays in it ("the Kingdom of Borduria"). */
const MEMBER_ENDS = new Set(['for'])

/** "Borduria, Syldavia and Elbonia": with one comma only, the members are names (a comma after an opening phrase parts no list). */
function listOfNames(words: Word[], comma: number): boolean {
  return words[comma - 1]!.pos === 'PROPN' && words[comma + 1]?.pos === 'PROPN'
}

const balanced = (ws: Word[]) => ws.filter((w) => w.text === '(').length === ws.filter((w) => w.text === ')').length
