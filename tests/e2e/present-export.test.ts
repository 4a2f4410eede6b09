/**
 * The presenter's and the reader's view of the bundled deck, in real Chromium: presenter mode shows the current
 * slide's notes; `npm run deck` exports a deck PDF with bookmarks and metadata and an A4 handout whose text
 * holds every slide title, the notes and the references.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { talkingPoints } from '../../src/render/talking-points.ts'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { launchChromium } from '../../src/export/chromium.ts'
import { prepareDeckRoot } from '../../src/export/deck-root.ts'
import { readOutline } from '../../src/export/pdf-outline.ts'
import { startSlidevServer } from '../../src/export/slidev-server.ts'
import { parseOutline } from '../../src/outline.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTICLE = join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt')
const TIMEOUT = 120_000
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('the bundled deck', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-present-'))
  const lines: string[] = []
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), readStdin: () => Buffer.alloc(0) }

  it('exports deck.pdf (a page per slide, bookmarks, metadata) and handout.pdf (titles, notes, references)', async () => {
    expect(await main([ARTICLE, '--out-dir', dir], io), lines.join('\n')).toBe(0)
    expect(lines.join('\n')).toMatch(/^✓ \d+ slides drawn \(\d+\.\d s\)$/m)
    const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!

    const deck = await PDFDocument.load(readFileSync(join(dir, 'deck.pdf')), { updateMetadata: false })
    expect(deck.getPageCount()).toBe(outline.slides.length)
    expect(deck.getTitle()).toBe(outline.meta.title)
    expect(deck.getAuthor()).toBe('Sophie Qin')
    expect(deck.getSubject()).toMatch(/15-minute briefing/)
    const { width, height } = deck.getPage(0).getSize()
    expect(width / height).toBeCloseTo(16 / 9, 1)
    const bookmarks = readOutline(deck)
    const sections = outline.slides.filter((s) => s.kind === 'section').map((s) => s.title)
    expect(bookmarks.map((b) => b.title)).toEqual(expect.arrayContaining(sections))
    const flat = bookmarks.flatMap((b) => [b.title, ...b.children.map((c) => c.title)])
    expect(flat).toHaveLength(outline.slides.length)
    // Mermaid labels are real text: a reader can search for them.
    const deckText = normalise(execFileSync('pdftotext', [join(dir, 'deck.pdf'), '-'], { encoding: 'utf8' }))
    for (const slide of outline.slides)
      if (slide.kind === 'actors') for (const n of slide.nodes) expect(deckText).toContain(normalise(n.label))
      else if (slide.kind === 'timeline')
        for (const e of slide.events) {
          expect(deckText).toContain(e.date.slice(0, 4))
          expect(deckText).toContain(normalise(e.text).split(' ').slice(0, 3).join(' '))
        }

    const handoutPath = join(dir, 'handout.pdf')
    const handout = await PDFDocument.load(readFileSync(handoutPath), { updateMetadata: false })
    const a4 = handout.getPage(0).getSize()
    expect([Math.round(a4.width), Math.round(a4.height)]).toEqual([595, 842])
    const text = normalise(execFileSync('pdftotext', [handoutPath, '-'], { encoding: 'utf8' }))
    for (const slide of outline.slides) expect(text).toContain(normalise(slide.title))
    for (const note of outline.slides.flatMap((s) => s.notes ?? [])) expect(text).toContain(normalise(note))
    expect(text).toContain(normalise(outline.sentences['p7.s1']!))
    expect(text).toMatch(/Sophie Qin/)
    expect(text).toMatch(/Creative Commons/)
    expect(text).toMatch(/Young Australians in International Affairs/)
  }, 4 * TIMEOUT)

  it('shows the current slide’s notes in presenter mode', async () => {
    const slides = join(dir, 'slides.md')
    const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
    const no = outline.slides.findIndex((s) => s.kind === 'points') + 1
    const slide = outline.slides[no - 1]!
    const root = await prepareDeckRoot(slides)
    const server = await startSlidevServer(root.entry, TIMEOUT)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      await page.goto(`${server.url}presenter/${no}`, { waitUntil: 'domcontentloaded' })
      const firstSource = 'points' in slide ? outline.sentences[slide.points[0]!.source[0]!]! : ''
      await page.getByText(normalise(firstSource).slice(0, 60), { exact: false }).first().waitFor({ timeout: 60_000 })
      const body = normalise(await page.locator('body').innerText())
      // The talking points written for this slide (talking-points.ts) open its notes.
      expect(body).toContain(normalise(talkingPoints(outline, no - 1)[0]!))
      expect(body).toMatch(/Timing: ≈\d+:\d\d, at \d+:\d\d of 15:00/)
    } finally {
      await browser.close()
      await server.close()
      await root.cleanup()
    }
  }, 2 * TIMEOUT)
})
