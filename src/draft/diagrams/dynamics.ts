/**
 * The dynamics slide: the causal graph, its feedback loop first, then its other clusters; a lone link only when
 * stated outright, or said as a possibility beside one that is — at least MIN_CAUSAL_EDGES links.
 */
import type { SlideOf } from '../../outline/schema.ts'
import type { Analysis } from '../../types.ts'
import { bySentence } from './order.ts'
import { relationVerb } from '../../outline/vocabulary.ts'
import { namesPlural } from '../../language/index.ts'

const MAX_FLOW_NODES = 8
const MAX_FLOW_EDGES = 10
const MIN_CAUSAL_EDGES = 2

/**
 * The dynamics slide: the causal graph's longest loop that fits, the busiest situations linked to it, then each
 * other cluster of two links or more that fits whole, then each lone link stated outright (`firm`: no "might",
 * no "allow X to …", no generic side) or, beside such a link, said as a possibility with both sides read outright
 * (`sided`), that fits; undefined below MIN_CAUSAL_EDGES links.
 */
export function dynamicsSlide(analysis: Analysis): SlideOf<'dynamics'> | undefined {
  const graph = analysis.graph
  if (!graph || graph.edges.length < MIN_CAUSAL_EDGES) return undefined
  const degree = new Map<string, number>()
  for (const e of graph.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + e.source.length)
  const chosen: string[] = []
  const take = (id: string) => {
    if (!chosen.includes(id) && chosen.length < MAX_FLOW_NODES) chosen.push(id)
  }
  // The longest loop that fits first: it is the story of the slide (every edge of it is stated in a sentence).
  const loopIndex = graph.loops.findLastIndex((l) => l.length <= MAX_FLOW_NODES)
  const loop = graph.loops[loopIndex]
  loop?.forEach(take)
  // A lone link loosely read is one sentence's aside: it joins no slide. One said as a possibility ("could reduce
  // competition") joins a slide that has a link stated outright, never makes one alone.
  const firm = graph.edges.some((e) => e.firm)
  const clusters = clustersOf(graph.edges, loop?.[0]).filter((c) => c.edges.length > 1 || c.edges[0]!.firm || (firm && c.edges[0]!.sided))
  if (clusters.length === 0) return undefined
  const [first, ...others] = clusters
  // Then the busiest situations of the first cluster linked to what is already there.
  const rest = first!.nodes.sort((a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b))
  for (let round = 0; round < 2; round++) {
    for (const id of rest) {
      const linked = chosen.length === 0 || graph.edges.some((e) => (e.from === id && chosen.includes(e.to)) || (e.to === id && chosen.includes(e.from)))
      if (linked) take(id)
    }
  }
  // Then the other clusters that fit whole, biggest first: the article's other stories, none cut in half; then
  // the lone links stated outright, in the article's order.
  let edgeCount = graph.edges.filter((e) => chosen.includes(e.from) && chosen.includes(e.to)).length
  for (const c of others) {
    if (chosen.length + c.nodes.length > MAX_FLOW_NODES || edgeCount + c.edges.length > MAX_FLOW_EDGES) continue
    chosen.push(...c.nodes)
    edgeCount += c.edges.length
  }
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]))
  // The loop's links are kept whatever the limit, then those stated most often.
  const inLoop = (e: { from: string; to: string }) => !!loop && loop.some((id, i) => e.from === id && e.to === loop[(i + 1) % loop.length])
  const between = graph.edges.filter((e) => chosen.includes(e.from) && chosen.includes(e.to)).sort((a, b) => b.source.length - a.source.length)
  const kept = [...between.filter(inLoop), ...between.filter((e) => !inLoop(e))].slice(0, MAX_FLOW_EDGES)
  const edges = between.filter((e) => kept.includes(e)).map((e) => ({ from: e.from, to: e.to, relation: e.relation, source: e.source }))
  if (edges.length < MIN_CAUSAL_EDGES) return undefined
  const used = chosen.filter((id) => edges.some((e) => e.from === id || e.to === id))
  const nodes = used.map((id) => ({ id, label: nodeById.get(id)!.label, source: nodeById.get(id)!.source }))
  // The title names the loop only when every link of it is drawn.
  const polarity = loop && edges.filter(inLoop).length === loop.length ? graph.loopPolarity[loopIndex] : undefined
  // The cues stay with the speaker: each arrow's wording in the article, with its sentence.
  const cue = new Map(graph.edges.map((e) => [`${e.from}>${e.to}`, e.cue]))
  return {
    kind: 'dynamics',
    title: polarity ? `Dynamics: a ${polarity === 'R' ? 'reinforcing' : 'balancing'} loop` : 'Dynamics: what drives what',
    nodes,
    edges,
    notes: edges.map((e) => {
      const cause = nodeById.get(e.from)!.label
      return `${cause} ${relationVerb(e.relation, namesPlural(cause))} ${nodeById.get(e.to)!.label}: the article says “${cue.get(`${e.from}>${e.to}`)}” (${e.source.join(', ')}).`
    }),
  }
}

interface Cluster {
  nodes: string[]
  edges: { from: string; to: string; source: string[]; firm?: boolean; sided?: boolean }[]
}

/**
 * The connected parts of a graph: the one holding `lead` (a loop's node) first, then the one with most edges,
 * then most sentences behind them, then the one the article states first.
 */
function clustersOf(edges: Cluster['edges'], lead?: string): Cluster[] {
  const clusters: Cluster[] = []
  for (const e of edges) {
    const touching = clusters.filter((c) => c.nodes.includes(e.from) || c.nodes.includes(e.to))
    const merged: Cluster = { nodes: [...new Set([...touching.flatMap((c) => c.nodes), e.from, e.to])], edges: [...touching.flatMap((c) => c.edges), e] }
    for (const c of touching) clusters.splice(clusters.indexOf(c), 1)
    clusters.push(merged)
  }
  const weight = (c: Cluster) => c.edges.reduce((n, e) => n + e.source.length, 0)
  const firstSaid = (c: Cluster) => c.edges.flatMap((e) => e.source).sort(bySentence)[0]!
  return clusters.sort(
    (a, b) =>
      Number(b.nodes.includes(lead ?? '')) - Number(a.nodes.includes(lead ?? '')) ||
      b.edges.length - a.edges.length ||
      weight(b) - weight(a) ||
      bySentence(firstSaid(a), firstSaid(b)),
  )
}
