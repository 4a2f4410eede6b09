import { createRequire } from 'node:module'
import type { JSDOM as JSDOMType } from 'jsdom'
import type { Readability as ReadabilityType } from '@mozilla/readability'
import type { ArticleMeta } from '../types.ts'
import { fail } from '../errors.ts'
import { capHtmlDepth } from './html-limits.ts'
import { descendantsByTag, leanContent, LINK_TAGS, mostlyLinks } from './html-lean.ts'
import chrome from '../../data/ingest/chrome.json' with { type: 'json' }

/**
 * The first step of ingest: a source in any format becomes a flat list of text blocks (headings and
 * paragraphs) plus whatever metadata the format states outright. Classification (chrome, bylines, sections)
 * happens later, the same way for every format.
 */
export interface Block {
  /** A caption is a figure's caption or credit: metadata, never content. */
  type: 'heading' | 'paragraph' | 'caption'
  text: string
  /** Heading level (1 = the title) when the format says so. */
  level?: number
  /** A block of labelled fields ("**Publication Date:** 04/22/2026"), by lower-case label. */
  fields?: Record<string, string>
  /** A heading printed as a numbered section's name at the start of its paragraph ("Sec. 3. Actions. …"). */
  numbered?: boolean
  /** A paragraph of a quotation block (Markdown "> ", HTML <blockquote>). */
  quoted?: boolean
}

export interface RawDocument {
  blocks: Block[]
  meta: Partial<ArticleMeta>
}

// jsdom and Readability take ~300 ms to load: load them only for HTML input (markdown-it: for Markdown).
const require = createRequire(import.meta.url)
/** A module loaded on first use: `lazy('jsdom', (m) => m.JSDOM)()`. */
export const lazy = <T>(name: string, pick: (m: any) => T) => {
  let value: T | undefined
  return () => (value ??= pick(require(name)))
}
const JSDOM = lazy<typeof JSDOMType>('jsdom', (m) => m.JSDOM)
const Readability = lazy<typeof ReadabilityType>('@mozilla/readability', (m) => m.Readability)

const BLOCK_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE'])


/** Plain text: blocks are separated by blank lines; line breaks inside a block are folded into spaces. */
export function textToBlocks(text: string): RawDocument {
  const raw = text.split(/\n\s*\n/).filter((b) => b.trim())
  // A first line in headline case right above the text is the title (a scraped page keeps it so).
  const [line, ...rest] = (raw[0] ?? '').trim().split('\n')
  const title = rest.length && headlineAbove(foldSpace(line!), foldSpace(rest.join(' '))) ? foldSpace(line!) : undefined
  const blocks = (title ? [rest.join('\n'), ...raw.slice(1)] : raw)
    .flatMap(listItems)
    .map((b) => foldSpace(b))
    .filter(Boolean)
    .map((t): Block => ({ type: 'paragraph', text: t }))
  return { blocks: title ? [{ type: 'heading', text: title, level: 1 }, ...blocks] : blocks, meta: {} }
}

/** A list item's marker at the start of a plain-text line: "- ", "* ", "• ", indented for a nested item. */
const RE_ITEM_MARKER = /^[ \t]*[-*•▪◦‣][ \t]+(?=\S)/

/**
 * "- Microsoft resources:⏎  - For recommendations on …⏎  - For guidance on …": a plain-text block whose lines open
 * with a list marker, the first or at least two of them, is a list; each item is a block of its own, without its
 * marker, as a Markdown or HTML list's items are. (One line opening with a dash inside wrapped prose is a dash.)
 */
function listItems(block: string): string[] {
  const lines = block.split('\n')
  const marked = lines.filter((l) => RE_ITEM_MARKER.test(l)).length
  if (!(RE_ITEM_MARKER.test(lines[0]!) || marked >= 2)) return [block]
  const items: string[] = []
  for (const line of lines) {
    if (RE_ITEM_MARKER.test(line) || !items.length) items.push(line.replace(RE_ITEM_MARKER, ''))
    else items[items.length - 1] += `\n${line}`
  }
  return items
}

/** The most words a first line may have and still be the title above the text on the next line. */
const MAX_HEADLINE_LINE_WORDS = 20

/**
 * "NASA Selects BAE Systems to Develop Ocean Color Instrument for NOAA" above "NASA, on behalf of …": a first line
 * in headline case (most of its longer words capitalised), with no closing stop, above text that opens a sentence,
 * is the title. Wrapped prose breaks its lines mid-sentence, in lower case; a label in capitals run into its
 * paragraph ("RECOGNIZING AND IMPROVING …") is no headline either. Only for a file that gives no title otherwise.
 */
export function headlineAbove(line: string, next: string): boolean {
  const words = line.split(' ')
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w))
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length
  const shouting = line === line.toUpperCase()
  const headline = words.length >= 3 && words.length <= MAX_HEADLINE_LINE_WORDS && !/[.,;:!?]$/.test(line) && !shouting && long.length > 0 && capitalised >= 0.6 * long.length
  return headline && /^[\p{Lu}"“‘]/u.test(next)
}

