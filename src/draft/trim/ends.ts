/**
 * Whether what is kept ends whole: not on a verb before its complement, a determiner, a partitive, a clause left
 * open or someone's words cut off; and the loose ends a cut leaves, dropped.
 */
import actorsData from '../../../data/actors.json' with { type: 'json' }
import trimData from '../../../data/draft/trim.json' with { type: 'json' }
import LANGUAGE_DATA from '../../../data/language.json' with { type: 'json' }
import { hasFiniteVerb, isFiniteVerb, OPENING_QUOTES, participleForm } from '../../language/grammar.ts'
import { type Word } from '../../language/tagger.ts'
import { MONTHS, QUANTIFIERS, RE_YEAR } from './vocabulary.ts'
import { POSSESSIVE_DETERMINERS, STRANDABLE_PREPOSITIONS, THOUGHT_VERBS } from '../../language/data.ts'
import { drop, isComma, isWord, keptWordIndices, keptWords, type Parse, RE_CLOSING } from './parse.ts'
import { COMPLEX_PREPOSITIONS, isAndOr, mainVerb, RELATIVE_ADVERBS, SUBORDINATORS, verbGroupEnd } from './clauses.ts'
import { PERSON_TITLES } from './phrases.ts'

const SPEECH_VERBS = new Set(actorsData.speechVerbs)

