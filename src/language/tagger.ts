/**
 * The linguistic layer's base: words with their part of speech and lemma, from wink-nlp and its English
 * model (`wink-eng-lite-web-model`, shipped inside the npm package: nothing is fetched at run time).
 *
 * Chosen over compromise after measuring both on the corpus (see EVALUATION.md): wink tags a 1,200-word
 * article in about 2 ms warm (compromise: about 55 ms), 100,000 words in about 0.1 s, and uses Universal
 * Dependencies tags, which the rules below read.
 *
 * tagWords('Beijing condemned the test.') → Beijing/PROPN condemned/VERB the/DET test/NOUN ./PUNCT
 */
import { createRequire } from 'node:module'
import type { WinkMethods } from 'wink-nlp'
import { LANGUAGE, MODALS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from './data.ts'
import { otherFunctionWord } from './other-language.ts'

// Loaded on first use, not at import: the model takes about 70 MB, which a build from an outline with no titles
// to check, or a command that never tags, need not hold.
const require = createRequire(import.meta.url)

/** Universal Dependencies part-of-speech tags. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

export interface Word {
  /** As printed. */
  text: string
  lower: string
  /** Dictionary form: "firms" → "firm", "done" → "do". */
  lemma: string
  pos: Pos
  /** Offsets into the tagged text, `[start, end)`. */
  start: number
  end: number
}

let engine: { nlp: WinkMethods; its: WinkMethods['its'] } | undefined

function load() {
  if (!engine) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default
    const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos'])
    engine = { nlp, its: nlp.its }
  }
  return engine
}

/** A closing bracket run together with the stop after it: "):", "),". */
const RE_CLOSE_AND_STOP = /^[)\]][.,:;!?]+$/

/** Subscript or superscript digits: the end of a chemical formula or a unit ("CO₂", "km²"). */
const RE_SCRIPT_DIGITS = /^[\u2070-\u2079\u2080-\u2089\u00b2\u00b3\u00b9]+$/u