/**
 * The most elements a page may have: more than article pages have (a long Wikipedia article has some 20,000),
 * few enough for jsdom to read within seconds and a few hundred MB.
 */
export const MAX_HTML_ELEMENTS = 30_000
/**
 * Pages up to this many elements are read with Readability, which finds the article in the page; larger ones
 * (where Readability on jsdom takes seconds to minutes) are read from their `<article>` or body, without
 * navigation, asides, footers and lists of links (html-lean.ts).
 */
export const READABILITY_MAX_ELEMENTS = 3_000

/** HTML: Mozilla Readability finds the article in the page; its block elements become blocks. */
export function htmlToBlocks(html: string, name = 'the page', url = 'https://example.invalid/'): RawDocument {
  const page = capHtmlDepth(html)
  if (page.elements > MAX_HTML_ELEMENTS)
    fail(
      `${name} has ${page.elements.toLocaleString('en')} HTML elements; briefdeck reads pages of up to ${MAX_HTML_ELEMENTS.toLocaleString('en')}. ` +
        'Save the article alone (most browsers: File › Save Page As, or Reader view), or pass its text as .txt.',
    )
  const dom = new (JSDOM())(page.html, { url })
  const document = dom.window.document
  const pageMeta = htmlMeta(document)
  const parsed =
    page.elements <= READABILITY_MAX_ELEMENTS
      ? new (Readability())(document.cloneNode(true) as Document, { keepClasses: false }).parse()
      : undefined
  const readable = parsed?.content ? new (JSDOM())(parsed.content) : undefined
  const blocks = readable ? domBlocks(readable.window.document.body) : domBlocks(leanContent(document), { dropLinkLists: true })
  readable?.window.close()
  // "Headline - Site name": the page's own headline, when the title starts with it.
  const h1 = clean(document.querySelector('h1')?.textContent)
  const title = clean(parsed?.title) ?? pageMeta.title
  dom.window.close()
  return {
    blocks,
    meta: {
      ...pageMeta,
      title: h1 && title && title.startsWith(h1) && title.length > h1.length ? h1 : title,
      author: pageMeta.author ?? clean(parsed?.byline?.replace(/\(?\s*https?:\/\/\S+\s*\)?/g, ''))?.replace(/^by\s+/i, ''),
      publisher: pageMeta.publisher ?? clean(parsed?.siteName),
      date: pageMeta.date ?? clean(parsed?.publishedTime),
    },
  }
}

/**
 * The text blocks under `root`, in document order. One walk over the elements, and one up from each block (the
 * depth is capped, html-limits.ts): per-element selector queries cost jsdom time quadratic in a page's size.
 */
function domBlocks(root: Element, options: { dropLinkLists?: boolean } = {}): Block[] {
  const all = descendantsByTag(root, BLOCK_TAGS)
  // A block nested in another block (a <p> inside <li> or <blockquote>) is read once, at the innermost level.
  const outer = new Set<Element>()
  for (const el of all)
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
      if (!BLOCK_TAGS.has(up.tagName)) continue
      if (outer.has(up)) break // and so are the blocks above it
      outer.add(up)
    }
  const blocks: Block[] = []
  for (const el of all) {
    if (el.tagName === 'PRE' || outer.has(el)) continue
    const text = foldSpace(el.textContent ?? '')
    if (!text) continue
    if (isLinkList(el, text)) continue
    if (options.dropLinkLists && mostlyLinks(el, text.length)) continue
    if (inFigure(el)) {
      blocks.push({ type: 'caption', text })
      continue
    }
    const heading = /^H(\d)$/.exec(el.tagName)
    const fields = heading ? undefined : labelledFields(el)
    blocks.push(heading ? { type: 'heading', text, level: Number(heading[1]) } : { type: 'paragraph', text, ...(fields ? { fields } : {}), ...(inQuotation(el) ? { quoted: true } : {}) })
  }
  return blocks
}

/**
 * "<strong>Publication Date:</strong> 04/22/2026 <strong>Author(s):</strong> …": three or more bold labels, in a
 * paragraph or in a table's rows.
 */
function labelledFields(el: Element): Record<string, string> | undefined {
  const labels = descendantsByTag(el, BOLD_TAGS).filter((b) => isLabel(b.textContent ?? ''))
  if (labels.length < MIN_FIELDS) return undefined
  return fieldsOf(
    labels.map((label) => {
      let value = ''
      for (let n = label.nextSibling; n && !(n.nodeType === 1 && labels.includes(n as Element)); n = n.nextSibling) value += n.textContent ?? ''
      return { label: label.textContent ?? '', value }
    }),
  )
}

const BOLD_TAGS: ReadonlySet<string> = new Set(['STRONG', 'B'])