/** The point stops on a verb of saying whose words came after it in the sentence: "… Mark Pearce said[: “…”]". */
export function endsBeforeWhatWasSaid(parse: Parse, kept: Set<number>): boolean {
  const last = keptWordIndices(parse, kept).at(-1)
  if (last === undefined) return false
  const w = parse.words[last]!
  // ('"Russia is placing its bets …," Zelensky argues[, …]': the words said stand before the verb.)
  const quoted = [...kept].some((i) => i < last && /^["”]$/.test(parse.words[i]!.text))
  // ("… more ice than previously estimated[, researchers reported]": a comparison's verb says nothing more.)
  const before = parse.words[last - 1]?.pos === 'ADV' ? last - 2 : last - 1
  const compared = ['than', 'as'].includes(parse.words[before]?.lower ?? '')
  return w.pos === 'VERB' && (SPEECH_VERBS.has(w.lower) || THOUGHT_VERBS.has(w.lemma)) && !quoted && !compared && parse.words.slice(last + 1).some(isWord)
}

/**
 * "The delegate to the House, Aumua Amata, told the press[: “Because … the ruling is unwelcome …”]": the point stops on
 * the one told, the colon or comma before the quotation the verb of saying takes gone with it; it says nothing. So does
 * one that stops on any verb whose object is the quotation after it (verbBeforeQuotation).
 */
export function endsBeforeQuotation(parse: Parse, kept: Set<number>): boolean {
  const order = keptWordIndices(parse, kept)
  const last = order.at(-1)
  if (last === undefined) return false
  if (verbBeforeQuotation(parse, kept, last)) return true
  const verb = mainVerb(parse, kept)
  if (verb === undefined || verb >= last) return false
  const lemma = parse.words[verb]!.lemma.toLowerCase()
  if (!(SPEECH_VERBS.has(parse.words[verb]!.lower) || TELLING_VERBS.has(lemma))) return false
  // (Not one whose words the point says without "that": "told the press the new drugs were only part of the solution".)
  const after = order.filter((i) => i > verb).map((i) => parse.words[i]!)
  if (after.some((_, k) => isFiniteVerb(after, k))) return false
  return quotationLeftOut(parse, kept, [':', ','].includes(parse.words[last + 1]?.text ?? '') ? last + 2 : last + 1)
}

/** A quotation opens at word `at` and the point keeps none of its words. */
const quotationLeftOut = (parse: Parse, kept: Set<number>, at: number) => OPENING_QUOTES.has(parse.words[at]?.text ?? '') && !kept.has(at + 1) && parse.quoted[at + 1] === true

/**
 * "Facebook released a statement which read[, in part, “This judgment raises …”]": the point stops on a verb whose
 * object is the quotation after it (past a colon, or an aside of a few words set off by commas).
 */
function verbBeforeQuotation(parse: Parse, kept: Set<number>, last: number): boolean {
  const { words } = parse
  if (words[last]!.pos !== 'VERB') return false
  let k = last + 1
  if (words[k]?.text === ':') k++
  else if (words[k]?.text === ',') {
    const close = words.findIndex((w, i) => i > k && i <= k + 1 + QUOTATION_ASIDE_WORDS && w.text === ',')
    k = close > 0 ? close + 1 : k + 1
  }
  return quotationLeftOut(parse, kept, k)
}
/** The most words of an aside between a verb and the quotation it takes: ", in part,", ", according to the filing,". */
const QUOTATION_ASIDE_WORDS = 4

/**
 * "President Trump, in announcing the ceasefire, wrote on social media [that …]": a headline whose verb says
 * someone spoke, without what they said, says nothing.
 */
export function lostWhatWasSaid(parse: Parse, kept: Set<number>): boolean {
  const verb = mainVerb(parse, kept)
  if (verb === undefined) return false
  // "will tell Nato that …": a verb of telling, after its auxiliaries, says its words after its object.
  let telling = verb
  while (parse.words[telling]?.pos === 'AUX' && ['AUX', 'VERB', 'ADV', 'PART'].includes(parse.words[telling + 1]?.pos ?? '')) telling++
  const tells = TELLING_VERBS.has(parse.words[telling]?.lemma.toLowerCase() ?? '')
  if (!(SPEECH_VERBS.has(parse.words[verb]!.lower) || THOUGHT_VERBS.has(parse.words[verb]!.lemma) || tells)) return false
  // ("David asks the computer[, called Joshua, whether it is still playing]": a question asked is what was said.)
  const said = parse.words.findIndex((w, i) => i > verb && (w.lower === 'that' || /^["“]$/.test(w.text) || (w.lower === 'whether' && tells)))
  // "knows it lacks standards [that …]": a "that" after another verb is that verb's, not what was said.
  // ("will tell Nato[, and try to persuade Trump,] that …": not a verb in an aside set off by commas.)
  const aside = (i: number) => tells && parse.words.slice(verb + 1, i).some((w) => w.text === ',') && parse.words.slice(i + 1, said).some((w) => w.text === ',')
  const between = parse.words.slice(verb + 1, Math.max(verb + 1, said)).filter((_, k) => !aside(verb + 1 + k))
  if (between.some((_, k) => isFiniteVerb(between, k))) return false
  return said > 0 && !kept.has(said)
}

const COMPLEMENT_NOUNS = new Set<string>(LANGUAGE_DATA.complementNouns)
const PURPOSE_NOUNS = new Set<string>(LANGUAGE_DATA.purposeNouns)
/** The noun at `noun` opens with "a" or "an", past the adjectives and nouns before it: one not met before. */
function newOne(parse: Parse, kept: Set<number>, noun: number): boolean {
  let k = noun - 1
  while (k >= 0 && kept.has(k) && ['ADJ', 'NOUN'].includes(parse.words[k]!.pos)) k--
  return ['a', 'an'].includes(parse.words[k]?.lower ?? '')
}
/** A noun's lemma → the prepositions whose object it needs ("emphasis" → "on", "step" → "toward", "towards"). */
const GOVERNED_PREPOSITIONS = new Map<string, Set<string>>()
for (const pair of LANGUAGE_DATA.governedPrepositions) {
  const [noun, preposition] = pair.split(' ') as [string, string]
  GOVERNED_PREPOSITIONS.set(noun, (GOVERNED_PREPOSITIONS.get(noun) ?? new Set<string>()).add(preposition))
}
const NAMING_VERBS = new Set<string>(LANGUAGE_DATA.namingVerbs)
/**
 * Verbs whose content is a "that" clause after their object or an aside: telling ("will tell Nato that …") and a
 * court's holding ("Courts have held, for example, that …").
 */
const TELLING_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'persuade', 'convince', 'warn', 'hold', 'rule', 'ask'])
/** Verbs of saying, thinking and telling (lemmas): what they say comes after them ("saying [that …]"). */
export const SAYING_LEMMAS = new Set<string>([...THOUGHT_VERBS, ...TELLING_VERBS, 'say', 'state', 'note', 'add', 'announce', 'explain', 'insist', 'report', 'declare'])
const AS_COMPLEMENT_VERBS = new Set<string>(LANGUAGE_DATA.asComplementVerbs)
const AS_COMPLEMENT_INTRANSITIVES = new Set<string>(LANGUAGE_DATA.asComplementIntransitives)
/**
 * Whether the preposition at `i` completes the object of the verb before it ("prevent two members of the team
 * [from seeking asylum]", "turn these particles [into …]"): the verb's lemma governs it (data/language.json
 * verbComplements) and only its object's noun phrase stands between.
 */
export function completesObject(words: Word[], i: number): boolean {
  let k = i - 1
  // (Over the object's own prepositional phrases: "link changes [in the brain] to behaviour"; and over a coordinated
  // object: "to stop Zillow and Redfin [from continuing …]".)
  // (Not over a coordinated verb phrase: "separating children from their parents and abducting others [from …]".)
  const inObject = (w: Word, k: number) =>
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART'].includes(w.pos) || (w.pos === 'ADP' && k < i - 1) || (w.pos === 'CCONJ' && k < i - 1 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[k + 1]?.pos ?? '') && !words[k + 1]!.lower.endsWith('ing'))
  while (k >= 0 && inObject(words[k]!, k)) k--
  const verb = words[k]
  return k < i - 1 && verb?.pos === 'VERB' && !!VERB_COMPLEMENTS.get(verb.lemma.toLowerCase())?.has(words[i]!.lower)
}

/** The most words of the subject between "for" and its infinitive's "to": "for [the two countries] to". */
const MAX_FOR_SUBJECT_WORDS = 4
/** What that subject holds: a noun phrase or a pronoun. */
const FOR_SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])

/** A noun phrase opening at `from` and then "to" and a verb: the subject and infinitive of "for … to …". */
function forSubjectInfinitive(words: Word[], from: number): boolean {
  let k = from
  while (k < words.length && k - from < MAX_FOR_SUBJECT_WORDS && FOR_SUBJECT_POS.has(words[k]!.pos)) k++
  return k > from && words[k]?.lower === 'to' && words[k + 1]?.pos === 'VERB'
}

/** A verb's lemma → the prepositions that complete its object ("turn" → "into"). */
const VERB_COMPLEMENTS = new Map<string, Set<string>>()
for (const pair of LANGUAGE_DATA.verbComplements) {
  const [verb, preposition] = pair.split(' ') as [string, string]
  VERB_COMPLEMENTS.set(verb, (VERB_COMPLEMENTS.get(verb) ?? new Set<string>()).add(preposition))
}
/** Words that make a noun need what follows it: "the first time [that …]", "the only country [to …]". */
const ORDINALS = new Set(['first', 'last', 'only', 'next', 'same'])

/**
 * The headline stops on a definite noun whose complement the sentence goes on with: "under the name [of Chinese
 * Taipei]", "marked the first time [in four decades that …]", or on an infinitive before its object. Cut there,
 * the noun names nothing, and the verb does nothing.
 */
export function endsBeforeItsComplement(parse: Parse, kept: Set<number>): boolean {
  const words = keptWordIndices(parse, kept)
  const last = words.at(-1)
  if (last === undefined) return false
  if (cutsItsPhrase(parse, kept, last)) return true
  // ("describes the Amphibious Combat Vehicle[ (ACV)] as …": what comes next is read past a bracket the headline lost.)
  let after = last + 1
  while (parse.aside[after] && !kept.has(after)) after++
  const next = parse.words[after]
  if (!next || kept.has(after) || !isWord(next)) return false
  // "temples that could be taken care [of] before this one", "the help they asked [for]": a preposition with no
  // object after it has its object before it; it ends the verb's phrase, and cut before it the verb means nothing.
  if (strandedPreposition(parse, after)) return true
  // "We will take particular care to elicit [their preferences]": an infinitive without its object.
  // "… to elicit [and document any preferences]": or of two verbs that share it.
  const sharedObject = next.pos === 'CCONJ' && parse.words[after + 1]?.pos === 'VERB'
  if (parse.words[last]!.pos === 'VERB' && parse.words[last - 1]?.lower === 'to' && (['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(next.pos) || sharedObject)) return true
  // "it could take [as many as 10 years]", "would cost [up to $5 billion]": a verb before the quantity that is its
  // object, the words that grade the number first.
  if (parse.words[last]!.pos === 'VERB' && quantityAt(parse, after)) return true
  // "legislation that authorized [and funded the program]": a verb that shares its object with the next one.
  // (Only after its subject, a relative pronoun or an auxiliary: not a participle after its noun, "the information
  // required [and issued …]", nor one standing for people, "release those detained [and allow …]".)
  const subject = RELATIVE_SUBJECTS.has(parse.words[last - 1]?.lower ?? '') || ['PRON', 'AUX'].includes(parse.words[last - 1]?.pos ?? '')
  if (parse.words[last]!.pos === 'VERB' && sharedObject && subject && !parse.words[last]!.lower.endsWith('ing') && objectAfterVerbs(parse, after + 1)) return true
  // "… underwent profound structural change in response [to …]": nor inside a preposition of several words.
  const tail = (n: number) => words.slice(-n).map((i) => parse.words[i]!.lower).join(' ')
  if (COMPLEX_PREPOSITIONS.some((p) => p[p.length - 1] === next.lower && tail(p.length - 1) === p.slice(0, -1).join(' '))) return true
  // "In his farewell address …, António Guterres [reminisced …]": a headline never stops before its verb.
  // (After a common noun a participle may open a reduced relative a headline can lose: "the risks [associated with …]".)
  const lastPos = parse.words[last]!.pos
  // ("signed an Executive Order [titled “…”]": a naming participle before a quotation gives the name, not its verb.)
  // ("titled: “…”": a colon may stand before it.)
  const colon = parse.words[after + 1]?.text === ':' ? 1 : 0
  const naming = NAMING_VERBS.has(next.lemma.toLowerCase()) && OPENING_QUOTES.has(parse.words[after + 1 + colon]?.text ?? '')
  if ((next.pos === 'AUX' || (next.pos === 'VERB' && lastPos === 'PROPN' && !naming)) && isFiniteVerb(parse.words, last + 1)) return true
  // "Community bankers have continued to serve [as the primary source of credit]": a verb with no object whose sense
  // is its "as" complement.
  if (parse.words[last]!.pos === 'VERB' && AS_COMPLEMENT_INTRANSITIVES.has(parse.words[last]!.lemma.toLowerCase()) && next.lower === 'as') return true
  // "The government describes the ties [as exceptionally close]": the object's complement.
  const main = verbOfObject(parse, last) ?? lexicalVerb(parse, mainVerb(parse, kept), last)
  if (main !== undefined && AS_COMPLEMENT_VERBS.has(parse.words[main]!.lemma) && ['NOUN', 'PROPN', 'NUM'].includes(parse.words[last]!.pos)) {
    // (Not "such as", nor an "as" after another clause's conjunction: "see more variation in prices because of
    // differences …, such as …".)
    const as = parse.words.findIndex((w, i) => i > last && w.lower === 'as' && !parse.quoted[i] && parse.words[i - 1]!.lower !== 'such')
    const between = parse.words.slice(last + 1, as)
    if (as > 0 && !kept.has(as) && !between.some((w, k) => w.pos === 'SCONJ' || isFiniteVerb(parse.words, last + 1 + k))) return true
  }
  // "The court deemed the proffered benefits [in those cases “unclear”]": what the object was deemed, found or made.
  if (main !== undefined && OBJECT_COMPLEMENT_VERBS.has(parse.words[main]!.lemma) && ['NOUN', 'PROPN'].includes(parse.words[last]!.pos) && complementAhead(parse, after)) return true
  // "has helped turn these particles [into a new way …]", "is to provide the President [with a report]": a verb
  // whose object's sense is completed by its preposition (data/language.json verbComplements).
  if (['NOUN', 'PROPN', 'NUM', 'PRON'].includes(parse.words[last]!.pos) && !parse.quoted[after] && completesObject(parse.words, after)) return true
  // "the grasses already had almost as much [as they could use]": a comparison of equals says what with. (Not a
  // conjunction of three words, "as long as", "as well as", which a headline may lose whole.)
  if (next.lower === 'as' && parse.words[last - 1]?.lower === 'as' && !AS_CONJUNCTIONS.has(parse.words[last]!.lower)) return true
  // "Regulators can raise capital in one [of two ways]", "Several [of the banks]": a number or quantifier counts
  // what its "of" names.
  if (next.lower === 'of' && (parse.words[last]!.pos === 'NUM' || QUANTIFIERS.has(parse.words[last]!.lower))) return true
  // "Congress may consider issues [such as the architecture of the program, …]", "might pursue options [such as
  // blackmailing …]": a bare plural stands for the examples "such as" gives.
  if (next.lower === 'such' && parse.words[after + 1]?.lower === 'as' && bareNoun(parse, kept, last)) return true
  // "Anthropic will support the Ministry [of Health]": a name's words go on too.
  if (!['NOUN', 'PROPN'].includes(parse.words[last]!.pos)) return false
  // "the U.S. State Department’s Office [of Global Criminal Justice]", "served as Chair [of the Board]": a singular
  // word in capitals before "of" and another in capitals is inside a name, whatever stands before it.
  if (next.lower === 'of' && nameGoesOn(parse, last, after)) return true
  // "The plan reflects the leaders' emphasis [on growth]": a noun whose sense is its preposition's object.
  // (Not a preposition of several words that opens a phrase of its own: "underwent change [in response to …]".)
  const opensComplex = COMPLEX_PREPOSITIONS.some((p) => p.length > 1 && p.every((w, k) => parse.words[after + k]?.lower === w))
  if (GOVERNED_PREPOSITIONS.get(parse.words[last]!.lemma.toLowerCase())?.has(next.lower) && !opensComplex) return true
  // "Guterres served as prime minister [of Portugal]": an office is of somewhere.
  if (next.lower === 'of' && PERSON_TITLES.some((t) => t.length === 1 && t[0] === parse.words[last]!.lower)) return true
  // "Our new RSP introduces a requirement [that …]", "Reports are another way [to …]".
  const infinitive = next.lower === 'to' && parse.words[after + 1]?.pos === 'VERB'
  // ("highlighted the need [for Japan to strengthen …]": an infinitive with its own subject after "for".)
  const forInfinitive = next.lower === 'for' && forSubjectInfinitive(parse.words, after + 1)
  if (COMPLEMENT_NOUNS.has(parse.words[last]!.lemma) && (infinitive || forInfinitive || next.lower === 'that')) return true
  // ("… the need for Japan [to strengthen …]": the subject of "for … to" waits for its infinitive.)
  if (infinitive) {
    let k = last
    while (k > 0 && FOR_SUBJECT_POS.has(parse.words[k]!.pos) && last - k < MAX_FOR_SUBJECT_WORDS) k--
    if (parse.words[k]?.lower === 'for' && k < last && kept.has(k) && COMPLEMENT_NOUNS.has(parse.words[k - 1]?.lemma ?? '')) return true
  }
  // "establishing a process [to impose tariffs …]": a new means is what its infinitive does (not "amended the
  // licensing process [to direct …]", where the infinitive is the amendment's purpose).
  if (infinitive && PURPOSE_NOUNS.has(parse.words[last]!.lemma) && newOne(parse, kept, last)) return true
  // "Congress has begun work [on a farm bill]", "The law required periodic re-evaluations [of the plan]": the main
  // verb's object is a bare common noun, with no determiner, number or owner; what it is about is what follows.
  // (Not a relative clause: "… have deployed surveillance systems [that …]" is a claim without it.)
  if (bareObjectBeforeItsComplement(parse, kept, last, next)) return true
  // The noun phrase: back over adjectives and ordinals to its determiner.
  // (Over the words the headline kept: "a [mutually] beneficial alignment[ of …]" has lost an adverb.)
  const previous = (i: number) => {
    let j = i - 1
    while (j >= 0 && !kept.has(j) && isWord(parse.words[j]!) && !parse.quoted[j]) j--
    return j
  }
  let k = previous(last)
  while (k >= 0 && kept.has(k) && (parse.words[k]!.pos === 'ADJ' || isOrdinal(parse.words[k]!))) k = previous(k)
  const ordinal = parse.words.slice(k + 1, last).some(isOrdinal)
  // "has released its 10th year [of infrared data]": a numbered one of its own is one of what follows.
  if (POSSESSIVE_DETERMINERS.has(parse.words[k]?.lower ?? '') && RE_NUMBERED.test(parse.words[k + 1]?.lower ?? '')) return next.lower === 'of'
  // "Brazil is entering a territory [of high risk]", "… is a member [of the alliance]": what one of a kind is, its
  // "of" says. (Not the last of two joined: "a fixed amount or a percentage[ of the price]" stands as its first does.)
  if (INDEFINITE_ARTICLES.has(parse.words[k]?.lower ?? '')) return next.lower === 'of' && parse.words[k - 1]?.pos !== 'CCONJ'
  if (parse.words[k]?.lower !== 'the') return false
  return next.lower === 'of' || ordinal
}
/**
 * "would have designated [April 22]": the verb right before the noun phrase that ends at `last`, its object; none
 * when another word stands between.
 */
function verbOfObject(parse: Parse, last: number): number | undefined {
  // (Over a participle the noun phrase holds: "deemed the [proffered] benefits".)
  const attributive = (k: number) => parse.words[k]!.pos === 'VERB' && ['DET', 'ADJ'].includes(parse.words[k - 1]?.pos ?? '')
  let k = last
  while (k >= 0 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(parse.words[k]!.pos) || attributive(k))) k--
  return k < last && parse.words[k]?.pos === 'VERB' ? k : undefined
}
/**
 * "has [also] designated": the verb an auxiliary at `verb` goes with, past adverbs, before `last`; the verb itself
 * when it is no auxiliary (or none follows).
 */
function lexicalVerb(parse: Parse, verb: number | undefined, last: number): number | undefined {
  if (verb === undefined || parse.words[verb]!.pos !== 'AUX') return verb
  let k = verb + 1
  while (k < last && ['AUX', 'ADV', 'PART'].includes(parse.words[k]!.pos)) k++
  return parse.words[k]?.pos === 'VERB' ? k : verb
}
/** The words at `last` and after the "of" at `of` (past "the") are in capitals: a name's, not the sentence's first. */
function nameGoesOn(parse: Parse, last: number, of: number): boolean {
  const capital = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text)
  const then = parse.words[of + 1]?.lower === 'the' ? of + 2 : of + 1
  // (A plural is the parts of the name after it, and whole: "the War Crimes Units [of the Office of …]".)
  const singular = !/[^s]s$/.test(parse.words[last]!.lower)
  return last > 0 && singular && capital(parse.words[last]) && capital(parse.words[then]) && ['NOUN', 'PROPN'].includes(parse.words[then]!.pos)
}
const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who'])
/** After the verb at `verb` comes its object straight away: a determiner, a name, a noun or a number. */
function objectAfterVerbs(parse: Parse, verb: number): boolean {
  return ['DET', 'PROPN', 'NOUN', 'NUM', 'PRON'].includes(parse.words[verb + 1]?.pos ?? '')
}
/** The headline ends on a plural common noun with no determiner, number or owner before it: "issues", "advanced features". */
function bareNoun(parse: Parse, kept: Set<number>, last: number): boolean {
  const w = parse.words[last]!
  if (w.pos !== 'NOUN' || w.lower === w.lemma.toLowerCase()) return false
  let k = last - 1
  while (k >= 0 && kept.has(k) && ['ADJ', 'NOUN'].includes(parse.words[k]!.pos)) k--
  return !['DET', 'NUM', 'PRON', 'PART', 'PROPN'].includes(parse.words[k]?.pos ?? '')
}
/** Verbs whose object an adjective after it completes: "deemed the benefits unclear", "found the rule unlawful". */
const OBJECT_COMPLEMENT_VERBS = new Set<string>(LANGUAGE_DATA.objectComplementVerbs)
/**
 * From `from`, past a phrase or two about the object ("in those 8% of cases"), an adjective closes the clause: the
 * object's complement.
 */
function complementAhead(parse: Parse, from: number): boolean {
  for (let k = from; k < parse.words.length; k++) {
    const w = parse.words[k]!
    if (w.pos === 'ADJ') return !['NOUN', 'PROPN', 'ADJ'].includes(parse.words[k + 1]?.pos ?? '')
    if (!['ADP', 'DET', 'NUM', 'SYM', 'NOUN', 'PROPN'].includes(w.pos) && !OPENING_QUOTES.has(w.text)) return false
  }
  return false
}
const INDEFINITE_ARTICLES = new Set(['a', 'an'])
/** "as long as", "as soon as", "as well as", "as far as": conjunctions, not comparisons. */
const AS_CONJUNCTIONS = new Set(['long', 'soon', 'well', 'far'])
const isOrdinal = (w: Word) => ORDINALS.has(w.lower) || RE_NUMBERED.test(w.lower)
/** "10th", "500th", "2nd": an ordinal in figures. */
const RE_NUMBERED = /^\d+(?:st|nd|rd|th)$/

/** Prepositions that open what a bare object is of, for or about (not a place, time or means: "in", "by", "at"). */
const OBJECT_COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'for', 'on'])
const IDIOM_OBJECTS = new Set<string>(LANGUAGE_DATA.idiomObjects)