/** A possessive ending kept on a word: "Alzheimer's", "Beijing’s". */
const RE_POSSESSIVE = /(?<=\p{L})['’][sS]$/u

/**
 * The model's tokenizer breaks a word at a letter beyond Latin-1 ("Milošević" → "Milo", "š", "evi", "ć"): such a
 * letter is tagged as its base letter ("s", "c"), one character for one, so every offset still points into the
 * text as printed.
 */
const RE_EXTENDED_LETTER = /[\u0100-\u024f\u1e00-\u1eff]/gu
const UNDECOMPOSED: Record<string, string> = { Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ŋ: 'N', ŋ: 'n', Œ: 'O', œ: 'o' }
function plainLetters(text: string): string {
  return text.replace(RE_EXTENDED_LETTER, (c) => {
    const base = c.normalize('NFD')[0]!
    return /^[A-Za-z]$/.test(base) ? base : (UNDECOMPOSED[c] ?? c)
  })
}

/**
 * The texts tagged since the article being built was tagged (`forgetTagged` starts afresh): the analysis and the
 * draft tag the same clauses, points and headlines again and again. Bounded, for a process that tags many texts
 * with no article (a rebuild from an outline, the dev server).
 */
let seen = new Map<string, readonly Word[]>()
const MAX_SEEN = 20_000

/** Starts the memory of tagged texts afresh (a new article). */
export function forgetTagged(): void {
  seen = new Map()
}

/** Tags one text (a sentence, a title, a point). Offsets point into `text`. A new array each call. */
export function tagWords(printed: string): Word[] {
  const known = seen.get(printed)
  if (known) return known.slice()
  if (seen.size >= MAX_SEEN) seen = new Map()
  const words = tagText(printed)
  seen.set(printed, words)
  return words.slice()
}

function tagText(printed: string): Word[] {
  const { nlp, its } = load()
  const text = plainLetters(printed)
  const tokens = nlp.readDoc(text).tokens()
  const values = tokens.out(its.value) as string[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  const pos = tokens.out(its.pos) as Pos[]
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[]
  const words: Word[] = []
  let offset = 0
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length
    const value = values[i]!
    // wink keeps the text as printed; should it ever not, find the word from where the last one ended.
    const start = text.startsWith(value, offset) ? offset : Math.max(offset, text.indexOf(value, offset))
    const possessive = RE_POSSESSIVE.exec(value)
    // The word as printed, and its lemma when the model left the word as it was.
    const word = printed.slice(start, start + value.length)
    const last = words.at(-1)
    if (last && last.end === start && RE_SCRIPT_DIGITS.test(value)) {
      // "CO₂", "H₂O", "m³": wink splits a subscript or superscript off its word; it is part of the word.
      last.text += word
      last.lower += word
      last.lemma += word
      last.end = start + value.length
    } else if (RE_CLOSE_AND_STOP.test(value)) {
      // "(90 FR 60064 and 91 FR 13822):": wink keeps a closing bracket and the stop after it as one symbol, so the
      // bracket would have no partner; each is a mark of its own.
      for (let k = 0; k < value.length; k++) words.push({ text: value[k]!, lower: value[k]!, lemma: value[k]!, pos: 'PUNCT', start: start + k, end: start + k + 1 })
    } else if (possessive) {
      // wink splits "Alzheimer's" into "Alzheimer" + "'s" the first time it meets the word and, having cached it,
      // keeps it whole after that: split it here, so the same text is tagged the same way in any run.
      const base = word.slice(0, possessive.index)
      const lemma = lemmaOf(modelLemma(lemmas[i], value), word, value)
      words.push({ text: base, lower: base.toLowerCase(), lemma: lemma.endsWith(possessive[0].toLowerCase()) ? lemma.slice(0, -2) : lemma, pos: pos[i]!, start, end: start + base.length })
      words.push({ text: possessive[0], lower: possessive[0].toLowerCase(), lemma: possessive[0].toLowerCase(), pos: 'PART', start: start + base.length, end: start + value.length })
    } else words.push({ text: word, lower: word.toLowerCase(), lemma: lemmaOf(modelLemma(lemmas[i], value), word, value), pos: pos[i]!, start, end: start + value.length })
    offset = start + value.length
  }
  return corrected(words)
}

/**
 * The model's lemma in lower case; the word itself where the model gives none (wink has no lemma for a "cannot" it
 * does not split: "those who cannot.").
 */
const modelLemma = (lemma: string | null | undefined, value: string) => (lemma ?? value).toLowerCase()

/** A word's lemma, or the word as printed when the model left it as it was (in its plain letters). */
function lemmaOf(lemma: string, word: string, value: string): string {
  return word !== value && lemma === value.toLowerCase() ? word.toLowerCase() : lemma
}

/** The tags under which the model misreads another language's function word as a word of the sentence. */
const MISREAD_FUNCTION_WORDS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ', 'ADV', 'PRON'])
/** How many of another language's function words may stand together inside a name ("pour la", "de los"). */
const MAX_NAME_FUNCTION_WORDS = 2

/**
 * Whether word `i` is one of another language's function words (data/function-words.json) inside a name: a
 * capitalised name word before its run of them, one after ("Unie [pour la] Démocratie", "Partido [de los]
 * Trabajadores").
 */
function inForeignName(words: Word[], i: number): boolean {
  const isFunction = (w: Word | undefined) => !!w && /^\p{Ll}+$/u.test(w.text) && otherFunctionWord(w.lower)
  if (!isFunction(words[i])) return false
  let first = i
  while (isFunction(words[first - 1])) first--
  let last = i
  while (isFunction(words[last + 1])) last++
  const capitalised = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text) && ['PROPN', 'NOUN', 'ADJ', 'VERB'].includes(w.pos)
  return last - first < MAX_NAME_FUNCTION_WORDS && first > 0 && capitalised(words[first - 1]) && words[first - 1]!.pos === 'PROPN' && capitalised(words[last + 1])
}

/**
 * Slips of the model's tagger that the trimming rules trip over: a capitalised word inside a name read as a
 * verb ("against Live Nation", "Live/VERB Nation/PROPN"; "the TICKET Act/VERB (…)"), an acronym read as a verb
 * ("the State DOT/VERB"), and a preposition before a gerund read as a conjunction ("for/SCONJ violating").
 */
