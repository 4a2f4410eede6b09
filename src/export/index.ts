/**
 * Exports a Slidev deck to PDF (one page per slide), an A4 handout, PNGs and an editable PPTX, with one Slidev
 * server and one Chromium for all of them. Everything is written all-or-nothing (see staged-files.ts).
 *
 *   const result = await exportDeck({ slidesPath, deckPdf: 'out/deck.pdf', handoutPdf: 'out/handout.pdf',
 *                                     meta: { title, author } })
 */
import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { parseSync } from '@slidev/parser'
import { isAbsolute, join, resolve } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { BriefdeckError, fail } from '../errors.ts'
import { findChromium, launchChromium } from './chromium.ts'
import { prepareDeckRoot, type DeckRoot } from './deck-root.ts'
import { composeHandout, printHandoutSheet, type HandoutSheet } from './handout.ts'
import { buildOutlineTree, finishPdfDocument } from './pdf-outline.ts'
import { needsFullHeight, openPrintPage, type PrintPage } from './print-page.ts'
import { measureOverflow } from './browser-probes.ts'
import { pictureDiagrams } from './diagram-pictures.ts'
import { buildPptx } from './pptx.ts'
import { connectDevServer, findExportService } from './dev-server.ts'
import { requestExport, startExportService as startService, type ExportService } from './export-service.ts'
import { startSlidevServer, type SlidevServer } from './slidev-server.ts'
import { guardOutputs } from './outputs.ts'
import { openExportSession as openSession, type ExportSession } from './session.ts'
import { buildSite } from './site.ts'
import { StagedFiles } from './staged-files.ts'
import type { DeckSlide, ExportMeta, ExportOptions, ExportProgress, ExportResult, WrittenFile } from './types.ts'

export type * from './types.ts'
// The one door into export for the command line, `briefdeck dev` and the bench: everything they use is here.
export { findChromium, chromiumArgs, launchChromium, SYSTEM_CHROMIUM_PATHS, type ChromiumSearch } from './chromium.ts'
export { buildOutlineTree, readOutline, type OutlineNode } from './pdf-outline.ts'
export { resolvesSlidev, SLIDEV_DECK_ENTRIES } from './deck-root.ts'
export { devServerRecordPath, freePort, registerDevServer, type DevServerRecord } from './dev-server.ts'
export { type ExportService } from './export-service.ts'
export type { ExportSession } from './session.ts'
export { toDeckInfo, type RawDeck } from './deck-slides.ts'
export { needsFullHeight, openPrintPage } from './print-page.ts'

/**
 * One Slidev server and one Chromium for many decks, exported one after another (session.ts): a reading list in
 * one run. Each deck's files are the same as its own export's.
 */
export function openExportSession(timeoutMs = DEFAULT_TIMEOUT_MS): ExportSession {
  return openSession((options, slidesPath, started, given) => {
    checkInputs(options)
    return exportHere(options, slidesPath, started, given)
  }, timeoutMs)
}

/** Starts `briefdeck dev`'s export service for the deck folder `deckDir` (export-service.ts), exporting with `exportDeck`. */
export function startExportService(deckDir: string): Promise<ExportService> {
  return startService(deckDir, exportDeck)
}

/**
 * Budget for starting Slidev and drawing every slide. A cold start (Vite transforming Slidev's client and
 * Mermaid on first request) takes 5–15 s on a 2-core machine; the margin covers a loaded CI machine.
 */
export const DEFAULT_TIMEOUT_MS = 120_000
/** Sub-pixel rounding in layout: a box this far past the edge is not an overflow a reader would see. */
const OVERFLOW_TOLERANCE_PX = 2

/** Exports the deck at `options.slidesPath` to every output named in `options`. */
export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  const started = Date.now()
  const slidesPath = checkInputs(options)
  const service = servedBy(options) ? findExportService(slidesPath) : undefined
  let serviceSkipped: string | undefined
  if (service) {
    const { deckPdf, handoutPdf, meta, timeoutMs, force } = options
    const answer = await requestExport(service, { slidesPath, deckPdf, handoutPdf, meta, timeoutMs, force }, options.onProgress ?? (() => {}))
    if ('result' in answer) return { ...answer.result, totalMs: Date.now() - started }
    serviceSkipped = answer.skipped
  }
  const result = await exportHere(options, slidesPath, started)
  return serviceSkipped && !result.devServer ? { ...result, devServerSkipped: serviceSkipped } : result
}

