/**
 * The PowerPoint file in a real client: every fixture article (and the hostile one) becomes a deck with
 * `--format pptx` (through the command line, as a user runs it), and LibreOffice Impress opens the PPTX and prints
 * its slides and its notes pages to a PDF, which poppler reads back. Never skipped: without LibreOffice this fails
 * with the set-up command.
 *
 * Per slide: the title, every point with its source ids, every quote with its speaker, the cover's lines, as
 * text; every word inside one of the slide's shapes (the PPTX's overflow rule, as the deck's: nothing sticks out);
 * diagrams drawn from their SVG (their labels are text, the page has no bitmap). Per notes page: the talking
 * points, the source sentences and the timing cue. And as many slides as the deck.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { deckThesis } from '../../src/export/pptx.ts'
import { xmlText } from '../../src/export/pptx-package.ts'
import { parseOutline, type Outline, type Slide } from '../../src/outline.ts'
import { slideEvidence } from '../../src/outline/evidence.ts'
import { diagrams, isDiagramSlide } from '../../src/render/diagrams/index.ts'
import { notesLines, shownCredits, slideNotes, sourceRows } from '../../src/render/index.ts'
import { FIXTURE_ARTICLES } from '../helpers.ts'
import {
  compact,
  convertWithLibreOffice,
  decodeXml,
  findSoffice,
  libreOfficeProfile,
  pageImages,
  pageText,
  pageWords,
  pdfPages,
  readPptx,
  removeDir,
  shapeBoxes,
  sofficeVersion,
  type ShapeBox,
} from '../pptx-helpers.ts'

/** True when `label`'s words occur in `text` (compacted as the page text is) in their order. */
function inOrder(text: string, label: string): boolean {
  let at = 0
  for (const word of label.split(/\s+/).map(compact).filter(Boolean)) {
    const found = text.indexOf(word, at)
    if (found < 0) return false
    at = found + word.length
  }
  return true
}

const ROOT = new URL('../../', import.meta.url).pathname
const TIMEOUT = 240_000
/** How far (points) a word may reach past its shape: LibreOffice rounds glyph boxes and line positions. */
const TOLERANCE_PT = 3

const quiet = { out: () => {}, err: () => {}, readStdin: () => Buffer.alloc(0) }
let profile = ''
let version = ''

beforeAll(() => {
  version = sofficeVersion(findSoffice())
  profile = libreOfficeProfile()
})
afterAll(() => removeDir(profile))

/** The fixture articles, and one whose every line is an injection attempt: in a PPTX it all stays text. */
const ARTICLES = [...FIXTURE_ARTICLES, 'tests/hostile/fixtures/payloads.txt']

