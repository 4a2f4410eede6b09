import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PlannedFile } from '../files.ts'

/** The briefdeck project folder (where package.json, components/ and public/ live). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * What a deck needs beside its slides.md to build and look the same in any folder: Slidev picks these up by
 * convention from the folder of slides.md.
 */
export const DECK_ASSETS = ['components', 'public', 'styles', 'setup', 'global-bottom.vue']

/**
 * The deck's components, styles and assets, planned for a deck written outside the project folder. A file that
 * already exists there is left alone: the user may have changed it.
 */
export function deckAssets(outDir: string): PlannedFile[] {
  return DECK_ASSETS.flatMap((entry) => listFiles(join(PROJECT_ROOT, entry)))
    .map((source) => ({ source, path: join(outDir, relative(PROJECT_ROOT, source)) }))
    .filter(({ path }) => !existsSync(path))
    .map(({ source, path }) => ({ path, content: readFileSync(source), guarded: false }))
}

function listFiles(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path).flatMap((name) => listFiles(join(path, name)))
}
