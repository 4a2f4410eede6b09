/**
 * The dynamics slide: cause → effect arrows, the feedback loop's arrows drawn thick and red so the loop reads
 * as a loop.
 */
import { findLoops } from '../../outline/graph.ts'
import { mermaidLabel, mermaidPlain, nodeId } from '../mermaid.ts'
import { fence, fitScale, type DiagramModule } from './fence.ts'
import { estimateFlowchart } from './layout.ts'
import { describeDiagram } from './describe.ts'

const DIRECTION = 'TB'
const LOOP_STYLE = 'stroke:#b42318,stroke-width:3px,color:#b42318'
const EDGE_STYLE = 'stroke:#55606e,stroke-width:1.5px,color:#3d4650'

export const dynamics: DiagramModule<'dynamics'> = {
  kind: 'dynamics',
  toMermaid(slide) {
    const ids = new Map(slide.nodes.map((n, i) => [n.id, nodeId(i)]))
    const loop = findLoops(slide.edges).at(-1) ?? []
    const inLoop = (from: string, to: string) => {
      const i = loop.indexOf(from)
      return i >= 0 && loop[(i + 1) % loop.length] === to
    }
    const lines = [`flowchart ${DIRECTION}`, `  accTitle: ${mermaidPlain(slide.title, 120)}`]
    lines.push(`  accDescr: ${mermaidPlain(describeDiagram(slide))}`)
    for (const n of slide.nodes) lines.push(`  ${ids.get(n.id)}["${mermaidLabel(n.label)}"]`)
    const styles: string[] = []
    slide.edges.forEach((e, i) => {
      const text = e.label ?? e.relation
      const label = text ? `|"${mermaidLabel(text)}"|` : ''
      const looped = inLoop(e.from, e.to)
      lines.push(`  ${ids.get(e.from)} ${looped ? '==>' : '-->'}${label} ${ids.get(e.to)}`)
      styles.push(`  linkStyle ${i} ${looped ? LOOP_STYLE : EDGE_STYLE}`)
    })
    lines.push(...styles)
    lines.push('  classDef factor fill:#f7f7f4,stroke:#6b7280,stroke-width:1px,color:#1f2933')
    lines.push('  classDef looped fill:#fdf1ef,stroke:#b42318,stroke-width:2px,color:#3a0f0b')
    const plain = slide.nodes.filter((n) => !loop.includes(n.id)).map((n) => ids.get(n.id))
    const looped = slide.nodes.filter((n) => loop.includes(n.id)).map((n) => ids.get(n.id))
    if (plain.length) lines.push(`  class ${plain.join(',')} factor`)
    if (looped.length) lines.push(`  class ${looped.join(',')} looped`)
    return lines.join('\n')
  },
  render(slide) {
    return `${fence(this.toMermaid(slide), fitScale(estimateFlowchart({ ...slide, direction: DIRECTION })))}\n`
  },
}
