/**
 * `--reveal` shows a slide's points one click at a time (Slidev's v-click), and `briefdeck export DIR` exports a
 * deck folder as it is: one page per slide by default, one per click step with --with-clicks, the handout one
 * slide (its last step, every point shown) per slot either way. Real Slidev, real Chromium, PDFs read back.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { slideEvidence } from '../../src/outline/evidence.ts'
import { parseOutline } from '../../src/outline.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTICLE = join(ROOT, 'tests/fixtures/articles/trade-diplomacy.md')
const pages = async (path: string) => (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount()
const pageText = (path: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', path, '-'], { encoding: 'utf8' })

describe('briefdeck --reveal, and briefdeck export DIR [--with-clicks]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-reveal-'))
  const lines: string[] = []
  const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(l), readStdin: () => Buffer.alloc(0) }

  it('stores reveal in the outline and wraps each list in v-clicks', async () => {
    expect(await main([ARTICLE, '--out-dir', dir, '--reveal', '--no-pdf'], io), lines.join('\n')).toBe(0)
    const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
    expect(outline.meta.reveal).toBe(true)
    const slides = parseSync(readFileSync(join(dir, 'slides.md'), 'utf8'), 'slides.md').slides
    const lists = outline.slides.filter((s) => s.kind === 'points' || s.kind === 'takeaways' || s.kind === 'agenda').length
    expect(lists).toBeGreaterThan(1)
    expect(slides.filter((s) => s.content.includes('<v-clicks>'))).toHaveLength(lists)
  })

  it('exports one page per slide by default, every point on it', async () => {
    expect(await main(['export', dir], io), lines.join('\n')).toBe(0)
    const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
    expect(await pages(join(dir, 'deck.pdf'))).toBe(outline.slides.length)
    const i = outline.slides.findIndex((s) => s.kind === 'points')
    const slide = outline.slides[i] as Extract<(typeof outline.slides)[number], { kind: 'points' }>
    const text = pageText(join(dir, 'deck.pdf'), i + 1).replace(/\s+/g, ' ')
    for (const point of slide.points) expect(text).toContain(point.text.split(' ').slice(0, 4).join(' '))
  })

  it('exports one page per click step with --with-clicks; the handout still has each slide once, whole', async () => {
    const handoutBefore = await pages(join(dir, 'handout.pdf'))
    expect(await main(['export', dir, '--with-clicks'], io), lines.join('\n')).toBe(0)
    const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
    // (a point that only repeats its slide's title is not shown, so it is no step)
    const clicks = (s: (typeof outline.slides)[number]) => (s.kind === 'points' ? slideEvidence(s).points.length : s.kind === 'takeaways' ? s.points.length : s.kind === 'agenda' ? s.items.length : 0)
    const steps = outline.slides.reduce((n, s) => n + 1 + clicks(s), 0)
    expect(await pages(join(dir, 'deck.pdf'))).toBe(steps)
    expect(await pages(join(dir, 'handout.pdf'))).toBe(handoutBefore)
    // The first points slide: its first step shows the title and no point yet; its last step, every point.
    const i = outline.slides.findIndex((s) => s.kind === 'points')
    const first = outline.slides.slice(0, i).reduce((n, s) => n + 1 + clicks(s), 0) + 1
    const { points } = slideEvidence(outline.slides[i] as Extract<(typeof outline.slides)[number], { kind: 'points' }>)
    const opening = (p: { text: string }) => p.text.split(' ').slice(0, 4).join(' ')
    expect(pageText(join(dir, 'deck.pdf'), first).replace(/\s+/g, ' ')).not.toContain(opening(points[0]!))
    expect(pageText(join(dir, 'deck.pdf'), first + points.length).replace(/\s+/g, ' ')).toContain(opening(points.at(-1)!))
  })
})
