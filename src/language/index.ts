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
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

/**
 * How many quotations `text` opens and leaves open: curly ones counted by their marks, straight ones by pairs.
 *
 * openQuotations('He said “we will') → 1; openQuotations('the “Act”') → 0
 */
export function openQuotations(text: string): number {
  return (text.match(/“/g)?.length ?? 0) - (text.match(/”/g)?.length ?? 0) + ((text.match(/"/g)?.length ?? 0) % 2)
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
