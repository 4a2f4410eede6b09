/**
 * Slidev's print route in Chromium: every slide one under the other, each exactly one PDF page tall. Opens it,
 * waits for real signals that everything is drawn, and then prints it or photographs its slides.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-chromium'
import { BriefdeckError } from '../errors.ts'
import { prepareForPrint, probePrintPage } from './browser-probes.ts'
import { judgeProbe, timeoutMessage, type Verdict } from './readiness.ts'
import type { DeckInfo, ExportProgress } from './types.ts'

/**
 * How long no request to the Slidev server may be in flight or start before the page counts as settled, on top
 * of the page's own signals (every slide mounted, every diagram drawn, fonts and images loaded). Requests still
 * in flight always count, so a Vite reload or a module still compiling is waited for whatever this is; the
 * window only covers the moment between one module arriving and the requests it leads to. Measured on the
 * bench decks: when the page's own signals said ready, the network had already been quiet for 60–250 ms and no
 * request followed in the next 2 s, so Playwright's 500 ms ("networkidle") only added latency.
 */
const NETWORK_QUIET_MS = 150
/** How often the page is probed: often enough to add little latency, rare enough to cost nothing. */
const POLL_INTERVAL_MS = 100
/** Pixel density of slide pictures: 2 gives crisp text on a printed handout and matches Slidev's PNG export. */
export const PICTURE_SCALE = 2

export interface PrintPage {
  page: Page
  /** The whole deck as a PDF, one page per slide. */
  pdf(): Promise<Buffer>
  /** A PNG picture of slide `no` (1-based), at `PICTURE_SCALE` times the slide's size. */
  picture(no: number): Promise<Buffer>
  /** Closes the page (and its context, when it made one). */
  close(): Promise<void>
  /**
   * The 0-based PDF pages of each slide, by slide number - 1: one page a slide, or with click steps
   * (`withClicks`) one page a step, the last showing the whole slide.
   */
  slidePages: number[][]
}

export interface OpenPrintPageOptions {
  browser: Browser
  /**
   * A context of `browser` to open the page in, kept open afterwards: a long-lived one keeps the deck's scripts
   * in its HTTP cache between exports (export-service.ts). It must have `PICTURE_SCALE` as its device scale.
   */
  context?: BrowserContext
  /**
   * A page of `context` to load the deck in, kept open afterwards: loading the deck again in the same page is
   * the fastest (its scripts are compiled already).
   */
  page?: Page
  deckUrl: string
  /**
   * The page that lays every slide out for print. Slidev's print route by default; a dev server has none (Slidev
   * enables it only for exports and builds) but has its browser exporter, `export/`, which lays the slides out
   * the same way for print (dev-server.ts).
   */
  route?: 'print' | 'browser-exporter'
  deck: DeckInfo
  timeoutMs: number
  onProgress?: (event: ExportProgress) => void
  /**
   * Lay the page out as tall as the whole deck, like Slidev's exporter (the default), or as tall as one slide.
   * Printing does not depend on it: a PDF is laid out by pages. But Chromium composites and rasterises the whole
   * viewport while the deck loads, and a viewport of 60 slides at twice the pixel density cost the browser
   * about 2 s of CPU more than one of a single slide. A deck needs the tall page when slides are pictured
   * (`picture`) or when content waits to be seen (`DeckSlide.drawnWhenSeen`).
   */
  fullHeight?: boolean
  /** One page per click step of each slide (Slidev's `?print=clicks`) rather than one per slide. */
  withClicks?: boolean
}

/** True when printing the deck needs every slide on screen (see `OpenPrintPageOptions.fullHeight`). */
export function needsFullHeight(deck: Pick<DeckInfo, 'slides'>, pictures: boolean): boolean {
  return pictures || deck.slides.some((slide) => slide.drawnWhenSeen)
}