/**
 * The headline ends on the main verb's object, a common noun with only adjectives before it ("made changes",
 * "authorizes appropriations", "has begun work"), and the sentence goes on with the phrase that says what of.
 */
function bareObjectBeforeItsComplement(parse: Parse, kept: Set<number>, last: number, next: Word): boolean {
  if (parse.words[last]!.pos !== 'NOUN' || parse.quoted[last]) return false
  // ("… has almost unlimited authority [to deal with …]": an infinitive is the noun's, COMPLEMENT_NOUNS's matter.)
  if (!OBJECT_COMPLEMENT_PREPOSITIONS.has(next.lower)) return false
  const after = parse.words.findIndex((w, i) => i > last + 1 && isWord(w))
  // (Nor words quoted after it: they stay whole or out.)
  if (after < 0 || parse.quoted[after] || (next.lower === 'to' && parse.words[after]!.pos === 'VERB')) return false
  const main = verbGroupEnd(parse, kept)
  if (main === undefined || main >= last) return false
  // (Nor a noun that a linking verb describes the subject by, or the subject of a clause a thought verb takes.)
  if (LINKING_VERBS.has(parse.words[main]!.lemma) || THOUGHT_VERBS.has(parse.words[main]!.lemma)) return false
  if (IDIOM_OBJECTS.has(`${parse.words[main]!.lemma} ${parse.words[last]!.lemma}`)) return false
  let k = last - 1
  while (k > main && kept.has(k) && ['ADJ', 'NOUN'].includes(parse.words[k]!.pos)) k--
  return k === main
}

