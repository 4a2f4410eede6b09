/**
 * A clause too long for a timeline's line, made shorter where its doer and its action do not stand: a list's
 * members after the first ("the governments of Ruritania, Borduria (BD), and Syldavia launched …" → "the
 * governments of Ruritania … launched …"), a name's appositive before its verb ("Jan Kowal, Minister of the
 * Interior of Ruritania, visited …" → "Jan Kowal visited …"), an aside in brackets or between dashes before a verb
 * ("the Trade Act (P.L. 1-2) allowed …" → "the Trade Act allowed …"; a long name's "(known as the 1990 Act)" stands
 * for it: "the 1990 Act allowed …"), a company's legal form after a comma ("Acme, Inc. sued" → "Acme sued"), and an
 * opening frame led by a complex preposition ("As part of its plan, the agency opened …" → "the agency opened …").
 * The words left are the clause's own, in order; a dropped list is marked with "…", the others are not (the name
 * says who, the verb what).
 *
 * condenseClause('Ruritania joined Borduria, Syldavia and Elbonia in a joint statement') → 'Ruritania joined Borduria … in a joint statement'
 */
import { DASHES, isFiniteVerb } from '../language/grammar.ts'
import { LANGUAGE, NOUN_PHRASE_POS } from '../language/data.ts'
import { tagWords, type Word } from '../language/index.ts'
import actorData from '../../data/actors.json' with { type: 'json' }

const MEMBER_WORDS = new Set(['of', 'for', '(', ')', 'his', 'her', 'its', 'their', 'our'])
/** An appositive runs to the verb within this many words; a list's member within this many. */
const MAX_APPOSITIVE_WORDS = 12
const MAX_MEMBER_WORDS = 8

/** The clause with a list's later members and a subject's appositive dropped, or undefined when neither is there. */
export function condenseClause(clause: string, tagged?: Word[], again = true): string | undefined {
  const words = tagged ?? tagWords(clause)
  const spans = [frame(words), appositive(words), ...asides(words), subjectSetting(words), ...lists(words), ...legalForms(words)].filter((s): s is Span => !!s)
  if (spans.length === 0) return undefined
  let out = ''
  let at = 0
  let atWord = 0
  for (const s of spans.sort((a, b) => a.from - b.from)) {
    if (s.from < atWord) continue
    atWord = s.to
    out += clause.slice(at, words[s.from]!.start).trimEnd() + (s.mark ? ' …' : '') + (s.name ? ` ${s.name}` : '')
    at = s.to < words.length ? words[s.to]!.start : clause.length
    out += at < clause.length ? ' ' : ''
  }
  const once = (out + clause.slice(at)).replace(/\s+/g, ' ').trim()
  // A drop may bare another ("the capture of the port in May, after a siege, marked" → "… in May marked" → "the
  // capture of the port marked"): the words left are condensed once more.
  return (again && condenseClause(once, undefined, false)) || once
}

/** Words [from, to) to drop; `mark` shows the drop with "…"; `name` stands in their place. */
interface Span {
  from: number
  to: number
  mark: boolean
  name?: string
}

const isMemberWord = (w: Word) => NOUN_PHRASE_POS.has(w.pos) || MEMBER_WORDS.has(w.lower)

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
  // ("Jan Kowal, already the longest-serving minister, …": an adverb may qualify it; "Jan Kowal, an official during
  // the last government, …": a preposition after its noun.)
  if (inner.length === 0 || inner.length > MAX_APPOSITIVE_WORDS || !inner.every((w, k) => isMemberWord(w) || w.pos === 'ADV' || (k > 0 && w.pos === 'ADP'))) return undefined
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
    // ("Assurance IQ, LLC and MediaAlpha, Inc. will pay": a legal form after a comma is the name's, no list member.)
    if (legalFormAt(words, i + 1)) continue
    const end = listEnd(words, i)
    if (end > 0) {
      spans.push({ from: i, to: end, mark: true })
      i = end
    }
  }
  return spans
}

/** "Assurance IQ, LLC and MediaAlpha, Inc. will pay": a company's legal form after a comma, dropped with its comma. */
function legalForms(words: Word[]): Span[] {
  return words.flatMap((w, i) => (w.text === ',' && i > 0 && legalFormAt(words, i + 1) ? [{ from: i, to: i + 2, mark: false }] : []))
}

/** The word at `i` is a company's legal form ("Inc.", "LLC"). */
const legalFormAt = (words: Word[], i: number) => LEGAL_FORMS.has(words[i]?.text.replace(/\.$/, '') ?? '')

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
/** Company words that are legal forms, written after a comma ("Lyft, Inc."): data/actors.json legalForms. */
const LEGAL_FORMS = new Set<string>(actorData.legalForms)
/** Words of a name's phrase that end a list's member ("Borduria, Syldavia[ for …]"); "of" stays in it ("the Kingdom of Borduria"). */
const MEMBER_ENDS = new Set(['for'])

/** "Borduria, Syldavia and Elbonia": with one comma only, the members are names (a comma after an opening phrase parts no list). */
function listOfNames(words: Word[], comma: number): boolean {
  return words[comma - 1]!.pos === 'PROPN' && words[comma + 1]?.pos === 'PROPN'
}

const balanced = (ws: Word[]) => ws.filter((w) => w.text === '(').length === ws.filter((w) => w.text === ')').length