/**
 * A running dev server can draw these outputs: PDFs only. It has no print route; its browser exporter lays the
 * slides out as pages for print media, while pictures need a server of the export's own (and the PPTX, whose
 * diagrams are copied from the print page, is made with one too).
 */
function devServerCanDraw(options: ExportOptions): boolean {
  return options.reuseDevServer !== false && !options.pptx && !options.pngDir && !options.withClicks
}

/** The export service of `npm run dev` can make these outputs, in its own browser. */
function servedBy(options: ExportOptions): boolean {
  return devServerCanDraw(options) && options.exportService !== false && !options.browser && !options.site
}

/**
 * Exports with a server and browser of its own, or with those handed in: `given`, a running Slidev server that
 * serves this deck with its print route (an export session's), and `options.browser`.
 */
export async function exportHere(options: ExportOptions, slidesPath: string, started: number, given?: SlidevServer): Promise<ExportResult> {
  if (!options.deckPdf && !options.handoutPdf && !options.pngDir && !options.pptx) return siteOnly(options, slidesPath, started)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  // Every step reports progress: a cancelled export stops at the next one, writing nothing.
  const progress = (event: ExportProgress) => {
    if (options.signal?.aborted) throw new BriefdeckError('The export was cancelled; no file was written.')
    options.onProgress?.(event)
  }
  const executablePath = findChromium()
  // Before anything is drawn: a PDF the user made where ours goes is refused, or kept as a backup with force.
  const pdfs = [options.deckPdf, options.handoutPdf].filter((p): p is string => Boolean(p))
  const backups = await guardOutputs(pdfs, Boolean(options.force))
  for (const backup of backups) options.replacements?.made(backup) // gone again if the caller undoes the run
  const staged = new StagedFiles(options.replacements)
  const result: ExportResult = { loadMs: 0, totalMs: 0, ...(backups.length ? { backups } : {}) }
  let server: SlidevServer | undefined
  let browser: Browser | undefined
  let root: DeckRoot | undefined
  let printPage: PrintPage | undefined
  // A browser handed in (the export service's) is used as it is and left running.
  const ownBrowser = !options.browser
  try {
    progress({ phase: 'server', done: 0, total: 1 })
    // Slidev (or the search for a running dev server) and Chromium start side by side; the finally below stops
    // whichever did start when the other failed.
    const launching = settle(options.browser ? Promise.resolve(options.browser) : launchChromium(executablePath))
    const serving = settle(
      (async () => {
        if (given) return given
        // Slides drawn only once scrolled to need the print route, so a server of the export's own, too.
        if (devServerCanDraw(options)) {
          const lookup = await connectDevServer(slidesPath)
          if (lookup.found && !lookup.server.deck.slides.some((slide) => slide.drawnWhenSeen)) return lookup.server
          result.devServerSkipped = lookup.found ? 'a slide is drawn only once seen, which needs the print route' : lookup.reason
        }
        root = await prepareDeckRoot(slidesPath)
        return startSlidevServer(root.entry, timeoutMs, { vite: root.viteCacheDir, briefdeck: root.cacheDir })
      })(),
    )
    const [launched, served] = [await launching, await serving]
    // Kept before either failure is thrown, so that the finally below stops the one that did start.
    browser = launched.ok ? launched.value : undefined
    server = served.ok ? served.value : undefined
    server = unwrap(served)
    browser = unwrap(launched)
    if (server.devServer) result.devServer = server.url
    progress({ phase: 'server', done: 1, total: 1 })
    // The handout's text needs only the slides' titles and notes: print it while the deck is being drawn.
    const sheet = options.handoutPdf ? settle(printHandoutSheet({ browser, deck: server.deck, meta: options.meta })) : undefined
    printPage = await openPrintPage({
      browser,
      context: options.browserContext,
      page: options.browserPage,
      deckUrl: server.url,
      route: server.devServer ? 'browser-exporter' : 'print',
      deck: server.deck,
      timeoutMs,
      onProgress: progress,
      fullHeight: needsFullHeight(server.deck, Boolean(options.pngDir)),
      withClicks: options.withClicks,
    })
    result.loadMs = Date.now() - started
    // What runs past a slide's edge goes into the quality report (the drawn slides are at hand: measuring is cheap).
    if (!server.devServer && !options.withClicks)
      result.overflow = (await printPage.page.evaluate(measureOverflow, OVERFLOW_TOLERANCE_PX)).filter((s) => s.overflow.length)
    await writeFromPrintPage({ printPage, slides: server.deck.slides, options, staged, result, progress, sheet })
    if (options.pptx) result.pptx = await writePptx(printPage, server.deck.slides, options, staged, progress)
    await printPage.close()
    printPage = undefined
    if (options.site) result.site = await writeSite(slidesPath, options.site, server.deck.slides.length, staged, progress)
    progress({ phase: 'write', done: 0, total: 1 })
    if (options.signal?.aborted) throw new BriefdeckError('The export was cancelled; no file was written.')
    staged.commit()
    if (options.pngDir) await removeStalePngs(options.pngDir, server.deck.slides.length)
    options.onProgress?.({ phase: 'write', done: 1, total: 1 }) // written: too late to cancel
  } catch (error) {
    await staged.discard()
    throw error
  } finally {
    await printPage?.close()
    if (ownBrowser) await browser?.close().catch(() => undefined)
    await server?.close()
    await root?.cleanup()
  }
  result.totalMs = Date.now() - started
  return result
}

