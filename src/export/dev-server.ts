/**
 * Exports through a Slidev dev server that `npm run dev` is already running for the deck, instead of starting
 * one. A presenter rebuilds while the dev server is up; that server has Slidev's client and Mermaid compiled
 * already, so the deck is drawn in a fraction of a cold start (see BENCHMARKS.md).
 *
 * `npm run dev` leaves a record of its server (`registerDevServer`); an export finds it by the deck's folder
 * and uses it only when it is certain to draw exactly the slides.md being exported: the process is alive, the
 * server answers on loopback, and every slide it serves is, byte for byte, the slide in the file (the server
 * picks up a rewritten slides.md within a few hundred milliseconds, so the export waits for it a little).
 * Anything else, and the export starts its own server as before.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { parseSync, resolveConfig } from '@slidev/parser'
import { writeTemp } from '../temp-files.ts'
import { toDeckInfo, type RawSlide } from './deck-slides.ts'
import { isAlive, projectRoot } from './deck-root.ts'
import type { ServiceAddress } from './export-service.ts'
import type { SlidevServer } from './slidev-server.ts'

/** What `npm run dev` writes about its server. */
export interface DevServerRecord {
  /** The process that owns the server (the dev script): the record counts only while it lives. */
  pid: number
  /** The deck's base URL, e.g. `http://localhost:3030/`. */
  url: string
  /** The folder of the deck as the user named it (the record's key). */
  deckDir: string
  /** The slides.md the server serves (a mirror inside the project for decks outside it). */
  entry: string
  /** The dev process's export service (export-service.ts), when it runs one. */
  service?: ServiceAddress
}

/** How long an export waits for the dev server to pick up a slides.md that was just rewritten. */
export const CATCH_UP_MS = 3_000
const POLL_MS = 100
/** One request to a server on this machine: a busy server still answers a JSON request well within this. */
const REQUEST_TIMEOUT_MS = 2_000

/** Where the record for a deck folder lives: in the project's cache, named after the folder. */
export function devServerRecordPath(deckDir: string, root = projectRoot()): string {
  const key = createHash('sha256').update(resolve(deckDir)).digest('hex').slice(0, 16)
  return join(root, 'node_modules', '.cache', 'briefdeck', 'dev-servers', `${key}.json`)
}

/** Writes the record (whole, then renamed into place); returns a function that removes it if it is still ours. */
export function registerDevServer(record: DevServerRecord, root = projectRoot()): () => void {
  const path = devServerRecordPath(record.deckDir, root)
  mkdirSync(dirname(path), { recursive: true })
  // Only this user may read it: it holds the export service's token.
  const temp = writeTemp(path, JSON.stringify(record), 0o600)
  renameSync(temp, path)
  return () => {
    if (readRecord(path)?.pid === record.pid) rmSync(path, { force: true })
  }
}

export type DevServerLookup =
  | { found: true; server: SlidevServer }
  | { found: false; reason: string }

/**
 * The running dev server for the deck at `slidesPath`, as a `SlidevServer` whose `close` leaves it running, or
 * why there is none to use.
 */
export async function connectDevServer(slidesPath: string, options: { catchUpMs?: number; root?: string } = {}): Promise<DevServerLookup> {
  const path = devServerRecordPath(dirname(resolve(slidesPath)), options.root)
  const record = readRecord(path)
  if (!record) return { found: false, reason: 'no dev server is running for this deck' }
  if (!isAlive(record.pid)) {
    rmSync(path, { force: true })
    return { found: false, reason: 'the dev server that ran for this deck has stopped' }
  }
  if (!isLoopback(record.url)) return { found: false, reason: `the dev server's address ${record.url} is not on this machine` }
  const served = await waitForDeck(record.url, slidesPath, options.catchUpMs ?? CATCH_UP_MS, 'the dev server')
  if ('reason' in served) return { found: false, reason: served.reason }
  return { found: true, server: { ...served, devServer: true } }
}

/**
 * Waits (up to `catchUpMs`) until the Slidev server at `url` serves the slides.md at `slidesPath`, slide for slide,
 * byte for byte; then the server as a `SlidevServer` for that deck (its `close` leaves it running), or why not.
 */
