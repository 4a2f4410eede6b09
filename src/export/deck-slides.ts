/**
 * Pure helpers over the slides that Slidev parsed (the same parse its server renders, so slide numbers match
 * the print route even when slides are hidden or imported with `src:`).
 */
import MarkdownIt from 'markdown-it'
import type { DeckInfo, DeckSlide } from './types.ts'

/** A slide as `slidev-child.mjs` sends it: a JSON-safe subset of Slidev's SlideInfo. */
export interface RawSlide {
  index: number
  title: string
  level?: number
  frontmatter: Record<string, unknown>
  note: string
  content: string
}

/** The deck as `slidev-child.mjs` sends it: a JSON-safe subset of Slidev's resolved config. */
export interface RawDeck {
  canvasWidth: number
  aspectRatio: number
  colorSchema?: string
  routerMode?: string
  slides: RawSlide[]
}

/** Slidev's defaults (980 px wide, 16:9) when a deck does not set its canvas. */
const DEFAULT_CANVAS_WIDTH = 980
const DEFAULT_ASPECT_RATIO = 16 / 9

export function toDeckInfo(raw: RawDeck): DeckInfo {
  const width = raw.canvasWidth || DEFAULT_CANVAS_WIDTH
  return {
    slides: raw.slides.map(toDeckSlide),
    width,
    // Whole pixels, rounded down: a 16:9 slide 980 px wide is 551.25 px tall, and a picture or page must not
    // reach into the next slide. (The PDF's page size comes from Slidev's exact @page rule anyway.)
    height: Math.floor(width / (raw.aspectRatio || DEFAULT_ASPECT_RATIO)),
    dark: raw.colorSchema === 'dark',
    routerMode: raw.routerMode === 'hash' ? 'hash' : 'history',
  }
}

export function toDeckSlide(raw: RawSlide, position: number): DeckSlide {
  return {
    no: position + 1,
    title: plainText(raw.title ?? ''),
    section: isSectionSlide(raw.frontmatter),
    note: raw.note ?? '',
    mermaidBlocks: countMermaidBlocks(raw.content ?? ''),
    drawnWhenSeen: RE_DRAWN_WHEN_SEEN.test(raw.content ?? ''),
  }
}

/**
 * Markup that Slidev or the browser draws only when it scrolls into view: `<RenderWhen>` (its `visible`
 * context), `v-motion` (its visible variants), and `loading="lazy"` images and frames. Generous on purpose: a
 * false positive only costs the export some speed (see print-page.ts).
 */
const RE_DRAWN_WHEN_SEEN = /<RenderWhen\b|<render-when\b|\bv-motion\b|\bloading\s*=\s*["']?lazy/i

/** A slide opens a section when its frontmatter says `level: 1` or `layout: section`. */
export function isSectionSlide(frontmatter: Record<string, unknown>): boolean {
  return frontmatter.layout === 'section' || Number(frontmatter.level) === 1
}

/** "Slide 3 “Key points”", or "Slide 3" for an untitled slide: how messages name a slide. */
export function slideLabel(slide: Pick<DeckSlide, 'no' | 'title'>): string {
  return slide.title ? `Slide ${slide.no} “${slide.title}”` : `Slide ${slide.no}`
}

const RE_FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/

/**
 * How many ```mermaid fences a slide's Markdown has at top level. A mermaid fence shown as an example inside
 * another (longer) fence is code, not a diagram, so it is not counted.
 */
export function countMermaidBlocks(markdown: string): number {
  let count = 0
  let open: string | undefined
  for (const line of markdown.split('\n')) {
    const match = RE_FENCE_OPEN.exec(line)
    if (open) {
      // A fence closes with a run of the same character at least as long, and nothing else on the line.
      if (match && match[1]![0] === open[0] && match[1]!.length >= open.length && line.trim() === match[1]) open = undefined
    } else if (match) {
      open = match[1]
      if (match[2] === 'mermaid') count++
    }
  }
  return count
}

/** `html: true` only so that inline tags and comments become tokens, which `plainText` then drops. */
const inlineMarkdown = new MarkdownIt({ html: true, linkify: false, typographer: false })
const HTML_DECODE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }

/**
 * A slide title as a reader sees it. Slidev's `title` is the heading's Markdown source, which the deck renderer
 * escapes (`U\.S\. &amp; allies`, `{<!---->{`), so it is rendered and reduced to text for bookmarks and the handout.
 */
export function plainText(markdown: string): string {
  const html = inlineMarkdown.renderInline(markdown)
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot);/g, (entity) => HTML_DECODE[entity]!)
    .replace(/\s+/g, ' ')
    .trim()
}
