/**
 * Constructions that change what a causal cue links: a passive with its agent ("is hamstrung by"), a verb that
 * governs its object's verb ("allow the period to expire"), a clause the sentence denies ("denied that"), the
 * words between a cause and its cue, a hedge ("might raise"), a gerund that names an action ("the risk of
 * raising rates"), a series of verb phrases ("drive up Y, mislead Z, and result in W") and a verb before a phrase.
 */
import type { Word } from '../../language/index.ts'
import { NOUN_PHRASE_POS, POSSESSIVE_DETERMINERS, RELATIVE_OPENERS, VERB_NEGATORS } from '../../language/data.ts'
import { DATA, OBJECT_CONTROL as CONTROL, SAYING_VERBS } from '../data.ts'
import { isFiniteVerb } from '../../language/grammar.ts'
import { climb, phraseAt, phraseBefore, type Phrase } from './phrases.ts'

export const NEGATIONS = new Set<string>([...VERB_NEGATORS, 'no', 'without'])
/**
 * Verbs and adjectives that lend the verb after them their subject: "rates are expected to reduce demand"; "imports
 * threaten to impair security" (a threat: the link is hedged, see hedgedAt); "ACT would be able to raise prices",
 * "the rule is set to lower costs".
 */
const RAISING = ['expected', 'likely', 'unlikely', 'poised', 'going', 'bound', 'tend', 'tends', 'seem', 'seems', 'appear', 'appears', 'continue', 'continues', 'threaten', 'threatens', 'threatened', 'able', 'set', 'scheduled', 'slated', 'certain', 'sure']
/** Skipped between a cue and its cause: "North Korea directly threatens", "presence would jeopardise". */
export const SKIP_BEFORE = new Set(['also', 'further', 'directly', 'simultaneously', 'reasonably', 'already', 'even', 'still', 'ever', 'only', 'could', 'would', 'will', 'may', 'might', 'can', 'must', 'should', 'to', ...RAISING])

/**
 * Whether the cue at `i` is the bare verb of a clause another verb governs, its object between them ("helped the
 * city [prevent] floods", "helping the United States [prevent] …"): the governing verb states the link (the city
 * preventing floods is what the levees enable), so the cue states none of its own.
 */
export function governedBare(words: Word[], i: number, object: Phrase | undefined): boolean {
  if (!object || object.last !== i - 1) return false
  const before = CONTROL.bare.has(words[object.first]!.lemma) ? object.first : object.first - 1
  return CONTROL.bare.has(words[before]?.lemma ?? '') && words[before]!.pos === 'VERB' && before < object.last
}

/** Verbs of knowing or telling: "help researchers understand X" changes what is known, not what happens (data/causes.json knowingVerbs). */
const KNOWING = new Set(DATA.causes.knowingVerbs as string[])

/**
 * The clause an object governs when a verb after it completes it ("allow [the waiting period to expire]",
 * "prevent [tickets from being resold]"), as word indices: the object, the verb and its own object; null when
 * that clause is too long to be a situation; undefined when no verb follows the object.
 */
export function controlledClause(words: Word[], cue: number, p: Phrase): Phrase | null | undefined {
  const marker = words[p.last + 1]?.lower
  // "helps farmers [grow] more wheat": a verb in the bare infinitive right after the object, no marker.
  const next = words[p.last + 1]
  const bare = CONTROL.bare.has(words[cue]!.lemma) && next?.pos === 'VERB' && next.lower === next.lemma
  // Not a verb left without its object: "help firms [detect] and assess risk".
  const completed = !!phraseAt(words, p.last + 2, '') || (words[p.last + 2]?.pos === 'ADP' && !!phraseAt(words, p.last + 3, ''))
  if (bare) return KNOWING.has(next.lemma) || !completed ? null : clauseFrom(words, p, p.last + 1)
  if (!(marker === 'to' || marker === 'from') || !CONTROL[marker].has(words[cue]!.lemma)) return governsBeyond(words, cue, p) ? null : undefined
  if (marker === 'to' && KNOWING.has(words[p.last + 2]?.lemma ?? '') && CONTROL.bare.has(words[cue]!.lemma)) return null
  let v = p.last + 2
  while (words[v] && (words[v]!.pos === 'AUX' || words[v]!.pos === 'ADV')) v++
  const verb = words[v]
  // "allowing the loss function to be adaptive": the object is not what is allowed, and "to be" with no verb
  // after it is no situation read here.
  if (marker === 'to' && words[p.last + 2]?.pos === 'AUX' && verb?.pos !== 'VERB') return null
  if (!verb || verb.pos !== 'VERB' || !((marker === 'to' && !/ing$/.test(verb.lower)) || (marker === 'from' && /ing$/.test(verb.lower)) || (marker === 'from' && words[p.last + 2]?.lower === 'being'))) return undefined
  return clauseFrom(words, p, v)
}

