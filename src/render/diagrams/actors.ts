/**
 * The actors slide: a flowchart with one subgraph per bloc, edges styled by relation kind (KIND_STYLES), node
 * fills by actor type, and a legend of the kinds drawn. The legend names the kinds, so an edge carries a word
 * only when the outline gives it a label of its own: twelve "hostility"/"cooperation" words took a third of the
 * drawing and halved its text. Direction and folding: fit.ts (left to right preferred, top to bottom when it
 * draws larger; the least-connected actors fold into a "+N more" line when the text would be under 14 px).
 */
import type { SlideOf } from '../../outline/schema.ts'
import type { RelationKind } from '../../types.ts'
import { vueProp } from '../escape.ts'
import { mermaidLabel, mermaidPlain, nodeId } from '../mermaid.ts'
import { fence, type DiagramModule } from './fence.ts'
import { cutLabel, fitGraph, memo, moreNote } from './fit.ts'
import { KIND_STYLES, TYPE_STYLES } from './styles.ts'
import { describeDiagram } from './describe.ts'

/** Longer node labels, edge labels and bloc names are cut (with "…"): one node must not fill the slide. */
const MAX_NODE_CHARS = 80
const MAX_EDGE_CHARS = 40
/** A bloc's title does not wrap: its frame grows as wide as the title. */
const MAX_BLOC_CHARS = 40

type Actors = SlideOf<'actors'>

/** What is drawn: the nodes and edges that fit, their direction and scale, and what was folded. */
function plan(slide: Actors) {
  return memo(`actors ${JSON.stringify(slide)}`, () => planAnew(slide))
}

function planAnew(slide: Actors) {
  const nodes = slide.nodes.map((n) => ({ ...n, label: cutLabel(n.label, MAX_NODE_CHARS), ...(n.bloc ? { bloc: cutLabel(n.bloc, MAX_BLOC_CHARS) } : {}) }))
  const edges = slide.edges.map((e) => ({ ...e, label: e.label ? cutLabel(e.label, MAX_EDGE_CHARS) : undefined }))
  return fitGraph(nodes, edges, { title: slide.title, directions: ['LR', 'TB'], legendLines: edges.length ? 1 : 0 })
}

export const actors: DiagramModule<'actors'> = {
  kind: 'actors',
  fit(slide) {
    const { nodes, edges, folded, hiddenEdges, scale } = plan(slide)
    return { drawn: { ...slide, nodes, edges }, scale, folded: folded.map((n) => n.label), hiddenEdges }
  },
  toMermaid(slide) {
    return source(slide, plan(slide))
  },
  legend(slide) {
    // The kinds of the edges drawn (a folded actor's edges are not).
    const used = [...new Set(plan(slide).edges.map((e) => e.kind))] as RelationKind[]
    return used.map((k) => KIND_STYLES[k])
  },
  render(slide) {
    const p = plan(slide)
    const { edges, folded, hiddenEdges, scale } = p
    const used = [...new Set(edges.map((e) => e.kind))] as RelationKind[]
    const legend = used.map((k) => KIND_STYLES[k])
    const note = moreNote(folded.map((n) => n.label), hiddenEdges)
    const key = legend.length ? `\n\n<RelationLegend :kinds="${vueProp(legend)}" />` : ''
    return `${fence(source(slide, p), scale)}${note}${key}\n`
  },
}

function source(slide: Actors, p: ReturnType<typeof plan>): string {
  const { nodes, edges, direction } = p
  const ids = new Map(nodes.map((n, i) => [n.id, nodeId(i)]))
  const lines = [`flowchart ${direction}`, `  accTitle: ${mermaidPlain(slide.title, 120)}`]
  lines.push(`  accDescr: ${mermaidPlain(describeDiagram(slide))}`)
  const blocs = [...new Set(nodes.flatMap((n) => (n.bloc ? [n.bloc] : [])))]
  blocs.forEach((bloc, b) => {
    lines.push(`  subgraph b${b}["${mermaidLabel(bloc)}"]`)
    for (const n of nodes.filter((x) => x.bloc === bloc)) lines.push(`    ${ids.get(n.id)}["${mermaidLabel(n.label)}"]`)
    lines.push('  end')
  })
  for (const n of nodes.filter((x) => !x.bloc)) lines.push(`  ${ids.get(n.id)}["${mermaidLabel(n.label)}"]`)
  const styles: string[] = []
  edges.forEach((e, i) => {
    const s = KIND_STYLES[e.kind]
    const arrow = s.directed ? '-->' : '---'
    const label = e.label ? `|"${mermaidLabel(e.label)}"|` : ''
    lines.push(`  ${ids.get(e.from)} ${arrow}${label} ${ids.get(e.to)}`)
    styles.push(`  linkStyle ${i} stroke:${s.color},stroke-width:${s.width}px${s.dash ? `,stroke-dasharray:${s.dash}` : ''},color:${s.color}`)
  })
  lines.push(...styles)
  for (const [type, style] of Object.entries(TYPE_STYLES)) {
    const members = nodes.filter((n) => (n.type ?? 'state') === type).map((n) => ids.get(n.id))
    if (members.length) lines.push(`  classDef t_${type} ${style}`, `  class ${members.join(',')} t_${type}`)
  }
  blocs.forEach((_, b) => lines.push(`  style b${b} fill:#fbfbf8,stroke:#b8b8ae,stroke-dasharray:4 3,color:#55554c`))
  return lines.join('\n')
}
