/**
 * End to end, in real Chromium: every fixture article becomes a deck (through the command line, as a user runs
 * it), Slidev serves it, every slide is drawn (Mermaid included) and measured for overflow, every diagram's text
 * is measured on the 980-pixel canvas, and the PDF is read back with poppler. A remixed outline whose diagrams
 * hold far more than a slide can show is drawn and measured too.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { launchChromium } from '../../src/export/chromium.ts'
import { prepareDeckRoot } from '../../src/export/deck-root.ts'
import { openPrintPage } from '../../src/export/print-page.ts'
import { startSlidevServer } from '../../src/export/slidev-server.ts'
import { parseOutline, stringifyOutline } from '../../src/outline.ts'
import { plainText } from '../../src/render/escape.ts'
import { FIXTURE_ARTICLES, measureDiagrams, measureOverflow, type DiagramMeasure } from '../helpers.ts'
import { bigActors, bigDynamics, bigTimeline } from '../render/big-outlines.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTICLES = FIXTURE_ARTICLES
const TIMEOUT = 120_000
/** Sub-pixel rounding in layout: a box this far past the edge is not an overflow a reader would see. */
const TOLERANCE_PX = 1
/** Slidev's canvas width (the headmatter's canvasWidth), and the smallest diagram text read from the back of a room. */
const CANVAS_WIDTH = 980
const MIN_TEXT_PX = 14

/** Every diagram's text at least 14 px on the canvas, and no part of it outside the slide. */
function expectReadable(diagrams: DiagramMeasure[], count: number) {
  expect(diagrams).toHaveLength(count)
  for (const d of diagrams) {
    expect(d.texts, `slide ${d.slide}: text in the diagram`).toBeGreaterThan(0)
    expect(d.minText, `slide ${d.slide}: smallest text, px on the canvas (${d.smallest.join(', ')})`).toBeGreaterThanOrEqual(MIN_TEXT_PX)
    expect(d.overflow, `slide ${d.slide}`).toEqual([])
  }
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const quiet = { out: () => {}, err: () => {}, readStdin: () => Buffer.alloc(0) }
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim()

describe.each(ARTICLES)('%s', (article) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-'))
  const slidesPath = join(dir, 'slides.md')

  it('builds, draws every slide within its canvas, and prints one PDF page per slide with its title', async () => {
    expect(await main([join(ROOT, article), '--out-dir', dir, '--no-pdf'], quiet)).toBe(0)
    const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
    const slides = parseSync(readFileSync(slidesPath, 'utf8'), slidesPath).slides
    expect(slides.map((s) => plainText(s.title ?? ''))).toEqual(outline.slides.map((s) => s.title))
    for (const [i, s] of slides.entries()) if (i > 0) expect(s.note, `notes of slide ${i + 1}`).toMatch(/Timing: ≈/)

    const root = await prepareDeckRoot(slidesPath)
    const server = await startSlidevServer(root.entry, TIMEOUT)
    try {
      const print = await openPrintPage({ browser, deckUrl: server.url, deck: server.deck, timeoutMs: TIMEOUT })
      const overflow = (await print.page.evaluate(measureOverflow, TOLERANCE_PX)).filter((s) => s.overflow.length)
      expect(overflow).toEqual([])
      const mermaidBlocks = outline.slides.filter((s) => ['actors', 'dynamics', 'timeline'].includes(s.kind)).length
      expect(await print.page.locator('.mermaid svg').count()).toBe(mermaidBlocks)
      const diagrams = await print.page.evaluate(measureDiagrams, CANVAS_WIDTH)
      console.log(`${article}: diagram text ${diagrams.map((d) => `slide ${d.slide} ${d.minText} px (${d.width}×${d.height})`).join(', ')}`)
      expectReadable(diagrams, mermaidBlocks)

      const pdfPath = join(dir, 'deck.pdf')
      writeFileSync(pdfPath, await print.pdf())
      await print.page.context().close()
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1])
      expect(pages).toBe(outline.slides.length)
      for (const [i, slide] of outline.slides.entries()) {
        const text = normalise(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdfPath, '-'], { encoding: 'utf8' }))
        expect(text, `page ${i + 1}`).toContain(normalise(slide.title))
        expect(text, `page ${i + 1}`).not.toMatch(/Error: Parse error|Syntax error/)
      }
    } finally {
      await server.close()
      await root.cleanup()
    }
  }, 4 * TIMEOUT)
})

describe('a remixed outline with diagrams far bigger than a slide', () => {
  it('draws each readable (text of 14 px or more), within the slide, saying what it folded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefdeck-e2e-big-'))
    expect(await main([join(ROOT, ARTICLES[0]!), '--out-dir', dir, '--no-pdf'], quiet)).toBe(0)
    const path = join(dir, 'outline.yaml')
    const drafted = parseOutline(readFileSync(path, 'utf8')).outline!
    const big = { actors: bigActors(30), dynamics: bigDynamics(20), timeline: bigTimeline(30) } as const
    const slides = drafted.slides.map((s) => (s.kind in big ? big[s.kind as keyof typeof big] : s))
    writeFileSync(path, stringifyOutline({ ...drafted, slides }))
    expect(await main(['--outline', path, '--out-dir', dir, '--no-pdf', '--force'], quiet)).toBe(0)
    const md = readFileSync(join(dir, 'slides.md'), 'utf8')
    expect(md.match(/<div class="diagram-more">/g)).toHaveLength(3)

    const root = await prepareDeckRoot(join(dir, 'slides.md'))
    const server = await startSlidevServer(root.entry, TIMEOUT)
    try {
      const print = await openPrintPage({ browser, deckUrl: server.url, deck: server.deck, timeoutMs: TIMEOUT })
      // The diagram slides (the others are the article's and tested above).
      const diagramSlides = new Set(slides.flatMap((s, i) => (s.kind in big ? [i + 1] : [])))
      const overflow = (await print.page.evaluate(measureOverflow, TOLERANCE_PX)).filter((s) => diagramSlides.has(s.slide) && s.overflow.length)
      expect(overflow).toEqual([])
      const diagrams = await print.page.evaluate(measureDiagrams, CANVAS_WIDTH)
      console.log(`remixed big diagrams: text ${diagrams.map((d) => `slide ${d.slide} ${d.minText} px (${d.width}×${d.height})`).join(', ')}`)
      expectReadable(diagrams, 3)
      await print.close()
    } finally {
      await server.close()
      await root.cleanup()
    }
  }, 4 * TIMEOUT)
})
