/**
 * Natural sizes of Mermaid flowcharts, worked out without a browser, so the renderer can choose a direction, a
 * `scale` and how much to draw. Slidev sets a scaled diagram's height to `viewBox height × scale` and lets the
 * width follow, so a size that is short overflows the slide and one that is long shrinks the text.
 *
 * Mermaid lays flowcharts out with dagre (dagre-d3-es, the copy Mermaid pins): the same layout runs here on
 * boxes measured as Mermaid measures them in the browser: the deck font's glyph widths, text wrapped as the
 * browser wraps it, Mermaid's padding and line height (numbers from setup/mermaid.ts), and what Mermaid does
 * after dagre (blocs widened to their titles and made taller for them; a bloc with no edge leaving it laid out
 * apart). Node boxes came out exact for 80 generated labels; whole diagrams (the fixture decks, generated
 * graphs with and without blocs) between 0% and 10% larger than the browser's viewBox with SAFETY, never
 * smaller. The real-Chromium tests check it for every fixture diagram.
 *
 * Dagre is not linear (and recurses), so callers bound what they pass: fit.ts lays out at most MAX_LAID_OUT
 * nodes and MAX_LAID_OUT_EDGES edges, however big a remixed outline is; text measurement is linear.
 */
import { createRequire } from 'node:module'
import { DIAGRAM_FONT_SIZE, FLOWCHART } from '../../../setup/mermaid.ts'

// Loaded on the first layout, not at import: a deck without diagrams need not hold dagre. It is read from one
// bundled file (vendor/dagre.cjs, written by scripts/data/dagre-bundle.mjs from the pinned dagre-d3-es): loading the
// package's hundreds of lodash-es modules one by one took 0.4–0.9 s of CPU on every build with a diagram.
type Dagre = { layout: typeof import('dagre-d3-es/src/dagre/index.js').layout; Graph: typeof import('dagre-d3-es/src/graphlib/index.js').Graph }
let dagre: Dagre | undefined
function loadDagre(): Dagre {
  if (!dagre) {
    const require = createRequire(import.meta.url)
    const bundle = require('../../../vendor/dagre.cjs') as Dagre
    dagre = { layout: bundle.layout, Graph: bundle.Graph }
  }
  return dagre
}
/**
 * Advance widths of the printable ASCII characters (space to `~`) in Noto Sans, in hundredths of an em,
 * measured in Chromium; then common punctuation and letters beyond ASCII. Others count as ONE_EM_WIDE (CJK and
 * the like) or OTHER.
 */
const ASCII_WIDTHS =
  '2627416557837323303055572732273757575757575757575757272757575743906465617356527374342762529176786178625557736093595757333733574428566248625634626226265326946261626241483662517953514738553857'
const WIDTHS = Array.from({ length: 95 }, (_, i) => Number(ASCII_WIDTHS.slice(2 * i, 2 * i + 2)) / 100)
const PUNCTUATION: Record<string, number> = { '’': 0.18, '‘': 0.18, '“': 0.33, '”': 0.33, '–': 0.5, '—': 1, '…': 0.79, '•': 0.34, '€': 0.57, '£': 0.57 }
const RE_LATIN = /[\u00C0-\u024F]/
const LATIN = 0.6
const RE_WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1FAFF}]/u
const OTHER = 0.62
const ONE_EM_WIDE = 1

/** Mermaid's HTML labels: line height 1.5; a node adds `2 × padding` around its text, 2 px more across. */
const LINE = 1.5 * DIAGRAM_FONT_SIZE
const NODE_PAD_X = 4 * FLOWCHART.padding
const NODE_PAD_Y = 2 * FLOWCHART.padding
/** Mermaid's margin around a dagre layout. */
const MARGIN = 8
/**
 * A margin for what the model leaves out: on the fixture decks and generated graphs (with and without blocs,
 * up to 21 nodes) it came out between 0% and 10% larger than the browser's viewBox, the closest being a dense
 * graph of 11 nodes and 23 edges.
 */
const SAFETY = 1.04

export type Size = [width: number, height: number]
export type Direction = 'LR' | 'TB'

/** The width of `text` drawn at `fontSize` px in the deck font. textWidth('US') → 25.6 */
export function textWidth(text: string, fontSize = DIAGRAM_FONT_SIZE): number {
  let em = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    em += code >= 32 && code < 127 ? WIDTHS[code - 32]! : (PUNCTUATION[ch] ?? (RE_LATIN.test(ch) ? LATIN : RE_WIDE.test(ch) ? ONE_EM_WIDE : OTHER))
  }
  return em * fontSize
}

