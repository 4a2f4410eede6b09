/**
 * The PowerPoint file, made from the outline: a pure function (no files, no browser) from the outline and the
 * pictures of its diagrams to the bytes of a .pptx that a presenter can edit in PowerPoint, Keynote, Google
 * Slides or LibreOffice.
 *
 * - Each slide's title and text are real text in the layout's placeholders (so they show in the outline view,
 *   the slide sorter and a screen reader), in the theme's fonts, at sizes chosen so that they fit (pptx-text.ts).
 * - Each point carries its source ids as a small grey reference; quotes name their speakers; the cover
 *   holds the title, the author, publisher and date, and the thesis.
 * - Diagrams are the SVGs Mermaid drew for the deck (diagram-capture.ts), embedded as SVG with a PNG of the same
 *   drawing for clients that cannot read SVG, where the deck's PDF has them, with their description as alt text.
 * - The speaker notes are the deck's (render/notes.ts), as paragraphs; document properties and PowerPoint
 *   sections come from the outline.
 *
 *   const bytes = await buildPptx({ outline, pictures, meta: exportMeta(outline) })
 */
import pptxgenModule from 'pptxgenjs'
import type { Outline, Point, Slide, SlideOf } from '../outline/schema.ts'
import { slideEvidence } from '../outline/evidence.ts'
import { describeDiagram, diagramLegend, isDiagramSlide, type DiagramSlide, type LegendEntry } from '../render/diagrams/index.ts'
import { notesLines, shownCredits, slideNotes, sourceRows, SOURCES_FOOTNOTE, type NoteLine } from '../render/index.ts'
import { timeSlides } from '../timing.ts'
import { finishPackage, NOTES_BOX, withoutXmlInvalid, type PackageFixes, type SlideNotes } from './pptx-package.ts'
import { fitFontSize, LINE_HEIGHT, textHeight, textWidth, type TextParagraph, type TextRun } from './pptx-text.ts'
import type { ExportMeta } from './types.ts'

/** A diagram as drawn in the deck, ready to place on a PowerPoint slide. */
export interface DiagramPicture {
  /** A standalone SVG document (diagram-capture.ts). */
  svg: string
  /** The same drawing as a PNG, for clients that cannot read SVG. */
  png: Uint8Array
  /** Where the deck's PDF has it, as fractions of the slide's width and height. */
  box: { x: number; y: number; w: number; h: number }
}

export interface PptxInput {
  outline: Outline
  /** The pictures of the diagrams, by 0-based slide index; a diagram slide without one is an error. */
  pictures: ReadonlyMap<number, DiagramPicture[]>
  /** Document properties: title, author, subject, keywords (the same as the PDFs'). */
  meta: Pick<ExportMeta, 'title' | 'author' | 'subject' | 'keywords'>
}

/**
 * pptxgenjs's types describe a CommonJS module (the class under `default`); Node loads its ES build, whose default
 * export is the class itself.
 */
const PptxGenJS = ((pptxgenModule as unknown as { default?: unknown }).default ?? pptxgenModule) as typeof pptxgenModule.default
type PptxGenJS = InstanceType<typeof PptxGenJS>
type TextProps = pptxgenModule.default.TextProps
type HAlign = pptxgenModule.default.HAlign
type PptxSlide = pptxgenModule.default.Slide
type TextPropsOptions = pptxgenModule.default.TextPropsOptions

// ───────────────────────── geometry, in inches on a 13.333 × 7.5 in (16:9) slide ─────────────────────────

/** PowerPoint's own widescreen size: 16:9 like the deck (980 × 551 px), so the deck's proportions carry over. */
export const SLIDE = { width: 13.333, height: 7.5 } as const
/** The deck's padding: 56 px at the sides, 40 px at the top, of a 980 px slide. */
const MARGIN_X = 0.76
const MARGIN_TOP = 0.54
const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN_X
/** Where content must end: above the slide number, as the deck's 40 px bottom padding. */
const CONTENT_BOTTOM = SLIDE.height - 0.6
/** Text boxes keep a little room above and below the text (points), none at the sides: text lines up with the accent rules. */
const INSET_Y_PT = 3.6
const PT = 1 / 72

