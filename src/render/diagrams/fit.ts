/**
 * Fitting a graph diagram (actors, dynamics) on its slide with text that can be read from the back of a room.
 *
 * 1. Every direction the kind allows is estimated (layout.ts) and the one that lets the drawing be scaled up
 *    the most wins; the first listed wins a tie.
 * 2. If its text would be drawn under MIN_TEXT_PX, the least-connected nodes are folded: nodes are ranked by
 *    `keep` (a feedback loop's nodes never fold), then by their number of edges, then by their order in the
 *    outline (the draft lists the most salient first), and the longest prefix of that ranking that fits is
 *    drawn (found by bisection among the first MAX_LAID_OUT, so a remixed outline of thousands of nodes costs
 *    a few layouts of at most 24 nodes). Edges to a folded node go with it. The slide then says under the
 *    diagram what was left out ("+3 more not drawn: …"), and the speaker notes and the diagram's description
 *    still cover everything.
 * 3. A diagram still too big at MIN_KEPT nodes (two 80-character labels and a long title) is drawn at the
 *    readable scale anyway, rather than too small to read; one too wide then shrinks to the slide
 *    (setup/mermaid.ts's max-width). No fixture or generated outline in the tests came to this.
 */
import { estimateFlowchart, scaleBound, type Direction } from './layout.ts'
import { diagramBox, fitScale, MIN_TEXT_PX, readable } from './fence.ts'
import { DIAGRAM_FONT_SIZE } from '../../../setup/mermaid.ts'
import { mdText } from '../escape.ts'

/** Never fold below this many nodes: a diagram of one node says nothing. */
const MIN_KEPT = 2
/**
 * At most this many nodes and edges are laid out, whatever the outline holds: more cannot be read at 14 px on
 * a slide anyway, and the layout (dagre) is not linear. The rest fold like any other.
 */
export const MAX_LAID_OUT = 24
export const MAX_LAID_OUT_EDGES = 40

export interface GraphNode {
  id: string
  label: string
  bloc?: string
}
export interface GraphEdge {
  from: string
  to: string
  /** The text drawn on the edge, if any. */
  label?: string
}

export interface FitOptions<N extends GraphNode> {
  title: string
  /** Directions to try, the preferred first. */
  directions: Direction[]
  /** Lines of legend under the diagram. */
  legendLines?: number
  /** Nodes that must stay drawn (a feedback loop). */
  keep?: (node: N) => boolean
}

export interface FittedGraph<N extends GraphNode, E extends GraphEdge> {
  nodes: N[]
  edges: E[]
  /** Nodes left out, in outline order. */
  folded: N[]
  /** Edges between drawn nodes left out (past MAX_LAID_OUT_EDGES). */
  hiddenEdges: number
  direction: Direction
  scale: number
}

/** fitGraph(nodes, edges, { title: 'Actors', directions: ['LR', 'TB'] }) → { nodes, edges, folded: [], direction: 'LR', scale: 0.9, … } */
export function fitGraph<N extends GraphNode, E extends GraphEdge>(nodes: N[], edges: E[], options: FitOptions<N>): FittedGraph<N, E> {
  const ranking = rankNodes(nodes, edges, options.keep)
  const attempt = (k: number): FittedGraph<N, E> => {
    const kept = new Set(ranking.slice(0, k).map((n) => n.id))
    const keptNodes = nodes.filter((n) => kept.has(n.id))
    const among = edges.filter((e) => kept.has(e.from) && kept.has(e.to))
    const keptEdges = among.slice(0, MAX_LAID_OUT_EDGES)
    const noted = keptNodes.length < nodes.length || keptEdges.length < among.length
    return {
      nodes: keptNodes,
      edges: keptEdges,
      folded: nodes.filter((n) => !kept.has(n.id)),
      hiddenEdges: among.length - keptEdges.length,
      ...layoutBest(keptNodes, keptEdges, options, noted ? 1 : 0),
    }
  }
  const top = Math.min(nodes.length, MAX_LAID_OUT)
  const all = attempt(top)
  if (readable(all.scale) || top <= MIN_KEPT) return all
  // The longest readable prefix of the ranking, by bisection: `lo` fits (or is the floor), `hi` does not.
  let lo = MIN_KEPT
  let hi = top
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1
    if (readable(attempt(mid).scale)) lo = mid
    else hi = mid
  }
  const best = attempt(lo)
  return readable(best.scale) ? best : { ...best, scale: MIN_TEXT_PX / DIAGRAM_FONT_SIZE }
}

