/**
 * Cause → effect links stated in one sentence, each labelled with a relation of the closed vocabulary
 * (src/outline/vocabulary.ts) by the cue that states it (data/causes.json):
 *  - forward cues ("X threatens Y", "X would jeopardise Y", "X was highlighted as a major threat to Y",
 *    "X, which threatens Y", "…: by increasing Y" with the clause's subject as X);
 *  - backward cues ("Y in response to X", "Y because of X"), and forward cues in the passive with their agent
 *    ("Y is hamstrung by X");
 *  - each of two coordinated causes or effects ("X and Z created Y"), a verb coordinated with an earlier one
 *    taking its subject ("X are irresponsible and cause Y"), the last verb of a series the first's ("X can drive
 *    up Y, mislead consumers, and result in Z").
 * A link said as a possibility ("might raise", "potentially due to", "if …") asked ("Will X reduce Y?") or held by someone ("the claim that X causes Y") is marked hedged, and a side read
 * loosely (who may do what: "allow consumers to …"; a generic head: "One option") loose: the graph draws such a
 * link only beside others (graph.ts `firm`, draft/diagrams/dynamics.ts). An aim ("the goal is to increase", "and to create"), a gerund
 * after "of" or "such as", and a participle describing an object ("attack the order [underpinning] the courts") and the reason for a
 * judgement of the evidence ("the results are less certain because …") state no link.
 * Both sides are noun phrases read from the tagged words (phrases.ts), or the clause a verb governs ("allow the
 * period to expire", constructions.ts); a side that is a pronoun, a generic noun on its own ("countries"), a
 * negated cue ("does not threaten") or a denied clause ("had not shown that …") gives no link. Temporal words
 * ("following", "in the wake of") and verbs of rules ("prohibit") are not causes.
 */
import { tagWords, type Word } from '../../language/index.ts'
import type { CausalRelation } from '../../outline/vocabulary.ts'
import type { SentenceContext } from '../context.ts'
import { isQuestion } from '../text.ts'
import { CALENDAR_NAMES, LANGUAGE, MODALS, POSSESSIVE_DETERMINERS, RELATIVE_OPENERS } from '../../language/data.ts'
import { DATA, SAYING_VERBS, TIME_PREPOSITIONS } from '../data.ts'
import { clauseAt, climb, endsInTopic, headOf, joinWords, phraseAt, phraseBefore, phraseText, POSSESSIVE_MARKS, seriesFirst, VERB_PARTICLES, type Phrase } from './phrases.ts'
import { claimedAt, closesSeries, governedBare, nounSeriesEnd, conditionalAt, coordinatedAttributive, coordinatedVerb, gerundSeries, controlledClause, clauseVerbBefore, hedgedAt, isHedge, judgesEvidence, NEGATIONS, nominal, passiveAdjective, passiveBy, passiveSubject, reducedPassiveBy, reducedRelative, saysClause, seriesStart, SKIP_BEFORE, unasserted, verbBefore } from './constructions.ts'
import { isFiniteVerb, sameStem, STEM_LETTERS } from '../../language/grammar.ts'
import { compactClause, subjectStartBefore } from './clauses.ts'

export interface RawLink {
  cause: Side
  effect: Side
  relation: CausalRelation
  /** The cue as printed in the sentence. */
  cue: string
  sentence: SentenceContext
  /** Said as a possibility ("might raise", "potentially due to", "if …"), not as what happens (data/causes.json hedges). */
  hedged: boolean
}

export interface Side {
  text: string
  s: SentenceContext
  phrase: Phrase
  /**
   * Loosely read: the clause a verb governs ("allow consumers to determine": who may do what, not a situation),
   * a generic head without a complement ("One option", "the same time"), or words that open no phrase ("to
   * existing environments"). Such a side is drawn only with others about the same situations.
   */
  loose?: boolean
}

interface Cue {
  words: string[]
  relation: CausalRelation
  direction: 'forward' | 'backward'
  /** A link only with someone as object who then acts: "led Panama to exit" (data/causes.json controlCues). */
  control?: true
}

const CUES: Cue[] = [
  ...Object.entries(DATA.causes.relations as Record<string, { forward?: string[]; backward?: string[] }>).flatMap(([relation, d]) => [
    ...(d.forward ?? []).map((c) => ({ words: c.split(' '), relation: relation as CausalRelation, direction: 'forward' as const })),
    ...(d.backward ?? []).map((c) => ({ words: c.split(' '), relation: relation as CausalRelation, direction: 'backward' as const })),
  ]),
  ...Object.entries(DATA.causes.controlCues as Record<string, string[]>).flatMap(([relation, verbs]) =>
    verbs.map((c) => ({ words: [c], relation: relation as CausalRelation, direction: 'forward' as const, control: true as const })),
  ),
].sort((a, b) => b.words.length - a.words.length)
/** The nouns of the cues that are noun phrases ("a ~ threat to": threat), not verbs: "health risks to" is one. */
const NOMINAL_CUE_HEADS = new Set(CUES.filter((c) => c.words[0] === 'a' && c.words[1] === '~').map((c) => c.words[2]!))
/** Control cues whose object must be someone who acts: "led an experiment to combine", "drove the car to win". */
const AGENT_ONLY = new Set(['lead', 'drive', 'push'])
/** Nouns of people, groups and companies (data/actors.json). */
const PEOPLE_NOUNS = ['groupNouns', 'groupHeads', 'civilNouns', 'companyNouns'].flatMap((k) => (DATA.actors as Record<string, unknown>)[k] as string[])
/** Nouns of people or bodies that make things: "facilities created by [the agency]" (besides the actors named). */
const MAKERS = new Set<string>([...PEOPLE_NOUNS, ...(DATA.causes.whoNouns as string[])])
/** Nouns of people or bodies that act: the object such a control cue needs ("led many states to expand"). */
const AGENT_NOUNS = new Set<string>([...PEOPLE_NOUNS, ...(DATA.actors.bodyNouns as string[])])
/** The cues by their first word, each list in CUES's order (longest first). */
const CUES_BY_FIRST = new Map<string, Cue[]>()
for (const cue of CUES) CUES_BY_FIRST.set(cue.words[0]!, [...(CUES_BY_FIRST.get(cue.words[0]!) ?? []), cue])
const CUE_ORDER = new Map(CUES.map((c, k) => [c, k]))

/**
 * The cues whose first word the word at `i` may be: by its form, its lemma, or an adjective's "-d"/"-ed" participle
 * ("increased" of "increase"), in CUES's order. Read once per word, not every cue per word.
 */
function cuesStartingAt(w: Word | undefined): readonly Cue[] {
  if (!w) return NONE
  const byForm = CUES_BY_FIRST.get(w.lower)
  const byLemma = w.lemma === w.lower ? undefined : CUES_BY_FIRST.get(w.lemma)
  const participle = w.pos === 'ADJ' && w.lower.endsWith('d')
  // The common case, one list or none, allocates nothing (this runs at every word of the article).
  if (!participle && !(byForm && byLemma)) return byForm ?? byLemma ?? NONE
  const lists = [byForm, byLemma]
  if (participle) lists.push(CUES_BY_FIRST.get(w.lower.slice(0, -1)), w.lower.endsWith('ed') ? CUES_BY_FIRST.get(w.lower.slice(0, -2)) : undefined)
  const found = [...new Set(lists.flatMap((l) => l ?? []))]
  return found.length > 1 ? found.sort((a, b) => CUE_ORDER.get(a)! - CUE_ORDER.get(b)!) : found
}
const NONE: readonly Cue[] = []
const GENERIC = new Set(DATA.causes.genericHeads)
const LEADS = Object.entries(DATA.causes.lead as Record<string, CausalRelation>)
  .map(([cue, relation]) => ({ words: cue.split(' '), relation }))
  .sort((a, b) => b.words.length - a.words.length)
/** Prepositions of several words that open a sentence's cause ("thanks to", "due to"): data/causes.json lead. */
const LEAD_CUES = new Set(LEADS.map((l) => l.words.join(' ')))
/** Words that open a relative or wh- clause: a clause they open is no side of its own. */
const WH_RELATIVE = new Set(['where', 'when', 'which', 'who', 'whom', 'whose', 'what', 'why'])
/** Words opening a sentence that say it results from the sentence before (data/causes.json resultLeads). */
const RESULT_LEADS = (DATA.causes.resultLeads as string[]).map((l) => l.split(' ')).sort((a, b) => b.length - a.length)
/** Modals of a possibility or an inference: "…, so more growth could mean more fuel" infers, it tells no result. */
const INFERRING_MODALS = new Set(['could', 'may', 'might', 'would', 'must', 'should'])
/** Words that join a clause to the one before it as its result, inside a sentence (data/causes.json resultConnectives). */
const RESULT_CONNECTIVES = (DATA.causes.resultConnectives as string[]).map((l) => l.split(' '))
/** What may join a result clause inside a sentence: a sentence's result leads, then the connectives. */
const RESULT_JOINS = [...RESULT_LEADS, ...RESULT_CONNECTIVES]

/**
 * What a sentence states, said compactly, as a side: its main clause, after a leading phrase up to a comma ("In
 * the 1970s, the United States moved to floating rates" → "United States moved to floating rates").
 */
function mainClaim(s: SentenceContext): Side | undefined {
  const { words } = s
  const text = s.sentence.text
  let from = 0
  while (from < words.length && ['CCONJ', 'PUNCT'].includes(words[from]!.pos)) from++
  const comma = words.findIndex((w, k) => k > from && w.text === ',')
  if (['ADP', 'SCONJ', 'ADV'].includes(words[from]?.pos ?? '') && comma > 0) from = comma + 1
  const c = compactClause(words, from, clauseEnd(words, from), text)
  return c && !STOP.has(words[c.phrase.first]!.lower) ? { text: c.text, s, phrase: c.phrase } : undefined
}
/**
 * The main claim of the sentence before, when the phrase `p` is a definite noun alone ("the notification") that
 * names the act a verb of that sentence states ("notified").
 */
function priorAct(words: Word[], p: Phrase, prior: SentenceContext): Side | undefined {
  const inner = words.slice(p.first, p.last + 1)
  if (inner.length !== 2 || !['the', 'this', 'that'].includes(inner[0]!.lower) || inner[1]!.pos !== 'NOUN') return undefined
  const noun = inner[1]!.lower
  if (noun.length < STEM_LETTERS + 2) return undefined
  const acts = prior.words.some((w) => w.pos === 'VERB' && sameStem(w.lower, noun))
  return acts ? mainClaim(prior) : undefined
}

const RE_COMPARATIVE = /^(?:more|less|\w+er)$/
/** Comparatives not in -er: "the worse the fighting becomes, …" (data/causes.json irregularComparatives). */
const IRREGULAR = new Set(DATA.causes.irregularComparatives as string[])
const comparative = (w: Word | undefined) => !!w && (RE_COMPARATIVE.test(w.lower) || IRREGULAR.has(w.lower))
const STOP = new Set(DATA.causes.stopHeads)
const AIMED = new Set(DATA.causes.aimedAt)
/** Verbs linking a subject to its state ("becomes", "grows"): no act of their own (data/language.json linkingVerbs). */
const LINKING = new Set<string>(LANGUAGE.linkingVerbs)
/** Words of obligation: a main clause with one after "if" states a rule ("must be submitted", "would be required to"). */
const DEONTIC = new Set<string>([...LANGUAGE.obligationModals, ...LANGUAGE.obligationParticiples])
/** A verb and its object before "to": "urged Beijing to halt" asks for something, states no cause. */
const OBJECT_POS = new Set(['PROPN', 'NOUN', 'PRON'])
/** The cue matching at word `i`, and its last word index. */
function cueAt(words: Word[], i: number): { cue: Cue; last: number } | undefined {
  for (const cue of cuesStartingAt(words[i])) {
    let k = i
    let ok = true
    for (const c of cue.words) {
      if (c === '~') {
        let n = 0
        // An adjective, an adverb, or a participle read as a verb after "and" ("serious and growing").
        const graded = (w: Word | undefined, joined = false) => ['ADJ', 'ADV'].includes(w?.pos ?? '') || (joined && w?.pos === 'VERB' && /(?:ing|ed)$/.test(w.lower))
        while (n < 2 && graded(words[k])) {
          k++
          n++
          // "a serious and growing risk to": two adjectives joined.
          if (n === 1 && ['and', 'or'].includes(words[k]?.lower ?? '') && graded(words[k + 1], true)) {
            k += 2
            n++
          }
        }
        continue
      }
      const w = words[k]
      // A past form read as an adjective is checked as a verb below (verbReadAsNoun).
      if (!w || (w.lower !== c && w.lemma !== c && !(w.pos === 'ADJ' && (w.lower === `${c}d` || w.lower === `${c}ed`)))) {
        ok = false
        break
      }
      k++
    }
    // A one-word cue must be a verb (or a participle): "a cut" or "the halt" is no cue. A participle opening a
    // clause after a comma is one even when tagged as an adjective (", further destabilising global fuel supplies").
    if (ok && cue.words.length === 1 && !['VERB', 'AUX'].includes(words[i]!.pos) && !afterModal(words, i) && !participleClause(words, i) && !passiveAdjective(words, i) && !closesSeries(words, i) && !coordinatedVerb(words, i, cue.words[0]!) && !verbReadAsNoun(words, i, cue.words[0]!)) ok = false
    // A backward cue opening with a noun that heads a compound names a thing, not a cause: "email responses to
    // inquiries" (a forward one is a verb the tagger misread: "imports drive up prices").
    // (Not after a plural, which modifies no noun: "the request of the municipalities [results from] …" is a verb.)
    if (ok && cue.direction === 'backward' && cue.words.length > 1 && words[i]!.pos === 'NOUN' && words[i - 1]?.pos === 'NOUN' && words[i - 1]!.lower === words[i - 1]!.lemma.toLowerCase()) ok = false
    // A forward one the tagger reads as a noun is the verb only when no verb before takes the phrase before it for its
    // object: "court cases challenging [the election] results in swing states" names results ("The drought results in
    // …" is the verb).
    if (ok && cue.direction === 'forward' && cue.words.length > 1 && words[i]!.pos === 'NOUN' && words[i - 1]?.pos === 'NOUN' && !NOMINAL_CUE_HEADS.has(words[i]!.lemma.toLowerCase()) && objectBefore(words, i)) ok = false
    // A capital inside the sentence is a name's or a title's word: "the Block 2 variants", the order “Unleashing
    // American Energy” (not a word written all in capitals, as a heading is).
    // (A quotation may open the sentence, or follow a colon: '“Reducing costs will help,” she said'.)
    const opensQuote = ['“', '"', '‘'].includes(words[i - 1]?.text ?? '') && (i === 1 || words[i - 2]!.text === ':')
    if (ok && i > 0 && nameWord(words[i]!) && words[i - 1]!.text !== ':' && !opensQuote) ok = false
    if (ok) return { cue, last: k - 1 }
  }
  return undefined
}

/**
 * The noun phrase right before `i` is the object of a verb before it in its clause; not of a verb of saying, whose
 * object is the clause the phrase opens ("He said [the drought] results in …").
 */
function objectBefore(words: Word[], i: number): boolean {
  let first = i
  while (first > 0 && NOUN_PHRASE_WORDS.has(words[first - 1]!.pos)) first--
  const verb = first < i ? clauseVerbBefore(words, first) : -1
  return verb >= 0 && !SAYING_VERBS.has(words[verb]!.lower)
}

/** A word capitalised as a name's is ("Block", not "BLOCK" nor "block"). */
const nameWord = (w: Word) => /^\p{Lu}\p{Ll}/u.test(w.text)

/** Words of obligation in a verb group: "agencies must reduce fees", "workers need to validate the output". */
const OBLIGATION = new Set<string>(LANGUAGE.obligationModals)
const NEED = new Set(['need', 'needs', 'have', 'has'])

/**
 * Whether the cue at `i` is said as an obligation, in its own verb group ("must reduce", "should not allow",
 * "need to validate"): what someone has to do, not what happens.
 */
function obliged(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = words[k]!
    if (OBLIGATION.has(w.lower)) return true
    if (w.lower === 'to' && NEED.has(words[k - 1]?.lower ?? '')) return true
    if (!['ADV', 'AUX', 'PART'].includes(w.pos) && w.lower !== 'to') return false
  }
  return false
}

/**
 * The cause with the gerund that governs it when they open their clause: "Therefore, [reducing] required capital
 * will lower …", "[Failing to accelerate] AI infrastructure development will slow …" — the gerund says what
 * acts, and leaving it out turns the link round.
 */
function withOpeningGerund(words: Word[], p: Phrase | undefined, cue: number): Phrase | undefined {
  // Not the phrase a relative clause hangs on: ", creating [a feedback loop] that allows …".
  if (!p || words.slice(p.last + 1, cue).some((w) => RELATIVE_OPENERS.has(w.lower))) return p
  let k = p.first - 1
  // "failing to accelerate": a verb's infinitive after the gerund.
  if (words[k]?.pos === 'VERB' && words[k - 1]?.lower === 'to') k -= 2
  // "adjusting for task success": a preposition the gerund takes.
  else if (words[k]?.pos === 'ADP' && words[k - 1]?.pos === 'VERB' && words[k - 1]!.lower.endsWith('ing')) k -= 1
  const g = words[k]
  if (!g || g.pos !== 'VERB' || !g.lower.endsWith('ing')) return p
  const before = words[k - 1]
  // "Additionally, adjusting …" or "Additionally adjusting …": a sentence adverb before it.
  const opens = !before || [',', ';', ':'].includes(before.text) || before.pos === 'SCONJ' || (before.pos === 'ADV' && k === 1)
  return opens ? { first: k, last: p.last } : p
}