const COLORS = { text: '1F2328', accent: '1D4ED8', muted: '6B7280', rule: '1D4ED8' } as const
/** The theme font for headings and body: on every client, or a metric twin of it, so lines break alike everywhere. */
export const THEME_FONT = 'Arial'

/** Type sizes (points): the preferred size and the smallest allowed, per kind of text. */
const SIZES = {
  title: { max: 28, min: 20 },
  coverTitle: { max: 40, min: 26 },
  sectionTitle: { max: 44, min: 28 },
  body: { max: 22, min: 14 },
  agenda: { max: 24, min: 16 },
  quote: { max: 22, min: 14 },
  sources: { max: 16, min: 11 },
  coverLine: 20,
  byline: 16,
  thesis: { max: 18, min: 13 },
  part: 17,
  legend: 12,
  footnote: 12,
  slideNumber: 11,
  notes: { max: 12, min: 7 },
} as const
/**
 * Source references after a point: this fraction of the point's size, in grey, on the line (not raised: LibreOffice
 * shrinks raised text by a further 42 %, PowerPoint does not, so a superscript reads differently in each).
 */
const REF_SCALE = 0.6
/** Line spacing of body text, as a multiple of single (the deck's 1.45 line height with Noto Sans). */
const BODY_LINE_SPACING = 1.15
/** Room for a bullet or a number before a point, in points. */
const BULLET_INDENT = 24
/** At most this many lines of title: more, and the title is shrunk. */
const MAX_TITLE_LINES = 2
/** The indent of a bulleted line of notes (pptx-package.ts), in points. */
const NOTES_BULLET_INDENT_PT = 13.5

const LAYOUT = {
  content: 'BRIEFDECK_CONTENT',
  cover: 'BRIEFDECK_COVER',
  section: 'BRIEFDECK_SECTION',
} as const

// ───────────────────────── the presentation ─────────────────────────

/** Builds the .pptx; resolves to its bytes. */
export async function buildPptx(input: PptxInput): Promise<Uint8Array> {
  const { outline, pictures, meta } = input
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.theme = { headFontFace: THEME_FONT, bodyFontFace: THEME_FONT }
  pptx.title = oneLine(meta.title)
  pptx.author = oneLine(meta.author ?? '')
  pptx.subject = oneLine(meta.subject ?? '')
  pptx.company = 'briefdeck'
  defineLayouts(pptx)

  const timings = timeSlides(outline)
  const sections = sectionTitles(outline)
  const fixes: PackageFixes = { notes: [], placements: [], fallbacks: [], keywords: meta.keywords ?? [] }
  outline.slides.forEach((slide, index) => {
    const section = sections[index]
    if (section?.opens) pptx.addSection({ title: section.title })
    const target = pptx.addSlide({ masterName: layoutOf(slide), ...(section ? { sectionTitle: section.title } : {}) })
    const diagramPictures = pictures.get(index) ?? []
    if (isDiagramSlide(slide) && diagramPictures.length === 0)
      throw new Error(`buildPptx: slide ${index + 1} (${slide.kind}) has no picture of its diagram`)
    drawSlide(target, slide, outline, index, diagramPictures, fixes)
    // pptxgenjs writes notes as one run; the package step replaces it with a paragraph per line (pptx-package.ts).
    target.addNotes(`briefdeck-notes-${index + 1}`)
    fixes.notes.push(fitNotes(notesLines(slideNotes(outline, index, timings)).map((line) => ({ ...line, text: oneLine(line.text) }))))
  })
  // Stored, not compressed: the package step reads it again and compresses it once.
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer
  return finishPackage(new Uint8Array(written), fixes)
}

