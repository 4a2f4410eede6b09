/**
 * The export service of `npm run dev`: a loopback HTTP endpoint in the dev process that makes a deck's PDFs with
 * the running Slidev server and a Chromium it keeps between exports. A presenter who rebuilds while presenting
 * gets the PDFs without a Slidev start, a Chromium start, or the deck's scripts being fetched and compiled anew:
 * the service's browser context has them in its HTTP cache (see BENCHMARKS.md for what each of these costs).
 *
 * `npm run deck` finds the service through the dev server's record (dev-server.ts), sends the export there and
 * prints the service's progress as its own. The service draws exactly the slides.md being exported or nothing:
 * it goes through `exportDeck`, which checks that the dev server serves that file slide for slide.
 *
 * Only the user who started `npm run dev` can use it: it listens on 127.0.0.1 and wants the random token kept in
 * the record, a file only that user can read. It exports one deck at a time, only decks of the folder it
 * presents, writes PDFs inside that folder only (never over a PDF the user made, unless asked to keep a backup),
 * drops an export whose client went away, and closes its browser after IDLE_MS without exports.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { dirname, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { BriefdeckError } from '../errors.ts'
import { findChromium, launchChromium } from './chromium.ts'
import { insideFolder } from './outputs.ts'
import { PICTURE_SCALE } from './print-page.ts'
import type { ExportMeta, ExportOptions, ExportProgress, ExportResult } from './types.ts'

/** Where the service listens, as the dev server's record keeps it. */
export interface ServiceAddress {
  port: number
  token: string
}

/** What `npm run deck` sends: the files to write, for a deck in the presented folder. */
export interface ServiceRequest {
  slidesPath: string
  deckPdf?: string
  handoutPdf?: string
  meta: ExportMeta
  timeoutMs?: number
  /** Replace a PDF the user made at one of the paths, keeping a backup (`npm run deck --force`). */
  force?: boolean
}

/** One line of the service's answer (newline-delimited JSON). */
export type ServiceLine =
  | { type: 'progress'; event: ExportProgress }
  | { type: 'result'; result: ExportResult }
  | { type: 'error'; message: string; user: boolean }

/** The browser is closed after this long without an export, and started again by the next one. */
export const IDLE_MS = 10 * 60_000
/** A request body larger than this is not an export request. */
const MAX_BODY_BYTES = 1_000_000

export interface ExportService {
  address: ServiceAddress
  close(): Promise<void>
}

type Exporter = (options: ExportOptions) => Promise<ExportResult>

/** Starts the service for the deck folder `deckDir`; `exporter` is `exportDeck` (passed in to avoid an import cycle). */
export async function startExportService(deckDir: string, exporter: Exporter): Promise<ExportService> {
  const token = randomBytes(24).toString('hex')
  const browser = keptBrowser()
  let queue: Promise<unknown> = Promise.resolve()
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500)
      res.end(line({ type: 'error', message: (error as Error).message, user: false }))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST' || req.url !== '/export') return void res.writeHead(404).end()
    if (!authorised(req.headers.authorization, token)) return void res.writeHead(403).end()
    const request = parseRequest(await readBody(req))
    if (typeof request === 'string') return void res.writeHead(400).end(line({ type: 'error', message: request, user: false }))
    if (dirname(resolve(request.slidesPath)) !== resolve(deckDir))
      return void res.writeHead(400).end(line({ type: 'error', message: `this service exports decks in ${deckDir} only`, user: false }))
    // Every output inside the deck's folder, and a PDF: nothing else is this service's to write.
    const outside = [request.deckPdf, request.handoutPdf].find((out) => out && !(out.endsWith('.pdf') && insideFolder(out, deckDir)))
    if (outside)
      return void res.writeHead(400).end(line({ type: 'error', message: `this service writes PDFs inside ${deckDir} only, not ${outside}`, user: false }))
    res.writeHead(200, { 'content-type': 'application/x-ndjson' })
    // A client that goes away (npm run deck stopped with Ctrl-C) takes its export with it: nothing is written.
    const cancel = new AbortController()
    res.on('close', () => {
      if (!res.writableEnded) cancel.abort()
    })
    // One export at a time: they share the browser context and, often, the output files.
    const run = queue.then(async () => {
      if (cancel.signal.aborted) throw new Error('the client went away')
      const { browser: running, context, page } = await browser.get()
      return exporter({
        ...request,
        reuseDevServer: true,
        exportService: false,
        browser: running,
        browserContext: context,
        browserPage: page,
        signal: cancel.signal,
        onProgress: (event) => res.write(line({ type: 'progress', event })),
      })
    })
    queue = run.catch(() => undefined).finally(() => browser.idle())
    try {
      res.end(line({ type: 'result', result: await run }))
    } catch (error) {
      res.end(line({ type: 'error', message: (error as Error).message, user: error instanceof BriefdeckError }))
    }
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => done())
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the export service has no port')
  return {
    address: { port: address.port, token },
    async close() {
      await new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      await browser.close()
    },
  }
}

