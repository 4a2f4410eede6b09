/**
 * The phrases after a main clause that a long point or a headline may lose: what follows the main clause, a
 * trailing prepositional or comma phrase, a restrictive relative clause, colouring modifiers, a person's title.
 */
import trimData from '../../../data/draft/trim.json' with { type: 'json' }
import actorsData from '../../../data/actors.json' with { type: 'json' }
import LANGUAGE_DATA from '../../../data/language.json' with { type: 'json' }
import { DASHES, hasFiniteVerb, isFiniteVerb, participleForm } from '../../language/grammar.ts'
import { type Word } from '../../language/tagger.ts'
import { NOUN_PHRASE_POS, VERB_NEGATORS } from '../../language/data.ts'
import { closesSpan, phrases, QUANTIFIERS } from './vocabulary.ts'
import { atBoundaries, betweenModifiers, type Cut, firstPhrase, isComma, isWord, keptWordIndices, lastContent, nextComma, type Parse } from './parse.ts'
import { complexPrepositionBefore, continuesVerbPhrase, EXAMPLE_OPENERS, isAndOr, isListItemBefore, isPurpose, mainVerb, nounPhraseAfter, RELATIVE, startsClause, verbBefore, verbGroupEnd } from './clauses.ts'
import { completesObject, FOCUS_ADVERBS, measuredFrom, OBJECT_INFINITIVE_VERBS } from './ends.ts'

const KEEP_MODIFIERS = new Set(trimData.keepModifiers)
/** Keep-modifiers that are prepositions before a noun phrase ("questions about the meaning"), not before a number. */
const PREPOSITION_MODIFIERS = new Set(['about', 'around', 'over', 'under'])
/** Verbs whose object is the one told (data/language.json hearerVerbs): "told the BBC that …". */
const HEARER_VERBS = new Set<string>(LANGUAGE_DATA.hearerVerbs)
const TITLE_STOPS = phrases(trimData.titleStops)
/**
 * Where the main clause ends: from a reason, time or comparison after its verb ("… since …", "… rather than
 * …"), or a semicolon, colon or dash, or ", and" before a second verb phrase. Never at "but" (a contrast
 * qualifies the claim) nor at a comma inside a list.
 */