/** Notes at the largest size from 12 pt down to 7 pt at which they fit the notes page's text box. */
export function fitNotes(lines: NoteLine[]): SlideNotes {
  const paragraphs = lines.map((line): TextParagraph => ({ runs: [{ text: line.text }], indent: line.bullet ? NOTES_BULLET_INDENT_PT : 0 }))
  const box = { width: (NOTES_BOX.w - 2 * NOTES_BOX.insetX) * 72, height: (NOTES_BOX.h - 2 * NOTES_BOX.insetY) * 72 }
  return { lines, size: fitFontSize(paragraphs, box, SIZES.notes) }
}

function defineLayouts(pptx: PptxGenJS): void {
  const number = {
    x: SLIDE.width - 1.4,
    y: SLIDE.height - 0.45,
    w: 1.1,
    h: 0.3,
    fontSize: SIZES.slideNumber,
    color: COLORS.muted,
    align: 'right' as const,
  }
  const placeholder = (name: string, type: 'title' | 'body', box: Box) => ({
    placeholder: { options: { name, type, ...box, margin: [0, 0, INSET_Y_PT, INSET_Y_PT] as [number, number, number, number] }, text: '' },
  })
  pptx.defineSlideMaster({
    title: LAYOUT.content,
    background: { color: 'FFFFFF' },
    slideNumber: number,
    objects: [
      placeholder('title', 'title', { x: MARGIN_X, y: MARGIN_TOP, w: CONTENT_WIDTH, h: 0.6 }),
      placeholder('body', 'body', { x: MARGIN_X, y: 1.5, w: CONTENT_WIDTH, h: CONTENT_BOTTOM - 1.5 }),
    ],
  })
  pptx.defineSlideMaster({
    title: LAYOUT.cover,
    background: { color: 'FFFFFF' },
    objects: [
      // The deck's cover has a 14 px accent band down its left edge.
      { rect: { x: 0, y: 0, w: 0.19, h: SLIDE.height, fill: { color: COLORS.accent }, line: { type: 'none' } } },
      placeholder('title', 'title', { x: 1.0, y: 1.6, w: SLIDE.width - 2, h: 1.6 }),
      placeholder('body', 'body', { x: 1.0, y: 3.4, w: SLIDE.width - 2, h: 3 }),
    ],
  })
  pptx.defineSlideMaster({
    title: LAYOUT.section,
    background: { color: 'FFFFFF' },
    slideNumber: number,
    objects: [
      placeholder('title', 'title', { x: MARGIN_X, y: 2.6, w: CONTENT_WIDTH, h: 1.0 }),
      placeholder('body', 'body', { x: MARGIN_X, y: 3.9, w: CONTENT_WIDTH, h: 0.6 }),
    ],
  })
}

function layoutOf(slide: Slide): string {
  return slide.kind === 'cover' ? LAYOUT.cover : slide.kind === 'section' ? LAYOUT.section : LAYOUT.content
}

/**
 * PowerPoint sections, one per section slide of the outline, each holding the slides up to the next; the
 * slides before the first (cover, agenda) open the deck in a section of their own. None when the outline has
 * no section slides. Titles are made unique (PowerPoint finds a section by its name).
 */
export function sectionTitles(outline: Outline): Array<{ title: string; opens: boolean } | undefined> {
  if (!outline.slides.some((s) => s.kind === 'section')) return outline.slides.map(() => undefined)
  const used = new Set<string>()
  const unique = (title: string) => {
    let name = title
    for (let n = 2; used.has(name); n++) name = `${title} (${n})`
    used.add(name)
    return name
  }
  let current: string | undefined
  return outline.slides.map((slide, i) => {
    if (slide.kind === 'section' || i === 0) {
      current = unique(slide.kind === 'section' ? oneLine(slide.title) : 'Opening')
      return { title: current, opens: true }
    }
    return { title: current!, opens: false }
  })
}