/** Parts of speech of what completes an object before the verb it governs: "recipients of its grants (…) to include". */
const COMPLEMENT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'CCONJ', 'NUM', 'PART'])
/** How far past its object the verb an object governs is looked for, in words. */
const MAX_GOVERNED_GAP = 12

/**
 * Whether the verb the cue governs comes after its object's complement, not right after the object: "encouraged
 * [recipients] of its grants to include …", "encourage [farmers] and ranchers to implement …", "helps [consumers]
 * quickly identify …". The object alone is then not what the cue acts on: who is brought to do what.
 */
function governsBeyond(words: Word[], cue: number, p: Phrase): boolean {
  const lemma = words[cue]!.lemma
  for (let k = p.last + 1; k <= p.last + MAX_GOVERNED_GAP && words[k]; k++) {
    const w = words[k]!
    let v = k + 1
    while (words[v]?.pos === 'ADV') v++
    const verb = words[v]
    if (w.lower === 'to' && CONTROL.to.has(lemma)) return verb?.pos === 'VERB' && verb.lower === verb.lemma
    if (w.lower === 'from' && CONTROL.from.has(lemma)) return verb?.pos === 'VERB' && verb.lower.endsWith('ing')
    // An adverb before a bare verb: "helps consumers quickly identify".
    if (w.pos === 'ADV' && CONTROL.bare.has(lemma)) return k === p.last + 1 && verb?.pos === 'VERB' && verb.lower === verb.lemma
    if (!COMPLEMENT_POS.has(w.pos) && !POSSESSIVE_DETERMINERS.has(w.lower) && !['(', ')'].includes(w.text)) return false
  }
  return false
}

/** The clause of the object `p` and the verb at `v` with what completes it; null when too long to be a situation. */
function clauseFrom(words: Word[], p: Phrase, v: number): Phrase | null {
  const object = phraseAt(words, v + 1, '')
  const size = (last: number) => words.slice(p.first, last + 1).filter((w) => !['AUX', 'PUNCT', 'DET', 'PART'].includes(w.pos) && w.lower !== 'from').length
  // Without an object, what completes the verb when it fits: a gerund ("stop cooperating") or a prepositional
  // phrase ("convert into gold"); else the verb alone.
  if (!object) {
    const gerund = words[v + 1]?.pos === 'VERB' && /ing$/.test(words[v + 1]!.lower)
    const complement = gerund ? v + 1 : words[v + 1]?.pos === 'ADP' ? (phraseAt(words, v + 2, '')?.last ?? v) : v
    const last = size(complement) <= 7 ? complement : v
    return size(last) <= 7 ? { first: p.first, last } : null
  }
  const last = object.last - p.first < 10 ? object.last : v
  return size(last) <= 7 ? { first: p.first, last } : null
}

/** Verbs that deny the clause after them: "the company denied that its products caused the outbreak". */
const DENY = new Set(['deny', 'dispute', 'refute', 'reject', 'dismiss'])
/** Verbs that present the clause after them as wished or asked for, not as what happens (data/causes.json wishVerbs). */
const WISH = new Set(DATA.causes.wishVerbs as string[])

/**
 * Whether the cue at `i` is in a clause the sentence denies: after a negated verb of saying or showing ("the FTC
 * had not shown that the amendments would prevent …") or a verb of denial ("denied that …"). An indirect question ("whether sanctions reduce …") is
 * kept: an article weighing a cause still states it as the question.
 */
