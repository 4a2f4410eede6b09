/**
 * Every diagram the code makes, for every fixture article, for hostile labels and for outlines far bigger than a
 * slide, rendered by the real Mermaid in Chromium with the deck's own set-up (setup/mermaid.ts): no syntax
 * error, the labels come back as text, no dialog opens, and at the scale the renderer chose the drawing fits the
 * room under the title with its text at least 14 px on the 980-pixel canvas.
 */
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MERMAID_CONFIG } from '../../setup/mermaid.ts'
import { draftDiagramSlides } from '../../src/draft/diagrams/index.ts'
import { diagramBox, MIN_TEXT_PX } from '../../src/render/diagrams/fence.ts'
import { cutLabel } from '../../src/render/diagrams/fit.ts'
import { diagrams, diagramSource, renderDiagram, type DiagramSlide } from '../../src/render/diagrams/index.ts'
import { mermaidPlain } from '../../src/render/mermaid.ts'
import { MAX_DIAGRAM_EDGES, MAX_DIAGRAM_NODES, MAX_LABEL_CHARS } from '../../src/outline/schema.ts'
import { BUNDLED, fixtureArticles, load } from '../analyse/helpers.ts'
import { hostileSlides } from './diagrams-hostile.ts'
import { bigActors, bigDynamics, bigTimeline } from './big-outlines.ts'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')
/** Sub-pixel rounding: a drawing this far past its room is not an overflow a reader would see. */
const TOLERANCE_PX = 1

interface Rendered {
  error?: string
  text: string
  viewBox: number[]
  unsafe: number
  /** The smallest font size of any text in the drawing, in its own units. */
  minFont: number
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
  await page.evaluate((config) => (window as any).mermaid.initialize({ startOnLoad: false, ...config }), structuredClone(MERMAID_CONFIG))
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
      const texts = Array.from(el.querySelectorAll('text, tspan, foreignObject *')).filter((t) =>
        Array.from(t.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''),
      )
      return {
        // The drawn text only: not the <style> element's CSS.
        text: texts.map((t) => t.textContent).join(' '),
        viewBox: (el.getAttribute('viewBox') ?? '0 0 0 0').split(/\s+/).map(Number),
        unsafe: el.querySelectorAll('script, img, iframe, [onerror], [onclick], a[href^="javascript"]').length,
        minFont: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      }
    } catch (e) {
      return { error: String(e), text: '', viewBox: [], unsafe: 0, minFont: 0 }
    }
  }, code)
}

const squash = (s: string) => s.replace(/\s+/g, '')
/** The labels of what is drawn (what fits at 14 px), as the renderer cut them. */
function labelsOf(slide: DiagramSlide): string[] {
  if (slide.kind === 'timeline') return diagrams.timeline.fit(slide).drawn.events.map((e) => cutLabel(e.text, 80))
  const drawn = slide.kind === 'actors' ? diagrams.actors.fit(slide).drawn : diagrams.dynamics.fit(slide).drawn
  return drawn.nodes.map((n) => n.label)
}

function checkLabels(slide: DiagramSlide, r: Rendered) {
  const text = squash(r.text)
  for (const label of labelsOf(slide)) expect(text).toContain(squash(label).slice(0, 40))
}

/** At the renderer's scale, the drawing fits its room under the title and its text is at least 14 px. */
function checkReadable(slide: DiagramSlide, r: Rendered) {
  const body = renderDiagram(slide)
  const scale = Number(/^```mermaid \{scale: ([\d.]+)\}$/m.exec(body)![1])
  const lines = (body.includes('<div class="diagram-more">') ? 1 : 0) + (body.includes('<RelationLegend') ? 1 : 0)
  const box = diagramBox(slide.title, lines)
  const [, , width, height] = r.viewBox as [number, number, number, number]
  expect(width * scale, `${slide.kind}: drawn width`).toBeLessThanOrEqual(box.width + TOLERANCE_PX)
  expect(height * scale, `${slide.kind}: drawn height`).toBeLessThanOrEqual(box.height + TOLERANCE_PX)
  expect(r.minFont * scale, `${slide.kind}: drawn text (px on the 980-pixel canvas)`).toBeGreaterThanOrEqual(MIN_TEXT_PX)
}

describe.each([BUNDLED, ...fixtureArticles()].map((f) => [f.split('/').pop()!, f]))('Mermaid in Chromium: %s', (_, path) => {
  const { article, analysis } = load(path)
  const slides = draftDiagramSlides(article, analysis) as DiagramSlide[]
  it('renders every diagram without error, with its labels as text, fitting the slide with text of 14 px or more', async () => {
    for (const slide of slides) {
      const r = await render(diagramSource(slide))
      expect(r.error, `${slide.kind}: ${r.error}`).toBeUndefined()
      expect(r.unsafe).toBe(0)
      checkLabels(slide, r)
      checkReadable(slide, r)
    }
    expect(dialogs).toBe(0)
  }, 60_000)
})

describe('Mermaid in Chromium: an outline with more than a slide can show', () => {
  it.each([
    ['actors', bigActors(30)],
    ['dynamics', bigDynamics(20)],
    ['timeline', bigTimeline(30)],
  ] as const)('%s: draws what fits, readable, within the slide', async (_, slide) => {
    const r = await render(diagramSource(slide))
    expect(r.error).toBeUndefined()
    expect(renderDiagram(slide)).toContain('<div class="diagram-more">')
    checkLabels(slide, r)
    checkReadable(slide, r)
  }, 60_000)
})

describe('Mermaid in Chromium: hostile labels', () => {
  const texts: Record<string, string[]> = { actors: [], dynamics: [], timeline: [] }

  it.each(hostileSlides().map((s, i) => [`${s.kind} ${i + 1}`, s] as const))('%s: renders, shows the labels as text, runs nothing', async (_, slide) => {
    const r = await render(diagramSource(slide))
    expect(r.error).toBeUndefined()
    expect(r.unsafe).toBe(0)
    // Nothing folds: every hostile label is drawn, and checked.
    expect(renderDiagram(slide)).not.toContain('diagram-more')
    checkLabels(slide, r)
    checkReadable(slide, r)
    texts[slide.kind]!.push(r.text)
    await page.waitForTimeout(50)
    expect(dialogs).toBe(0)
  }, 60_000)

  it.each(['actors', 'dynamics', 'timeline'])('%s: markup in a label is shown, not parsed', (kind) => {
    const text = texts[kind]!.join(' ')
    expect(text).toContain('<script>alert(1)</script>')
    expect(text).toContain('<img src=x onerror=alert(1)>')
    expect(text).toContain('click n0 call alert(1)')
    expect(text).toContain('%%{init: {"theme": "dark"}}%%')
  })
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
