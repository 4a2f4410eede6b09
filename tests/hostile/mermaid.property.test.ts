/**
 * Property test: every diagram the renderer makes from hostile labels parses with the real Mermaid (in Node, on
 * jsdom 26, as SLIDEV-NOTES §3 describes), has exactly the nodes, edges, groups and events of the slide as drawn
 * (what fits at 14 px: render/diagrams/fit.ts; nothing injected: no extra node, click handler, class or
 * directive), and gives the labels back as text.
 */
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Slide } from '../../src/outline/schema.ts'
import { diagrams, diagramSource, type DiagramSlide } from '../../src/render/diagrams/index.ts'
import { cutLabel } from '../../src/render/diagrams/fit.ts'
import { TYPE_STYLES } from '../../src/render/diagrams/styles.ts'
import { diagramSlideArb, norm } from './arbitraries.ts'
import { PROPERTY_SEED } from '../helpers.ts'

const RUNS = Number(process.env.HOSTILE_RUNS ?? 300)
let cases = 0
afterAll(() => console.log(`hostile mermaid property: ${cases} generated diagrams parsed`))

interface FlowDb {
  getVertices(): Map<string, { id: string; text: string }>
  getEdges(): Array<{ start: string; end: string; text: string }>
  getSubGraphs(): Array<{ id: string; title: string; nodes: string[] }>
  getClasses(): Map<string, unknown>
  getTooltip(id: string): string | undefined
  funs: Array<{ name: string }>
  getAccTitle(): string
  getAccDescription(): string
}
let mermaid: {
  parse(code: string): Promise<{ diagramType: string; config: unknown } | false>
  mermaidAPI: { getDiagramFromText(code: string): Promise<{ db: unknown }> }
}

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
  const g = globalThis as Record<string, unknown>
  g.window = dom.window
  g.document = dom.window.document
  mermaid = ((await import('mermaid')) as unknown as { default: typeof mermaid }).default
}, 60_000)

/** Mermaid keeps `#quot;`/`#35;` entities in its model as ﬂ°quot¶ß / ﬂ°°35¶ß until it draws: decoded here. */
const NAMED: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&', nbsp: '\u00A0' }
function decode(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n))).replace(/ﬂ°(\w+)¶ß/g, (m, name) => NAMED[name] ?? m)
}

/** The timeline's own directive: its wrapping width (one of timeline.ts's) and its gap between boxes. */
const TIMELINE_CONFIG = { flowchart: { wrappingWidth: expect.any(Number), rankSpacing: 14 } }
const OWN_CLASSES = new Set([...Object.keys(TYPE_STYLES).map((t) => `t_${t}`), 'factor', 'looped', 'event'])

async function checkDiagram(slide: DiagramSlide): Promise<void> {
  const code = diagramSource(slide)
  let parsed: Awaited<ReturnType<typeof mermaid.parse>>
  try {
    parsed = await mermaid.parse(code)
  } catch (error) {
    throw new Error(`Mermaid cannot parse the ${slide.kind} diagram: ${(error as Error).message}\n${code}`)
  }
  expect(parsed).not.toBe(false)
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(code)

  const f = db as FlowDb
  const vertices = f.getVertices()
  const edges = f.getEdges()
  if (slide.kind === 'timeline') {
    // no directive but ours, one box per event drawn, in order, each its date and text, joined in a chain
    expect(parsed && parsed.config).toEqual(TIMELINE_CONFIG)
    const drawn = diagrams.timeline.fit(slide).drawn.events
    expect([...vertices.keys()]).toEqual(drawn.map((_, i) => `n${i}`))
    drawn.forEach((e, i) => expect(norm(decode(vertices.get(`n${i}`)!.text)), `event ${i}`).toBe(norm(`${e.label ?? e.date} – ${cutLabel(e.text, 80)}`)))
    expect(edges.map((e) => [e.start, e.end])).toEqual(drawn.slice(1).map((_, i) => [`n${i}`, `n${i + 1}`]))
    expect(f.getSubGraphs()).toEqual([])
  } else {
    expect(parsed && parsed.config, 'a directive in the text').toEqual({})
    const drawn = slide.kind === 'actors' ? diagrams.actors.fit(slide).drawn : diagrams.dynamics.fit(slide).drawn
    const ids = new Map(drawn.nodes.map((n, i) => [n.id, `n${i}`]))
    const blocs = drawn.kind === 'actors' ? [...new Set(drawn.nodes.flatMap((n) => (n.bloc ? [n.bloc] : [])))] : []
    // exactly the drawn nodes (and the bloc boxes, which `style b0 …` names), with the labels as text
    expect([...vertices.keys()].sort()).toEqual([...ids.values(), ...blocs.map((_, b) => `b${b}`)].sort())
    for (const n of drawn.nodes) expect(norm(decode(vertices.get(ids.get(n.id)!)!.text)), `label of ${n.id}`).toBe(norm(n.label))
    // exactly the drawn edges, between the right nodes, labelled as written (an actors edge without a label of
    // its own has none: the legend names its kind)
    expect(edges.map((e) => [e.start, e.end])).toEqual(drawn.edges.map((e) => [ids.get(e.from), ids.get(e.to)]))
    drawn.edges.forEach((e, i) => expect(norm(decode(edges[i]!.text)), `label of edge ${i}`).toBe(norm(e.label ?? '')))
    expect(f.getSubGraphs().map((s) => norm(decode(s.title))).sort()).toEqual(blocs.map(norm).sort())
  }
  // no click handler, tooltip or class of the text's making
  expect(f.funs.map((fn) => fn.name)).toEqual(['bound setupToolTips'])
  for (const id of vertices.keys()) expect(f.getTooltip(id)).toBeUndefined()
  expect([...f.getClasses().keys()].filter((c) => !OWN_CLASSES.has(c))).toEqual([])
  expect(f.getAccTitle()).not.toMatch(/\n/)
}

describe('Mermaid diagrams from hostile labels', () => {
  it('parse, with exactly the slide’s nodes, edges, groups and events, and the labels as text', async () => {
    await fc.assert(
      fc.asyncProperty(diagramSlideArb(['p1.s1', 'p2.s1']), async (slide: Slide) => {
        cases++
        await checkDiagram(slide as DiagramSlide)
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    )
  }, 300_000)

  // Found by the property above (seeds 1494780715 and 285021397), when timelines were Mermaid `timeline`s: a
  // period "title " read as the timeline's title statement, "accDescr {" as the start of its description.
  it.each(['title ', 'Section', 'timeline', 'TITLE', 'accDescr {', 'acctitle', 'accDescr: x'])('keep a date labelled %j as text', async (label) => {
    const slide = {
      kind: 'timeline',
      title: 'x',
      events: [
        { date: '1000', label, text: 'x', source: [] },
        { date: '1000', text: 'x', source: [] },
      ],
    }
    await checkDiagram(slide as unknown as DiagramSlide)
  })
})
