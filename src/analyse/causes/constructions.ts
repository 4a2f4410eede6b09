/**
 * Constructions that change what a causal cue links: a passive with its agent ("is hamstrung by"), a verb that
 * governs its object's verb ("allow the period to expire"), a clause the sentence denies ("denied that"), and
 * the words between a cause and its cue.
 */
import type { Word } from '../../language/index.ts'
import { DATA } from '../data.ts'
import { climb, phraseAt, phraseBefore, type Phrase } from './phrases.ts'

export const RELATIVE = new Set(['which', 'that', 'who'])
export const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no', 'without'])
/** Verbs and adjectives that lend the verb after them their subject: "rates are expected to reduce demand". */
const RAISING = ['expected', 'likely', 'unlikely', 'poised', 'going', 'bound', 'tend', 'tends', 'seem', 'seems', 'appear', 'appears', 'continue', 'continues']
/** Skipped between a cue and its cause: "North Korea directly threatens", "presence would jeopardise". */
export const SKIP_BEFORE = new Set(['also', 'further', 'directly', 'simultaneously', 'reasonably', 'already', 'even', 'still', 'ever', 'only', 'could', 'would', 'will', 'may', 'might', 'can', 'must', 'should', 'to', ...RAISING])

/** Verbs that govern their object's verb, by the marker it takes (data/causes.json objectControl). */
const CONTROL = {
  to: new Set(DATA.causes.objectControl.to as string[]),
  from: new Set(DATA.causes.objectControl.from as string[]),
}

/**
 * The clause an object governs when a verb after it completes it ("allow [the waiting period to expire]",
 * "prevent [tickets from being resold]"), as word indices: the object, the verb and its own object; null when
 * that clause is too long to be a situation; undefined when no verb follows the object.
 */
export function controlledClause(words: Word[], cue: number, p: Phrase): Phrase | null | undefined {
  const marker = words[p.last + 1]?.lower
  if (!(marker === 'to' || marker === 'from') || !CONTROL[marker].has(words[cue]!.lemma)) return undefined
  let v = p.last + 2
  while (words[v] && (words[v]!.pos === 'AUX' || words[v]!.pos === 'ADV')) v++
  const verb = words[v]
  if (!verb || verb.pos !== 'VERB' || !((marker === 'to' && !/ing$/.test(verb.lower)) || (marker === 'from' && /ing$/.test(verb.lower)) || (marker === 'from' && words[p.last + 2]?.lower === 'being'))) return undefined
  const object = phraseAt(words, v + 1, '')
  const last = object && object.last - p.first < 10 ? object.last : v
  const kept = words.slice(p.first, last + 1).filter((w) => !['AUX', 'PUNCT', 'DET', 'PART'].includes(w.pos) && w.lower !== 'from')
  return kept.length <= 7 ? { first: p.first, last } : null
}

/** Verbs that deny the clause after them: "the company denied that its products caused the outbreak". */
const DENY = new Set(['deny', 'dispute', 'refute', 'reject', 'dismiss'])

/**
 * Whether the cue at `i` is in a clause the sentence denies: after a negated verb of saying or showing ("the FTC
 * had not shown that the amendments would prevent …") or a verb of denial ("denied that …"). An indirect question ("whether sanctions reduce …") is
 * kept: an article weighing a cause still states it as the question.
 */
export function unasserted(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!
    if (w.pos === 'PUNCT') return false
    if (w.lower === 'that' && w.pos === 'SCONJ') return words.slice(Math.max(0, k - 4), k).some((x) => NEGATIONS.has(x.lower)) || DENY.has(words[k - 1]?.lemma ?? '')
  }
  return false
}

/** Verbs of a passive: "is hamstrung", "became overshadowed", "got blocked", "remains hampered". */
const PASSIVE = new Set(['be', 'get', 'become', 'remain'])
/** Particles between a phrasal verb's participle and its agent: "slowed down by". */
const PARTICLES = new Set(['down', 'up', 'out', 'off'])

/** The index of "by" when the cue at `i`..`last` is a passive participle with its agent ("was slowed down by"), else -1. */
export function passiveBy(words: Word[], i: number, last: number): number {
  if (!['VERB', 'ADJ'].includes(words[i]!.pos) || !/(?:ed|en|wn|ung|ut)$/.test(words[i]!.lower)) return -1
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  if (!PASSIVE.has(words[k]?.lemma ?? '')) return -1
  let b = last + 1
  if (PARTICLES.has(words[b]?.lower ?? '')) b++
  return words[b]?.lower === 'by' ? b : -1
}

/**
 * The subject of the passive whose participle is at `i`: the phrase before its verb group, through a relative
 * pronoun ("the message, which was overshadowed by") or over an aside between commas ("Macron, already the
 * least popular president, is hamstrung by").
 */
export function passiveSubject(words: Word[], i: number, text: string): Phrase | undefined {
  let g = i
  while (g > 0 && ['AUX', 'ADV'].includes(words[g - 1]!.pos) || (g > 0 && PASSIVE.has(words[g - 1]!.lemma))) g--
  const before = words[g - 1]
  if (RELATIVE.has(before?.lower ?? '')) return phraseBefore(words, words[g - 2]?.text === ',' ? g - 2 : g - 1, text, SKIP_BEFORE)
  if (before?.text === ',') {
    let c = g - 2
    while (c >= 0 && words[c]!.text !== ',' && !['VERB', 'AUX'].includes(words[c]!.pos)) c--
    return c > 0 && words[c]!.text === ',' ? phraseBefore(words, c, text, SKIP_BEFORE) : undefined
  }
  const p = phraseBefore(words, g, text, SKIP_BEFORE)
  return p && climb(words, p, text)
}

/** A participle tagged as an adjective in a passive with its agent: "is hamstrung by". */
export function passiveAdjective(words: Word[], i: number): boolean {
  if (words[i]!.pos !== 'ADJ' || words[i + 1]?.lower !== 'by') return false
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  return PASSIVE.has(words[k]?.lemma ?? '')
}