function corrected(words: Word[]): Word[] {
  words.forEach((w, i) => {
    const next = words[i + 1]
    // (After a comma a capital does not open a sentence: "…, Live Nation and Ticketmaster agreed".)
    const capitalised = i > 0 && w.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(w.text) && (words[i - 1]!.pos !== 'PUNCT' || words[i - 1]!.text === ',')
    // "Capitol Hill Trade Commission", "the TICKET Act (…)", "Fee Prevention Act would": a capitalised word inside
    // a name, before or after another name's word, is part of the name.
    if (capitalised && (next?.pos === 'PROPN' || words[i - 1]!.pos === 'PROPN')) w.pos = 'PROPN'
    // "the New York State DOT": a word in capitals inside a sentence is an acronym, not a verb.
    if (i > 0 && w.pos === 'VERB' && /^\p{Lu}{2,}$/u.test(w.text)) w.pos = 'PROPN'
    if (w.pos === 'SCONJ' && GERUND_PREPOSITIONS.has(w.lower) && next?.pos === 'VERB' && next.lower.endsWith('ing')) w.pos = 'ADP'
    if (nounInCompound(words, i) || possessedCompound(words, i)) w.pos = 'NOUN'
    // "led to copper/VERB shortages": after a verb whose "to" is a preposition, a base form before a noun is a noun
    // of the phrase "to" opens (data/language.json prepositionalTo; not "was led to believe").
    // ("rose due to cost/VERB growth", "owing to supply/VERB shortages": so after "due to" that follows no "be" —
    // "is due to take effect" schedules — and after "owing to", "thanks to".)
    const prepositionalTo = words[i - 1]?.lower === 'to' && ((PREPOSITIONAL_TO.has(words[i - 2]?.lemma ?? '') && words[i - 2]!.pos === 'VERB') || TO_PREPOSITIONS.has(words[i - 2]?.lower ?? ''))
    const scheduled = words[i - 2]?.lower === 'due' && words[i - 3]?.lemma === 'be'
    // ("was led to believe officials": a passive's "to" is an infinitive's; after "has" or "will" it is still the
    // preposition: "has contributed to land/VERB subsidence", "will lead to job/VERB losses".)
    const passiveBefore = words[i - 3]?.pos === 'AUX' && words[i - 3]!.lemma === 'be'
    if (w.pos === 'VERB' && w.lemma === w.lower && prepositionalTo && !scheduled && !passiveBefore && next?.pos === 'NOUN') {
      w.pos = 'NOUN'
      words[i - 1]!.pos = 'ADP'
    }
    // "due to changes/VERB in the industry", "contributed to shifts/VERB in demand": after a "to" that is a
    // preposition, a plural-shaped form before a preposition, a mark or "and" is a noun (a present after "to" would
    // be an infinitive's: "due to expire in 2026" keeps its verb).
    if (w.pos === 'VERB' && /[^s]s$/.test(w.lower) && prepositionalTo && ['ADP', 'PUNCT', 'CCONJ'].includes(next?.pos ?? 'PUNCT')) {
      w.pos = 'NOUN'
      words[i - 1]!.pos = 'ADP'
    }
    // "to further/VERB support/NOUN the plan", "will further/ADV narrow/ADJ the gap", "further/ADJ cut/NOUN off
    // Russia's access": "further" before a verb is an adverb, and the word it modifies the verb (not "to further
    // accountability for …", "seeking further clarification", "Russia's further invasion of").
    if (w.lower === 'further' && next && furtherModifiesVerb(words, i)) {
      w.pos = 'ADV'
      w.lemma = 'further'
      next.pos = 'VERB'
    }
    // "absent/ADJ an adequate remedy, …": before a determiner, "absent" is a preposition (without).
    if (w.lower === 'absent' && w.pos === 'ADJ' && next?.pos === 'DET') w.pos = 'ADP'
    // "a switch/VERB between La Niña and El Niño": after an article, a verb's plain form is a noun (a participle may
    // describe the noun after it: "the rapidly escalating conflict", "a revised plan").
    if (w.pos === 'VERB' && ARTICLES.has(words[i - 1]?.lower ?? '') && !/(?:ing|ed|en)$/.test(w.lower)) w.pos = 'NOUN'
    // "Lead/VERB researcher Jane Doe told …": a sentence's first word read as an imperative, when the nouns after it
    // are the subject of a verb that follows them, is a noun that modifies them.
    if (i === 0 && w.pos === 'VERB' && /^\p{Lu}/u.test(w.text) && leadsSubject(words)) w.pos = 'NOUN'
    // "shift to the east/ADJ,": a point of the compass after a determiner, with no noun after it, names a region.
    if (COMPASS_POINTS.has(w.lower) && words[i - 1]?.pos === 'DET' && !['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '')) w.pos = 'NOUN'
    // "is being/AUX blocked": the auxiliary's lemma, which the model leaves as printed, is "be".
    if (w.pos === 'AUX' && w.lower === 'being') w.lemma = 'be'
    if (presentReadAsPlural(words, i) || presentAfterPronoun(words, i) || presentBeforeInfinitive(words, i) || baseAfterPluralSubject(words, i)) {
      w.pos = 'VERB'
      // ("facilitates", its lemma left as printed: "facilitate".)
      if (w.lemma === w.lower && RE_VERBAL_PRESENT.test(w.lower)) w.lemma = w.lower.replace(/ies$/, 'y').replace(/s$/, '')
    }
    // "Many see/NOUN a steady decline …": a quantifier opening its clause is its subject, and the base form after it
    // its verb; so are "that" and the base form after a plural noun ("firms that control/NOUN most ports").
    if (baseAfterQuantifier(words, i) || baseAfterRelativeThat(words, i)) {
      w.pos = 'VERB'
      words[i - 1]!.pos = 'PRON'
    }
    if (pluralReadAsPresent(words, i) || gerundHeadReadAsVerb(words, i) || adjectiveHeadsSubject(words, i)) w.pos = 'NOUN'
    // "jobs right/NOUN here in America", "right/NOUN now": "right" before an adverb of place or time intensifies it.
    if (w.lower === 'right' && w.pos === 'NOUN' && RIGHT_INTENSIFIED.has(next?.lower ?? '')) w.pos = 'ADV'
    // "Jeunesse Unie pour/VERB la/NOUN Démocratie en/NOUN Afrique": another language's function words between the
    // capitalised words of a name are foreign words of the name (X, as the model tags "de" in "Partido de los"), not a
    // verb or nouns of the sentence. (Not "Lula da/DET Silva", "de/PROPN Gaulle": read as no verb or noun already.)
    if (MISREAD_FUNCTION_WORDS.has(w.pos) && inForeignName(words, i)) w.pos = 'X'
    // "guidance regarding/VERB the rules": after a noun and before a noun phrase, a preposition.
    if (w.pos === 'VERB' && PARTICIPLE_PREPOSITIONS.has(w.lower) && ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '') && NOUN_PHRASE_OPENERS.has(next?.pos ?? '')) w.pos = 'ADP'
  })
  return words
}
/**
 * Whether "further" at `i` modifies the verb after it: after an infinitive's "to", a modal or a subject (a
 * pronoun, a noun or a name, or a comma closing an aside after one), before a word that takes an object here —
 * one that is already a verb, or one followed by a determiner, a pronoun, a name, a number or a particle ("cut
 * off"); after "to" or a modal also a noun ("to further increase aid"); after a subject also a past form ("the FTC
 * further alleged"). Not after a possessive, a determiner, an adjective or a verb ("its further invasion", "no
 * further action", "seeking further clarification"), nor before a preposition ("to further accountability for").
 */
function furtherModifiesVerb(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  const next = words[i + 1]!
  const after = words[i + 2]
  if (!prev || !['NOUN', 'ADJ', 'VERB'].includes(next.pos) || next.lower === 'than') return false
  const infinitive = prev.lower === 'to' && prev.pos === 'PART'
  const modal = prev.pos === 'AUX' && MODALS.has(prev.lower)
  const subject = (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.lower)) || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && words[i - 2]?.lower !== 'of') || prev.text === ','
  if (!infinitive && !modal && !subject) return false
  if (next.pos === 'VERB') return true
  const object = ['DET', 'PRON', 'PROPN', 'NUM'].includes(after?.pos ?? '') || VERB_PARTICLES.has(after?.lower ?? '')
  if (object) return prev.text !== ',' || next.lower.endsWith('ing') || !/s$/.test(next.lower)
  if ((infinitive || modal) && (after?.pos === 'NOUN' || after?.pos === 'ADJ')) return true
  return subject && prev.text !== ',' && /ed$/.test(next.lower) && after?.pos === 'ADP'
}
const VERB_PARTICLES = new Set(['off', 'out', 'up', 'down', 'back'])

