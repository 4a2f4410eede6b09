/**
 * The A4 handout, in two steps that share nothing with the slow part of an export:
 *
 * 1. `printHandoutSheet`: the handout's text (title page, each slide's title, notes and sources, references) as
 *    one HTML page with an empty slot of the slide's shape where each slide goes, printed by Chromium. It needs
 *    only the slides' titles and notes, so it runs while the deck is still being drawn.
 * 2. `composeHandout`: each slot is filled with the deck PDF's own page for that slide, drawn as a vector form
 *    (pdf-lib), so the slides are printed once for both PDFs: no screenshot per slide, sharp at any zoom, text
 *    searchable, and a file several times smaller than one made of pictures.
 *
 * Chromium prints each slot (a link to `slotUrl(no)`) as a link annotation whose rectangle is the slot on the
 * page where it fell, which is how step 2 finds them; the links are removed once filled.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFPage } from 'pdf-lib'
import type { Browser } from 'playwright-chromium'
import { renderHandoutHtml, slotNumber, slotPrefix, type HandoutSlide } from './handout-html.ts'
import { applyMetadata } from './pdf-outline.ts'
import type { DeckInfo, ExportMeta } from './types.ts'

export interface HandoutSheetInput {
  browser: Browser
  deck: Pick<DeckInfo, 'slides' | 'width' | 'height'>
  meta: ExportMeta
  /** The date line on the title page (default: today, YYYY-MM-DD). */
  generated?: string
}

/** The handout's text as Chromium printed it, with the link prefix of its slide slots. */
export interface HandoutSheet {
  pdf: Uint8Array
  slotPrefix: string
}

/** Prints the handout's text with empty slide slots. */
export async function printHandoutSheet({ browser, deck, meta, generated }: HandoutSheetInput): Promise<HandoutSheet> {
  const items: HandoutSlide[] = deck.slides.map((slide) => ({
    no: slide.no,
    title: slide.title,
    note: slide.note,
    sources: meta.handout?.slideSources?.[slide.no] ?? [],
  }))
  const prefix = slotPrefix()
  const html = renderHandoutHtml(meta, items, generated ?? new Date().toISOString().slice(0, 10), {
    aspectRatio: deck.width / deck.height,
    slotPrefix: prefix,
  })
  const page = await browser.newPage()
  try {
    // Everything is inline (no pictures, no web fonts), so "load" means the page is complete.
    await page.setContent(html, { waitUntil: 'load' })
    return { pdf: await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }), slotPrefix: prefix }
  } finally {
    await page.close()
  }
}

/** A slot found in the printed sheet: where slide `no` goes. */
export interface SlotPlacement {
  no: number
  page: number
  /** The slot's rectangle in PDF points: [x1, y1, x2, y2]. */
  rect: [number, number, number, number]
}

/**
 * Fills the sheet's slots with the deck's pages and sets the handout's metadata. `deck` is the finished deck PDF
 * (page N = slide N, or `pageOf(N)` for a deck printed with its click steps). Throws if a slide has no slot or
 * two, so a handout never silently misses a slide.
 */
export async function composeHandout(
  sheet: HandoutSheet,
  deck: PDFDocument,
  meta: ExportMeta,
  slideCount: number,
  pageOf: (no: number) => number = (no) => no - 1,
): Promise<{ bytes: Uint8Array; pages: number; placements: SlotPlacement[] }> {
  const handout = await PDFDocument.load(sheet.pdf, { updateMetadata: false })
  const placements = takeSlots(handout, sheet.slotPrefix)
  const numbers = placements.map((p) => p.no).sort((a, b) => a - b)
  if (numbers.length !== slideCount || numbers.some((no, i) => no !== i + 1))
    throw new Error(`the handout sheet has slots for slides [${numbers.join(', ')}], expected 1…${slideCount}`)
  if (deck.getPageCount() < slideCount) throw new Error(`the deck PDF has ${deck.getPageCount()} pages for ${slideCount} slides`)
  const forms = await handout.embedPdf(deck, placements.map((p) => pageOf(p.no)))
  const pages = handout.getPages()
  placements.forEach((placement, i) => drawInto(pages[placement.page]!, forms[i]!, placement.rect))
  applyMetadata(handout, meta, ' (handout)')
  return { bytes: await handout.save(), pages: handout.getPageCount(), placements }
}

/** Removes the slot links from every page and returns where they were. Other links are left alone. */
function takeSlots(pdf: PDFDocument, prefix: string): SlotPlacement[] {
  const found: SlotPlacement[] = []
  pdf.getPages().forEach((page, index) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    if (!annots) return
    const onPage: SlotPlacement[] = []
    // Backwards, so that removing one does not move the next.
    for (let i = annots.size() - 1; i >= 0; i--) {
      const annot = annots.lookupMaybe(i, PDFDict)
      const uri = annot?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'))
      const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined
      const no = text === undefined ? undefined : slotNumber(text, prefix)
      const rect = annot?.lookupMaybe(PDFName.of('Rect'), PDFArray)
      if (no === undefined || !rect) continue
      const [x1, y1, x2, y2] = rect.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN))
      if (![x1, y1, x2, y2].every(Number.isFinite)) continue
      onPage.push({ no, page: index, rect: [Math.min(x1!, x2!), Math.min(y1!, y2!), Math.max(x1!, x2!), Math.max(y1!, y2!)] })
      const ref = annots.get(i)
      annots.remove(i)
      if (ref instanceof PDFRef) pdf.context.delete(ref)
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'))
    found.push(...onPage.reverse())
  })
  return found
}

/**
 * Draws `form` (a deck page) across the slot's width, centred on the slot. Chromium rounds link rectangles to
 * whole CSS pixels (0.75 pt), so the slot's height may be a fraction of a point off; the slide keeps its own
 * aspect ratio and the frame's border (1.1 pt) hides the difference.
 */
function drawInto(page: PDFPage, form: Awaited<ReturnType<PDFDocument['embedPdf']>>[number], rect: SlotPlacement['rect']): void {
  const [x1, y1, x2, y2] = rect
  const boxWidth = x2 - x1
  const boxHeight = y2 - y1
  const scale = boxWidth / form.width
  const width = form.width * scale
  const height = form.height * scale
  page.drawPage(form, { x: x1 + (boxWidth - width) / 2, y: y1 + (boxHeight - height) / 2, width, height })
}
