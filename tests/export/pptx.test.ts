/**
 * The PowerPoint file, built from outlines without a browser and read back as XML: slides, placeholders, notes,
 * pictures, properties, sections. The real-client tests (LibreOffice Impress) are in tests/e2e/pptx.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { buildPptx, deckThesis, fitNotes, placePicture, sectionTitles, SLIDE, type DiagramPicture } from '../../src/export/pptx.ts'
import { addKeywords, oneParagraphProperties, xmlText } from '../../src/export/pptx-package.ts'
import { countLines, fitFontSize, textHeight, textWidth } from '../../src/export/pptx-text.ts'
import type { Outline, Slide } from '../../src/outline.ts'
import { describeDiagram, isDiagramSlide } from '../../src/render/diagrams/index.ts'
import { notesLines, renderDeck, slideNotes } from '../../src/render/index.ts'
import { sampleOutline } from '../outline/fixture.ts'
import { paragraphs, parseXml, readPptx, shapeBoxes } from '../pptx-helpers.ts'

/** A 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

function picture(label: string): DiagramPicture {
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200" fill="#eef"/><text x="200" y="100" text-anchor="middle">${label}</text></svg>`,
    png: PNG,
    box: { x: 0.1, y: 0.18, w: 0.8, h: 0.6 },
  }
}

/** A picture for every diagram slide, as the exporter makes them. */
function picturesFor(outline: Outline): Map<number, DiagramPicture[]> {
  return new Map(outline.slides.flatMap((s, i) => (isDiagramSlide(s) ? [[i, [picture(`Diagram ${i + 1}`)]] as const] : [])))
}

const META = { title: 'A sample briefing', author: 'A. Writer', subject: 'A 10-minute briefing', keywords: ['briefing', 'Background'] }

const titleOf = (xml: string) => paragraphs(placeholderXml(xml, 'title')).join(' ')
const bodyOf = (xml: string) => paragraphs(placeholderXml(xml, 'body'))

/** The `<p:sp>` of a slide holding the placeholder of `type`. */
function placeholderXml(xml: string, type: 'title' | 'body'): string {
  const shape = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map((m) => m[0]).find((sp) => new RegExp(`<p:ph\\b[^>]*type="${type}"`).test(sp))
  return shape ?? ''
}

describe('text metrics (the PPTX overflow rule)', () => {
  it('measures Arial widths', () => {
    expect(textWidth('abc', 10)).toBeCloseTo(16.12, 2)
    expect(textWidth('W', 10, true)).toBeCloseTo(9.44, 2)
    expect(textWidth('é', 10)).toBe(textWidth('e', 10))
    expect(textWidth('中文', 10)).toBe(20)
    expect(textWidth('~', 10)).toBeCloseTo(5.84, 2) // the last of the ASCII table
  })

  it('wraps words as the clients do, and breaks a word longer than the line', () => {
    expect(countLines({ runs: [{ text: 'one two three' }] }, 10, 1000)).toBe(1)
    expect(countLines({ runs: [{ text: 'one two three' }] }, 10, textWidth('one two', 10) + 1)).toBe(2)
    expect(countLines({ runs: [{ text: 'x'.repeat(100) }] }, 10, textWidth('x'.repeat(10), 10))).toBe(10)
    const width = textWidth('one two three', 10) + 1
    expect(countLines({ runs: [{ text: 'one two three' }] }, 10, width)).toBe(1)
    expect(countLines({ runs: [{ text: 'one two three' }], indent: 20 }, 10, width)).toBe(2)
  })

  it('chooses the largest size that fits, never below the minimum', () => {
    const short = [{ runs: [{ text: 'Short' }] }]
    const long = [{ runs: [{ text: 'word '.repeat(400) }] }]
    expect(fitFontSize(short, { width: 500, height: 100 }, { max: 24, min: 12 })).toBe(24)
    const size = fitFontSize(long, { width: 500, height: 300 }, { max: 24, min: 8 })
    expect(size).toBeLessThan(24)
    expect(textHeight(long, size, 500)).toBeLessThanOrEqual(300)
    expect(fitFontSize(long, { width: 100, height: 10 }, { max: 24, min: 12 })).toBe(12)
  })
})