/** Where a line may break: after a run of spaces, or after a hyphen inside a word ("anti-|access"). */
const RE_SEGMENT = /[^\s-]*-+|[^\s-]+|\s+/g

/**
 * Text wrapped at `maxWidth` as the browser wraps Mermaid's labels (greedy; they keep their spaces,
 * `white-space: break-spaces`, so a space at the end of a line takes room there): the widest line and the
 * number of lines. A word longer than a line is not broken: it takes a line of its own and widens the label.
 */
export function wrapText(text: string, maxWidth: number, fontSize = DIAGRAM_FONT_SIZE): { width: number; lines: number } {
  const space = textWidth(' ', fontSize)
  const segments = text.replace(/\s+/g, ' ').trim().match(RE_SEGMENT) ?? []
  let lines = 1
  let line = 0
  let widest = 0
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    if (segment === ' ') continue
    const w = textWidth(segment, fontSize)
    // A following space stays on this line.
    const trailing = segments[i + 1] === ' ' && i + 2 < segments.length ? space : 0
    const gap = line > 0 && segments[i - 1] === ' ' ? space : 0
    if (line > 0 && line + gap + w + trailing > maxWidth) {
      widest = Math.max(widest, line)
      lines++
      line = w
    } else line += gap + w
  }
  return { width: Math.max(widest, line), lines }
}

/** A label's text box: as wide as its text, or the whole wrapping width once it wraps. */
function textBox(label: string, wrap: number): Size {
  const { width, lines } = wrapText(label, wrap)
  return [lines > 1 ? Math.max(wrap, width) : width, lines * LINE]
}

/** The box of a node whose text wraps at `wrap`. nodeBox('US') → [57.6, 46] */
export function nodeBox(label: string, wrap: number = FLOWCHART.wrappingWidth): Size {
  const [width, height] = textBox(label, wrap)
  return [width + NODE_PAD_X, height + NODE_PAD_Y]
}

/** The box of an edge label (wrapped like node text, no border). */
export function edgeLabelBox(label: string, wrap: number = FLOWCHART.wrappingWidth): Size {
  return textBox(label, wrap)
}

export interface FlowGraph {
  nodes: { id: string; label: string; bloc?: string }[]
  edges: { from: string; to: string; label?: string }[]
  direction: Direction
  /** Node text wraps at this width, and ranks are this far apart (defaults: setup/mermaid.ts). */
  wrap?: number
  rankSpacing?: number
}

/**
 * [width, height] of a flowchart's viewBox, as Mermaid's dagre layout makes it (with a safety margin).
 * estimateFlowchart({ nodes: [{ id: 'a', label: 'US' }], edges: [], direction: 'LR' }) → about [79, 67]
 */
export function estimateFlowchart(graph: FlowGraph): Size {
  const [width, height] = layoutSize(graph, {})
  return [width * SAFETY, height * SAFETY]
}

/**
 * The largest scale any layout of these boxes could have in `box`: no drawing is smaller than the boxes it holds
 * side by side (their total area, the widest, the tallest). Linear; used to skip layouts that cannot be
 * readable. scaleBound([{ id: 'a', label: 'US' }], [], { width: 860, height: 410 }) → about 8.9
 */
export function scaleBound(
  nodes: FlowGraph['nodes'],
  edges: FlowGraph['edges'],
  box: { width: number; height: number },
  wrap: number = FLOWCHART.wrappingWidth,
): number {
  let area = 0
  let widest = 0
  let tallest = 0
  const boxes = [...nodes.map((n) => nodeBox(n.label, wrap)), ...edges.flatMap((e) => (e.label ? [edgeLabelBox(e.label, wrap)] : []))]
  for (const [w, h] of boxes) {
    area += w * h
    widest = Math.max(widest, w)
    tallest = Math.max(tallest, h)
  }
  if (area === 0) return Infinity
  return Math.min(Math.sqrt((box.width * box.height) / area), box.width / widest, box.height / tallest)
}

/**
 * [width, height] of a chain of boxes top to bottom, joined by unlabelled arrows, without running dagre: its
 * layout of a chain is the boxes stacked `rankSpacing` apart, centred on one line. Linear.
 * estimateChain(['2008 – talks', '2013 – test'], 640, 14) → about [181, 136]
 */
export function estimateChain(labels: string[], wrap: number, rankSpacing: number): Size {
  let width = 0
  let height = 0
  for (const label of labels) {
    const [w, h] = nodeBox(label, wrap)
    width = Math.max(width, w)
    height += h
  }
  height += rankSpacing * Math.max(0, labels.length - 1)
  return [(width + 2 * MARGIN) * SAFETY, (height + 2 * MARGIN) * SAFETY]
}

