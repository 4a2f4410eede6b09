/**
 * Rough natural sizes of Mermaid drawings, to choose the `scale` that fits them on a slide without a browser.
 * Slidev sets a scaled diagram's height to `viewBox height × scale` and lets the width follow, so the estimate
 * must not be short; the real-Chromium test checks it against Mermaid's own layout for every fixture.
 */

/** Mermaid wraps node text at about this width (px); a character of the default 16 px font is about 8.5 px. */
const WRAP = 200
const CHAR = 8.5
const LINE = 24
const NODE_PAD = 32
const NODE_GAP = 50
const RANK_GAP = 50
const BLOC_PAD = 40
/** Dagre places nodes less tightly than the sums above: err on the large side. */
const SAFETY = 1.15

export interface FlowSize {
  nodes: { id: string; label: string; bloc?: string }[]
  edges: { from: string; to: string; label?: string }[]
  direction: 'LR' | 'TB'
}

function box(label: string): [number, number] {
  const width = Math.min(WRAP, label.length * CHAR) + NODE_PAD
  const lines = Math.ceil((label.length * CHAR) / WRAP)
  return [width, 40 + LINE * (lines - 1)]
}

/** Ranks by longest path from the sources, back edges (closing loops) ignored. */
function ranks(nodes: FlowSize['nodes'], edges: FlowSize['edges']): Map<string, number> {
  const out = new Map<string, string[]>()
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to])
  const rank = new Map(nodes.map((n) => [n.id, 0]))
  const state = new Map<string, 'open' | 'done'>()
  const order: string[] = []
  // Depth-first, post-order, with a stack of its own: no recursion as deep as the longest chain of edges.
  const visit = (root: string) => {
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }]
    state.set(root, 'open')
    while (stack.length > 0) {
      const top = stack.at(-1)!
      const successors = out.get(top.id) ?? []
      while (top.next < successors.length && state.has(successors[top.next]!)) top.next++
      if (top.next === successors.length) {
        stack.pop()
        state.set(top.id, 'done')
        order.push(top.id)
        continue
      }
      const next = successors[top.next++]!
      state.set(next, 'open')
      stack.push({ id: next, next: 0 })
    }
  }
  for (const n of nodes) if (!state.has(n.id)) visit(n.id)
  const position = new Map(order.reverse().map((id, i) => [id, i]))
  for (const id of order) {
    for (const next of out.get(id) ?? []) {
      if (position.get(next)! > position.get(id)!) rank.set(next, Math.max(rank.get(next)!, rank.get(id)! + 1))
    }
  }
  return rank
}

/** [width, height] of a flowchart's viewBox, roughly. */
export function estimateFlowchart({ nodes, edges, direction }: FlowSize): [number, number] {
  const rank = ranks(nodes, edges)
  const layers = new Map<number, [number, number][]>()
  for (const n of nodes) layers.set(rank.get(n.id)!, [...(layers.get(rank.get(n.id)!) ?? []), box(n.label)])
  const labelWidth = Math.max(0, ...edges.map((e) => (e.label ? e.label.length * 7 + 16 : 0)))
  const along = direction === 'LR' ? 0 : 1
  const across = 1 - along
  let length = 0
  let breadth = 0
  for (const layer of layers.values()) {
    length += Math.max(...layer.map((b) => b[along]!))
    breadth = Math.max(breadth, layer.reduce((t, b) => t + b[across]!, 0) + NODE_GAP * (layer.length - 1))
  }
  length += (layers.size - 1) * (RANK_GAP + (direction === 'LR' ? labelWidth : LINE))
  const blocs = new Set(nodes.flatMap((n) => (n.bloc ? [n.bloc] : []))).size
  breadth += blocs * BLOC_PAD
  length += blocs > 0 ? BLOC_PAD : 0
  const size: [number, number] = direction === 'LR' ? [length + 16, breadth + 16] : [breadth + 16, length + 16]
  return [size[0] * SAFETY, size[1] * SAFETY]
}
