/**
 * An export session: one Slidev server and one Chromium for many decks, drawn one after another (a reading list
 * in one run, `briefdeck build a.html b.md …`). Starting Node's loader, Slidev and Vite's compilation of Slidev's
 * client, and Chromium is nearly all of a cold export's time and the same work for every deck; a session pays it
 * once, as `briefdeck dev`'s export service does (export-service.ts).
 *
 * The server serves a copy of the deck inside the project (a slot of deck-root.ts). For each deck the copy is
 * made to hold that deck (only the files that differ are rewritten, slides.md last), the export waits until the
 * server serves that slides.md slide for slide (dev-server.ts `waitForDeck`), and then draws it with the print
 * route in the page it keeps, whose context has Slidev's scripts in its HTTP cache. Each deck is exported exactly
 * as on its own (`exportHere`), so its files are the same. A deck in another theme starts the server again (a
 * theme is resolved once, when the server starts), and so does a server that stopped.
 *
 *   const session = openExportSession()
 *   for (const deck of decks) await session.exportDeck({ slidesPath: deck, deckPdf, handoutPdf, meta })
 *   await session.close()
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { launchChromium } from './chromium.ts'
import { prepareDeckRoot, swapDeckInto, type DeckRoot } from './deck-root.ts'
import { waitForDeck } from './dev-server.ts'
import { PICTURE_SCALE } from './print-page.ts'
import { startSlidevServer, type SlidevServer } from './slidev-server.ts'
import type { ExportOptions, ExportResult } from './types.ts'

/** How long the server may take to pick up a swapped deck: a re-parse and a module graph update, well under this. */
const SWAP_TIMEOUT_MS = 30_000

export interface ExportSession {
  /** Exports one deck, as `exportDeck` does, with the session's server and browser. */
  exportDeck(options: ExportOptions): Promise<ExportResult>
  /** Stops the server and the browser; safe to call twice. */
  close(): Promise<void>
}

type Exporter = (options: ExportOptions, slidesPath: string, started: number, given?: SlidevServer) => Promise<ExportResult>

interface Running {
  root: DeckRoot
  server: SlidevServer
  theme: string
}

/** `exporter` is export/index.ts's `exportHere` (passed in to avoid an import cycle). */
export function openExportSession(exporter: Exporter, timeoutMs = 120_000): ExportSession {
  let running: Running | undefined
  let browser: Promise<{ browser: Browser; context: BrowserContext; page: Page }> | undefined
  let closed = false

  const stopServer = async () => {
    const was = running
    running = undefined
    await was?.server.close()
    await was?.root.cleanup()
  }

  const kept = async () => {
    browser ??= launchChromium().then(async (b) => {
      const context = await b.newContext({ deviceScaleFactor: PICTURE_SCALE })
      return { browser: b, context, page: await context.newPage() }
    })
    const k = await browser
    if (k.browser.isConnected() && !k.page.isClosed()) return k
    browser = undefined
    return kept()
  }

  /** The session's server, serving the deck at `slidesPath` (started, or swapped to it). */
  const serve = async (slidesPath: string, page: Page): Promise<SlidevServer> => {
    const theme = headmatterTheme(slidesPath)
    if (running && running.theme === theme) {
      // Off the old deck first: the server's update for the swap must not reload a page being read.
      await page.goto('about:blank').catch(() => undefined)
      await swapDeckInto(dirname(slidesPath), dirname(running.root.entry))
      const served = await waitForDeck(running.server.url, running.root.entry, SWAP_TIMEOUT_MS)
      if (!('reason' in served)) return served
      await stopServer() // it does not answer, or not with this deck: start afresh
    } else await stopServer()
    const root = await prepareDeckRoot(slidesPath, { copy: true })
    try {
      const server = await startSlidevServer(root.entry, timeoutMs, { vite: root.viteCacheDir, briefdeck: root.cacheDir, watch: true })
      running = { root, server, theme }
      return { ...server, close: async () => {} }
    } catch (error) {
      await root.cleanup()
      throw error
    }
  }

  return {
    async exportDeck(options) {
      if (closed) throw new Error('exportDeck: the export session is closed')
      const started = Date.now()
      const slidesPath = resolve(options.slidesPath)
      const k = await kept()
      let server: SlidevServer
      try {
        server = await serve(slidesPath, k.page)
      } catch (error) {
        await stopServer()
        throw error
      }
      return exporter({ ...options, browser: k.browser, browserContext: k.context, browserPage: k.page }, slidesPath, started, server)
    },
    async close() {
      closed = true
      await stopServer()
      const k = await browser?.catch(() => undefined)
      await k?.browser.close().catch(() => undefined)
    },
  }
}

/** The theme the deck's headmatter names (`default` when none). */
function headmatterTheme(slidesPath: string): string {
  const first = parseSync(readFileSync(slidesPath, 'utf8'), slidesPath).slides[0]
  return String(first?.frontmatter?.theme ?? 'default')
}