// ───────────────────────── slides ─────────────────────────

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** The slide being drawn, and what the package step must finish on it. */
interface Drawing {
  target: PptxSlide
  /** 1-based slide number. */
  no: number
  fixes: PackageFixes
}

function drawSlide(target: PptxSlide, slide: Slide, outline: Outline, index: number, pictures: DiagramPicture[], fixes: PackageFixes): void {
  const d: Drawing = { target, no: index + 1, fixes }
  switch (slide.kind) {
    case 'cover':
      return drawCover(d, slide, outline)
    case 'section':
      return drawSection(d, slide, outline)
    case 'agenda': {
      const top = drawTitle(d, slide.title)
      const items = slide.items.map((item): TextParagraph => ({ runs: [{ text: oneLine(item) }], indent: BULLET_INDENT }))
      return drawBody(d, items, top, SIZES.agenda, { numbered: true, gap: 0.35 })
    }
    case 'points': {
      // A point that only repeats the title is not shown again: its sources go beside the title.
      const { points, titleSource } = slideEvidence(slide)
      const top = drawTitle(d, slide.title, titleSource)
      return drawBody(d, points.map(pointParagraph), top, SIZES.body, { bullets: true, gap: 0.45 })
    }
    case 'takeaways': {
      const top = drawTitle(d, slide.title)
      return drawBody(d, slide.points.map(pointParagraph), top, SIZES.body, { bullets: true, gap: 0.45 })
    }
    case 'quotes': {
      const top = drawTitle(d, slide.title)
      return drawBody(d, slide.quotes.map(quoteParagraph), top, SIZES.quote, { gap: 0.7 })
    }
    case 'sources':
      return drawSources(d, slide, outline)
    default:
      if (isDiagramSlide(slide)) return drawDiagram(d, slide, pictures)
      return assertNever(slide)
  }
}

/**
 * Text in the slide's title or body placeholder, at `box`. pptxgenjs puts placeholder text where the layout has
 * its placeholder, and lets the layout's options win over the slide's; the package step moves it (pptx-package.ts).
 */
function placeholderText(d: Drawing, placeholder: 'title' | 'body', runs: TextProps[], box: Box, options: TextPropsOptions = {}): void {
  d.target.addText(runs, { placeholder, ...box, margin: [0, 0, INSET_Y_PT, INSET_Y_PT], fit: 'none', valign: 'top', ...options })
  d.fixes.placements.push({ slide: d.no, placeholder, box })
}

/** A point: its text, then its source ids as a small reference. */
function pointParagraph(point: Point): TextParagraph {
  return { runs: [{ text: oneLine(point.text) }, ...refRuns(point.source)], indent: BULLET_INDENT }
}

/** “Quote” — Speaker, then the source ids. */
function quoteParagraph(quote: SlideOf<'quotes'>['quotes'][number]): TextParagraph {
  return {
    runs: [
      { text: `“${oneLine(quote.text)}”`, italic: true },
      ...(quote.speaker?.trim() ? [{ text: ` — ${oneLine(quote.speaker)}`, bold: true, color: COLORS.accent }] : []),
      ...refRuns(quote.source),
    ],
  }
}

function refRuns(ids: string[]): StyledRun[] {
  return ids.length ? [{ text: ` ${ids.join(', ')}`, scale: REF_SCALE, color: COLORS.muted }] : []
}

/** A run with the styles the slides use. */
interface StyledRun extends TextRun {
  italic?: boolean
  color?: string
  hyperlink?: string
}

interface StyledParagraph extends TextParagraph {
  runs: StyledRun[]
}

/**
 * The slide title in the title placeholder, at the deck's place, in at most two lines, with the deck's accent
 * rule under it, and `source` (a point it repeats cites) as a small reference after it. Returns where the
 * content below may start.
 */