export function afterMainClause(parse: Parse, kept: Set<number>, options: { verbPhrases?: boolean } = {}): Cut | undefined {
  const main = verbGroupEnd(parse, kept)
  if (main === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b).filter((i) => i > main)
  const { words } = parse
  for (const i of order) {
    if (parse.quoted[i]) continue
    const w = words[i]!
    // A dash that closes an aside ("A coalition—the plaintiffs who had challenged X—filed …") ends nothing.
    const closesAside = DASHES.has(w.text) && words.slice(0, i).filter((x) => x.text === w.text).length % 2 === 1
    if (/^[;:—–]$/.test(w.text) && !closesAside) return { from: i, to: words.length - 1 }
    // "in the following scenarios": after a determiner or preposition the word describes a noun; it stops nothing.
    // "use covert, rather than declared, facilities": an aside between a noun's modifiers ends no clause either.
    // ("… that is largely due to its trade deficit": after "be" the phrase is what is said of the subject.)
    const predicate = (k: number) => words[k]?.pos === 'AUX' || (words[k]?.pos === 'ADV' && words[k - 1]?.pos === 'AUX')
    // (The clause check scans the sentence: it is asked only where a stop word stands.)
    const candidate = firstPhrase(words, i, TITLE_STOPS)
    const stop = !candidate || ['DET', 'ADP'].includes(words[i - 1]?.pos ?? '') || modifierAside(words, i) || predicate(i - 1) || insideOpenClause(words, main, i) ? undefined : candidate
    // "as", "since", "before", "after", "until", "when" end the main clause only as conjunctions before a clause.
    // "options such as …": a preposition of several words goes from its first word, in the main clause (after
    // ", so places" the clause that holds it has yet to reach its verb); its "as" is no conjunction.
    const inMain = !order.some((k) => k < i && words[k]!.text === ',')
    const complex = stop && inMain ? complexPrepositionBefore(parse, i) : 0
    // "enable individuals such as terrorists to thwart …": examples before the infinitive the verb governs stay.
    if (complex > 0 && words.some((x, k) => k > i && x.lower === 'to' && x.pos === 'PART' && words[k + 1]?.pos === 'VERB')) continue
    const clausal = stop && stop.length === 1 && complex === 0 && ['as', 'since', 'before', 'after', 'until', 'when'].includes(stop[0]!)
    // "The rule will not take effect until 2027": after a negated verb, what "until" bounds is the claim; without it
    // the claim says the opposite.
    if (stop && ['until', 'till'].includes(w.lower) && words.slice(0, main + 1).some((x) => VERB_NEGATORS.has(x.lower))) continue
    // "… as A and as B": the conjunction goes with what it joins.
    let joined = ['and', 'or'].includes(words[i - 1]?.lower ?? '') && i - 1 > main + 1 ? i - 1 : i - complex
    // "nominated X 29 days after …": the duration goes with what it measures from.
    if (clausal && ['after', 'before'].includes(w.lower) && measuredFrom(words, i - 1) && i - 2 > main + 1) joined = i - 2
    // "charged the fees even when …": an adverb that singles out the clause goes with it.
    if (stop && words[joined - 1]?.pos === 'ADV' && FOCUS_ADVERBS.has(words[joined - 1]!.lower) && joined - 1 > main + 1) joined--
    // "bought a stock either before …, or during …": the first word of a pair goes with the half it opens.
    if (stop && CORRELATIVE_OPENERS.has(words[joined - 1]?.lower ?? '') && joined - 1 > main + 1) joined--
    if (stop && joined > main + 1 && (!clausal || (startsClause(words.slice(i + 1)) && !continuesVerbPhrase(words.slice(i + 1)) && !resumesOuterClause(words, i)))) return { from: joined, to: words.length - 1 }
    // "Ticketmaster, TicketWeb, and Tickets.com set fees": ", and" closing a list of names starts no clause.
    // "have joined the protests and have in some cases put …": a second verb phrase, in a headline.
    // (Not the last of a list of verbs that share an object: "photograph, position[ and narrate them]", "organizes,
    // trains[, and equips personnel]".)
    const verbList = (k: number) => words[k - 1]?.text === ',' && (words[k]?.pos === 'VERB' || words[k - 2]?.pos === 'VERB')
    // (Nor two verbs that share what follows: "to compile and transmit to each State a list".)
    const sharedObject = words[i - 1]?.pos === 'VERB' && words[i - 2]?.lower === 'to'
    if (options.verbPhrases && w.lower === 'and' && words[i - 1]?.text !== ',' && ['AUX', 'VERB'].includes(words[i + 1]?.pos ?? '') && i > main + 2 && isFiniteVerb(words, i + 1) && !joinsModifiers(words, i) && !reducedRelative(parse, kept) && !verbList(i - 1) && !sharedObject && !resumesOuterClause(words, i))
      return { from: i, to: words.length - 1 }
    if (w.text === ',' && (words[i + 1]?.lower === 'and' || words[i + 1]?.lower === 'or') && !isListItemBefore(parse, i) && !verbList(i - 1)) {
      const rest = words.slice(i + 2)
      if (rest.length && (['VERB', 'AUX', 'ADV'].includes(rest[0]!.pos) || startsClause(rest))) return { from: i, to: words.length - 1 }
    }
    // A list of verb phrases ("brokered A, secured B, and signed C"), or a dash before a participle ("– highlighting
    // …"): only when a point must lose the rest to be read at all.
    const next = words[i + 1]
    // Not a list of gerunds ("from placing, accepting, or facilitating wagers").
    const gerunds = w.text === ',' && words[i - 1]?.pos === 'VERB' && words[i - 1]!.lower.endsWith('ing') && next?.lower.endsWith('ing')
    if (options.verbPhrases && (w.text === ',' || /^[—–-]$/.test(w.text)) && next?.pos === 'VERB' && (next.lower.endsWith('ed') || next.lower.endsWith('ing')) && !gerunds && !closesAside && !participleAside(words, main))
      return { from: i, to: words.length - 1 }
  }
  return undefined
}

/**
 * "A U.S.-Mongolia Agreement on Transparency …, intended to address concerns …, entered into force in 2017": the verb
 * taken for the main one follows a comma after the subject's noun, with no relative pronoun before it; it describes
 * the noun, and a verb after a later comma may be the clause's own, no second phrase of a list.
 */
function participleAside(words: Word[], main: number): boolean {
  let start = main
  while (start > 0 && ['VERB', 'AUX', 'ADV'].includes(words[start - 1]!.pos)) start--
  const verb = words[start]!
  return words[start - 1]?.text === ',' && ['NOUN', 'PROPN'].includes(words[start - 2]?.pos ?? '') && verb.pos === 'VERB' && verb.lower.endsWith('ed') && !words.slice(0, start).some((x) => RELATIVE.has(x.lower))
}

/**
 * "faults generated as the Moon’s interior cools and shrinks are also found near …": an auxiliary right after the
 * clause's verb has no subject of its own; it is the verb of the clause the "as" clause sits inside (its subject
 * before "as"), which goes on after it. Cutting from "as" would cut that verb.
 */
function resumesOuterClause(words: Word[], i: number): boolean {
  for (let k = i + 2; k < words.length; k++) {
    if (words[k]!.text === ',' || DASHES.has(words[k]!.text)) return false
    if (words[k]!.pos === 'AUX' && words[k - 1]!.pos === 'VERB' && isFiniteVerb(words, k - 1)) return true
  }
  return false
}

/** The first words of a pair's halves (data/draft/trim.json correlativeOpeners). */
const CORRELATIVE_OPENERS = new Set<string>(trimData.correlativeOpeners)

/** Whether `i` opens an aside set off by commas between an adjective and the rest of its noun phrase. */
function modifierAside(words: Word[], i: number): boolean {
  if (words[i - 1]?.text !== ',' || words[i - 2]?.pos !== 'ADJ') return false
  const close = words.findIndex((w, k) => k > i && k <= i + 5 && w.text === ',')
  return close > 0 && ['NOUN', 'ADJ'].includes(words[close + 1]?.pos ?? '')
}