/** The words after the first are a run of nouns and names (a subject), then a verb or an auxiliary. */
function leadsSubject(words: Word[]): boolean {
  let k = 1
  while (k < words.length && k <= SUBJECT_NOUNS && (words[k]!.pos === 'NOUN' || words[k]!.pos === 'PROPN')) k++
  return k > 1 && words[1]!.pos === 'NOUN' && (words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX')
}
/** The most nouns and names `leadsSubject` reads as a subject after the first word. */
const SUBJECT_NOUNS = 4

/** Words whose "to" is a preposition: "due to", "owing to", "thanks to". */
const TO_PREPOSITIONS = new Set(['due', 'owing', 'thanks', 'according', 'prior', 'contrary', 'relative'])
const ARTICLES = new Set(['a', 'an', 'the'])
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'without', 'of', 'in', 'on'])
/** Adverbs "right" intensifies: "right here", "right now", "right away". */
const RIGHT_INTENSIFIED = new Set(['here', 'there', 'now', 'away', 'after', 'before', 'behind', 'next'])
const COMPASS_POINTS = new Set(LANGUAGE.compassPoints)
const PREPOSITIONAL_TO = new Set<string>(LANGUAGE.prepositionalTo)
const PARTICIPLE_PREPOSITIONS = new Set(LANGUAGE.participlePrepositions)
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])
/** Verbs whose object may be a clause without "that": "the French fear riots will spread" (data/language.json clauseVerbs). */
const CLAUSE_VERBS = new Set(LANGUAGE.clauseVerbs)
/** What a noun phrase's modifiers open after: a determiner, a preposition, a number; or the sentence's start. */
const PHRASE_OPENERS = new Set(['DET', 'ADP', 'NUM', 'PUNCT', 'CCONJ'])