/** Phrases that open a frame before the clause ("as part of", "in response to"): data/language.json complexPrepositions. */
const FRAME_OPENERS = LANGUAGE.complexPrepositions.map((p) => p.split(' '))

/**
 * "As part of its plan for the coast, the agency opened …": an opening phrase led by a complex preposition or a
 * participle, up to its comma, with no verb of its own, before a clause with its subject and verb. It frames the
 * event; it goes.
 */
function frame(words: Word[]): Span | undefined {
  const opener = FRAME_OPENERS.find((p) => p.every((x, k) => words[k]?.lower === x))
  // "Drawing on reports, images and other evidence, the lab estimates …": a participle's phrase frames it too.
  const participle = words[0]?.pos === 'VERB' && words[0].lower.endsWith('ing')
  if (!opener && !participle) return undefined
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i, true))
  // The frame ends at the last comma before the clause's verb (its own lists have commas too).
  const comma = words.findLastIndex((w, i) => i < verb && w.text === ',')
  return comma > 0 && verb > comma + 1 ? { from: 0, to: comma + 1, mark: false } : undefined
}

/** What adds a second subject in an aside: "the raids, as well as the siege, prompted …". */
const ADDITIVE = ['as well as', 'along with', 'together with'].map((a) => a.split(' '))

/** What an aside may follow: a noun, a name, a number ("the raids on 8 May, as well as …, prompted"). */
const ASIDE_AFTER_POS = new Set(['NOUN', 'PROPN', 'NUM'])

/** "(commonly known as the 1990 Act)", "(hereafter the Board)": an aside that gives a name for what it follows. */
const NAMING_ASIDE = [['known', 'as'], ['hereafter'], ['hereinafter']]

/**
 * "the Trade Act (P.L. 1-2) allowed", "the militia – a movement of farmers – seized", "the siege, after a year of
 * raids, ended": an aside in brackets, between dashes, or a prepositional phrase between commas, right after a noun
 * and right before a finite verb (over adverbs). When it names what it follows
 * ("the Agreement on … (commonly known as the 1990 Agreement) modified"), and that opens the clause, the name stands
 * for it.
 */
function asides(words: Word[]): Span[] {
  const spans: Span[] = []
  for (let open = 1; open < words.length; open++) {
    const o = words[open]!.text
    const comma = o === ',' && (words[open + 1]?.pos === 'ADP' || ADDITIVE.some((a) => a.every((x, k) => words[open + 1 + k]?.lower === x)))
    if ((o !== '(' && !DASHES.has(o) && !comma) || !ASIDE_AFTER_POS.has(words[open - 1]!.pos)) continue
    const close = words.findIndex((w, i) => i > open && w.text === (o === '(' ? ')' : o))
    if (close < 0 || words.slice(open + 1, close).some((w) => w.text === '(' || w.text === ')')) continue
    // (", after an 18-month siege,": a phrase between commas has no verb of its own.)
    if (comma && words.some((_, i) => i > open && i < close && isFiniteVerb(words, i, true))) continue
    let verb = close + 1
    while (words[verb]?.pos === 'ADV') verb++
    if (verb >= words.length || !isFiniteVerb(words, verb, true)) {
      open = close
      continue
    }
    spans.push(namedAside(words, open, close) ?? { from: open, to: close + 1, mark: false })
    open = close
  }
  return spans
}

/** The span from the clause's start to a naming aside's end, with the name it gives, or undefined. */
function namedAside(words: Word[], open: number, close: number): Span | undefined {
  let k = open + 1
  while (words[k]?.pos === 'ADV') k++
  const cue = NAMING_ASIDE.find((c) => c.every((x, j) => words[k + j]?.lower === x))
  const name = cue && words.slice(k + cue.length, close)
  if (!name || name.length === 0 || words[open]!.text !== '(' || words.slice(0, open).some((w) => w.text === ',')) return undefined
  return { from: 0, to: close + 1, mark: false, name: name.map((w) => w.text).join(' ') }
}

/** Prepositions that place a thing in a place or a time, not say what it is ("of", "for" do). */
const SETTING_PREPOSITIONS = new Set(['in', 'during', 'at', 'near', 'across'])

/**
 * "the army's capture of the port in the northern region in May 2020 marked …" → "the army's capture of the port
 * marked …": the phrases that place the subject in a place or a time, right before its verb, go (the timeline
 * gives the date; the thing stays named).
 */
function subjectSetting(words: Word[]): Span | undefined {
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i, true))
  if (verb < 0 || words.slice(0, verb).some((w) => w.text === ',' || DASHES.has(w.text))) return undefined
  let from = -1
  for (let k = verb - 1; k > 1; k--) {
    const w = words[k]!
    // (An aside in brackets goes with it: "during the war (in 2020 and 2021)".)
    if (w.text === ')') {
      k = words.findLastIndex((x, j) => j < k && x.text === '(')
      if (k < 0) break
      continue
    }
    if (SETTING_PREPOSITIONS.has(w.lower) && ['NOUN', 'PROPN', 'NUM'].includes(words[k - 1]!.pos)) from = k
    else if (!isMemberWord(w) || w.lower === 'of' || w.lower === 'for') break
  }
  // The subject keeps its head and what it is of: "the army's capture of the port".
  return from > 1 ? { from, to: verb, mark: false } : undefined
}