/** Opens the print route and resolves once every slide is drawn; throws a BriefdeckError naming what was not. */
export async function openPrintPage(options: OpenPrintPageOptions): Promise<PrintPage> {
  const { browser, deckUrl, deck, fullHeight = true } = options
  // As tall as the whole deck, like Slidev's exporter: every slide is "on screen", so nothing waits to be scrolled to.
  const viewport = { width: deck.width, height: deck.height * (fullHeight ? Math.max(deck.slides.length, 1) : 1) }
  const context =
    options.context ?? (await browser.newContext({ viewport, deviceScaleFactor: PICTURE_SCALE, colorScheme: deck.dark ? 'dark' : 'light' }))
  const page = options.page ?? (await context.newPage())
  const network = trackNetwork(page, new URL(deckUrl).origin)
  const close = async () => {
    network.stop()
    // A kept page stays on the deck: loading it again in the same page is the fastest.
    if (!options.page) await (options.context ? page.close() : context.close()).catch(() => undefined)
  }
  try {
    if (options.context) {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ media: 'screen', colorScheme: deck.dark ? 'dark' : 'light' })
    }
    return await drawPrintPage(page, network, options, close)
  } catch (error) {
    await close()
    throw error
  }
}

async function drawPrintPage(
  page: Page,
  network: ReturnType<typeof trackNetwork>,
  { deckUrl, deck, timeoutMs, onProgress, fullHeight = true, route = 'print', withClicks = false }: OpenPrintPageOptions,
  close: () => Promise<void>,
): Promise<PrintPage> {
  const total = deck.slides.length
  const deadline = Date.now() + timeoutMs
  try {
    await page.goto(route === 'print' ? printUrl(deckUrl, deck.routerMode, withClicks) : exporterUrl(deckUrl, deck.routerMode), { waitUntil: 'domcontentloaded', timeout: timeoutMs })
  } catch (error) {
    throw new BriefdeckError(`The deck page did not load within ${Math.round(timeoutMs / 1000)} s: ${(error as Error).message.split('\n')[0]}`)
  }
  await page.emulateMedia({ media: 'screen', colorScheme: deck.dark ? 'dark' : 'light' })

  await waitUntilDrawn(page, deck, network, deadline, timeoutMs, onProgress)
  await page.evaluate(prepareForPrint)
  onProgress?.({ phase: 'load', done: total, total })

  const containers = page.locator('.print-slide-container')
  // Each container is one PDF page; its id is `<slide>-<click step>` (`003-02`).
  const ids = await containers.evaluateAll((els) => els.map((el) => el.id))
  const slidePages: number[][] = Array.from({ length: total }, () => [])
  ids.forEach((id, index) => slidePages[(withClicks ? Number(id.split('-')[0]) : index + 1) - 1]?.push(index))
  if (ids.length < total || slidePages.some((pages) => pages.length === 0) || (!withClicks && ids.length !== total))
    throw new Error(`the print page has ${ids.length} slide containers for ${total} slides`)
  return {
    page,
    close,
    slidePages,
    pdf: async () => {
      // The browser exporter lays its slides out as pages only for print media (its screen view is a preview).
      if (route === 'browser-exporter') await page.emulateMedia({ media: 'print', colorScheme: deck.dark ? 'dark' : 'light' })
      return page.pdf({
        width: `${deck.width}px`,
        height: `${deck.height}px`,
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
      })
    },
    async picture(no) {
      if (!fullHeight) throw new Error('openPrintPage: pictures need the page opened with fullHeight')
      const box = await containers.nth(slidePages[no - 1]!.at(-1)!).boundingBox()
      if (!box) throw new Error(`slide ${no} has no layout box on the print page`)
      // PNG rather than JPEG: slides are flat colour and text, which PNG keeps sharp and, in the PDF, smaller.
      return page.screenshot({ type: 'png', fullPage: true, clip: snapClip(box, deck) })
    },
  }
}

