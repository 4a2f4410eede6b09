/**
 * Where Slidev serves the deck from. Slidev resolves its theme and every client package from the deck's own
 * folder, and Vite only serves files under the deck's package root; a deck written outside the briefdeck
 * project (`--out-dir ~/briefings/x`) therefore fails ("theme … was not found", then Mermaid never loads).
 * Such a deck is served from a copy inside the project, which is removed afterwards.
 */
import { cp, mkdir, readdir, rm, rmdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

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

export interface DeckRoot {
  /** The slides.md Slidev should serve. */
  entry: string
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

/** The deck itself when Slidev can work in its folder, otherwise a copy inside the project. */
export async function prepareDeckRoot(slidesPath: string): Promise<DeckRoot> {
  const deckDir = dirname(slidesPath)
  if (resolvesSlidev(deckDir)) return { entry: slidesPath, cleanup: async () => {} }
  const stagingRoot = join(projectRoot(), STAGING_DIR)
  const copy = join(stagingRoot, `${basename(deckDir) || 'deck'}-${process.pid}-${Date.now().toString(36)}`)
  const cleanup = async () => {
    await rm(copy, { recursive: true, force: true })
    await rmdir(stagingRoot).catch(() => undefined) // only when no other export is using it
  }
  try {
    await mkdir(copy, { recursive: true })
    const names = new Set(await readdir(deckDir))
    // Every Markdown file too: slides may import others with `src:`.
    const wanted = [...names].filter((name) => SLIDEV_DECK_ENTRIES.includes(name) || name.endsWith('.md'))
    await Promise.all(wanted.map((name) => cp(join(deckDir, name), join(copy, name), { recursive: true })))
    return { entry: join(copy, basename(slidesPath)), cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}
