/**
 * Finishing touches to the package pptxgenjs writes, where its output falls short (pure: bytes in, bytes out):
 *
 * - SVG pictures: in Node, pptxgenjs cannot draw the PNG that clients without SVG support show instead, and
 *   stores a "broken image" picture in its place; the PNG made from the same SVG in the browser goes there.
 * - Speaker notes: pptxgenjs writes a slide's notes as one run of text; they become one paragraph per line, with
 *   real bullets for talking points, as PowerPoint's notes pane and its notes pages show them.
 * - Paragraph properties: pptxgenjs writes a `<a:pPr>` before every run of a paragraph; only one, first, is valid
 *   OOXML (LibreOffice takes the last, so a point lost its bullet to its source reference's run), so the rest go.
 * - Notes pages: pptxgenjs sizes them as the slide turned on its side (7.5 × 13.3 in), while its notes master is
 *   drawn for PowerPoint's 7.5 × 10 in; the notes text gets a box of its own on that page and a size that fits it.
 * - Placeholders: pptxgenjs puts a slide's title and text where its layout has them; each goes where the slide
 *   needs it (a two-line title pushes the text down, a cover is centred on its content).
 * - Keywords: pptxgenjs has no field for them; they go into the document's core properties.
 */
import JSZip from 'jszip'
import type { NoteLine } from '../render/notes.ts'

/** The notes of one slide and the type size (points) at which they fit NOTES_BOX. */
export interface SlideNotes {
  lines: NoteLine[]
  size: number
}

export interface PackageFixes {
  /** The notes of each slide, in slide order (slide N = index N − 1). */
  notes: SlideNotes[]
  /** Where the title or body placeholder of slide `slide` (1-based) goes, in inches (each slide has one of each at most). */
  placements: Array<{ slide: number; placeholder: 'title' | 'body'; box: { x: number; y: number; w: number; h: number } }>
  /** The PNG fallback of the `order`-th SVG picture (0-based) of slide `slide` (1-based). */
  fallbacks: Array<{ slide: number; order: number; png: Uint8Array }>
  keywords: string[]
}

const EMU_PER_INCH = 914400
/** PowerPoint's notes page, portrait 7.5 × 10 in: the page pptxgenjs's notes master is drawn for. */
const NOTES_PAGE = { cx: 6858000, cy: 9144000 } as const
/**
 * The notes text's box on a notes page, in inches: under the slide's picture (which ends at 4.6 in), most of the
 * page's width, down to 0.35 in from its foot. Its insets are the default 0.1 in at the sides, 0.05 in at top and
 * bottom.
 */
export const NOTES_BOX = { x: 0.5, y: 4.75, w: 6.5, h: 4.9, insetX: 0.1, insetY: 0.05 } as const

/** The marker pptxgenjs writes as a slide's notes, replaced by the real notes. */
const RE_NOTES_MARKER = /<a:p><a:r><a:rPr[^>]*\/><a:t>briefdeck-notes-(\d+)<\/a:t><\/a:r>(?:<a:endParaRPr[^>]*\/>)?<\/a:p>/
/** A picture with an SVG and its PNG stand-in: `<a:blip r:embed="rId3"> … <asvg:svgBlip … r:embed="rId4"/>`. */
const RE_SVG_BLIP = /<a:blip r:embed="(rId\d+)"[^>]*>(?:(?!<\/a:blip>)[\s\S])*?<asvg:svgBlip[^>]*r:embed="rId\d+"/g

export async function finishPackage(bytes: Uint8Array, fixes: PackageFixes): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  await Promise.all([
    ...fixes.notes.map((notes, i) => rewrite(zip, `ppt/notesSlides/notesSlide${i + 1}.xml`, (xml) => replaceNotes(xml, i + 1, notes))),
    ...fixes.notes.map((_, i) =>
      rewrite(zip, `ppt/slides/slide${i + 1}.xml`, (xml) =>
        placeShapes(oneParagraphProperties(xml), fixes.placements.filter((p) => p.slide === i + 1)),
      ),
    ),
    replaceFallbacks(zip, fixes.fallbacks),
    rewrite(zip, 'ppt/presentation.xml', (xml) => xml.replace(/<p:notesSz [^>]*\/>/, `<p:notesSz cx="${NOTES_PAGE.cx}" cy="${NOTES_PAGE.cy}"/>`)),
    rewrite(zip, 'docProps/core.xml', (xml) => addKeywords(xml, fixes.keywords)),
  ])
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}

async function rewrite(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path)
  if (!file) throw new Error(`the PPTX has no ${path}`)
  zip.file(path, change(await file.async('string')))
}

/**
 * The notes of slide `no`: one paragraph per line (talking points with a bullet), at `notes.size`, in NOTES_BOX.
 */
