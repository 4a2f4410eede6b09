/**
 * End to end, in real Chromium: every fixture article becomes a deck (through the command line, as a user runs
 * it), Slidev serves it, every slide is drawn (Mermaid included) and measured for overflow, and the PDF is read
 * back with poppler.
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
import { parseOutline } from '../../src/outline.ts'
import { plainText } from '../../src/render/escape.ts'
import { FIXTURE_ARTICLES, measureOverflow } from '../helpers.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTICLES = FIXTURE_ARTICLES
const TIMEOUT = 120_000
/** Sub-pixel rounding in layout: a box this far past the edge is not an overflow a reader would see. */
const TOLERANCE_PX = 1

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
