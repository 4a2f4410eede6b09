/**
 * Diagram slides → slide bodies: a registry with one module per kind (a new diagram is one file plus one entry).
 * renderDiagram(slide) returns the body under the `## title`, which the main renderer writes.
 */
import type { Slide, SlideOf } from '../../outline/schema.ts'
import { actors } from './actors.ts'
import { dynamics } from './dynamics.ts'
import type { LegendEntry } from './fence.ts'
import { timeline } from './timeline.ts'

export type DiagramSlide = SlideOf<'actors'> | SlideOf<'dynamics'> | SlideOf<'timeline'>

export const diagrams = { actors, dynamics, timeline } as const

export type { LegendEntry } from './fence.ts'
export { describeDiagram } from './describe.ts'

/** True for a slide of a kind the registry draws as a diagram. */
export function isDiagramSlide(slide: Slide): slide is DiagramSlide {
  return Object.hasOwn(diagrams, slide.kind)
}

/** The legend under a diagram (empty for kinds without one). */
export function diagramLegend(slide: DiagramSlide): LegendEntry[] {
  const module = diagrams[slide.kind] as { legend?: (s: DiagramSlide) => LegendEntry[] }
  return module.legend?.(slide) ?? []
}

/** `renderDiagram(slide)` → "```mermaid {…}\nflowchart LR\n…\n```\n\n<RelationLegend … />" */
export function renderDiagram(slide: DiagramSlide): string {
  switch (slide.kind) {
    case 'actors':
      return diagrams.actors.render(slide)
    case 'dynamics':
      return diagrams.dynamics.render(slide)
    case 'timeline':
      return diagrams.timeline.render(slide)
  }
}

/** The Mermaid source alone, for checks and previews. */
export function diagramSource(slide: DiagramSlide): string {
  switch (slide.kind) {
    case 'actors':
      return diagrams.actors.toMermaid(slide)
    case 'dynamics':
      return diagrams.dynamics.toMermaid(slide)
    case 'timeline':
      return diagrams.timeline.toMermaid(slide)
  }
}

export { mermaidLabel, mermaidPlain } from '../mermaid.ts'
