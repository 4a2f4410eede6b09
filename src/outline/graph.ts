/**
 * Graph helpers over the outline's diagram edges, shared by the analysis (which finds loops in the causal
 * graph), the draft, the renderer (which highlights a loop) and the quality checks.
 */

const MAX_LOOP = 8
// Loop search is exponential in the worst case: stop after this many steps (a long article stays linear).
const MAX_STEPS = 50_000

/**
 * Elementary cycles, shortest first, each as a list of node ids (a → b → … → back to a). Depth-first from
 * each node to nodes after it in order, so each cycle is found once; bounded by MAX_LOOP nodes.
 */
export function findLoops(edges: { from: string; to: string }[]): string[][] {
  const out = new Map<string, string[]>()
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to])
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort()
  const loops: string[][] = []
  let steps = 0
  for (const start of ids) {
    const path = [start]
    const walk = (at: string) => {
      for (const next of out.get(at) ?? []) {
        if (++steps > MAX_STEPS) return
        if (next === start) loops.push([...path])
        else if (next > start && !path.includes(next) && path.length < MAX_LOOP) {
          path.push(next)
          walk(next)
          path.pop()
        }
      }
    }
    walk(start)
  }
  return loops.sort((a, b) => a.length - b.length).slice(0, 20)
}
