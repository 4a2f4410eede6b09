import type { Outline, OutlineMeta, Slide, SlideOf } from '../outline/schema.ts'
import { slideEvidence } from '../outline/evidence.ts'
import { timeSlides, type SlideTiming } from '../timing.ts'
import { htmlAttr, mdText, yamlString } from './escape.ts'
import { renderDiagram } from './diagrams/index.ts'
import { notesMarkdown, slideNotes } from './notes.ts'

export { notesLines, notesMarkdown, slideNotes, slideSources, type NoteBlock, type NoteLine } from './notes.ts'

/**
 * Outline → slides.md, a pure function. Every piece of article text passes through one escaper of
 * `escape.ts` (or `mermaid.ts` inside diagrams); every slide starts with frontmatter and a heading, so nothing
 * in its content can be read as a separator or as frontmatter.
 *
 * renderDeck(outline).startsWith('---\ntheme: default')
 */

/** The fonts installed with Chromium on Debian; no web font is fetched, so decks build offline. */
const FONT_SANS = 'Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Liberation Sans, DejaVu Sans, Noto Color Emoji'
const FONT_SERIF = 'Noto Serif, Noto Serif CJK SC, Liberation Serif, DejaVu Serif, Noto Color Emoji'
/** The body text of a theme whose look is its type (seriph: a serif), in the same installed fonts. */
const THEME_BODY_FONTS: Record<string, string> = { seriph: FONT_SERIF }

export interface RenderOptions {
  /** Extra lines for the headmatter, e.g. the fingerprint comment. */
  headmatterComment?: string
}

export function renderDeck(outline: Outline, options: RenderOptions = {}): string {
  const timings = timeSlides(outline)
  const slides = outline.slides.map((slide, i) => renderSlide(slide, outline, i, timings))
  return `${headmatter(outline, options)}${slides.join('\n---\n')}`
}

function headmatter(outline: Outline, options: RenderOptions): string {
  const { meta } = outline
  const lines = [
    ...(options.headmatterComment ? [`# ${options.headmatterComment}`] : []),
    // A name the schema allows: plain, except a scoped package's (YAML reserves a leading @).
    `theme: ${/^[a-z0-9]/.test(meta.theme ?? 'default') ? (meta.theme ?? 'default') : yamlString(meta.theme!)}`,
    `title: ${yamlString(meta.title)}`,
    `author: ${yamlString(meta.author ?? '')}`,
    `info: ${yamlString(`Briefing on "${meta.title}"${meta.publisher ? ` (${meta.publisher})` : ''}`)}`,
    `keywords: ${yamlString('briefing')}`,
    // Slidev's default favicon is fetched from a CDN: name our own, so a deck makes no request off the machine.
    'favicon: "/briefdeck-mark.svg"',
    'aspectRatio: 16/9',
    'canvasWidth: 980',
    'colorSchema: light',
    'mdc: false',
    'transition: none',
    'drawings:',
    '  enabled: false',
    'download: false',
    'record: false',
    // Slidev's MCP endpoint (/__mcp) on the dev server lets any local program edit the deck, with no token.
    'mcp: false',
    'fonts:',
    '  provider: none',
    `  sans: ${yamlString(THEME_BODY_FONTS[meta.theme ?? 'default'] ?? FONT_SANS)}`,
    `  serif: ${yamlString('Noto Serif, Liberation Serif, DejaVu Serif')}`,
    `  mono: ${yamlString('DejaVu Sans Mono, Liberation Mono')}`,
    `exportFilename: deck`,
  ]
  return `---\n${lines.join('\n')}\n`
}

type Renderer<K extends Slide['kind']> = (slide: SlideOf<K>, outline: Outline) => string

const BODIES: { [K in Slide['kind']]: Renderer<K> } = {
  cover: (s, o) =>
    [
      `<img class="bd-mark" src="/${htmlAttr(o.meta.logo ?? 'briefdeck-mark.svg')}" alt="" />\n`,
      `# ${mdText(s.title)}`,
      s.subtitle ? `\n${mdText(s.subtitle)}` : '',
      // (With no date of its own, the article's publication date the analysis read from a dateline or a heading line.)
      `\n<div class="byline">\n\n${[o.meta.author, o.meta.publisher, o.meta.date ?? o.meta.published].filter(Boolean).map((t) => mdText(t!)).join(' · ')}\n\n</div>`,
    ].join('\n'),
  agenda: (s, o) => `## ${mdText(s.title)}\n\n${revealed(s, o, s.items.map((item, i) => `${i + 1}. ${mdText(item)}`).join('\n'))}`,
  section: (s, o) => {
    const sections = o.slides.filter((x) => x.kind === 'section')
    return `# ${mdText(s.title)}\n\n<div class="part">Part ${sections.indexOf(s) + 1} of ${sections.length}</div>`
  },
  points: (s, o) => {
    // A point that only repeats the title is not shown again: its sources go beside the title.
    const { points, titleSource } = slideEvidence(s)
    return `## ${mdText(s.title)}${titleSource.length ? ` ${sourceRef(titleSource)}` : ''}\n\n${revealed(s, o, pointList(points))}`
  },
  takeaways: (s, o) => `## ${mdText(s.title)}\n\n${revealed(s, o, pointList(s.points))}`,
  quotes: (s) =>
    `## ${mdText(s.title)}\n\n${s.quotes
      .map((q) => `> “${mdText(q.text)}”${q.speaker ? ` — ${mdText(q.speaker)}` : ''} ${sourceRef(q.source)}`)
      .join('\n\n')}`,
  actors: (s) => `## ${mdText(s.title)}\n\n${renderDiagram(s)}`,
  dynamics: (s) => `## ${mdText(s.title)}\n\n${renderDiagram(s)}`,
  timeline: (s) => `## ${mdText(s.title)}\n\n${renderDiagram(s)}`,
  sources: (s, o) => `## ${mdText(s.title)}\n\n${sourceLines(o).join('\n')}`,
}

