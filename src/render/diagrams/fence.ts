import type { SlideKind, SlideOf } from '../../outline/schema.ts'

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

/** One diagram kind: its Mermaid source and the slide body around it. */
export interface DiagramModule<K extends SlideKind> {
  kind: K
  toMermaid(slide: SlideOf<K>): string
  /** The slide body under the title: the fence, then anything else (a legend). */
  render(slide: SlideOf<K>): string
  /** The legend shown under the diagram, if the kind has one (for formats that draw it themselves). */
  legend?(slide: SlideOf<K>): LegendEntry[]
}

/**
 * A ```mermaid fence with Slidev options (single quotes only: the options are pasted into a Vue binding). The
 * code never contains a backtick (mermaid.ts escapes them), so it cannot close the fence.
 */
export function fence(code: string, scale = 1): string {
  const options = [`theme: 'neutral'`, `scale: ${scale}`]
  return `\`\`\`mermaid {${options.join(', ')}}\n${code}\n\`\`\``
}

/** The room a diagram has on a 980×551 slide under its title (and a legend line). */
export const DIAGRAM_BOX = { width: 860, height: 390 } as const

/** The `scale` that fits a drawing of natural size [width, height] into DIAGRAM_BOX, never above 1. */
export function fitScale([width, height]: [number, number], box: { width: number; height: number } = DIAGRAM_BOX): number {
  if (!Number.isFinite(width) || !Number.isFinite(height)) return 1
  return Math.min(1, Math.floor(Math.min(box.width / width, box.height / height) * 100) / 100)
}
