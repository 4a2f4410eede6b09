/**
 * The dynamics slide: cause → effect arrows labelled with their cue, the feedback loop's arrows drawn thick and
 * red so the loop reads as a loop. Direction and folding: fit.ts (top to bottom preferred, left to right when it
 * draws larger, e.g. a chain; the least-connected factors fold into a "+N more" line when the text would be
 * under 14 px, never a factor of the loop).
 */
import { findLoops } from '../../outline/graph.ts'
import type { SlideOf } from '../../outline/schema.ts'
import { mermaidLabel, mermaidPlain, nodeId } from '../mermaid.ts'
import { fence, type DiagramModule } from './fence.ts'
import { cutLabel, fitGraph, memo, moreNote } from './fit.ts'
import { describeDiagram } from './describe.ts'

const LOOP_STYLE = 'stroke:#b42318,stroke-width:3px,color:#b42318'
const EDGE_STYLE = 'stroke:#55606e,stroke-width:1.5px,color:#3d4650'
/** Longer factor labels and cue labels are cut (with "…"): one node must not fill the slide. */
const MAX_NODE_CHARS = 80
const MAX_EDGE_CHARS = 40

type Dynamics = SlideOf<'dynamics'>

function plan(slide: Dynamics) {
  return memo(`dynamics ${JSON.stringify(slide)}`, () => planAnew(slide))
}

function planAnew(slide: Dynamics) {
  const loop = findLoops(slide.edges).at(-1) ?? []
  const nodes = slide.nodes.map((n) => ({ ...n, label: cutLabel(n.label, MAX_NODE_CHARS) }))
  // An edge says its cue: the outline's label, else its relation from the closed vocabulary.
  const edges = slide.edges.map((e) => {
    const text = e.label ?? e.relation
    return { ...e, label: text ? cutLabel(text, MAX_EDGE_CHARS) : undefined }
  })
  return { loop, ...fitGraph(nodes, edges, { title: slide.title, directions: ['TB', 'LR'], keep: (n) => loop.includes(n.id) }) }
}

export const dynamics: DiagramModule<'dynamics'> = {
  kind: 'dynamics',
  fit(slide) {
    const { nodes, edges, folded, hiddenEdges, scale } = plan(slide)
    return { drawn: { ...slide, nodes, edges }, scale, folded: folded.map((n) => n.label), hiddenEdges }
  },
  toMermaid(slide) {
    return source(slide, plan(slide))
  },
  render(slide) {
    const p = plan(slide)
    const { folded, hiddenEdges, scale } = p
    const note = moreNote(folded.map((n) => n.label), hiddenEdges)
    return `${fence(source(slide, p), scale)}${note}\n`
  },
}

function source(slide: Dynamics, p: ReturnType<typeof plan>): string {
  const { nodes, edges, direction, loop } = p
  const ids = new Map(nodes.map((n, i) => [n.id, nodeId(i)]))
  const inLoop = (from: string, to: string) => {
    const i = loop.indexOf(from)
    return i >= 0 && loop[(i + 1) % loop.length] === to
  }
  const lines = [`flowchart ${direction}`, `  accTitle: ${mermaidPlain(slide.title, 120)}`]
  lines.push(`  accDescr: ${mermaidPlain(describeDiagram(slide))}`)
  for (const n of nodes) lines.push(`  ${ids.get(n.id)}["${mermaidLabel(n.label)}"]`)
  const styles: string[] = []
  edges.forEach((e, i) => {
    const label = e.label ? `|"${mermaidLabel(e.label)}"|` : ''
    const looped = inLoop(e.from, e.to)
    lines.push(`  ${ids.get(e.from)} ${looped ? '==>' : '-->'}${label} ${ids.get(e.to)}`)
    styles.push(`  linkStyle ${i} ${looped ? LOOP_STYLE : EDGE_STYLE}`)
  })
  lines.push(...styles)
  lines.push('  classDef factor fill:#f7f7f4,stroke:#6b7280,stroke-width:1px,color:#1f2933')
  lines.push('  classDef looped fill:#fdf1ef,stroke:#b42318,stroke-width:2px,color:#3a0f0b')
  const plain = nodes.filter((n) => !loop.includes(n.id)).map((n) => ids.get(n.id))
  const looped = nodes.filter((n) => loop.includes(n.id)).map((n) => ids.get(n.id))
  if (plain.length) lines.push(`  class ${plain.join(',')} factor`)
  if (looped.length) lines.push(`  class ${looped.join(',')} looped`)
  return lines.join('\n')
}