/** A bold run that labels the text after it: "Publication Date:". */
export const isLabel = (bold: string): boolean => /:\s*$/.test(bold)
export const MIN_FIELDS = 3

/** Labelled fields by lower-case label, when there are enough of them to be a block of fields. */
export function fieldsOf(labelled: Array<{ label: string; value: string }>): Record<string, string> | undefined {
  if (labelled.length < MIN_FIELDS) return undefined
  const fields: Record<string, string> = {}
  // A table row without its header line stays text: "| **Publication Date:** | 04/09/2026 |".
  for (const { label, value } of labelled) fields[foldSpace(label).replace(/:$/, '').toLowerCase()] = foldSpace(value).replace(/^[\s|]+|[\s|]+$/g, '')
  return fields
}

function isLinkList(el: Element, text: string): boolean {
  return mostlyLinkText(text, descendantsByTag(el, LINK_TAGS).map((a) => a.textContent ?? ''))
}

/** Most of the block's text is link text, and it is short: navigation, a table of contents, a version list. */
const MAX_LINK_LIST_WORDS = 25
const MIN_LINK_SHARE = 0.6
export function mostlyLinkText(text: string, links: string[]): boolean {
  if (text.split(' ').length > MAX_LINK_LIST_WORDS) return false
  const linked = links.reduce((n, link) => n + foldSpace(link).length, 0)
  return linked / text.length >= MIN_LINK_SHARE
}

/** The element is one of these tags or inside one. */
function within(el: Element, tags: ReadonlySet<string>): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (tags.has(up.tagName)) return true
  return false
}
const FIGURE_TAGS = new Set(['FIGURE', 'FIGCAPTION'])
const QUOTATION_TAGS = new Set(['BLOCKQUOTE'])
const inFigure = (el: Element) => within(el, FIGURE_TAGS)
/** The element is a quotation block or inside one. */
const inQuotation = (el: Element) => within(el, QUOTATION_TAGS)

function htmlMeta(document: Document): Partial<ArticleMeta> {
  const meta = (sel: string) => clean(document.querySelector(sel)?.getAttribute('content'))
  const licenceLink = document.querySelector('a[rel~="license"], link[rel~="license"]')
  return {
    title: meta('meta[property="og:title"]') ?? clean(document.title),
    author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    publisher: meta('meta[property="og:site_name"]'),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('meta[property="og:url"]'),
    date:
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      meta('meta[itemprop="datePublished"]') ??
      meta('meta[name="dc.date"]') ??
      meta('meta[name="DC.date.issued"]') ??
      jsonLdDate(document) ??
      clean(document.querySelector('article time[datetime], header time[datetime], time[pubdate], time[datetime]')?.getAttribute('datetime')),
    licence: licenceLink
      ? (clean(licenceLink.textContent) ?? clean(licenceLink.getAttribute('href')))
      : undefined,
  }
}

/** `datePublished` from the page's JSON-LD, if any block states one. */
function jsonLdDate(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '')
    if (found) return clean(found[1])
  }
  return undefined
}

/**
 * Characters that are never article text and that a terminal or a renderer would act on: C0 controls other than
 * white space (ESC, BEL, …), DEL, the C1 controls, and the bidi embeddings, overrides and isolates (an unclosed
 * U+202E reverses everything after it on the line, a citation included). The bidi marks (LRM, RLM, ALM) have no
 * such reach and stay.
 */
const RE_UNSAFE_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** "(opens in a new window)" after a link's words, with the invisible joiner a page may put before it. */
const RE_LINK_LABEL = new RegExp(`[\\u2060\\u200B]?\\(\\s*(?:${chrome.linkLabels.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\s*\\)`, 'gi')

/**
 * "via an online form,that they", "(H.R. 3660,S. 2957)": a comma glued to the word after it lost its space (a
 * number's comma has a digit after it: "1,000").
 */
const RE_GLUED_COMMA = /(?<=[\p{L}\p{N})\]]),(?=\p{L})/gu

/**
 * "called Bongo “one of the last crocodiles of Françafrique“:": an opening mark glued to the word before it, with no
 * word after it, is a closing mark mistyped; read as one, it leaves no quotation open.
 */
const RE_MISTYPED_CLOSER = /(?<=[\p{L}\p{N}.,!?])“(?=[\s:;,.!?)]|$)/gu

/**
 * Text as a block keeps it: unsafe characters and links' screen-reader labels dropped, white space folded to single
 * spaces, a glued comma's space put back.
 */
export function foldSpace(s: string): string {
  const text = s.includes('(') ? s.replace(RE_LINK_LABEL, '') : s
  return text.replace(RE_UNSAFE_CHARS, '').replace(/[\s\u00A0]+/g, ' ').replace(RE_GLUED_COMMA, ', ').replace(RE_MISTYPED_CLOSER, '”').trim()
}

export function clean(s: string | null | undefined): string | undefined {
  const t = s == null ? '' : foldSpace(s)
  return t === '' ? undefined : t
}