export function unasserted(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k]!
    if (w.pos === 'PUNCT') return false
    // The tagger may read this "that" as a pronoun: "we hoped [that] announcing it would …".
    if (w.lower === 'that' && WISH.has(words[k - 1]?.lemma ?? '')) return true
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
 * A reduced passive relative clause with its agent: a participle right after the noun it describes, or after that
 * noun's comma, then "by" ("humanitarian needs [exacerbated] by drought", "global hunger, [fueled] by conflict").
 * The index of "by", or -1. The noun is what the agent acts on, as a passive's subject is (`passiveSubject` finds
 * it too: the phrase before the participle).
 */
export function reducedPassiveBy(words: Word[], i: number, last: number): number {
  if (!['VERB', 'ADJ'].includes(words[i]!.pos) || !/(?:ed|en|wn|ung|ut)$/.test(words[i]!.lower)) return -1
  const before = words[i - 1]?.text === ',' ? words[i - 2] : words[i - 1]
  if (!before || !['NOUN', 'PROPN'].includes(before.pos)) return -1
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
  if (RELATIVE_OPENERS.has(before?.lower ?? '')) return phraseBefore(words, words[g - 2]?.text === ',' ? g - 2 : g - 1, text, SKIP_BEFORE)
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

/** Words that make a link a possibility (data/causes.json hedges). */
const HEDGES = new Set(DATA.causes.hedges as string[])
/** A hedge word, not a name spelt like one ("In May 2026"). */
export const isHedge = (w: Word): boolean => HEDGES.has(w.lower) && (w.text === w.lower || ['AUX', 'ADV', 'SCONJ'].includes(w.pos))
/**
 * How far before a cue a hedge is looked for, in words, within its clause: "might also substantially increase",
 * "might bundle their services or encourage".
 */
const HEDGE_WINDOW = 12

/**
 * A hedge before the cue at `i` in its clause (back to a punctuation mark, a relative pronoun or a subordinating
 * conjunction): "might increase", "potentially due to", "might bundle their services or encourage".
 */
export function hedgedAt(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - HEDGE_WINDOW; k--) {
    // An aside in parentheses is stepped over: "might … go beyond X (an aside) and encourage".
    if (words[k]!.text === ')') {
      let open = k - 1
      while (open >= 0 && open >= i - HEDGE_WINDOW && words[open]!.text !== '(') open--
      if (words[open]?.text === '(') k = open
      continue
    }
    const w = words[k]!
    if (isHedge(w)) return true
    // "threatens to weaken": what is threatened may yet not happen.
    if (w.lower === 'to' && words[k - 1]?.lemma === 'threaten') return true
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || RELATIVE_OPENERS.has(w.lower)) return false
  }
  return false
}

/** Conjunctions that open a condition: everything up to the end of their clause is supposed, not stated. */
const CONDITIONS = new Set(['if', 'unless'])

const CLAIMS = new Set(DATA.causes.claimNouns as string[])

/**
 * Whether the cue at `i` lies in a "that" clause completing a noun of saying or believing (data/causes.json
 * claimNouns): "the FTC's argument that the amendments would save time by allowing …", "the claim that vaccines
 * cause autism". The clause is what someone holds, which the article reports, not what it states happens.
 */
export function claimedAt(words: Word[], i: number): boolean {
  for (let k = i - 1; k > 0; k--) {
    const w = words[k]!
    if ([',', ';', ':', '—', '–', '(', ')'].includes(w.text)) return false
    if (w.lower === 'that') return CLAIMS.has(words[k - 1]!.lower)
  }
  return false
}

/**
 * Whether the cue at `i` lies inside a condition: after "if" or "unless" with no clause break (a comma, a
 * semicolon, a colon, a dash; an aside in parentheses is stepped over) between, however many clauses the condition holds ("If the Secretary determines
 * that there is a probability that … exposure to the food will cause …,"). The link is supposed, not stated.
 */
export function conditionalAt(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    // An aside in parentheses is stepped over: "that a food (except infant formula) is adulterated".
    if (words[k]!.text === ')') {
      const open = words.findLastIndex((w, j) => j < k && w.text === '(')
      if (open >= 0) k = open
      continue
    }
    const w = words[k]!
    if ([',', ';', ':', '—', '–', '('].includes(w.text)) return false
    if (CONDITIONS.has(w.lower) && w.pos === 'SCONJ') return true
  }
  return false
}