describe.each(ARTICLES)('%s', (article) => {
  it(
    'opens in LibreOffice Impress with its titles, points and notes as text and its diagrams as vector pictures',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'briefdeck-pptx-'))
      try {
        expect(await main([join(ROOT, article), '--out-dir', dir, '--format', 'pptx', '--no-handout'], quiet)).toBe(0)
        const outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
        const n = outline.slides.length
        expect(pdfPages(join(dir, 'deck.pdf')), 'the deck').toBe(n)

        // The file itself: slides, notes, properties.
        const pptx = await readPptx(readFileSync(join(dir, 'deck.pptx')))
        expect(pptx.slides).toHaveLength(n)
        expect(pptx.notes).toHaveLength(n)
        expect(pptx.core).toContain(`<dc:title>${xmlText(outline.meta.title)}</dc:title>`)
        if (outline.meta.author) expect(pptx.core).toContain(`<dc:creator>${xmlText(outline.meta.author)}</dc:creator>`)
        expect(pptx.core).toMatch(/<dc:subject>A \d+-minute briefing/)
        expect(pptx.core).toMatch(/<cp:keywords>briefing/)

        // The client: slides, then notes pages.
        const { pdf, ms } = await convertWithLibreOffice(join(dir, 'deck.pptx'), dir, profile)
        console.log(`${article}: ${n} slides; ${version} converted the PPTX (slides and notes pages) in ${ms} ms`)
        expect(pdfPages(pdf)).toBe(2 * n)

        for (const [i, slide] of outline.slides.entries()) {
          const page = i + 1
          const boxes = [...shapeBoxes(pptx.slides[i]!), ...shapeBoxes(pptx.layouts[i]!)]
          const outside = pageWords(pdf, page).filter((w) => !boxes.some((box) => inside(w, box)))
          expect(outside.map((w) => w.text), `slide ${page}: words outside every shape`).toEqual([])

          const text = compact(pageText(pdf, page))
          for (const expected of slideTexts(slide, outline))
            expect(text, `slide ${page} (${slide.kind}) shows “${expected}”`).toContain(compact(expected))

          if (isDiagramSlide(slide)) {
            expect(pageImages(pdf, page), `slide ${page}: the diagram is drawn from its SVG, not its PNG stand-in (${version})`).toBe(0)
            for (const label of svgTexts(pptx, i)) expect(text, `slide ${page}: diagram label “${label}”`).toContain(compact(label))
            // Every node drawn (not folded to keep the text readable), its words in order: a label that wraps may
            // have a neighbour's line read between two of its own.
            if (slide.kind !== 'timeline')
              for (const node of diagrams[slide.kind].fit(slide as never).drawn.nodes)
                expect(inOrder(text, node.label), `slide ${page}: node “${node.label}”`).toBe(true)
          }

          const notes = compact(pageText(pdf, n + page))
          for (const line of notesLines(slideNotes(outline, i)))
            if (line.text.trim()) expect(notes, `notes page ${page} holds “${line.text.slice(0, 60)}”`).toContain(compact(line.text))
        }
      } finally {
        removeDir(dir)
      }
    },
    TIMEOUT,
  )
})

/** What slide `slide` must show as text. */
function slideTexts(slide: Slide, outline: Outline): string[] {
  const { meta } = outline
  switch (slide.kind) {
    case 'cover': {
      const thesis = deckThesis(outline)
      return [slide.title, slide.subtitle ?? '', meta.author ?? '', meta.publisher ?? '', meta.date ?? '', ...(thesis ? [thesis.text] : [])].filter(Boolean)
    }
    case 'agenda':
      return [slide.title, ...slide.items]
    case 'section': {
      const sections = outline.slides.filter((s) => s.kind === 'section')
      return [slide.title, `PART ${sections.indexOf(slide) + 1} OF ${sections.length}`]
    }
    case 'points': {
      // (a point that only repeats the title is shown once, its sources after the title)
      const { points, titleSource } = slideEvidence(slide)
      return [slide.title, ...(titleSource.length ? [titleSource.join(', ')] : []), ...points.flatMap((p) => [p.text, p.source.join(', ')])]
    }
    case 'takeaways':
      return [slide.title, ...slide.points.flatMap((p) => [p.text, p.source.join(', ')])]
    case 'quotes':
      return [slide.title, ...slide.quotes.flatMap((q) => [q.text, q.speaker ?? ''].filter(Boolean))]
    case 'sources':
      return [slide.title, ...sourceRows({ ...meta, credits: shownCredits(meta.credits).shown }).map((r) => `${r.label}: ${r.value}`)]
    default:
      return [slide.title]
  }
}

/** The text elements of the SVG picture(s) on slide `index`: the labels LibreOffice must draw as text. */
function svgTexts(pptx: Awaited<ReturnType<typeof readPptx>>, index: number): string[] {
  const ids = [...pptx.slides[index]!.matchAll(/<asvg:svgBlip [^>]*r:embed="(rId\d+)"/g)].map((m) => m[1]!)
  expect(ids.length, `slide ${index + 1} has an SVG picture`).toBeGreaterThan(0)
  return ids.flatMap((rId) => {
    const svg = new TextDecoder().decode(pptx.files.get(pptx.media(index + 1, rId)!)!)
    return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decodeXml(m[1]!)).filter((t) => t.trim())
  })
}

function inside(word: { x1: number; y1: number; x2: number; y2: number }, box: ShapeBox): boolean {
  return (
    word.x1 >= box.x - TOLERANCE_PT &&
    word.y1 >= box.y - TOLERANCE_PT &&
    word.x2 <= box.x + box.w + TOLERANCE_PT &&
    word.y2 <= box.y + box.h + TOLERANCE_PT
  )
}
