import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  watch,
  type FSWatcher,
} from 'node:fs'
import { basename, dirname, join, sep } from 'node:path'
import { fileState, writeFileAtomic, writeFiles } from '../files.ts'
import { buildFromOutline } from '../pipeline.ts'
import { formatDiagnostic } from './index.ts'
import { tryLockFolder } from './lock.ts'
import { MAX_OUTLINE_BYTES, outlineTooLarge } from './read.ts'
import { SLIDEV_DECK_ENTRIES } from '../export/index.ts'

/**
 * `npm run dev`'s half of briefdeck: re-renders slides.md whenever outline.yaml changes, so a running Slidev dev
 * server shows the edit. An invalid outline is reported with its places and the last good slides.md stays.
 * A deck outside the project folder is served from a mirror inside it (`stageDeck`), like an export.
 */

/** Editors save in bursts (truncate, write, rename): wait for the file to settle. */
const DEBOUNCE_MS = 120

export type WatchEvent =
  | { type: 'rendered'; slides: number; ms: number }
  | { type: 'invalid'; messages: string[] }
  | { type: 'refused'; message: string }
  | { type: 'busy'; message: string }
  | { type: 'error'; message: string }

/** How soon a render put off by another run holding the deck folder (npm run deck) is tried again. */
const BUSY_RETRY_MS = 250
/** A rewritten slides.md is copied for the dev server after this quiet time (a rename is one event, but be safe). */
const MIRROR_DEBOUNCE_MS = 30

export interface WatchOptions {
  /** Also write each rendered slides.md here: the copy that Slidev serves for a staged deck. */
  mirrorTo?: string
  debounceMs?: number
}

export interface OutlineWatcher {
  /** Renders once now (the dev script does so at start). */
  renderNow: () => WatchEvent
  close: () => void
}

export function watchOutline(
  outlinePath: string,
  slidesPath: string,
  onEvent: (e: WatchEvent) => void,
  options: WatchOptions = {},
): OutlineWatcher {
  let timer: NodeJS.Timeout | undefined
  let closed = false
  /** The outline text last rendered (or seen at start): saving the same text again does nothing. */
  let last = (sizeOf(outlinePath) ?? 0) > MAX_OUTLINE_BYTES ? undefined : readOrUndefined(outlinePath)
  let busy = false
  const renderNow = (): WatchEvent => {
    // Not read at all past its limit: an outline.yaml of a GB would take the dev process's memory.
    const size = sizeOf(outlinePath)
    if (size !== undefined && size > MAX_OUTLINE_BYTES) return { type: 'invalid', messages: [outlineTooLarge(outlinePath, size)] }
    const text = readOrUndefined(outlinePath)
    if (text === undefined) return { type: 'error', message: `No outline at ${outlinePath}.` }
    const event = render(text, outlinePath, slidesPath, options.mirrorTo)
    // Another run is writing the deck: render this text once it is done (told once per wait).
    if (event.type === 'busy') {
      schedule(BUSY_RETRY_MS)
      const first = !busy
      busy = true
      return first ? event : { ...event, message: '' }
    }
    busy = false
    last = text
    return event
  }
  const schedule = (ms = options.debounceMs ?? DEBOUNCE_MS) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      // Gone for a moment (a save by rename) or unchanged: the next event brings the new text.
      const size = sizeOf(outlinePath)
      const text = size !== undefined && size > MAX_OUTLINE_BYTES ? `${size}` : readOrUndefined(outlinePath)
      if (closed || text === undefined || text === last) return
      const event = renderNow()
      if (event.type !== 'busy' || event.message) onEvent(event)
    }, ms)
  }
  // A slides.md written by another run (npm run deck, which holds the folder while it exports) reaches the copy
  // Slidev serves at once, so that the export can draw it with this dev server.
  let mirrorTimer: NodeJS.Timeout | undefined
  const mirrorSlides = () => {
    clearTimeout(mirrorTimer)
    mirrorTimer = setTimeout(() => {
      const slides = readOrUndefined(slidesPath)
      if (!closed && options.mirrorTo && slides !== undefined && slides !== readOrUndefined(options.mirrorTo))
        try {
          writeFileAtomic(options.mirrorTo, slides)
        } catch (error) {
          onEvent({ type: 'error', message: `Could not copy ${slidesPath} for the dev server: ${(error as Error).message}` })
        }
    }, MIRROR_DEBOUNCE_MS)
  }
  // Watch the folder, not the file: editors that save by rename replace the file's inode.
  const watcher: FSWatcher = watch(dirname(outlinePath), (_, name) => {
    if (!name || name === basename(outlinePath)) schedule()
    if (options.mirrorTo && (!name || name === basename(slidesPath))) mirrorSlides()
  })
  watcher.on('error', (error) => onEvent({ type: 'error', message: `Stopped watching ${outlinePath}: ${error.message}` }))
  return {
    renderNow,
    close: () => {
      closed = true
      clearTimeout(timer)
      clearTimeout(mirrorTimer)
      watcher.close()
    },
  }
}