/** Closing quotation marks stepped over before a word: 'calls for "extraordinary measures" to reduce'. */
const CLOSING = new Set(['"', '”', '’', "'"])

/**
 * The index of the word before `i`, stepping over an aside in parentheses and closing quotation marks ("imposed a
 * surcharge on imports (with some exceptions) to reduce" → "imports"); -1 at the sentence's start.
 */
function wordBefore(words: Word[], i: number): number {
  let k = i - 1
  for (;;) {
    if (words[k]?.text === ')') {
      const open = words.findLastIndex((w, j) => j < k && w.text === '(')
      if (open < 0) return k
      k = open - 1
    } else if (CLOSING.has(words[k]?.text ?? '')) k--
    else return k
  }
}

/** How far back the first of two coordinated infinitives is looked for, in words. */
const MAX_COORDINATED_WORDS = 12

/** Adverbs that split an infinitive and that the tagger may read as verbs: "to further accelerate". */
const SPLIT_ADVERBS = new Set(['further', 'also', 'even', 'still'])

/** Marks that end a clause inside a sentence: no side of a link runs over one. */
const CLAUSE_MARKS = new Set([':', ';'])

/**
 * Whether the series the conjunction at `conj` closes is one of finite verb phrases ("tariffs could increase X,
 * alienate Y, and lead to Z"), not of infinitives after its first verb ("agreed to sell X, provide Y, and extend Z").
 */
function finiteSeries(words: Word[], conj: number): boolean {
  const head = seriesStart(words, conj)
  if (head === undefined) return false
  const end = words.findIndex((w, k) => k > head && w.text === ',')
  return !words.slice(head, end < 0 ? undefined : end).some((w, k) => w.lower === 'to' && words[head + k + 1]?.pos === 'VERB')
}

/** The most words between a member's opening verb and an infinitive inside it: "encourage copper exporters to seek". */
const MEMBER_REACH = 6

/**
 * Whether the "to" at `to` is inside a member of a series of verbs opened after a comma ("…, encourage X to seek"),
 * not a participle's phrase ("…, taking action to lower costs and improve access" aims at both).
 */
function insideMember(words: Word[], to: number): boolean {
  for (let j = to - 1; j > 0 && j >= to - MEMBER_REACH; j--) {
    const w = words[j]!
    if (w.pos === 'VERB' && words[j - 1]?.text === ',') return !w.lower.endsWith('ing')
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || isFiniteVerb(words, j)) return false
  }
  return false
}

/**
 * The index of the "to" of the infinitive the verb at `i` is: right before it ("to reduce"), or before the verb it
 * is coordinated with ("to reduce its reliance on imports and [strengthen]"; "to sell X, provide Y, and
 * [extend]"); -1 when it is none.
 */
function infinitiveTo(words: Word[], i: number): number {
  // "to further accelerate", "to significantly reduce": an adverb between (the tagger may read "further" as a verb).
  let j = i - 1
  while (j > 0 && (words[j]!.pos === 'ADV' || SPLIT_ADVERBS.has(words[j]!.lower)) && j > i - 3) j--
  if (words[j]?.lower === 'to') return j
  // ("to increase aluminum tariffs to 25%, eliminate all country exemptions, and …": a base form after a comma is a
  // middle member of the series, as one after "and" is the last.)
  const middle = words[i - 1]?.text === ',' && words[i]!.lemma === words[i]!.lower
  if (words[i - 1]?.pos !== 'CCONJ' && !middle) return -1
  // Words counted outside the asides stepped over, anew for each member of a series ("to sell X, provide Y, and extend").
  for (let k = middle || words[i - 2]?.text !== ',' ? i - 2 : i - 3, n = 0; k >= 0 && n < MAX_COORDINATED_WORDS; k--, n++) {
    if (words[k]!.text === ',' && words[k + 1]?.pos === 'VERB') {
      n = 0
      continue
    }
    // An aside in parentheses is stepped over: "to go beyond unilateral action (an aside) and encourage".
    if (words[k]!.text === ')') {
      const open = words.findLastIndex((w, j) => j < k && w.text === '(')
      if (open < 0) return -1
      k = open
      continue
    }
    const w = words[k]!
    if ((w.pos === 'PUNCT' && !CLOSING.has(w.text) && !JOINED.has(w.text)) || w.pos === 'SCONJ' || RELATIVE_OPENERS.has(w.lower)) return -1
    // ("…, encourage exporters [to seek] other markets, and lead to shortages": an infinitive inside a member of a
    // series of verbs is that member's; the series goes on past it.)
    if (w.pos === 'VERB' && words[k - 1]?.lower === 'to') return words[i - 2]?.text === ',' && insideMember(words, k - 1) && finiteSeries(words, i - 1) ? -1 : k - 1
    // "to modernize, [simplify], and strengthen": a verb after a comma is a member of the series, not a clause's verb.
    if (w.pos === 'VERB' && words[k - 1]?.text === ',') continue
    if (isFiniteVerb(words, k)) return -1
  }
  return -1
}
/** Words after "not" that make it add, not deny: "not only", "not just", "not merely". */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply'])
/** Punctuation inside a phrase: "S&T", "anti-access/area". */
const JOINED = new Set(['-', '/', '&', '–'])


/** Whether the word at `i` follows a modal directly (an adverb between), so is a verb whatever its tag. */
function afterModal(words: Word[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  return MODALS.has(words[k]?.lower ?? '') && ['ADJ', 'NOUN'].includes(words[i]!.pos) && OBJECT_START.has(words[i + 1]?.pos ?? '')
}

/** What opens the object of a verb read as a noun: "fuels [depression]", "fuel [the] crisis". */
const OBJECT_START = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'])

/**
 * A cue in its present-tense form that the tagger reads as a noun after a noun ("Fear of change fuels
 * depression", "Higher prices fuel inflation") is the verb when the sentence has no other verb: a noun before
 * it, a noun phrase after it, and no auxiliary or finite verb anywhere else ("fuel prices rose" has one).
 */
function verbReadAsNoun(words: Word[], i: number, cue: string): boolean {
  const w = words[i]!
  // "…, galvanised popular support": a past form read as an adjective.
  const past = w.pos === 'ADJ' && (w.lower === `${cue}d` || w.lower === `${cue}ed`)
  if (!past && (w.pos !== 'NOUN' || !(w.lower === cue || w.lower === `${cue}s` || w.lower === `${cue}es`))) return false
  // "requirements, which limit fuel volatility": right after a relative pronoun the noun read is the clause's verb,
  // and a noun after that one is its object's modifier, no verb.
  if (RELATIVE_PRONOUN_SUBJECTS.has(words[i - 1]?.lower ?? '')) return OBJECT_START.has(words[i + 1]?.pos ?? '')
  if (RELATIVE_PRONOUN_SUBJECTS.has(words[i - 2]?.lower ?? '') && words[i - 1]?.pos === 'NOUN') return false
  // A noun, or the comma closing an aside after the subject ("Fear of X, still in its infancy, fuels …").
  if (!['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '') && words[i - 1]?.text !== ',') return false
  if (!OBJECT_START.has(words[i + 1]?.pos ?? '')) return false
  // A participle right after a noun describes it: "the dislocations brought about by …".
  const reduced = (k: number) => words[k - 1]?.pos === 'NOUN' && /(?:ed|en|ght|wn)$/.test(words[k]!.lower)
  // Within its clause: "… spirals where [the loss of trust causes one party to stop cooperating], causing …".
  const [from, to] = clauseAround(words, i)
  return !words.slice(from, to + 1).some((x, j) => from + j !== i && (x.pos === 'AUX' || (isFiniteVerb(words, from + j) && !reduced(from + j))))
}

const SEPARATION = new Set<string>(DATA.causes.separationVerbs as string[])

/** The "from" at `at` follows the object of a verb of keeping from (data/causes.json separationVerbs). */
function separatedFrom(words: Word[], at: number, text: string): boolean {
  if (words[at]?.lower !== 'from') return false
  const object = phraseBefore(words, at, text, new Set())
  const keeps = (w: Word) => SEPARATION.has(w.lower) || SEPARATION.has(w.lemma.toLowerCase())
  // (An adverb may stand between: "free nearly 1,800 employees"; the tagger may read "free" as one.)
  for (let k = object ? object.first - 1 : -1; k >= 0; k--) {
    if (keeps(words[k]!)) return true
    if (words[k]!.pos !== 'ADV') return false
  }
  return false
}

/** Relative pronouns that may be a clause's subject, the verb right after them: "which limit …". */
const RELATIVE_PRONOUN_SUBJECTS = new Set(['which', 'that', 'who'])

/** Words that open a clause of their own inside a sentence: "… spirals [where] the loss of trust causes …". */
const CLAUSE_OPENERS = new Set(['where', 'when', 'while', 'whereas', 'which', 'who', 'that'])

/** The first and last word of the clause around `i`: between punctuation marks, subordinating conjunctions and relative words. */
function clauseAround(words: Word[], i: number): [number, number] {
  const breaks = (w: Word) => [',', ';', ':', '—', '–', '(', ')'].includes(w.text) || w.pos === 'SCONJ' || CLAUSE_OPENERS.has(w.lower)
  let from = i
  while (from > 0 && !breaks(words[from - 1]!)) from--
  let to = i
  while (to < words.length - 1 && !breaks(words[to + 1]!)) to++
  return [from, to]
}

/**
 * The subject of the verb at `i` when it is a gerund opening the sentence with its object ("Capping the rate at
 * 15% [while …] would reduce"): the gerund to the end of its object and a short phrase after it, before any
 * subordinate clause or comma; undefined when another verb comes between or it runs past eight words.
 */
function gerundSubject(words: Word[], first: number, i: number): Phrase | undefined {
  // After an opening prepositional phrase: "According to a 2025 study, fixing the rate …".
  let start = first
  const comma = words.findIndex((w, k) => k > first && k < i && w.text === ',')
  // Or after a sentence adverb: "Therefore, reducing required capital will lower …".
  const opens = words[first]?.pos === 'ADP' || (words[first]?.lower === 'according' && words[first + 1]?.lower === 'to') || (words[first]?.pos === 'ADV' && comma === first + 1)
  if (opens && comma > 0 && !words.slice(first + 1, comma).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) start = comma + 1
  const g = words[start]
  if (!g || g.pos !== 'VERB' || !/ing$/.test(g.lower) || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[start + 1]?.pos ?? '')) return undefined
  // "Rising inflation has weakened …": a participle before its noun is no gerund with an object.
  if (['NOUN', 'ADJ'].includes(words[start + 1]!.pos) && !['DET', 'PRON', 'ADP'].includes(words[start + 2]?.pos ?? '') && words[start + 2]?.pos !== 'NUM') return undefined
  let end = i - 1
  while (end > start && ['AUX', 'ADV', 'PART'].includes(words[end]!.pos)) end--
  let last = start
  for (let k = start + 1; k <= end; k++) {
    const w = words[k]!
    if (w.pos === 'SCONJ' || w.text === ',' || w.lower === 'while') break
    if (w.pos === 'VERB' || w.pos === 'AUX') return undefined
    last = k
  }
  // The clause must reach the verb, or stop at a subordinate clause that does ("while holding … constant").
  if (last < end && !['SCONJ', 'ADP'].includes(words[last + 1]!.pos) && words[last + 1]!.lower !== 'while') return undefined
  if (last - start > 7 || !words.slice(start + 1, last + 1).some((w) => ['NOUN', 'PROPN', 'NUM'].includes(w.pos))) return undefined
  return { first: start, last }
}

/** First-person pronouns: a clause they think or say is the writer's view. */
const FIRST_PERSON = new Set(['i', 'we'])

/** Whether the clause opening at `from` is what "I" or "we" think or say ("I still think [the FSF is …]", "we believe that …"). */
function firstPersonView(words: Word[], from: number): boolean {
  let k = from - 1
  if (words[k]?.lower === 'that') k--
  if (words[k]?.pos !== 'VERB') return false
  for (k--; k >= 0 && ['ADV', 'AUX', 'PART'].includes(words[k]!.pos); k--);
  return FIRST_PERSON.has(words[k]?.lower ?? '')
}

/**
 * The effect of the link stated right before the ", …ing" cue at `i`, which the participle clause carries on
 * ("the loss of trust causes one party to stop cooperating, causing others to stop cooperating": one party
 * stopping causes the others to): the last link found in the sentence, when its effect ends at the comma.
 */
function chainedCause(words: Word[], i: number, links: RawLink[]): Side | undefined {
  if (!words[i]!.lower.endsWith('ing')) return undefined
  let k = i - 1
  while (k >= 0 && (words[k]!.pos === 'ADV' || SKIP_BEFORE.has(words[k]!.lower))) k--
  if (words[k]?.text !== ',') return undefined
  const effect = links.at(-1)?.effect
  // Its phrase may stop before a noun coordinated with its last: "coupling between the antenna [and the wall]".
  const rest = effect ? words.slice(effect.phrase.last + 1, k) : []
  // Or a place after it: "destroys competition for rental advertising [on ILSs], harming renters".
  const noun = rest.length === 0 || (['CCONJ', 'ADP'].includes(rest[0]!.pos) && ['NOUN', 'PROPN'].includes(rest.at(-1)!.pos) && rest.every((w) => NOUN_PHRASE_POS.has(w.pos)))
  return effect && effect.phrase.last < k && noun ? effect : undefined
}

/** Parts of speech of a noun phrase coordinated with another: "[the antenna] and the wall". */
const NOUN_PHRASE_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'ADP'])

/** An -ing word opening a clause after a comma, an adverb between: ", further destabilising …", ", generating concerns". */
function participleClause(words: Word[], i: number): boolean {
  // The tagger may read it as a noun too: ", generating concerns".
  if (!['ADJ', 'NOUN'].includes(words[i]!.pos) || !words[i]!.lower.endsWith('ing')) return false
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  return words[k]?.text === ','
}

/**
 * Whether the subject of the cue at `i` is "This" or "That" on its own opening the sentence ("This validates
 * …", "That has also led to …"): the sentence before is the cause.
 */
function pointsBack(words: Word[], i: number): boolean {
  let k = 0
  while (words[k] && (words[k]!.pos === 'CCONJ' || words[k]!.pos === 'PUNCT')) k++
  if (!['this', 'that'].includes(words[k]?.lower ?? '')) return false
  for (let j = k + 1; j < i; j++) if (!['ADV', 'AUX', 'PART'].includes(words[j]!.pos) && !SKIP_BEFORE.has(words[j]!.lower)) return false
  return true
}

/** The longest demonstrative subject that names what it points back to ("this sinking", "this rapid sinking"), in words after the determiner. */
const MAX_DEMONSTRATIVE_WORDS = 2

/**
 * The side of the link just before (`previous`) that the subject of the cue at `i` points back to, when that
 * subject opens the sentence as "this" or "these" and a noun that side says ("Cities are sinking because …. This
 * sinking makes …": the cities sinking); else undefined.
 */
function namedBack(words: Word[], i: number, previous: RawLink | undefined): Side | undefined {
  if (!previous) return undefined
  let k = 0
  while (words[k] && (words[k]!.pos === 'CCONJ' || words[k]!.pos === 'PUNCT')) k++
  if (!['this', 'these'].includes(words[k]?.lower ?? '')) return undefined
  let j = i - 1
  while (j > k && ['ADV', 'AUX', 'PART'].includes(words[j]!.pos)) j--
  const head = words[j]
  if (j <= k || j - k > MAX_DEMONSTRATIVE_WORDS || !head || !['NOUN', 'VERB'].includes(head.pos)) return undefined
  const says = (side: Side) => side.s.words.slice(side.phrase.first, side.phrase.last + 1).some((w) => ['NOUN', 'VERB'].includes(w.pos) && w.lemma === head.lemma)
  return says(previous.effect) ? previous.effect : says(previous.cause) ? previous.cause : undefined
}

/**
 * The links one sentence states. `antecedent`: the effect the sentence before stated outright, the cause of a
 * sentence that opens by pointing back to it ("Sanctions have failed. This validates Beijing's scepticism").
 * `previous`: the last link the sentence before stated outright, in any paragraph, which a subject that names
 * it points back to ("This sinking makes …").
 */