export function replaceNotes(xml: string, no: number, notes: SlideNotes): string {
  const match = RE_NOTES_MARKER.exec(xml)
  if (!match || Number(match[1]) !== no) throw new Error(`the notes of slide ${no} are not where pptxgenjs puts them`)
  const size = Math.round(notes.size * 100)
  const paragraphs = (notes.lines.length ? notes.lines : [{ text: '' }]).map((line) => notesParagraph(line, size)).join('')
  const withText = xml.slice(0, match.index) + paragraphs + xml.slice(match.index + match[0].length)
  // The box: the notes placeholder's empty shape properties (the one before its text) get a position and size.
  const emu = (inches: number) => Math.round(inches * EMU_PER_INCH)
  const box = `<p:spPr><a:xfrm><a:off x="${emu(NOTES_BOX.x)}" y="${emu(NOTES_BOX.y)}"/><a:ext cx="${emu(NOTES_BOX.w)}" cy="${emu(NOTES_BOX.h)}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr lIns="${emu(NOTES_BOX.insetX)}" tIns="${emu(NOTES_BOX.insetY)}" rIns="${emu(NOTES_BOX.insetX)}" bIns="${emu(NOTES_BOX.insetY)}"/>`
  const placeholder = withText.indexOf('name="Notes Placeholder')
  const start = placeholder < 0 ? -1 : withText.indexOf(NOTES_BODY_START, placeholder)
  if (start < 0) throw new Error(`the notes placeholder of slide ${no} is not as pptxgenjs writes it`)
  return withText.slice(0, start) + box + withText.slice(start + NOTES_BODY_START.length)
}

/** How pptxgenjs opens the notes placeholder's shape properties and text: empty, inherited from the notes master. */
const NOTES_BODY_START = '<p:spPr/><p:txBody><a:bodyPr/>'

/** Indent of a bulleted line of notes, in EMU (3/16 in). */
const NOTES_BULLET_INDENT = 171450

function notesParagraph(line: NoteLine, size: number): string {
  const text = xmlText(line.text)
  const run = text ? `<a:r><a:rPr lang="en-US" sz="${size}" dirty="0"/><a:t>${text}</a:t></a:r>` : ''
  const pPr = line.bullet
    ? `<a:pPr marL="${NOTES_BULLET_INDENT}" indent="-${NOTES_BULLET_INDENT}"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>`
    : ''
  return `<a:p>${pPr}${run}<a:endParaRPr lang="en-US" sz="${size}" dirty="0"/></a:p>`
}

/** Moves each placeholder to its box: the `<a:off>` and `<a:ext>` of the shape holding `<p:ph type="…">`. */
export function placeShapes(xml: string, placements: PackageFixes['placements']): string {
  let out = xml
  for (const { placeholder, box, slide } of placements) {
    const ph = new RegExp(`<p:ph\\b[^>]*\\btype="${placeholder}"`).exec(out)
    const end = ph ? out.indexOf('</p:sp>', ph.index) : -1
    const shape = ph ? out.slice(ph.index, end) : ''
    const xfrm = /<a:off x="-?\d+" y="-?\d+"\/><a:ext cx="\d+" cy="\d+"\/>/.exec(shape)
    if (!ph || !xfrm) throw new Error(`slide ${slide} has no ${placeholder} placeholder to place`)
    const emu = (inches: number) => Math.max(0, Math.round(inches * EMU_PER_INCH))
    const placed = `<a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/>`
    const start = ph.index + xfrm.index
    out = out.slice(0, start) + placed + out.slice(start + xfrm[0].length)
  }
  return out
}

const RE_PARAGRAPH = /<a:p>((?:(?!<\/a:p>)[\s\S])*)<\/a:p>/g
const RE_PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>(?:(?!<\/a:pPr>)[\s\S])*<\/a:pPr>/g

/** Keeps each paragraph's first `<a:pPr>` when it opens the paragraph, and drops every other one. */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(RE_PARAGRAPH, (_, body: string) => {
    let first = true
    const kept = body.replace(RE_PARAGRAPH_PROPERTIES, (pPr: string, offset: number) => {
      const keep = first && offset === 0
      first = false
      return keep ? pPr : ''
    })
    return `<a:p>${kept}</a:p>`
  })
}

/** Puts each PNG where the picture's stand-in is: the file its `<a:blip>` (not its svgBlip) points to. */
async function replaceFallbacks(zip: JSZip, fallbacks: PackageFixes['fallbacks']): Promise<void> {
  const bySlide = new Map<number, PackageFixes['fallbacks']>()
  for (const f of fallbacks) bySlide.set(f.slide, [...(bySlide.get(f.slide) ?? []), f])
  for (const [slide, pictures] of bySlide) {
    const xml = await zip.file(`ppt/slides/slide${slide}.xml`)?.async('string')
    const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)?.async('string')
    if (!xml || !rels) throw new Error(`the PPTX has no slide ${slide}`)
    const standIns = [...xml.matchAll(RE_SVG_BLIP)].map((m) => m[1]!)
    for (const picture of pictures) {
      const rId = standIns[picture.order]
      const target = rId ? new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="\\.\\./media/([^"]+\\.png)"`).exec(rels)?.[1] : undefined
      if (!target) throw new Error(`slide ${slide} has no PNG stand-in for its SVG picture ${picture.order + 1}`)
      zip.file(`ppt/media/${target}`, picture.png)
    }
  }
}

/** core.xml with `<cp:keywords>`. */
export function addKeywords(xml: string, keywords: string[]): string {
  const text = xmlText(keywords.map((k) => k.trim()).filter(Boolean).join(', '))
  if (!text) return xml
  return xml.replace('</cp:coreProperties>', `<cp:keywords>${text}</cp:keywords></cp:coreProperties>`)
}

/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/FFFF). */
const RE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text as XML character data: markup escaped, characters XML cannot hold removed. */
export function xmlText(text: string): string {
  return withoutXmlInvalid(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** `text` without the characters XML 1.0 cannot hold. */
export function withoutXmlInvalid(text: string): string {
  return text.replace(RE_NOT_XML, '')
}