function drawTitle(d: Drawing, title: string, source: string[] = []): number {
  const text = oneLine(title)
  const ref = refRuns(source)
  const paragraph: TextParagraph = { runs: [{ text, bold: true }, ...ref] }
  const width = CONTENT_WIDTH / PT
  const size = fitFontSize([paragraph], { width, height: MAX_TITLE_LINES * SIZES.title.max * LINE_HEIGHT }, SIZES.title)
  const lines = Math.min(MAX_TITLE_LINES, Math.max(1, Math.round(textHeight([paragraph], size, width) / (size * LINE_HEIGHT))))
  const h = (lines * size * LINE_HEIGHT + 2 * INSET_Y_PT) * PT
  const refs = ref.map((r): TextProps => ({ text: r.text, options: { bold: false, fontSize: Math.round(size * (r.scale ?? 1) * 2) / 2, color: r.color } }))
  placeholderText(d, 'title', [{ text, options: { bold: true, fontSize: size, color: COLORS.text } }, ...refs], { x: MARGIN_X, y: MARGIN_TOP, w: CONTENT_WIDTH, h }, { align: 'left' })
  const ruleWidth = Math.min(CONTENT_WIDTH, lines > 1 ? CONTENT_WIDTH : textWidth(text, size, true) * PT + 0.04)
  const ruleY = MARGIN_TOP + h + 0.06
  d.target.addShape('rect', { x: MARGIN_X, y: ruleY, w: ruleWidth, h: 0.04, fill: { color: COLORS.rule }, line: { type: 'none' } })
  return ruleY + 0.04 + 0.22
}

interface BodyOptions {
  bullets?: boolean
  numbered?: boolean
  /** Space between paragraphs, as a multiple of the type size. */
  gap: number
}

/** Body text in the body placeholder, from `top` down to the content's bottom, at the largest size that fits. */
function drawBody(d: Drawing, paragraphs: StyledParagraph[], top: number, sizes: { max: number; min: number }, options: BodyOptions): void {
  const box = { x: MARGIN_X, y: top, w: CONTENT_WIDTH, h: CONTENT_BOTTOM - top }
  const room = { width: box.w / PT, height: box.h / PT - 2 * INSET_Y_PT }
  const size = fitFontSize(paragraphs, room, { ...sizes, paragraphGap: options.gap, lineSpacing: BODY_LINE_SPACING })
  placeholderText(d, 'body', toTextProps(paragraphs, size, options), box)
}

function toTextProps(paragraphs: StyledParagraph[], size: number, options: Partial<BodyOptions> & { align?: HAlign }): TextProps[] {
  const bullet = options.numbered
    ? { type: 'number' as const, indent: BULLET_INDENT }
    : options.bullets
      ? { indent: BULLET_INDENT }
      : false
  return paragraphs.flatMap((paragraph, p) =>
    paragraph.runs.map((run, r): TextProps => ({
      text: run.text,
      options: {
        fontSize: Math.round(size * (run.scale ?? 1) * 2) / 2,
        color: run.color ?? COLORS.text,
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italic: true } : {}),
        ...(run.hyperlink ? { hyperlink: { url: run.hyperlink } } : {}),
        ...(r === 0 ? { bullet, lineSpacingMultiple: BODY_LINE_SPACING, ...(options.align ? { align: options.align } : {}) } : {}),
        ...(r === 0 && p > 0 && options.gap ? { paraSpaceBefore: Math.round(size * options.gap) } : {}),
        ...(r === paragraph.runs.length - 1 ? { breakLine: true } : {}),
      },
    })),
  )
}

