/**
 * The A4 handout: pictures of the drawn slides, composed with their notes into one HTML page that Chromium
 * prints.
 */
import type { Browser } from 'playwright-chromium'
import { renderHandoutHtml, type HandoutSlide } from './handout-html.ts'
import { finishPdf } from './pdf-outline.ts'
import type { PrintPage } from './print-page.ts'
import type { DeckSlide, ExportMeta, ExportProgress } from './types.ts'

export interface HandoutInput {
  browser: Browser
  printPage: PrintPage
  slides: DeckSlide[]
  meta: ExportMeta
  onProgress?: (event: ExportProgress) => void
  /** Pictures already taken (PNG, by slide number), e.g. for `pngDir`; the missing ones are taken here. */
  pictures?: Map<number, Buffer>
}

/** Renders the handout PDF (with metadata) in memory. */
export async function renderHandout({ browser, printPage, slides, meta, onProgress, pictures }: HandoutInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const items: HandoutSlide[] = []
  for (const slide of slides) {
    const png = pictures?.get(slide.no) ?? (await printPage.picture(slide.no))
    items.push({
      no: slide.no,
      title: slide.title,
      note: slide.note,
      sources: meta.handout?.slideSources?.[slide.no] ?? [],
      picture: `data:image/png;base64,${png.toString('base64')}`,
    })
    onProgress?.({ phase: 'handout', done: slide.no, total: slides.length, slide: slide.no })
  }
  const html = renderHandoutHtml(meta, items, new Date().toISOString().slice(0, 10))
  const page = await browser.newPage()
  try {
    // Everything is inline (data: URLs, no web fonts), so "load" means every picture is decoded.
    await page.setContent(html, { waitUntil: 'load' })
    const bytes = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    return await finishPdf(bytes, meta, undefined, ' (handout)')
  } finally {
    await page.close()
  }
}
