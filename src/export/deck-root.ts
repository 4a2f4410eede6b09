/**
 * Where Slidev serves the deck from. Slidev resolves its theme and every client package from the deck's own
 * folder, and Vite only serves files under the deck's package root; a deck written outside the briefdeck
 * project (`--out-dir ~/briefings/x`) therefore fails ("theme … was not found", then Mermaid never loads).
 * Such a deck is served from a copy inside the project, which is removed afterwards.
 *
 * The copy goes to one of a few fixed "slots" (`.briefdeck-export/deck-1`, …), each taken by one export at a
 * time through a lock file, rather than to a new folder each time: Vite keys its pre-bundled dependencies on the
 * deck's folder, so a fixed folder lets the next export reuse them (2–3 s of CPU and a page reload saved), from
 * a cache kept outside the copy (`node_modules/.cache/briefdeck/staged-N`). When every slot is busy the copy
 * gets a folder of its own and starts cold, as before.
 */
import { cp, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isAlive, onInterrupt } from '../interrupt.ts'

/** Files and folders Slidev reads from a deck's folder, besides the Markdown (its documented conventions). */
export const SLIDEV_DECK_ENTRIES: readonly string[] = [
  'components',
  'public',
  'setup',
  'styles',
  'layouts',
  'snippets',
  'pages',
  'global-top.vue',
  'global-bottom.vue',
  'custom-nav-controls.vue',
  'slide-top.vue',
  'slide-bottom.vue',
  'index.html',
  'uno.config.ts',
  'unocss.config.ts',
  'vite.config.ts',
  'vite.config.js',
  'vite.config.mts',
]

/** Copies of decks live here while they are served; removed after each export (gitignore it for crashes). */
export const STAGING_DIR = '.briefdeck-export'

/** Slots for copies of decks from outside the project: as many exports of such decks can reuse their caches at once. */
const STAGING_SLOTS = 4

export interface DeckRoot {
  /** The slides.md Slidev should serve. */
  entry: string
  /** Where Vite should keep the deck's pre-bundled dependencies between exports. */
  viteCacheDir: string
  /** Where the exporter keeps its own cache for the deck between exports. */
  cacheDir: string
  /** Removes the copy, if one was made. */
  cleanup(): Promise<void>
}

/** True when `@slidev/cli` is installed in `dir` or a folder above it, as Slidev needs. */
export function resolvesSlidev(dir: string, exists: (path: string) => boolean = existsSync): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (exists(join(d, 'node_modules', '@slidev', 'cli', 'package.json'))) return true
    if (dirname(d) === d) return false
  }
}

/** The briefdeck project folder: the one whose node_modules holds this package's dependencies. */
export function projectRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  for (let d = here; ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules', '@slidev', 'cli', 'package.json'))) return d
    if (dirname(d) === d) return join(here, '..', '..')
  }
}

/**
 * The deck itself when Slidev can work in its folder, otherwise a copy inside the project; with `copy`, always a
 * copy (an export session swaps one deck for the next in it: never in the user's folder).
 */
