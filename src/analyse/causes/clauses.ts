/**
 * A clause said compactly, for a side of a link: its subject, its verb and what completes the verb, in the
 * clause's own words and order ("the North Korean delegation interacted mostly with this diaspora group during
 * the games" → "North Korean delegation interacted with diaspora group"). Used where a subordinate clause is the
 * cause and the clause it explains the effect ("…, because Pyongyang tightly controls how …"), which are rarely
 * short enough to be drawn whole.
 */
import type { Word } from '../../language/index.ts'
import { isFiniteVerb, participleForm } from '../../language/grammar.ts'
import { MODALS } from '../../language/data.ts'
import { climb, joinWords, NEGATIVE_DETERMINERS, phraseAt, phraseBefore, VERB_PARTICLES, withParticle, type Phrase } from './phrases.ts'
import { NEGATIONS } from './constructions.ts'
import { DATA, TIME_PREPOSITIONS } from '../data.ts'

/** Verbs of stance ("believe", "argue", "expect"): what they hold is a clause (data/salience.json stanceWords). */
const STANCE = new Set<string>(DATA.salience.stanceWords)

/** Words that never head a side: pronouns and quantifiers standing for a noun said elsewhere (data/causes.json stopHeads). */
const STOP = new Set<string>(DATA.causes.stopHeads)

/** Adverbs that all but negate a verb: "has rarely used" is kept whole, or the clause would say the opposite. */
const SCARCELY = new Set(['rarely', 'seldom', 'hardly', 'barely', 'scarcely'])
/** Longest compact clause, in words: a diagram label (graph.ts cuts a longer one, losing its end). */
const MAX_COMPACT_WORDS = 6
/** Determiners a compact clause leaves out ("the", "this"): a label keeps what says what happens. */
const RE_ARTICLE = /^(?:the|a|an|this|that|these|those)$/
/** Forms of "be": a copula before its adjective or noun phrase. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re'])
/** Words that open a verb's content clause ("failed to establish [that] …", "asked [whether] …"). */
const COMPLEMENTISERS = new Set(['that', 'whether', 'if', 'how', 'why', 'what'])
/** Verbs of becoming, completed by an adjective ("has become more divisive", "grew stronger"). */
const LINKING = new Set(['become', 'grow', 'get', 'turn', 'remain'])
/** Prepositions that complete a verb ("interacted with", "turning into", "relied on"). */
const VERB_PREPOSITIONS = new Set(['with', 'into', 'on', 'to', 'from', 'against', 'for', 'about', 'in', 'over', 'under'])

/**
 * The compact form of the clause whose subject opens at `first` (a noun phrase, or a gerund with its object:
 * "diagnosing the disease early … is challenging"), ending by `last`; undefined when the subject is a pronoun,
 * no verb follows it, or the compact form is longer than MAX_COMPACT_WORDS.
 *
 * compactClause(tagWords('its sovereignty is disputed internationally'), 0, 4, …) → 'its sovereignty disputed'
 */
