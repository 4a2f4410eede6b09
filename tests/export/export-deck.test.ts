/**
 * Real exports: Slidev, Chromium and poppler's pdftotext, on the fixture decks under fixtures/. Never skipped:
 * a machine without Chromium fails here with findChromium's install hint.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BriefdeckError } from '../../src/errors.ts'
import { projectRoot, STAGING_DIR } from '../../src/export/deck-root.ts'
import { exportDeck, readOutline, type ExportMeta, type ExportProgress, type ExportResult } from '../../src/export/index.ts'

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const BROWSER_TIMEOUT = 180_000

const TITLES = ['Fixture Briefing Deck', 'Context', 'Key points', 'How it flows', 'History', 'Timeline of events']
const NOTES = ['Cover notes: welcome the audience.', 'Bullet slide notes: stress the alpha point.', 'Timeline notes: three milestones.']
const DIAGRAM_LABELS = ['Origin Node', 'Middle Node', 'Final Outcome', 'pushes', 'Events Over Time', 'First Milestone', 'Second Milestone', 'Third Milestone', '2021']

const META: ExportMeta = {
  title: 'Fixture Briefing Deck',
  author: 'Ada Example',
  subject: 'Exporter fixture',
  keywords: ['alpha', 'two words'],
  publisher: 'Example Press',
  licence: 'CC BY 4.0',
  handout: {
    subtitle: 'A handout for the tests',
    references: ['Example, A. (2024). The alpha article. Example Press.', 'A second <reference> & more'],
    slideSources: { 3: ['p1.s2 “The alpha sentence, verbatim.”'] },
  },
}

function pdfText(path: string): string {
  // pdftotext breaks lines inside diagram boxes; collapse whitespace so labels compare as written.
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

describe('exportDeck on the fixture deck', () => {
  let out = ''
  let result: ExportResult
  const events: ExportProgress[] = []

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'briefdeck-export-'))
    // Left by an earlier export of a longer deck, and a file of the user's.
    mkdirSync(join(out, 'png'))
    writeFileSync(join(out, 'png', '07.png'), 'stale')
    writeFileSync(join(out, 'png', 'keep.txt'), 'mine')
    result = await exportDeck({
      slidesPath: join(FIXTURES, 'basic', 'slides.md'),
      deckPdf: join(out, 'deck.pdf'),
      handoutPdf: join(out, 'handout.pdf'),
      pngDir: join(out, 'png'),
      meta: META,
      onProgress: (event) => events.push(event),
    })
    console.log(
      `fixture export: load ${result.loadMs} ms, deck PDF ${result.deckPdf?.ms} ms, PNGs ${result.pngDir?.ms} ms, ` +
        `handout ${result.handoutPdf?.ms} ms (${result.handoutPdf?.pages} pages), total ${result.totalMs} ms`,
    )
  }, BROWSER_TIMEOUT)

  afterAll(() => rmSync(out, { recursive: true, force: true }))

  it('writes one deck page per slide, slide-sized', async () => {
    const pdf = await PDFDocument.load(readFileSync(join(out, 'deck.pdf')))
    expect(pdf.getPageCount()).toBe(TITLES.length)
    expect(result.deckPdf?.pages).toBe(TITLES.length)
    const { width, height } = pdf.getPage(0).getSize()
    expect(width / height).toBeCloseTo(980 / 551, 2)
  })

  it('has every slide title and every Mermaid label as real text', () => {
    const text = pdfText(join(out, 'deck.pdf'))
    for (const title of TITLES) expect(text).toContain(title)
    for (const label of DIAGRAM_LABELS) expect(text).toContain(label)
    expect(text).toContain('Badge from components') // the deck folder's own components/ were used
    expect(text).not.toMatch(/Parse error|Syntax error/)
  })

  it('sets the metadata and one bookmark per slide, nested under the sections', async () => {
    const pdf = await PDFDocument.load(readFileSync(join(out, 'deck.pdf')), { updateMetadata: false })
    expect(pdf.getTitle()).toBe(META.title)
    expect(pdf.getAuthor()).toBe(META.author)
    expect(pdf.getSubject()).toBe(META.subject)
    expect(pdf.getKeywords()).toBe('alpha, two words')
    expect(pdf.getCreator()).toBe('briefdeck')
    const outline = readOutline(pdf)
    expect(outline.map((n) => [n.title, n.pageIndex])).toEqual([['Fixture Briefing Deck', 0], ['Context', 1], ['History', 4]])
    expect(outline[1]!.children.map((n) => [n.title, n.pageIndex])).toEqual([['Key points', 2], ['How it flows', 3]])
    expect(outline[2]!.children.map((n) => [n.title, n.pageIndex])).toEqual([['Timeline of events', 5]])
    expect(execFileSync('pdfinfo', [join(out, 'deck.pdf')], { encoding: 'utf8' })).toMatch(/Title:\s+Fixture Briefing Deck/)
  })

  it('writes an A4 portrait handout with titles, notes, sources and references', async () => {
    const pdf = await PDFDocument.load(readFileSync(join(out, 'handout.pdf')))
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize()
      expect(Math.abs(width - 595.3)).toBeLessThan(2)
      expect(Math.abs(height - 841.9)).toBeLessThan(2)
    }
    expect(pdf.getPageCount()).toBe(result.handoutPdf?.pages)
    const text = pdfText(join(out, 'handout.pdf'))
    for (const title of TITLES) expect(text).toContain(title)
    for (const note of NOTES) expect(text).toContain(note)
    expect(text).toContain('A handout for the tests')
    expect(text).toContain('Ada Example')
    expect(text).toContain('Example Press')
    expect(text).toContain('CC BY 4.0')
    expect(text).toContain('p1.s2 “The alpha sentence, verbatim.”')
    expect(text).toContain('References')
    expect(text).toContain('Example, A. (2024). The alpha article. Example Press.')
    expect(text).toContain('A second <reference> & more')
  })

  it('writes one PNG per slide at twice the slide size', () => {
    const pngs = readdirSync(join(out, 'png')).sort()
    expect(pngs).toEqual(['01.png', '02.png', '03.png', '04.png', '05.png', '06.png', 'keep.txt'])
    const png = readFileSync(join(out, 'png', '01.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1960, 1102])
  })

  it('reports progress and leaves no temporary file', () => {
    expect(events.some((e) => e.phase === 'load' && e.done === TITLES.length)).toBe(true)
    expect(events.at(-1)).toEqual({ phase: 'write', done: 1, total: 1 })
    expect(readdirSync(out).sort()).toEqual(['deck.pdf', 'handout.pdf', 'png'])
  })
})

describe('exportDeck on a deck with a broken Mermaid diagram, outside the project', () => {
  it('fails naming the slide, and writes nothing', async () => {
    // Outside the project, so Slidev is served from a staged copy (see deck-root.ts), which must go away too.
    const deckDir = mkdtempSync(join(tmpdir(), 'briefdeck-broken-deck-'))
    const out = mkdtempSync(join(tmpdir(), 'briefdeck-broken-'))
    cpSync(join(FIXTURES, 'broken', 'slides.md'), join(deckDir, 'slides.md'))
    try {
      const attempt = exportDeck({
        slidesPath: join(deckDir, 'slides.md'),
        deckPdf: join(out, 'deck.pdf'),
        handoutPdf: join(out, 'handout.pdf'),
        meta: { title: 'Broken Diagram Deck' },
      })
      await expect(attempt).rejects.toBeInstanceOf(BriefdeckError)
      await expect(attempt).rejects.toThrow(/Slide 3 “Bad Flow Slide” has a Mermaid diagram that does not parse[\s\S]*Parse error on line 3/)
      expect(readdirSync(out)).toEqual([])
      expect(readdirSync(deckDir)).toEqual(['slides.md'])
      expect(existsSync(join(projectRoot(), STAGING_DIR))).toBe(false)
    } finally {
      rmSync(out, { recursive: true, force: true })
      rmSync(deckDir, { recursive: true, force: true })
    }
  }, BROWSER_TIMEOUT)

  it('names a missing deck file plainly', async () => {
    const missing = join(FIXTURES, 'nope', 'slides.md')
    await expect(exportDeck({ slidesPath: missing, deckPdf: join(tmpdir(), 'never.pdf'), meta: { title: 'x' } })).rejects.toThrow(
      `Cannot export ${missing}: there is no such file`,
    )
    expect(existsSync(join(tmpdir(), 'never.pdf'))).toBe(false)
  })

  it('asks for the outline a PPTX is built from', async () => {
    const slidesPath = join(FIXTURES, 'basic', 'slides.md')
    await expect(exportDeck({ slidesPath, pptx: join(tmpdir(), 'never.pptx'), meta: { title: 'x' } })).rejects.toThrow(/a PPTX needs options\.outline/)
    expect(existsSync(join(tmpdir(), 'never.pptx'))).toBe(false)
  })
})
