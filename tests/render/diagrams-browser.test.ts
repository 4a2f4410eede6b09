/**
 * Every diagram the code makes, for every fixture article and for hostile labels, rendered by the real
 * Mermaid in Chromium: no syntax error, the labels come back as text, no dialog opens, and the drawing fits
 * the slide at the scale the renderer chose.
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftDiagramSlides } from '../../src/draft/diagrams.ts'
import { diagramSource, renderDiagram, type DiagramSlide } from '../../src/render/diagrams/index.ts'
import { mermaidPlain } from '../../src/render/mermaid.ts'
import { MAX_DIAGRAM_EDGES, MAX_DIAGRAM_NODES, MAX_LABEL_CHARS } from '../../src/outline/schema.ts'
import { BUNDLED, fixtureArticles, load } from '../analyse/helpers.ts'
import { hostileSlides } from './diagrams-hostile.ts'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')
/** The slide's room for a diagram, with some slack: 980×551 less padding and title. */
const MAX_WIDTH = 900
const MAX_FLOW_HEIGHT = 440
/** A timeline's dashed tails may run past the bottom edge; its events must not. */
const MAX_TIMELINE_HEIGHT = 600

interface Rendered {
  error?: string
  text: string
  viewBox: number[]
  unsafe: number
}

let browser: Browser
let page: Page
let dialogs = 0

beforeAll(async () => {
  const { chromium } = await import('playwright-chromium')
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  page = await browser.newPage({ viewport: { width: 980, height: 551 } })
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>')
  await page.addScriptTag({ path: MERMAID })
  await page.evaluate(() => (window as any).mermaid.initialize({ startOnLoad: false, theme: 'neutral', securityLevel: 'strict' }))
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

async function render(code: string): Promise<Rendered> {
  return page.evaluate(async (code) => {
    const out = document.getElementById('out')!
    try {
      const id = `m${Math.random().toString(36).slice(2)}`
      const { svg } = await (window as any).mermaid.render(id, code)
      out.innerHTML = svg
      const el = out.querySelector('svg')!
      await new Promise((r) => setTimeout(r, 20))
      return {
        text: el.textContent ?? '',
        viewBox: (el.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number),
        unsafe: el.querySelectorAll('script, img, iframe, [onerror], [onclick], a[href^="javascript"]').length,
      }
    } catch (e) {
      return { error: String(e), text: '', viewBox: [], unsafe: 0 }
    }
  }, code)
}

const squash = (s: string) => s.replace(/\s+/g, '')
const labelsOf = (slide: DiagramSlide): string[] =>
  slide.kind === 'timeline' ? slide.events.map((e) => mermaidPlain(e.text, 60).replace(/…$/, '')) : slide.nodes.map((n) => n.label)

function checkLabels(slide: DiagramSlide, r: Rendered) {
  const text = squash(r.text)
  for (const label of labelsOf(slide)) expect(text).toContain(squash(label).slice(0, 40))
}

function checkFits(slide: DiagramSlide, r: Rendered) {
  const scale = Number(/scale: ([\d.]+)/.exec(renderDiagram(slide))?.[1] ?? '1')
  const [, , width, height] = r.viewBox as [number, number, number, number]
  expect(width * scale).toBeLessThanOrEqual(MAX_WIDTH)
  expect(height * scale).toBeLessThanOrEqual(slide.kind === 'timeline' ? MAX_TIMELINE_HEIGHT : MAX_FLOW_HEIGHT)
}

describe.each([BUNDLED, ...fixtureArticles()].map((f) => [f.split('/').pop()!, f]))('Mermaid in Chromium: %s', (_, path) => {
  const { article, analysis } = load(path)
  const slides = draftDiagramSlides(article, analysis) as DiagramSlide[]
  it('renders every diagram without error, with its labels as text, at a size that fits', async () => {
    for (const slide of slides) {
      const r = await render(diagramSource(slide))
      expect(r.error, `${slide.kind}: ${r.error}`).toBeUndefined()
      expect(r.unsafe).toBe(0)
      checkLabels(slide, r)
      checkFits(slide, r)
    }
    expect(dialogs).toBe(0)
  }, 60_000)
})

describe('Mermaid in Chromium: hostile labels', () => {
  it.each(hostileSlides().map((s) => [s.kind, s] as const))('%s: renders, shows the labels as text, runs nothing', async (_, slide) => {
    const r = await render(diagramSource(slide))
    expect(r.error).toBeUndefined()
    expect(r.unsafe).toBe(0)
    checkLabels(slide, r)
    if (slide.kind !== 'timeline') {
      // Markup in a label is shown, not parsed.
      expect(r.text).toContain('<script>alert(1)</script>')
      expect(r.text).toContain('<img src=x onerror=alert(1)>')
      expect(r.text).toContain('click n0 call alert(1)')
      expect(r.text).toContain('%%{init: {"theme": "dark"}}%%')
    }
    await page.waitForTimeout(50)
    expect(dialogs).toBe(0)
  }, 60_000)
})

describe('Mermaid in Chromium: dollar signs and diagrams at the caps', () => {
  const actorsWith = (labels: string[]): DiagramSlide => ({
    kind: 'actors',
    title: 'Money',
    nodes: labels.map((label, i) => ({ id: `a${i}`, label })),
    edges: [{ from: 'a0', to: 'a1', kind: 'tension', label: 'US $$ and $$ EU', source: ['p1.s1'] }],
  })

  it('shows $$…$$ in a label as text, never as KaTeX math (nor a KaTeX parse error)', async () => {
    const labels = ['US $$ and $$ EU', '$$a;b\\c$$ costs $5', '$$x^2$$']
    const r = await page.evaluate(async (code) => {
      const { svg } = await (window as any).mermaid.render(`k${Math.random().toString(36).slice(2)}`, code)
      const out = document.getElementById('out')!
      out.innerHTML = svg
      return { text: out.textContent ?? '', katex: out.querySelectorAll('.katex, .katex-error, math').length }
    }, diagramSource(actorsWith(labels)))
    expect(r.katex).toBe(0)
    for (const label of labels) expect(squash(r.text)).toContain(squash(label))
  })

  it('draws a diagram at the caps (30 nodes in a chain, 120-character labels, 60 edges) at a scale that can be seen', async () => {
    const label = (i: number) => `Factor ${i} ${'escalation and counter-escalation '.repeat(4)}`.slice(0, MAX_LABEL_CHARS)
    const nodes = Array.from({ length: MAX_DIAGRAM_NODES }, (_, i) => ({ id: `f${i}`, label: label(i) }))
    const edges = Array.from({ length: MAX_DIAGRAM_EDGES }, (_, i) => ({
      from: `f${i % MAX_DIAGRAM_NODES}`,
      to: `f${(i + 1 + Math.floor(i / MAX_DIAGRAM_NODES)) % MAX_DIAGRAM_NODES}`,
      label: 'raises the risk of',
      source: ['p1.s1'],
    }))
    const slide: DiagramSlide = { kind: 'dynamics', title: 'Everything at once', nodes, edges }
    const scale = Number(/scale: ([\d.]+)/.exec(renderDiagram(slide))?.[1])
    expect(scale).toBeGreaterThan(0)
    const r = await render(diagramSource(slide))
    expect(r.error).toBeUndefined()
    const [, , width, height] = r.viewBox as [number, number, number, number]
    // Drawn at least a few dozen pixels across on the slide: small, but never an empty page.
    expect(Math.max(width, height) * scale).toBeGreaterThan(50)
    checkLabels(slide, r)
  }, 60_000)
})