/** The cover: the title, a line for the briefing, author · publisher · date, and the thesis, centred on the slide. */
function drawCover(d: Drawing, slide: SlideOf<'cover'>, outline: Outline): void {
  const { meta } = outline
  const x = 1.0
  const w = SLIDE.width - 2 * x
  const width = w / PT
  const title: TextParagraph = { runs: [{ text: oneLine(slide.title), bold: true }] }
  const titleSize = fitFontSize([title], { width, height: 3 * SIZES.coverTitle.max * LINE_HEIGHT }, SIZES.coverTitle)
  const titleH = textHeight([title], titleSize, width) / 72 + (2 * INSET_Y_PT) / 72
  const byline = [meta.author, meta.publisher, meta.date].filter((t) => t?.trim()).map((t) => oneLine(t!)).join(' · ')
  // Sizes relative to the briefing line's: the byline is smaller.
  const lines: StyledParagraph[] = [
    // A subtitle that cites a sentence is the thesis, drawn below as such: not twice.
    ...(slide.subtitle?.trim() && !slide.source?.length ? [{ runs: [{ text: oneLine(slide.subtitle), color: COLORS.accent }] }] : []),
    ...(byline ? [{ runs: [{ text: byline, color: COLORS.muted, scale: SIZES.byline / SIZES.coverLine }] }] : []),
  ]
  const thesis = deckThesis(outline)
  const thesisParagraphs: StyledParagraph[] = thesis
    ? [{ runs: [{ text: 'Thesis: ', bold: true, color: COLORS.accent }, { text: oneLine(thesis.text) }, ...refRuns(thesis.source)] }]
    : []
  const linesH = (textHeight(lines, SIZES.coverLine, width, { paragraphGap: 0.5 }) + 2 * INSET_Y_PT) / 72
  const thesisSize = thesisParagraphs.length
    ? fitFontSize(thesisParagraphs, { width, height: 4 * SIZES.thesis.max * LINE_HEIGHT * BODY_LINE_SPACING }, { ...SIZES.thesis, lineSpacing: BODY_LINE_SPACING })
    : SIZES.thesis.max
  const thesisH = thesisParagraphs.length
    ? (textHeight(thesisParagraphs, thesisSize, width, { lineSpacing: BODY_LINE_SPACING }) + 2 * INSET_Y_PT) / 72
    : 0
  const gap = 0.25
  const total = titleH + gap + linesH + (thesisH ? 2 * gap + thesisH : 0)
  let y = Math.max(0.4, (SLIDE.height - total) / 2)
  placeholderText(d, 'title', [{ text: title.runs[0]!.text, options: { bold: true, fontSize: titleSize, color: COLORS.text } }], { x, y, w, h: titleH }, { align: 'left' })
  y += titleH + gap
  // The briefing line and byline, then the thesis, in the body placeholder: one text the presenter edits.
  const bodyRuns = [
    ...toTextProps(lines, SIZES.coverLine, { gap: 0.5 }),
    ...(thesisParagraphs.length
      ? toTextProps(thesisParagraphs, thesisSize, {}).map((t, i) =>
          i === 0 ? { ...t, options: { ...t.options, paraSpaceBefore: Math.round((2 * gap + 0.1) * 72) } } : t,
        )
      : []),
  ]
  if (bodyRuns.length)
    placeholderText(d, 'body', bodyRuns, { x, y, w, h: Math.min(SLIDE.height - 0.3 - y, linesH + (thesisH ? 2 * gap + 0.1 + thesisH : 0) + 0.1) })
}

/**
 * The thesis the cover states: the first takeaway (the draft opens the takeaways with the article's lead claim),
 * else the first point of the deck.
 */
export function deckThesis(outline: Outline): Point | undefined {
  // The draft states the thesis as the cover's subtitle, citing its sentence.
  const cover = outline.slides.find((s): s is SlideOf<'cover'> => s.kind === 'cover')
  if (cover?.subtitle?.trim() && cover.source?.length) return { text: cover.subtitle, source: cover.source }
  const takeaways = outline.slides.find((s): s is SlideOf<'takeaways'> => s.kind === 'takeaways')
  if (takeaways?.points[0]) return takeaways.points[0]
  return outline.slides.find((s): s is SlideOf<'points'> => s.kind === 'points')?.points[0]
}

