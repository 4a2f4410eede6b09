/**
 * The handout's composition without a browser: slots in the HTML, and filling the slots of a printed sheet
 * with the deck's pages (the sheet and the deck are made with pdf-lib here, as Chromium would print them); and
 * when the print page must be as tall as the deck.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, rgb } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { composeHandout } from '../../src/export/handout.ts'
import { renderHandoutHtml, slotNumber, slotPrefix } from '../../src/export/handout-html.ts'
import { toDeckInfo } from '../../src/export/deck-slides.ts'
import { needsFullHeight } from '../../src/export/print-page.ts'

const PREFIX = slotPrefix('test-nonce')

describe('handout slots', () => {
  it('gives each slide without a picture a slot of the slide’s shape, linked under the prefix', () => {
    const html = renderHandoutHtml(
      { title: 'T', handout: { references: [] } },
      [
        { no: 1, title: 'One', note: 'A [link](https://example.org)', sources: [] },
        { no: 2, title: 'Two', note: '', sources: [], picture: 'data:image/png;base64,AAAA' },
      ],
      '2024-01-01',
      { aspectRatio: 4 / 3, slotPrefix: PREFIX },
    )
    expect(html).toContain(`<a class="slot" href="${PREFIX}1"`)
    expect(html).not.toContain(`${PREFIX}2`)
    expect(html).toContain('<img src="data:image/png;base64,AAAA"')
    expect(html).toContain('aspect-ratio: 1.333333')
  })

  it('reads slot numbers back only under its own prefix', () => {
    expect(slotNumber(`${PREFIX}12`, PREFIX)).toBe(12)
    expect(slotNumber(`${PREFIX}0`, PREFIX)).toBeUndefined()
    expect(slotNumber(`${PREFIX}1x`, PREFIX)).toBeUndefined()
    expect(slotNumber(`${slotPrefix('other')}1`, PREFIX)).toBeUndefined()
    expect(slotPrefix()).not.toBe(slotPrefix())
  })
})

/** A deck of `n` 735×414 pt pages and an A4 sheet with one slot link per slide (two per page) plus an ordinary link. */
async function fixtures(n: number, slots = Array.from({ length: n }, (_, i) => i + 1)) {
  const deck = await PDFDocument.create()
  for (let i = 0; i < n; i++) deck.addPage([735, 414]).drawRectangle({ x: 0, y: 0, width: 735, height: 414, color: rgb(0.2, 0.3, 0.8) })
  const sheet = await PDFDocument.create()
  let page = sheet.addPage([595, 842])
  slots.forEach((no, i) => {
    if (i > 0 && i % 2 === 0) page = sheet.addPage([595, 842])
    const y = i % 2 === 0 ? 500 : 100
    link(sheet, page.node, `${PREFIX}${no}`, [46, y, 412, y + 206])
  })
  link(sheet, page.node, 'https://example.org/', [46, 20, 200, 40])
  return { deck, sheet: { pdf: await sheet.save(), slotPrefix: PREFIX } }
}

function link(pdf: PDFDocument, page: PDFDict, uri: string, rect: number[]) {
  const annot = pdf.context.register(
    pdf.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, A: { S: 'URI', URI: PDFString.of(uri) } }),
  )
  const annots = page.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? pdf.context.obj([])
  annots.push(annot)
  page.set(PDFName.of('Annots'), annots)
}

describe('composeHandout', () => {
  it('draws each deck page into its slot, removes the slot links and keeps other links', async () => {
    const { deck, sheet } = await fixtures(3)
    const handout = await composeHandout(sheet, deck, { title: 'Deck' }, 3)
    expect(handout.pages).toBe(2)
    expect(handout.placements.map((p) => [p.no, p.page])).toEqual([[1, 0], [2, 0], [3, 1]])
    const pdf = await PDFDocument.load(handout.bytes)
    expect(pdf.getTitle()).toBe('Deck (handout)')
    const uris = pdf.getPages().flatMap((p) => {
      const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
      return annots ? annots.asArray().map((_, i) => String(annots.lookup(i, PDFDict).lookup(PDFName.of('A'), PDFDict).lookup(PDFName.of('URI')))) : []
    })
    expect(uris).toEqual(['(https://example.org/)'])
    expect(Buffer.from(handout.bytes).toString('latin1')).not.toContain('briefdeck.invalid')
    // Each page's content now draws the embedded deck pages (form XObjects).
    const xobjects = pdf.getPages().map((p) => p.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.keys().length ?? 0)
    expect(xobjects).toEqual([2, 1])
  })

  it('refuses a sheet that misses a slide or has one twice', async () => {
    const missing = await fixtures(3, [1, 3])
    await expect(composeHandout(missing.sheet, missing.deck, { title: 'x' }, 3)).rejects.toThrow(/slots for slides \[1, 3\], expected 1…3/)
    const twice = await fixtures(2, [1, 2, 2])
    await expect(composeHandout(twice.sheet, twice.deck, { title: 'x' }, 2)).rejects.toThrow(/slots for slides \[1, 2, 2\]/)
  })
})

describe('print page height', () => {
  const raw = (content: string) => ({ index: 0, title: 'T', frontmatter: {}, note: '', content })

  it('asks for a page as tall as the deck only when something is drawn once seen, or pictures are taken', () => {
    const plain = toDeckInfo({ canvasWidth: 980, aspectRatio: 16 / 9, slides: [raw('# A\n\n- point'), raw('```mermaid\ngraph TD\n```')] })
    expect(needsFullHeight(plain, false)).toBe(false)
    expect(needsFullHeight(plain, true)).toBe(true)
    for (const content of ['<RenderWhen context="visible">x</RenderWhen>', '<div v-motion :initial="{}">x</div>', '<img loading="lazy" src="/a.png">'])
      expect(needsFullHeight(toDeckInfo({ canvasWidth: 980, aspectRatio: 16 / 9, slides: [raw(content)] }), false), content).toBe(true)
    // Article text is escaped by the renderer, so it cannot ask for it.
    expect(needsFullHeight(toDeckInfo({ canvasWidth: 980, aspectRatio: 16 / 9, slides: [raw('&lt;RenderWhen context="visible"&gt;')] }), false)).toBe(false)
  })
})
