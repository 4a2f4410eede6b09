/**
 * Property test: every diagram the renderer makes from hostile labels parses with the real Mermaid (in Node, on
 * jsdom 26, as SLIDEV-NOTES §3 describes), has exactly the nodes, edges, groups and events of the slide (nothing
 * injected: no extra node, click handler, class, section or directive), and gives the labels back as text.
 */
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Slide } from '../../src/outline/schema.ts'
import { diagramSource, type DiagramSlide } from '../../src/render/diagrams/index.ts'
import { KIND_STYLES, TYPE_STYLES } from '../../src/render/diagrams/styles.ts'
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
interface TimelineDb {
  getSections(): string[]
  getTasks(): Array<{ task: string; section: string; events: string[] }>
  getCommonDb(): { getDiagramTitle(): string; getAccTitle(): string; getAccDescription(): string }
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

const TIMELINE_CONFIG = { timeline: { padding: 5, leftMargin: 5 } }
const OWN_CLASSES = new Set([...Object.keys(TYPE_STYLES).map((t) => `t_${t}`), 'factor', 'looped'])

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

  if (slide.kind === 'timeline') {
    // no directive but ours, no section or title made from text, every event in its place
    expect(parsed && parsed.config).toEqual(TIMELINE_CONFIG)
    const t = db as TimelineDb
    expect(t.getSections()).toEqual([])
    expect(t.getCommonDb().getDiagramTitle()).toBe('')
    const tasks = t.getTasks()
    expect(tasks.flatMap((task) => task.events)).toHaveLength(slide.events.length)
    expect(tasks.every((task) => task.section === '')).toBe(true)
    expect(t.getCommonDb().getAccTitle()).not.toMatch(/\n/)
    return
  }

  expect(parsed && parsed.config, 'a directive in the text').toEqual({})
  const f = db as FlowDb
  const ids = new Map(slide.nodes.map((n, i) => [n.id, `n${i}`]))
  const blocs = slide.kind === 'actors' ? [...new Set(slide.nodes.flatMap((n) => (n.bloc ? [n.bloc] : [])))] : []
  // exactly our nodes (and the bloc boxes, which `style b0 …` names), with the labels as text
  const vertices = f.getVertices()
  expect([...vertices.keys()].sort()).toEqual([...ids.values(), ...blocs.map((_, b) => `b${b}`)].sort())
  for (const n of slide.nodes) expect(norm(decode(vertices.get(ids.get(n.id)!)!.text)), `label of ${n.id}`).toBe(norm(n.label))
  // exactly our edges, between the right nodes, labelled as written
  const edges = f.getEdges()
  expect(edges.map((e) => [e.start, e.end])).toEqual(slide.edges.map((e) => [ids.get(e.from), ids.get(e.to)]))
  const edgeList: Array<{ label?: string; kind?: keyof typeof KIND_STYLES }> = slide.edges
  edgeList.forEach((e, i) => {
    const label = e.kind ? (e.label ?? KIND_STYLES[e.kind].label) : (e.label ?? '')
    expect(norm(decode(edges[i]!.text)), `label of edge ${i}`).toBe(norm(label))
  })
  // the blocs as groups, titled as written
  expect(f.getSubGraphs().map((s) => norm(decode(s.title))).sort()).toEqual(blocs.map(norm).sort())
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

  // Found by the property above (seeds 1494780715 and 285021397): a period "title " read as the timeline's
  // title statement, "accDescr {" as the start of its description.
  it.each(['title ', 'Section', 'timeline', 'TITLE', 'accDescr {', 'acctitle', 'accDescr: x'])('keep a period labelled %j as text', async (label) => {
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
