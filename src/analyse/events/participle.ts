/**
 * A date a past participle takes: "a national heat record set in 2019", "the Act, enacted in 2011", "a sapling
 * gifted by Sri Lanka in 2023", "Founded in 2008, the church has …". The date is the time of the participle's act
 * on the noun it tells of, not of the clause around it ("equalling a record set in 2019" did not equal it in 2019):
 * the event is that noun and the participle, told in the passive ("A national heat record was set").
 * Read from the tagged words of the sentence, no tagging again.
 */
import type { SentenceContext } from '../context.ts'
import { isFiniteVerb, participleForm } from '../../language/grammar.ts'
import type { Word } from '../../language/index.ts'
import { NOUN_PHRASE_POS } from '../../language/data.ts'
import { SAYING_VERBS } from '../data.ts'

/** Adverbs that may open a participle's phrase before it: "First held in 1970, …", "Originally built in 1932, …". */
const LEADING_ADVERBS = new Set(['first', 'last', 'originally', 'initially', 'later', 'formerly', 'once', 'previously'])
/** Words an agent ("by the Treasury Department") may have between a participle and its date. */
const AGENT_WORDS = 6
const AGENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'CCONJ'])
const RE_CLOSING_QUOTE = /^["'”’]$/
/** Prepositions of the place or post a participle's act gives, between it and the date: "elected to the Senate". */
const COMPLEMENT_PREPOSITIONS = new Set(['to', 'as', 'into'])
/** A noun phrase runs back over this many "of" phrases: "the sapling of the Sacred Bodhi Tree". */
const OF_LINKS = 2

/**
 * The event a participle before the date tells, as "<noun phrase> was <participle> [by …]", or undefined when the
 * date is not a participle's. '' when the date is a participle's but its noun cannot be read (no event).
 */
export function participleEvent(s: SentenceContext, start: number, from: number, end = start): string | undefined {
  const words = s.words
  const text = s.sentence.text
  const p = participleBefore(words, start, from)
  if (p === undefined) return undefined
  const w = words[p]!
  // ("First held on April 22, 1970, Earth Day is …": adverbs before the participle open its phrase with it.)
  let opening = p
  while (opening > 0 && words[opening - 1]!.start >= from && LEADING_ADVERBS.has(words[opening - 1]!.lower)) opening--
  // (Back over "being" to the noun: "a US commander [being] appointed".)
  const phraseFrom = words[opening - 1]?.lower === 'being' ? opening - 1 : opening
  const before = words[phraseFrom - 1]
  const leads = !before || before.start < from || (before.pos === 'PUNCT' && !/^[,)"'”’]$/.test(before.text))
  let phrase: [number, number] | undefined
  if (leads) {
    // "Founded in 2008 in Chengdu, the church has …": the subject after the phrase's comma.
    // (Not the comma inside the date: "on April 22, 1970, …".)
    const comma = words.findIndex((x, i) => i > p && x.text === ',' && words[i + 1]?.pos !== 'NUM')
    const verb = words.findIndex((_, i) => i > comma && isFiniteVerb(words, i, true))
    if (comma < 0 || verb < 0 || verb === comma + 1 || !words.slice(comma + 1, verb).every((x) => NOUN_PHRASE_POS.has(x.pos))) return ''
    phrase = [comma + 1, verb - 1]
  } else {
    // "the Act (FSMA; P.L. 111-353), enacted in 2011": over the comma and an aside in brackets to the noun.
    // (A comma may stand inside the quotation marks of a name: 'The "Diffusion Rule," published in …'.)
    // ("the defense exercise, last held in 2017": over the adverbs that open the participle's phrase too.)
    let k = phraseFrom - 1
    while (k > 0 && (words[k]!.text === ',' || RE_CLOSING_QUOTE.test(words[k]!.text))) k--
    if (words[k]?.text === ')') {
      let depth = 0
      for (; k >= 0; k--) {
        if (words[k]!.text === ')') depth++
        else if (words[k]!.text === '(' && --depth === 0) break
      }
      k--
    }
    if (!['NOUN', 'PROPN'].includes(words[k]?.pos ?? '')) return undefined
    const first = nounPhraseStart(words, k)
    // "the court ruled in 2019" is a clause; "equalling a record set in 2019" is not: a participle read as finite
    // tells of its noun only when that noun is another verb's object or a preposition's.
    const governor = words[first - 1]
    const object = !!governor && (governor.pos === 'ADP' || (governor.pos === 'VERB' && !SAYING_VERBS.has(governor.lemma)))
    // "Artemis II, the first crewed test of Orion, occurred in April": after a comma, a participle sets off an aside
    // only when the clause's own verb follows it ("The Rule, published in 2025, establishes …").
    const close = words.findIndex((x) => x.start >= start && x.text === ',')
    const next = words.slice(close + 1).find((x) => x.pos !== 'ADV')
    const comma = words.slice(k + 1, p).some((x) => x.text === ',')
    const aside = comma && close > 0 && (next?.pos === 'VERB' || next?.pos === 'AUX') && !next.lower.endsWith('ing')
    if (!object && !aside && (comma || isFiniteVerb(words, p, true))) return undefined
    // "the court in Scotland ruled on September 11 the prorogation was unlawful": a clause right after the date is the
    // verb's own complement; the verb is the clause's, finite.
    if (!comma && takesClause(words, end)) return undefined
    // "the state of emergency United States President Donald Trump declared last Friday": a name right after a common
    // noun, no comma between, is the subject of a clause on that noun whose verb is the "participle", not its
    // passive: the noun phrase with its clause tells the event.
    if (!comma && contactClause(words, first, k)) return text.slice(words[first]!.start, start).replace(RE_DATE_PREPOSITION_END, '').trim()
    phrase = [first, k]
  }
  const head = words.slice(phrase[0], phrase[1] + 1).findLast((x) => x.pos === 'NOUN' || x.pos === 'PROPN')
  if (!head) return ''
  const plural = head.pos === 'NOUN' && head.lower !== head.lemma.toLowerCase() && /s$/.test(head.lower)
  const noun = text.slice(words[phrase[0]]!.start, words[phrase[1]]!.end)
  const act = text.slice(words[opening]!.start, start).replace(/^\p{Lu}/u, (c) => (leads ? c.toLowerCase() : c)).replace(RE_DATE_PREPOSITION_END, '').trim()
  return `${noun} ${plural ? 'were' : 'was'} ${act}`
}

/** The preposition a date leaves at the end of the words before it: "set [in] 2019". */
const RE_DATE_PREPOSITION_END = /\s+(?:in|on|at|during|from|since|of)\s*$/i

/** After the date's end, a noun phrase then a finite verb, before any comma: the clause a verb of saying or judging takes. */
function takesClause(words: Word[], end: number): boolean {
  const after = words.findIndex((w) => w.start >= end)
  if (after < 0 || !['DET', 'PRON', 'PROPN', 'NOUN'].includes(words[after]!.pos)) return false
  for (let i = after; i < words.length && words[i]!.text !== ',' && words[i]!.text !== ';'; i++) {
    if (isFiniteVerb(words, i, true)) return i > after && words.slice(after, i).every((w) => NOUN_PHRASE_POS.has(w.pos))
  }
  return false
}

/** Inside the noun phrase from `first` to `k`, a common noun then a name, the name running to `k`. */
function contactClause(words: Word[], first: number, k: number): boolean {
  if (words[k]!.pos !== 'PROPN') return false
  let name = k
  while (name > first && words[name - 1]!.pos === 'PROPN') name--
  return name > first && words[name - 1]!.pos === 'NOUN'
}

/**
 * The index of the participle whose phrase runs up to `start`: a past participle (not after an auxiliary or "to"),
 * with at most a short agent ("by Congress") or nothing but the date's cue between.
 */
function participleBefore(words: Word[], start: number, from: number): number | undefined {
  const last = words.findLastIndex((w) => w.end <= start)
  let i = last
  if (['in', 'on', 'during', 'since'].includes(words[i]?.lower ?? '')) i--
  if (words[i]?.pos !== 'VERB' && words[i]?.pos !== 'ADJ') {
    // Back over the agent: "gifted [by Sri Lanka]"; or over the place or post the act gave: "Elected [to the
    // Senate]", "appointed [as ambassador]".
    let k = i
    while (k >= 0 && i - k < AGENT_WORDS && AGENT_POS.has(words[k]!.pos)) k--
    if (words[k]?.lower !== 'by' && !(COMPLEMENT_PREPOSITIONS.has(words[k]?.lower ?? '') && k < i)) return undefined
    i = k - 1
  }
  const w = words[i]
  if (!w || w.start < from || !(w.pos === 'VERB' || w.pos === 'ADJ') || w.lower.endsWith('ing')) return undefined
  if (!participleForm(w, true)) return undefined
  // An adjective is a participle only as a verb's form ("gifted", not "red" nor "golden").
  if (w.pos === 'ADJ' && !/ed$/.test(w.lower)) return undefined
  const prev = words[i - 1]
  // ("despite a US commander being appointed in January": "being" before it makes a passive of its noun, no tense.)
  if ((prev?.pos === 'AUX' && prev.lower !== 'being') || prev?.lower === 'to' || (prev?.pos === 'ADV' && words[i - 2]?.pos === 'AUX')) return undefined
  return i
}

/** Where the noun phrase whose last word is `k` starts, over a possessive and up to OF_LINKS "of" phrases. */
function nounPhraseStart(words: Word[], k: number): number {
  let i = k
  for (let links = 0; ; links++) {
    for (;;) {
      // ("the two-year deadline": a hyphen written between two words joins them into one word of the phrase.)
      if (i > 1 && joinedHyphen(words, i - 1)) i -= 2
      else if (i > 0 && NOUN_PHRASE_POS.has(words[i - 1]!.pos) && words[i - 1]!.pos !== 'DET') i--
      else break
    }
    if (i > 0 && words[i - 1]!.pos === 'DET') i--
    // ("As part of the Initiative": a noun without a determiner before "of" is no head of the phrase.)
    const owner = words[i - 2]
    const determined = !!owner && (words[phraseOpen(words, i - 2)]!.pos === 'DET' || owner.pos === 'PROPN')
    if (links >= OF_LINKS || words[i - 1]?.lower !== 'of' || !['NOUN', 'PROPN'].includes(owner?.pos ?? '') || !determined) return i
    i -= 2
  }
}

/** The word at `h` is a hyphen written with no space on either side: "two-year". */
function joinedHyphen(words: Word[], h: number): boolean {
  const w = words[h]!
  return (w.text === '-' || w.text === '‐') && words[h - 1]?.end === w.start && words[h + 1]?.start === w.end
}

/** The first word of the noun phrase ending at `k`: back over its modifiers to its determiner. */
function phraseOpen(words: Word[], k: number): number {
  let i = k
  while (i > 0 && NOUN_PHRASE_POS.has(words[i - 1]!.pos) && words[i - 1]!.pos !== 'DET') i--
  return i > 0 && words[i - 1]!.pos === 'DET' ? i - 1 : i
}