/** A Chromium and one context, started on first use, restarted if it crashed, closed when idle. */
function keptBrowser() {
  let current: Promise<{ browser: Browser; context: BrowserContext; page: Page }> | undefined
  let timer: NodeJS.Timeout | undefined
  const close = async () => {
    clearTimeout(timer)
    const closing = current
    current = undefined
    await closing?.then(({ browser }) => browser.close()).catch(() => undefined)
  }
  function get(): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
    clearTimeout(timer)
    current ??= launchChromium(findChromium()).then(async (browser) => {
      const context = await browser.newContext({ deviceScaleFactor: PICTURE_SCALE })
      return { browser, context, page: await context.newPage() }
    })
    return current.then(
      (kept) => (kept.browser.isConnected() && !kept.page.isClosed() ? kept : ((current = undefined), get())),
      (error: unknown) => {
        current = undefined
        throw error
      },
    )
  }
  function idle() {
    clearTimeout(timer)
    timer = setTimeout(() => void close(), IDLE_MS)
    timer.unref()
  }
  return { get, idle, close }
}

function authorised(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '')
  const wanted = Buffer.from(token)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('request too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The request, or what is wrong with it. */
function parseRequest(body: string): ServiceRequest | string {
  let value: Partial<ServiceRequest>
  try {
    value = JSON.parse(body) as Partial<ServiceRequest>
  } catch {
    return 'the request is not JSON'
  }
  const text = (v: unknown) => typeof v === 'string' && v.length > 0
  if (!text(value.slidesPath)) return 'slidesPath is missing'
  if (!text(value.deckPdf) && !text(value.handoutPdf)) return 'no PDF asked for'
  if (!value.meta || !text(value.meta.title)) return 'meta.title is missing'
  return {
    slidesPath: value.slidesPath!,
    deckPdf: text(value.deckPdf) ? value.deckPdf : undefined,
    handoutPdf: text(value.handoutPdf) ? value.handoutPdf : undefined,
    meta: value.meta,
    timeoutMs: typeof value.timeoutMs === 'number' ? value.timeoutMs : undefined,
    force: value.force === true,
  }
}

const line = (l: ServiceLine) => `${JSON.stringify(l)}\n`

/**
 * Sends an export to the service at `address`. Resolves with its result, or with undefined when the service
 * could not be used (not answering, refused, failed for a reason of its own), so that the caller exports itself.
 * Rejects only with an error about the deck (a slide that never draws, say), which exporting again would repeat.
 */
export async function requestExport(
  address: ServiceAddress,
  request: ServiceRequest,
  onProgress: (event: ExportProgress) => void,
): Promise<{ result: ExportResult } | { skipped: string }> {
  let response: Response
  try {
    response = await fetch(`http://127.0.0.1:${address.port}/export`, {
      method: 'POST',
      headers: { authorization: `Bearer ${address.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
  } catch {
    return { skipped: 'the export service of npm run dev does not answer' }
  }
  if (!response.ok || !response.body) return { skipped: `the export service of npm run dev refused the export (HTTP ${response.status})` }
  let rest = ''
  let last: ServiceLine | undefined
  const decoder = new TextDecoder()
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    rest += decoder.decode(chunk, { stream: true })
    let at: number
    while ((at = rest.indexOf('\n')) >= 0) {
      const text = rest.slice(0, at)
      rest = rest.slice(at + 1)
      if (!text.trim()) continue
      last = JSON.parse(text) as ServiceLine
      if (last.type === 'progress') onProgress(last.event)
    }
  }
  if (last?.type === 'result') return { result: { ...last.result, byService: true } }
  if (last?.type === 'error' && last.user) throw new BriefdeckError(last.message)
  return { skipped: `the export service of npm run dev failed: ${last?.type === 'error' ? last.message : 'no answer'}` }
}