export function extractLinks(s: SentenceContext, antecedent?: Side, previous?: RawLink, prior?: SentenceContext): RawLink[] {
  const { words } = s
  const text = s.sentence.text
  const links: RawLink[] = []
  // `before`: a word the side must end before (a backward cue: "time | in response to" is no "time in response").
  const sideOf = (p: Phrase | undefined, before = words.length): Side | undefined => {
    if (!p) return undefined
    // "the beginning of a sea star wasting disease outbreak that would wipe out …": the outbreak, on either side.
    const core = lightTail(words, examplesOf(words, p, text), text)
    const full = withInfinitive(words, withComplement(words, core, text), text)
    p = full.last < before ? full : core
    const head = headOf(words, p)
    const label = phraseText(words, p, text)
    const lower = label.toLowerCase()
    if (STOP.has(head.lower) || STOP.has(lower) || !/\p{L}{3}/u.test(label)) return undefined
    // A generic noun on its own says nothing ("countries", "the issue"); "the test" may still be someone's test (graph.ts).
    const content = words.slice(p.first, p.last + 1).filter((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(w.pos))
    if (head.pos !== 'PROPN' && (GENERIC.has(head.lower) || GENERIC.has(head.lemma)) && content.length < 2) return undefined
    // A generic noun of another says nothing either: "the amount of time", "a number of cases".
    const nouns = content.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
    const ofPhrase = words.slice(p.first, p.last + 1).some((w) => w.lower === 'of')
    if (ofPhrase && nouns.length >= 2 && nouns.every((w) => w.pos === 'NOUN' && (GENERIC.has(w.lower) || GENERIC.has(w.lemma)))) return undefined
    // "clear incentives", "vast amounts of data": graded, not named (its complement, when it has one, was taken above).
    if (gradedOnly(words, p)) return undefined
    // "foreign efforts", "budgetary effect", "Subsequent legislation": a noun that needs its complement, with
    // adjectives only, names no situation (its complement, when it has one, was taken above).
    if (genericOnly(words, p)) return undefined
    return { text: recipientOwned(words, p, text) ?? label, s, phrase: p, ...(isLoose(words, p) ? { loose: true } : {}) }
  }
  let side = sideOf
  const clause = (first: number, last: number): Side | undefined => {
    const c = clauseAt(words, first, last, text)
    return c ? { text: c.text, s, phrase: c.phrase, ...(isLoose(words, c.phrase) ? { loose: true } : {}) } : undefined
  }
  // "how organisations select and handle sources": "how" and a clause with its subject, up to a punctuation mark.
  const mannerClause = (at: number): Side | undefined => {
    if (words[at]?.lower !== 'how' || !phraseAt(words, at + 1, text)) return undefined
    let end = at + 1
    while (end + 1 < words.length && !(words[end + 1]!.pos === 'PUNCT' && !JOINED.has(words[end + 1]!.text)) && words[end + 1]!.pos !== 'SCONJ') end++
    return clause(at, end)
  }
  // "tickets being transferred", "the local kelp forests to flourish": the clause's words, "from" left out.
  // What is kept from happening ("prevent tickets from being resold") is a situation stated outright; who may do
  // what ("allow consumers to compare") is read loosely.
  const controlledSide = (c: Phrase): Side => {
    const kept = words.slice(c.first, c.last + 1).filter((w, k) => !(k === 0 && w.pos === 'DET') && !(w.lower === 'from' && k > 0))
    return { text: kept.map((w) => text.slice(w.start, w.end)).join(' ').replace(/ (['’]s)\b/g, '$1'), s, phrase: c, ...(words.slice(c.first + 1, c.last + 1).some((w) => w.lower === 'from') ? {} : { loose: true }) }
  }
  // "coastal cities more exposed to rising seas": the object and its new state, the determiner left out.
  const stateSide = (c: Phrase): Side => {
    const kept = words.slice(c.first, c.last + 1).filter((w, k) => !(k === 0 && w.pos === 'DET'))
    return { text: kept.map((w) => text.slice(w.start, w.end)).join(' ').replace(/ (['’]s)\b/g, '$1'), s, phrase: c }
  }
  // "the worse [the fighting becomes in the north]": what grows is the thing with where it is, the linking verb left
  // out ("fighting in the north"); undefined when another verb or words follow.
  const comparedSide = (from: number, to: number): Side | undefined => {
    const np = phraseAt(words, from, text)
    if (!np || np.last >= to) return undefined
    // The place before or after the linking verb: "becomes in the north", "in the north becomes".
    const placeAt = (k: number) => (words[k]?.pos === 'ADP' ? phraseAt(words, k + 1, text) : undefined)
    let k = np.last + 1
    let place = placeAt(k)
    if (place) k = place.last + 1
    if (!LINKING.has(words[k]?.lemma ?? '')) return undefined
    if (!place) (place = placeAt(k + 1)), (k = place ? place.last : k)
    if (k !== to) return undefined
    const where = place ? ` ${text.slice(words[place.first - 1]!.start, words[place.last]!.end)}` : ''
    return { text: phraseText(words, np, text) + where, s, phrase: { first: np.first, last: to } }
  }
  // "Will the tariffs reduce the deficit?": a question weighs a link, as "whether" does; it does not state it, and a
  // diagram of what the article states draws none from it.
  if (isQuestion(text)) return []
  // `at`: where the cue starts; a hedge in the clause before it, or in a clause that is the cause, hedges the link.
  const push = (cause: Side | undefined, effect: Side | undefined, relation: CausalRelation, cue: string, at: number, hedged = false) => {
    if (!cause || !effect || cause.text === effect.text) return
    // "HEADING: the order paves the way for …": a side running over a colon or a semicolon joins two clauses.
    if ([cause, effect].some((x) => words.slice(x.phrase.first, x.phrase.last + 1).some((w) => CLAUSE_MARKS.has(w.text)))) return
    // "these links are less certain because …": what explains a judgement of the evidence is no cause.
    if (judgesEvidence(words, effect.phrase)) return
    // "Congress created exceptions to this ban": an actor making a thing is an act, not a link between situations.
    if (madeByActor(s, words, cause, at)) return
    // "Analysts raised concerns about …": a matter brought up, not one that grows.
    if (voicedByActor(s, words, cause, effect, at)) return
    const inCause = words.slice(cause.phrase.first, cause.phrase.last + 1).some(isHedge)
    // "The war hurts US consumers", "bombings that are destroying civilian lives": what lessens people harms them.
    if (relation === 'reduces' && PEOPLE.has(headOf(words, effect.phrase).lower)) relation = 'threatens'
    links.push({ cause, effect, relation, cue, sentence: s, hedged: hedged || inCause || hedgedAt(words, at) || conditionalAt(words, at) || claimedAt(words, at) })
  }
  // "Given how many actors are involved, the conflict could spiral": a leading cause up to the comma, the main
  // clause its effect.
  let start = 0
  while (start < words.length && (words[start]!.pos === 'CCONJ' || words[start]!.pos === 'PUNCT')) start++
  // "However, due to rising threats, …": a connective adverb and its comma open no clause (a hedge, "Arguably,", does).
  const leadStart = words[start]?.pos === 'ADV' && words[start + 1]?.text === ',' && !isHedge(words[start]!) ? start + 2 : start
  // "By increasing X, …" is a means; "By comparison to X, …" is none.
  const lead = LEADS.find((l) => l.words.every((w, k) => words[leadStart + k]?.lower === w) && (l.words.join(' ') !== 'by' || /ing$/.test(words[leadStart + 1]?.lower ?? '')))
  const comma = words.findIndex((w, k) => k > leadStart && w.text === ',')
  if (lead && comma > leadStart + lead.words.length) {
    // "In response to A, B, and other C, the President acted": the effect is the clause after the series.
    const after = nounSeriesEnd(words, comma)
    const end = clauseEnd(words, after + 1)
    const from = leadStart + lead.words.length
    // "In the face of mounting repression and violence by …": a participle before the noun is part of it.
    const participle = words[from]?.pos === 'VERB' && /ing$/.test(words[from]!.lower) && words[from + 1]?.pos === 'NOUN'
    const inner = participle ? phraseAt(words, from + 1, text) : undefined
    const np = phraseAt(words, from, text) ?? (inner && { first: from, last: inner.last })
    // "If Trump does escalate that conflict, …": the cause is the clause, not its subject.
    const isClause = !np || words.slice(np.last + 1, comma).some((w) => ['VERB', 'AUX'].includes(w.pos))
    // "If a transaction meets the thresholds, the notification must be submitted": a rule, not a cause.
    const deontic = words.slice(after + 1, end + 1).some((w) => DEONTIC.has(w.lower))
    // (Said compactly when whole it is too long: "…, the White House ended its support for [the NEC]".)
    const compacted = compactClause(words, after + 1, end, text)
    const effect = clause(after + 1, end) ?? (compacted && { text: compacted.text, s, phrase: compacted.phrase })
    if (!deontic) push(isClause ? clause(from, comma - 1) : side(np), effect, lead.relation, lead.words.join(' '), leadStart, isHedge(words[leadStart]!))
  }
  // "As a result, Treasury has rarely used the fund": what the sentence before states (its link's effect, else its
  // main clause said compactly) causes the clause after the comma.
  const result = RESULT_LEADS.find((l) => l.every((w, k) => words[start + k]?.lower === w) && words[start + l.length]?.text === ',')
  if (result && prior) {
    const from = start + result.length + 1
    const effect = compactClause(words, from, clauseEnd(words, from), text)
    const cause = antecedent ?? mainClaim(prior)
    if (effect) push(cause, { text: effect.text, s, phrase: effect.phrase }, 'prompts', text.slice(words[start]!.start, words[from - 2]!.end), start)
  }
  // "The trade winds weaken, so less warm water is pushed west", "…; consequently, its currency collapsed": a result
  // connective inside the sentence, after a comma or a semicolon (and "and"), between two clauses said compactly.
  for (let i = start + 1; i < words.length; i++) {
    const mark = words[i - 1]?.lower === 'and' ? i - 2 : i - 1
    if (![',', ';'].includes(words[mark]?.text ?? '') || mark <= start) continue
    const lead = RESULT_JOINS.find((l) => l.every((w, k) => words[i + k]?.lower === w))
    if (!lead) continue
    let from = i + lead.length
    if (words[from]?.text === ',') from++
    // Not "so that" (a purpose), "so far", "so-called", nor "thus" before a participle (read above as a cue's lead).
    if (['that', 'far', 'much', 'many', '-'].includes(words[from]?.lower ?? '') || (words[from]?.pos === 'VERB' && /ing$/.test(words[from]!.lower))) continue
    // ("…, so more growth could mean more material to burn": a clause with a modal after "so" infers, it tells no result.)
    const end = clauseEnd(words, from)
    if (words.slice(from, end + 1).some((w) => w.pos === 'AUX' && INFERRING_MODALS.has(w.lower))) continue
    const cause = compactClause(words, start, mark - 1, text)
    const effect = compactClause(words, from, end, text)
    if (cause && effect) push({ text: cause.text, s, phrase: cause.phrase }, { text: effect.text, s, phrase: effect.phrase }, 'prompts', text.slice(words[i]!.start, words[i + lead.length - 1]!.end), i)
  }
  // "The worse the fighting becomes, the greater the impact on the economy": the more of one, the more of the other.
  if (words[start]?.lower === 'the' && comparative(words[start + 1]) && comma > 0 && words[comma + 1]?.lower === 'the' && comparative(words[comma + 2])) {
    const end = clauseEnd(words, comma + 3)
    push(comparedSide(start + 2, comma - 1) ?? clause(start + 2, comma - 1), comparedSide(comma + 3, end) ?? clause(comma + 3, end), 'increases', 'the … the …', start)
  }
  // "As world politics has become more divisive, contests turn into a stage …", "… displaced as settlement
  // expansion has accelerated": a change that runs with another drives it (data/causes.json asChanges).
  for (let i = start; i < words.length; i++) {
    // (Opening the sentence, the tagger may read it as an adverb: "As/ADV competition has increased, …".)
    if (words[i]!.lower !== 'as' || !(['SCONJ', 'ADP'].includes(words[i]!.pos) || (i === start && words[i]!.pos === 'ADV'))) continue
    // ("…, and as a result borrowing costs climbed": a result connective, no change running with another.)
    if (RESULT_LEADS.some((l) => l.every((w, k) => words[i + k]?.lower === w))) continue
    const end = clauseEnd(words, i + 1)
    if (!changesIn(words, i + 1, end)) continue
    const cause = compactClause(words, i + 1, end, text)
    const from = i === start ? (words[end + 1]?.text === ',' ? end + 2 : undefined) : subjectStartBefore(words, i, text)
    const effect = from === undefined ? undefined : i === start ? compactClause(words, from, clauseEnd(words, from), text) : compactClause(words, from, i - 1, text)
    if (cause && effect) push({ text: cause.text, s, phrase: cause.phrase }, { text: effect.text, s, phrase: effect.phrase }, 'increases', 'as', i)
  }
  // (A construction read from word `i` is denied by a negation in the two words before it: "did not make X harder".)
  const negatedBefore = (i: number) => NEGATIONS.has(words[i - 1]?.lower ?? '') || NEGATIONS.has(words[i - 2]?.lower ?? '')
  // What makes the object of "make" at `i` change: a link the sentence before names back to, else the subject.
  const madeCause = (i: number) => namedBack(words, i, previous) ?? side(withOpeningGerund(words, causeBefore(words, i, text), i))
  for (let i = 0; i < words.length; i++) {
    // "Turf algae make it harder for kelp to regrow": the subject blocks (or enables) the clause after "for".
    const made = makeItFor(words, i, text)
    if (made && !negatedBefore(i)) {
      push(side(causeBefore(words, i, text)), controlledSide(made.clause), made.relation, text.slice(words[i]!.start, words[made.adjective]!.end), i)
      i = made.clause.last
      continue
    }
    // "The sinking makes coastal cities more exposed to rising seas": the object in a new state ("harder" for it:
    // "makes recovery harder" blocks the recovery).
    const comparativeMade = madeComparative(words, i, text)
    if (comparativeMade && !negatedBefore(i)) {
      const { object, state, relation, plain } = comparativeMade
      const cue = text.slice(words[i]!.start, words[state.adjective]!.end)
      const cause = madeCause(i)
      if (!(plain && cause && endsInActor(s, words, cause))) push(cause, relation === 'blocks' || relation === 'enables' ? side(object) : stateSide(state.phrase), relation, cue, i)
      i = state.phrase.last
      continue
    }
    // "The demarcation would make the planned pipeline cross Turkish waters": the object doing what the bare verb after
    // it says.
    const madeTo = madeDo(words, i, text)
    if (madeTo && !negatedBefore(i)) {
      const cause = madeCause(i)
      if (cause && !endsInActor(s, words, cause)) push(cause, controlledSide(madeTo), 'prompts', text.slice(words[i]!.start, words[i]!.end), i)
      i = madeTo.last
      continue
    }
    // "Sea stars kept the urchin population in check"; "the population was kept in check by predators": reduces.
    const check = inCheck(words, i, text)
    if (check && !negatedBefore(i)) {
      const cue = text.slice(words[i]!.start, words[check.end]!.end)
      if (check.object) push(side(causeBefore(words, i, text)), side(check.object), 'reduces', cue, i)
      else for (const p of effectsAfter(words, check.end + 2, text)) push(side(p), side(passiveSubject(words, i, text)), 'reduces', cue, i)
      i = check.end
      continue
    }
    // "Taiwan competes as Chinese Taipei because its sovereignty is disputed": the clause after "because" explains
    // the clause it follows; both are said compactly, subject, verb and complement (clauses.ts).
    if (words[i]!.lower === 'because' && words[i]!.pos === 'SCONJ' && i > start) {
      const from = subjectStartBefore(words, i, text)
      // "I still think the FSF is worth saving because …": the writer's reasons for a view, not what happens.
      // "there is no guarantee that models would improve, because …": the clause is what a noun says, not what happens.
      const opinion = from !== undefined && (firstPersonView(words, from) || (words[from - 1]?.lower === 'that' && words[from - 2]?.pos === 'NOUN'))
      const effect = from !== undefined && !opinion ? compactClause(words, from, i - 1, text) : undefined
      const cause = effect && compactClause(words, i + 1, clauseEnd(words, i + 1), text)
      if (cause && effect) push({ text: cause.text, s, phrase: cause.phrase }, { text: effect.text, s, phrase: effect.phrase }, 'prompts', 'because', i)
      continue
    }
    const match = cueAt(words, i)
    if (!match) continue
    const { cue, last } = match
    // ("would not be able to raise": a negation before the words that lend the cue its subject.)
    let lent = i - 1
    while (lent > 0 && (SKIP_BEFORE.has(words[lent]!.lower) || words[lent]!.lemma === 'be') && !NEGATIONS.has(words[lent]!.lower)) lent--
    // ("Drones not only inflame anti-US sentiment but also …": "not only" adds; it denies nothing.)
    const denies = (k: number) => NEGATIONS.has(words[k]?.lower ?? '') && !(words[k]!.lower === 'not' && NOT_ONLY.has(words[k + 1]?.lower ?? ''))
    const negated = [1, 2, 3].some((k) => denies(i - k) && !words.slice(i - k, i).some((w) => w.pos === 'PUNCT')) || (lent < i - 1 && denies(lent))
    // "urged Beijing to halt" asks; "the goal is to increase", "to accelerate their work and to create" aim: none states a link.
    const to = infinitiveTo(words, i)
    const ahead = to >= 0 ? words[wordBefore(words, to)] : undefined
    // "…, with consultation from their team, to prevent further decline": a purpose after a comma too.
    // ("modified the tariffs, including to increase …": an aim taken out of a list of them.)
    const asked = !!ahead && ((OBJECT_POS.has(ahead.pos) && !AIMED.has(ahead.lower)) || ahead.lemma === 'be' || ahead.pos === 'CCONJ' || ahead.text === ',' || INFINITIVE_LIST_OPENERS.has(ahead.lower))
    // "the rapidly escalating conflict": a participle describing a noun states no cause.
    // (After an adverb the word before it tells: "the rapidly escalating conflict"; not a subject's noun, "Some of their
    // tactics also deepened polarisation", whose verb the participle is.)
    let modifier = i - 1
    while (words[modifier]?.pos === 'ADV') modifier--
    const attributive = cue.words.length === 1 && /(?:ing|ed)$/.test(words[i]!.lower) && words[i + 1]?.pos === 'NOUN' && ['DET', 'ADV', 'ADJ'].includes(words[i - 1]?.pos ?? '') && !(words[i - 1]!.pos === 'ADV' && ['NOUN', 'PROPN', 'PRON'].includes(words[modifier]?.pos ?? ''))
    if (negated || asked || attributive || coordinatedAttributive(words, i) || obliged(words, i) || nominal(words, i) || reducedRelative(words, i, text) || gerundSeries(words, i) || unasserted(words, i) || (lead && i === start)) {
      i = last
      continue
    }
    const printed = text.slice(words[i]!.start, words[last]!.end)
    const passive = cue.direction === 'forward' && !cue.control ? passiveBy(words, i, last) : -1
    // "humanitarian needs exacerbated by drought": a reduced passive reads as the passive does, on the noun before it.
    const reduced = passive < 0 && cue.direction === 'forward' && !cue.control && cue.words.length === 1 ? reducedPassiveBy(words, i, last) : -1
    const by = passive >= 0 ? passive : reduced
    // "Portugal was driven out by the shah": moved, not changed (MOTION_PARTICLES).
    if (by >= 0 && MOTION_PARTICLES.has(words[last + 1]?.lower ?? '')) {
      i = by
      continue
    }
    if (by >= 0) {
      // "Macron is hamstrung by the stalemate": the agent is the cause, the subject what it acts on.
      // (Set off by a comma it may tell of a phrase further back, when the one before the comma ends a coordination
      // back to its verb: "a conservative wave in values and in personal, social and political behavior, reinforced
      // by …" reinforces the wave; it is not read.)
      const comma = words[i - 1]!.text === ','
      // (It tells of the nearest noun, as a relative clause does: "the economies of [states] harmed by", "a time of
      // [global hunger], fueled by".)
      const near = reduced >= 0 ? phraseBefore(words, comma ? i - 1 : i, text, SKIP_BEFORE) : undefined
      // ("the shortfall in [benefits] created by": a noun whose "in" phrase says what it is in is what was created.)
      const holder = near && !comma && words[near.first - 1]?.lower === 'in' ? phraseBefore(words, near.first - 1, text, new Set()) : undefined
      const nearest = near && (holder && holder.last === near.first - 2 && headOf(words, holder).pos === 'NOUN' ? { first: holder.first, last: near.last } : nearestOf(words, near, text))
      const acted = reduced >= 0 ? nearest : passiveSubject(words, i, text)
      if (reduced >= 0 && comma && acted && coordinatedBack(words, acted.first)) {
        i = by
        continue
      }
      for (const p of effectsAfter(words, by + 1, text)) push(side(p), side(acted), cue.relation, printed, i)
      i = by
      continue
    }
    const afterPhrases = effectsAfter(words, last + 1, text, cue.direction === 'forward')
    // "had driven the traders out of the port": a verb of motion with its particle after the object moves it, it
    // changes no quantity.
    const particle = words[(afterPhrases[0]?.last ?? -2) + 1]?.lower ?? ''
    const moved = cue.direction === 'forward' && cue.words.length === 1 && (MOTION_PARTICLES.has(particle) || (MOTION_VERBS.has(cue.words[0]!) && ['to', 'into'].includes(particle)))
    // "Russian forces unleash their assault on Kyiv": an act of force the subject owns is its own act, done, not an
    // effect it causes (data/causes.json ownActs).
    const own = cue.direction === 'forward' && !!afterPhrases[0] && POSSESSIVE_DETERMINERS.has(words[afterPhrases[0].first]!.lower) && OWN_ACTS.has(headOf(words, afterPhrases[0]).lower)
    if (moved || own || insideSubject(words, i, afterPhrases[0]) || opensGerundSubject(words, i)) {
      i = last
      continue
    }
    // "justifying the program on the grounds that guaranteeing the funds would protect the dollar": the grounds
    // justify the program, not whoever argues so.
    const grounds = cue.relation === 'justifies' && cue.direction === 'forward' ? groundsAfter(words, last + 1) : undefined
    if (grounds) {
      // Not "on the grounds that it would …": a pronoun names no situation.
      const reason = clause(grounds.that + 1, clauseEnd(words, grounds.that + 1))
      if (reason && !STOP.has(words[reason.phrase.first]!.lower)) push(reason, side(afterPhrases[0], grounds.first), cue.relation, printed, i)
      i = grounds.that
      continue
    }
    if (cue.direction === 'forward') {
      // "Capping the rate at 15% would reduce funding": the gerund opening the sentence and its object act.
      const gerund = gerundSubject(words, start, i)
      const kept = gerund && words.slice(gerund.first, gerund.last + 1).filter((w) => w.pos !== 'PUNCT')
      const said: Side | undefined = gerund && kept ? { text: kept.map((w) => text.slice(w.start, w.end)).join(' ').replace(/ (['’]s)\b/g, '$1').replace(/ %/g, '%'), s, phrase: gerund } : undefined
      // "X could result in system failure, potentially leading to Y": the effect just stated leads on.
      const chained = gerund ? undefined : chainedCause(words, i, links)
      // ("The plan lists two priorities: helping the city prevent …": what a colon opens is what the clause before it
      // announces, not what that clause's subject does.)
      const announced = words[i - 1]?.text === ':'
      const cause = gerund ? gerund : chained ? chained.phrase : announced ? undefined : (withOpeningGerund(words, causeBefore(words, i, text), i) ?? coordinatedSubject(words, i, text))
      if (!gerund && !chained && governedBare(words, i, cause)) {
        i = last
        continue
      }
      // ", prompting X": the clause before, said in its own words ("Parts of the city sinking").
      const clausal = !gerund && !chained && cause && words[i]!.lower.endsWith('ing') && cause.last < i && words.slice(cause.first, cause.last + 1).some((_, j) => isFiniteVerb(words, cause.first + j))
      const clauseSaid: Side | undefined = clausal ? { text: joinWords(clauseWords(words, cause), text).replace(/ (['’]s)\b/g, '$1'), s, phrase: cause } : undefined
      // "A, B and programmes that strengthen Y": a relative clause belongs to the last member only.
      const relative = cause && RELATIVE_OPENERS.has(words[cause.last + 1]?.lower ?? '') && cause.last + 1 < i
      const conjunct = !gerund && !chained && !relative && cause ? conjunctBefore(words, cause, text) : undefined
      // "medical marijuana and cannabidiol research will …": one cause, the two sharing the second's head.
      const shared = !!conjunct && !!cause && sharesHead(words, conjunct, cause)
      const other = shared ? undefined : conjunct
      const whole = shared ? { first: conjunct!.first, last: cause!.last } : cause
      // "will lower funding costs, which would increase lending": what raises lending is the costs going down, so
      // the costs reduce it; a relation of no quantity is not read through the lowering.
      // "weakened coupling, reducing quality": what the chain carries on from is the coupling's fall, so the coupling
      // raises the quality; a relation of no quantity is not read through the fall.
      const fallen = chained ? FALLS.has(links.at(-1)!.relation) : !gerund && !!cause && loweredBefore(words, cause, i)
      // "this agreement destroys competition for rentals, harming renters": a relation of no quantity is not read
      // through the fall, so what harms them is what destroyed it, the agreement.
      const through = chained && fallen && !OPPOSITE[cue.relation] ? links.at(-1)!.cause : undefined
      const relation = through ? cue.relation : fallen ? OPPOSITE[cue.relation] : cue.relation
      if (!relation) {
        i = last
        continue
      }
      const fixed = said ?? clauseSaid
      side = fixed ? (p: Phrase | undefined, before?: number) => (p === fixed.phrase ? fixed : sideOf(p, before)) : sideOf
      // "This validates …": the claim of the sentence before, when it stated one.
      const named = gerund || chained ? undefined : namedBack(words, i, previous)
      // "She was hired by the company. This caused a controversy": with no link before, what the sentence before
      // states, said compactly (not what it says may happen: "The drought might raise prices. This …").
      const stated = prior && mainClaim(prior)
      const claimed = stated && !prior!.words.slice(stated.phrase.first, stated.phrase.last + 1).some(isHedge) ? stated : undefined
      const back = named ?? (!cause && pointsBack(words, i) ? (antecedent ?? claimed) : undefined)
      // "X confirms that sanctions have not worked": what is confirmed is the clause.
      if (cue.words.at(-1) === 'that') {
        for (const c of other && !named ? [other, cause] : [whole]) push(named ?? (c ? side(c) : back), clause(last + 1, clauseEnd(words, last + 1)), relation, printed, i)
        i = last
        continue
      }
      for (const c of other && !named ? [other, cause] : [whole]) {
        // "The United States notified the WTO of its tariff. The notification triggers a WTO review": the act the
        // sentence before states, which the noun names, is the cause.
        const act = !chained && !named && c && prior ? priorAct(words, c, prior) : undefined
        // (A cause named before its cue never reaches past it: "The drought [in 2021] raised prices".)
        const before = through ?? chained ?? named ?? act ?? (c ? side(c, c.last < i ? i : undefined) : back)
        if (cue.control) {
          const agent = agentObject(words, last)
          if (agent) push(before, controlledSide(agent), relation, printed, i)
          continue
        }
        for (const p of afterPhrases) {
          // "allow the waiting period to expire": what is enabled is the period expiring, not the period.
          // "increased the likelihood that a consumer would purchase the ticket": the purchase.
          if (isLight(words, p) && words[p.last + 1]?.lower === 'that') {
            push(before, clause(p.last + 2, clauseEnd(words, p.last + 2)), relation, printed, i)
            continue
          }
          // "enable tickets for certain events to be sold": the object may hold its complement before "to".
          let controlled = controlledClause(words, i, p)
          const wide = withComplement(words, p, text)
          if (controlled === undefined && wide !== p) controlled = controlledClause(words, i, wide)
          if (controlled === null) continue
          push(before, controlled ? controlledSide(controlled) : side(p), relation, printed, i)
        }
      }
    } else {
      // "Y because of X": Y is the phrase before, or the clause the cue ends ("the strait remains inoperable due to …").
      // "due to the US starving the UN of its dues": the cause is what the noun does, the gerund and its object.
      const agent = afterPhrases[0]
      const gerund = agent && agent.last + 1
      const object = agent && words[gerund!]?.pos === 'VERB' && /ing$/.test(words[gerund!]!.lower) ? phraseAt(words, gerund! + 1, text) : undefined
      // The object ends before a preposition ("the UN | of its dues").
      let end = object?.last ?? -1
      for (let k = gerund! + 2; object && k <= object.last; k++) if (words[k]!.pos === 'ADP') (end = k - 1, k = object.last)
      // "due to the fear of ships being attacked": a passive gerund completes the phrase.
      const passive = !object && !!agent && words[gerund!]?.lower === 'being' && words[gerund! + 1]?.pos === 'VERB' && /(?:ed|en|wn)$/.test(words[gerund! + 1]!.lower)
      if (passive) end = gerund! + 1
      // "the differences stem from how organisations process information": a clause of manner is the cause.
      const cause = object || passive ? { ...controlledSide({ first: agent!.first, last: end }), loose: false } : agent ? side(agent) : mannerClause(last + 1)
      // "the political stalemate in the National Assembly caused by": the phrase the prepositional one hangs on.
      const before = phraseBefore(words, i, text, SKIP_BEFORE)
      // "arrested 20 people after [clashes] triggered by the verdict": a participle hangs on the noun before it, which a
      // preposition of time does not tie to the phrase before (the arrests were not triggered).
      const timed = PARTICIPLE.test(cue.words[0]!) && TIME_PREPOSITIONS.has(words[before ? before.first - 1 : -1]?.lower ?? '')
      const hung = before && (timed ? before : climb(words, before, text))
      // "We only include countries with 200 observations because of …": after its clause's verb, the phrase is
      // that verb's object; what the cue explains is the clause (a participle, "caused by", hangs on its noun).
      // An aside in parentheses right after a noun explains the noun: "rising ticket prices (potentially due to …)".
      // (Not a name's acronym in brackets closed before the cue: "Sevita Health (Sevita) in response to".)
      const aside = !!hung && words.slice(hung.last + 1, i).reduce((open, w) => open + (w.text === '(' ? 1 : w.text === ')' ? -1 : 0), 0) > 0
      // "imposed on the ministries, armed forces, and [security services] in response to": the last of a series is
      // an object as its first member is.
      const series = before && seriesFirst(words, before, text)
      const onObject = !!hung && !aside && !PARTICIPLE.test(cue.words[0]!) && verbBefore(words, (series ?? hung).first)
      // Not a relative clause ("…, where the concerns identified arise from …"): its subject is another clause's noun.
      // Said compactly when whole it is too long: "The President imposed new tariffs [on certain goods of …] in
      // response to"; not when another verb comes between, which the cue may explain instead ("agreed to
      // terminate drivers for refusing to transport a rider because of …").
      const compact = (first: number, last: number): Side | undefined => {
        const c = compactClause(words, first, last, text)
        return c && !words.slice(c.phrase.last + 1, last + 1).some((w, k) => w.pos === 'VERB' && !(series && c.phrase.last + 1 + k >= series.first)) ? { text: c.text, s, phrase: c.phrase } : undefined
      }
      // The clause opens before the series, whose commas are not the clause's.
      let opens = clauseStart(words, (series?.first ?? i) - 1)
      // "Violence has risen since 2021, primarily because of …": an adverb alone after the comma leaves the clause
      // before it.
      if (opens > 1 && words[opens - 1]!.text === ',' && words.slice(opens, i).every((w) => w.pos === 'ADV')) opens = clauseStart(words, opens - 2)
      // "…, backed by other collateral, such as a car or equipment, because of …": examples set off by commas are no
      // clause; what the cue explains is the clause before them.
      if (opens > 1 && words[opens - 1]!.text === ',' && opensExamples(words, opens)) opens = clauseStart(words, opens - 2)
      const opened = clause(opens, i - 1) ?? compact(opens, i - 1)
      // "…, leading to “cost increases and schedule delays” due to technical difficulties": a clause that opens with a
      // forward cue has for its content what that cue leads to.
      const led = opened && /ing$/.test(words[opened.phrase.first]!.lower) ? cueAt(words, opened.phrase.first) : undefined
      const ledTo = led && led.cue.direction === 'forward' ? phraseAt(words, led.last + 1 + (QUOTE_MARKS.has(words[led.last + 1]?.text ?? '') ? 1 : 0), text) : undefined
      const clauseSide = ledTo && ledTo.last < i ? { text: phraseText(words, ledTo, text), s, phrase: ledTo } : opened
      // "Some of the activities are the result of abuses": after a copula the noun's effect is the clause's subject.
      const be = copulaBefore(words, i)
      const subject = be >= 0 ? phraseBefore(words, be, text, SKIP_BEFORE) : undefined
      const said = subject && side(climb(words, subject, text), be)
      // "the U.S. response to DPRK weapons transfers", "the quick response to the floods": a cue that opens on its own
      // noun names the noun phrase that noun heads by what it answers, and states no link of its own (nor of the
      // clause around it).
      // (A noun after a plural is a verb the tagger misread: "the request of the municipalities results from".)
      const misread = words[i - 1]?.pos === 'NOUN' && words[i - 1]!.lower !== words[i - 1]!.lemma.toLowerCase()
      // (Not a preposition of several words that opens with a noun, "thanks to": "prices rose thanks to …".)
      const own = words[i]!.pos === 'NOUN' && cue.words.length > 1 && !misread && !LEAD_CUES.has(cue.words.join(' ')) ? side(nounPhraseTo(words, i), i + 1) : undefined
      if (!said && own) {
        i = last
        continue
      }
      // "The infrastructure is in a state of disrepair because of …": a preposition's phrase after a copula is the
      // clause's predicate; what the cue explains is the clause, said compactly.
      const predicative = !!before && predicateOfCopula(words, before.first)
      const effect = said ?? (onObject || predicative ? undefined : side(hung, i)) ?? (clauseSide && !WH_RELATIVE.has(words[clauseSide.phrase.first]!.lower) ? clauseSide : undefined)
      push(cause, effect, cue.relation, printed, i)
      // "due mostly to a warming climate and [the development of a strong El Niño]": each of two coordinated causes.
      const second = afterPhrases[1]
      if (second && !object && !passive && agent) push(side(second), effect, cue.relation, printed, i)
    }
    i = last
  }
  return links
}

/** Words that open a list of examples: "such as …", "including …", "notably …" (data/causes.json listOpeners). */
function opensExamples(words: Word[], at: number): boolean {
  return (words[at]!.lower === 'such' && words[at + 1]?.lower === 'as') || words[at]!.lower === 'like' || INFINITIVE_LIST_OPENERS.has(words[at]!.lower)
}

/** Pronouns that stand for the subject of the clause before: "it" for one thing, "they" for several. */
const PRONOUN_PLURAL = new Map([['it', false], ['they', true]])

/**
 * "The drought hit farmers hard, and it raised food prices": a pronoun subject of the cue at `i`, opening a clause
 * joined by "and" or "but", stands for the subject of the clause before, when they agree in number ("it" for one
 * thing, "they" for several).
 */
function coordinatedSubject(words: Word[], i: number, text: string): Phrase | undefined {
  let k = i - 1
  while (k >= 0 && (SKIP_BEFORE.has(words[k]!.lower) || words[k]!.pos === 'AUX' || (words[k]!.pos === 'ADV' && words[k]!.lower.endsWith('ly')))) k--
  const plural = PRONOUN_PLURAL.get(words[k]?.lower ?? '')
  if (plural === undefined || !['and', 'but'].includes(words[k - 1]?.lower ?? '')) return undefined
  const at = subjectStartBefore(words, words[k - 2]?.text === ',' ? k - 2 : k - 1, text)
  const subject = at === undefined ? undefined : phraseAt(words, at, text)
  if (!subject) return undefined
  const head = headOf(words, subject)
  if (head.pos !== 'NOUN' || STOP.has(head.lower)) return undefined
  return (head.lower !== head.lemma.toLowerCase()) === plural ? subject : undefined
}

/** Back from `at` to the verb of its clause, a coordination ("and", "or") or a comma stands. */
function coordinatedBack(words: Word[], at: number): boolean {
  for (let k = at - 1; k >= 0 && !['VERB', 'AUX'].includes(words[k]!.pos); k--) if (words[k]!.pos === 'CCONJ' || words[k]!.text === ',') return true
  return false
}

/**
 * The clause a control cue ending at `last` governs when its object is someone who acts, named or said by a noun
 * of people or bodies, up to "to" and its verb ("led [many states and localities to change their rules]"); not a
 * thing ("led an experiment to combine …") nor a pronoun, which names no one on a slide.
 */
function agentObject(words: Word[], last: number): Phrase | undefined {
  let to = last + 1
  while (to < words.length && to <= last + 8 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART'].includes(words[to]!.pos) && words[to]!.lower !== 'to') to++
  if (words[to]?.lower !== 'to' || to === last + 1) return undefined
  const object = { first: last + 1, last: to - 1 }
  // ("forced schools to close", "caused prices to rise": any noun; "led many states to expand": someone who acts,
  // for "led an experiment to combine …" is no leading of anyone.)
  const anyone = !AGENT_ONLY.has(words[last]!.lemma.toLowerCase())
  const agent = words.slice(object.first, to).some((w) => w.pos === 'PROPN' || AGENT_NOUNS.has(w.lower) || AGENT_NOUNS.has(w.lemma) || (anyone && w.pos === 'NOUN'))
  return agent ? (controlledClause(words, last, object) ?? undefined) : undefined
}

/** Words that take an example out of a list (data/causes.json listOpeners): before an infinitive, an aim among others. */
const INFINITIVE_LIST_OPENERS = new Set<string>(DATA.causes.listOpeners as string[])
const MAKING = new Set<string>(DATA.causes.makingVerbs as string[])
const VOICED = new Map(Object.entries(DATA.causes.voicedObjects as Record<string, string[]>).map(([verb, heads]) => [verb, new Set(heads)]))

/**
 * The cue at word `at` is someone bringing its effect up, not changing it: "analysts raised concerns about …",
 * "issues raised by delegates" (data/causes.json voicedObjects). A situation that raises concerns ("the vote
 * raised concerns over rents") gives rise to them: a link.
 */
function voicedByActor(s: SentenceContext, words: Word[], cause: Side, effect: Side, at: number): boolean {
  const heads = VOICED.get(words[at]?.lemma.toLowerCase() ?? '')
  if (!heads || !words[effect.phrase.last]) return false
  const head = headOf(words, effect.phrase)
  if (!(heads.has(head.lemma.toLowerCase()) || heads.has(head.lower))) return false
  // ("issues raised by [delegates] in the assembly": the head says who, whatever follows it.)
  const who = words[cause.phrase.last] ? headOf(words, cause.phrase) : undefined
  return endsInActor(s, words, cause) || (!!who && (MAKERS.has(who.lower) || MAKERS.has(who.lemma.toLowerCase())))
}

/** The cue at word `at` is a verb of making (data/causes.json makingVerbs) whose cause, its subject, ends in an actor's name. */
function madeByActor(s: SentenceContext, words: Word[], cause: Side, at: number): boolean {
  const verb = words[at]
  // ("the Dalai Lama confirmed that the institution would continue": someone who confirms a thing says it; a
  // situation that confirms one, "North Korea's hostility confirms that sanctions fail", justifies it.)
  if (!verb || !(MAKING.has(verb.lemma.toLowerCase()) || SAYING_VERBS.has(verb.lower) || SAYING_VERBS.has(verb.lemma.toLowerCase()))) return false
  return endsInActor(s, words, cause)
}

/** Whether a side ends in an actor: a name the sentence mentions, or a noun of people or bodies ("organizations"). */
function endsInActor(s: SentenceContext, words: Word[], cause: Side): boolean {
  const last = words[cause.phrase.last]
  if (!last) return false
  // ("lists generated by organizations": a noun of people or bodies makes a thing as a name does.)
  if (MAKERS.has(last.lower) || MAKERS.has(last.lemma.toLowerCase())) return true
  // (A mention may stand for no token of the sentence: a writer's "we".)
  return s.mentions.some((m) => !!s.tokens[m.first] && !!s.tokens[m.last] && s.tokens[m.first]!.start <= last.start && last.end <= s.tokens[m.last]!.end)
}

/**
 * Whether a cue read as a noun ("a positive pathogen result in product testing does not mean …"), or a participle
 * opening its clause ("and improved management is put forward"), lies inside the
 * subject of a verb after it: the phrase after the cue runs straight into a finite verb, so the cue is no verb
 * of its own. A cue after a relative pronoun ("policies that drive up prices will …") is one.
 */
function insideSubject(words: Word[], i: number, after: Phrase | undefined): boolean {
  // "…, and improved groundwater management is often put forward": a participle opening its clause describes the subject.
  const opening = /ed$/.test(words[i]!.lower) && (i === 0 || ['CCONJ', 'PUNCT'].includes(words[i - 1]!.pos))
  // (Nor after its clause's own copula: "the activities are the result of abuses identified in reports".)
  if ((words[i]!.pos !== 'NOUN' && !opening) || !after || RELATIVE_OPENERS.has(words[i - 1]?.lower ?? '') || copulaBefore(words, i) >= 0) return false
  const next = words[after.last + 1]
  return !!next && (next.pos === 'AUX' || next.pos === 'VERB') && isFiniteVerb(words, after.last + 1)
}

const GROUNDS = (DATA.causes.grounds as string[]).map((g) => g.split(' '))
/** How far after a cue its object may run before "on the grounds that", in words. */
const MAX_GROUNDS_OBJECT = 8

/**
 * "on the grounds that" (data/causes.json grounds) within its clause after `from`: its first word and its "that".
 */
function groundsAfter(words: Word[], from: number): { first: number; that: number } | undefined {
  for (let k = from; k < words.length && k <= from + MAX_GROUNDS_OBJECT && words[k]!.pos !== 'PUNCT'; k++) {
    const g = GROUNDS.find((ws) => ws.every((w, j) => words[k + j]?.lower === w))
    if (g) return { first: k, that: k + g.length - 1 }
  }
  return undefined
}

/**
 * Whether the -ing cue at `i` opens a clause (after a comma or a conjunction) as the subject of a modal further on:
 * "…, but [slowing] growth and an aging population may challenge such goals", "…, [reducing] extraction and
 * allowing aquifers to recover could reduce subsidence". Such a gerund names an action the clause is about; it is
 * no participle saying what the clause before causes (", prompting the government to plan …" has no modal).
 */
function opensGerundSubject(words: Word[], i: number): boolean {
  const before = words[i - 1]
  if (!words[i]!.lower.endsWith('ing') || !before || !(before.text === ',' || before.pos === 'CCONJ')) return false
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k]!
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || RELATIVE_OPENERS.has(w.lower)) return false
    if (MODALS.has(w.lower) && w.pos === 'AUX') return true
  }
  return false
}


/** A backward cue that is a participle ("caused by", "driven by", "stems from"): it hangs on the noun before it. */
const PARTICIPLE = /^(?:\w+ed|\w+en|stems?|stemmed)$/

const LIGHT = new Set(DATA.causes.lightHeads as string[])
/** "make it harder for X to …" blocks, "make it easier for X to …" enables (data/causes.json makeItFor). */
const MAKE_IT = new Map(Object.entries(DATA.causes.makeItFor as Record<string, string[]>).flatMap(([relation, adjectives]) => adjectives.map((a) => [a, relation as CausalRelation] as const)))

/**
 * "make it difficult for new ticketers to enter the market" at word `i`: the relation its adjective states and
 * the clause after "for" (its subject, verb and a short object), or undefined.
 */
function makeItFor(words: Word[], i: number, text: string): { relation: CausalRelation; adjective: number; clause: Phrase } | undefined {
  if (words[i]!.lemma !== 'make' || !['VERB', 'AUX'].includes(words[i]!.pos) || words[i + 1]?.lower !== 'it') return undefined
  let k = i + 2
  while (['more', 'much', 'even', 'far', 'very', 'increasingly'].includes(words[k]?.lower ?? '')) k++
  const relation = MAKE_IT.get(words[k]?.lower ?? '')
  if (!relation || words[k + 1]?.lower !== 'for') return undefined
  const subject = phraseAt(words, k + 2, text)
  if (!subject || words[subject.last + 1]?.lower !== 'to' || words[subject.last + 2]?.pos !== 'VERB') return undefined
  const verb = subject.last + 2
  const object = phraseAt(words, verb + 1, text)
  const last = object && object.last - subject.first < 8 ? object.last : verb
  return { relation, adjective: k, clause: { first: subject.first, last } }
}

/** Adjectives of what is shown, not what changes: "makes the pattern clearer" (data/causes.json madeShown). */
const SHOWN = new Set(DATA.causes.madeShown as string[])
/** Statuses an act sets: "made the tax permanent" (data/causes.json setStates). */
const SET_STATES = new Set(DATA.causes.setStates as string[])
/** Words of degree before a comparative: "makes X [much] more exposed". */
const DEGREE = new Set(['much', 'even', 'far', 'ever', 'increasingly', 'significantly', 'considerably', 'very', 'so', 'too', 'highly', 'virtually', 'almost', 'nearly', 'practically'])
/** The longest object-and-state effect of "make X more Y", in words. */
const MAX_STATE_WORDS = 7

/**
 * "makes coastal cities more exposed to rising seas" at word `i`: the object, its state (the object, the
 * comparative, the adjective and a short complement: "to rising seas") and the relation: prompts (the state, said
 * with its comparative, is the effect), or for an adjective of makeItFor ("harder", "easier") blocks or enables
 * the object. A plain adjective ("made its business model unsustainable") is `plain`: the caller keeps it only where
 * no actor makes it. Undefined for no adjective after the object, or a status an act sets ("made the rule permanent").
 */
function madeComparative(words: Word[], i: number, text: string): { object: Phrase; state: { phrase: Phrase; adjective: number }; relation: CausalRelation; plain?: boolean } | undefined {
  let object = madeObject(words, i, text)
  if (!object) return undefined
  // "made the case for sanctions easy": the object's complement comes before the adjective.
  const of = ['for', 'of'].includes(words[object.last + 1]?.lower ?? '') ? phraseAt(words, object.last + 2, text) : undefined
  if (of && MAKE_IT.has(words[of.last + 1]?.lower ?? '')) object = { first: object.first, last: of.last }
  let k = object.last + 1
  while (DEGREE.has(words[k]?.lower ?? '')) k++
  const degree = words[k]?.lower
  const marked = degree === 'more' || degree === 'less'
  const adjective = marked ? k + 1 : k
  const a = words[adjective]
  // An adjective, or a participle read as a verb ("more exposed").
  if (!a || !(a.pos === 'ADJ' || (marked && a.pos === 'VERB' && /(?:ed|en)$/.test(a.lower)))) return undefined
  // "makes these patterns clearer" shows something, it changes nothing.
  if (SHOWN.has(a.lower)) return undefined
  // "have made its business model unsustainable": a plain adjective states a new state too, which the caller keeps
  // only where no actor makes it (an act: "the agency made the rule permanent") and no aim does ("to make X Y").
  const plain = !MAKE_IT.has(a.lower) && !marked && !comparative(a)
  // ("the claim that making an accessible mode available …": nor a gerund's, which names an act; nor a status an act
  // sets: "the reform made the tax permanent", data/causes.json setStates.)
  if (plain && (a.pos !== 'ADJ' || SET_STATES.has(a.lower) || words[i - 1]?.lower === 'to' || words[i]!.lower.endsWith('ing'))) return undefined
  const relation: CausalRelation = MAKE_IT.get(a.lower) ?? 'prompts'
  // "to rising seas", "for small firms": a short complement of the adjective.
  const complement = words[adjective + 1]?.pos === 'ADP' || words[adjective + 1]?.lower === 'to' ? phraseAt(words, adjective + 2, text) : undefined
  const last = complement && complement.last - object.first <= MAX_STATE_WORDS ? complement.last : adjective
  return { object, state: { phrase: { first: object.first, last }, adjective }, relation, ...(plain ? { plain } : {}) }
}

/** The object of the verb "make" at word `i`, a noun phrase (not a pronoun: "make it …"); undefined for another word. */
function madeObject(words: Word[], i: number, text: string): Phrase | undefined {
  if (words[i]!.lemma !== 'make' || words[i]!.pos !== 'VERB') return undefined
  const object = phraseAt(words, i + 1, text)
  return object && words[object.first]!.pos !== 'PRON' ? object : undefined
}

/**
 * "would make the planned pipeline cross Turkish waters" at word `i`: the object and the bare verb after it, with a
 * short object of its own ("families cut spending"), as one clause; undefined for a gerund ("making …", an act), an aim
 * ("to make …"), a pronoun object ("make it …") or no bare verb after the object.
 */
function madeDo(words: Word[], i: number, text: string): Phrase | undefined {
  if (words[i]!.lower.endsWith('ing') || words[i - 1]?.lower === 'to') return undefined
  const object = madeObject(words, i, text)
  if (!object) return undefined
  const verb = words[object.last + 1]
  if (!verb || verb.pos !== 'VERB' || verb.lower !== verb.lemma.toLowerCase()) return undefined
  const after = phraseAt(words, object.last + 2, text)
  const last = after && after.last - object.first <= MAX_STATE_WORDS ? after.last : object.last + 1
  return { first: object.first, last }
}

/**
 * "keep X in check" at word `i`: its object and the index of "check"; in the passive with its agent ("was kept
 * in check by"), no object and "check" right before "by". Undefined otherwise.
 */
function inCheck(words: Word[], i: number, text: string): { object?: Phrase; end: number } | undefined {
  if (words[i]!.lemma !== 'keep' || words[i]!.pos !== 'VERB') return undefined
  if (words[i + 1]?.lower === 'in' && words[i + 2]?.lower === 'check') return words[i + 3]?.lower === 'by' ? { end: i + 2 } : undefined
  const object = phraseAt(words, i + 1, text)
  return object && words[object.last + 1]?.lower === 'in' && words[object.last + 2]?.lower === 'check' ? { object, end: object.last + 2 } : undefined
}

/** Whether the phrase's head says little but through its complement: "the spectre of …", "the likelihood that …". */
function isLight(words: Word[], p: Phrase): boolean {
  return LIGHT.has(headOf(words, p).lemma) || LIGHT.has(headOf(words, p).lower)
}

/**
 * The complement of a light head when it names a situation: "the spectre of a return to a major civil war" →
 * "a return to a major civil war"; "the risk of war" stays (one noun is no situation).
 */
function lightTail(words: Word[], p: Phrase, text: string): Phrase {
  if (!isLight(words, p)) return p
  const of = words.findIndex((w, k) => k > p.first && k <= p.last && w.lower === 'of')
  if (of < 0) return p
  const tail = phraseAt(words, of + 1, text)
  if (!tail) return p
  const full = withComplement(words, tail, text)
  const content = words.slice(full.first, full.last + 1).filter((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(w.pos))
  return content.length >= 2 ? tail : p
}

/**
 * A generic noun followed by its example stands for the example: "changes such as turf algae growth" → "turf
 * algae growth", "problems such as crop failures" → "crop failures".
 */
function examplesOf(words: Word[], p: Phrase, text: string): Phrase {
  const head = headOf(words, p)
  if (!(GENERIC.has(head.lower) || GENERIC.has(head.lemma)) || words[p.last + 1]?.lower !== 'such' || words[p.last + 2]?.lower !== 'as') return p
  return phraseAt(words, p.last + 3, text) ?? p
}

/** Nouns of a change in amount: their complement says what changes (data/causes.json changeHeads). */
const CHANGE = new Set(DATA.causes.changeHeads as string[])

/** Prepositions whose phrase completes a noun that says little alone: "harm to victims", "investments in minerals". */
const COMPLEMENTS = new Set(['in', 'within', 'on', 'for', 'to', 'against', 'with', 'over', 'between', 'among', 'into', 'through'])

/**
 * A phrase that is one common noun ("harm", "investments") with the prepositional phrase after it that says of
 * what: "harm to victims". Not a phrase of time or a generic one ("an attack in recent days").
 */
function withComplement(words: Word[], p: Phrase, text: string): Phrase {
  const content = words.slice(p.first, p.last + 1).filter((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(w.pos))
  const preposition = words[p.last + 1]?.lower ?? ''
  if (content.length > 2 || headOf(words, p).pos !== 'NOUN' || !COMPLEMENTS.has(preposition)) return p
  let tail = phraseAt(words, p.last + 2, text)
  // "federal resources for [emergency feeding organizations]": a generic noun's complement goes on over a
  // compound's -ing word, else it would be cut inside its compound.
  const generic = genericOnly(words, p)
  if (tail && generic && words[tail.last + 1]?.pos === 'VERB' && words[tail.last + 1]!.lower.endsWith('ing') && words[tail.last + 2]?.pos === 'NOUN') {
    let last = tail.last + 2
    while (words[last + 1]?.pos === 'NOUN') last++
    tail = { first: tail.first, last }
  }
  // A name of several words is not cut: "resources for [the Bureau of Industry and Security]".
  if (!tail || tail.last - p.last > (endsInName(words, tail) ? MAX_NAME_COMPLEMENT : MAX_COMPLEMENT)) return p
  const head = headOf(words, tail)
  // Who a compound is for or against, when the complement picks a group out: "capability development for [less
  // sophisticated actors]" (an adjective before a plural noun); "the waiting period for filers" names no one more
  // than "the waiting period", and "oil prices in March" is no one's.
  const whom = BENEFICIARY.has(preposition) && head.pos === 'NOUN' && head.lower !== head.lemma && words.slice(tail.first, tail.last + 1).some((w) => w.pos === 'ADJ')
  if (content.length === 2 && content[0]!.pos !== 'ADJ' && !whom) return p
  // An adjective and its noun ("major conflict") take only a name where it happens: "… in Lebanon"; a change
  // says what changes whatever its adjective ("a net decrease in required capital"); an adjective that only grades
  // ("clear incentives") names nothing without it.
  if (content.length === 2 && content[0]!.pos === 'ADJ' && !CHANGE.has(headOf(words, p).lemma) && !EVALUATIVE.has(content[0]!.lower) && !generic && !(head.pos === 'PROPN' && tail.last === p.last + 2 + (words[p.last + 2]!.pos === 'DET' ? 1 : 0))) return p
  return GENERIC.has(head.lower) || GENERIC.has(head.lemma) || STOP.has(head.lower) ? p : { first: p.first, last: tail.last }
}

/** Nouns that say nothing without their complement (data/causes.json complementHeads): "efforts", "effect", "legislation". */
const COMPLEMENT_HEADS = new Set(DATA.causes.complementHeads as string[])
/** Nouns of ability, completed by what one is able to do (data/causes.json abilityHeads). */
const ABILITY_HEADS = new Set(DATA.causes.abilityHeads as string[])

function isGeneric(w: Word): boolean {
  return w.pos === 'NOUN' && (COMPLEMENT_HEADS.has(w.lower) || COMPLEMENT_HEADS.has(w.lemma))
}

/**
 * Whether the word at `i` is an adjective, or a capital of position read as a name ("Subsequent legislation"
 * opening a sentence: the word alone, in lower case, is an adjective).
 */
function adjectival(words: Word[], i: number): boolean {
  const w = words[i]!
  if (w.pos === 'ADJ') return true
  return w.pos === 'PROPN' && i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w.text) && tagWords(w.lower)[0]?.pos === 'ADJ'
}

/**
 * Whether a phrase is a noun that needs its complement with adjectives only ("foreign efforts", "a budgetary
 * effect", "Subsequent legislation"): no noun, name, number or owner says whose or which, so it names no situation.
 */
export function genericOnly(words: Word[], p: Phrase): boolean {
  const head = headOf(words, p)
  // "other countries": the others of one the sentence names (the deterred, besides China), not a kind of thing.
  if (!isGeneric(head) || words.slice(p.first, p.last + 1).some((w) => w.lower === 'other')) return false
  for (let i = p.first; i <= p.last; i++) {
    const w = words[i]!
    if (w === head || w.pos === 'DET' || w.pos === 'ADV' || adjectival(words, i)) continue
    if (w.pos === 'PUNCT' && JOINED.has(w.text)) continue
    return false
  }
  return true
}

/**
 * A generic noun with adjectives only and the complement that says of what (`withComplement` takes a prepositional
 * one): an infinitive with its object or prepositional phrase, "foreign efforts [to interfere in the elections]";
 * the phrase as it is when none follows or it runs longer than MAX_COMPLEMENT words.
 */
function withInfinitive(words: Word[], p: Phrase, text: string): Phrase {
  // "the Army's ability [to track missiles]": a noun of ability is nothing without what it is able to do, whoever's it is.
  const able = ABILITY_HEADS.has(headOf(words, p).lemma.toLowerCase())
  if (!(able || genericOnly(words, p)) || words[p.last + 1]?.lower !== 'to' || words[p.last + 2]?.pos !== 'VERB' || words[p.last + 2]!.lower !== words[p.last + 2]!.lemma) return p
  const verb = p.last + 2
  const object = words[verb + 1]?.pos === 'ADP' ? phraseAt(words, verb + 2, text) : phraseAt(words, verb + 1, text)
  const last = object ? object.last : verb
  return last - p.last <= MAX_COMPLEMENT ? { first: p.first, last } : p
}

const DOUBLE_OBJECT = new Set(DATA.causes.doubleObjectVerbs as string[])

/**
 * The label of two objects read as one phrase after a verb that takes both ("causing [Kyiv] [real problems]"): what
 * the second names is the first's, "Kyiv's real problems"; undefined when the phrase is no such pair. The first is a
 * name and the second opens with a word no name's modifier is ("US military presence" after "causing" reads the same
 * either way: the US's military presence).
 */
function recipientOwned(words: Word[], p: Phrase, text: string): string | undefined {
  let v = p.first - 1
  while (v >= 0 && words[v]!.pos === 'ADV') v--
  if (!DOUBLE_OBJECT.has(words[v]?.lemma ?? '') || words[v]!.pos !== 'VERB') return undefined
  let k = p.first
  while (k < p.last && words[k]!.pos === 'PROPN') k++
  if (k === p.first || words[k - 1]!.pos !== 'PROPN' || !['ADJ', 'DET'].includes(words[k]!.pos)) return undefined
  const name = text.slice(words[p.first]!.start, words[k - 1]!.end)
  const rest = phraseText(words, { first: k, last: p.last }, text)
  return `${name}'s ${rest}`
}

/** The longest complement a noun takes, in words past the noun; a complement ending in a name of several words may run longer. */
const MAX_COMPLEMENT = 6
const MAX_NAME_COMPLEMENT = 9
/** Prepositions whose phrase says whom a thing is for or against (data/causes.json beneficiaryPrepositions). */
const BENEFICIARY = new Set(DATA.causes.beneficiaryPrepositions as string[])
/** Adjectives that grade or judge, not classify (data/causes.json evaluativeModifiers): "clear", "vast", "typical". */
const EVALUATIVE = new Set(DATA.causes.evaluativeModifiers as string[])

/** Whether a phrase ends in a name of two capitalised words or more, joined by "of" or "and" ("Bureau of Industry and Security"). */
function endsInName(words: Word[], p: Phrase): boolean {
  let k = p.last
  let names = 0
  while (k >= p.first && (words[k]!.pos === 'PROPN' || (['of', 'and'].includes(words[k]!.lower) && words[k - 1]?.pos === 'PROPN'))) {
    if (words[k]!.pos === 'PROPN') names++
    k--
  }
  return names >= 2
}

/**
 * Whether a phrase says only how much or how good a thing is, of one common noun: evaluative adjectives and that
 * noun ("clear incentives", "typical safeguards"), or a quantity of it ("vast amounts of data"); no name, no other
 * noun or classifying adjective says which.
 */
export function gradedOnly(words: Word[], p: Phrase): boolean {
  const span = words.slice(p.first, p.last + 1)
  if (span.some((w) => w.pos === 'PROPN' || w.pos === 'NUM' || (w.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(w.lower)) || /^['’]s$/.test(w.lower))) return false
  // "vast amounts of data": a generic noun of quantity, then what it counts.
  const of = span.findIndex((w) => w.lower === 'of')
  const graded = (list: Word[]) => {
    const content = list.filter((w) => ['NOUN', 'ADJ', 'VERB'].includes(w.pos))
    const nouns = content.filter((w) => w.pos === 'NOUN')
    return nouns.length === 1 && content.every((w) => w.pos === 'NOUN' || EVALUATIVE.has(w.lower) || DROP_MODIFIERS.has(w.lower))
  }
  if (of > 0) {
    const head = span[of - 1]!
    return graded(span.slice(0, of)) && span.slice(0, of).some((w) => EVALUATIVE.has(w.lower)) && (GENERIC.has(head.lower) || GENERIC.has(head.lemma)) && span.slice(of + 1).filter((w) => ['NOUN', 'ADJ', 'VERB'].includes(w.pos)).length === 1
  }
  return graded(span) && span.some((w) => EVALUATIVE.has(w.lower))
}
const DROP_MODIFIERS = new Set(DATA.causes.dropModifiers as string[])

/**
 * Where the clause that ends at `at` begins: after the last comma, semicolon or conjunction before it, after "how",
 * "whether" or "why", or after the verb of saying whose clause it is ("The report says [the decline is due to …]":
 * "that" left out).
 */
function clauseStart(words: Word[], at: number): number {
  // ("Violence has risen since 2021 due to …": a subordinator with no verb after it is a preposition of the clause.)
  const opensClause = (k: number) => words.slice(k + 1, at + 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')
  for (let k = at; k >= 0; k--) if ([',', ';', ':'].includes(words[k]!.text) || ((words[k]!.pos === 'SCONJ' || CONTENT_WH.has(words[k]!.lower)) && opensClause(k)) || saysClause(words, k, at)) return k + 1
  return 0
}

/** Words that open a clause a verb takes for its object: "detailed [how] shipping has declined due to …". */
const CONTENT_WH = new Set(['how', 'whether', 'why'])

/** Where the clause that starts at `from` ends: before the next comma, semicolon, dash, conjunction or subordinate clause. */
function clauseEnd(words: Word[], from: number): number {
  for (let k = from; k < words.length; k++) if ([',', ';', ':', '—', '–', '.'].includes(words[k]!.text) || (words[k]!.pos === 'CCONJ' && k > from + 2) || (words[k]!.pos === 'SCONJ' && k > from)) return k - 1
  return words.length - 1
}

const AS_CHANGES = new Set(DATA.causes.asChanges as string[])

/**
 * Whether the clause from `first` to `last` says that something grows or speeds up: a verb of change
 * ("accelerated", "has intensified", data/causes.json asChanges) or "become" before a comparative ("has become
 * more divisive").
 */
function changesIn(words: Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = words[k]!
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue
    if (AS_CHANGES.has(w.lemma.toLowerCase()) && w.pos === 'VERB') return true
    if (w.lemma === 'become' && (words[k + 1]?.lower === 'more' || /er$/.test(words[k + 1]?.lower ?? '') && words[k + 1]!.pos === 'ADJ')) return true
  }
  return false
}

/**
 * The noun phrase that the noun at `i` ends: its determiner, modifiers and owner before it ("the U.S. response"), not
 * what an "of" before it hangs on (phraseBefore would reach back over it: "[part of] the response").
 */
function nounPhraseTo(words: Word[], i: number): Phrase {
  let first = i
  while (first > 0 && (NOUN_PHRASE_WORDS.has(words[first - 1]!.pos) || POSSESSIVE_MARKS.has(words[first - 1]!.text))) first--
  return { first, last: i }
}
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/**
 * The copula before the noun cue at `i` and its article, over adverbs and adjectives ("are [largely] the [direct]
 * result of", "was a response to"); -1 when there is none.
 */
function copulaBefore(words: Word[], i: number): number {
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADJ') k--
  if (!['the', 'a', 'an'].includes(words[k]?.lower ?? '')) return -1
  k--
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  return words[k]?.pos === 'AUX' && words[k]!.lemma === 'be' && words[i]!.pos === 'NOUN' ? k : -1
}

/** How many words a predicate after "be" may run before the phrase a backward cue follows: "in a state of [disrepair]". */
const MAX_PREDICATE_WORDS = 8
/**
 * The phrase at `first` ends a predicate that a preposition opens right after "be" (adverbs between): "is [at high
 * risk for] payment errors", "is [in a state of] disrepair".
 */
function predicateOfCopula(words: Word[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - MAX_PREDICATE_WORDS; k--) {
    const w = words[k]!
    if (w.pos === 'ADP') {
      let b = k - 1
      while (b >= 0 && words[b]!.pos === 'ADV') b--
      if (words[b]?.pos === 'AUX' && words[b]!.lemma === 'be') return true
      continue
    }
    if (!['DET', 'ADJ', 'NOUN', 'NUM'].includes(w.pos)) return false
  }
  return false
}

/** The relation a cue states of a quantity's fall, when it is read of the quantity: rises and falls swap. */
const OPPOSITE: Partial<Record<CausalRelation, CausalRelation>> = { increases: 'reduces', reduces: 'increases' }
/** Relations after which their effect is less than it was: a link that carries on from it is read through the fall. */
const FALLS = new Set<CausalRelation>(['reduces', 'blocks'])
/**
 * People, named by what they are or do ("consumers", "civilians", "farmers"; data/actors.json civilNouns and
 * groupNouns), and their lives: what lessens them harms them. (Not a population, which a cause may well lessen.)
 */
const PEOPLE = new Set([...(DATA.actors.civilNouns as string[]), ...(DATA.actors.groupNouns as string[]), 'lives'].filter((n) => !/^populations?$/.test(n)))
/** One-word cues of a fall ('lower', 'reduce', 'cut'; data/causes.json relations.reduces). */
const LOWERING = new Set((DATA.causes.relations.reduces.forward as string[]).filter((c) => !c.includes(' ')))
/** Verbs by which a quantity falls by itself: "decline", "drop" (data/causes.json fallVerbs). */
const FALLING = new Set(DATA.causes.fallVerbs as string[])

/**
 * Whether `cause` is what a verb of falling acts on and the cue at `i` hangs on it by ", which": "will lower
 * banks' funding costs, which could increase …" (the verb may be read as an adjective after a modal).
 */
function loweredBefore(words: Word[], cause: Phrase, i: number): boolean {
  // "the supply of kerosene-derived aviation fuel might lessen, increasing costs for airlines": the subject of a verb
  // of falling, its clause closed by the comma before the cue.
  // ("Demand for coal declined sharply, reducing …": past the rest of the subject's phrase.)
  let v = cause.last + 1
  while (v < i && words[v]!.pos !== 'VERB' && words[v]!.pos !== 'PUNCT') v++
  const falls = words[v]?.pos === 'VERB' && (LOWERING.has(words[v]!.lemma) || FALLING.has(words[v]!.lemma))
  let c = v + 1
  while (c < i && words[c]!.pos === 'ADV') c++
  if (falls && words[c]?.text === ',' && c + 1 === i && words[i]!.lower.endsWith('ing')) return true
  let k = cause.first - 1
  while (k >= 0 && words[k]!.pos === 'DET') k--
  const verb = words[k]
  if (!verb || !(LOWERING.has(verb.lemma) || LOWERING.has(verb.lower))) return false
  let j = cause.last + 1
  while (j < i && (words[j]!.text === ',' || QUOTES.has(words[j]!.text))) j++
  return j > cause.last + 1 && words[cause.last + 1]!.text === ',' && words[j]?.lower === 'which'
}

/** Whether the comma at `comma` closes a phrase opening the sentence with a preposition or a conjunction ("In cases …,"). */
function leadingPhraseBefore(words: Word[], comma: number): boolean {
  return ['ADP', 'SCONJ'].includes(words[0]?.pos ?? '') && !words.slice(1, comma).some((w) => w.text === ',')
}

/** Particles that make a verb one of motion after its object: "drove the traders out", "pushed the rebels back". */
const MOTION_PARTICLES = new Set(['out', 'away', 'off', 'back'])
/** Cues that also move what they act on ("drove investors to gold"): data/causes.json motionVerbs. */
const MOTION_VERBS = new Set(DATA.causes.motionVerbs as string[])
const OWN_ACTS = new Set(DATA.causes.ownActs as string[])

/** Adverbs of time that may close a participle phrase after a noun: "the levies imposed today". */
const TIME_ADVERBS = new Set(['today', 'yesterday', 'recently', 'now', 'earlier', 'lately'])

/**
 * The cause of a forward cue at word `i`: the noun phrase right before it; through a relative pronoun ("X,
 * which threatens"), a purpose ("capabilities aimed at deterring"), a copula or "as" ("X were highlighted as a
 * major threat to"); or, for "by …ing" and ", …ing", the subject of the clause.
 */
function causeBefore(words: Word[], i: number, text: string): Phrase | undefined {
  let k = i - 1
  while (k >= 0 && (SKIP_BEFORE.has(words[k]!.lower) || (words[k]!.pos === 'ADV' && words[k]!.lower.endsWith('ly')))) k--
  // "The levy can help (to) curb demand": a cue in the bare infinitive after "help" has the helper's cause.
  if (words[k]?.lemma === 'help' && words[k]!.pos === 'VERB' && words[i]!.lower === words[i]!.lemma && k >= i - 2) return causeBefore(words, k, text)
  // 'a heat wave called “the blob,” set off': a quotation closed after the comma.
  if (words[k]?.pos === 'PUNCT' && QUOTES.has(words[k]!.text) && words[k - 1]?.text === ',') k--
  // "a war that has [since] created …", ", which could in turn hinder …": a relative clause's auxiliaries stand
  // between its pronoun and the cue.
  let r = k
  while (r > 0 && (words[r]!.pos === 'AUX' || (words[r]!.pos === 'ADV' && r < k))) r--
  if (r < k && words[k]!.pos === 'AUX' && RELATIVE_OPENERS.has(words[r]!.lower)) k = r
  const w = words[k]
  if (!w) return undefined
  // ", which threatens Beijing": the phrase before the comma.
  // A quotation closed before the comma or after it: 'a "Second Request," which extends'.
  // "In cases involving X, that may make it difficult …": "that" after the comma closing a leading phrase is the
  // main clause's subject, a demonstrative, not a relative pronoun of the phrase before; it names nothing here.
  if (w.lower === 'that' && words[k - 1]?.text === ',' && leadingPhraseBefore(words, k - 1)) return undefined
  if (RELATIVE_OPENERS.has(w.lower)) {
    let j = k
    while (QUOTES.has(words[j - 1]?.text ?? '') || words[j - 1]?.text === ',') j--
    let p = phraseBefore(words, j, text, SKIP_BEFORE)
    // "broad consent, added by the final rule, which allows …": the clause tells of the noun before the participle
    // aside, not of the aside's agent.
    if (p && words[j]?.text === ',' && words[p.first - 1]?.pos === 'ADP' && words[p.first - 2]?.pos === 'VERB' && /(?:ed|en)$/.test(words[p.first - 2]!.lower) && words[p.first - 3]?.text === ',') p = phraseBefore(words, p.first - 3, text, SKIP_BEFORE) ?? p
    // "a suite of tools, including GenAI, which enable …": nor of an example given in an aside.
    else if (p && words[j]?.text === ',' && words[p.first - 1]?.lower === 'including' && words[p.first - 2]?.text === ',') p = phraseBefore(words, p.first - 2, text, SKIP_BEFORE) ?? p
    // "will lower banks' funding costs, which …": the verb read as an adjective is no part of the phrase.
    if (p && p.first < p.last && afterModal(words, p.first)) p = { first: p.first + 1, last: p.last }
    // The object of a preposition of place or direction is where the thing is, not the thing: "a [road] from the
    // highway to the district that would enable …", "[deficiencies] in foreign markets that could damage …".
    // (Not the "from" of a verb that keeps its object from something: "free 1,800 employees from [agreements] that
    // limit …".)
    if (p && PLACES.has(words[p.first - 1]?.lower ?? '') && !separatedFrom(words, p.first - 1, text)) return climb(words, p, text)
    // Without a comma the clause tells which thing it means, the nearest: "relatedness of [the pathogen] that
    // caused the illness", "a track record of building [infrastructure] that improves lives"; not after a light
    // head ("the loss of kelp that …").
    return p && words[k - 1]?.text !== ',' ? nearestOf(words, p, text) : p
  }
  // "capabilities aimed at deterring", "defence systems designed to deter".
  if (['at', 'to'].includes(w.lower) && AIMED.has(words[k - 1]?.lower ?? '')) return phraseBefore(words, k - 1, text, SKIP_BEFORE)
  // "X were highlighted as a major threat to", "X is a threat to".
  if (['as', 'a', 'an', 'the'].includes(w.lower) || w.pos === 'AUX') return subjectBefore(words, k, text)
  // "…: by increasing X", ", threatening X": what the clause says causes it — its subject, verb and object
  // when they make a short situation ("Yemeni and Saudi forces have launched a counteroffensive"), else its subject.
  // Not a relative clause's ("tasks where machines give the largest gains, amplifying output": the participle
  // goes with the main clause, whose doing the relative clause only places).
  if (words[i]!.lower.endsWith('ing') && (w.lower === 'by' || w.text === ',' || w.text === ':' || w.lower === 'while' || w.lower === 'thereby' || (w.lower === 'thus' && words[k - 1]?.text === ',')))
    // "is accelerating approvals by reducing testing": "by" names the means, which the subject uses; what the main
    // clause says is its purpose, not its cause.
    // A clause with a finite verb is no situation: the act or ongoing change said without it ("Parts of the city
    // sinking"), else the subject alone ("[oil prices] surged, pushing up …", "[runoff] can flow into rivers,
    // causing blooms"), never a passive's or a copula's (it is acted on, or described).
    return relativeClauseBefore(words, k, text) ? undefined : w.lower === 'by' ? subjectBefore(words, k, text) : (mainClauseBefore(words, k, text) ?? (actsAsSubject(words, k) ? clauseSubject(words, subjectBefore(words, k, text)) : undefined))
  // "statements are irresponsible and cause harm": a verb coordinated with an earlier one shares its subject;
  // the last of a series shares the first's ("tickets can drive up prices, mislead consumers, and result in
  // losses"; "a MOU that will secure supplies, promote partnerships, and increase resilience").
  if (w.pos === 'CCONJ') {
    // "practices alleged to diminish or weaken X": the second of two infinitives has the first's cause.
    const to = infinitiveTo(words, i)
    if (to >= 0 && to !== i - 1) return causeBefore(words, to + 1, text)
    const first = seriesStart(words, k)
    if (first !== undefined) return causeBefore(words, first, text)
    // "institutions that abuse the financial system and undermine sanctions programs": a verb coordinated with a
    // relative clause's verb has the clause's subject, the noun the clause describes.
    const opener = relativeOpenerBefore(words, k)
    if (opener >= 0) return causeBefore(words, opener + 1, text)
    // "this regulatory regime hampers A, B, and C, and discourages D": after the last item of a list of objects
    // (", and C,"), the verb shares the subject of the verb whose objects the list names.
    const listComma = words[k - 1]?.text === ',' ? words.findLastIndex((x, j) => j < k - 1 && x.text === ',') : -1
    if (listComma > 0 && ['and', 'or'].includes(words[listComma + 1]?.lower ?? '')) {
      const verb = words.findLastIndex((_, j) => j < listComma && isFiniteVerb(words, j))
      if (verb >= 0) return causeBefore(words, verb, text)
    }
    return subjectBefore(words, k - 1, text)
  }
  // "Witness intimidation, including suspicious deaths, marred …", "In both countries, narratives centred on
  // identity, galvanised …": a verb after a comma has its subject before an aside, or opening the clause.
  // A cue the tagger read as a noun or an adjective is a verb here: ", still in its infancy, fuels depression".
  // A verb form the tagger cannot tell finite ("set off") takes a subject over an aside too, when that subject
  // opens its clause (not the object of a verb or a preposition: "divest [13 agreements], provide …, allow").
  if (w.text === ',') {
    const subject = subjectOverComma(words, k, text)
    if (isFiniteVerb(words, i) || ['NOUN', 'ADJ'].includes(words[i]!.pos)) return subject
    const opens = subject && (subject.first === 0 || ['PUNCT', 'CCONJ'].includes(words[subject.first - 1]!.pos))
    if (opens && words[i - 1]?.lower !== 'to') return subject
  }
  // "The levies imposed today make …": a time adverb closing a participle after the subject.
  if (TIME_ADVERBS.has(w.lower) && words[k - 1]?.pos === 'VERB' && /ed$/.test(words[k - 1]!.lower) && words[k - 2]?.pos === 'NOUN') return phraseBefore(words, k - 1, text, SKIP_BEFORE)
  const before = phraseBefore(words, k + 1, text, SKIP_BEFORE)
  // ("systems put in place since the September 11, 2001 attacks had made …": not the time's phrase, but what it
  // hangs on, when that can be told: "Outside pressure before an election tends to …".)
  if (before && timeObject(words, before.first)) {
    const up = climb(words, before, text)
    return up && up.first < before.first ? up : undefined
  }
  if (isFiniteVerb(words, i)) {
    const head = relativeHead(words, before ? before.first : k + 1, text)
    if (head || !before) return head
    return climb(words, before, text)
  }
  // "presence in response to the test would jeopardise": the verb's subject is the phrase the object hangs on.
  return before && k < i - 1 ? climb(words, before, text) : before
}

/**
 * The subject of a verb right after the comma at `comma`: the phrase before an aside that opens with a
 * participle or a preposition ("Witness intimidation, [including suspicious deaths,] marred"), or the phrase
 * opening the clause after a leading prepositional phrase, with a participle phrase after it ("In both Serbia
 * and Kosovo, [political narratives] centred on ethnic identities, galvanised"); else undefined.
 */
function subjectOverComma(words: Word[], comma: number, text: string): Phrase | undefined {
  const open = asideStart(words, comma + 1)
  if (open === comma + 1) return undefined
  const opening = openingPhrase(words, open, comma, text)
  if (opening) return opening
  const first = words[open + 1]!
  // "fear of dislocations brought about by the revolution, [still in its infancy,] fuels": an adverb before a preposition too.
  // A verb opening the aside is a participle ("including", "combined with"), not a verb of a series ("provide").
  const participle = first.pos === 'VERB' && /(?:ing|ed|en|wn)$/.test(first.lower)
  if (participle || ['ADP', 'ADJ'].includes(first.pos) || first.lower === 'like' || (first.pos === 'ADV' && words[open + 2]?.pos === 'ADP')) {
    const p = phraseBefore(words, open, text, SKIP_BEFORE)
    return p && climb(words, p, text)
  }
  return undefined
}

/**
 * The phrase opening the clause after a leading prepositional phrase (from the comma at `open` to the one at
 * `comma`), with a participle phrase after it: "In both Serbia and Kosovo, [political narratives] centred on …,".
 */
function openingPhrase(words: Word[], open: number, comma: number, text: string): Phrase | undefined {
  // A preposition at the sentence's start, nothing but the phrase before the comma.
  if (words[0]!.pos !== 'ADP' || words.slice(1, open).some((x) => ['VERB', 'AUX', 'SCONJ'].includes(x.pos))) return undefined
  const p = phraseAt(words, open + 1, text)
  const next = p && words[p.last + 1]
  return p && next && next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower) && !words.slice(p.last + 1, comma).some((x) => x.pos === 'AUX') ? p : undefined
}

const QUOTES = new Set(['"', '”', '’', "'"])
/** Quotation marks inside an aside: 'combined with a heat wave called “the blob,”'. */
const QUOTE_MARKS = new Set(['"', '“', '”'])
const LOSS_HEADS = new Set(DATA.causes.lossHeads as string[])

/** The last "of" phrase of `p` ("relatedness of the pathogen" → "the pathogen"), unless its head says little alone. */
function nearestOf(words: Word[], p: Phrase, text: string): Phrase {
  const of = words.findLastIndex((w, k) => k > p.first && k < p.last && w.lower === 'of')
  if (of < 0) return p
  const head = phraseBefore(words, of, text, new Set())
  if (head && (isLight(words, head) || LOSS_HEADS.has(headOf(words, head).lemma))) return p
  return phraseAt(words, of + 1, text) ?? p
}

/** How far back a relative clause between a subject and its verb is looked for, in words. */
const MAX_RELATIVE_WORDS = 12

/**
 * The subject of a verb whose nearest words (before `end`) end a relative clause: "policies that prevent tickets from being
 * transferred to another individual can limit" → the policies; "a leader who refuses to stop talking about
 * unrelated issues eventually creates" → the leader.
 */
function relativeHead(words: Word[], end: number, text: string): Phrase | undefined {
  const k = relativePronounBefore(words, end)
  if (k < 0) return undefined
  const verb = words.slice(k + 1, end).some((_, j) => isFiniteVerb(words, k + 1 + j))
  return verb ? phraseBefore(words, k, text, SKIP_BEFORE) : undefined
}

/**
 * The index of the relative pronoun ("that", "which", "who", right after a noun, its verb right after it) whose
 * clause the conjunction at `conj` goes on, within MAX_RELATIVE_WORDS and no mark between; -1 when there is none.
 */
function relativeOpenerBefore(words: Word[], conj: number): number {
  const k = relativePronounBefore(words, conj)
  if (k < 0) return -1
  // The pronoun is the clause's subject: its verb follows it ("charges that [ACT's deal] is … and will lead" is a
  // clause said, whose own subject does the leading).
  let v = k + 1
  while (v < conj && ['AUX', 'ADV', 'PART'].includes(words[v]!.pos) && !isFiniteVerb(words, v)) v++
  return v < conj && isFiniteVerb(words, v) && ['NOUN', 'PROPN'].includes(words[k - 1]?.pos ?? '') ? k : -1
}

/** The nearest relative pronoun before `end`, within MAX_RELATIVE_WORDS and no mark or subordinator between; -1 when none. */
function relativePronounBefore(words: Word[], end: number): number {
  for (let k = end - 1; k >= 0 && k >= end - MAX_RELATIVE_WORDS; k--) {
    const w = words[k]!
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ') return -1
    if (RELATIVE_OPENERS.has(w.lower) && w.pos === 'PRON') return k
  }
  return -1
}

/** The phrase joined to `p` by "and" or "or" before it: "sea star wasting disease and the kelp declines created". */
function conjunctBefore(words: Word[], p: Phrase, text: string): Phrase | undefined {
  if (!['and', 'or'].includes(words[p.first - 1]?.lower ?? '')) return undefined
  const q = phraseBefore(words, p.first - 1, text, new Set())
  // Not the object of a preposition or a verb: "ships in the Gulf and tankers", "attacked ports and tankers".
  return q && !['ADP', 'VERB', 'AUX'].includes(words[q.first - 1]?.pos ?? '') ? q : undefined
}

/**
 * The subject of the nearest finite verb before `at` (the clause a participle or "as a threat" belongs to), taken
 * whole: "increased US and Japanese military presence in response to the test would jeopardise … : by
 * increasing" → the presence.
 */
function subjectBefore(words: Word[], at: number, text: string): Phrase | undefined {
  let verb = -1
  for (let k = at; k >= 0; k--) {
    // "The dispute began when the legislature redrew the map and created …": a verb before "when" is another clause's.
    if (k < at && TIME_OPENERS.has(words[k]!.lower) && ['ADV', 'SCONJ'].includes(words[k]!.pos)) return undefined
    if (isFiniteVerb(words, k)) {
      verb = k
      break
    }
  }
  if (verb < 0) return undefined
  const start = groupStart(words, verb)
  const p = phraseBefore(words, start, text, SKIP_BEFORE) ?? phraseBefore(words, asideStart(words, start), text, SKIP_BEFORE)
  const subject = p && climb(words, p, text)
  // "strikes killed [senior leaders], destroyed X and damaged Y": over a comma, a phrase after a verb is its object,
  // not the next verb's subject: the series shares the first verb's subject.
  if (subject && words[start - 1]?.text === ',' && verbBefore(words, subject.first)) return subject.first > 0 ? subjectBefore(words, subject.first - 1, text) : undefined
  // "the ban on women and men being able to enter [each other's accommodation] was": the object of an
  // infinitive or a gerund inside a longer subject is not the subject.
  const prev = subject && words[subject.first - 1]
  if (subject && timeObject(words, subject.first)) return undefined
  // ("While [growing] friction … has exacerbated": a participle of growing or falling describes its noun; it takes no
  // object.)
  if (subject && prev?.pos === 'VERB' && prev.lower.endsWith('ing') && (AS_CHANGES.has(prev.lemma) || FALLING.has(prev.lemma)) && !isFiniteVerb(words, subject.first - 1)) return { first: subject.first - 1, last: subject.last }
  return subject && prev?.pos === 'VERB' && (words[subject.first - 2]?.lower === 'to' || prev.lower.endsWith('ing')) ? undefined : subject
}

/** Prepositions of time whose object is when something happened, not what does it. */
const TIME_ADPOSITIONS = new Set(['since', 'after', 'before', 'during', 'until', 'following'])

/**
 * "systems put in place since the September 11, 2001 attacks had made …": the phrase at `first` is the object of a
 * preposition of time (past a date before it), not the verb's subject.
 */
function timeObject(words: Word[], first: number): boolean {
  let k = first - 1
  const dated = (j: number) =>
    words[j]!.pos === 'NUM' || /^\d/.test(words[j]!.text) || CALENDAR_NAMES.has(words[j]!.text) || (words[j]!.text === ',' && /^\d/.test(words[j - 1]?.text ?? '')) || words[j]!.pos === 'DET' || POSSESSIVE_DETERMINERS.has(words[j]!.lower)
  while (k >= 0 && dated(k)) k--
  // (The tagger may read "since" before a noun phrase as a conjunction.)
  return k >= 0 && TIME_ADPOSITIONS.has(words[k]!.lower) && ['ADP', 'SCONJ'].includes(words[k]!.pos)
}

/** Relative words opening a clause that describes the noun before them ("tasks where …", "firms which …"). */
const RELATIVE_WH = new Set(['where', 'which', 'who', 'whom', 'whose', 'whereby'])

/**
 * Whether the nearest finite verb before `at` is a relative clause's: its subject (or the verb itself) comes right
 * after a relative word that follows a noun or a comma ("specialize in tasks where machines provide gains, …").
 */
function relativeClauseBefore(words: Word[], at: number, text: string): boolean {
  const verb = finiteVerbBefore(words, at)
  if (verb < 0) return false
  const start = groupStart(words, verb)
  const subject = phraseBefore(words, start, text, SKIP_BEFORE)
  const opener = words[(subject?.first ?? start) - 1]
  const before = words[(subject?.first ?? start) - 2]
  return !!opener && RELATIVE_WH.has(opener.lower) && !!before && (['NOUN', 'PROPN'].includes(before.pos) || before.text === ',')
}

/** Words that open a clause of time or place: the verb before one is in another clause. */
const TIME_OPENERS = new Set(['when', 'whenever', 'where', 'whereas', 'while', 'until', 'before', 'after', 'since'])

/** The longest aside between commas stepped over before a verb group, in words. */
const MAX_ASIDE_WORDS = 15

/**
 * Where an aside between commas that ends right before `at` opens ("Raw dairy products, compared with
 * pasteurized products, generally are"): the opening comma, when the aside holds no verb of its own
 * clause (a participle, a phrase); else `at`.
 */
function asideStart(words: Word[], at: number): number {
  if (words[at - 1]?.text !== ',') return at
  for (let k = at - 2; k >= 0 && k >= at - MAX_ASIDE_WORDS; k--) {
    const w = words[k]!
    // A segment opening with a verb that is no participle is a member of a series ("…, provide X, allow Y"), no aside.
    if (w.text === ',') return words[k + 1]!.pos === 'VERB' && !/(?:ing|ed|en|wn)$/.test(words[k + 1]!.lower) ? at : k
    if (w.pos === 'AUX' || w.pos === 'SCONJ' || (w.pos === 'PUNCT' && w.text !== '(' && w.text !== ')' && !QUOTE_MARKS.has(w.text)) || RELATIVE_OPENERS.has(w.lower)) return at
  }
  return at
}

/**
 * The first word of the verb group of the verb at `verb` ("would jeopardise", "were highlighted"); for a verb
 * coordinated with an earlier one, that verb's group, whose subject both share ("the conflict could spiral out
 * of control and engulf the region").
 */
function groupStart(words: Word[], verb: number): number {
  let k = verb
  while (k > 0 && ['AUX', 'ADV'].includes(words[k - 1]!.pos)) k--
  if (words[k - 1]?.pos !== 'CCONJ') return k
  for (let j = k - 2; j >= 0 && words[j]!.text !== ',' && words[j]!.pos !== 'SCONJ'; j--) if (isFiniteVerb(words, j)) return groupStart(words, j)
  return k
}

/** The nearest finite verb at or before `at`, or -1. */
function finiteVerbBefore(words: Word[], at: number): number {
  for (let k = at; k >= 0; k--) if (isFiniteVerb(words, k)) return k
  return -1
}

/** The last word of the verb group a finite verb opens ("has been cut"), not past an infinitive's "to". */
function verbGroupEnd(words: Word[], verb: number): number {
  let end = verb
  while (['VERB', 'AUX', 'PART'].includes(words[end + 1]?.pos ?? '') && words[end + 1]!.lower !== 'to') end++
  return end
}

/** Prepositions of place (data/causes.json placePrepositions). */
const PLACES = new Set<string>(DATA.causes.placePrepositions as string[])
/** Prepositions of direction (data/causes.json directionPrepositions). */
const DIRECTIONS = new Set<string>(DATA.causes.directionPrepositions as string[])
/** Nouns that make a time phrase ("last year", "this week"): data/language.json timeNouns. */
const TIME_NOUNS = new Set<string>(LANGUAGE.timeNouns)

/**
 * `p` when it opens its clause (at the sentence's start, or after a punctuation mark, a conjunction or "that"): a
 * phrase after a verb or a preposition is its object ("did not have [the number of staff] needed to …"), no subject.
 */
function clauseSubject(words: Word[], p: Phrase | undefined): Phrase | undefined {
  if (!p) return undefined
  // A participle before the phrase modifies it: "that [increased] US and Japanese military presence".
  let k = p.first - 1
  while (k >= 0 && words[k]!.pos === 'VERB' && /(?:ed|en)$/.test(words[k]!.lower)) k--
  const before = words[k]
  return !before || ['PUNCT', 'CCONJ', 'SCONJ'].includes(before.pos) || before.lower === 'that' ? p : undefined
}

/**
 * Whether the subject of the nearest finite verb before `at` does what the verb says: not the subject of a passive
 * ("the limit has been excluded, resulting in …": it is acted on) nor of "be" ("one claim is that …, raising …").
 */
function actsAsSubject(words: Word[], at: number): boolean {
  const verb = finiteVerbBefore(words, at)
  if (verb < 0) return false
  // The group's last verb, over adverbs: "are now hitting".
  let groupEnd = verb
  for (let k = verb + 1; ['VERB', 'AUX', 'PART', 'ADV'].includes(words[k]?.pos ?? '') && words[k]!.lower !== 'to'; k++) if (words[k]!.pos !== 'ADV') groupEnd = k
  const passive = words.slice(groupStart(words, verb), groupEnd).some((w) => w.lemma === 'be') && words[groupEnd]!.pos === 'VERB' && !words[groupEnd]!.lower.endsWith('ing')
  return !passive && words[groupEnd]!.lemma !== 'be'
}

/**
 * Subject, verb group and object of the nearest finite clause before `at`, as one phrase, when they are short; an
 * ongoing change with its subject ("Parts of the city, [an aside,] are sinking fast") ends at the verb.
 */
function mainClauseBefore(words: Word[], at: number, text: string): Phrase | undefined {
  const verb = finiteVerbBefore(words, at)
  if (verb < 0) return undefined
  const groupEnd = verbGroupEnd(words, verb)
  const start = groupStart(words, verb)
  const before = phraseBefore(words, start, text, SKIP_BEFORE) ?? phraseBefore(words, asideStart(words, start), text, SKIP_BEFORE)
  const subject = before && climb(words, before, text)
  // "Anthropic inquired about DOD's use of Claude": the object of a verb's preposition.
  const object = phraseAt(words, groupEnd + 1, text) ?? (words[groupEnd + 1]?.pos === 'ADP' ? phraseAt(words, groupEnd + 2, text) : undefined)
  // No object: an intransitive verb, only adverbs, numbers and prepositions up to the comma ("sinking more than ten centimetres").
  // Not a passive ("exposure can be reduced by …"): its subject is what is acted on.
  const passive = words.slice(start, groupEnd).some((w) => w.lemma === 'be') && /(?:ed|en|wn)$/.test(words[groupEnd]!.lower)
  const intransitive = !object && !passive && words[at]?.text === ',' && words[groupEnd]!.pos === 'VERB' && !words.slice(groupEnd + 1, at).some((w) => ['VERB', 'AUX', 'SCONJ', 'PRON'].includes(w.pos))
  // "the fund is small relative to daily turnover, limiting …": "be" and an adjective, with the prepositional
  // phrase that completes it.
  const predicate = !object && words[at]?.text === ',' && words[groupEnd]!.lemma === 'be' ? adjectivePredicate(words, groupEnd + 1, at, text) : undefined
  if (subject && predicate !== undefined) return clauseWords(words, { first: subject.first, last: predicate }).length <= 7 ? { first: subject.first, last: predicate } : undefined
  // An act or an ongoing change, said without a finite verb ("Parts of the city sinking"); a passive, a finite verb
  // without its object ("prices surged"), a place the subject goes to ("flow into rivers") or a time ("collapsed
  // last year") is none: the subject alone stands for it (causeBefore).
  const placed = DIRECTIONS.has(words[groupEnd + 1]?.lower ?? '')
  const time = !!object && TIME_NOUNS.has(headOf(words, object).lemma)
  const ongoing = words[groupEnd]!.lower.endsWith('ing')
  if (((intransitive || time) && !ongoing) || passive || placed) return undefined
  if (!subject || (!intransitive && (!object || object.last >= at))) return undefined
  // "customers are paying per token": an intransitive verb keeps a prepositional phrase right after it.
  const adjunct = intransitive && words[groupEnd + 1]?.pos === 'ADP' ? phraseAt(words, groupEnd + 2, text) : undefined
  // "are sinking more than five centimetres": a quantity right after the verb is what it measures, kept with it.
  const measure = intransitive ? measureAt(words, groupEnd + 1) : undefined
  const span = { first: subject.first, last: intransitive ? (measure !== undefined && measure < at ? measure : adjunct && adjunct.last < at ? adjunct.last : groupEnd) : object!.last }
  // A possessive "'s" is no word of its own.
  return clauseWords(words, span).filter((w) => !(w.pos === 'PART' && /^['’]s$/.test(w.lower))).length <= 7 ? span : undefined
}

/**
 * The last word of a quantity at `k`: a currency sign, a number or numbers, and a unit ("$212 billion", "5%", "40
 * tonnes"); undefined when none starts there.
 */
function measureAt(words: Word[], k: number): number | undefined {
  let i = words[k]?.pos === 'SYM' ? k + 1 : k
  if (words[i]?.pos !== 'NUM') return undefined
  while (words[i + 1]?.pos === 'NUM') i++
  if (words[i + 1]?.text === '%' || (words[i + 1]?.pos === 'NOUN' && words[i + 2]?.pos !== 'NOUN')) i++
  return i
}

/**
 * The last word of an adjective after "be" (`from`), with "relative to", "compared with" or a preposition and the
 * noun phrase it takes when they end before `at` ("small relative to daily turnover", "scarce in rural areas");
 * undefined when no adjective stands there.
 */
function adjectivePredicate(words: Word[], from: number, at: number, text: string): number | undefined {
  let k = from
  while (words[k]?.pos === 'ADV') k++
  if (words[k]?.pos !== 'ADJ') return undefined
  let p = k + 1
  if (['relative', 'compared'].includes(words[p]?.lower ?? '')) p++
  const complement = words[p]?.pos === 'ADP' ? phraseAt(words, p + 1, text) : undefined
  const last = complement && complement.last < at ? complement.last : k
  // The adjective is the clause's predicate: no verb after it ("is more than offset by …" is a passive).
  return words.slice(k + 1, at).some((w) => ['VERB', 'AUX', 'SCONJ', 'PRON'].includes(w.pos)) ? undefined : last
}

/**
 * The words a clause spanning `span` is said in: its subject, verb and object, without an aside between commas,
 * auxiliaries, punctuation, -ly adverbs or a possessive "'s" of its own.
 */
function clauseWords(words: Word[], span: Phrase): Word[] {
  const open = words.findIndex((w, j) => j > span.first && j < span.last && w.text === ',')
  const close = open < 0 ? -1 : words.findIndex((w, j) => j > open && j < span.last && w.text === ',')
  return words
    .slice(span.first, span.last + 1)
    .filter((w, j) => !(j === 0 && w.pos === 'DET') && !(close > 0 && span.first + j >= open && span.first + j <= close))
    .filter((w, j, all) => (w.pos !== 'AUX' || (MODALS.has(w.lower) && all.slice(j + 1).find((x) => !lyAdverb(x))?.pos === 'VERB')) && w.pos !== 'PUNCT' && !lyAdverb(w))
}
/** An adverb in -ly ("directly", "significantly"): a clause said compactly leaves it out. */
const lyAdverb = (w: Word) => w.pos === 'ADV' && /ly$/.test(w.lower)

/** The longest effect that is a clause with an -ing verb ("other parties cooperating with the regulator"), in words. */
const MAX_GERUND_CLAUSE = 7

/**
 * The effects after a cue: a noun phrase, or two joined by "and" ("Japanese defence modernisation and tighter US
 * alliances"); with `gerundClause`, a phrase and the -ing verb after it ("resulting in other parties cooperating").
 */

function effectsAfter(words: Word[], from: number, text: string, gerundClause = false): Phrase[] {
  let k = from
  while (k < words.length && (words[k]!.lower === 'that' || (words[k]!.pos === 'ADV' && words[k]!.lower.endsWith('ly')))) k++
  // "leading to changes such as turf algae growth", "changes" read as a verb: the example.
  const generic = words[k] && (GENERIC.has(words[k]!.lower) || GENERIC.has(words[k]!.lemma)) && words[k + 1]?.lower === 'such' && words[k + 2]?.lower === 'as'
  const at = phraseAt(words, k, text) ?? (generic ? phraseAt(words, k + 3, text) : undefined) ?? gerundWithPlace(words, k, text)
  if (!at) return []
  // "the risk increases that [workers] … will be displaced": after "that", a phrase running into its own verb is
  // the subject of a clause, not what the cue acts on ("escalate that conflict" has no verb after it).
  if (words.slice(from, k).some((w) => w.lower === 'that') && clauseAhead(words, at.last + 1)) return []
  // "the spectre of [a return to a major civil war] and [a dire humanitarian crisis]": the complement, whole, is
  // what the second effect is joined to.
  const tail = lightTail(words, at, text)
  const first = tail === at ? at : withComplement(words, tail, text)
  const next = words[first.last + 1]
  // "resulting in [other parties] cooperating", "led to [prices] rising sharply": after a cue's preposition, a
  // phrase with an -ing verb after it is that verb's subject; the effect is the clause, with a short object.
  if (gerundClause && words[from - 1]?.pos === 'ADP' && next?.pos === 'VERB' && next.lower.endsWith('ing')) {
    const object = phraseAt(words, first.last + 2, text)
    const last = object ? object.last : first.last + 1
    if (last - first.first < MAX_GERUND_CLAUSE) return [{ first: first.first, last }]
  }
  // "threaten security, confidence, and stability in cyberspace", "raised food prices, rents and fuel costs": a
  // series of three or more short noun phrases is one effect, said whole.
  const series = nounSeries(words, first, text)
  if (series) return [series]
  if (next?.lower === 'and') {
    const second = phraseAt(words, first.last + 2, text)
    // "damaged roads and causes delays": a cue after "and" is a verb of its own, not a second effect.
    // ("harm fans and jack up prices": a word with a particle and an object after it is a verb of its own.)
    const phrasal = !!second && second.first === second.last && VERB_PARTICLES.has(words[second.last + 1]?.lower ?? '') && ['DET', 'NOUN', 'ADJ', 'NUM'].includes(words[second.last + 2]?.pos ?? '')
    if (second && !phrasal && !['VERB', 'AUX'].includes(words[second.last + 1]?.pos ?? '') && !cueAt(words, second.first))
      // ("raises questions about Indonesia's direction and [U.S.-Indonesia relations]": the questions' content.)
      return sharesHead(words, first, second) || sharesComplement(words, first, second) || sharesNoun(words, first, second) || endsInTopic(words, first) ? [{ first: first.first, last: second.last }] : [first, second]
  }
  return [first]
}

/** The most words (marks aside) of a series of noun phrases read as one side. */
const MAX_SERIES_WORDS = 8

/**
 * The series of noun phrases that `first` opens — "A, B, and C", "A, B and C" — when it has three members or more
 * and at most MAX_SERIES_WORDS words; undefined when a member is followed by its own verb ("lowers costs, reduces
 * emissions, and protects lands" is a series of clauses) or the list does not close with "and" or "or".
 */
function nounSeries(words: Word[], first: Phrase, text: string): Phrase | undefined {
  const joining = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or'
  let k = first.last + 1
  let members = 1
  let last = first
  for (let closed = false; !closed; ) {
    if (words[k]?.text === ',') k++
    else if (!joining(words[k]) || members < 2) return undefined
    if (joining(words[k])) (k++, (closed = true))
    const p = phraseAt(words, k, text)
    if (!p || p.first !== k || ['VERB', 'AUX'].includes(words[p.last + 1]?.pos ?? '')) return undefined
    members++
    last = p
    k = p.last + 1
  }
  const span = { first: first.first, last: last.last }
  const counted = words.slice(span.first, span.last + 1).filter((w) => w.pos !== 'PUNCT' && !joining(w)).length
  return members >= 3 && counted <= MAX_SERIES_WORDS ? span : undefined
}

/**
 * Whether the first phrase ends on an adjective of the second's noun: "the chance of [wetter] and [stormier weather]"
 * (the tagger may read a comparative as a noun: "wetter").
 */
function sharesNoun(words: Word[], first: Phrase, second: Phrase): boolean {
  const last = words[first.last]!
  const opener = words[second.first]!
  const comparative = (w: Word) => /[^e]er$/.test(w.lower) || /ier$/.test(w.lower)
  const adjective = last.pos === 'ADJ' || (last.pos === 'NOUN' && opener.pos === 'ADJ' && comparative(last) && comparative(opener))
  return adjective && opener.pos === 'ADJ' && words[second.last]!.pos === 'NOUN'
}

/**
 * Whether two nouns joined by "and" share the second's "of" phrase: "improve [the speed] and [quality of decisions]",
 * "measurements of [the size] and [shape of ice particles]". The first noun has its determiner or adjective and no
 * complement of its own; the second, bare, opens with its noun and "of".
 */
function sharesComplement(words: Word[], first: Phrase, second: Phrase): boolean {
  const last = words[first.last]!
  return last.pos === 'NOUN' && ['DET', 'ADJ'].includes(words[first.last - 1]?.pos ?? '') && words[second.first]?.pos === 'NOUN' && words[second.first + 1]?.lower === 'of' && second.last > second.first + 1
}

/**
 * Whether two phrases joined by "and" share the second's head: "[medical marijuana] and [cannabidiol research]" is
 * research on both, not marijuana; "[the oil] and [gas imports]". The first is bare (a determiner at most, no complement) and
 * ends in a singular noun (a modifier's form), the second is nouns only ("rapid integration and [open systems
 * architecture]" are two things, and so are "[food prices] and [housing costs]").
 */
function sharesHead(words: Word[], first: Phrase, second: Phrase): boolean {
  // A determiner opening the first is the pair's: "the oil and gas imports". So is an "of" phrase's noun closing
  // the first: "the spread of [animal and plant pests]".
  const of = words.slice(first.first + 1, first.last).findLastIndex((w) => w.lower === 'of')
  const start = of < 0 ? first.first : first.first + 1 + of + 1
  const a = words.slice(start + (words[start]!.pos === 'DET' ? 1 : 0), first.last + 1)
  const b = words.slice(second.first, second.last + 1)
  const last = a.at(-1)!
  return a.length <= 2 && a.every((w) => w.pos === 'ADJ' || w.pos === 'NOUN') && last.pos === 'NOUN' && last.lower === last.lemma && b.length >= 2 && b.every((w) => w.pos === 'NOUN')
}

/**
 * A gerund with no object that names a process, and the prepositional phrase that says where it happens, after
 * an aside in parentheses: "causes [bleeding into the organs]", "causes [swelling (called buboes) in the lymph
 * nodes]"; undefined without that phrase (a gerund alone says too little).
 */
function gerundWithPlace(words: Word[], k: number, text: string): Phrase | undefined {
  const w = words[k]
  if (!w || w.pos !== 'VERB' || !w.lower.endsWith('ing')) return undefined
  let j = k + 1
  if (words[j]?.text === '(') {
    const close = words.findIndex((x, n) => n > j && x.text === ')')
    if (close < 0) return undefined
    j = close + 1
  }
  if (!COMPLEMENTS.has(words[j]?.lower ?? '') || words[j]!.pos !== 'ADP') return undefined
  const place = phraseAt(words, j + 1, text)
  return place && place.last - k <= MAX_GERUND_CLAUSE + 3 ? { first: k, last: place.last } : undefined
}

/** Whether a finite verb comes from `from` on, before a punctuation mark, a conjunction or a relative word. */
function clauseAhead(words: Word[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const w = words[k]!
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || RELATIVE_OPENERS.has(w.lower)) return false
    if (w.pos === 'AUX' || isFiniteVerb(words, k)) return true
  }
  return false
}

/**
 * Whether a noun phrase is loosely read: its head a generic noun with no complement and no name ("One option",
 * "the same time"), one instance of a kind ("One sentence"), or its first word no word a phrase
 * opens with ("to existing environments").
 */
function isLoose(words: Word[], p: Phrase): boolean {
  const first = words[p.first]!
  if (first.pos === 'ADP' || first.pos === 'PART' || first.pos === 'SCONJ') return true
  const head = headOf(words, p)
  const span = words.slice(p.first, p.last + 1)
  // "different models", "various factors": a kind in its variety names no one situation, unless a complement says
  // which ("different types of work").
  const variety = VARIETY.has(first.lower) || (first.pos === 'DET' && VARIETY.has(words[p.first + 1]?.lower ?? ''))
  // "One sentence sets off …": one instance of a kind, which names no situation either ("a single event" is a kind
  // of cause, set against many).
  const instance = first.lower === 'one'
  return (variety || instance || GENERIC.has(head.lower) || GENERIC.has(head.lemma)) && !span.some((w) => w.pos === 'ADP' || w.pos === 'PROPN')
}
/** Words of variety opening a phrase (data/causes.json varietyWords). */
const VARIETY = new Set<string>(DATA.causes.varietyWords)