/**
 * A noun of a compound read as a verb in its base form, between a modifier and the verb its phrase is the subject
 * of: "a Russian plague/VERB research institute has fuelled …", "Bubonic plague/VERB is spread …". The word
 * follows an adjective or a name that follows no noun (so no subject stands before it), and after it come only
 * nouns, then an auxiliary or a finite verb: the phrase's own verb. Not a past form like its base ("the Kremlin
 * cut gas supplies to Europe": no verb follows), nor a verb that takes a clause ("the French fear riots will …").
 */
function nounInCompound(words: Word[], i: number): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  if (w.pos !== 'VERB' || w.lemma !== w.lower || /(?:ing|ed|s)$/.test(w.lower) || CLAUSE_VERBS.has(w.lemma)) return false
  // A plural name is a subject: "Carriers receive fixed payments".
  if (!prev || !['ADJ', 'PROPN'].includes(prev.pos) || (prev.pos === 'PROPN' && prev.lower.endsWith('s')) || !PHRASE_OPENERS.has(words[i - 2]?.pos ?? 'PUNCT')) return false
  let k = i + 1
  while (words[k]?.pos === 'NOUN') k++
  const after = words[k]
  if (!after) return false
  // Right after the word, a past form may be a participle before its noun ("receive fixed payments"): only "-s" is taken.
  return after.pos === 'AUX' || (after.pos === 'VERB' && (k === i + 1 ? /s$/ : FINITE_ENDING).test(after.lower))
}
/**
 * "In his farewell address/VERB to the Assembly": after a possessive and a singular noun, a verb's base form before
 * a preposition or a stop is the head of the noun phrase ("his dogs bark at" stays a verb: the noun is plural).
 */
function possessedCompound(words: Word[], i: number): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  if (w.pos !== 'VERB' || w.lemma !== w.lower) return false
  if (prev?.pos !== 'NOUN' || prev.lower.endsWith('s') || !POSSESSIVE_DETERMINERS.has(words[i - 2]?.lower ?? '')) return false
  const next = words[i + 1]
  return !next || next.pos === 'ADP' || next.pos === 'PUNCT'
}

/**
 * "This week marks/NOUN three years since …", "The report notes/NOUN two risks": a verb's present in -s read as a
 * plural noun, between a singular subject's noun and a determiner or a number that opens its object, in a clause
 * with no other verb. ("The car keys a day later" is no English; "the state parks" ends its phrase.)
 */