function render(text: string, outlinePath: string, slidesPath: string, mirrorTo: string | undefined): WatchEvent {
  const started = performance.now()
  // The deck folder is another run's while it holds the lock (npm run deck writing slides.md and the PDFs).
  const lock = tryLockFolder(dirname(slidesPath), 'npm run dev')
  if (!('release' in lock))
    return { type: 'busy', message: `another briefdeck run (pid ${lock.holder.pid}) is writing the deck; outline.yaml will be rendered when it is done.` }
  try {
    const build = buildFromOutline(text, outlinePath)
    if ('diagnostics' in build) return { type: 'invalid', messages: build.diagnostics.map(formatDiagnostic) }
    if (fileState(slidesPath) === 'edited')
      return {
        type: 'refused',
        message:
          `${slidesPath} was edited by hand, so it is left alone and outline.yaml edits do not reach the deck. ` +
          `Put your changes in outline.yaml, then run once: npm run deck -- --outline ${outlinePath} --out-dir ${dirname(slidesPath)} --no-pdf --force ` +
          '(a backup of slides.md is kept); from then on every save re-renders it.',
      }
    writeFiles([{ path: slidesPath, content: build.slides, guarded: true }])
    if (mirrorTo) writeFileAtomic(mirrorTo, build.slides)
    return { type: 'rendered', slides: build.outline.slides.length, ms: Math.round(performance.now() - started) }
  } catch (error) {
    // A bug or a disk error: report it and keep watching, so the presentation goes on.
    return { type: 'error', message: `Could not render ${slidesPath}: ${(error as Error).message}` }
  } finally {
    lock.release()
  }
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size
  } catch {
    return undefined
  }
}

// ───────────────────────────── a deck outside the project ─────────────────────────────

const DECK_ENTRIES = new Set(SLIDEV_DECK_ENTRIES)
const isDeckEntry = (name: string) => DECK_ENTRIES.has(name) || (name.endsWith('.md') && !name.startsWith('.'))

/** Mirrors of decks being presented live here, one folder per `npm run dev`; each is removed when it stops. */
export const DEV_STAGING_DIR = '.briefdeck-dev'

export interface StagedDeck {
  /** The mirrored slides.md, for Slidev to serve and for `watchOutline({ mirrorTo })` to update. */
  entry: string
  /** The mirror's folder. */
  dir: string
  /** Stops mirroring and removes the mirror (and the staging folder, once no other deck uses it). */
  close: () => void
}

/**
 * Slidev resolves its theme and client packages, and Vite serves files, from the deck's own folder, so a deck
 * written outside the project (`--out-dir ~/briefings/x`) is presented from a mirror inside the project:
 * `<project>/.briefdeck-dev/<name>-<pid>/`. Its Slidev files (slides.md, components/, styles/, public/, …) are
 * copied at start and again whenever they change in the deck's folder.
 */
export function stageDeck(deckDir: string, projectRoot: string): StagedDeck {
  const stagingRoot = join(projectRoot, DEV_STAGING_DIR)
  const dir = join(stagingRoot, `${basename(deckDir) || 'deck'}-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(deckDir))
    if (isDeckEntry(name)) cpSync(join(deckDir, name), join(dir, name), { recursive: true })
  const mirror = (name: string) => {
    if (!isDeckEntry(name.split(sep)[0]!) || basename(name).startsWith('.')) return // temp files of atomic writes
    const from = join(deckDir, name)
    const to = join(dir, name)
    try {
      if (!existsSync(from)) rmSync(to, { recursive: true, force: true })
      else if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true })
      else {
        const content = readFileSync(from)
        if (!existsSync(to) || !content.equals(readFileSync(to))) writeFileAtomic(to, content)
      }
    } catch {
      // Changing under our feet: the next event copies it.
    }
  }
  let watcher: FSWatcher | undefined
  try {
    watcher = watch(deckDir, { recursive: true }, (_, name) => name && mirror(name.toString()))
    watcher.on('error', () => undefined)
  } catch {
    // No recursive watching here: slides.md is still mirrored on every render (watchOutline's mirrorTo).
  }
  let closed = false
  return {
    entry: join(dir, 'slides.md'),
    dir,
    close: () => {
      if (closed) return
      closed = true
      watcher?.close()
      rmSync(dir, { recursive: true, force: true })
      try {
        rmdirSync(stagingRoot) // only when no other deck is being presented
      } catch {
        // not empty
      }
    },
  }
}