export async function waitForDeck(url: string, slidesPath: string, catchUpMs: number, name = 'the Slidev server'): Promise<SlidevServer | { reason: string }> {
  let text: string
  try {
    text = readFileSync(slidesPath, 'utf8')
  } catch {
    return { reason: 'slides.md could not be read' }
  }
  const expected = parseSync(text, slidesPath).slides
  const deadline = Date.now() + catchUpMs
  for (;;) {
    const served = await servedSlides(url, expected.length)
    if (served === 'unreachable') return { reason: `${name} at ${url} does not answer` }
    if (served && served.length === expected.length && served.every((s, i) => s.source?.raw === expected[i]!.raw))
      return devServer(url, served, expected[0]?.frontmatter ?? {}, slidesPath)
    if (Date.now() >= deadline) return { reason: `${name} at ${url} serves another version of this deck` }
    await new Promise((r) => setTimeout(r, POLL_MS))
  }
}

interface ServedSlide extends RawSlide {
  source?: { raw?: string }
}

/**
 * Slides 1…n as the server has them (Slidev's `/__slidev/slides/N.json`), or undefined when the server has a
 * different number of slides, or 'unreachable'.
 */
async function servedSlides(url: string, count: number): Promise<ServedSlide[] | undefined | 'unreachable'> {
  const get = async (no: number) => {
    const response = await fetch(`${url}__slidev/slides/${no}.json`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    if (response.status === 404) return undefined
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return (await response.json()) as ServedSlide
  }
  try {
    const slides = await Promise.all(Array.from({ length: count + 1 }, (_, i) => get(i + 1)))
    const beyond = slides.pop()
    if (beyond !== undefined || slides.some((s) => s === undefined)) return undefined
    return slides as ServedSlide[]
  } catch {
    return 'unreachable'
  }
}

function devServer(url: string, served: ServedSlide[], headmatter: Record<string, unknown>, slidesPath: string): SlidevServer {
  const config = resolveConfig(headmatter, {}, slidesPath, false)
  const deck = toDeckInfo({
    canvasWidth: config.canvasWidth,
    aspectRatio: config.aspectRatio,
    colorSchema: config.colorSchema,
    routerMode: config.routerMode,
    slides: served.map((s) => ({
      index: s.index,
      title: s.title ?? '',
      level: s.level,
      frontmatter: s.frontmatter ?? {},
      note: s.note ?? '',
      content: s.content ?? '',
    })),
  })
  return {
    url,
    deck,
    // Not ours to stop.
    close: async () => {},
  }
}

function readRecord(path: string): DevServerRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<DevServerRecord>
    if (typeof record.pid !== 'number' || typeof record.url !== 'string' || typeof record.deckDir !== 'string') return undefined
    const service = record.service
    return {
      pid: record.pid,
      url: record.url.endsWith('/') ? record.url : `${record.url}/`,
      deckDir: record.deckDir,
      entry: String(record.entry ?? ''),
      ...(service && typeof service.port === 'number' && typeof service.token === 'string' ? { service: { port: service.port, token: service.token } } : {}),
    }
  } catch {
    return undefined
  }
}

/** The export service of the live `npm run dev` for the deck at `slidesPath`, if there is one. */
export function findExportService(slidesPath: string, root?: string): ServiceAddress | undefined {
  const record = readRecord(devServerRecordPath(dirname(resolve(slidesPath)), root))
  return record?.service && isAlive(record.pid) ? record.service : undefined
}

function isLoopback(url: string): boolean {
  try {
    const { hostname, protocol } = new URL(url)
    return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
  } catch {
    return false
  }
}

/**
 * A port nothing listens on at localhost: the first free one from `from` up (as Slidev picks 3030 or the next),
 * or, with `from` 0, one the system chooses.
 */
export async function freePort(from = 0): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const found = await new Promise<number | undefined>((done) => {
      const probe = createServer()
      probe.once('error', () => done(undefined))
      probe.listen(port, 'localhost', () => {
        const address = probe.address()
        probe.close(() => done(address && typeof address !== 'string' ? address.port : undefined))
      })
    })
    if (found !== undefined) return found
  }
  return from
}
