/**
 * The actors slide: a flowchart with one subgraph per bloc, edges styled and labelled by relation kind
 * (KIND_STYLES), node fills by actor type, and a legend of the kinds used.
 */
import type { SlideOf } from '../../outline/schema.ts'
import type { RelationKind } from '../../types.ts'
import { vueProp } from '../escape.ts'
import { mermaidLabel, mermaidPlain, nodeId } from '../mermaid.ts'
import { fence, fitScale, type DiagramModule } from './fence.ts'
import { estimateFlowchart } from './layout.ts'
import { KIND_STYLES, TYPE_STYLES } from './styles.ts'
import { describeDiagram } from './describe.ts'

export const actors: DiagramModule<'actors'> = {
  kind: 'actors',
  toMermaid(slide) {
    const ids = new Map(slide.nodes.map((n, i) => [n.id, nodeId(i)]))
    const lines = ['flowchart LR', `  accTitle: ${mermaidPlain(slide.title, 120)}`]
    lines.push(`  accDescr: ${mermaidPlain(describeDiagram(slide))}`)
    const blocs = [...new Set(slide.nodes.flatMap((n) => (n.bloc ? [n.bloc] : [])))]
    blocs.forEach((bloc, b) => {
      lines.push(`  subgraph b${b}["${mermaidLabel(bloc)}"]`, '    direction TB')
      for (const n of slide.nodes.filter((x) => x.bloc === bloc)) lines.push(`    ${ids.get(n.id)}["${mermaidLabel(n.label)}"]`)
      lines.push('  end')
    })
    for (const n of slide.nodes.filter((x) => !x.bloc)) lines.push(`  ${ids.get(n.id)}["${mermaidLabel(n.label)}"]`)
    const styles: string[] = []
    slide.edges.forEach((e, i) => {
      const s = KIND_STYLES[e.kind]
      const arrow = s.directed ? '-->' : '---'
      lines.push(`  ${ids.get(e.from)} ${arrow}|"${mermaidLabel(e.label ?? s.label)}"| ${ids.get(e.to)}`)
      styles.push(`  linkStyle ${i} stroke:${s.color},stroke-width:${s.width}px${s.dash ? `,stroke-dasharray:${s.dash}` : ''},color:${s.color}`)
    })
    lines.push(...styles)
    for (const [type, style] of Object.entries(TYPE_STYLES)) {
      const members = slide.nodes.filter((n) => (n.type ?? 'state') === type).map((n) => ids.get(n.id))
      if (members.length) lines.push(`  classDef t_${type} ${style}`, `  class ${members.join(',')} t_${type}`)
    }
    blocs.forEach((_, b) => lines.push(`  style b${b} fill:#fbfbf8,stroke:#b8b8ae,stroke-dasharray:4 3,color:#55554c`))
    return lines.join('\n')
  },
  legend(slide) {
    const used = [...new Set(slide.edges.map((e) => e.kind))] as RelationKind[]
    return used.map((k) => KIND_STYLES[k])
  },
  render(slide) {
    const legend = this.legend!(slide)
    const size = estimateFlowchart({
      nodes: slide.nodes,
      edges: slide.edges.map((e) => ({ ...e, label: e.label ?? KIND_STYLES[e.kind].label })),
      direction: 'LR',
    })
    return `${fence(this.toMermaid(slide), fitScale(size))}\n\n<RelationLegend :kinds="${vueProp(legend)}" />\n`
  },
}