/**
 * "The flow of inputs produced in the US and exported to Mexico … increased activity": the verb taken for the main
 * one is a participle right after its noun, before a preposition — a reduced relative clause, whose "and"
 * joins participles, not the sentence's verb phrases.
 */
function reducedRelative(parse: Parse, kept: Set<number>): boolean {
  const main = mainVerb(parse, kept)
  if (main === undefined) return false
  const { words } = parse
  return participleForm(words[main]!, true) && ['NOUN', 'PROPN'].includes(words[main - 1]?.pos ?? '') && words[main + 1]?.pos === 'ADP'
}

/**
 * "some standard RL and constrained RL algorithms": an "and" between an adjective's noun and a participle before
 * its noun joins two modified nouns, not two verb phrases.
 */
function joinsModifiers(words: Word[], i: number): boolean {
  const participle = words[i + 1]!
  return words[i - 2]?.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '') && participleForm(participle) && ['NOUN', 'PROPN'].includes(words[i + 2]?.pos ?? '')
}

/**
 * "Petri is a tool for building evaluations, both for one-off exploration and …", "We are releasing Safety Gym, a
 * suite of environments …": a phrase set off by a comma after the main clause, with no verb of its own (an
 * appositive, an added prepositional phrase), adds to the claim without stating it. Not a list's comma.
 */
export function trailingCommaPhrase(parse: Parse, kept: Set<number>): Cut | undefined {
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b).filter((i) => i > group + 1)
  const comma = order.findLast((i) => isComma(parse, i))
  // "by curating higher-quality, more representative data": a comma between two modifiers of one noun sets nothing off.
  if (comma === undefined || isListItemBefore(parse, comma) || parse.quoted[comma] || betweenModifiers(parse.words, comma) || modifierBeforeComma(parse.words, comma)) return undefined
  const rest = order.filter((i) => i > comma).map((i) => parse.words[i]!)
  // A noun phrase or a prepositional phrase; not a verb phrase ("…, violate the law"), which may be the claim.
  if (!['DET', 'ADJ', 'ADV', 'ADP', 'NOUN', 'PROPN', 'NUM'].includes(rest[0]?.pos ?? '') || hasFiniteVerb(rest)) return undefined
  if (order.some((i) => i > comma && parse.quoted[i])) return undefined
  // "comes from seafood, milk and iodised salt": after a noun, nouns joined by "and" or "or" are the rest of a list
  // whose first item the comma closes; dropped, the list would say its first item alone.
  const item = (w: Word) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos) || (w.pos === 'VERB' && participleForm(w, true))
  const joined = rest.findIndex((w) => isAndOr(w))
  if (['NOUN', 'PROPN'].includes(parse.words[comma - 1]?.pos ?? '') && joined > 0 && rest.every((w, k) => k === joined || item(w) || !isWord(w))) return undefined
  return { from: comma, to: order.at(-1)! }
}

/**
 * "… would limit patient access to lifesaving medical devices [used to treat a potentially fatal heart condition]",
 * "…, the two leading companies [competing to bring to market devices that treat …]": a participle right after a noun,
 * past the main clause's verb and before a preposition or "to", opens a reduced relative clause that runs to the end;
 * it describes the noun, and a point too long to read may lose it. Not a finite verb ("found the firm violated the
 * order"), nor one in quotation.
 */
export function trailingReducedRelative(parse: Parse, kept: Set<number>): Cut | undefined {
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return undefined
  const { words } = parse
  const order = [...kept].sort((a, b) => a - b).filter((i) => i > group + 1)
  const at = order.find((i, k) => {
    const w = words[i]!
    const participle = w.pos === 'VERB' && (participleForm(w, true) || w.lower.endsWith('ing'))
    if (!(k > 0 && order[k - 1] === i - 1 && participle && ['NOUN', 'PROPN'].includes(words[i - 1]!.pos) && !parse.quoted[i] && ['ADP', 'PART'].includes(words[i + 1]?.pos ?? ''))) return false
    // A past form may be a finite verb whose subject is the noun; not when that noun is a preposition's object.
    return w.lower.endsWith('ing') || !isFiniteVerb(words, i) || objectOfPreposition(words, i - 1)
  })
  if (at === undefined || infinitiveAhead(words, order, at)) return undefined
  return { from: at, to: order.at(-1)! }
}

/**
 * "to require all ballots [transmitted by USPS] to be placed in secure envelopes": the noun before the participle is
 * the object of a verb that takes it with an infinitive (data/language.json objectInfinitiveVerbs), and the
 * infinitive comes after the participle's phrase; cut from the participle, the verb would lose it.
 */
function infinitiveAhead(words: Word[], order: number[], at: number): boolean {
  const verb = words.findLastIndex((w, k) => k < at && w.pos === 'VERB')
  if (verb < 0 || !OBJECT_INFINITIVE_VERBS.has(words[verb]!.lemma)) return false
  return order.some((k) => k > at && words[k]!.lower === 'to' && words[k]!.pos === 'PART' && ['VERB', 'AUX'].includes(words[k + 1]?.pos ?? ''))
}