interface WriteContext {
  printPage: PrintPage
  slides: DeckSlide[]
  options: ExportOptions
  staged: StagedFiles
  result: ExportResult
  progress: (event: ExportProgress) => void
  /** The handout's printed text, when a handout is wanted (see handout.ts). */
  sheet?: Promise<Settled<HandoutSheet>>
}

/**
 * Stages the deck PDF, the PNGs and the handout, all made from the one drawn print page: the deck is printed
 * once, and the handout draws its slides from that same PDF.
 */
async function writeFromPrintPage({ printPage, slides, options, staged, result, progress, sheet }: WriteContext): Promise<void> {
  const { deckPdf, pngDir, handoutPdf, meta } = options
  let deck: Awaited<ReturnType<typeof printDeck>> | undefined
  const printStart = Date.now()
  if (deckPdf || handoutPdf) {
    progress({ phase: 'deck-pdf', done: 0, total: 1 })
    deck = await printDeck(printPage, slides, meta)
    progress({ phase: 'deck-pdf', done: 1, total: 1 })
  }
  if (deckPdf && deck)
    result.deckPdf = await timed(deckPdf, async () => {
      await staged.write(deckPdf, deck.bytes)
      return deck.pages
    }, printStart)
  if (pngDir)
    result.pngDir = await timed(pngDir, () => writePngs(printPage, slides, pngDir, staged, progress))
  if (handoutPdf && deck && sheet)
    result.handoutPdf = await timed(handoutPdf, async () => {
      progress({ phase: 'handout', done: 0, total: slides.length })
      const handout = await composeHandout(unwrap(await sheet), deck.pdf, meta, slides.length, (no) => printPage.slidePages[no - 1]!.at(-1)!)
      progress({ phase: 'handout', done: slides.length, total: slides.length })
      await staged.write(handoutPdf, handout.bytes)
      return handout.pages
    })
}

/**
 * Stages the PowerPoint file: built from the outline (pptx.ts), with the diagrams the print page drew. The deck
 * must be the one the outline renders: one slide per outline slide.
 */
async function writePptx(
  printPage: PrintPage,
  slides: DeckSlide[],
  options: ExportOptions,
  staged: StagedFiles,
  progress: (event: ExportProgress) => void,
): Promise<WrittenFile> {
  const { outline, pptx: target } = options
  if (!outline || !target) throw new Error('exportDeck: a PPTX needs options.outline')
  if (outline.slides.length !== slides.length)
    throw new BriefdeckError(
      `The deck has ${slides.length} slides but its outline ${outline.slides.length}, so no PPTX was written. Rebuild slides.md from the outline (npm run deck -- --outline …) and export again.`,
    )
  return timed(target, async () => {
    progress({ phase: 'pptx', done: 0, total: 1 })
    const pictures = await pictureDiagrams(printPage.page)
    const bytes = await buildPptx({ outline, pictures, meta: options.meta })
    await staged.write(target, bytes)
    progress({ phase: 'pptx', done: 1, total: 1 })
    return outline.slides.length
  })
}

