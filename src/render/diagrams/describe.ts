/**
 * Accessible descriptions of the diagrams, written from the diagram data as it is now, so an edited outline
 * (an edge removed, an event added) never leaves a description that tells of the old diagram. A `description`
 * set in the outline wins.
 */
import { findLoops } from '../../outline/graph.ts'
import type { SlideOf } from '../../outline/schema.ts'

type DiagramSlide = SlideOf<'actors'> | SlideOf<'dynamics'> | SlideOf<'timeline'>

export function describeDiagram(slide: DiagramSlide): string {
  if (slide.description) return slide.description
  if (slide.kind === 'timeline') {
    const e = slide.events
    const when = (x: (typeof e)[number]) => x.label ?? x.date
    return `${e.length} dated event${e.length > 1 ? 's' : ''} from ${when(e[0]!)} to ${when(e.at(-1)!)}: ${e.map((x) => `${when(x)}, ${x.text}`).join('; ')}.`
  }
  const label = new Map(slide.nodes.map((n) => [n.id, n.label]))
  if (slide.kind === 'dynamics') {
    const loop = findLoops(slide.edges).at(-1)
    const loopText = loop ? ` Feedback loop: ${[...loop, loop[0]!].map((id) => label.get(id)).join(' → ')}.` : ''
    const links = slide.edges.map((e) => `${label.get(e.from)} ${e.label ?? e.relation ?? 'leads to'} ${label.get(e.to)}`)
    return `${slide.edges.length} cause → effect links between ${slide.nodes.length} factors.${loopText} Links: ${links.join('; ')}.`
  }
  const blocs = [...new Set(slide.nodes.flatMap((n) => (n.bloc ? [n.bloc] : [])))]
  const blocText = blocs.map((b) => `${b}: ${slide.nodes.filter((n) => n.bloc === b).map((n) => n.label).join(', ')}`)
  const edgeText = slide.edges.map((e) => `${label.get(e.from)} ${e.kind} ${label.get(e.to)}`)
  return [
    `${slide.nodes.length} actors${blocs.length ? ` in ${blocs.length} bloc${blocs.length > 1 ? 's' : ''} (${blocText.join('; ')})` : ''}.`,
    `Relations: ${edgeText.join('; ')}.`,
  ].join(' ')
}
