/**
 * PDF post-processing with pdf-lib: document metadata and bookmarks (the "outline" a PDF viewer shows in its
 * sidebar). The tree is built by a pure function; writing it is the only part that touches pdf-lib objects.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib'
import { slideLabel } from './deck-slides.ts'
import type { DeckSlide, ExportMeta } from './types.ts'

/** Shown as the PDF's Creator (the application that made the content). */
export const CREATOR = 'briefdeck'

export interface OutlineNode {
  title: string
  /** 0-based page the bookmark jumps to. */
  pageIndex: number
  children: OutlineNode[]
}

/**
 * One bookmark per slide, titled with the slide's title. A section slide starts a new top-level entry and the
 * slides after it nest under it until the next section; slides before the first section stay at the top.
 */
export function buildOutlineTree(slides: DeckSlide[], firstPage: (no: number) => number = (no) => no - 1): OutlineNode[] {
  const roots: OutlineNode[] = []
  let section: OutlineNode | undefined
  for (const slide of slides) {
    const node: OutlineNode = { title: slide.title || slideLabel(slide), pageIndex: firstPage(slide.no), children: [] }
    if (slide.section) {
      roots.push(node)
      section = node
    } else if (section) section.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** Sets Title, Author, Subject, Keywords, Creator and Producer. */
export function applyMetadata(pdf: PDFDocument, meta: ExportMeta, titleSuffix = ''): void {
  pdf.setTitle(`${meta.title}${titleSuffix}`, { showInWindowTitleBar: true })
  if (meta.author) pdf.setAuthor(meta.author)
  if (meta.subject) pdf.setSubject(meta.subject)
  // pdf-lib joins keywords with spaces, which would run multi-word keywords together.
  if (meta.keywords?.length) pdf.setKeywords([meta.keywords.join(', ')])
  pdf.setCreator(CREATOR)
  pdf.setProducer(`${CREATOR} (Chromium, pdf-lib)`)
  const now = new Date()
  pdf.setCreationDate(now)
  pdf.setModificationDate(now)
}

/** Writes `tree` as the document outline and asks viewers to open with it showing. */
export function applyOutline(pdf: PDFDocument, tree: OutlineNode[]): void {
  if (tree.length === 0) return
  const pageRefs = pdf.getPages().map((page) => page.ref)
  const rootRef = pdf.context.nextRef()
  const { first, last, count } = writeLevel(pdf, tree, rootRef, pageRefs)
  pdf.context.assign(
    rootRef,
    pdf.context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(count) }),
  )
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** Writes sibling items under `parent`; returns the first and last item and how many items are visible. */
function writeLevel(pdf: PDFDocument, nodes: OutlineNode[], parent: PDFRef, pageRefs: PDFRef[]) {
  const refs = nodes.map(() => pdf.context.nextRef())
  let visible = nodes.length
  nodes.forEach((node, i) => {
    const page = pageRefs[Math.min(node.pageIndex, pageRefs.length - 1)]!
    const item = pdf.context.obj({}) as PDFDict
    item.set(PDFName.of('Title'), PDFHexString.fromText(node.title))
    item.set(PDFName.of('Parent'), parent)
    // Jump to the top-left of the page at the reader's current zoom.
    item.set(PDFName.of('Dest'), pdf.context.obj([page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]) as PDFArray)
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!)
    if (i < nodes.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!)
    if (node.children.length > 0) {
      const sub = writeLevel(pdf, node.children, refs[i]!, pageRefs)
      item.set(PDFName.of('First'), sub.first)
      item.set(PDFName.of('Last'), sub.last)
      // Positive: the section opens expanded, showing its slides.
      item.set(PDFName.of('Count'), PDFNumber.of(sub.count))
      visible += sub.count
    }
    pdf.context.assign(refs[i]!, item)
  })
  return { first: refs[0]!, last: refs[refs.length - 1]!, count: visible }
}

/** Loads a PDF that Chromium printed, adds metadata and (when given) an outline; returns the new bytes. */
export async function finishPdf(
  bytes: Uint8Array,
  meta: ExportMeta,
  outline?: OutlineNode[],
  titleSuffix = '',
): Promise<{ bytes: Uint8Array; pages: number }> {
  const { bytes: out, pages } = await finishPdfDocument(bytes, meta, outline, titleSuffix)
  return { bytes: out, pages }
}

/** The same, also handing back the loaded document (the handout draws the deck's pages from it). */
export async function finishPdfDocument(
  bytes: Uint8Array,
  meta: ExportMeta,
  outline?: OutlineNode[],
  titleSuffix = '',
): Promise<{ pdf: PDFDocument; bytes: Uint8Array; pages: number }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
  applyMetadata(pdf, meta, titleSuffix)
  if (outline) applyOutline(pdf, outline)
  return { pdf, bytes: await pdf.save(), pages: pdf.getPageCount() }
}

/** Reads a PDF's outline back as a tree (for tests and checks). */
export function readOutline(pdf: PDFDocument): OutlineNode[] {
  const pageIndex = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i]))
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const readLevel = (first: PDFDict | undefined): OutlineNode[] => {
    const nodes: OutlineNode[] = []
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookupMaybe(PDFName.of('Title'), PDFHexString)?.decodeText() ?? ''
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const target = dest?.get(0)
      nodes.push({
        title,
        pageIndex: target ? (pageIndex.get(target.toString()) ?? -1) : -1,
        children: readLevel(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      })
    }
    return nodes
  }
  return readLevel(root?.lookupMaybe(PDFName.of('First'), PDFDict))
}