/**
 * Whether the -ing cue at `i` names an action rather than states one: after "of" ("the risk of raising rates",
 * "little sign of increasing or decreasing convergence"), after "such as" ("benefits such as preventing
 * failures": an example of a noun, with no cause of its own) or another preposition but one of means ("range
 * from increasing transparency to …").
 */
export function nominal(words: Word[], i: number): boolean {
  if (!words[i]!.lower.endsWith('ing')) return false
  let k = i - 1
  // "increasing or decreasing": the first of two joined gerunds.
  if (words[k]?.pos === 'CCONJ' && words[k - 1]?.lower.endsWith('ing')) k -= 2
  if (words[k]?.lower === 'of' || (words[k]?.lower === 'as' && words[k - 1]?.lower === 'such')) return true
  // "could range from increasing transparency to …", "without raising fees": a gerund after a preposition names
  // an action; not after "by" or "through", whose gerund is the means of the clause's cause.
  if (words[k]?.pos === 'ADP' && !MEANS.has(words[k]!.lower)) return true
  // "the constitutionality of [a state] creating X": a gerund with its subject after "of" names an action too.
  let j = k
  while (j >= 0 && j > k - MAX_GERUND_SUBJECT && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[j]!.pos)) j--
  return j < k && words[j]?.lower === 'of' && ['NOUN', 'PROPN'].includes(words[k]?.pos ?? '')
}

const EVIDENCE = new Set(DATA.causes.evidenceAdjectives as string[])
/** Adverbs between "be" and an adjective of evidence: "are [not statistically] significant", "are [less] certain". */
const MAX_DEGREE_WORDS = 3

/**
 * Whether the clause in `p` judges how sure a finding is (data/causes.json evidenceAdjectives): "be", up to
 * MAX_DEGREE_WORDS adverbs, an adjective of evidence ("these links are less certain", "the effect is not
 * statistically significant"). What explains such a judgement is the evidence, not a cause of what happens.
 */
export function judgesEvidence(words: Word[], p: Phrase): boolean {
  for (let k = p.first; k <= p.last; k++) {
    if (!EVIDENCE.has(words[k]!.lower)) continue
    let j = k - 1
    while (j > k - 1 - MAX_DEGREE_WORDS && ['ADV', 'PART'].includes(words[j]?.pos ?? '')) j--
    if (words[j]?.lemma === 'be') return true
  }
  return false
}

/**
 * Whether the -ing cue at `i` describes the noun right before it, and that noun's phrase is the object of a verb
 * or a preposition ("to attack the legal framework [underpinning] the courts", "advocated a bill [extending] the
 * deadline", "attention to chatbots [empowering] scams"): a reduced relative clause says what the object is; what
 * the sentence states is about the object, not that it causes anything.
 */