/** A section divider: its title, large and centred, the accent rule, and "Part N of M". */
function drawSection(d: Drawing, slide: SlideOf<'section'>, outline: Outline): void {
  const sections = outline.slides.filter((s) => s.kind === 'section')
  const text = oneLine(slide.title)
  const width = CONTENT_WIDTH / PT
  const paragraph: TextParagraph = { runs: [{ text }] }
  const size = fitFontSize([paragraph], { width, height: 2 * SIZES.sectionTitle.max * LINE_HEIGHT }, SIZES.sectionTitle)
  const h = (textHeight([paragraph], size, width) + 2 * INSET_Y_PT) / 72
  const y = SLIDE.height / 2 - 0.35 - h
  placeholderText(d, 'title', [{ text, options: { fontSize: size, color: COLORS.text } }], { x: MARGIN_X, y, w: CONTENT_WIDTH, h }, { align: 'center', valign: 'bottom' })
  const ruleWidth = Math.min(CONTENT_WIDTH, textWidth(text, size) * PT + 0.06)
  d.target.addShape('rect', {
    x: (SLIDE.width - ruleWidth) / 2,
    y: y + h + 0.14,
    w: ruleWidth,
    h: 0.055,
    fill: { color: COLORS.rule },
    line: { type: 'none' },
  })
  placeholderText(
    d,
    'body',
    [{ text: `PART ${sections.indexOf(slide) + 1} OF ${sections.length}`, options: { fontSize: SIZES.part, color: COLORS.accent, charSpacing: 1 } }],
    { x: MARGIN_X, y: y + h + 0.36, w: CONTENT_WIDTH, h: 0.5 },
    { align: 'center' },
  )
}

/** A link the sources slide makes clickable: a web address. */
const RE_WEB_LINK = /^https?:\/\/\S+$/i

/** The sources slide: what the article is and where it came from, then how to read the references. */
function drawSources(d: Drawing, slide: SlideOf<'sources'>, outline: Outline): void {
  const top = drawTitle(d, slide.title)
  const { shown, rest } = shownCredits(outline.meta.credits)
  const rows = sourceRows({ ...outline.meta, credits: shown })
  const paragraphs: StyledParagraph[] = [
    ...rows.map((row) => ({
      runs: [
        { text: `${row.label}: `, bold: true },
        { text: oneLine(row.value), ...(row.label === 'Link' && RE_WEB_LINK.test(oneLine(row.value)) ? { hyperlink: oneLine(row.value) } : {}) },
      ],
      indent: BULLET_INDENT,
    })),
    ...(rest ? [{ runs: [{ text: rest }], indent: BULLET_INDENT }] : []),
  ]
  const footnoteH = (SIZES.footnote * LINE_HEIGHT * 2 + 2 * INSET_Y_PT) / 72
  const box = { x: MARGIN_X, y: top, w: CONTENT_WIDTH, h: CONTENT_BOTTOM - top - footnoteH - 0.15 }
  const size = fitFontSize(paragraphs, { width: box.w / PT, height: box.h / PT - 2 * INSET_Y_PT }, { ...SIZES.sources, paragraphGap: 0.3, lineSpacing: BODY_LINE_SPACING })
  placeholderText(d, 'body', toTextProps(paragraphs, size, { bullets: true, gap: 0.3 }), box)
  d.target.addText([{ text: SOURCES_FOOTNOTE, options: { fontSize: SIZES.footnote, color: COLORS.muted } }], {
    x: MARGIN_X,
    y: CONTENT_BOTTOM - footnoteH,
    w: CONTENT_WIDTH,
    h: footnoteH,
    valign: 'bottom',
    margin: [0, 0, INSET_Y_PT, INSET_Y_PT],
    fit: 'none',
  })
}

/**
 * A diagram slide: the title, then the diagram where the deck's PDF has it (moved down or shrunk only if the
 * title takes more room here), its legend under it, its description as alt text.
 */