describe('buildPptx on an outline with a slide of every kind', async () => {
  const outline = sampleOutline()
  const bytes = await buildPptx({ outline, pictures: picturesFor(outline), meta: META })
  const pptx = await readPptx(bytes)

  it('writes well-formed XML parts, one slide and one notes page per outline slide', () => {
    for (const [path, data] of pptx.files)
      if (/\.(xml|rels)$/.test(path)) expect(() => parseXml(new TextDecoder().decode(data)), path).not.toThrow()
    expect(pptx.slides).toHaveLength(outline.slides.length)
    expect(pptx.notes).toHaveLength(outline.slides.length)
    expect(pptx.presentation.match(/<p:sldId /g)).toHaveLength(outline.slides.length)
    expect(pptx.presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>')
    expect(pptx.presentation).toContain('<p:notesSz cx="6858000" cy="9144000"/>')
  })

  it('puts every title in the title placeholder and every point, with its sources, in the body placeholder', () => {
    outline.slides.forEach((slide, i) => expect(titleOf(pptx.slides[i]!), `slide ${i + 1}`).toBe(slide.title))
    const points = outline.slides[2] as Extract<Slide, { kind: 'points' }>
    expect(bodyOf(pptx.slides[2]!)).toEqual(points.points.map((p) => `${p.text} ${p.source.join(', ')}`))
    expect(bodyOf(pptx.slides[1]!)).toEqual(['Background', 'Who stands where'])
    expect(pptx.slides[1]).toContain('<a:buAutoNum type="arabicPeriod"')
    expect(pptx.slides[2]).toContain('<a:buChar char="&#x2022;"/>')
    // The reference is a smaller, grey run of its own.
    const ref = /<a:rPr lang="en-US" sz="(\d+)"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*?<a:srgbClr val="6B7280"\/>(?:(?!<\/a:rPr>)[\s\S])*<\/a:rPr><a:t> p1\.s1<\/a:t>/.exec(pptx.slides[2]!)
    const point = /<a:rPr lang="en-US" sz="(\d+)"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*<\/a:rPr><a:t>Alpha condemned the test\.<\/a:t>/.exec(pptx.slides[2]!)
    expect(Number(ref?.[1])).toBeLessThan(Number(point?.[1]))
  })

  it('shows a point that repeats its slide’s title once: in the title, with that point’s sources after it', async () => {
    const echo = sampleOutline()
    const slide = echo.slides[2] as Extract<Slide, { kind: 'points' }>
    slide.title = 'Alpha condemned the test'
    const deck = await readPptx(await buildPptx({ outline: echo, pictures: picturesFor(echo), meta: META }))
    expect(titleOf(deck.slides[2]!)).toBe('Alpha condemned the test p1.s1')
    expect(bodyOf(deck.slides[2]!)).toEqual(['Beta and Gamma agreed to share intelligence. p1.s2, p2.s1'])
  })

  it('names each quote’s speaker', () => {
    expect(bodyOf(pptx.slides[3]!)).toEqual(['“Just what we do not need” — An Analyst p2.s1'])
  })

  it('states the title, author, publisher and the thesis on the cover', () => {
    expect(bodyOf(pptx.slides[0]!)).toEqual(['A 10-minute briefing', 'A. Writer · Example Press', `Thesis: ${deckThesis(outline)!.text} p2.s1`])
    expect(deckThesis(outline)?.text).toBe('It matters.')
  })

  it('lists the article on the sources slide, its link clickable', async () => {
    expect(bodyOf(pptx.slides[8]!)).toEqual(['Article: “A sample briefing”, by A. Writer', 'Publisher: Example Press', 'Credit: Image: someone'])
    const linked = { ...outline, meta: { ...outline.meta, url: 'https://example.org/article?id=1&page=2' } }
    const withLink = await readPptx(await buildPptx({ outline: linked, pictures: picturesFor(linked), meta: META }))
    expect(bodyOf(withLink.slides[8]!)).toContain('Link: https://example.org/article?id=1&page=2')
    expect(new TextDecoder().decode(withLink.files.get('ppt/slides/_rels/slide9.xml.rels'))).toContain(
      'Target="https://example.org/article?id=1&amp;page=2" TargetMode="External"',
    )
  })

  it('writes one paragraph-properties element per paragraph, first', () => {
    for (const xml of pptx.slides) {
      for (const p of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const count = (p[1]!.match(/<a:pPr\b/g) ?? []).length
        expect(count).toBeLessThanOrEqual(1)
        if (count) expect(p[1]!.startsWith('<a:pPr')).toBe(true)
      }
    }
    expect(oneParagraphProperties('<a:p><a:pPr algn="l"/><a:r/><a:pPr indent="0"><a:buNone/></a:pPr><a:r/></a:p>')).toBe('<a:p><a:pPr algn="l"/><a:r/><a:r/></a:p>')
  })

  it('keeps every shape on the slide', () => {
    for (const [i, xml] of pptx.slides.entries())
      for (const box of shapeBoxes(xml)) {
        expect(box.x, `slide ${i + 1}`).toBeGreaterThanOrEqual(0)
        expect(box.y, `slide ${i + 1}`).toBeGreaterThanOrEqual(0)
        expect(box.x + box.w, `slide ${i + 1}`).toBeLessThanOrEqual(SLIDE.width * 72 + 0.5)
        expect(box.y + box.h, `slide ${i + 1}`).toBeLessThanOrEqual(SLIDE.height * 72 + 0.5)
      }
  })

  it('embeds each diagram as SVG with its PNG stand-in, and its description as alt text', () => {
    outline.slides.forEach((slide, i) => {
      if (!isDiagramSlide(slide)) return expect(pptx.slides[i]).not.toContain('<p:pic>')
      const xml = pptx.slides[i]!
      const blip = /<a:blip r:embed="(rId\d+)">[\s\S]*?<asvg:svgBlip [^>]*r:embed="(rId\d+)"\/>/.exec(xml)
      expect(blip, `slide ${i + 1}`).not.toBeNull()
      const [png, svg] = [pptx.media(i + 1, blip![1]!), pptx.media(i + 1, blip![2]!)]
      expect(svg).toMatch(/\.svg$/)
      expect(new TextDecoder().decode(pptx.files.get(svg!))).toBe(picture(`Diagram ${i + 1}`).svg)
      expect(Buffer.from(pptx.files.get(png!)!)).toEqual(PNG)
      expect(xml).toContain(`descr="${xmlText(describeDiagram(slide))}"`)
    })
    expect(pptx.contentTypes).toContain('Extension="svg" ContentType="image/svg+xml"')
  })

  it('draws the legend of an actors diagram', () => {
    expect(paragraphs(pptx.slides[4]!)).toEqual(expect.arrayContaining(['alliance', 'hostility']))
  })

  it('carries the deck’s speaker notes, a paragraph per line, talking points as bullets', () => {
    outline.slides.forEach((_, i) => {
      const lines = notesLines(slideNotes(outline, i))
      const notes = pptx.notes[i]!
      expect(paragraphs(notes).slice(0, lines.length), `notes of slide ${i + 1}`).toEqual(lines.map((l) => l.text))
      expect(notes.match(/<a:buChar char="•"\/>/g)?.length ?? 0).toBe(lines.filter((l) => l.bullet).length)
      expect(notes).toMatch(/Timing: ≈\d+:\d\d, at \d+:\d\d of 10:00/)
    })
    expect(paragraphs(pptx.notes[2]!)).toContain('“Alpha swiftly condemned the test.” (p1.s1)')
  })

  it('sets the document properties', () => {
    expect(pptx.core).toContain('<dc:title>A sample briefing</dc:title>')
    expect(pptx.core).toContain('<dc:creator>A. Writer</dc:creator>')
    expect(pptx.core).toContain('<dc:subject>A 10-minute briefing</dc:subject>')
    expect(pptx.core).toContain('<cp:keywords>briefing, Background</cp:keywords>')
  })

  it('has no sections when the outline has none', () => {
    expect(pptx.presentation).not.toContain('sectionLst')
  })
})

describe('PowerPoint sections', () => {
  const withSections = (): Outline => {
    const o = sampleOutline()
    o.slides.splice(2, 0, { kind: 'section', title: 'Background' })
    o.slides.splice(5, 0, { kind: 'section', title: 'Background' })
    return o
  }

  it('opens a section at each section slide, the slides before it in a section of their own', () => {
    expect(sectionTitles(withSections()).map((s) => s && `${s.title}${s.opens ? ' +' : ''}`)).toEqual([
      'Opening +', 'Opening', 'Background +', 'Background', 'Background', 'Background (2) +', 'Background (2)', 'Background (2)',
      'Background (2)', 'Background (2)', 'Background (2)',
    ])
    expect(sectionTitles(sampleOutline()).every((s) => s === undefined)).toBe(true)
  })

  it('writes them into the presentation', async () => {
    const outline = withSections()
    const pptx = await readPptx(await buildPptx({ outline, pictures: picturesFor(outline), meta: META }))
    const sections = [...pptx.presentation.matchAll(/<p14:section name="([^"]+)"[^>]*><p14:sldIdLst>([\s\S]*?)<\/p14:sldIdLst>/g)]
    expect(sections.map((s) => [s[1], (s[2]!.match(/<p14:sldId /g) ?? []).length])).toEqual([
      ['Opening', 2],
      ['Background', 3],
      ['Background (2)', 6],
    ])
    expect(paragraphs(placeholderXml(pptx.slides[5]!, 'body'))).toEqual(['PART 2 OF 2'])
  })
})

describe('the PPTX and the deck share one source of notes', () => {
  it('shows a talking point the outline adds, as plain text, where slides.md escapes it for Slidev', async () => {
    const outline = sampleOutline()
    const hostile = 'Stress this: a <b> & "c" --> [click] {{ x }} *not bold*'
    outline.slides[2] = { ...outline.slides[2]!, notes: ['First.', hostile] } as Slide
    const pptx = await readPptx(await buildPptx({ outline, pictures: picturesFor(outline), meta: META }))
    expect(paragraphs(pptx.notes[2]!).slice(0, 2)).toEqual(['First.', hostile])
    const slidesMd = renderDeck(outline)
    expect(slidesMd).toContain('- Stress this: a &lt;b> &amp; "c" \\-\\-> &#91;click\\] {{ x }} \\*not bold\\*')
  })
})

describe('hostile text', () => {
  it('stays text: markup escaped, characters XML cannot hold dropped, everything else kept', async () => {
    const outline = sampleOutline()
    const hostile = 'Tom & Jerry <script>alert(1)</script> "quoted" \u0001\u0008 lone \uD800 surrogate 😀 عربي'
    const kept = 'Tom & Jerry <script>alert(1)</script> "quoted"  lone  surrogate 😀 عربي'.replace(/\s{2,}/g, ' ')
    outline.meta = { ...outline.meta, title: hostile, author: hostile, publisher: hostile, credits: [hostile], url: 'https://example.org/a?b=1&c="2"' }
    outline.slides[0] = { kind: 'cover', title: hostile, subtitle: hostile, notes: [hostile] }
    outline.slides[2] = { kind: 'points', title: hostile, points: [{ text: hostile, source: ['p1.s1'] }] }
    const pptx = await readPptx(await buildPptx({ outline, pictures: picturesFor(outline), meta: { ...META, title: hostile, keywords: [hostile] } }))
    for (const [path, data] of pptx.files)
      if (/\.(xml|rels)$/.test(path)) expect(() => parseXml(new TextDecoder().decode(data)), path).not.toThrow()
    expect(titleOf(pptx.slides[0]!)).toBe(kept)
    expect(bodyOf(pptx.slides[2]!)).toEqual([`${kept} p1.s1`])
    expect(paragraphs(pptx.notes[0]!)[0]).toBe(kept)
    expect(bodyOf(pptx.slides[8]!)).toContain('Link: https://example.org/a?b=1&c="2"')
    expect(addKeywords('<cp:coreProperties></cp:coreProperties>', ['a & b', '<c>'])).toBe('<cp:coreProperties><cp:keywords>a &amp; b, &lt;c&gt;</cp:keywords></cp:coreProperties>')
  })
})

describe('placing pictures and notes', () => {
  it('keeps a picture where the PDF has it, moved or shrunk only to stay between the title and the foot', () => {
    expect(placePicture({ x: 0.1, y: 0.2, w: 0.8, h: 0.5 }, 1, 6.9)).toEqual({ x: 0.1 * SLIDE.width, y: 1.5, w: 0.8 * SLIDE.width, h: 3.75 })
    expect(placePicture({ x: 0.1, y: 0.1, w: 0.8, h: 0.5 }, 1.2, 6.9).y).toBe(1.2)
    const tall = placePicture({ x: 0.25, y: 0.15, w: 0.5, h: 0.9 }, 1.2, 6.9)
    expect(tall.y).toBe(1.2)
    expect(tall.h).toBeCloseTo(5.7, 5)
    expect(tall.w / tall.h).toBeCloseTo((0.5 * SLIDE.width) / (0.9 * SLIDE.height), 5)
  })

  it('sizes long notes down to fit the notes page', () => {
    const short = fitNotes([{ text: 'Welcome.' }])
    const long = fitNotes(Array.from({ length: 30 }, () => ({ text: 'A long source sentence that goes on and on about the matter at hand, quoted in full.' })))
    expect(short.size).toBe(12)
    expect(long.size).toBeLessThan(12)
    expect(long.size).toBeGreaterThanOrEqual(7)
  })

  it('refuses a diagram slide without its picture', async () => {
    await expect(buildPptx({ outline: sampleOutline(), pictures: new Map(), meta: META })).rejects.toThrow(/slide 5 \(actors\) has no picture/)
  })
})