export function reducedRelative(words: Word[], i: number, text: string): boolean {
  if (!words[i]!.lower.endsWith('ing') || !['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '')) return false
  const p = phraseBefore(words, i, text, new Set())
  const before = p && words[p.first - 1]
  return !!before && (before.pos === 'VERB' || (before.pos === 'ADP' && !MEANS.has(before.lower)))
}

/**
 * Whether the -ed or -ing cue at `i` describes the noun after it as the second member of a preposition's object
 * ("concerns about electricity availability and [increased] electricity prices"): after "and" or "or", whose first
 * member is a noun phrase governed by a preposition. After a verb's object the cue is a verb of its own ("cut
 * jobs and increased prices").
 */
export function coordinatedAttributive(words: Word[], i: number): boolean {
  if (!/(?:ing|ed)$/.test(words[i]!.lower) || words[i - 1]?.pos !== 'CCONJ' || words[i + 1]?.pos !== 'NOUN') return false
  let j = i - 2
  if (!['NOUN', 'PROPN'].includes(words[j]?.pos ?? '')) return false
  while (j >= 0 && (NOUN_PHRASE_POS.has(words[j]!.pos) || words[j]!.lower === 'of')) j--
  return words[j]?.pos === 'ADP' && !MEANS.has(words[j]!.lower)
}

/**
 * Whether the -ing cue at `i` is a later member of a series of gerunds that name actions ("emphasizes upgrading
 * old industries, and boosting manufacturing"; "by developing the economy, creating rules, and …"): after a
 * comma (and "and" or "or"), with a gerund after "by" or a verb in the clause before it. Such a list says what
 * is done or planned, not what the clause before causes; a single ", creating X" after a clause is no list.
 */
export function gerundSeries(words: Word[], i: number): boolean {
  if (!words[i]!.lower.endsWith('ing')) return false
  let k = i - 1
  if (words[k]?.pos === 'CCONJ') k--
  if (words[k]?.text !== ',') return false
  for (let j = k - 1; j > 0; j--) {
    const w = words[j]!
    if (w.text === ')') {
      const open = words.findLastIndex((x, n) => n < j && x.text === '(')
      if (open < 0) return false
      j = open
      continue
    }
    if ([';', ':', '—', '–'].includes(w.text) || w.pos === 'SCONJ') return false
    // "Parts of the city are sinking fast, prompting …": a progressive verb is the clause's own, and the
    // participle after the comma says what it causes; with "and" the two may still be a series.
    const progressive = words[j - 1]!.pos === 'AUX' && words[j - 1]!.lemma === 'be' && words[i - 1]!.pos !== 'CCONJ'
    const gerund = w.pos === 'VERB' && w.lower.endsWith('ing') && !progressive && (words[j - 1]!.lower === 'by' || isFiniteVerb(words, j - 1))
    if (gerund) return true
    // Only the segment right before the comma, and the one before it if the list goes on (", creating X, and …").
    if (w.text === ',' && !(words[j + 1]?.pos === 'VERB' && words[j + 1]!.lower.endsWith('ing'))) return false
  }
  return false
}

/** Prepositions of means: "by increasing X", "through reducing Y" — the clause's cause acts through the gerund. */
const MEANS = new Set(['by', 'through', 'thereby'])

/** The longest subject of a gerund after "of" ("of [the two largest firms] merging"), in words. */
const MAX_GERUND_SUBJECT = 5

/** How many verbs a series of coordinated verb phrases is followed back through. */
const MAX_SERIES = 4

/**
 * The first verb of a series of verb phrases that ends with ", and" at `conj` ("[can drive up] prices, mislead
 * consumers, and"): back from the comma before `conj`, segment by segment while each opens with a verb, then
 * the first finite verb of the segment before them; undefined when `conj` closes no such series.
 */
export function seriesStart(words: Word[], conj: number): number | undefined {
  if (words[conj - 1]?.text !== ',') return undefined
  let comma = conj - 1
  let members = 0
  for (let n = 0; n <= MAX_SERIES; n++) {
    let c = comma - 1
    for (;;) {
      // "seek other markets (e.g., China)": an aside in brackets inside a member is stepped over.
      const open = c >= 0 && words[c]!.text === ')' ? words.findLastIndex((w, n) => n < c && w.text === '(') : -1
      if (open >= 0) c = open - 1
      if (c < 0 || words[c]!.text === ',' || CLAUSE_BREAK.has(words[c]!.text) || words[c]!.pos === 'SCONJ' || (RELATIVE_OPENERS.has(words[c]!.lower) && words[c]!.pos === 'PRON')) break
      c--
    }
    let g = c + 1
    while (g < comma && ['AUX', 'ADV'].includes(words[g]!.pos)) g++
    if (c >= 0 && words[c]!.text === ',' && words[g]?.pos === 'VERB') {
      // A member of the series: "mislead consumers about when tickets are available".
      members++
      comma = c
      continue
    }
    // The segment with the series' subject: its first finite verb.
    if (members === 0) return undefined
    for (let k = c + 1; k < comma; k++) if (isFiniteVerb(words, k)) return k
    return undefined
  }
  return undefined
}

const CLAUSE_BREAK = new Set([';', ':', '(', ')'])

/**
 * The comma that closes a series of noun phrases opened by the phrase before `comma`, the last member led by
 * "and" or "or" ("In response to A, B, and other C, [the President acted]"): `comma` itself when what follows it
 * is a clause (a segment with a subject and its verb), or when no "and" closes the series.
 */
export function nounSeriesEnd(words: Word[], comma: number): number {
  let k = comma
  for (let n = 0; n < MAX_SERIES; n++) {
    let j = k + 1
    let conj = false
    for (; j < words.length && words[j]!.text !== ','; j++) {
      const w = words[j]!
      if (CLAUSE_BREAK.has(w.text) || w.pos === 'AUX' || w.pos === 'SCONJ' || w.text === '.') return comma
      // "forced technology transfer" is a member; "prices rose and wages fell" a clause: a verb after its subject
      // (a segment's last word may be a noun read as a verb, "technology transfer", unless "and" leads it).
      if (w.pos === 'VERB' && ['NOUN', 'PROPN', 'PRON'].includes(words[j - 1]!.pos) && (conj || words[j + 1]?.text !== ',')) return comma
      if (w.pos === 'CCONJ') conj = true
    }
    if (j >= words.length || j === k + 1) return comma
    if (conj) return j
    k = j
  }
  return comma
}

/** A word read as a noun that ends a series of verb phrases: "secure supplies, promote partnerships, and [increase] resilience". */
export function closesSeries(words: Word[], i: number): boolean {
  return words[i]!.pos === 'NOUN' && words[i - 1]?.pos === 'CCONJ' && seriesStart(words, i - 1) !== undefined
}

/** What opens the object of a verb the tagger read as a noun: "and causes [dizziness]", "and fuels [the] crisis". */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'NUM'])

