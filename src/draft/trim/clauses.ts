/**
 * The clauses of a tagged sentence: its main verb and verb group, subordinate and relative clauses, what opens a
 * clause, and lists.
 */
import trimData from '../../../data/draft/trim.json' with { type: 'json' }
import LANGUAGE_DATA from '../../../data/language.json' with { type: 'json' }
import { CLOSING_QUOTES, hasFiniteVerb, imperativeVerb, isFiniteVerb, participleForm } from '../../language/grammar.ts'
import { type Word } from '../../language/tagger.ts'
import { phrases } from './vocabulary.ts'
import { isComma, isWord, nextComma, type Parse } from './parse.ts'

export const RELATIVE = new Set(trimData.relativeOpeners)
export const EVIDENCE_OPENERS = phrases(trimData.evidenceOpeners)
/** Words that open examples of what the noun before them names: "including", "such as" (data/draft/trim.json). */
export const EXAMPLE_OPENERS = phrases(trimData.exampleOpeners)
const EVIDENCE_VERBS = new Set<string>(trimData.evidenceVerbs)
/** A reference back names what it refers to in at most this many words after its demonstrative ("this relatively small range"). */
const EVIDENCE_SUBJECT_WORDS = 4
export const COMPLEX_PREPOSITIONS = LANGUAGE_DATA.complexPrepositions.map((p) => p.split(' '))

/** How many words before `i` belong with it to a preposition of several words ("such [as]", "because [of]"), or 0. */
export function complexPrepositionBefore(parse: Parse, i: number): number {
  const before = (n: number) => parse.words.slice(i - n, i).map((w) => w.lower).join(' ')
  const match = COMPLEX_PREPOSITIONS.find((p) => p.length > 1 && i >= p.length - 1 && p.at(-1) === parse.words[i]!.lower && before(p.length - 1) === p.slice(0, -1).join(' '))
  return match ? match.length - 1 : 0
}

/** Relative adverbs that open a clause after a noun: "a deal whereby X acquired Y". */
export const RELATIVE_ADVERBS = new Set(['whereby', 'wherein', 'whereupon'])
/** Words that open a clause inside another: "where there was …", "what Congress might do", "that it had". */
export const SUBORDINATORS = new Set([...RELATIVE_ADVERBS, 'where', 'wherever', 'when', 'whenever', 'what', 'whether', 'why', 'how', 'while', 'whilst', 'whereas', 'because', 'although', 'though', 'if', 'unless', 'as', 'since', 'after', 'before', 'until', 'once'])
/** Words that open a clause that may be a sentence's subject: "What matters most is …". */
export const WH_SUBJECTS = new Set(['what', 'whatever', 'where', 'how', 'why', 'whether', 'who'])
/** Connectives that may stand before a subordinate clause: "So if …", "And when …". */
export const CLAUSE_CONNECTIVES = new Set(['so', 'yet', 'then', 'thus', 'hence', 'still'])

/**
 * The words hold a main clause: a finite verb with no subordinating word ("where", "if", "which" …) before it
 * since the last comma. "In other words, in areas where there was limited fishing" has none; "If X, Y happens"
 * has one.
 */
export function hasMainClause(words: Word[], options: { relativeThat?: boolean } = {}): boolean {
  let start = 0
  return words.some((w, k) => {
    if (w.text === ',' || w.text === ';' || w.text === ':') start = k + 1
    if (!isFiniteVerb(words, k)) return false
    return !words.slice(start, k).some((x, j) => x.pos === 'SCONJ' || SUBORDINATORS.has(x.lower) || RELATIVE.has(x.lower) || (options.relativeThat && relativeThat(words, start + j)))
  })
}

/** "the limit that requires …": "that" as a pronoun after a noun opens a relative clause. */
export function relativeThat(words: Word[], k: number): boolean {
  return words[k]!.lower === 'that' && words[k]!.pos === 'PRON' && ['NOUN', 'PROPN'].includes(words[k - 1]?.pos ?? '')
}

/**
 * "This finding suggests that", "These relatively small ranges indicate that": a demonstrative and the noun it
 * names, then a verb of evidence and "that" — how many words that opener has from `i`, or 0.
 */