/** The noun at `i` heads a noun phrase that a preposition governs ("access to lifesaving medical devices"). */
function objectOfPreposition(words: Word[], i: number): boolean {
  let k = i
  while (k > 0 && NOUN_PHRASE_POS.has(words[k - 1]!.pos)) {
    // ("speak up for those whose lives depended on …": "whose" opens a clause, whose subject the noun is.)
    if (RELATIVE_DETERMINERS.has(words[k - 1]!.lower)) return false
    k--
  }
  return words[k - 1]?.pos === 'ADP'
}
const RELATIVE_DETERMINERS = new Set(['whose', 'which', 'what', 'whatever', 'whichever'])

/**
 * "home to ten intensively managed, semi-captive Sumatran rhinos": a comma after a modifier (an adjective or a
 * participle after a number, a determiner or an adverb) parts the modifiers of a noun still to come.
 */
function modifierBeforeComma(words: Word[], comma: number): boolean {
  const w = words[comma - 1]
  const before = words[comma - 2]
  const modifier = w?.pos === 'ADJ' || (w?.pos === 'VERB' && participleForm(w))
  return !!modifier && ['NUM', 'DET', 'ADV'].includes(before?.pos ?? '') && ['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(words[comma + 1]?.pos ?? '') && !/ing$/.test(words[comma + 1]!.lower)
}

/**
 * The noun at `noun` is one a relative clause after it defines: a bare common noun right after the main verb
 * ("confronted regimes"), the complement of "be" as the main verb, with no more than a determiner and adjectives
 * before it ("is data", "was a system"), or a noun of degree or manner before a
 * preposition and "which" (data/language.json relativeNouns: "the extent [to which]", "the process [by which]").
 */
function definedByClause(parse: Parse, kept: Set<number>, main: number, noun: number, withPreposition: boolean): boolean {
  const w = parse.words[noun]!
  // (Only before a preposition and "which": "deepened their relationship [in ways that may erode …]" goes whole.)
  if (withPreposition && RELATIVE_NOUNS.has(w.lemma.toLowerCase()) && w.pos === 'NOUN') return true
  // "has consistently confronted regimes [that threaten U.S. security]": a bare noun right after the verb names no
  // one in particular until its clause says which.
  const bare = w.pos === 'NOUN' && noun === main + 1
  if (bare) return true
  const verb = mainVerb(parse, kept)
  if (verb === undefined || parse.words[verb]!.lemma.toLowerCase() !== 'be' || noun <= main) return false
  let k = noun - 1
  while (k > main && (!kept.has(k) || ['DET', 'ADJ', 'NUM'].includes(parse.words[k]!.pos))) k--
  return k === main
}
const RELATIVE_NOUNS = new Set<string>(LANGUAGE_DATA.relativeNouns)

/** "issue on which China and the US can cooperate", "talks that exclude Pyongyang": after a noun. */
export function restrictiveRelativeCuts(parse: Parse, kept: Set<number>): Cut[] {
  const { words } = parse
  const main = verbGroupEnd(parse, kept) ?? 0
  const cuts: Cut[] = []
  // "It was at the hospital that she learned …": a cleft's "that" opens what the sentence says, no relative clause.
  const order = [...kept].sort((a, b) => a - b)
  const [first, second] = order.filter((i) => isWord(words[i]!))
  // ("It's easier to recall the math that …", "It's true, we …": an adjective it describes, or a verb before the
  // "that", makes "it" a subject of its own.)
  const copula = first !== undefined && words[first]!.lower === 'it' && ['is', 'was', "'s", '’s'].includes(words[second ?? -1]?.lower ?? '')
  const that = copula ? order.find((i) => i > second! && ['that', 'who'].includes(words[i]!.lower)) : undefined
  const focus = that === undefined ? [] : words.slice(second! + 1, that)
  const predicative = focus[0]?.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(focus[1]?.pos ?? '')
  const cleft = that !== undefined && !predicative && !focus.some((x) => ['VERB', 'AUX', 'PART'].includes(x.pos) || /^[,;:]$/.test(x.text)) ? that : undefined
  // "There's no vehicle that is inherently safe": what an existential says is in its relative clause.
  if (words[first ?? -1]?.lower === 'there' && words[second ?? -1]?.lemma === 'be') return cuts
  for (const i of order) {
    if (i <= main || parse.quoted[i] || i === cleft) continue
    const w = words[i]!
    const afterNoun = ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '')
    const pronoun = ['which', 'who', 'that', 'whom', 'whose'].includes(w.lower)
    const withPreposition = w.pos === 'ADP' && ['which', 'whom'].includes(words[i + 1]?.lower ?? '')
    if (!afterNoun || !(pronoun || withPreposition)) continue
    // ("Hun Sen told hundreds of thousands of citizens gathered for a rally [that his government would …]": after the
    // object of a verb of telling, "that" opens what was told, no relative clause; without it the claim says nothing.)
    if (w.lower === 'that' && HEARER_VERBS.has(words[main]?.lemma ?? '')) continue
    // "A credential is data [that a system accepts as evidence …]", "Congress may weigh in on the extent [to which …]":
    // what the noun is, the clause says; without it the claim says nothing.
    if (definedByClause(parse, kept, main, i - 1, withPreposition)) continue
    const next = words[i + (withPreposition ? 2 : 1)]
    if (!next || !['VERB', 'AUX', 'NOUN', 'PROPN', 'PRON', 'DET', 'ADV'].includes(next.pos)) continue
    const comma = listEndComma(parse, nextComma(parse, i))
    // "… service, TicketsNow, by …": an appositive of the clause's last noun goes with the clause.
    const after = comma > 0 ? nextComma(parse, comma + 1) : -1
    const appositive = after > comma + 1 && after - comma <= 6 && !words.slice(comma + 1, after).some((x) => ['VERB', 'AUX', 'ADP', 'SCONJ'].includes(x.pos))
    // "a MOU that will secure supplies, promote partnerships …": a verb after the comma continues the relative
    // clause's list of verb phrases, so the clause runs to the end.
    // So does a verb after an aside already cut ("statements that suggest other entities[, such as event
    // organizers,] determine the refund policy").
    const nextKept = comma > 0 ? [...kept].sort((a, b) => a - b).find((k) => k > comma) : undefined
    const continues = comma > 0 && (words[comma + 1]?.pos === 'VERB' || (nextKept !== undefined && ['VERB', 'AUX'].includes(words[nextKept]!.pos)))
    // ("We urge those countries [that have not yet done so] to ratify …": a clause on the object of a verb that takes
    // an infinitive ends before that infinitive, which the verb needs.)
    const end = comma < 0 || continues ? lastContent(parse) : appositive ? after - 1 : comma - 1
    const infinitive = OBJECT_INFINITIVE_VERBS.has(words[main]?.lemma ?? '') ? words.findIndex((x, k) => k > i + 1 && k <= end && x.lower === 'to' && words[k + 1]?.pos === 'VERB') : -1
    cuts.push({ from: i, to: infinitive > 0 ? infinitive - 1 : end })
  }
  return cuts
}