export const OBJECT_INFINITIVE_VERBS = new Set<string>(LANGUAGE_DATA.objectInfinitiveVerbs)
const FRACTION_NOUNS = new Set<string>(LANGUAGE_DATA.fractionNouns)
const DURATION_NOUNS = new Set<string>(LANGUAGE_DATA.durationNouns)
/** Words of a noun phrase, between a verb or preposition and the phrase's end. */
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'SYM'])

/**
 * The index of the sentence's next word after `i`, past closing marks ("most"[ of], 10%[ of]) and an aside in
 * brackets ("two-thirds (66%)[ of]"), or -1.
 */
function nextWordAfter(parse: Parse, i: number): number {
  let n = i + 1
  for (;;) {
    const w = parse.words[n]
    if (!w) return -1
    if (RE_CLOSING.test(w.text) || (/^["”’]$/.test(w.text) && parse.partner.has(n) && parse.partner.get(n)! < n)) n++
    else if (w.text === '(') {
      const close = parse.words.findIndex((x, k) => k > n && x.text === ')')
      if (close < 0) return -1
      n = close + 1
    } else return isWord(w) ? n : -1
  }
}

/**
 * "29 days", "ten years", "came hours": a number of a duration's units, or the units alone after a verb or an
 * adverb, measured from what follows ("… after …"); not the end of a span ("for two to four years", "within 30 days").
 */
export function measuredFrom(words: Word[], i: number): boolean {
  if (!DURATION_NOUNS.has(words[i]?.lemma.toLowerCase() ?? '')) return false
  // ("The ceasefire came hours [after …]", "just weeks [before …]".)
  if (words[i]!.lower !== words[i]!.lemma.toLowerCase() && ['VERB', 'ADV'].includes(words[i - 1]?.pos ?? '')) return true
  if (words[i - 1]?.pos !== 'NUM') return false
  const before = words[i - 2]
  return !before || !(before.pos === 'ADP' || ['to', 'and', 'or', '-', '–'].includes(before.lower))
}

/**
 * The headline stops inside a phrase the sentence goes on with, so that what is left says something else or
 * nothing: a share before its "of" ("intercepted “most” [of the drones]", "roughly 10% [of …]"); "from X"
 * before its "to Y"; a duration before "after" ("nominated X 29 days [after …]"); "so much X" before its "that
 * …"; a verb of saying or finding before its clause ("surveys show [that …]"); an object before the infinitive
 * its verb needs ("directs the agency [to …]"); an adjective before its noun ("gives schools secure[, reliable
 * access]"); a list's first item ("a mixture of water[, minerals and …]"); a date before its year.
 */
export function cutsItsPhrase(parse: Parse, kept: Set<number>, last: number): 'phrase' | 'list' | 'clause' | undefined {
  const { words } = parse
  const w = words[last]!
  const n = nextWordAfter(parse, last)
  const next = words[n]
  if (!next || kept.has(n) || parse.quoted[n] && !parse.quoted[last]) return undefined
  // "two-thirds [of …]", "“most” [of …]", "10% [of …]".
  if (next.lower === 'of' && (w.pos === 'NUM' || QUANTIFIERS.has(w.lower) || FRACTION_NOUNS.has(w.lower) || PARTITIVES.has(w.lemma) || COUNTING_NOUNS.has(w.lower))) return 'phrase'
  // "30%[ to 60%]", "two[ to four]": a range's end.
  if (w.pos === 'NUM' && ['to', 'and', '-', '–'].includes(next.lower) && words[n + 1]?.pos === 'NUM') return 'phrase'
  // "from simple scripts [to sophisticated systems]", "from a single evening [of readings to a week …]": the
  // range's end.
  const inPhrase = (x: Word) => NOUN_PHRASE_WORDS.has(x.pos) || x.lower === 'of' || !isWord(x)
  let to = n
  while (words[to] && to < n + 8 && !['to', 'into'].includes(words[to]!.lower) && inPhrase(words[to]!)) to++
  if (['to', 'into'].includes(words[to]?.lower ?? '') && !kept.has(to) && words[to + 1]?.pos !== 'VERB') {
    let p = last
    while (p > 0 && kept.has(p) && inPhrase(words[p]!)) p--
    if (kept.has(p) && words[p]!.lower === 'from') return 'phrase'
  }
  // "29 days [after …]": a duration measured from what follows.
  if (measuredFrom(words, last) && ['after', 'before'].includes(next.lower)) return 'phrase'
  if (next.lower === 'that') {
    // "contain so much boron [that …]", "such a strong pull [that …]": the degree's result.
    const main = mainVerb(parse, kept) ?? 0
    const degree = [...kept].some((i) => i > main && i < last && ['so', 'such'].includes(words[i]!.lower) && ['ADJ', 'ADV', 'DET'].includes(words[i + 1]?.pos ?? '') && !words.slice(i, last).some((x) => x.lower === 'that'))
    if (degree) return 'phrase'
    // "Chat boards … show [that …]" (the verb tagged as a noun or not): what was found or said.
    const noun = ['DET', 'ADJ', 'ADP'].includes(words[last - 1]?.pos ?? '')
    if (!noun && (THOUGHT_VERBS.has(w.lemma) || THOUGHT_VERBS.has(w.lower) || SPEECH_VERBS.has(w.lower))) return 'clause'
  }
  // "directs the Secretary of Transportation [to …]": the object of a verb that needs its infinitive.
  const open = /^["“]$/.test(words[n + 1]?.text ?? '') ? 1 : 0
  const infinitive = words[n + 1 + open]?.pos === 'VERB' || (words[n + 1 + open]?.pos === 'ADV' && words[n + 2 + open]?.pos === 'VERB')
  // ("might prompt Members [who are interested in …] to look to …": past the relative clause that describes them.)
  const described = ['who', 'whom'].includes(next.lower) && words.some((x, k) => k > n && x.lower === 'to' && x.pos === 'PART' && words[k + 1]?.pos === 'VERB')
  if (((next.lower === 'to' && infinitive) || described) && ['NOUN', 'PROPN', 'PRON'].includes(w.pos)) {
    let v = last
    while (v > 0 && kept.has(v) && (NOUN_PHRASE_WORDS.has(words[v]!.pos) || ['of', 'and', 'the'].includes(words[v]!.lower) || !isWord(words[v]!) || words[v]!.pos === 'PRON')) v--
    if (kept.has(v) && words[v]!.pos === 'VERB' && OBJECT_INFINITIVE_VERBS.has(words[v]!.lemma)) return 'phrase'
  }
  if (n !== last + 1 && !(isComma(parse, last + 1) && n === last + 2)) return undefined
  // "thousands of kilometres [away]", "two years [ago]": a measure before the word it measures.
  if (n === last + 1 && w.pos === 'NOUN' && MEASURED_WORDS.has(next.lower)) return 'phrase'
  // "gives academic institutions secure[, reliable AI access]", "to introduce customer-first[, AI-powered products]":
  // an adjective whose noun was cut (not one a linking verb or an auxiliary ties to its subject: "remains stable").
  // ("a next-generation[, eight-wheeled vehicle]": a compound a hyphen makes modifies as an adjective does.)
  const compound = words[last - 1]?.text === '-' && words[last - 1]!.start === words[last - 2]?.end
  if (w.pos === 'ADJ' || (compound && n === last + 2)) {
    let start = last
    while (words[start - 1]?.text === '-' && words[start - 2] && isWord(words[start - 2]!)) start -= 2
    const before = words[start - 1]
    const predicative = !before || before.pos === 'AUX' || before.pos === 'ADV' || (before.pos === 'VERB' && LINKING_VERBS.has(before.lemma))
    if (!predicative && (n === last + 1 ? ['NOUN', 'PROPN'].includes(next.pos) : modifiesNounAhead(words, n))) return 'phrase'
  }
  // "a complex mixture of water[, minerals and …]": a list's first item stands for the list.
  if (isComma(parse, last + 1) && ['NOUN', 'PROPN'].includes(w.pos)) {
    let k = n
    // Of a noun's "of" phrase ("a mixture [of] water, minerals and …"): the list is what the noun is made of.
    let p = last
    while (p > 0 && kept.has(p) && NOUN_PHRASE_WORDS.has(words[p]!.pos)) p--
    if (words[p]?.lower !== 'of' || !['NOUN', 'PROPN'].includes(words[p - 1]?.pos ?? '')) return undefined
    while (k < n + 5 && ['NOUN', 'PROPN', 'ADJ'].includes(words[k]?.pos ?? '')) k++
    if (k > n && (isAndOr(words[k]) || (isComma(parse, k) && ['NOUN', 'PROPN', 'ADJ'].includes(words[k + 1]?.pos ?? '')))) return 'list'
  }
  // "past December 31[, 2026]": a day's year.
  return w.pos === 'NUM' && MONTHS.test(words[last - 1]?.lower ?? '') && isComma(parse, last + 1) && RE_YEAR.test(next.text) ? 'phrase' : undefined
}

/** Words a measure phrase comes before ("200 metres away", "a decade ago", "two years older"). */
const MEASURED_WORDS = new Set(['away', 'ago', 'apart', 'earlier', 'later', 'long', 'wide', 'high', 'deep', 'tall', 'old', 'older', 'younger'])

/** The words from `n` modify a noun a few words on ("reliable AI access", "AI-powered Lyft products"). */
function modifiesNounAhead(words: Word[], n: number): boolean {
  let modifier = false
  for (let k = n; k < n + 6 && words[k]; k++) {
    const w = words[k]!
    // ("a huge, in-ground vacuum chamber": a word a hyphen joins to the next is part of a modifier, whatever its tag.)
    const hyphened = words[k + 1]?.text === '-' && words[k + 1]!.start === w.end
    if (w.pos === 'ADJ' || (w.pos === 'VERB' && participleForm(w)) || w.text === '-' || hyphened) modifier = true
    else if (['NOUN', 'PROPN'].includes(w.pos)) {
      if (modifier && words[k + 1]?.text !== '-') return true
    } else return false
  }
  return false
}

/**
 * "…, resulting in the establishment of:" (a list follows in the article): a sentence that stops on a function word
 * loses its last phrase set off by a comma, when that phrase has no finite verb and the rest has one.
 */
export function dropLooseEnd(parse: Parse, kept: Set<number>): void {
  // "… is noisy, but generally[, as GDP increases, …]": a conjunction and its adverb, left by a cut of the clause
  // they open, go from their comma.
  const [joiner, adverb] = keptWordIndices(parse, kept).slice(-2)
  const opened = joiner !== undefined && adverb === joiner + 1 && parse.words[joiner]!.pos === 'CCONJ' && parse.words[adverb]!.pos === 'ADV' && isComma(parse, adverb + 1) && !kept.has(adverb + 2)
  if (opened && isComma(parse, joiner - 1) && joiner - 1 > (verbGroupEnd(parse, kept) ?? Infinity)) {
    drop(kept, { from: joiner - 1, to: [...kept].sort((a, b) => a - b).at(-1)! })
    return
  }
  // "… from other places: potentially[, according to X, $3.6 billion from …]": a colon left with adverbs alone
  // after it introduces nothing; it goes with them.
  const sorted = [...kept].sort((a, b) => a - b)
  const colon = sorted.findLast((i) => parse.words[i]!.text === ':' && !parse.quoted[i])
  const indices = keptWordIndices(parse, kept)
  const after = colon === undefined ? [] : indices.filter((i) => i > colon)
  if (colon !== undefined && after.length > 0 && after.every((i) => parse.words[i]!.pos === 'ADV') && indices.some((i) => i < colon)) {
    drop(kept, { from: colon, to: sorted.at(-1)! })
    return
  }
  if (!endsLoose(keptWords(parse, kept))) return
  // "… covering behaviors such as[:]": the examples were in the list that followed; their opener goes.
  const words = keptWordIndices(parse, kept)
  const opener = [['such', 'as'], ['including'], ['for', 'example']].find((p) => p.join(' ') === words.slice(-p.length).map((i) => parse.words[i]!.lower).join(' '))
  if (opener && words.length > opener.length + 3) {
    drop(kept, { from: words.at(-opener.length)!, to: [...kept].sort((a, b) => a - b).at(-1)! })
    if (!endsLoose(keptWords(parse, kept))) return
  }
  // "address X to boost Y; and": a list item's closing conjunction belongs to the list, not to the item.
  const [mark, conjunction] = [...kept].sort((a, b) => a - b).filter((i) => !/^[.!?…]$/.test(parse.words[i]!.text)).slice(-2)
  if (mark !== undefined && conjunction !== undefined && /^[;,]$/.test(parse.words[mark]!.text) && parse.words[conjunction]!.pos === 'CCONJ') {
    drop(kept, { from: mark, to: conjunction })
    if (!endsLoose(keptWords(parse, kept))) return
  }
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return
  const order = [...kept].sort((a, b) => a - b)
  const comma = order.findLast((i) => i > group && isComma(parse, i) && !parse.quoted[i])
  if (comma === undefined) return
  const trial = new Set(kept)
  drop(trial, { from: comma, to: order.at(-1)! })
  const rest = order.filter((i) => i > comma).map((i) => parse.words[i]!)
  if (!hasFiniteVerb(rest) && hasFiniteVerb(keptWords(parse, trial)) && !endsLoose(keptWords(parse, trial))) drop(kept, { from: comma, to: order.at(-1)! })
}

/** "…of the final rule, potentially [because of state laws …]": an adverb left alone at the end by a cut goes too. */
export function dropLooseAdverb(parse: Parse, kept: Set<number>): void {
  const last = keptWordIndices(parse, kept).at(-1)
  if (last === undefined || parse.words[last]!.pos !== 'ADV' || !isComma(parse, last - 1) || !kept.has(last - 1)) return
  // Only when what the adverb modified was cut ("The army withdrew, finally." keeps it).
  const next = parse.words[last + 1]
  if (!next || kept.has(last + 1) || !isWord(next)) return
  kept.delete(last)
  kept.delete(last - 1)
}

/** Adverbs that single out what follows them (data/draft/trim.json focusAdverbs). */
export const FOCUS_ADVERBS = new Set<string>(trimData.focusAdverbs)

/** The last word leaves the sentence hanging: "the company was", "a list of the". */
export function endsLoose(words: Word[]): boolean {
  const last = words.filter(isWord).at(-1)
  // "…, potentially": an adverb set off by a comma modifies what no longer follows it.
  const loneAdverb = last?.pos === 'ADV' && words.at(-2)?.text === ','
  // "charged the fees even [when …]": an adverb that singles out what followed it (data/draft/trim.json focusAdverbs).
  const focus = last?.pos === 'ADV' && FOCUS_ADVERBS.has(last.lower)
  // ("revealed a deal whereby[, on October 29, X acquired Y]": a relative adverb, which the tagger reads as an adverb.)
  return !last || ['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'].includes(last.pos) || RELATIVE_ADVERBS.has(last.lower) || loneAdverb || focus || COMPLEMENT_VERBS.has(last.lemma) || leavesClauseOpen(words) || endsOnPartitive(words) || endsOnAttributive(words) || unfinishedBetween(words)
}

/** "has become [increasingly blurred]": verbs that never end a clause (data/language.json complementVerbs). */
export const COMPLEMENT_VERBS = new Set<string>(LANGUAGE_DATA.complementVerbs)

/** "can choose between the CBLR [, …, and risk-weighted requirements]": "between" names two, or a plural. */
export function unfinishedBetween(words: Word[]): boolean {
  const at = words.findLastIndex((w) => w.lower === 'between')
  if (at < 0) return false
  const after = words.slice(at + 1)
  return !after.some((w) => ['and', '&', 'to', '-', '–'].includes(w.lower) || (w.pos === 'NOUN' && w.lower !== w.lemma) || w.pos === 'NUM')
}

/**
 * "reform global trade, economic [, and financial governance]", "is likely to use covert [, rather than declared,
 * facilities]": an adjective after a comma, a determiner or a verb that does not link it to a subject describes a
 * noun that was cut. ("The outlook is bleak", "remains uncertain", "grew more cautious" end whole.)
 */
export function endsOnAttributive(words: Word[]): boolean {
  const end = words.findLastIndex((w) => !/^[.!?…]$/.test(w.text))
  const last = words[end]
  const before = words[end - 1]
  if (last?.pos !== 'ADJ' || !before) return false
  return before.text === ',' || ['DET', 'ADP', 'NUM'].includes(before.pos) || (before.pos === 'VERB' && !LINKING_VERBS.has(before.lemma))
}
const LINKING_VERBS = new Set<string>(LANGUAGE_DATA.linkingVerbs)

/** "proposes studying a range", "includes a number": a noun that only counts or measures what its "of" names. */
export function endsOnPartitive(words: Word[]): boolean {
  const content = words.filter(isWord)
  const last = content.at(-1)
  if (last && COUNTING_NOUNS.has(last.lower) && content.at(-2)?.lower !== 'the') return true
  return !!last && PARTITIVES.has(last.lemma) && content.at(-2)?.pos === 'DET'
}
const PARTITIVES = new Set(LANGUAGE_DATA.partitiveNouns)
const COUNTING_NOUNS = new Set(LANGUAGE_DATA.countingNouns)

/**
 * "We believe that shaping sensitive circumstances, like retirements", "fuel shortages in the country where Kabwe,
 * a town": a clause opened by "that", "whether", "which", "who" or "where" that never reaches its verb. (Not "that"
 * before its noun: "rejected that plan".)
 */
export function leavesClauseOpen(words: Word[]): boolean {
  // "that" right before a noun or adjective determines it ("vacated that rule"); after an adjective it opens the
  // clause the adjective judges ("It is shameful that media …").
  const determiner = (i: number) => words[i]!.lower === 'that' && ['NOUN', 'ADJ'].includes(words[i + 1]?.pos ?? '') && words[i - 1]?.pos !== 'ADJ'
  // ("offering antibiotics where necessary", "where not inconsistent with …": "where" before no subject opens an
  // elliptical phrase that needs no verb.)
  const elliptical = (i: number) => words[i]!.lower === 'where' && !['NOUN', 'PROPN', 'PRON', 'DET', 'NUM'].includes(words[i + 1]?.pos ?? '')
  const opener = words.findLastIndex((w, i) => CLAUSE_OPENERS.has(w.lower) && (w.pos !== 'DET' || words[i - 1]?.pos === 'ADJ') && !determiner(i) && !elliptical(i) && i < words.length - 1)
  if (opener < 0) return false
  const rest = words.slice(opener + 1)
  // ("found that, if treated": a verb in a clause of its own after the opener is not the opened clause's.)
  const own = (k: number) => {
    const from = rest.slice(0, k).findLastIndex((w) => w.text === ',') + 1
    return !rest.slice(from, k).some((w) => w.pos === 'SCONJ' || (SUBORDINATORS.has(w.lower) && w.pos !== 'ADP'))
  }
  return rest.some(isWord) && !rest.some((w, k) => (w.pos === 'AUX' || (w.pos === 'VERB' && !(w.lower.endsWith('ing') && k === 0))) && own(k))
}
export const CLAUSE_OPENERS = new Set(['that', 'whether', 'which', 'who', 'how', 'why', 'where'])

/**
 * The preposition at `i` is stranded: what follows it is no object but the end of the clause, a subordinator or
 * another preposition with its own object, so its object stands before it: "could be taken care [of] before
 * this one", "what they asked [for]." (Not one before "up to", "because of": "contracts [for up to $200 million]".)
 */
function strandedPreposition(parse: Parse, i: number): boolean {
  if (!STRANDABLE_PREPOSITIONS.has(parse.words[i]!.lower) || parse.quoted[i]) return false
  const follow = parse.words[i + 1]
  if (!follow) return true
  if (!isWord(follow)) return !OPENING_QUOTES.has(follow.text) && !/^[([$£€]/.test(follow.text)
  if (follow.pos === 'SCONJ') return true
  return follow.pos === 'ADP' && opensObject(parse.words[i + 2])
}

/** A word that opens a preposition's object: a noun phrase's word (not a symbol: "over [$5]") or a pronoun. */
const opensObject = (w: Word | undefined) => !!w && w.pos !== 'SYM' && (NOUN_PHRASE_WORDS.has(w.pos) || w.pos === 'PRON')

/** Words that grade a number before it: "as many as 10 years", "up to $5 billion", "more than 2,000" (lower case). */
const QUANTITY_GRADERS = [['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'], ['up', 'to'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['nearly'], ['almost'], ['about'], ['roughly'], ['some']]

/** A quantity opens at `i`: words that grade it, then a number (or a currency sign and a number). */
function quantityAt(parse: Parse, i: number): boolean {
  const grader = QUANTITY_GRADERS.find((g) => g.every((w, k) => parse.words[i + k]?.lower === w))
  if (!grader) return false
  const k = i + grader.length
  const number = parse.words[k]?.pos === 'NUM' ? k : /^[$£€]$/.test(parse.words[k]?.text ?? '') ? k + 1 : -1
  return number > 0 && parse.words[number]?.pos === 'NUM'
}