function presentReadAsPlural(words: Word[], i: number): boolean {
  const w = words[i]!
  // ("The SEC's complaint, which was filed in Boston, charges/NOUN Sharp": the subject's noun stands before an
  // aside set off by commas.)
  const p = beforeAside(words, i - 1)
  const prev = words[p]
  // ("The agreement facilitates/NOUN joint research": a word made a verb by its ending, whose lemma the model left as
  // printed, may take a bare noun phrase too.)
  const verbal = w.pos === 'NOUN' && RE_VERBAL_PRESENT.test(w.lower)
  if (!presentShaped(w) && !verbal) return false
  const next = words[i + 1]
  if (!prev || !['NOUN', 'PROPN'].includes(prev.pos) || /s$/.test(prev.lower) || !next) return false
  // (Not "that", which opens a clause: "market practices that harm"; nor a number after a name: "Fiscal years 2015".)
  // ("The SEC's complaint charges/NOUN Sharp with fraud": so does a name after a common noun.)
  // ("The new plan increases/NOUN tolls in three phases", "the report quotes/NOUN figures from a poll": a plural noun
  // with no determiner after a subject that has one; "the state parks" names no thing that a plural could follow.)
  const pluralObject = next.pos === 'NOUN' && /[^s]s$/.test(next.lower) && next.lemma !== next.lower && prev.pos === 'NOUN' && determined(words, p)
  const object = (next.pos === 'DET' && !['that', 'which'].includes(next.lower)) || (next.pos === 'NUM' && prev.pos === 'NOUN') || (verbal && ['ADJ', 'NOUN'].includes(next.pos)) || (next.pos === 'PROPN' && prev.pos === 'NOUN') || pluralObject
  if (!object) return false
  // ("The standoff at the border marks/NOUN the latest step … to undermine regional security": an infinitive after
  // "to" is no other verb of the clause.)
  return !otherVerbInClause(words, i, infinitives(words))
}