function drawDiagram(d: Drawing, slide: DiagramSlide, pictures: DiagramPicture[]): void {
  const top = drawTitle(d, slide.title)
  const legend = diagramLegend(slide)
  const legendH = legend.length ? (SIZES.legend * LINE_HEIGHT + 2 * INSET_Y_PT) / 72 + 0.08 : 0
  const bottom = CONTENT_BOTTOM - legendH
  const alt = oneLine(describeDiagram(slide))
  let lowest = top
  for (const [n, picture] of pictures.entries()) {
    const box = placePicture(picture.box, top, bottom)
    d.target.addImage({
      data: `image/svg+xml;base64,${Buffer.from(picture.svg, 'utf8').toString('base64')}`,
      ...box,
      altText: alt,
      objectName: pictures.length > 1 ? `Diagram ${n + 1}` : 'Diagram',
    })
    d.fixes.fallbacks.push({ slide: d.no, order: n, png: picture.png })
    lowest = Math.max(lowest, box.y + box.h)
  }
  if (legend.length) drawLegend(d.target, legend, lowest + 0.08)
}

/** The picture's box on this slide: the PDF's, kept below `top` and above `bottom` (scaled down about its centre if it must). */
export function placePicture(fraction: DiagramPicture['box'], top: number, bottom: number): Box {
  let box = { x: fraction.x * SLIDE.width, y: fraction.y * SLIDE.height, w: fraction.w * SLIDE.width, h: fraction.h * SLIDE.height }
  const room = bottom - top
  if (box.h > room) {
    const k = room / box.h
    box = { x: box.x + (box.w * (1 - k)) / 2, y: top, w: box.w * k, h: room }
  }
  if (box.y < top) box.y = top
  if (box.y + box.h > bottom) box.y = bottom - box.h
  return box
}

/** The legend: a sample line per entry, drawn as in the diagram, and its label, centred in a row. */
function drawLegend(target: PptxSlide, entries: LegendEntry[], y: number): void {
  const sample = 0.36
  const gap = 0.08
  const spacing = 0.3
  const widths = entries.map((e) => sample + gap + textWidth(e.label, SIZES.legend, true) * PT + 0.05)
  const total = widths.reduce((a, b) => a + b, 0) + spacing * (entries.length - 1)
  let x = Math.max(MARGIN_X, (SLIDE.width - total) / 2)
  const h = (SIZES.legend * LINE_HEIGHT + 2 * INSET_Y_PT) / 72
  entries.forEach((entry, i) => {
    target.addShape('line', {
      x,
      y: y + h / 2,
      w: sample,
      h: 0,
      line: {
        color: entry.color.replace('#', ''),
        width: Math.max(0.75, entry.width * 0.75),
        dashType: dashType(entry.dash),
        ...(entry.directed ? { endArrowType: 'triangle' as const } : {}),
      },
    })
    target.addText([{ text: entry.label, options: { fontSize: SIZES.legend, bold: true, color: entry.color.replace('#', '') } }], {
      x: x + sample + gap,
      y,
      w: widths[i]! - sample - gap,
      h,
      valign: 'middle',
      margin: [0, 0, INSET_Y_PT, INSET_Y_PT],
      fit: 'none',
    })
    x += widths[i]! + spacing
  })
}

/** An SVG dash pattern as the nearest PowerPoint preset. */
function dashType(dash: string): 'solid' | 'dash' | 'sysDot' {
  if (!dash.trim()) return 'solid'
  const [on = 0] = dash.split(/[\s,]+/).map(Number)
  return on <= 3 ? 'sysDot' : 'dash'
}

/** Article text on one line, without characters an XML file cannot hold. */
function oneLine(text: string): string {
  return withoutXmlInvalid(text)
    .replace(/[\r\n\u2028\u2029\t\v\f]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
}

function assertNever(value: never): never {
  throw new Error(`buildPptx: unknown slide kind ${JSON.stringify((value as { kind?: unknown }).kind)}`)
}
