/**
 * Mermaid's theme, font and spacing for every diagram of the deck, set once (Slidev's `setup/mermaid.ts`
 * convention); a diagram's fence carries only its own `scale`. The renderer (src/render/diagrams/layout.ts)
 * estimates each drawing's size from the same numbers, so they live here and nowhere else.
 *
 * This file is copied beside a deck written to another folder: it imports nothing from the project.
 */
import { defineMermaidSetup } from '@slidev/types'

/** The deck's sans-serif (index.ts's headmatter), installed with Chromium on Debian: nothing is fetched. */
const FONT = 'Noto Sans, Liberation Sans, DejaVu Sans, sans-serif'

/**
 * Text size in the drawing's own units. A drawing is then scaled to fit the slide, so what counts is the ratio
 * of text to spacing: 20 px text with tight spacing reads larger, at the same drawing size, than Mermaid's
 * 16 px with its default 50 px gaps.
 */
export const DIAGRAM_FONT_SIZE = 20

export const FLOWCHART = {
  /** Gap between nodes of one rank, and between ranks (Mermaid's defaults: 50 and 50). */
  nodeSpacing: 20,
  rankSpacing: 30,
  /** Room between a node's text and its border. */
  padding: 8,
  /** Node text wraps at this width. */
  wrappingWidth: 220,
  diagramPadding: 8,
  /** Room above and below a bloc's title: without it, 20 px titles overlap the bloc's first row of nodes. */
  subGraphTitleMargin: { top: 8, bottom: 16 },
  htmlLabels: true,
  curve: 'basis',
} as const

export const MERMAID_CONFIG = {
  theme: 'neutral',
  // Mermaid's default, said aloud: labels are text, never markup or script (SLIDEV-NOTES §3).
  securityLevel: 'strict',
  fontFamily: FONT,
  themeVariables: { fontFamily: FONT, fontSize: `${DIAGRAM_FONT_SIZE}px` },
  flowchart: FLOWCHART,
  // A safety net: a drawing the renderer sized a little too wide shrinks to the slide rather than overflow it.
  themeCSS: 'max-width: 100%;',
} as const

export default defineMermaidSetup(() => structuredClone(MERMAID_CONFIG))