/**
 * A cue's present-tense form read as a noun after "and" that joins it to an earlier verb of its clause, an object
 * after it: "The drug lowers blood pressure, and [causes] dizziness", "is spread by fleas and [causes] swelling".
 * Not a noun joined to a noun ("reported profits and [increases] in revenue": no object follows).
 */
export function coordinatedVerb(words: Word[], i: number, cue: string): boolean {
  const w = words[i]!
  if (w.pos !== 'NOUN' || !(w.lower === `${cue}s` || w.lower === `${cue}es`) || words[i - 1]?.lower !== 'and') return false
  const next = words[i + 1]
  if (!next || !(OBJECT_OPENERS.has(next.pos) || (next.pos === 'VERB' && next.lower.endsWith('ing')) || POSSESSIVES.has(next.lower))) return false
  const from = words[i - 2]?.text === ',' ? i - 3 : i - 2
  for (let k = from; k >= 0; k--) {
    const x = words[k]!
    if (CLAUSE_BREAK.has(x.text) || x.pos === 'SCONJ' || RELATIVE_OPENERS.has(x.lower)) return false
    if (isFiniteVerb(words, k)) return true
  }
  return false
}
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our'])

/**
 * Whether a finite verb comes before `at` in its clause (back to a punctuation mark, a conjunction or "that"). A
 * verb of saying whose object is a clause with no "that" is another clause's verb: "The report says [the decline]
 * is due to …".
 */
export function verbBefore(words: Word[], at: number): boolean {
  const k = clauseVerbBefore(words, at)
  return k >= 0 && !saysClause(words, k)
}

/** The index of the finite verb before `at` in its clause (back to a punctuation mark, a conjunction or "that"); -1 when there is none. */
export function clauseVerbBefore(words: Word[], at: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const w = words[k]!
    if ([',', ';', ':', '(', '—', '–'].includes(w.text) || w.pos === 'SCONJ' || RELATIVE_OPENERS.has(w.lower)) return -1
    // "recognises that increased US presence …": a participle opening the clause's subject, not its verb.
    const opening = k === at - 1 && /(?:ed|ing)$/.test(w.lower) && (RELATIVE_OPENERS.has(words[k - 1]?.lower ?? '') || words[k - 1]?.pos === 'SCONJ')
    if (!opening && isFiniteVerb(words, k)) return k
  }
  return -1
}

/** Parts of speech a clause's subject opens on. */
const SUBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'])
const CLAUSE_ENDS = new Set([',', ';', ':', '(', '—', '–', '.'])

/**
 * A finite verb of saying at `k` whose object is a clause with no "that" ("The report says the decline … is due to
 * …"): a subject opens right after it, and a finite verb follows in the clause, before `end`.
 */
export function saysClause(words: Word[], k: number, end = words.length - 1): boolean {
  if (!SAYING_VERBS.has(words[k]!.lower) || !isFiniteVerb(words, k) || !SUBJECT_OPENERS.has(words[k + 1]?.pos ?? '')) return false
  for (let j = k + 2; j <= end && !CLAUSE_ENDS.has(words[j]!.text); j++) if (isFiniteVerb(words, j)) return true
  return false
}