/**
 * The picture's rectangle, snapped to whole device pixels inside the slide. A 16:9 slide 980 px wide is
 * 551.25 px tall, so slides start at fractional offsets, and a plain element screenshot rounds outwards: it
 * came out 1104 px tall with a hairline of the neighbouring slide. Starting on the first whole device pixel and
 * taking `deck.height` px (the slide's height rounded down) stays inside the slide.
 */
export function snapClip(box: { x: number; y: number }, deck: Pick<DeckInfo, 'width' | 'height'>) {
  // The epsilon keeps an already-whole value where it is despite floating-point noise.
  const snap = (v: number) => Math.max(0, Math.ceil(v * PICTURE_SCALE - 1e-6) / PICTURE_SCALE)
  return { x: snap(box.x), y: snap(box.y), width: deck.width, height: deck.height }
}

/** Probes the page until every slide is drawn; throws at once on a broken diagram, or at the deadline. */
async function waitUntilDrawn(
  page: Page,
  deck: DeckInfo,
  network: ReturnType<typeof trackNetwork>,
  deadline: number,
  timeoutMs: number,
  onProgress?: (event: ExportProgress) => void,
): Promise<void> {
  const total = deck.slides.length
  let verdict: Verdict = { state: 'waiting', readySlides: 0, reasons: ['the page has not started the deck yet'] }
  let reported = -1
  for (;;) {
    const probe = await page.evaluate(probePrintPage, total).catch(ignoreReload)
    if (probe) verdict = judgeProbe(probe, deck.slides, network.quiet(NETWORK_QUIET_MS))
    if (verdict.state === 'broken') throw new BriefdeckError(verdict.message)
    if (probe && verdict.state === 'ready') return
    if (verdict.state === 'waiting' && verdict.readySlides !== reported)
      onProgress?.({ phase: 'load', done: (reported = verdict.readySlides), total })
    if (Date.now() >= deadline) {
      const pending = network.pending()
      if (verdict.state === 'waiting' && pending.length > 0) verdict.reasons.push(`waiting for: ${pending.slice(0, 3).join(', ')}`)
      throw new BriefdeckError(timeoutMessage(verdict, timeoutMs, total))
    }
    await page.waitForTimeout(POLL_INTERVAL_MS)
  }
}

/** Vite reloads the page once when it discovers dependencies on a first run; a probe cut short by that is retried. */
function ignoreReload(error: Error): undefined {
  if (/Execution context was destroyed|navigat/i.test(error.message)) return undefined
  throw error
}

/** The print route: one page per slide, or with `withClicks` one per click step. */
export function printUrl(deckUrl: string, routerMode: DeckInfo['routerMode'], withClicks = false): string {
  const query = `print=${withClicks ? 'clicks' : 'true'}`
  return routerMode === 'hash' ? `${deckUrl}?${query}#print` : `${deckUrl}print?${query}`
}

/** Slidev's browser exporter, which a dev server has instead of the print route. */
export function exporterUrl(deckUrl: string, routerMode: DeckInfo['routerMode']): string {
  return routerMode === 'hash' ? `${deckUrl}#export` : `${deckUrl}export`
}

/**
 * Counts requests to the Slidev server in flight and remembers when the last one started or ended. Requests
 * elsewhere (web fonts, remote images) are left to the fonts and images checks: on a closed network they may
 * hang, and they cannot make Vite reload a slide.
 */
function trackNetwork(page: Page, origin: string) {
  const inFlight = new Map<object, string>()
  let lastActivity = Date.now()
  const started = (request: Request) => {
    if (!request.url().startsWith(origin)) return
    inFlight.set(request, request.url())
    lastActivity = Date.now()
  }
  const done = (request: object) => {
    if (inFlight.delete(request)) lastActivity = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  return {
    quiet: (ms: number) => inFlight.size === 0 && Date.now() - lastActivity >= ms,
    pending: () => [...inFlight.values()],
    /** Stops counting (for a page that is kept and loaded again). */
    stop: () => {
      page.off('request', started)
      page.off('requestfinished', done)
      page.off('requestfailed', done)
    },
  }
}