function layoutBest<N extends GraphNode>(nodes: N[], edges: GraphEdge[], options: FitOptions<N>, noteLines: number) {
  const box = diagramBox(options.title, (options.legendLines ?? 0) + noteLines)
  // Boxes too big to be readable however they are laid out need no layout (this prunes most of a bisection).
  const bound = scaleBound(nodes, edges, box)
  if (!readable(Math.floor(bound * 100) / 100)) return { direction: options.directions[0]!, scale: bound }
  let best = { direction: options.directions[0]!, scale: -1 }
  for (const direction of options.directions) {
    const scale = fitScale(estimateFlowchart({ nodes, edges, direction }), box)
    if (scale > best.scale) best = { direction, scale }
  }
  return best
}

/** Nodes in the order they are kept: `keep` first, then by degree (most edges first), then outline order. */
function rankNodes<N extends GraphNode>(nodes: N[], edges: GraphEdge[], keep?: (node: N) => boolean): N[] {
  const degree = new Map(nodes.map((n) => [n.id, 0]))
  for (const e of edges) {
    if (e.from === e.to) continue
    if (degree.has(e.from)) degree.set(e.from, degree.get(e.from)! + 1)
    if (degree.has(e.to)) degree.set(e.to, degree.get(e.to)! + 1)
  }
  const index = new Map(nodes.map((n, i) => [n.id, i]))
  const kept = (n: N) => (keep?.(n) ? 1 : 0)
  return [...nodes].sort((a, b) => kept(b) - kept(a) || degree.get(b.id)! - degree.get(a.id)! || index.get(a.id)! - index.get(b.id)!)
}

/**
 * The line under a diagram that could not draw everything, as a Markdown block for the slide, or '' when
 * nothing was left out. moreNote(['Russia', 'Iran']) → '<div class="diagram-more">…+2 more not drawn: Russia, Iran…</div>'
 */
export function moreNote(labels: string[], hiddenLinks = 0, max = 4): string {
  const parts: string[] = []
  if (labels.length) {
    const shown = labels.slice(0, max).map((l) => cutLabel(l, 32))
    parts.push(`+${labels.length} more not drawn: ${shown.join(', ')}${labels.length > max ? ', …' : ''}`)
  }
  if (hiddenLinks) parts.push(`+${hiddenLinks} more link${hiddenLinks > 1 ? 's' : ''} not drawn`)
  return parts.length ? `\n\n<div class="diagram-more">\n\n${mdText(parts.join('; '))}\n\n</div>` : ''
}

/** A label cut to `max` characters at a word boundary where it can be, with "…". cutLabel('a b c', 4) → 'a b…' */
export function cutLabel(label: string, max: number): string {
  const text = label.replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * Plans kept by content: laying a diagram out takes dagre some tens of milliseconds, and a slide's plan is asked
 * for by its body, its Mermaid source and the exporter, and again on every save while `npm run dev` runs. Keyed
 * by the slide's JSON, so an edited slide is planned afresh; the oldest of MEMO_SIZE plans goes first. Plans are
 * never changed by their callers.
 */
const MEMO_SIZE = 64
const plans = new Map<string, unknown>()

/** memo(`actors ${JSON.stringify(slide)}`, () => plan(slide)) → the same plan for the same slide. */
export function memo<T>(key: string, compute: () => T): T {
  if (plans.has(key)) return plans.get(key) as T
  const value = compute()
  plans.set(key, value)
  if (plans.size > MEMO_SIZE) plans.delete(plans.keys().next().value!)
  return value
}
