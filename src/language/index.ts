/**
 * The linguistic layer: every sentence of an article tagged once (words, parts of speech, lemmas), read by the
 * analysis (salience, and the rules that need grammar) and by the draft (trimming, titles, selection).
 *
 * const language = tagArticle(article); language.get('p3.s2') → Word[]
 */
import type { Article } from '../types.ts'
import { forgetTagged, tagWords, type Word } from './tagger.ts'
import { headIsPlural } from './grammar.ts'

export type { Pos, Word } from './tagger.ts'
export { tagWords } from './tagger.ts'

/** Tagged words by sentence id. */
export type Language = Map<string, Word[]>

export function tagArticle(article: Article): Language {
  forgetTagged()
  return new Map(article.sentences.map((s) => [s.id, tagWords(s.text)]))
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'])
/** Verbs and words so common they say nothing of what a sentence is about. */
const LIGHT = new Set(['be', 'have', 'do', 'say', 'make', 'also', 'other', 'many', 'more', 'new', 'such', 'get', 'go', 'take'])

/** The lemmas a sentence is about: its nouns, names, verbs, adjectives and numbers, without the lightest words. */
export function contentLemmas(words: Word[]): Set<string> {
  return new Set(words.filter((w) => CONTENT_POS.has(w.pos) && w.lemma.length > 2 && !LIGHT.has(w.lemma)).map((w) => w.lemma))
}

/** Whether `word` occurs in `text` as written, as a whole word (no letter or digit either side). */
export function hasWord(text: string, word: string): boolean {
  if (word === '') return new RegExp('(?<![\\p{L}\\p{N}])(?![\\p{L}\\p{N}])', 'u').test(text)
  // The analysis asks this of the article's whole text once per name ("is this name also written in lower case?").
  // A word of letters and digits only is then looked up among the text's runs of letters and digits, gathered once;
  // any other is found by indexOf and its two sides looked at (a regular expression with a lookbehind is far slower).
  if (text.length >= WORD_RUNS_MIN_TEXT && RE_WORD_RUN.test(word)) return wordRuns(text).has(word)
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!isLetterOrDigit(codePointBefore(text, at)) && !isLetterOrDigit(text.codePointAt(at + word.length))) return true
  return false
}

/** Texts at least this long have their runs of letters and digits gathered for hasWord. */
const WORD_RUNS_MIN_TEXT = 10_000
const RE_WORD_RUN = /^[\p{L}\p{N}]+$/u
/** The runs of the last long text asked about (the article's, asked about again and again). */
let runsOf: { text: string; runs: Set<string> } | undefined

function wordRuns(text: string): Set<string> {
  if (runsOf?.text !== text) runsOf = { text, runs: new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []) }
  return runsOf.runs
}

const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const isLetterOrDigit = (cp: number | undefined) => cp !== undefined && RE_LETTER_OR_DIGIT.test(String.fromCodePoint(cp))

/** The code point that ends at `at` (a surrogate pair read whole), or undefined at the start. */
function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)
  }
  return low
}

/**
 * How many quotations `text` opens and leaves open: curly ones counted by their marks, straight ones by pairs.
 *
 * openQuotations('He said “we will') → 1; openQuotations('the “Act”') → 0
 */
export function openQuotations(text: string): number {
  const { curly, straight } = quoteMarks(text)
  return curly + straight
}

/** The curly quotations `text` opens less those it closes, and whether its straight marks are odd in number (1) or not (0). */
function quoteMarks(text: string): { curly: number; straight: number } {
  return { curly: (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0), straight: (text.match(/"/g)?.length ?? 0) % 2 }
}

/**
 * How many quotations are open after `text`, when `depth` were open before it. A straight mark opens a quotation
 * outside one and closes it inside one: '"The lives were threatened.' opens, 'he fired."' then closes (openQuotations
 * counts both as opening). quoteDepthAfter(1, 'he fired."') → 0
 */
export function quoteDepthAfter(depth: number, text: string): number {
  const { curly, straight } = quoteMarks(text)
  return Math.max(0, depth + curly + (straight ? (depth + curly > 0 ? -1 : 1) : 0))
}

/**
 * The character ranges [start, end) of the quotations in `text`, marks included: “…”, "…"; one left open runs to the
 * end. quotationSpans('He said “we will”.') → [[8, 17]]
 */
export function quotationSpans(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”?|"[^"]*"?/g)].map((m) => [m.index, m.index + m[0].length])
}

/**
 * A text's words in lower case, whatever its marks and spacing: two texts with the same key say the same thing
 * ("Rising CO₂ …" and "rising CO₂ …"). sameText('The U.S.  acted.') → 'the u s acted'
 */
export function sameText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** A label names several things: "abnormal proteins", "tariffs on Canada" (not "raising the prices"). */
export function namesPlural(label: string): boolean {
  return headIsPlural(tagWords(label))
}