/**
 * The comma at `comma`, or, where it only parts the items of a list the clause ends on ("essays that I find
 * compelling[,] important[,] and relevant"), the first comma after the list's last item (-1 when the list runs to
 * the end): a relative clause takes its list whole.
 */
function listEndComma(parse: Parse, comma: number): number {
  // ("… the Special Supplemental Nutrition Program for Women, Infants and Children (WIC)": a comma between capitalised
  // words that go on to "and" and another is inside a name.)
  const capital = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text) && ['PROPN', 'NOUN'].includes(w.pos)
  if (comma > 0 && capital(parse.words[comma - 1]) && capital(parse.words[comma + 1])) {
    let k = comma + 1
    while (capital(parse.words[k]) || parse.words[k]?.text === ',') k++
    if (isAndOr(parse.words[k]) && capital(parse.words[k + 1])) {
      while (capital(parse.words[k + 1])) k++
      return nextComma(parse, k + 1)
    }
  }
  let k = comma
  while (k > 0 && !isAndOr(parse.words[k + 1])) k = nounPhraseAfter(parse, k)
  if (k <= 0 || !isListItemBefore(parse, k)) return comma
  return nextComma(parse, k + 1)
}

/** Titles of people, longest first: "Secretary of Defense" before "Secretary". */
export const PERSON_TITLES = phrases(actorsData.titles)

/**
 * "President Xi Jinping" → the title word before a capitalised name; "Secretary of Defense Pete Hegseth" → each
 * word of a title the data lists (data/actors.json) before a two-word name.
 */
export function personTitleIndices(parse: Parse, kept: Set<number>): number[] {
  const { words } = parse
  const name = (k: number) => words[k]?.pos === 'PROPN' && words[k + 1]?.pos === 'PROPN' && kept.has(k)
  const listed = [...kept].flatMap((i) => {
    const title = /^\p{Lu}/u.test(words[i]!.text) && (i === 0 || !/^\p{Lu}/u.test(words[i - 1]!.text)) ? firstPhrase(words, i, PERSON_TITLES) : undefined
    return title && title.length > 1 && name(i + title.length) ? title.map((_, k) => i + k) : []
  })
  // Not a word inside a name ("the Maternal and Child Health Bureau").
  const capital = (k: number) => /^\p{Lu}/u.test(words[k]?.text ?? '')
  const single = [...kept].filter((i) => {
    const w = words[i]!
    return /^\p{Lu}/u.test(w.text) && w.pos === 'NOUN' && name(i + 1) && !(['and', 'of', '&', 'for'].includes(words[i - 1]?.lower ?? '') && capital(i - 2))
  })
  // "US President Donald Trump", "New York City Mayor Michael Bloomberg": the title goes with the capitalised words
  // before it that say whose it is (not half of "New York City").
  const owners = single.flatMap((i) => {
    const run: number[] = []
    for (let k = i - 1; k >= 0 && kept.has(k) && capital(k) && isWord(words[k]!); k--) run.push(k)
    return run
  })
  return [...new Set([...listed, ...single, ...owners])]
}

/**
 * "Beijing recognises that increased US military presence [in response to X] threatens its interests": the word at `i`
 * stands in a clause opened by "that" after the main verb whose own verb is still to come; nothing ends there.
 */
