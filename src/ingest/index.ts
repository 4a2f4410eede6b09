import type { Article, ArticleFormat, Paragraph, Section } from '../types.ts'
import { fail } from '../errors.ts'
import { foldSpace, htmlToBlocks, textToBlocks, type RawDocument } from './blocks.ts'
import { markdownToBlocks } from './markdown.ts'
import { classifyBlocks } from './classify.ts'
import { decodeArticle } from './decode.ts'
import { splitSentences } from './sentences.ts'
import chrome from '../../data/ingest/chrome.json' with { type: 'json' }

export { MAX_INPUT_BYTES, sizeText, tooLarge } from './decode.ts'
export { MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS } from './long-sentences.ts'
export { splitSentences } from './sentences.ts'

export interface IngestOptions {
  /** A file name, used to guess the format from its extension and in messages. */
  name?: string
  format?: ArticleFormat
  /** Told about input that was read with a repair (bytes that were not UTF-8, say), one line each. */
  onWarning?: (message: string) => void
}

/**
 * The most sentences an article may have: far beyond any article (a 1 MiB article of sentences of an article's
 * length has some 6,000). The draft compares sentences with each other, so its time grows faster than their
 * number: 10,000 copies of one sentence cost it some 4 s.
 */
export const MAX_SENTENCES = 10_000

const RE_HTML = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])|<\/p>\s*$/im
const RE_MARKDOWN = /^(#{1,6} \S|---\n[\s\S]*?\n---\n)/m
const READERS: Record<ArticleFormat, (text: string, name: string) => RawDocument> = {
  text: textToBlocks,
  markdown: markdownToBlocks,
  html: (text, name) => htmlToBlocks(text, name),
}

/**
 * Reads an article (plain text, Markdown or HTML) into an Article: metadata apart from content, sections,
 * paragraphs and sentences with stable ids (`p3.s2`) and offsets into `article.text`.
 *
 * 1. decode the bytes (UTF-8/UTF-16/Windows-1252; refuse binary, empty, oversized; warn of repairs);
 * 2. read blocks in the format's own way (Readability for HTML, markdown-it for Markdown);
 * 3. classify blocks the same way for every format: chrome out, metadata lifted, title and subheadings found;
 * 4. number paragraphs and split sentences (none longer than MAX_SENTENCE_WORDS; at most MAX_SENTENCES).
 */
/** A media player's notice where it cannot play (data/ingest/chrome.json playerNotices), whatever the spacing. */
const RE_PLAYER_NOTICE = new RegExp(
  chrome.playerNotices.map((n) => n.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).join('|'),
  'giu',
)

/** Zero-width space, word joiner, byte-order mark: invisible, and no part of a word. */
const RE_INVISIBLE = /[\u200B\u2060\uFEFF]/g

/**
 * Wiki markup in text copied from a wiki's source (Wikinews, Wikipedia): a link shows its label, "[[w:Labour Party
 * (UK)|Labour]]" → "Labour", "[[Japan]]" → "Japan"; a run of two or three apostrophes around words is italics or
 * bold, "''El Niño''" → "El Niño"; a date template is its date on a line of its own, a dateline ("{{date|December
 * 4, 2004}}"); any other template shows nothing. (A Markdown link in brackets, "[[MSLP](…)]", is none.)
 */
function withoutWikiMarkup(text: string): string {
  return text.replace(RE_WIKI_LINK, '$1').replace(RE_WIKI_EMPHASIS, '$1').replace(RE_WIKI_DATE, '$1\n\n').replace(RE_WIKI_TEMPLATE, '')
}
const RE_WIKI_LINK = /\[\[(?:[^[\]|\n]*\|)?([^[\]|\n]+)\]\]/g
const RE_WIKI_EMPHASIS = /'{2,3}(?=\S)([^'\n]+?)(?<=\S)'{2,3}/g
const RE_WIKI_DATE = /\{\{date\|([^{}|\n]+)\}\}/gi
/** A template by its name ("{{Haveyoursay}}", "{{byline|date=…}}"), not text in braces: "{{ 7 * 191 }}" stays, inert. */
const RE_WIKI_TEMPLATE = /\{\{\p{L}[\p{L}\p{N} _-]*(?:\|[^{}\n]*)?\}\}/gu

export function ingest(input: string | Uint8Array, options: IngestOptions = {}): Article {
  const name = options.name ?? 'the article'
  const decoded = decodeArticle(input, name)
  // (A zero-width space or word joiner, "2.\u200b The United States commits …", is no character a reader sees.)
  const raw = decoded.text.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n').replace(RE_INVISIBLE, '').replace(RE_PLAYER_NOTICE, ' ')
  const format = options.format ?? detectFormat(raw, options.name)
  const classified = classifyBlocks(READERS[format](format === 'html' ? raw : withoutWikiMarkup(raw), name), fallbackTitle(options.name))
  const article = assemble(classified.blocks, format, classified.meta)
  if (article.sentences.length === 0) {
    const title = classified.meta.title && classified.meta.title !== fallbackTitle(options.name) ? ` a title (“${classified.meta.title}”) but` : ''
    fail(`${name} has${title} no sentences of article text once page chrome and metadata are set aside.`)
  }
  if (article.sentences.length > MAX_SENTENCES)
    fail(
      `${name} has ${article.sentences.length.toLocaleString('en')} sentences; briefdeck briefs articles of up to ` +
        `${MAX_SENTENCES.toLocaleString('en')}. Pass the part to brief.`,
    )
  for (const warning of decoded.warnings) options.onWarning?.(warning)
  return article
}

export function detectFormat(text: string, name?: string): ArticleFormat {
  if (name && /\.(html?|xhtml)$/i.test(name)) return 'html'
  if (name && /\.(md|markdown)$/i.test(name)) return 'markdown'
  if (name && /\.txt$/i.test(name)) return 'text'
  if (RE_HTML.test(text.slice(0, 4096))) return 'html'
  if (RE_MARKDOWN.test(text.slice(0, 4096))) return 'markdown'
  return 'text'
}

function fallbackTitle(name?: string): string {
  const base = name
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  return base && base !== '-' ? foldSpace(base).replace(/^./, (c) => c.toUpperCase()) || 'Untitled article' : 'Untitled article'
}

function assemble(
  blocks: ReturnType<typeof classifyBlocks>['blocks'],
  format: ArticleFormat,
  meta: Article['meta'],
): Article {
  let text = ''
  const sections: Section[] = [{ paragraphs: [] }]
  const paragraphs: Paragraph[] = []
  for (const block of blocks) {
    if (text) text += '\n\n'
    const start = text.length
    text += block.text
    if (block.type === 'heading') {
      sections.push({ title: block.text, paragraphs: [] })
      continue
    }
    const index = paragraphs.length + 1
    const sentences = splitSentences(block.text).map(([s, e], i) => ({
      id: `p${index}.s${i + 1}`,
      text: block.text.slice(s, e),
      paragraph: index,
      start: start + s,
      end: start + e,
    }))
    const paragraph: Paragraph = { index, start, end: text.length, sentences, ...(block.quoted ? { quoted: true } : {}) }
    paragraphs.push(paragraph)
    sections.at(-1)!.paragraphs.push(paragraph)
  }
  return {
    meta,
    format,
    text,
    sections: sections.filter((s) => s.paragraphs.length > 0),
    paragraphs,
    sentences: paragraphs.flatMap((p) => p.sentences),
  }
}