/**
 * A bloc none of whose nodes has an edge leaving it is laid out apart by Mermaid, in the other direction, with
 * ranks ISOLATED_RANK_EXTRA further apart, and placed as one node with a frame of ISOLATED_FRAME (measured).
 */
const ISOLATED_RANK_EXTRA = 25
/** A bloc's frame is at least as wide as its title and this much more. */
const BLOC_TITLE_PAD = 8
const ISOLATED_FRAME: Size = [38, 40]

function layoutSize(graph: FlowGraph, options: { nodeSpacing?: number }): Size {
  const { nodes, edges, direction, wrap = FLOWCHART.wrappingWidth, rankSpacing = FLOWCHART.rankSpacing } = graph
  const { Graph, layout: dagreLayout } = loadDagre()
  const g = new Graph({ multigraph: true, compound: true })
    .setGraph({ rankdir: direction, nodesep: options.nodeSpacing ?? FLOWCHART.nodeSpacing, ranksep: rankSpacing, marginx: MARGIN, marginy: MARGIN })
    .setDefaultEdgeLabel(() => ({}))
  const blocOf = new Map(nodes.map((n) => [n.id, n.bloc]))
  const known = new Set(blocOf.keys())
  const drawn = edges.filter((e) => known.has(e.from) && known.has(e.to) && e.from !== e.to)
  const open = new Set<string>()
  for (const e of drawn) if (blocOf.get(e.from) !== blocOf.get(e.to)) for (const id of [e.from, e.to]) if (blocOf.get(id)) open.add(blocOf.get(id)!)
  const isolated = new Map<string, FlowGraph>()
  for (const n of nodes) {
    if (n.bloc && !open.has(n.bloc)) {
      const inner = isolated.get(n.bloc) ?? { nodes: [], edges: [], direction: direction === 'TB' ? 'LR' : 'TB', wrap, rankSpacing: rankSpacing + ISOLATED_RANK_EXTRA }
      inner.nodes.push({ id: n.id, label: n.label })
      isolated.set(n.bloc, inner)
      continue
    }
    const [width, height] = nodeBox(n.label, wrap)
    g.setNode(`n:${n.id}`, { width, height })
    if (n.bloc) {
      // A bloc is a compound node, as Mermaid makes a subgraph.
      if (!g.hasNode(`b:${n.bloc}`)) g.setNode(`b:${n.bloc}`, {})
      g.setParent(`n:${n.id}`, `b:${n.bloc}`)
    }
  }
  for (const [bloc, inner] of isolated) {
    inner.edges = drawn.filter((e) => blocOf.get(e.from) === bloc)
    const [width, height] = layoutSize(inner, { nodeSpacing: options.nodeSpacing })
    g.setNode(`b:${bloc}`, { width: width + ISOLATED_FRAME[0], height: height + ISOLATED_FRAME[1] })
  }
  drawn.forEach((e, i) => {
    const bloc = blocOf.get(e.from)
    if (bloc && isolated.has(bloc)) return
    const [width, height] = e.label ? edgeLabelBox(e.label, wrap) : [0, 0]
    g.setEdge(`n:${e.from}`, `n:${e.to}`, { minlen: 1, width, height, labelpos: 'c' }, `e${i}`)
  })
  dagreLayout(g, {})
  const { width, height } = g.graph() as { width: number; height: number }
  // After dagre, Mermaid widens a bloc's frame to its title, which does not wrap (plus 8 px), and makes every
  // frame taller by the title's margins, pushing down what is below it: frames stacked one above the other
  // add up.
  let [left, right] = [MARGIN, width - MARGIN]
  const frames: { top: number; bottom: number }[] = []
  for (const bloc of new Set(nodes.flatMap((n) => (n.bloc ? [n.bloc] : [])))) {
    const frame = g.node(`b:${bloc}`) as { x: number; y: number; width: number; height: number }
    const half = Math.max(frame.width, textWidth(bloc) + BLOC_TITLE_PAD) / 2
    left = Math.min(left, frame.x - half)
    right = Math.max(right, frame.x + half)
    frames.push({ top: frame.y - frame.height / 2, bottom: frame.y + frame.height / 2 })
  }
  frames.sort((a, b) => a.top - b.top)
  let stacked = 0
  let floor = -Infinity
  for (const f of frames) {
    if (f.top >= floor) {
      stacked++
      floor = f.bottom
    }
  }
  const { top, bottom } = FLOWCHART.subGraphTitleMargin
  return [right - left + 2 * MARGIN, height + stacked * (top + bottom)]
}
