import type { Outline, Slide, SlideOf } from '../outline/schema.ts'
import { formatClock, timeSlides, type SlideTiming } from '../timing.ts'
import { htmlAttr, mdText, noteText, yamlString } from './escape.ts'
import { renderDiagram } from './diagrams/index.ts'

/**
 * Outline → slides.md, a pure function. Every piece of article text passes through one escaper of
 * `escape.ts` (or `mermaid.ts` inside diagrams); every slide starts with frontmatter and a heading, so nothing
 * in its content can be read as a separator or as frontmatter.
 *
 * renderDeck(outline).startsWith('---\ntheme: default')
 */

/** The fonts installed with Chromium on Debian; no web font is fetched, so decks build offline. */
const FONT_SANS = 'Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Liberation Sans, DejaVu Sans, Noto Color Emoji'

export interface RenderOptions {
  /** Extra lines for the headmatter, e.g. the fingerprint comment. */
  headmatterComment?: string
}

export function renderDeck(outline: Outline, options: RenderOptions = {}): string {
  const timings = timeSlides(outline)
  const slides = outline.slides.map((slide, i) => renderSlide(slide, outline, timings[i]!))
  return `${headmatter(outline, options)}${slides.join('\n---\n')}`
}

function headmatter(outline: Outline, options: RenderOptions): string {
  const { meta } = outline
  const lines = [
    ...(options.headmatterComment ? [`# ${options.headmatterComment}`] : []),
    'theme: default',
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
    `  sans: ${yamlString(FONT_SANS)}`,
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
      '<img class="bd-mark" src="/briefdeck-mark.svg" alt="" />\n',
      `# ${mdText(s.title)}`,
      s.subtitle ? `\n${mdText(s.subtitle)}` : '',
      `\n<div class="byline">\n\n${[o.meta.author, o.meta.publisher].filter(Boolean).map((t) => mdText(t!)).join(' · ')}\n\n</div>`,
    ].join('\n'),
  agenda: (s) => `## ${mdText(s.title)}\n\n${s.items.map((item, i) => `${i + 1}. ${mdText(item)}`).join('\n')}`,
  section: (s, o) => {
    const sections = o.slides.filter((x) => x.kind === 'section')
    return `# ${mdText(s.title)}\n\n<div class="part">Part ${sections.indexOf(s) + 1} of ${sections.length}</div>`
  },
  points: (s) => `## ${mdText(s.title)}\n\n${pointList(s.points)}`,
  takeaways: (s) => `## ${mdText(s.title)}\n\n${pointList(s.points)}`,
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

function renderSlide(slide: Slide, outline: Outline, timing: SlideTiming): string {
  const frontmatter = [
    ...(LAYOUTS[slide.kind] ? [`layout: ${LAYOUTS[slide.kind]}`] : []),
    `class: ${yamlString(`kind-${slide.kind}`)}`,
    ...(slide.kind === 'section' ? ['level: 1'] : []),
  ]
  const body = (BODIES[slide.kind] as Renderer<Slide['kind']>)(slide, outline)
  return `${frontmatter.join('\n')}\n---\n\n${body}\n\n${renderNotes(slide, outline, timing)}\n`
}

function pointList(points: SlideOf<'points'>['points']): string {
  return points.map((p) => `- ${mdText(p.text)} ${sourceRef(p.source)}`).join('\n')
}

function sourceRef(ids: string[]): string {
  return ids.length ? `<SourceRef ids="${htmlAttr(ids.join(' '))}" />` : ''
}

/** More credit lines than this push the sources slide past its bottom edge; the handout lists them all. */
const MAX_CREDITS_SHOWN = 3

function sourceLines(outline: Outline): string[] {
  const m = outline.meta
  const row = (label: string, value?: string) => (value ? [`- **${label}:** ${mdText(value)}`] : [])
  return [
    ...row('Article', `“${m.title}”${m.author ? `, by ${m.author}` : ''}`),
    ...row('About the author', m.byline),
    ...row('Publisher', m.publisher),
    ...row('Published', m.date),
    ...row('Licence', m.licence),
    ...row('Link', m.url),
    ...m.credits.slice(0, MAX_CREDITS_SHOWN).flatMap((c) => row('Credit', c)),
    ...(m.credits.length > MAX_CREDITS_SHOWN
      ? [`- ${m.credits.length - MAX_CREDITS_SHOWN} more credits: see the handout's references page.`]
      : []),
    '',
    '<div class="generated">Every point in this deck cites the sentences it condenses, as p3.s2 = paragraph 3, sentence 2.</div>',
  ]
}

/** Speaker notes: talking points, the source sentences verbatim, then a timing cue. */
function renderNotes(slide: Slide, outline: Outline, timing: SlideTiming): string {
  const ids = slideSources(slide)
  const parts = [
    ...(slide.notes?.length ? [slide.notes.map((n) => `- ${noteText(n)}`).join('\n')] : []),
    ...(ids.length
      ? [
          `Sources:\n\n${ids
            .filter((id) => outline.sentences[id] !== undefined)
            .map((id) => `> “${noteText(outline.sentences[id]!)}” (${id})`)
            .join('\n>\n')}`,
        ]
      : []),
    `Timing: ≈${formatClock(timing.seconds)}, at ${formatClock(timing.startsAt)} of ${formatClock(outline.meta.minutes * 60)}`,
  ]
  return `<!--\n${parts.join('\n\n')}\n-->`
}

/** Every sentence id a slide cites, once, in order. */
export function slideSources(slide: Slide): string[] {
  const lists: string[][] = []
  if ('points' in slide) lists.push(...slide.points.map((p) => p.source))
  if ('quotes' in slide) lists.push(...slide.quotes.map((q) => q.source))
  if ('events' in slide) lists.push(...slide.events.map((e) => e.source))
  if ('edges' in slide) lists.push(...slide.edges.map((e) => e.source))
  return [...new Set(lists.flat())]
}