export function evidenceReference(words: Word[], i: number): number {
  if (!['this', 'these'].includes(words[i]?.lower ?? '')) return 0
  // The tagger may read the noun as a verb ("This finding"), or the verb as a noun ("These results show"): the verb
  // is the word of evidence right before "that", after one to EVIDENCE_SUBJECT_WORDS words of the noun phrase.
  for (let k = i + 2; k <= i + 1 + EVIDENCE_SUBJECT_WORDS && k + 1 < words.length; k++) {
    if (!isWord(words[k - 1]!) || ['DET', 'AUX', 'ADP', 'SCONJ', 'PRON'].includes(words[k - 1]!.pos) && k - 1 > i) return 0
    const verb = words[k]!
    const lemma = verb.lemma === verb.lower && verb.lower.endsWith('s') ? verb.lower.slice(0, -1) : verb.lemma
    if (EVIDENCE_VERBS.has(lemma) && words[k + 1]!.lower === 'that') return k + 2 - i
  }
  return 0
}

/** The words open a clause: a subject (possibly after a connective) before the first finite verb. */
export function startsClause(words: Word[]): boolean {
  const verb = words.findIndex((_, k) => isFiniteVerb(words, k))
  if (verb <= 0) return false
  const subject = words.slice(0, verb)
  // "the strategic issue on which China … can cooperate": a relative clause inside a noun phrase is no clause of its own.
  if (subject.some((w) => w.pos === 'SCONJ' || RELATIVE.has(w.lower) || w.lower === 'that')) return false
  // "xAI for up to $200 million each “to accelerate … adoption of advanced AI”": a quotation before the verb
  // means the verb is not this subject's.
  if (subject.some((w, k) => /^["“”]$/.test(w.text) && !(k === 0 && w.text !== '“'))) return false
  // "such as the reputation of the ticketer, may also affect …": an example is no subject.
  if (subject[0]!.lower === 'such' && subject[1]?.lower === 'as') return false
  return subject.some((w) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(w.pos))
}

/**
 * "[as] the top trading partner in goods, and in 2025 maintained this position": the first verb follows a
 * conjunction and a phrase of time or place, with no noun of its own, so it continues the verb phrase before
 * the words, and they start no clause.
 */
export function continuesVerbPhrase(words: Word[]): boolean {
  const verb = words.findIndex((_, k) => isFiniteVerb(words, k))
  const conjunction = words.slice(0, Math.max(0, verb)).findLastIndex((w) => w.pos === 'CCONJ')
  if (verb <= 0 || conjunction < 0) return false
  const joined = words.slice(conjunction + 1, verb)
  return joined.length > 0 && ['ADP', 'ADV'].includes(joined[0]!.pos)
}

export const COMPLEMENTIZERS = new Set(['that', 'whether', 'if'])

/** The comma at `c` separates items of a list: what follows is a noun phrase that a later ", and" or "and" ends. */
export function startsList(parse: Parse, c: number): boolean {
  if (isAndOr(parse.words[c + 1])) return true
  const next = nounPhraseAfter(parse, c)
  return next >= 0 && isAndOr(parse.words[next + 1])
}

/** The next comma after `c`, when what lies between is a noun phrase (a list item: no verb, pronoun or conjunction), or -1. */
export function nounPhraseAfter(parse: Parse, c: number): number {
  const next = nextComma(parse, c + 1, c + 12)
  if (next < 0) return -1
  const item = parse.words.slice(c + 1, next)
  return item.every((x) => !['AUX', 'PRON', 'SCONJ'].includes(x.pos)) && !hasFiniteVerb(item) ? next : -1
}

export const isAndOr = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or'

/** The comma at `c` closes an item of a list of names or nouns: "A, B, C[,] and D". */
export function isListItemBefore(parse: Parse, c: number): boolean {
  // "farming, fishing, shipping, and tourism": a gerund is a noun in a list.
  const gerund = (i: number) => parse.words[i]?.pos === 'VERB' && parse.words[i]!.lower.endsWith('ing') && !isFiniteVerb(parse.words, i)
  // ("approvals, rights of way, permits, leases, and loans": a word alone between a list's commas is an item,
  // whatever its tag.)
  const alone = (i: number) => isComma(parse, i - 1) && isComma(parse, i + 1)
  const nounish = (i: number) => ['NOUN', 'PROPN'].includes(parse.words[i]?.pos ?? '') || gerund(i) || alone(i)
  // "close trade, political, cultural, intelligence, and defense relations": the items may be a noun's modifiers,
  // when there are three of them or more ("hard, and often unsafe, to come forward" is an aside).
  const item = (i: number) => nounish(i) || parse.words[i]?.pos === 'ADJ'
  const commaBefore = (at: number) => {
    for (let k = at - 1; k >= Math.max(0, at - LIST_REACH); k--) if (isComma(parse, k)) return k
    return -1
  }
  // "launch vehicles, spacecraft (satellites and orbital vehicles), and …": an item's bracketed aside goes with it.
  // (Not before a clause: "applied for USA-4 (58 FR 34782), and NOAA issued the license".)
  let last = c - 1
  if (parse.words[last]?.text === ')') while (last >= 0 && parse.aside[last]) last--
  if (last < c - 1 && parse.words.slice(c + 1).some((_, j) => isFiniteVerb(parse.words, c + 1 + j))) return false
  if (!item(last)) return false
  const k = commaBefore(last)
  // ("ships that are privately owned, commercially viable, and militarily useful": a past participle is an item
  // beside adjectives.)
  const participle = (i: number) => parse.words[i]?.pos === 'VERB' && participleForm(parse.words[i]!)
  if (k < 0 || !(item(k - 1) || (participle(k - 1) && parse.words[last]?.pos === 'ADJ'))) return false
  if (nounish(last) && nounish(k - 1)) return true
  // (Each item of modifiers a word or two without a verb: not "[In such an atmosphere], witnesses find it hard, and
  // often unsafe,".)
  const verbless = (from: number, to: number) => !parse.words.slice(from, to).some((w) => ['VERB', 'AUX'].includes(w.pos))
  if (!verbless(k + 1, last + 1)) return false
  // ("foreign intelligence, military, and terrorist operations": two items and the conjunction's make three.)
  if (['and', 'or'].includes(parse.words[c + 1]?.lower ?? '')) return true
  const k2 = commaBefore(k - 1)
  return k2 >= 0 && item(k2 - 1) && verbless(k2 + 1, k)
}
/** How far back, in words, the comma before a list's item is looked for. */
const LIST_REACH = 4

/** The first finite verb outside a leading subordinate clause. */
export function mainVerb(parse: Parse, kept: Set<number>): number | undefined {
  const order = [...kept].sort((a, b) => a - b)
  const words = order.map((i) => parse.words[i]!)
  // "Engage in joint research that promotes safety": an imperative's verb is the main one.
  const imperative = imperativeVerb(words)
  const finite = (j: number) => !parse.aside[order[j]!] && isFiniteVerb(words, j)
  let k = imperative >= 0 ? imperative : words.findIndex((_, j) => finite(j))
  // "Another option that Members have explored[, …,] is conditioning …", "The BBC's reporter, stationed in the
  // capital, said …": the first verb describes the subject; the clause's own verb comes after a comma.
  if (k >= 0 && imperative < 0 && describesSubject(words, k)) {
    const afterComma = (j: number) => words[j - 1]!.text === ',' || (words[j - 1]!.pos === 'ADV' && words[j - 2]?.text === ',')
    const later = words.findIndex((_, j) => j > k + 1 && afterComma(j) && finite(j) && !describesSubject(words, j))
    // "The far-right bubble that has seen rightist figures elected across Latin America spilled over": without a
    // comma, the clause's verb is the next finite one after a noun that ends the relative clause.
    const unmarked = later > 0 || words.slice(k, k + 1).some((w) => w.text === ',') ? -1 : words.findIndex((_, j) => j > k + 1 && finite(j) && ['NOUN', 'PROPN'].includes(words[j - 1]!.pos) && !describesSubject(words, j) && !words.slice(k + 1, j).some((w) => w.text === ',' || w.pos === 'CCONJ' || w.pos === 'SCONJ'))
    if (later > 0) k = later
    else if (unmarked > 0) k = unmarked
  }
  // "Because the inspectors could count the cranes, barges and ships …, the authority proposed …": a sentence that
  // opens on a subordinate clause has its own verb after the comma that closes that clause.
  if (k >= 0 && imperative < 0 && SUBORDINATORS.has(words.find((w) => w.pos !== 'CCONJ' && isWord(w))?.lower ?? '')) {
    const main = words.findIndex((_, j) => j > k && finite(j) && opensMainClause(words, j))
    if (main > 0) k = main
  }
  return k >= 0 ? order[k] : undefined
}

/** The finite verb at `j` follows a comma, with no subordinator, relative word or conjunction since the comma. */
function opensMainClause(words: Word[], j: number): boolean {
  const comma = words.findLastIndex((w, i) => i < j && w.text === ',')
  if (comma < 0) return false
  return !words.slice(comma + 1, j).some((w) => w.pos === 'SCONJ' || w.pos === 'CCONJ' || SUBORDINATORS.has(w.lower) || RELATIVE.has(w.lower) || w.pos === 'PUNCT')
}

/** Relative pronouns that open a clause describing the noun before them. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom'])

/**
 * The finite verb at `k`, the sentence's first, is in a clause that describes its subject: a relative clause
 * after the subject's noun ("option [that Members have explored]"), or a participle set off by commas after it
 * ("Harvey[, stationed in Aceh,]").
 */
function describesSubject(words: Word[], k: number): boolean {
  let j = k - 1
  while (j >= 0 && ['AUX', 'ADV', 'PART'].includes(words[j]!.pos)) j--
  const participle = words[k]!.pos === 'VERB' && /(?:ed|en|wn)$/.test(words[k]!.lower)
  if (participle && words[j]?.text === ',' && j === k - 1 && ['NOUN', 'PROPN'].includes(words[j - 1]?.pos ?? '')) return true
  while (j >= 0 && ['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM'].includes(words[j]!.pos) && !RELATIVE_PRONOUNS.has(words[j]!.lower)) j--
  if (j > 0 && RELATIVE_PRONOUNS.has(words[j]!.lower) && ['NOUN', 'PROPN'].includes(words[j - 1]!.pos)) return true
  // 'This process of "stripping," as Lloyds referred to it, allowed …': an "as" clause set off by a comma after the
  // subject says how someone names or sees it.
  let comma = j - 1
  if (CLOSING_QUOTES.has(words[comma]?.text ?? '')) comma--
  return j > 1 && words[j]!.lower === 'as' && words[comma]?.text === ',' && comma > 0
}

/** The last word of the main verb group: "were highlighted", "has long been perceived". */
export function verbGroupEnd(parse: Parse, kept: Set<number>): number | undefined {
  const main = mainVerb(parse, kept)
  if (main === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b)
  let k = order.indexOf(main)
  while (k + 1 < order.length && ['VERB', 'AUX', 'ADV', 'PART'].includes(parse.words[order[k + 1]!]!.pos) && parse.words[order[k + 1]!]!.lower !== 'to') k++
  return order[k]
}

/** "to" after `object` opens an infinitive of purpose: the main verb and the noun before it govern no infinitive. */
export function isPurpose(parse: Parse, kept: Set<number>, object: number | undefined): boolean {
  const noun = object === undefined ? undefined : parse.words[object]
  if (!noun || !['NOUN', 'PROPN'].includes(noun.pos) || INFINITIVE_NOUNS.has(noun.lemma)) return false
  const main = mainVerb(parse, kept)
  const verbs = [...kept].filter((i) => main !== undefined && i >= main && i < object! && parse.words[i]!.pos === 'VERB')
  return verbs.length > 0 && !verbs.some((i) => CONTROL_VERBS.has(parse.words[i]!.lemma))
}
const CONTROL_VERBS = new Set(LANGUAGE_DATA.infinitiveGoverningVerbs)
const INFINITIVE_NOUNS = new Set(LANGUAGE_DATA.infinitiveGoverningNouns)

/** Whether the clause the last of `kept` ends has a verb already: back to "that", "which" or a conjunction. */
export function verbBefore(parse: Parse, kept: number[]): boolean {
  for (let k = kept.length - 1; k >= 0; k--) {
    const w = parse.words[kept[k]!]!
    if (w.pos === 'VERB' || w.pos === 'AUX') return true
    if (w.pos === 'SCONJ' || ['that', 'which', 'who', 'whether'].includes(w.lower)) return false
  }
  return false
}

// ───────────────────────────── output ─────────────────────────────
