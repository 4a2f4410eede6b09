/**
 * The handout as one HTML document (pure): a title page, each slide with its speaker notes and sources, and a
 * references page. Every piece of text is escaped here; notes go through markdown-it with raw HTML off, so
 * nothing in an article or a note can become markup.
 *
 * A slide is either a picture (`picture`, a `data:` URL) or, by default, an empty slot of the slide's shape: a
 * link to `<slot prefix><no>`. Chromium prints each link as a link annotation whose rectangle is the slot, on whatever
 * page the slot fell; handout.ts then draws the deck PDF's own page there (vector, no screenshot) and removes
 * the link.
 */
import { randomUUID } from 'node:crypto'
import MarkdownIt from 'markdown-it'
import { slideLabel } from './deck-slides.ts'
import type { ExportMeta } from './types.ts'

export interface HandoutSlide {
  no: number
  title: string
  /** Raw Markdown of the speaker notes. */
  note: string
  sources: string[]
  /** The slide's picture as a `data:` URL; without one, the slide gets a slot for its deck PDF page. */
  picture?: string
}

export interface HandoutLayout {
  /** Slide width / height, for the slots (default 16:9). */
  aspectRatio?: number
  /**
   * Where slot links point, followed by the slide number (default `slotPrefix()`): never fetched, only read
   * back from the printed PDF's link annotations. A prefix made for one export cannot be forged by a note.
   */
  slotPrefix?: string
}

/** A fresh slot-link prefix: `https://briefdeck.invalid/slot/<random>/`. */
export function slotPrefix(nonce: string = randomUUID()): string {
  return `https://briefdeck.invalid/slot/${nonce}/`
}

/** The slide number of a slot link with this prefix, or undefined for any other link. */
export function slotNumber(url: string, prefix: string): number | undefined {
  if (!url.startsWith(prefix)) return undefined
  const rest = url.slice(prefix.length)
  const no = Number(rest)
  return /^\d+$/.test(rest) && Number.isSafeInteger(no) && no > 0 ? no : undefined
}

/** `html: false` escapes any tag in a note; links are still checked by markdown-it's `validateLink`. */
const notesMarkdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false })

/** Slidev's click markers (`[click]`, `[click:3]`) pace the presenter view; they mean nothing on paper. */
const RE_CLICK_MARKER = /\[click(?::\d+)?\]\s?/g

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

/** Speaker notes as safe HTML. */
export function renderNotes(markdown: string): string {
  return notesMarkdown.render(markdown.replace(RE_CLICK_MARKER, ''))
}

/** The whole handout page. `generated` is the date line on the title page. */
export function renderHandoutHtml(meta: ExportMeta, slides: HandoutSlide[], generated: string, layout: HandoutLayout = {}): string {
  const e = escapeHtml
  const aspect = layout.aspectRatio && Number.isFinite(layout.aspectRatio) && layout.aspectRatio > 0 ? layout.aspectRatio : 16 / 9
  const prefix = layout.slotPrefix ?? slotPrefix()
  const references = meta.handout?.references ?? []
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${e(meta.title)}</title>
<style>${HANDOUT_CSS}.slot { aspect-ratio: ${aspect.toFixed(6)}; }</style>
</head>
<body>
<section class="title-page">
  <h1>${e(meta.title)}</h1>
  ${meta.handout?.subtitle ? `<p class="subtitle">${e(meta.handout.subtitle)}</p>` : ''}
  ${meta.author ? `<p class="author">${e(meta.author)}</p>` : ''}
  <dl class="facts">
    ${fact('Publisher', meta.publisher)}${fact('Published', meta.date)}${fact('Licence', meta.licence)}${fact('Source', meta.url)}
    ${fact('Slides', String(slides.length))}${fact('Handout made', generated)}
  </dl>
</section>
${slides.map((slide) => renderSlide(slide, prefix)).join('\n')}
${references.length > 0 ? `<section class="references"><h2>References</h2><ol>${references.map((r) => `<li>${e(r)}</li>`).join('')}</ol></section>` : ''}
</body>
</html>`
}

function fact(label: string, value: string | undefined): string {
  return value ? `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>` : ''
}

function renderSlide(slide: HandoutSlide, prefix: string): string {
  const notes = slide.note.trim() ? `<div class="notes">${renderNotes(slide.note)}</div>` : ''
  const sources =
    slide.sources.length > 0
      ? `<div class="sources"><h4>Sources</h4><ul>${slide.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul></div>`
      : ''
  const label = escapeHtml(slideLabel(slide))
  const picture = slide.picture
    ? `<img src="${escapeHtml(slide.picture)}" alt="${label}">`
    : `<div class="frame"><a class="slot" href="${escapeHtml(`${prefix}${slide.no}`)}" aria-label="${label}"></a></div>`
  return `<article class="slide">
  <h3><span class="no">${slide.no}</span> ${escapeHtml(slide.title || slideLabel(slide))}</h3>
  ${picture}
  ${notes}${sources}
</article>`
}

/**
 * A4 portrait with 16 mm margins. A slide block (heading, picture, notes) is kept on one page when it fits, so
 * usually two slides share a page; very long notes may run on to the next page, but never under a picture.
 */
const HANDOUT_CSS = `
@page { size: A4 portrait; margin: 16mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
html { font: 10.5pt/1.45 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1f2937; }
body { margin: 0; }
h1, h2, h3, h4 { line-height: 1.2; color: #111827; }
.title-page { break-after: page; padding-top: 60mm; }
.title-page h1 { font-size: 26pt; margin: 0 0 6mm; }
.title-page .subtitle { font-size: 14pt; margin: 0 0 10mm; color: #374151; }
.title-page .author { font-size: 13pt; margin: 0 0 14mm; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 6mm; font-size: 10pt; margin: 0; }
.facts dt { color: #6b7280; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.slide { break-inside: avoid; margin: 0 0 8mm; padding-bottom: 6mm; border-bottom: 0.3mm solid #e5e7eb; }
.slide h3 { font-size: 12pt; margin: 0 0 3mm; break-after: avoid; }
.slide .no { display: inline-block; min-width: 7mm; color: #6b7280; font-weight: normal; }
.slide img, .slide .frame { display: block; width: 130mm; height: auto; border: 0.4mm solid #9ca3af; margin: 0 0 3mm; break-inside: avoid; }
.slide .slot { display: block; width: 100%; }
.notes p, .notes ul, .notes ol { margin: 0 0 2mm; }
.notes { overflow-wrap: anywhere; }
.sources { font-size: 9pt; color: #4b5563; margin-top: 2mm; }
.sources h4 { font-size: 9pt; margin: 0 0 1mm; text-transform: uppercase; letter-spacing: 0.05em; }
.sources ul { margin: 0; padding-left: 5mm; }
.references { break-before: page; }
.references h2 { font-size: 16pt; margin: 0 0 6mm; }
.references li { margin: 0 0 2mm; overflow-wrap: anywhere; }
`