function insideOpenClause(words: Word[], main: number, i: number): boolean {
  const that = words.findIndex((w, k) => k > main && k < i && w.lower === 'that' && (w.pos === 'SCONJ' || w.pos === 'PRON'))
  if (that < 0) return false
  // ("that increased US presence …": a participle before its noun modifies it.)
  const verb = (k: number) => isFiniteVerb(words, k) && !(participleForm(words[k]!) && ['NOUN', 'PROPN', 'ADJ'].includes(words[k + 1]?.pos ?? ''))
  return !words.slice(that + 1, i).some((_, k) => verb(that + 1 + k)) && words.slice(i).some((_, k) => verb(i + k))
}

/**
 * "to block medical device supplier Edwards Lifesciences Corp.’s acquisition", "chipmaker Acme Semiconductor": lower-case
 * nouns (and adjectives) with no determiner, right before a name of two words or more, say what the named is; a
 * headline may drop them together.
 */
export function descriptorIndices(parse: Parse, kept: Set<number>): number[] {
  const { words } = parse
  const out: number[] = []
  for (const i of [...kept].sort((a, b) => a - b)) {
    if (!(words[i]!.pos === 'PROPN' && words[i + 1]?.pos === 'PROPN' && kept.has(i + 1))) continue
    let k = i - 1
    const run: number[] = []
    while (k >= 0 && kept.has(k) && ['NOUN', 'ADJ'].includes(words[k]!.pos) && !/^\p{Lu}/u.test(words[k]!.text)) run.push(k--)
    if (run.length && words[i - 1]!.pos === 'NOUN' && ['VERB', 'ADP'].includes(words[k]?.pos ?? '')) out.push(...run)
  }
  return out
}

// ───────────────────────────── parsing ─────────────────────────────

/** Adverbs that tie a clause to what came before, at its end: "instead", "too", "again", "however". */
const LINKING_ADVERBS = new Set(['instead', 'too', 'again', 'though', 'however', 'nonetheless', 'nevertheless', 'anyway', 'also'])

/**
 * Adverbs that only colour a verb or an adjective ("swiftly condemn", "ardently expanding"), the farthest from
 * the verb first. Adjectives stay: too many name the thing itself ("primary market", "consummated mergers").
 */
export function modifierIndices(parse: Parse, kept: Set<number>): number[] {
  const { words } = parse
  const main = mainVerb(parse, kept) ?? 0
  const last = keptWordIndices(parse, kept).at(-1)
  return [...kept]
    .filter((i) => {
      const w = words[i]!
      const next = words[i + 1]
      if (w.pos !== 'ADV' || KEEP_MODIFIERS.has(w.lower) || parse.quoted[i]) return false
      // "… fit under Section 122” instead": a linking adverb that ends the clause only ties it to what came before.
      if (LINKING_ADVERBS.has(w.lower) && i === last) return true
      return w.lower.endsWith('ly') && (next?.pos === 'VERB' || next?.pos === 'ADJ')
    })
    .sort((a, b) => Math.abs(b - main) - Math.abs(a - main))
}

const ADDITIVE_ADVERBS = new Set(trimData.additiveAdverbs)

/**
 * "Australia also is expanding …", "Treasury has also used the ESF …": adverbs that add the claim to one said before,
 * which a headline standing alone drops (not inside a quotation, nor "but also").
 */
export function additiveIndices(parse: Parse, kept: Set<number>): number[] {
  return [...kept].filter((i) => {
    const w = parse.words[i]!
    return w.pos === 'ADV' && ADDITIVE_ADVERBS.has(w.lower) && !parse.quoted[i] && parse.words[i - 1]?.lower !== 'but'
  })
}

/** Words that take "of" for what they count or pick out: "one of the lanes", "some of the funds" (the quantifiers). */
const OF_QUANTIFIERS = new Set(['one', ...QUANTIFIERS])

/**
 * The last "preposition + noun phrase" (or "to" + verb after a noun: "solutions to denuclearise North Korea")
 * of what is kept, after the main verb's complement: the phrase right after the verb group is its complement
 * ("highlighted as a major threat") and stays.
 */
