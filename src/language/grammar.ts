/**
 * Small grammatical judgements over tagged words, shared by the draft (titles, trimming, selection) and the
 * quality checks: is there a finite verb (a claim), does a text open with a reference back to something not
 * said in it ("It", "This move"), which words are content words.
 */
import { LANGUAGE, THOUGHT_VERBS } from './data.ts'
import type { Word } from './tagger.ts'

const FINITE_AUX = new Set(LANGUAGE.finiteAuxiliaries)
export const TIME_NOUNS = new Set<string>(LANGUAGE.timeNouns)
const BACK_PRONOUNS = new Set(LANGUAGE.backReferencePronouns)
const BACK_DETERMINERS = new Set(LANGUAGE.backReferenceDeterminers)
const GENERIC_THOSE = new Set(LANGUAGE.genericThose)
const BACK_OPENERS = LANGUAGE.backReferenceOpeners.map((o) => o.split(' '))
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
const PREPOSITIONAL_PARTICIPLES = new Set(LANGUAGE.prepositionalParticiples)
const FRONTED_PREPOSITIONS = new Set(LANGUAGE.frontedPrepositions)
/** Verbs that ask the reader to do something ('see', 'imagine', 'consider'; data/language.json readerImperatives). */
export const READER_IMPERATIVES: ReadonlySet<string> = new Set(LANGUAGE.readerImperatives)
const NAVIGATION = LANGUAGE.navigation.map((n) => n.split(' '))
/** How far into a sentence a "For more information," lead may reach before its comma. */
const MAX_NAVIGATION_LEAD = 8

/** Letters two words must open with alike to be of one stem: "terminate" and "termination", "notified" and "notification". */
export const STEM_LETTERS = 6

/** A word's stem for that test, lower-cased: its first STEM_LETTERS letters; undefined when it is shorter. */
export function stemOf(word: string): string | undefined {
  return word.length >= STEM_LETTERS ? word.toLowerCase().slice(0, STEM_LETTERS) : undefined
}

/** Whether two words are of one stem ("designate", "designation"). */
export function sameStem(a: string, b: string): boolean {
  const stem = stemOf(a)
  return stem !== undefined && stem === stemOf(b)
}

/** A plural noun or name: "actions", "Consumers", "asteroids" (an -s word whose lemma is not the word). */
export function isPluralNoun(w: Word): boolean {
  return (w.pos === 'NOUN' || w.pos === 'PROPN') && /s$/i.test(w.lower) && w.lemma !== w.lower
}

/**
 * The noun phrase's head is plural: its last noun before a preposition, a verb or "to" ("abnormal proteins",
 * "tariffs on Canada", "types of dementia"); a phrase opening on a gerund ("raising the prices") is singular, as is a
 * clause ("how many actors are involved", "cities sinking").
 */
