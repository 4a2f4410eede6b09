import type { SlideKind, SlideOf } from '../../outline/schema.ts'
import { DIAGRAM_FONT_SIZE } from '../../../setup/mermaid.ts'
import { textWidth, type Size } from './layout.ts'

/** A line of a diagram's legend: a sample line drawn as the diagram draws it, and its label. */
export interface LegendEntry {
  label: string
  color: string
  /** SVG stroke-dasharray, empty for a solid line. */
  dash: string
  width: number
  /** Drawn with an arrowhead. */
  directed: boolean
}

/** One diagram kind: what fits on the slide, its Mermaid source and the slide body around it. */
export interface DiagramModule<K extends SlideKind> {
  kind: K
  /** What is drawn, at which scale, and what was folded to keep the text readable (fit.ts). */
  fit(slide: SlideOf<K>): Fitted<K>
  toMermaid(slide: SlideOf<K>): string
  /** The slide body under the title: the fence, then anything else (a "+N more" note, a legend). */
  render(slide: SlideOf<K>): string
  /** The legend shown under the diagram, if the kind has one (for formats that draw it themselves). */
  legend?(slide: SlideOf<K>): LegendEntry[]
}

export interface Fitted<K extends SlideKind> {
  /** The slide as drawn: only the nodes and edges, or events, that fit. */
  drawn: SlideOf<K>
  scale: number
  /** Labels of the nodes or events left out, in outline order. */
  folded: string[]
  /** Edges between drawn nodes left out. */
  hiddenEdges: number
}

/**
 * A ```mermaid fence whose only option is the `scale` (theme, font and spacing are the deck's, in
 * setup/mermaid.ts; options are pasted into a Vue binding, so they would need single quotes). The code never
 * contains a backtick (mermaid.ts escapes them), so it cannot close the fence.
 */
export function fence(code: string, scale = 1): string {
  return `\`\`\`mermaid {scale: ${scale}}\n${code}\n\`\`\``
}

/**
 * The room a diagram has on the 980×551 canvas under a one-line title (styles/index.css: 40 px padding above
 * and below, 56 px at the sides, a title block of about 100 px); a legend or a note line under the diagram, and
 * a title on two lines, take their height from it (`diagramBox`).
 */
export const DIAGRAM_BOX = { width: 860, height: 410 } as const
/** A line of legend or note under a diagram (0.9rem text and its margin), and a title's second line. */
export const LEGEND_LINE = 28
const TITLE_LINE = 33
/** Title text (h2, 1.7rem semibold) is about this much wider than diagram text of the same size. */
const TITLE_WIDTH = (1.7 * 16 * 1.06) / DIAGRAM_FONT_SIZE

/** Drawn text must be at least this big on the 980-pixel canvas to be read from the back of a room. */
export const MIN_TEXT_PX = 14
/** And no bigger than this: a small diagram is not blown up past the slide's own text sizes. */
export const MAX_TEXT_PX = 24

export interface Box {
  width: number
  height: number
}

/** The room under `title`, less `lines` lines of legend or note. */
export function diagramBox(title: string, lines = 0): Box {
  const titleLines = Math.max(1, Math.ceil((textWidth(title) * TITLE_WIDTH) / DIAGRAM_BOX.width))
  return { width: DIAGRAM_BOX.width, height: DIAGRAM_BOX.height - (titleLines - 1) * TITLE_LINE - lines * LEGEND_LINE }
}

/**
 * The `scale` that fits a drawing of natural size [width, height] into `box`, floored to hundredths, and never
 * so large that its text would pass MAX_TEXT_PX. fitScale([1720, 400]) → 0.5
 */
export function fitScale([width, height]: Size, box: Box = DIAGRAM_BOX): number {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return 1
  const fit = Math.min(box.width / width, box.height / height, MAX_TEXT_PX / DIAGRAM_FONT_SIZE)
  return Math.floor(fit * 100) / 100
}

/** The size of the diagram's text on the canvas at `scale`, in px. drawnText(0.7) → 14 */
export function drawnText(scale: number): number {
  return Math.round(scale * DIAGRAM_FONT_SIZE * 100) / 100
}

/** True when text drawn at `scale` is readable (at least MIN_TEXT_PX). */
export function readable(scale: number): boolean {
  return drawnText(scale) >= MIN_TEXT_PX
}