export function trailingPrepositionalPhrase(parse: Parse, kept: Set<number>, options: { point?: boolean } = {}): Cut | undefined {
  const order = [...kept].sort((a, b) => a - b)
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return undefined
  const complement = order.find((i) => i > group)
  // "faced charges including arbitrary detention, cruel treatment, torture and murder": examples after their noun,
  // list and all, which a headline may lose.
  const examples = options.point ? undefined : order.find((i) => i > group && i !== complement && !!firstPhrase(parse.words, i, EXAMPLE_OPENERS) && !parse.quoted[i] && ['NOUN', 'PROPN'].includes(parse.words[i - 1]?.pos ?? ''))
  // ("enable individuals such as terrorists to thwart …": examples before the infinitive the verb governs stay.)
  const governed = examples !== undefined && order.some((i) => i > examples && parse.words[i]!.lower === 'to' && parse.words[i]!.pos === 'PART' && parse.words[i + 1]?.pos === 'VERB')
  if (examples !== undefined && !governed) return { from: parse.words[examples - 1]?.text === ',' ? examples - 1 : examples, to: order.at(-1)! }
  // "issued an order directing the agency to …": when no phrase at the end can go, a present participle right after
  // the noun it describes, with its own object, opens a reduced relative clause, which a headline may lose whole.
  const participle = (): Cut | undefined => {
    const main = options.point || complement === undefined ? undefined : mainVerb(parse, kept)
    const from = main === undefined ? undefined : order.find((i, k) => i > complement! && reducedParticiple(parse, order, k, complement!, main))
    return from === undefined ? undefined : { from, to: order.at(-1)! }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!
    if (i <= group || i === complement) return participle()
    const w = parse.words[i]!
    // A headline may lose a phrase that holds a quotation ("for $200 million each “to accelerate …”"); a point
    // keeps what is quoted.
    if (parse.quoted[i]) {
      if (options.point) return undefined
      continue
    }
    const prev = parse.words[order[k - 1] ?? -1]
    if (k === order.length - 1 && /^[.!?…]$/.test(w.text)) continue
    // A preposition right after a verb is its particle ("shore up"), after an auxiliary the complement of "be"
    // ("was in place"); after an adverb or adjective it completes it ("as far as", "close to"): none starts a
    // phrase that can go.
    // "the use of AI models", "a level of risk": "of" completes the noun before it; the phrase to go starts earlier.
    // A point keeps it; a headline, which must be short, may lose it.
    // ("…, one of the world's busiest lanes", "most of the funds": after a number or a quantifier it does too.)
    if (options.point && w.lower === 'of' && (['NOUN', 'PROPN', 'NUM'].includes(prev?.pos ?? '') || OF_QUANTIFIERS.has(prev?.lower ?? ''))) continue
    // ("travel because of the heat": the phrase opens with its preposition's first word.)
    // ("could not prevent two members of the team [from seeking asylum]": a phrase that completes the verb's object
    // stays with it; a phrase before the verb may still go: "… [in transforming the country into a hub]".)
    if (w.pos === 'ADP' && completesObject(parse.words, i)) continue
    // ("there will be no U.S. forces [with a combat role]": a phrase after a noun that "no" denies says which are
    // denied; without it the claim denies them all.)
    if (w.pos === 'ADP' && deniedNoun(parse.words, i)) continue
    // ("from January 1980 [through July 2005]": a span's end goes with its start, or stays.)
    if (closesSpan(parse.words, i)) continue
    // ("was Fund [for Reconciliation and Development] executive director X": a body's name keeps its words.)
    if (inBodyName(parse.words, i)) continue
    // ("10 per cent", "15 dollars per hour": "per" after a number, or a number's unit, is part of the quantity, no
    // phrase of its own.)
    const quantity = prev?.pos === 'NUM' || (prev?.pos === 'NOUN' && parse.words[i - 2]?.pos === 'NUM')
    if (w.lower === 'per' && quantity && order[k - 1] === i - 1) continue
    if (w.pos === 'ADP' && !keptModifier(parse, i) && !['VERB', 'AUX', 'ADV', 'ADJ'].includes(prev?.pos ?? '')) return { from: i - complexPrepositionBefore(parse, i), to: order.at(-1)! }
    if (w.lower === 'to' && w.pos === 'PART' && prev?.pos === 'NOUN') return { from: i, to: order.at(-1)! }
    // "for violating the law": a gerund after a preposition is inside the phrase.
    if (w.pos === 'VERB' && w.lower.endsWith('ing') && parse.words[order[k - 1] ?? -1]?.pos === 'ADP') continue
    // "under existing rules", "the growing threat": a participle before its noun describes it. (After a noun it
    // may open a reduced relative clause instead: "the commission investigating the club".)
    const describes = ['DET', 'ADJ', 'ADP', 'NUM'].includes(parse.words[i - 1]?.pos ?? '')
    if (w.pos === 'VERB' && w.lower.endsWith('ing') && describes && order[k + 1] === i + 1 && ['NOUN', 'PROPN'].includes(parse.words[i + 1]!.pos) && !isFiniteVerb(parse.words, i)) continue
    if (!options.point && w.pos === 'VERB' && participleForm(w, true) && !NAMING_PARTICIPLES.has(w.lemma)) {
      const next = parse.words[order[k + 1] ?? -1]
      // "misuse of deployed models": a participle before its noun describes it, inside the phrase.
      if (['NOUN', 'PROPN'].includes(next?.pos ?? '') && !isFiniteVerb(parse.words, i)) continue
      // "the risks associated with systems", "tasks devoted to software": a participle right after the noun it
      // describes, with its preposition, opens a reduced relative clause, which a headline may lose like a
      // prepositional phrase.
      // Not the verb of a clause that has none before it ("found that the fees for 31 events ranged from …"), nor
      // a name the noun is given ("a phenomenon [known as …]", "a plan [called …]"): the name is what is said.
      if (['NOUN', 'PROPN'].includes(prev?.pos ?? '') && order[k - 1] === i - 1 && next?.pos === 'ADP' && verbBefore(parse, order.slice(0, k)) && !reportedClauseVerb(parse.words, i)) return { from: i, to: order.at(-1)! }
    }
    // "has acquired Vercept to help us push …": an infinitive of purpose after a whole verb phrase, which a
    // headline may lose; not the infinitive a verb or noun governs ("require parties to file", "the ability to").
    if (!options.point && w.pos === 'VERB' && prev?.lower === 'to' && prev.pos === 'PART' && isPurpose(parse, kept, order[k - 2])) continue
    // "software-related": a hyphen inside a word is no boundary.
    if (/^[-‐‑/]$/.test(w.text) && !atBoundaries(parse, { from: i, to: i })) continue
    if (['VERB', 'AUX', 'SCONJ'].includes(w.pos) || (w.pos === 'PUNCT' && w.text !== '’' && w.text !== "'")) return participle()
  }
  return participle()
}