export async function prepareDeckRoot(slidesPath: string, options: { copy?: boolean } = {}): Promise<DeckRoot> {
  const deckDir = dirname(slidesPath)
  if (!options.copy && resolvesSlidev(deckDir))
    return {
      entry: slidesPath,
      viteCacheDir: join(deckDir, 'node_modules', '.vite'),
      cacheDir: join(deckDir, 'node_modules', '.cache', 'briefdeck'),
      cleanup: async () => {},
    }
  const project = projectRoot()
  const stagingRoot = join(project, STAGING_DIR)
  await mkdir(stagingRoot, { recursive: true })
  const slot = await takeSlot(stagingRoot)
  const copy = slot ? join(stagingRoot, `deck-${slot.no}`) : join(stagingRoot, `${basename(deckDir) || 'deck'}-${process.pid}-${Date.now().toString(36)}`)
  const caches = slot ? join(project, 'node_modules', '.cache', 'briefdeck', `staged-${slot.no}`) : join(copy, 'node_modules', '.cache', 'briefdeck')
  // Stopped half-way (Ctrl-C), the copy and its slot's lock go at once, synchronously (interrupt.ts).
  const forget = onInterrupt(() => {
    rmSync(copy, { recursive: true, force: true })
    slot?.releaseNow()
  })
  const cleanup = async () => {
    forget()
    await rm(copy, { recursive: true, force: true })
    await slot?.release()
    await rmdir(stagingRoot).catch(() => undefined) // only when no other export is using it
  }
  try {
    // A slot may hold what a crashed export left: start from an empty folder.
    await rm(copy, { recursive: true, force: true })
    await mkdir(copy, { recursive: true })
    await copyDeckInto(deckDir, copy)
    return {
      entry: join(copy, basename(slidesPath)),
      viteCacheDir: slot ? join(caches, 'vite') : join(copy, 'node_modules', '.vite'),
      cacheDir: caches,
      cleanup,
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}

/** Every Markdown file too: slides may import others with `src:`. */
const isDeckEntry = (name: string) => SLIDEV_DECK_ENTRIES.includes(name) || (name.endsWith('.md') && !name.startsWith('.'))

/** Copies a deck's Slidev files (slides.md, components/, styles/, public/, …) from `deckDir` into `copy`. */
async function copyDeckInto(deckDir: string, copy: string): Promise<void> {
  const wanted = (await readdir(deckDir)).filter(isDeckEntry)
  await Promise.all(wanted.map((name) => cp(join(deckDir, name), join(copy, name), { recursive: true })))
}

/**
 * Makes the copy at `copy` hold the deck in `deckDir` instead of the one it held, touching only what differs (each
 * file Vite sees change costs the server a recompile): files that differ are rewritten, files and folders the new
 * deck lacks are removed, and slides.md is written last, whole.
 */
export async function swapDeckInto(deckDir: string, copy: string, entry = 'slides.md'): Promise<void> {
  const wanted = new Set((await readdir(deckDir)).filter(isDeckEntry))
  for (const name of await readdir(copy)) if (isDeckEntry(name) && !wanted.has(name)) await rm(join(copy, name), { recursive: true, force: true })
  for (const name of wanted) if (name !== entry) await syncTree(join(deckDir, name), join(copy, name))
  const slides = await readFile(join(deckDir, entry))
  const temp = `${join(copy, entry)}.${process.pid}.tmp`
  await writeFile(temp, slides)
  await rename(temp, join(copy, entry))
}

async function syncTree(from: string, to: string): Promise<void> {
  const info = await stat(from)
  if (info.isDirectory()) {
    const names = new Set(await readdir(from))
    const existing = await readdir(to).catch(() => undefined)
    if (!existing) await rm(to, { force: true })
    await mkdir(to, { recursive: true })
    for (const name of existing ?? []) if (!names.has(name)) await rm(join(to, name), { recursive: true, force: true })
    for (const name of names) await syncTree(join(from, name), join(to, name))
    return
  }
  const content = await readFile(from)
  const current = await readFile(to).catch(() => undefined)
  if (current && current.equals(content)) return
  await rm(to, { recursive: true, force: true })
  await writeFile(to, content)
}

interface Slot {
  no: number
  release(): Promise<void>
  releaseNow(): void
}

/**
 * Takes the first free slot: its lock file is created exclusively and holds our pid. A lock whose process is
 * gone (a crashed export) is taken over. Undefined when every slot is in use.
 */
async function takeSlot(stagingRoot: string): Promise<Slot | undefined> {
  for (let no = 1; no <= STAGING_SLOTS; no++) {
    const lock = join(stagingRoot, `deck-${no}.lock`)
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        // Synchronous, so that the caller holds the slot (and has it undone on a stop) before anything else runs.
        writeFileSync(lock, String(process.pid), { flag: 'wx' })
        return { no, release: () => rm(lock, { force: true }), releaseNow: () => rmSync(lock, { force: true }) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined
        const holder = await readFile(lock, 'utf8').catch(() => '')
        if (Number(holder) > 0 && isAlive(Number(holder))) break
        if (!(await removeStale(lock, holder))) break
      }
    }
  }
  return undefined
}

/**
 * Removes a lock left by a process that is gone, unless another export took it over meanwhile: the file is
 * moved aside first (atomic), and put back if it no longer holds the dead process's pid.
 */
async function removeStale(lock: string, holder: string): Promise<boolean> {
  const aside = `${lock}.${process.pid}.stale`
  try {
    await rename(lock, aside)
  } catch {
    return false
  }
  if ((await readFile(aside, 'utf8').catch(() => '')) === holder) {
    await rm(aside, { force: true })
    return true
  }
  await rename(aside, lock).catch(() => undefined)
  return false
}

export { isAlive }