/** The noun at `k` heads a phrase a determiner or a possessive opens ("the new plan", "Iran's nuclear programme"). */
function determined(words: Word[], k: number): boolean {
  let j = k - 1
  while (j >= 0 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[j]!.pos)) j--
  const w = words[j]
  return !!w && (w.pos === 'DET' || POSSESSIVE_DETERMINERS.has(w.lower) || (w.pos === 'PART' && /^['’]s$/.test(w.text)))
}

/**
 * "The criminal fine/ADJ represents the largest fine": the last of a determiner's adjectives, right before a verb's
 * present in -s, heads the subject; with no noun in the phrase, the adjective is its noun ("the rich get" takes a
 * plural: a present in -s needs a singular noun).
 */
function adjectiveHeadsSubject(words: Word[], i: number): boolean {
  const w = words[i]!
  const next = words[i + 1]
  if (w.pos !== 'ADJ' || next?.pos !== 'VERB' || !/[^s]s$/.test(next.lower) || next.lemma === next.lower) return false
  let j = i - 1
  while (j >= 0 && words[j]!.pos === 'ADJ') j--
  return words[j]?.pos === 'DET' && (j === 0 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(words[j - 1]!.pos))
}

/** The indices of the verbs right after an infinitive's "to". */
function infinitives(words: Word[]): Set<number> {
  return new Set(words.flatMap((w, k) => (w.pos === 'VERB' && words[k - 1]?.lower === 'to' && words[k - 1]!.pos === 'PART' ? [k] : [])))
}

/**
 * The word before an aside set off by commas that ends with the comma at `k`, or `k`: a relative clause (", which
 * … ,"), or words with no verb — an appositive (", the Strategic Rocket Forces,"), a phrase (", on the other hand,").
 */
function beforeAside(words: Word[], k: number): number {
  if (words[k]?.text !== ',') return k
  for (let j = k - 1; j > 0; j--) {
    if (words[j]!.text !== ',') continue
    const verbless = !words.slice(j + 1, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
    return RELATIVE_PRONOUNS.has(words[j + 1]?.lower ?? '') || verbless ? j - 1 : k
  }
  return k
}

/**
 * "The Army plans/NOUN to field one battery", "The agency seeks/NOUN to expand": a present in -s between a singular
 * subject's noun and "to" with a verb after it, in a clause with no other finite verb, is the clause's verb (a plural
 * noun there has a determiner or a possessive before it: "the plans to", "its plans to").
 */
function presentBeforeInfinitive(words: Word[], i: number): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  if (!presentShaped(w) || words[i + 1]?.lower !== 'to' || words[i + 2]?.pos !== 'VERB') return false
  if (!prev || !['NOUN', 'PROPN'].includes(prev.pos) || /s$/.test(prev.lower)) return false
  return !otherVerbInClause(words, i, new Set([i + 2]))
}

/**
 * "The Marines plan/NOUN for three variants", "Some economists credit/NOUN NAFTA with …", "The researchers also
 * periodically cross-check/NOUN those measurements", "Some of these marketing efforts use/NOUN the WIC acronym":
 * a noun in its base form (a plain lower-case word: not "United States v./NOUN Uber") right after a subject whose noun
 * is plural (and any adverbs), with no noun after it and no other finite verb in the clause, is the clause's verb:
 * a plural noun is no modifier of the noun after it, and here none follows.
 */
function baseAfterPluralSubject(words: Word[], i: number): boolean {
  const w = words[i]!
  if (w.pos !== 'NOUN' || w.lemma !== w.lower || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return false
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  const subject = words[k]
  if (!subject || !['NOUN', 'PROPN'].includes(subject.pos) || !/[^s]s$/.test(subject.lower) || (subject.pos === 'NOUN' && subject.lemma === subject.lower)) return false
  // The subject's phrase: a determiner, adjectives or nouns before its noun ("certain U.S. fertilizer manufacturers"),
  // maybe after a quantifier and "of" ("Some of these marketing efforts"), from the clause's start.
  let j = k - 1
  while (j >= 0 && ['ADJ', 'NUM', 'NOUN', 'PROPN'].includes(words[j]!.pos)) j--
  if (j >= 0 && words[j]!.pos === 'DET') j--
  if (j >= 1 && words[j]!.lower === 'of' && SUBJECT_QUANTIFIERS.has(words[j - 1]!.lower)) j -= 2
  if (j >= 0 && !(words[j]!.pos === 'PUNCT' || words[j]!.pos === 'CCONJ' || words[j]!.pos === 'SCONJ')) return false
  const next = words[i + 1]
  if (!next || !['DET', 'PROPN', 'PRON', 'ADP'].includes(next.pos) || ['that', 'which', 'of'].includes(next.lower)) return false
  return !otherVerbInClause(words, i, infinitives(words))
}

/**
 * "Many see/NOUN a steady decline in press freedom": a quantifier standing alone at the start of a clause
 * (SUBJECT_QUANTIFIERS), then a lower-case noun in its base form, then a determiner, a pronoun, a name or "that", and
 * no other verb in the clause ("Some say the decline began …" has one, and is left as it is): the noun is the verb.
 */
function baseAfterQuantifier(words: Word[], i: number): boolean {
  const w = words[i]!
  if (w.pos !== 'NOUN' || w.lemma !== w.lower || !/^\p{Ll}/u.test(w.text) || /s$/.test(w.lower)) return false
  const quantifier = words[i - 1]
  if (!quantifier || !SUBJECT_QUANTIFIERS.has(quantifier.lower)) return false
  const before = words[i - 2]
  if (before && !['PUNCT', 'CCONJ', 'SCONJ'].includes(before.pos)) return false
  const next = words[i + 1]
  // (No other verb in the clause: "Many people the world over agree" has its verb further on.)
  return !!next && (['DET', 'PRON', 'PROPN'].includes(next.pos) || next.lower === 'that') && !otherVerbInClause(words, i)
}
const SUBJECT_QUANTIFIERS = new Set(['many', 'some', 'most', 'few', 'several', 'others', 'both', 'all'])

/**
 * "institutions that abuse/NOUN the financial system", "firms that control/NOUN most ports": after a plural noun
 * and "that", a noun in its base form with a determiner, a name or a pronoun after it is the relative clause's verb
 * (a plural head takes the base form; "that" is its pronoun, not a determiner of the noun).
 */
function baseAfterRelativeThat(words: Word[], i: number): boolean {
  const w = words[i]!
  const that = words[i - 1]
  const head = words[i - 2]
  if (w.pos !== 'NOUN' || w.lemma !== w.lower || !/^\p{Ll}/u.test(w.text) || that?.lower !== 'that') return false
  if (!head || !['NOUN', 'PROPN'].includes(head.pos) || !/[^s]s$/.test(head.lower) || (head.pos === 'NOUN' && head.lemma === head.lower)) return false
  const next = words[i + 1]
  return !!next && ['DET', 'PROPN', 'PRON'].includes(next.pos) && !['that', 'which'].includes(next.lower)
}

/** The clause of words[i]: the indices from the mark before it to the mark after it, marks excluded. */
function clauseSpan(words: Word[], i: number): [number, number] {
  let from = i
  while (from > 0 && words[from - 1]!.pos !== 'PUNCT') from--
  let to = i
  while (to + 1 < words.length && words[to + 1]!.pos !== 'PUNCT') to++
  return [from, to]
}

/** Whether the clause of words[i] (from the mark before to the mark after) has a verb or an auxiliary but those at `except` or a form in -ing. */
function otherVerbInClause(words: Word[], i: number, except = new Set<number>()): boolean {
  const [from, to] = clauseSpan(words, i)
  return words.slice(from, to + 1).some((x, k) => from + k !== i && !except.has(from + k) && (x.pos === 'AUX' || (x.pos === 'VERB' && !x.lower.endsWith('ing'))))
}

/**
 * "It advances/NOUN commitments …", "It peaks/NOUN with …", "where it piles/NOUN up": a word in -s right after "he",
 * "she" or "it" (and any adverbs) is the verb they are the subject of, not a plural noun: no noun follows a subject
 * pronoun.
 */
function presentAfterPronoun(words: Word[], i: number): boolean {
  if (!presentShaped(words[i]!)) return false
  let k = i - 1
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  return k >= 0 && words[k]!.pos === 'PRON' && SINGULAR_SUBJECT_PRONOUNS.has(words[k]!.lower)
}
const SINGULAR_SUBJECT_PRONOUNS = new Set(['he', 'she', 'it'])
/** Endings that make a verb, in its present in -s: "facilitates", "prioritizes", "intensifies". */
const RE_VERBAL_PRESENT = /\p{L}{3}(?:ates|izes|ises|ifies)$/u
/** A word tagged as a plural noun in -s (not -ss) that a present in -s may be: "marks", "advances". */
const presentShaped = (w: Word) => w.pos === 'NOUN' && /[^s]s$/.test(w.lower) && w.lemma !== w.lower

/** Adjectives of quantity that stand for a noun: "as much remains", "as many argue". */
const QUANTITY_ADJECTIVES = new Set(['much', 'many', 'more', 'most', 'few', 'fewer', 'little', 'less', 'least', 'several', 'enough'])

/**
 * "resulted in multiple redesigns/VERB,", "split into multiple beams/VERB by", "issuance of permits/VERB and": a plural
 * noun read as a verb's present in -s, after a preposition that opens only noun phrases, or after a preposition or a
 * determiner and one adjective, with a mark, a preposition or "and" after it. No
 * finite verb stands there: a preposition or a determiner opens a noun phrase, and nothing follows as its object.
 */
function pluralReadAsPresent(words: Word[], i: number): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  if (w.pos !== 'VERB' || !/[^s]s$/.test(w.lower) || !['PUNCT', 'ADP', 'CCONJ'].includes(words[i + 1]?.pos ?? 'PUNCT')) return false
  // "issuance of permits/VERB and approval": right after a preposition that opens only noun phrases.
  if (prev?.pos === 'ADP' && NOUN_PREPOSITIONS.has(prev.lower)) return true
  if (prev?.pos !== 'ADJ' || QUANTITY_ADJECTIVES.has(prev.lower)) return false
  return ['ADP', 'DET'].includes(words[i - 2]?.pos ?? '')
}
/** Prepositions never read as a verb's particle nor as an infinitive's "to": what follows opens a noun phrase. */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'with', 'from', 'about', 'against', 'between', 'among', 'into', 'without', 'toward', 'towards', 'during', 'despite', 'amid', 'under'])