export function headIsPlural(words: Word[]): boolean {
  // ("C4 grasses dominate the landscape": a clause standing as a subject is one thing.)
  // ("rising fuel prices": an "-ing" form right before its noun modifies it; "raising the prices" is a gerund's phrase.)
  const gerund = words[0]?.pos === 'VERB' && !['NOUN', 'PROPN', 'ADJ'].includes(words[1]?.pos ?? '')
  if (gerund || hasFiniteVerb(words, true)) return false
  if (WH_OPENERS.has(words[0]?.lower ?? '')) return false
  const end = words.findIndex((w, i) => i > 0 && (w.pos === 'ADP' || w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PART' && w.lower === 'to'))
  // ("cities sinking": a noun and the "-ing" form after it name one happening.)
  if (end > 0 && words[end]!.pos === 'VERB' && words[end]!.lower.endsWith('ing')) return false
  const head = words.slice(0, end < 0 ? undefined : end).findLast((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
  return !!head && isPluralNoun(head)
}

/** Ordinals that stand for a noun named before: "The second is …". */
const STANDALONE_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth'])

/** Words that open a wh-clause: "how many actors are involved", "Here is where …". */
const WH_OPENERS = new Set(['how', 'what', 'why', 'whether', 'when', 'where', 'who', 'which'])

/**
 * Whether the words hold a finite verb: a tensed auxiliary or modal ("is", "has", "will"), or a verb in a
 * tensed form after its subject ("Beijing condemned", "policy remains"). Infinitives ("to halt"),
 * gerunds ("following"), and participles used as adjectives ("toughly worded censure") are not finite. `careful`
 * as for isFiniteVerb.
 *
 * hasFiniteVerb(tagWords('China seems less optimistic')) → true; hasFiniteVerb(tagWords('Background')) → false
 */
export function hasFiniteVerb(words: Word[], careful = false): boolean {
  return words.some((_, i) => isFiniteVerb(words, i, careful)) || isImperative(words)
}

/**
 * An imperative ("Protect critical infrastructure from attacks", "2. Engage in joint research"): a verb in its
 * base form opens the clause, after at most a list's number, with no subject. Its verb is finite too. Not one
 * that directs the reader ("See Table 2", "Consider an example").
 */
export function isImperative(words: Word[]): boolean {
  return imperativeVerb(words) >= 0
}

/** "More information …", "Additional details …": what a pointer to further reading opens with. */
const POINTER_QUANTIFIERS = new Set(['more', 'additional', 'further'])
/** What such a pointer names: "information", "details", "discussion". */
const POINTER_NOUNS = new Set(['information', 'detail', 'discussion', 'analysis', 'background', 'data', 'datum'])
/** "… can be read here", "… can be downloaded online": where a text is, said at the sentence's end. */
const POINTER_PLACES = new Set(['here', 'online'])
const POINTER_VERBS = new Set(['read', 'find', 'view', 'download', 'access', 'see'])

/**
 * Whether the words send the reader elsewhere: "See Table 2 for …", "(For more information, see CRS Report …)",
 * "Read more: …", "Learn more about …". Such a sentence states nothing: it is navigation, never a point.
 *
 * isNavigation(tagWords('See Table 2 for the rates.')) → true; isNavigation(tagWords('See-saw policies failed.')) → false
 */
export function isNavigation(words: Word[]): boolean {
  const text = words.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'NUM' && w.pos !== 'X')
  // "Additional information about the process can be found in CRS reports …", "More details are available at …".
  if (POINTER_QUANTIFIERS.has(text[0]?.lower ?? '') && POINTER_NOUNS.has(text[1]?.lemma ?? '')) {
    const verb = text.findIndex((w, i) => i > 1 && (w.lemma === 'find' || w.lower === 'available'))
    if (verb > 0 && text[verb - 1]?.lemma === 'be') return true
  }
  // "The full report can be read here", "… can be downloaded online": the sentence only says where the text is.
  const [aux, participle, place] = text.slice(-3)
  if (aux?.lemma === 'be' && POINTER_VERBS.has(participle?.lemma ?? '') && POINTER_PLACES.has(place?.lower ?? '')) return true
  // "For more information, see …": the lead says what the reader will find there.
  const comma = text[0]?.lower === 'for' ? words.findIndex((w) => w.text === ',') : -1
  const from = comma >= 0 && comma <= MAX_NAVIGATION_LEAD ? words.slice(comma + 1).filter((w) => w.pos !== 'PUNCT') : text
  const verb = from[0]
  // "You can get more details + sign up to get updates": the reader told what to do to learn more.
  if (text[0]?.lower === 'you' && text.slice(1, 3).some((w) => w.lower === 'can') && text.some((_, i) => NAVIGATION.some((p) => p.length > 1 && p.every((x, k) => text[i + k]?.lower === x)))) return true
  // Sentence-initial ("See …") or after the lead ("…, see …"); a name or a noun of the same spelling is not a verb.
  if (!verb || (from === text && !/^\p{Lu}/u.test(verb.text))) return false
  const phrase = NAVIGATION.find((p) => p.every((x, i) => from[i]?.lower === x))
  // "View counts rose": a verb right after it makes the first word a noun, the subject.
  return !!phrase && !['AUX', 'VERB'].includes(from[phrase.length]?.pos ?? '')
}

/**
 * Whether the words end on a demonstrative standing for something said before, as a verb's or a preposition's
 * object: "… provided the perfect setting to explore this", "… is the reason for that".
 *
 * endsOnReference(tagWords('The city was the place to study this.')) → true; endsOnReference(tagWords('He likes this city.')) → false
 */
export function endsOnReference(words: Word[]): boolean {
  const content = words.filter((w) => w.pos !== 'PUNCT')
  const last = content.at(-1)
  // "Distribution is a major reason why": the question word stands for what was said before.
  if (last && ['why', 'how'].includes(last.lower) && content.length > 2) return true
  return !!last && DEMONSTRATIVES.has(last.lower) && ['VERB', 'ADP'].includes(content.at(-2)?.pos ?? '')
}
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])

/**
 * "Scientists refer to this as the tropospheric mechanism", "explains these by …": a demonstrative standing alone
 * for a verb's or preposition's object, before a mark or a preposition, stands for what was said before. ("that"
 * opens clauses, "those" a relative: "those who …".)
 */
export function objectReference(words: Word[]): boolean {
  return words.some((w, i) => {
    const next = words[i + 1]
    if (i === 0 || !POINTING.has(w.lower) || !['VERB', 'ADP'].includes(words[i - 1]!.pos) || !next) return false
    // ("this “(re-)definition”", "this In Focus": a quoted or capitalised name follows; the word is its determiner.)
    return next.pos === 'PUNCT' ? CLAUSE_MARKS.has(next.text) : ['ADP', 'CCONJ', 'SCONJ'].includes(next.pos) && next.text === next.lower
  })
}
const CLAUSE_MARKS = new Set([',', ';', ':', '.', ')', '—', '–'])
const POINTING = new Set(['this', 'these'])

/**
 * "Last season he was suspended twice", "In a statement, they said …", "Largely driven by the commercial sector,
 * they will …": the subject of the main clause is a pronoun that stands for someone named before the text, after
 * an opening time phrase or an opening phrase set off by a comma. Returns the pronoun, or undefined. Not after a
 * clause of its own ("When the Houthis attacked, they …", "If it chooses to, Congress …"), nor when the opening
 * names someone ("At the summit, Trump said he …"): the pronoun may stand for what it names. A demonstrative
 * ("In places such as the Sahel, this makes …") stands for something said before whatever the opening names.
 *
 * frontedReference(tagWords('Last season he was suspended twice.')) → 'he'
 */
export function frontedReference(words: Word[]): string | undefined {
  const v = words.findIndex((_, i) => isFiniteVerb(words, i))
  const s = v - 1
  const subject = words[s]
  if (s < 1 || !subject || !FRONTED_PRONOUNS.has(subject.lower)) return undefined
  const opening = words.slice(0, s)
  if (opening.some((w, i) => w.pos === 'SCONJ' || CLAUSE_WORDS.has(w.lower) || isFiniteVerb(opening, i))) return undefined
  const dayWord = (w: Word) => RE_DAY_WORD.test(w.lower)
  const timePhrase = opening.every((w) => ['ADP', 'DET', 'ADJ', 'NUM', 'ADV'].includes(w.pos) || TIME_NOUNS.has(w.lemma) || dayWord(w))
  if (!timePhrase && !OPENING_ENDS.has(words[s - 1]!.text)) return undefined
  if (!DEMONSTRATIVES.has(subject.lower) && opening.some((w) => w.pos === 'PROPN' && !dayWord(w))) return undefined
  // ("In 2019, it is likely that …": an expletive stands for nothing.)
  return backReference(words.slice(s)) ? subject.text : undefined
}
const FRONTED_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'this', 'these'])
const OPENING_ENDS = new Set([',', '–', '—'])
/** Words that open a clause of its own before the main one ("While this is …, it …"); "as", "after" … only as the tagger's SCONJ. */
const CLAUSE_WORDS = new Set(['if', 'when', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'that', 'which', 'who'])
/** "Yesterday", "tomorrow", "today", "tonight": a day said in a word. */
const RE_DAY_WORD = /^(?:yesterday|today|tomorrow|tonight)$/