/** The noun phrase right before `i` opens with "no": "no U.S. forces", "no new funding". */
function deniedNoun(words: Word[], i: number): boolean {
  let k = i - 1
  if (!['NOUN', 'PROPN'].includes(words[k]?.pos ?? '')) return false
  while (k >= 0 && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[k]!.pos)) k--
  return words[k]?.lower === 'no'
}

const CLAUSE_VERBS = new Set<string>(LANGUAGE_DATA.clauseVerbs)
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’'])

/**
 * "Zelensky says the attack on Kyiv [consisted] of 68 missiles": a past form after the noun phrase a verb of saying
 * or thinking opens, with no other verb after it, is the finite verb of the clause said ("that" left out), not a
 * participle describing the noun.
 */
function reportedClauseVerb(words: Word[], i: number): boolean {
  let k = i - 1
  // (Over the noun phrase, its "of" or "on" phrases and any quotation marks in it: Sunday's "massive attack" on Kyiv.)
  const inPhrase = (w: Word) => NOUN_PHRASE_POS.has(w.pos) || w.pos === 'PART' || QUOTE_MARKS.has(w.text)
  while (k >= 0 && (inPhrase(words[k]!) || (words[k]!.pos === 'ADP' && !!words[k - 1] && inPhrase(words[k - 1]!)))) k--
  if (k < 0 || k === i - 1 || words[k]!.pos !== 'VERB' || !CLAUSE_VERBS.has(words[k]!.lemma.toLowerCase())) return false
  return !words.slice(i + 1).some((w, j) => isFiniteVerb(words, i + 1 + j))
}

/** What opens a participle's object: "directing [the agency]", "requiring [its members] …". */
const OBJECT_POS = new Set(['DET', 'PROPN', 'PRON', 'NUM'])
const SMALL_CLAUSE_VERBS = new Set<string>(LANGUAGE_DATA.smallClauseVerbs)
const NAMING_PARTICIPLES = new Set<string>(LANGUAGE_DATA.namingVerbs)

/**
 * Whether `order[k]` is a present participle opening a reduced relative clause on the noun right before it
 * ("an order [directing the agency …]"); not after a verb whose object takes a participle of its own ("saw
 * protesters blocking the road", "spent years building it"), nor in someone's words.
 */
function reducedParticiple(parse: Parse, order: number[], k: number, object: number, main: number): boolean {
  const i = order[k]!
  const w = parse.words[i]!
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing') || parse.quoted[i] || order[k - 1] !== i - 1 || parse.words[i - 1]!.pos !== 'NOUN') return false
  // The noun is the verb's object, a plain noun phrase right after it ("issued [an executive order] directing"),
  // not one inside a phrase ("the constitutionality of a state requiring …").
  if (!order.slice(order.indexOf(object), k).every((j) => NOUN_PHRASE_POS.has(parse.words[j]!.pos))) return false
  // Its object opens with a determiner or a name ("directing [the agency]"); "machine learning researchers" is a noun.
  if (!OBJECT_POS.has(parse.words[order[k + 1] ?? -1]?.pos ?? '')) return false
  return main < i - 1 && !SMALL_CLAUSE_VERBS.has(parse.words[main]!.lemma) && verbBefore(parse, order.slice(0, k))
}

/**
 * A word a headline must keep: "about 50", "over 300" hedge a figure; "questions about the meaning", "a fight over
 * water" open a phrase that may go like any other.
 */
function keptModifier(parse: Parse, i: number): boolean {
  const w = parse.words[i]!
  if (!KEEP_MODIFIERS.has(w.lower)) return false
  if (!PREPOSITION_MODIFIERS.has(w.lower)) return true
  return !['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(parse.words[i + 1]?.pos ?? '')
}

/** Nouns that end a body's name (data/actors.json orgSuffixes): "Fund", "Office", "University". */
const BODY_NOUNS = new Set<string>(actorsData.orgSuffixes)

/**
 * Whether "of" or "for" at `i` joins a body's noun to a capitalised proper noun, inside one name ("Fund for
 * Reconciliation", "University of California"): no phrase of its own starts there.
 */
function inBodyName(words: Word[], i: number): boolean {
  const [a, w, b] = [words[i - 1], words[i], words[i + 1]]
  return !!a && !!b && (w?.lower === 'of' || w?.lower === 'for') && BODY_NOUNS.has(a.text) && b.pos === 'PROPN' && /^\p{Lu}/u.test(b.text)
}
