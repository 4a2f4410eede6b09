/**
 * Benchmark articles of a given length, made in memory from the real fixture articles. Each source is read with
 * the real `ingest` (so page chrome, bylines and credits are left out) and re-written as a Markdown article: one
 * `#` title, a byline, then the sources one after another as `##` sections of whole paragraphs. When the sources
 * run out they are used again (a 100k-word article repeats them about 25 times) with the part number in the
 * section heading; the last paragraph is cut at a sentence so that the article has about the words asked for.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ingest } from '../ingest/index.ts'
import type { Article } from '../types.ts'

/** The articles the benchmark is made from, relative to the project folder. */
export const SOURCE_ARTICLES = [
  'articles/north-korea-no-strategic-reprieve.txt',
  'tests/fixtures/articles/security-analysis.txt',
  'tests/fixtures/articles/trade-diplomacy.md',
  'tests/fixtures/articles/non-geopolitics.txt',
  'tests/fixtures/articles/html-article.html',
]

interface SourceSection {
  heading: string
  paragraphs: string[][]
}

export interface ComposedArticle {
  /** The article as Markdown (ingested as `format: 'markdown'`). */
  text: string
  words: number
  paragraphs: number
  sections: number
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** The sources' sections with their paragraphs as lists of sentences, in file order. */
export function readSources(root: string, files: readonly string[] = SOURCE_ARTICLES): SourceSection[] {
  return files.flatMap((file) => sectionsOf(ingest(readFileSync(join(root, file)), { name: file })))
}

function sectionsOf(article: Article): SourceSection[] {
  return article.sections
    .filter((section) => section.paragraphs.length > 0)
    .map((section) => ({
      heading: section.title ? `${article.meta.title}: ${section.title}` : article.meta.title,
      paragraphs: section.paragraphs.map((p) => p.sentences.map((s) => s.text)),
    }))
}

/** A Markdown article of about `words` words (never fewer than one paragraph) made from `sources`. */
export function composeArticle(sources: SourceSection[], words: number): ComposedArticle {
  if (sources.length === 0) throw new Error('composeArticle: no source sections')
  const lines = [
    `# Regional security and trade: a reader of ${words.toLocaleString('en')} words`,
    '',
    'By the briefdeck benchmark, from articles republished under Creative Commons licences',
    '',
  ]
  let total = 0
  let paragraphs = 0
  let sections = 0
  for (let i = 0; total < words; i++) {
    const source = sources[i % sources.length]!
    const round = Math.floor(i / sources.length) + 1
    lines.push(`## ${round > 1 ? `Part ${round}. ` : ''}${source.heading}`, '')
    sections++
    for (const sentences of source.paragraphs) {
      if (total >= words) break
      const kept: string[] = []
      for (const sentence of sentences) {
        // Always keep the first sentence of a paragraph; stop at a sentence boundary near the target.
        if (kept.length > 0 && total + countWords(sentence) > words) break
        kept.push(sentence)
        total += countWords(sentence)
      }
      lines.push(kept.join(' '), '')
      paragraphs++
    }
  }
  return { text: lines.join('\n'), words: total, paragraphs, sections }
}