export function compactClause(words: Word[], first: number, last: number, text: string): { phrase: Phrase; text: string } | undefined {
  let k = first
  while (k <= last && (['PUNCT', 'CCONJ', 'SCONJ'].includes(words[k]!.pos) || words[k]!.lower === 'that')) k++
  const kept: number[] = []
  const keep = (a: number, b: number) => {
    for (let j = a; j <= b; j++) if (!(words[j]!.pos === 'DET' && RE_ARTICLE.test(words[j]!.lower)) && words[j]!.pos !== 'PUNCT') kept.push(j)
  }
  // "no price existed": a determiner that denies the subject stays with it, or the label says the opposite.
  const denies = (j: number) => NEGATIVE_DETERMINERS.has(words[j]?.lower ?? '') && words[j]!.pos === 'DET'
  const negator = denies(k) && k < last ? k++ : denies(k - 1) ? k - 1 : -1
  // The subject: a noun phrase, or a gerund and its object ("diagnosing the disease").
  let subject = phraseAt(words, k, text)
  // The tagger may read the gerund as a noun: "cooking [the broth]".
  const gerund = /ing$/.test(words[k]?.lower ?? '') && (words[k]!.pos === 'VERB' || (subject?.last === k && words[k + 1]?.pos === 'DET'))
  if ((!subject || subject.last === k) && gerund) {
    const object = phraseAt(words, k + 1, text)
    if (object) subject = { first: k, last: object.last }
  }
  if (!subject || subject.last > last) return undefined
  // "none was likely to result in …": a quantifier on its own names nothing.
  if (subject.first === subject.last && STOP.has(words[subject.first]!.lower)) return undefined
  keep(subject.first, subject.last)
  if (negator >= 0) {
    kept.unshift(negator)
    subject = { first: negator, last: subject.last }
  }
  // A second subject joined by "and" is stepped over: "Alzheimer's disease and other types of dementia are …".
  let v = subject.last + 1
  if (['and', 'or'].includes(words[v]?.lower ?? '')) {
    const other = phraseAt(words, v + 1, text)
    if (other) v = other.last + 1
  }
  // Words that modify the subject's head ("early in people") up to the verb group: the verb must follow within three.
  let n = 0
  while (v <= last && n < 3 && !['AUX', 'VERB'].includes(words[v]!.pos) && words[v]!.pos !== 'PUNCT') {
    // "competition in the Indo-Pacific has increased": a preposition and its noun phrase are one step.
    const place = words[v]!.pos === 'ADP' ? phraseAt(words, v + 1, text) : undefined
    v = place && place.last < last ? place.last + 1 : v + 1
    n++
  }
  // The verb group: auxiliaries and adverbs go, a negation stays ("do not prompt").
  const group = v
  while (v <= last && (words[v]!.pos === 'AUX' || words[v]!.pos === 'ADV' || words[v]!.pos === 'PART')) {
    // "can't" stays whole.
    if (NEGATIONS.has(words[v]!.lower) || SCARCELY.has(words[v]!.lower)) kept.push(...(words[v - 1]!.end === words[v]!.start ? [v - 1, v] : [v]))
    v++
  }
  if (v > last) return undefined
  const verb = words[v]!
  // "will directly support jobs": a verb in its base form keeps its modal, or the clause reads as no sentence
  // ("construction of road support jobs").
  const modal = words.slice(group, v).findLastIndex((w) => MODALS.has(w.lower))
  if (modal >= 0 && verb.pos === 'VERB' && verb.lower === verb.lemma) kept.push(group + modal)
  // "is", "are" before an adjective, a participle or a noun phrase; "have" before a noun phrase is the verb.
  const auxiliaries = words.slice(group, v).filter((w) => w.pos === 'AUX')
  const copula = auxiliaries.some((w) => w.lemma === 'be' || BE.has(w.lower))
  const possessed = auxiliaries.at(-1)?.lemma === 'have' && verb.pos !== 'VERB'
  if (possessed) kept.push(group + words.slice(group, v).findLastIndex((w) => w.pos === 'AUX'))
  // A verb, or a copula and its adjective: "are difficult to study".
  const predicate = (copula || possessed) && verb.pos !== 'VERB' ? phraseAt(words, v, text) : undefined
  if (verb.pos === 'VERB' && (copula || isFiniteVerb(words, v))) kept.push(v)
  else if (verb.pos === 'ADJ' && copula) kept.push(v)
  else if (predicate && predicate.last <= last) {
    // A copula and its noun phrase: "the program is not an eligible pilot program".
    keep(predicate.first, predicate.last)
    return done(words, kept, { first: subject.first, last: predicate.last }, text)
  } else if (copula && verb.pos === 'ADP' && !TIME_PREPOSITIONS.has(verb.lower)) {
    // A copula and a preposition's phrase: "the program is [at high risk] for payment errors", "the infrastructure is
    // [in a state of disrepair]".
    const place = phraseAt(words, v + 1, text)
    if (!place || place.last > last) return undefined
    keep(v, place.last)
    return done(words, kept, { first: subject.first, last: place.last }, text)
  } else return undefined
  // What completes it: an adjective's "to …" ("difficult to study"), a noun phrase, a preposition and its noun
  // phrase, or "how" and a clause's subject and verb ("controls how its athletes engage").
  let c = v + 1
  while (c <= last && words[c]!.pos === 'ADV' && /ly$/.test(words[c]!.lower)) c++
  const object = c <= last ? phraseAt(words, c, text) : undefined
  let end = v
  // A verb whose content is a clause after it ("failed to establish that …", "believe that …") says nothing alone.
  const toVerb = words[c]?.lower === 'to' && words[c + 1]?.pos === 'VERB' && c + 1 <= last
  // (Not a conjunction of another clause after `last`: "[cities are sinking] because …".)
  const after = toVerb ? c + 2 : c
  if (after <= last ? words[after]!.pos === 'SCONJ' || words[after]!.lower === 'that' : COMPLEMENTISERS.has(words[after]?.lower ?? '')) return undefined
  // "because Moscow believes [they] offer options": a verb of stance without its object holds a clause too.
  if (!toVerb && STANCE.has(verb.lemma) && !(object && object.last <= last)) return undefined
  // "has become more divisive": a verb of becoming and the state it comes to.
  const state = LINKING.has(verb.lemma) ? (words[c]?.pos === 'ADJ' ? c : ['more', 'less'].includes(words[c]?.lower ?? '') && words[c + 1]?.pos === 'ADJ' ? c + 1 : undefined) : undefined
  if (toVerb) {
    end = withParticle(words, c + 1) <= last ? withParticle(words, c + 1) : c + 1
    // "KKBC was able to cause [financial transactions]": the infinitive's object completes it.
    const inner = phraseAt(words, end + 1, text)
    if (inner && inner.last <= last && !STOP.has(words[inner.first]!.lower)) end = inner.last
  }
  else if (withParticle(words, v) > v && v + 1 <= last) end = v + 1
  else if (state !== undefined && state <= last) end = state
  else if (object && object.last <= last) end = object.last
  // ("can tie up [most of its assets]": a particle before the object, which the label needs.)
  else if ((VERB_PREPOSITIONS.has(words[c]?.lower ?? '') || VERB_PARTICLES.has(words[c]?.lower ?? '')) && words[c]!.pos === 'ADP') {
    const p = phraseAt(words, c + 1, text)
    if (p && p.last <= last) {
      // "Export restrictions are being imposed [on the Ministry of Defense, …]": a passive is whole without its
      // preposition's phrase, which is left out when the label would be too long with it.
      const passive = copula && verb.pos === 'VERB' && participleForm(verb, true) && words[v - 1]?.pos === 'AUX'
      const bare = [...kept]
      keep(c, p.last)
      return done(words, kept, { first: subject.first, last: p.last }, text) ?? (passive ? done(words, bare, { first: subject.first, last: v }, text) : undefined)
    }
  } else if (words[c]?.lower === 'how') {
    const p = phraseAt(words, c + 1, text)
    if (p && words[p.last + 1]?.pos === 'VERB' && p.last + 1 <= last) end = p.last + 1
  }
  // Words after the verb that none of these read ("takes part in …"): the verb's sense is not all there.
  else if (c <= last && !['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(words[c]!.pos)) return undefined
  if (end > v) keep(c, end)
  return done(words, kept, { first: subject.first, last: end }, text)
}

/** The label of the words kept, when it has a noun and fits MAX_COMPACT_WORDS. */
function done(words: Word[], kept: number[], phrase: Phrase, text: string): { phrase: Phrase; text: string } | undefined {
  // Too long: the subject's lower-case modifiers go first ("other types of dementia" → "types of dementia"), never a name.
  while (kept.length > MAX_COMPACT_WORDS && kept[0] === phrase.first + (words[phrase.first]!.pos === 'DET' ? 1 : 0) && ['ADJ', 'NOUN', 'ADV'].includes(words[kept[0]!]!.pos) && isModifier(words, kept[0]!)) {
    phrase = { first: kept[0]! + 1, last: phrase.last }
    kept = kept.slice(1)
  }
  kept = [...new Set(kept)].sort((a, b) => a - b)
  const noun = kept.some((j) => ['NOUN', 'PROPN'].includes(words[j]!.pos))
  // A subject that opens with a name of two words ("North Korean delegation") may take one word more: a name is
  // never cut, and graph.ts cuts such a label at its end.
  const named = words[kept[0]!]!.pos === 'PROPN' && words[kept[1]!]?.pos === 'PROPN'
  if (!noun || kept.length < 2 || kept.length > MAX_COMPACT_WORDS + (named ? 1 : 0)) return undefined
  // (A hyphen glued to the kept words on both sides of it stays: "east-to-west", counted as its words.)
  const withHyphens = kept.flatMap((j, k) => (k > 0 && kept[k - 1] === j - 2 && words[j - 1]!.text === '-' && words[j - 2]!.end === words[j - 1]!.start && words[j - 1]!.end === words[j]!.start ? [j - 1, j] : [j]))
  const label = joinWords(withHyphens.map((j) => words[j]!), text).replace(/ (['’]s|n['’]t)\b/g, '$1').replace(/ - /g, '-').replace(/[“”"]/g, '')
  return { phrase, text: label }
}

/**
 * Where the subject of the clause a subordinate clause at `at` hangs on opens: the subject of the nearest finite
 * verb before it ("Taiwan takes part in … because" → "Taiwan"), within its clause; undefined when there is none.
 */
export function subjectStartBefore(words: Word[], at: number, text: string): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    if (words[k]!.pos === 'SCONJ' || [';', ':'].includes(words[k]!.text)) return undefined
    if (!isFiniteVerb(words, k)) continue
    let g = k
    while (g > 0 && ['AUX', 'ADV', 'PART'].includes(words[g - 1]!.pos)) g--
    // "Many cities around the world are sinking": the phrase the prepositional one hangs on.
    const p = phraseBefore(words, g, text, new Set())
    const first = p && climb(words, p, text).first
    // ("Estimates of the people killed in [Sudan's civil war] vary": a preposition's object is no subject.)
    return first !== undefined && words[first - 1]?.pos !== 'ADP' ? first : undefined
  }
  return undefined
}

/**
 * A word before its phrase's head: a noun, adjective or name follows it ("other [types]", "purple [sea urchin]");
 * or an adverb of degree before an adjective ("[too] much water").
 */
function isModifier(words: Word[], i: number): boolean {
  return ['ADJ', 'NOUN', 'PROPN'].includes(words[i + 1]?.pos ?? '') && (words[i]!.pos !== 'ADV' || words[i + 1]!.pos === 'ADJ')
}