/**
 * "the deliberate targeting/VERB of civilians", "Heavy pumping/VERB of groundwater": a form in -ing before "of", after
 * a determiner or an adjective, or after a sentence's first word (a participle too: "Increased pumping of"), is a
 * noun, the head of its phrase; so is one that closes its phrase after a preposition or a determiner and an adjective
 * ("due to heavy fighting.").
 */
function gerundHeadReadAsVerb(words: Word[], i: number): boolean {
  const w = words[i]!
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing')) return false
  // "due to heavy fighting/VERB.", "amid widespread flooding/VERB in": after a preposition or a determiner and an
  // adjective, closing its phrase, it is the phrase's noun too.
  if (words[i - 1]?.pos === 'ADJ' && !QUANTITY_ADJECTIVES.has(words[i - 1]!.lower) && ['ADP', 'DET'].includes(words[i - 2]?.pos ?? '') && PHRASE_CLOSERS.has(words[i + 1]?.pos ?? 'PUNCT')) return true
  if (words[i + 1]?.lower !== 'of') return false
  if (['DET', 'ADJ'].includes(words[i - 1]?.pos ?? '')) return true
  const first = words[0]!
  return i === 1 && /^\p{Lu}/u.test(first.text) && (first.pos !== 'VERB' || first.lower.endsWith('ed'))
}

/** What may follow a noun closing its phrase: a punctuation mark, a preposition, a conjunction. */
const PHRASE_CLOSERS = new Set(['PUNCT', 'ADP', 'CCONJ', 'SCONJ'])

/** A verb form that is finite after a noun phrase: "occurs", "fuelled" ("spread" is not told apart and not taken). */
const FINITE_ENDING = /(?:s|ed)$/