/** Slidev layouts of the default theme by slide kind. */
const LAYOUTS: Partial<Record<Slide['kind'], string>> = { cover: 'cover', section: 'section' }

function renderSlide(slide: Slide, outline: Outline, index: number, timings: SlideTiming[]): string {
  const frontmatter = [
    ...(LAYOUTS[slide.kind] ? [`layout: ${LAYOUTS[slide.kind]}`] : []),
    // Other themes' covers may fetch a picture from the web by default (seriph's: a random Unsplash photo).
    ...(slide.kind === 'cover' && (outline.meta.theme ?? 'default') !== 'default' ? ['background: ""'] : []),
    `class: ${yamlString(`kind-${slide.kind}`)}`,
    ...(slide.kind === 'section' ? ['level: 1'] : []),
    // A title with a source marker beside it names the slide without the marker (Slidev's slide list, bookmarks).
    ...(slide.kind === 'points' && slideEvidence(slide).titleSource.length ? [`title: ${yamlString(mdText(slide.title))}`] : []),
  ]
  const body = (BODIES[slide.kind] as Renderer<Slide['kind']>)(slide, outline)
  return `${frontmatter.join('\n')}\n---\n\n${body}\n\n${renderNotes(outline, index, timings)}\n`
}

/**
 * A list shown one item per click (Slidev's `<v-clicks>`) when the slide, or else the deck (`meta.reveal`), asks
 * for it. The blank lines keep the list Markdown inside the component.
 */
function revealed(slide: { reveal?: boolean }, outline: Outline, list: string): string {
  return (slide.reveal ?? outline.meta.reveal) ? `<v-clicks>\n\n${list}\n\n</v-clicks>` : list
}

function pointList(points: SlideOf<'points'>['points']): string {
  return points.map((p) => `- ${mdText(p.text)} ${sourceRef(p.source)}`).join('\n')
}

function sourceRef(ids: string[]): string {
  return ids.length ? `<SourceRef ids="${htmlAttr(ids.join(' '))}" />` : ''
}

/** More credit lines than this push the sources slide past its bottom edge; the handout lists them all. */
const MAX_CREDITS_SHOWN = 3
/** Credits longer than this together (a photo's whole caption is one) push it past its edge too. */
const CREDIT_CHARS_SHOWN = 420

/**
 * The credits the sources slide shows: the first MAX_CREDITS_SHOWN, while they fit CREDIT_CHARS_SHOWN characters
 * together; and the line that sends the reader to the handout for the rest, if any are left.
 */
export function shownCredits(credits: string[]): { shown: string[]; rest?: string } {
  const shown: string[] = []
  let chars = 0
  for (const c of credits.slice(0, MAX_CREDITS_SHOWN)) {
    if (chars + c.length > CREDIT_CHARS_SHOWN) break
    shown.push(c)
    chars += c.length
  }
  const left = credits.length - shown.length
  if (left === 0) return { shown }
  return { shown, rest: `${left} ${shown.length ? 'more ' : ''}credit${left === 1 ? '' : 's'}: see the handout's references page.` }
}

/** The line under the sources slide's list. */
export const SOURCES_FOOTNOTE = 'Every point in this deck cites the sentences it condenses, as p3.s2 = paragraph 3, sentence 2.'

/** What the sources slide lists about the article, as label and text, with every credit (the slide shows a few). */
export function sourceRows(meta: OutlineMeta): Array<{ label: string; value: string }> {
  const row = (label: string, value?: string) => (value ? [{ label, value }] : [])
  return [
    ...row('Article', `“${meta.title}”${meta.author ? `, by ${meta.author}` : ''}`),
    ...row('About the author', meta.byline),
    ...row('Publisher', meta.publisher),
    ...row('Published', meta.date),
    ...row('Licence', meta.licence),
    ...row('Link', meta.url),
    ...meta.credits.flatMap((c) => row('Credit', c)),
  ]
}

function sourceLines(outline: Outline): string[] {
  const { shown, rest } = shownCredits(outline.meta.credits)
  const rows = sourceRows({ ...outline.meta, credits: shown })
  return [
    ...rows.map((r) => `- **${r.label}:** ${mdText(r.value)}`),
    ...(rest ? [`- ${rest}`] : []),
    '',
    `<div class="generated">${SOURCES_FOOTNOTE}</div>`,
  ]
}

/** Speaker notes (notes.ts): talking points, the source sentences verbatim, then a timing cue. */
function renderNotes(outline: Outline, index: number, timings: SlideTiming[]): string {
  return `<!--\n${notesMarkdown(slideNotes(outline, index, timings))}\n-->`
}
