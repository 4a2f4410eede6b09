/**
 * Child process of the benchmark: the floor, i.e. what Chromium alone needs to print the deck once everything
 * else is done. Input (JSON on standard input): `{ slidesPath, distDir, warmups, runs }`.
 *
 * - built: the deck's static build (static-build.ts) served from a loopback HTTP server, Chromium already
 *   running; timed from opening a page on `/print` to `page.pdf()` returning, with the exporter's own page
 *   set-up and readiness checks (print-page.ts), so that the difference to a full export is exactly the cost of
 *   starting Slidev, compiling the deck on demand and starting Chromium.
 * - bare: a static HTML page with as many page-sized sections of plain text (no script, no diagram), from a
 *   file: URL, printed the same way: the cost of printing that many pages at all.
 *
 * Prints one JSON line: `{ builtMs: number[], bareMs: number[], pages }`.
 */
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseSync } from '@slidev/parser'
import { PDFDocument } from 'pdf-lib'
import { launchChromium } from '../export/chromium.ts'
import { toDeckInfo, type RawDeck } from '../export/deck-slides.ts'
import { needsFullHeight, openPrintPage } from '../export/print-page.ts'
import type { DeckInfo } from '../export/types.ts'
import { readStdin } from './measure.ts'

/** The deck's slides and page size, from the same parser Slidev uses (what the Slidev server would send). */
function deckInfo(slidesPath: string): DeckInfo {
  const { slides } = parseSync(readFileSync(slidesPath, 'utf8'), slidesPath)
  const head = (slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const raw: RawDeck = {
    canvasWidth: Number(head.canvasWidth) || 980,
    aspectRatio: typeof head.aspectRatio === 'number' ? head.aspectRatio : 16 / 9,
    slides: slides
      .filter((s) => !s.frontmatter?.disabled && !s.frontmatter?.hide)
      .map((s) => ({ index: s.index, title: s.title ?? '', level: s.level, frontmatter: s.frontmatter ?? {}, note: s.note ?? '', content: s.content })),
  }
  return toDeckInfo(raw)
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
}

/** A loopback file server for the built site; unknown paths get index.html (the site routes in the page). */
function serveStatic(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(root, path)
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** One page-sized section per slide, with text of a slide's length; no script, no web font, no picture. */
function bareHtml(info: DeckInfo): string {
  const sections = info.slides
    .map(
      (s) =>
        `<section><h2>${escape(s.title || `Slide ${s.no}`)}</h2><ul>${'<li>A point of about twenty words, as long as a condensed sentence on a briefing slide usually is.</li>'.repeat(4)}</ul></section>`,
    )
    .join('\n')
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: ${info.width}px ${info.height}px; margin: 0 }
body { margin: 0; font: 20px/1.5 sans-serif }
section { box-sizing: border-box; width: ${info.width}px; height: ${info.height}px; padding: 40px 56px; break-after: page; overflow: hidden }
</style></head><body>${sections}</body></html>`
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

async function countPages(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount()
}

const input = JSON.parse(await readStdin()) as { slidesPath: string; distDir: string; warmups: number; runs: number }
const deck = deckInfo(input.slidesPath)
const server = await serveStatic(input.distDir)
const address = server.address()
if (!address || typeof address === 'string') throw new Error('no port')
const deckUrl = `http://127.0.0.1:${address.port}/`
const scratch = mkdtempSync(join(tmpdir(), 'briefdeck-floor-'))
const bareFile = join(scratch, 'bare.html')
writeFileSync(bareFile, bareHtml(deck))
const browser = await launchChromium()
const builtMs: number[] = []
const bareMs: number[] = []
let pages = 0
try {
  for (let i = 0; i < input.warmups + input.runs; i++) {
    let start = performance.now()
    const print = await openPrintPage({ browser, deckUrl, deck, timeoutMs: 60_000, fullHeight: needsFullHeight(deck, false) })
    const pdf = await print.pdf()
    const built = performance.now() - start
    await print.page.context().close()
    pages = await countPages(pdf)

    start = performance.now()
    const context = await browser.newContext({ viewport: { width: deck.width, height: deck.height } })
    const page = await context.newPage()
    await page.goto(pathToFileURL(bareFile).href, { waitUntil: 'load' })
    await page.pdf({ width: `${deck.width}px`, height: `${deck.height}px`, printBackground: true, margin: { top: 0, right: 0, bottom: 0, left: 0 } })
    const bare = performance.now() - start
    await context.close()
    if (i >= input.warmups) {
      builtMs.push(built)
      bareMs.push(bare)
    }
  }
} finally {
  await browser.close()
  server.close()
  rmSync(scratch, { recursive: true, force: true })
}
console.log(JSON.stringify({ builtMs, bareMs, pages }))
