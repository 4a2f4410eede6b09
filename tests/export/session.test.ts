/**
 * An export session (export/session.ts): one Slidev server and one Chromium for several decks, one after another.
 * A deck that fails to draw fails alone: the next deck is drawn by the same session, right. Real Slidev and
 * Chromium, on the fixture decks; PDFs read back.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { BriefdeckError } from '../../src/errors.ts'
import { projectRoot, STAGING_DIR } from '../../src/export/deck-root.ts'
import { openExportSession } from '../../src/export/index.ts'

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const pages = async (path: string) => (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount()
const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

describe('openExportSession', () => {
  it('draws deck after deck with one server, a broken deck failing alone; nothing staged is left after close', async () => {
    const out = mkdtempSync(join(tmpdir(), 'briefdeck-session-'))
    const session = openExportSession()
    const basic = join(FIXTURES, 'basic', 'slides.md')
    try {
      const first = await session.exportDeck({ slidesPath: basic, deckPdf: join(out, 'a.pdf'), meta: { title: 'Fixture Briefing Deck' } })
      expect(first.deckPdf?.pages).toBe(6)
      expect(await pages(join(out, 'a.pdf'))).toBe(6)

      const broken = session.exportDeck({ slidesPath: join(FIXTURES, 'broken', 'slides.md'), deckPdf: join(out, 'b.pdf'), meta: { title: 'Broken Diagram Deck' } })
      await expect(broken).rejects.toBeInstanceOf(BriefdeckError)
      await expect(broken).rejects.toThrow(/Slide 3 “Bad Flow Slide” has a Mermaid diagram that does not parse/)
      expect(existsSync(join(out, 'b.pdf'))).toBe(false)

      // The same server, swapped back from a shorter deck: all six slides, the first deck's text, no broken slide.
      const again = await session.exportDeck({ slidesPath: basic, deckPdf: join(out, 'c.pdf'), meta: { title: 'Fixture Briefing Deck' } })
      expect(again.deckPdf?.pages).toBe(6)
      expect(await pages(join(out, 'c.pdf'))).toBe(6)
      expect(text(join(out, 'c.pdf'))).toBe(text(join(out, 'a.pdf')))
      expect(text(join(out, 'c.pdf'))).not.toContain('Bad Flow Slide')
    } finally {
      await session.close()
    }
    expect(readdirSync(out).sort()).toEqual(['a.pdf', 'c.pdf'])
    expect(existsSync(join(projectRoot(), STAGING_DIR))).toBe(false)
    await expect(session.exportDeck({ slidesPath: basic, deckPdf: join(out, 'd.pdf'), meta: { title: 'x' } })).rejects.toThrow(/closed/)
  })
})