/** The index of an imperative's verb ("Engage" in "2. Engage in joint research that …"), or -1. */
export function imperativeVerb(words: Word[]): number {
  const first = words.findIndex((w) => w.pos !== 'PUNCT' && w.pos !== 'NUM' && w.pos !== 'X')
  const w = words[first]
  if (!w || w.pos !== 'VERB' || w.lemma !== w.lower || /(?:ing|ed)$/.test(w.lower) || READER_IMPERATIVES.has(w.lower)) return -1
  // "“Conduct research” increased …": a quoted imperative is a name, the subject of another verb.
  if (words.slice(0, first).some((x) => /^["“‘']$/.test(x.text))) return -1
  // "Engage in …", "Protect critical infrastructure": what follows is the verb's complement.
  const next = words[first + 1]
  // ("Enforce phishing-resistant authentication": a verb glued by a hyphen to the word after it is a modifier's part.)
  const compound = next?.pos === 'VERB' && hyphenatedToNext(words, first + 1)
  return next !== undefined && (compound || !['AUX', 'VERB', 'PUNCT'].includes(next.pos)) && !words.some((x) => x.text === '?') ? first : -1
}

/** The word at `i` is joined by a hyphen, with no space on either side, to the word after it: "phishing-resistant". */
function hyphenatedToNext(words: Word[], i: number): boolean {
  const joiner = words[i + 1]
  return !!joiner && HYPHENS.has(joiner.text) && joiner.start === words[i]!.end && words[i + 2]?.start === joiner.end
}
const HYPHENS = new Set(['-', '‐', '‑'])

/** Quantifiers that stand for a noun phrase ("All live in one park") or float after one ("the trio all sidelined him"). */
const QUANTIFIER_SUBJECTS = new Set(['all', 'both', 'each', 'many', 'most', 'some', 'several', 'none', 'few'])

/**
 * "All/DET live in a single protected area", "In their own ways, that trio all/DET sidelined him": a quantifier
 * right before the verb, opening its clause or after the subject's noun, is (part of) the subject, not a
 * determiner of a noun: no noun follows the verb it stands before.
 */
function quantifierSubject(words: Word[], i: number): boolean {
  const q = words[i - 1]
  if (q?.pos !== 'DET' || !QUANTIFIER_SUBJECTS.has(q.lower) || ['NOUN', 'PROPN', 'ADJ'].includes(words[i + 1]?.pos ?? '')) return false
  const before = words[i - 2]
  return !before || ['PUNCT', 'CCONJ'].includes(before.pos) || (['all', 'both', 'each'].includes(q.lower) && ['NOUN', 'PROPN', 'PRON'].includes(before.pos))
}

/**
 * Whether the word `i` is a finite verb. `careful` (the dated events ask for it; the draft's choices are tuned
 * without it) reads past an aside in brackets or between dashes to the subject ("the militia (a movement of
 * farmers) seized", "the militia – a movement … – seized") and takes no participle after a noun and an adverb,
 * with its agent, for a verb ("deaths directly caused by violence").
 */
export function isFiniteVerb(words: Word[], i: number, careful = false): boolean {
  const w = words[i]
  if (!w) return false
  const prev = words[i - 1]
  if (w.pos === 'AUX') return FINITE_AUX.has(w.lower) && prev?.lower !== 'to'
  if (w.pos !== 'VERB') return false
  const quantifier = quantifierSubject(words, i)
  if (prev?.lower === 'to' || (prev?.pos === 'DET' && !quantifier) || prev?.pos === 'ADP') return false
  if (w.lower.endsWith('ing')) return false
  if (quantifier) return true
  // "Chinese start-up Moonshot AI", "a follow-on order": a verb glued by a hyphen to the word after it is part of a
  // compound noun.
  if (hyphenatedToNext(words, i)) return false
  if (PREPOSITIONAL_PARTICIPLES.has(w.lower) && words[i + 1]?.pos === 'ADP') return false
  // "the army’s capture/VERB of the port", "its capture of": a word a possessive owns names a thing (the tagger
  // may read it as a verb).
  if (prev && ((prev.pos === 'PART' && /^['’]s$/.test(prev.text)) || POSSESSIVES.has(prev.lower))) return false
  // "the territory held by the Houthis", "deaths directly caused by violence": a participle after a noun (and,
  // careful, an adverb), with its agent, is no finite verb.
  // (Past the bracket that gives a name its short form: "the Tanker Security Program (TSP) established by the Act".)
  const named = prev && namingBracket(words, i - 1) ? words[asideOpening(words, i - 1) - 1] : undefined
  const noun = careful && prev?.pos === 'ADV' ? words[i - 2] : (named ?? prev)
  // (Not "by" and a measure: "imports of U.S. vehicles decreased by approximately 22%" says how much.)
  // ("The goal set by President Kennedy …": an irregular participle too.)
  if ((/(?:ed|en|eld|ld|wn|ne)$/.test(w.lower) || participleForm(w, true)) && (noun?.pos === 'NOUN' || noun === named) && words[i + 1]?.lower === 'by' && !measureAfter(words, i + 2)) return false
  // "dollar liabilities held abroad were growing", "the troops deployed in Syria were withdrawn": careful, a
  // participle after a noun, with the clause's own tensed auxiliary after it, modifies the noun.
  if (careful && /(?:ed|en|eld|ld|wn|ne)$/.test(w.lower) && noun?.pos === 'NOUN' && reducedRelative(words, i)) return false
  // A participle after an adverb and before a noun modifies the noun: "toughly worded censure".
  // (Not after its subject: "President Trump successfully used threats of tariffs"; nor after "have", which makes
  // it a perfect: "Boeing had previously hired Darleen Druyun".)
  if (prev?.pos === 'ADV' && ['NOUN', 'PROPN'].includes(words[i + 1]?.pos ?? '') && participleForm(w) && !subjectBefore(words[i - 2]) && !perfectBefore(words[i - 2])) return false
  // "Given the budget and anticipated budget constraints, …": a participle in the phrase a fronted preposition opens
  // modifies a noun; the clause comes after the phrase's comma.
  if (participleForm(w) && frontedPhrase(words, i)) return false
  // The verb needs a subject before it in its clause (a noun or pronoun, possibly with adverbs or an
  // appositive between: "the ambassador, Samantha Power, responded").
  for (let k = i - 1; k >= 0; k--) {
    const p = words[k]!
    if (SUBJECT_POS.has(p.pos) || gerundSubject(words, k, i)) return true
    // ("More than 34 million people – over half the population – need …": a pair of dashes sets off an aside.)
    // ("The U.S. Postal Service (USPS) continues …": so do brackets that give a name its short form.)
    const open = p.pos === 'PUNCT' && (careful || DASHES.has(p.text) || namingBracket(words, k)) ? asideOpening(words, k) : -1
    if (open > 0) k = open
    // ("the governments of Ruritania … launched": a list's members left out are marked "…", and part no clause.)
    // (Quotation marks round a word of the subject's aside are no clause's edge: "a source close to the 'government', wrote".)
    else if (p.pos === 'SCONJ' || (p.pos === 'PUNCT' && p.text !== ',' && p.text !== '…' && !(careful && (OPENING_QUOTES.has(p.text) || CLOSING_QUOTES.has(p.text))))) return false
  }
  return false
}

/**
 * A measure opens at `k`, perhaps after an adverb or "more/less than": "22%", "$5.6 billion", "approximately 22%",
 * "640,000 in the third quarter", "half". Not a number that counts the doers: "escorted by two fighter jets".
 */
function measureAfter(words: Word[], k: number): boolean {
  while (words[k] && (words[k]!.pos === 'ADV' || MEASURE_LEADS.has(words[k]!.lower))) k++
  if (words[k]?.lower === 'half') return true
  const first = k
  while (words[k] && (words[k]!.pos === 'NUM' || words[k]!.pos === 'SYM')) k++
  if (k === first || !words.slice(first, k).some((w) => w.pos === 'NUM')) return false
  const next = words[k]
  return !next || MEASURE_UNITS.has(next.lower) || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos)
}
const MEASURE_LEADS = new Set(['more', 'less', 'than', 'over', 'nearly', 'about', 'almost', 'roughly', 'some'])
const MEASURE_UNITS = new Set(['percent', 'per', 'percentage', 'points', 'point', 'billion', 'million', 'trillion', 'thousand', 'times', 'fold'])

/** What may stand before a clause's first word: nothing, a mark, a conjunction. */
const CLAUSE_BREAK_POS = new Set(['PUNCT', 'SCONJ', 'CCONJ'])

/**
 * "Fighting intensified", "Shipping resumed": a gerund that opens its clause, with only adverbs between it and the
 * verb at `verb`, is that verb's subject (the tagger reads it as a verb).
 */
function gerundSubject(words: Word[], k: number, verb: number): boolean {
  const w = words[k]!
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing') || (k > 0 && !CLAUSE_BREAK_POS.has(words[k - 1]!.pos))) return false
  let j = k + 1
  while (words[j]?.pos === 'ADV') j++
  return j === verb
}

const PHRASE_AFTER_PREPOSITION = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'])

/**
 * Whether a tensed auxiliary follows the participle at `i` over adverbs and prepositional phrases only ("held
 * abroad were", "deployed in the north in 2020 were"): the participle then stands in its subject. A noun right
 * after the participle ("approved the plan the mayor had drafted") is its object, and the auxiliary another
 * clause's.
 */
function reducedRelative(words: Word[], i: number): boolean {
  let inPhrase = false
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k]!
    if (w.pos === 'AUX') return FINITE_AUX.has(w.lower)
    if (w.pos === 'ADP') inPhrase = true
    else if (!(w.pos === 'ADV' || (inPhrase && PHRASE_AFTER_PREPOSITION.has(w.pos)))) return false
  }
  return false
}

/** The word at `i` stands in a phrase opened by a fronted preposition ("Given …", "Following …"), before its comma. */
function frontedPhrase(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (/^[,;:.!?]$/.test(words[k]!.text)) return false
    if (FRONTED_PREPOSITIONS.has(words[k]!.lower) && (k === 0 || /^[,;:]$/.test(words[k - 1]!.text) || words[k - 1]!.pos === 'CCONJ')) return true
  }
  return false
}

/** A name as an owner, with the apostrophe `text` writes: "Rosselló’s", "the Houthis’", "Acme's". */
export function ownerForm(name: string, text: string): string {
  const mark = text.includes('’') ? '’' : "'"
  return /s$/.test(name) ? `${name}${mark}` : `${name}${mark}s`
}

/** The word after a clause's one-word subject, past one adverb ("It [also] argued", "This happened"): its verb, if any. */
export function verbAfterSubject(words: Word[]): Word | undefined {
  const verb = words[1]?.pos === 'ADV' ? words[2] : words[1]
  return verb?.pos === 'VERB' || verb?.pos === 'AUX' ? verb : undefined
}

/**
 * A verb in a past participle's form ("worded", "taken"): read as an adjective before its noun. `irregular` counts
 * the forms that do not end in -ed or -en ("made", "held"), for a place where a simple past ("still found
 * directive interactions") cannot stand.
 */
export function participleForm(w: Word, irregular = false): boolean {
  return /(?:ed|en)$/.test(w.lower) || (irregular && IRREGULAR_PARTICIPLES.has(w.lower))
}
const IRREGULAR_PARTICIPLES = new Set(LANGUAGE.irregularParticiples)

/** The dashes that set off an aside in pairs: en and em. */
export const DASHES = new Set(['–', '—'])
/** Marks that open a quotation (straight ones open and close it). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '‘', '"', "'"])
/** Marks that close a quotation. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '’', '"', "'"])

/** The ")" at `k` closes a bracket of a few names or nouns after a name: "(USPS)", "(DPRK, or North Korea)". */
function namingBracket(words: Word[], k: number): boolean {
  if (words[k]!.text !== ')') return false
  const open = asideOpening(words, k)
  const inside = words.slice(open + 1, k)
  return open > 0 && words[open - 1]!.pos === 'PROPN' && inside.length > 0 && inside.length <= MAX_NAMING_BRACKET && inside.every((w) => ['PROPN', 'NOUN', 'PUNCT', 'CCONJ', 'NUM'].includes(w.pos) && w.text !== '(')
}
/** The most words a bracket that names holds. */
const MAX_NAMING_BRACKET = 6

/** The index of the "(" or dash that opens the aside the ")" or dash at `k` closes, or -1. */
function asideOpening(words: Word[], k: number): number {
  const close = words[k]!.text
  if (close !== ')' && !DASHES.has(close)) return -1
  for (let j = k - 1; j >= 0; j--) {
    const t = words[j]!.text
    if (close === ')' ? t === '(' : t === close) return j
    if (close === ')' && t === ')') return -1
  }
  return -1
}

const POSSESSIVES = new Set(['my', 'your', 'his', 'its', 'our', 'their'])

/** A word that ends a subject noun phrase right before its verb's adverb: "Trump successfully used" (not "our newly published"). */
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'PRON'])
const subjectBefore = (w: Word | undefined) => !!w && SUBJECT_HEADS.has(w.pos) && !POSSESSIVES.has(w.lower)
/** A tensed "have" ("had", "has", "'ve"): a participle after it is a perfect. */
const perfectBefore = (w: Word | undefined) => !!w && w.pos === 'AUX' && w.lemma === 'have'

/** The longest "for" phrase of an expletive's adjective before its "to": "hard for [small firms in the region] to". */
const MAX_FOR_WORDS = 8

const BE = new Set(['is', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'are', 'seems', 'seemed', 'remains', 'remained'])

/** Participles and adjectives before "to" that keep "it" the thing named before (data/language.json raisingPassives). */
const RAISING_PASSIVES = new Set<string>(LANGUAGE.raisingPassives)
/** Verbs whose subject "it" may stand for nothing: "it appears that", "it seems", "it remains unclear whether". */
const RAISING_VERBS = new Set(['appear', 'seem', 'remain', 'emerge', 'follow', 'happen', 'turn'])

/** Quantifiers that stand for a group named before when a verb follows them: "All are …", "Both were …". */
const QUANTIFIER_PRONOUNS = new Set(['all', 'both', 'neither', 'either', 'each'])
const PARTITIVE_QUANTIFIERS = new Set<string>(LANGUAGE.quantifiers)
/** What a share's "of" points back with: "some of them", "many of these", "most of those firms". */
const PARTITIVE_BACK = new Set(['them', 'these', 'those', 'it', 'this'])
/** "both … and", "either … or", "neither … nor": the first word of a pair of names, with the word that joins them. */
const CORRELATIVES = new Map([['both', 'and'], ['either', 'or'], ['neither', 'nor']])

/**
 * "Both the House and Senate have …", "Neither China nor Russia voted": the opening word pairs the names that follow
 * it, before the verb; it refers to nothing before.
 */
function opensCorrelative(content: Word[]): boolean {
  const joiner = CORRELATIVES.get(content[0]?.lower ?? '')
  // ("Both countries and their allies agreed": "both" counts the countries named before.)
  const next = content[1]
  if (!joiner || (next?.pos === 'NOUN' && next.lower !== next.lemma.toLowerCase())) return false
  for (let k = 1; k < content.length && content[k]!.pos !== 'AUX' && content[k]!.pos !== 'VERB'; k++) if (content[k]!.lower === joiner) return true
  return false
}

/**
 * The opening words of a text that refer back to something it does not name ("It has been …", "This move
 * deepens …", "They say …"), or undefined. Expletive "it" ("It is likely that …") and time phrases ("This
 * time", "That year") do not refer back.
 *
 * backReference(tagWords('This move deepens the rift.')) → 'This move'
 */
export function backReference(words: Word[]): string | undefined {
  const content = words.filter((w) => w.pos !== 'PUNCT')
  const first = content[0]
  const next = content[1]
  if (!first) return undefined
  const opener = BACK_OPENERS.find((o) => o.every((x, k) => content[k]?.lower === x))
  if (opener) return content.slice(0, opener.length).map((w) => w.text).join(' ')
  // "Within it grew …", "From this, …": a leading preposition whose object is a pronoun that refers back.
  if (first.pos === 'ADP' && next && ['it', 'this', 'that', 'these', 'those', 'them'].includes(next.lower) && !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(content[2]?.pos ?? ''))
    return `${first.text} ${next.text}`
  // "Among these individuals are …", "Of those countries, …": a leading preposition whose object a plural
  // demonstrative points back to (not a time: "In those years").
  if (first.pos === 'ADP' && next && ['these', 'those'].includes(next.lower)) {
    const head = content.slice(2, 5).find((w) => w.pos === 'NOUN')
    if (head && !TIME_NOUNS.has(head.lemma) && content.slice(2, content.indexOf(head)).every((w) => w.pos === 'ADJ' || w.pos === 'NUM'))
      return content.slice(0, content.indexOf(head) + 1).map((w) => w.text).join(' ')
  }
  // "Those associated with Macron …", "those who lost their homes": the people the words after describe.
  if (first.lower === 'those' && next && (GENERIC_THOSE.has(next.lower) || (next.pos === 'VERB' && /(?:ed|en|wn|ing)$/.test(next.lower)) || /ing$/.test(next.lower))) return undefined
  if (BACK_DETERMINERS.has(first.lower) && next && ['NOUN', 'ADJ'].includes(next.pos)) {
    const head = content.slice(1).find((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
    if (head && TIME_NOUNS.has(head.lemma)) return undefined
    return `${first.text} ${next.text}`
  }
  // "The aforementioned JCPOA restrictions …", "The latter two categories …", "The latter is …": a determiner of two words.
  const after = content[2]
  if (next && BACK_DETERMINERS.has(`${first.lower} ${next.lower}`) && after && ['NOUN', 'ADJ', 'NUM', 'PROPN', 'AUX', 'VERB'].includes(after.pos)) return `${first.text} ${next.text}`
  // "All are found in Indonesia", "Both were arrested": a quantifier standing alone for what was named before.
  if (QUANTIFIER_PRONOUNS.has(first.lower) && (next?.pos === 'AUX' || next?.pos === 'VERB')) return first.text
  // "Some of them are very technical", "Many of these were closed", "Most of those firms …": a share of what was
  // named before (data/language.json quantifiers).
  // (Not "those" the words after it describe: "Many of those who fled", "Most of those affected".)
  const described = after?.lower === 'those' && (GENERIC_THOSE.has(content[3]?.lower ?? '') || content[3]?.pos === 'VERB')
  // (Nor "None of this means that …": the claim is the clause it introduces, whole.)
  const idiom = first.lower === 'none' && ['this', 'it'].includes(after?.lower ?? '')
  if (PARTITIVE_QUANTIFIERS.has(first.lower) && next?.lower === 'of' && after && PARTITIVE_BACK.has(after.lower) && !described && !idiom) return `${first.text} ${next.text} ${after.text}`
  // "The two had appeared cautious …", "The three were arrested", "The third was about policy": a number or an
  // ordinal standing alone for what was named before.
  const counted = next?.pos === 'NUM' ? /^\p{L}+$/u.test(next.text) : STANDALONE_ORDINALS.has(next?.lower ?? '')
  if (first.lower === 'the' && counted && (after?.pos === 'AUX' || after?.pos === 'VERB')) return `${first.text} ${next!.text}`
  if (!BACK_PRONOUNS.has(first.lower) || opensCorrelative(content)) return undefined
  if (first.lower === 'it' && isCleft(content)) return undefined
  // "It appears that …", "It seems likely that …", "It remains unclear whether …": an expletive before a raising verb.
  if (first.lower === 'it' && next?.pos === 'VERB' && RAISING_VERBS.has(next.lemma) && content.slice(2, 6).some((w) => ['that', 'whether', 'to', 'as', 'if'].includes(w.lower))) return undefined
  // "It seems the weight of boycotting groups is much less …": the clause after a raising verb whose "that" is left out.
  // ("It remains the largest firm that …" is a thing named before: only "seem" and "appear" take such a clause.)
  if (first.lower === 'it' && (next?.lemma === 'seem' || next?.lemma === 'appear') && ['DET', 'PRON', 'PROPN'].includes(content[2]?.pos ?? '') && content.some((_, k) => k > 3 && isFiniteVerb(content, k))) return undefined
  // "It is likely that …", "It was agreed to …": an expletive subject.
  // "It might consider whether …" has a verb of its own: "it" stands for something named before.
  if (first.lower === 'it' && next?.pos === 'AUX') {
    // ("It is more important than ever to have …": a comparison inside the adjective phrase puts the "to" further on.)
    const rest = content.slice(1, content.slice(1, 6).some((w) => w.lower === 'than') ? 8 : 6)
    // ("It's surprising how strong …": "how" after an adjective opens the clause too.)
    // ("It is unique to one job": a "to" before a noun phrase is a preposition, no clause.)
    const infinitive = (k: number) => ['VERB', 'AUX', 'ADV'].includes(content[k + 2]?.pos ?? '')
    const clause = rest.findIndex((w, k) => w.lower === 'that' || (w.lower === 'to' && infinitive(k)) || w.lower === 'whether' || (w.lower === 'how' && rest[k - 1]?.pos === 'ADJ'))
    // ("It is also encouraging citizens to ask …": a verb in "-ing" after "be", with its object, is what "it" does.)
    const progressive = rest.slice(0, clause).some((w, k) => w.pos === 'VERB' && w.lower.endsWith('ing') && k > 0 && (BE.has(rest[k - 1]!.lower) || rest[k - 1]!.pos === 'ADV') && ['NOUN', 'PROPN', 'PRON', 'DET'].includes(rest[k + 1]?.pos ?? ''))
    const copular = !progressive && rest.slice(0, clause).some((w) => BE.has(w.lower) || w.pos === 'ADJ' || (w.pos === 'VERB' && /(?:ed|en|wn)$/.test(w.lower)))
    // "It was considered to have a 1 in 37 chance", "It is likely to rise": a raising word before "to" keeps "it"
    // the thing named before.
    const raised = rest[clause]?.lower === 'to' && RAISING_PASSIVES.has(rest[clause - 1]?.lower ?? '')
    if (clause > 0 && copular && !raised) return undefined
    // "It is important for AI agents to identify themselves": the adjective's "for" phrase before its "to".
    const adjective = content.findIndex((w, k) => (k >= 2 && k <= 4 && w.pos === 'ADJ' && BE.has(content[k - 1]!.lower)) || (k >= 3 && k <= 4 && w.pos === 'ADJ' && content[k - 1]!.pos === 'ADV' && BE.has(content[k - 2]!.lower)))
    const forTo = adjective > 0 && content[adjective + 1]?.lower === 'for' && content.slice(adjective + 2, adjective + 2 + MAX_FOR_WORDS).some((w) => w.lower === 'to' && w.pos === 'PART')
    if (forTo) return undefined
    // "It’s possible the demonstration won’t go …": an adjective before a clause whose "that" is left out.
    const [be, adjective2, opener] = [content[1]!, content[2], content[3]]
    if (BE.has(be.lower) && adjective2?.pos === 'ADJ' && ['DET', 'PRON', 'PROPN'].includes(opener?.pos ?? '') && content.some((_, k) => k > 3 && isFiniteVerb(content, k))) return undefined
  }
  return first.text
}

/** A cleft's focus runs to its "that" or "who" within this many words ("It was [the 2018 election] that …"). */
const MAX_CLEFT_FOCUS_WORDS = 12

/**
 * "It was former president X's victory that represented …", "It is the Houthis who …": a cleft sentence, whose "it"
 * stands for nothing before it. Its focus is a noun phrase with a name ("It was the beginning of an outbreak that …"
 * may say what "it" was), with no verb of its own, followed by "that" or "who" and its predicate.
 */
function isCleft(content: Word[]): boolean {
  if (!BE.has(content[1]?.lower ?? '')) return false
  const focus = content[2]
  const close = content.findIndex((w, k) => k > 2 && k <= 2 + MAX_CLEFT_FOCUS_WORDS && (w.lower === 'that' || w.lower === 'who'))
  if (!focus || close < 0) return false
  const between = content.slice(2, close)
  // "It was the beginning of an outbreak that would …" may say what "it" was; a cleft's focus names someone.
  if (!between.some((w) => w.pos === 'PROPN')) return false
  if (between.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return false
  // The tagger may read the verb after "who" as a noun ("who control"): any word but a determiner, preposition or pronoun.
  return !['DET', 'ADP', 'PRON', 'PUNCT', 'CCONJ'].includes(content[close + 1]?.pos ?? 'PUNCT')
}

/**
 * Whether a text's first word could open a back-reference (a pronoun or "this"/"these"…), read without tagging:
 * only then is backReference worth a tagger's pass (an outline may hold tens of thousands of points).
 */
export function mayReferBack(text: string): boolean {
  const first = /[\p{L}\p{N}]+/u.exec(text)?.[0]?.toLowerCase()
  return !!first && (BACK_DETERMINERS.has(first) || BACK_PRONOUNS.has(first) || BACK_OPENERS.some((o) => o[0] === first))
}

/** Content words: nouns, proper nouns, verbs, adjectives, numbers and adverbs other than the commonest. */
export function isContentWord(w: Word): boolean {
  return ['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(w.pos) && /[\p{L}\p{N}]/u.test(w.text)
}

const ANNOUNCED_NOUNS = new Set<string>(LANGUAGE.announcedNouns)
const COUNT_WORDS = new Set<string>(LANGUAGE.countWords)
/** A phrase after the announced noun that only says what the items are for or of: "for congressional oversight". */
const ANNOUNCED_TAIL_WORDS = 8
const ANNOUNCED_TAIL_PREPOSITIONS = new Set(['for', 'of', 'in', 'on', 'to'])

/**
 * "The collaboration focuses on three key areas.", "Members may consider several areas for congressional
 * oversight.": a sentence that ends on a count of the parts of what follows (data/language.json announcedNouns),
 * with at most a short phrase after it and no verb, announces a list and states nothing by itself.
 *
 * announcesItems(tagWords('The plan rests on three pillars.')) → true; announcesItems(tagWords('The plan cut three taxes.')) → false
 */
export function announcesItems(words: Word[]): boolean {
  const content = words.filter((w) => w.pos !== 'PUNCT')
  const noun = content.findLastIndex((w) => w.pos === 'NOUN' && ANNOUNCED_NOUNS.has(w.lemma) && w.lower !== w.lemma)
  if (noun < 1) return false
  const tail = content.slice(noun + 1)
  if (tail.length > ANNOUNCED_TAIL_WORDS || (tail.length > 0 && !ANNOUNCED_TAIL_PREPOSITIONS.has(tail[0]!.lower)) || tail.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return false
  // The count stands right before the noun, or before one or two of its modifiers ("three key areas").
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const w = content[k]!
    // It is what the verb takes: its object ("consider several areas") or its preposition's ("focuses on three
    // areas"), not a phrase that only says how or why ("concluded that … for two reasons").
    if (w.pos === 'NUM' || COUNT_WORDS.has(w.lower)) {
      let v = k - 1
      while (v >= 0 && (content[v]!.pos === 'DET' || content[v]!.lower === 'of')) v--
      if (content[v]?.pos === 'ADP') v--
      return content[v]?.pos === 'VERB'
    }
    if (!['ADJ', 'NOUN'].includes(w.pos)) return false
  }
  return false
}

/**
 * "Here’s how China’s AI governance system has developed", "Here is where I say the thing": "here" and "be" before a
 * wh-word announce what the text goes on to say, and say none of it.
 */
export function announcesWhatFollows(words: Word[]): boolean {
  const content = words.filter((w) => w.pos !== 'PUNCT' || ["'s", '’s'].includes(w.lower))
  // ("Here’s": the tagger may read the contracted "is" as a possessive.)
  const be = !!content[1] && (content[1].lemma.toLowerCase() === 'be' || ["'s", '’s'].includes(content[1].lower))
  return content[0]?.lower === 'here' && be && WH_OPENERS.has(content[2]?.lower ?? '')
}

const RE_LEAD_IN_END = new RegExp(`\\s(?:${LANGUAGE.leadInEnds.join('|')})\\s*$`, 'i')

/**
 * "Marine leadership remarked that", "The agency reportedly noted that": a clause whose subject and verb lead into
 * the words quoted or listed after it, "that" ending it. ("Been there, seen that" has no subject: a heading may.)
 */
export function endsOnThatClause(words: Word[]): boolean {
  if (words.at(-1)?.lower !== 'that' || words.length < 3) return false
  let v = words.length - 2
  if (words[v]!.pos !== 'VERB') return false
  while (v > 0 && words[v - 1]!.pos === 'ADV') v--
  const subject = words[v - 1]
  return !!subject && ['NOUN', 'PROPN', 'PRON'].includes(subject.pos) && subject.lower !== 'there'
}

/**
 * "Marine leadership remarked that", "the Commandant further noted,": a clause whose subject and verb lead into
 * the words quoted after it, ending on "that", or on a verb of saying or judging with no object (a comma or a
 * colon may close it).
 */
export function endsOnReport(words: Word[]): boolean {
  if (endsOnThatClause(words)) return true
  const content = [',', ':'].includes(words.at(-1)?.text ?? '') ? words.slice(0, -1) : words
  let v = content.length - 1
  if (v < 1 || content[v]!.pos !== 'VERB' || !THOUGHT_VERBS.has(content[v]!.lemma)) return false
  while (v > 0 && content[v - 1]!.pos === 'ADV') v--
  const subject = content[v - 1]
  return !!subject && ['NOUN', 'PROPN'].includes(subject.pos)
}

/** Verbs that lead into words quoted after a colon (data/language.json quotingVerbs, thoughtVerbs). */
const QUOTING_VERBS = new Set<string>([...LANGUAGE.quotingVerbs, ...THOUGHT_VERBS])
/** Parts of speech of the phrases of place or medium between a verb of saying and its colon ("on his Facebook profile"). */
const MEDIUM_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON'])

/**
 * "Jean-pierre Rougou, a source close to the 'government', wrote on his Facebook profile:": a subject and a verb of
 * saying, then only where or to whom it was said, and a colon; the words said come after it. (One with no phrase
 * after its verb, "the Commandant noted:", is endsOnReport's.)
 */
export function leadsIntoQuotation(words: Word[]): boolean {
  if (words.at(-1)?.text !== ':') return false
  let v = words.length - 2
  while (v > 0 && MEDIUM_POS.has(words[v]!.pos)) v--
  const verb = words[v]
  // (Where or to whom: "wrote on her blog:", "told reporters in Paris:".)
  const medium = words[v + 1]?.pos === 'ADP' || (verb?.lemma === 'tell' && ['NOUN', 'PRON', 'PROPN'].includes(words[v + 1]?.pos ?? ''))
  if (!verb || verb.pos !== 'VERB' || !QUOTING_VERBS.has(verb.lemma) || !medium || v + 1 >= words.length - 1) return false
  // The verb is the clause's own, right after its subject or the aside that closes on it: not a second verb
  // ("agrees that … and writes about …:"), a participle ("…, writing about …:") or "as shown in this video:".
  let s = v - 1
  while (s > 0 && words[s]!.pos === 'ADV') s--
  return isFiniteVerb(words, v, true) && (SUBJECT_HEADS.has(words[s]?.pos ?? '') || words[s]?.text === ',')
}

/**
 * "Issues of potential disagreement include": a line that leads into a list whose colon was lost in copying. It is
 * no subheading (ingest) and no claim (draft).
 */
export function endsOnLeadIn(text: string): boolean {
  return RE_LEAD_IN_END.test(text)
}
