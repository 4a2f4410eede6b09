/**
 * Diagram slides → slide bodies: a registry with one module per kind (a new diagram is one file plus one entry).
 * renderDiagram(slide) returns the body under the `## title`, which the main renderer writes.
 */
import type { SlideOf } from '../../outline/schema.ts'
import { actors } from './actors.ts'
import { dynamics } from './dynamics.ts'
import { timeline } from './timeline.ts'

export type DiagramSlide = SlideOf<'actors'> | SlideOf<'dynamics'> | SlideOf<'timeline'>

export const diagrams = { actors, dynamics, timeline } as const

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