/** Stages the deck's web site (site.ts): built in a private folder next to `target`, moved into place on commit. */
async function writeSite(slidesPath: string, target: string, slides: number, staged: StagedFiles, progress: (event: ExportProgress) => void): Promise<WrittenFile> {
  return timed(target, async () => {
    progress({ phase: 'html', done: 0, total: 1 })
    await buildSite(slidesPath, await staged.path(target))
    progress({ phase: 'html', done: 1, total: 1 })
    return slides
  })
}

/** The web site alone: no Slidev server and no browser are needed for it. */
async function siteOnly(options: ExportOptions, slidesPath: string, started: number): Promise<ExportResult> {
  const staged = new StagedFiles(options.replacements)
  try {
    const slides = parseSync(await readFile(slidesPath, 'utf8'), slidesPath).slides.length
    const site = await writeSite(slidesPath, options.site!, slides, staged, (event) => {
      if (options.signal?.aborted) throw new BriefdeckError('The export was cancelled; no file was written.')
      options.onProgress?.(event)
    })
    staged.commit()
    return { site, loadMs: 0, totalMs: Date.now() - started }
  } catch (error) {
    await staged.discard()
    throw error
  }
}

/** Resolves the deck path and checks that there is something to do. */
function checkInputs(options: ExportOptions): string {
  const slidesPath = isAbsolute(options.slidesPath) ? options.slidesPath : resolve(options.slidesPath)
  if (!existsSync(slidesPath)) fail(`Cannot export ${slidesPath}: there is no such file. Render the deck first (npm run deck).`)
  if (!options.deckPdf && !options.handoutPdf && !options.pngDir && !options.pptx && !options.site)
    throw new Error('exportDeck: no output requested (deckPdf, handoutPdf, pngDir, pptx or site)')
  if (!options.meta?.title?.trim()) throw new Error('exportDeck: meta.title is required')
  if (options.pptx && !options.outline) throw new Error('exportDeck: a PPTX needs options.outline, the outline slides.md was rendered from')
  return slidesPath
}

/** Prints the drawn deck, one page per slide (or per click step), with metadata and bookmarks. */
async function printDeck(printPage: PrintPage, slides: DeckSlide[], meta: ExportMeta) {
  const printed = await printPage.pdf()
  const deck = await finishPdfDocument(printed, meta, buildOutlineTree(slides, (no) => printPage.slidePages[no - 1]![0]!))
  const expected = printPage.slidePages.flat().length
  if (deck.pages !== expected)
    throw new BriefdeckError(
      `The deck PDF came out with ${deck.pages} pages for ${slides.length} slides${expected > slides.length ? ` (${expected} click steps)` : ''}, so it was not written. A slide's custom CSS may break Slidev's print layout.`,
    )
  return deck
}

/** Stages one PNG per slide; returns how many. */
async function writePngs(
  printPage: PrintPage,
  slides: DeckSlide[],
  dir: string,
  staged: StagedFiles,
  progress: (event: ExportProgress) => void,
): Promise<number> {
  for (const slide of slides) {
    await staged.write(join(dir, pngName(slide.no, slides.length)), await printPage.picture(slide.no))
    progress({ phase: 'png', done: slide.no, total: slides.length, slide: slide.no })
  }
  return slides.length
}

/** `01.png` … `12.png`: zero-padded so that the files sort in slide order. */
export function pngName(no: number, total: number): string {
  return `${String(no).padStart(Math.max(2, String(total).length), '0')}.png`
}

const RE_SLIDE_PNG = /^(\d{2,})\.png$/

/** Removes slide pictures of an earlier, longer export (`08.png` when the deck now has 6 slides); nothing else. */
async function removeStalePngs(dir: string, total: number): Promise<void> {
  const stale = (await readdir(dir)).filter((name) => Number(RE_SLIDE_PNG.exec(name)?.[1] ?? 0) > total)
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })))
}

async function timed(path: string, produce: () => Promise<number>, start = Date.now()): Promise<WrittenFile> {
  const pages = await produce()
  return { path, pages, ms: Date.now() - start }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

/** A promise that never rejects, for work started now and awaited later (no unhandled rejection meanwhile). */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )
}

function unwrap<T>(settled: Settled<T>): T {
  if (settled.ok) return settled.value
  throw settled.error
}
