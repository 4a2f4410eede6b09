import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { PlannedFile } from '../files.ts'
import { findPackage, themePackages } from './theme.ts'

/**
 * A deck folder written with --out-dir is a Slidev project of its own: its package.json pins Slidev and the
 * deck's theme (the versions briefdeck itself uses), so that `npm install && npx slidev` (or `slidev build`,
 * `slidev export`) works there without briefdeck. Written when missing; an existing one is left as the user has
 * it, except that a theme the deck now uses is added to its dependencies.
 */

/** What a deck needs from npm to run in Slidev on its own: Slidev, and Playwright's Chromium driver for `slidev export`. */
const DECK_PACKAGES = ['@slidev/cli', 'playwright-chromium']

interface PackageJson {
  name?: string
  dependencies?: Record<string, string>
  [key: string]: unknown
}

/** The deck folder's package.json to write, or undefined when the one there already has what the deck needs. */
export function deckPackageJson(outDir: string, theme: string, projectRoot: string): PlannedFile | undefined {
  const path = join(outDir, 'package.json')
  const themePackage = themePackages(theme).find((pkg) => findPackage(pkg, projectRoot)) ?? themePackages(theme)[0]!
  const wanted = Object.fromEntries([...DECK_PACKAGES, themePackage].map((pkg) => [pkg, version(pkg, projectRoot)]))
  if (!existsSync(path)) return { path, content: `${JSON.stringify(newPackage(outDir, wanted), null, 2)}\n`, guarded: false }
  let existing: PackageJson
  try {
    existing = JSON.parse(readFileSync(path, 'utf8')) as PackageJson
  } catch {
    return undefined // not ours to repair
  }
  if (existing.dependencies?.[themePackage]) return undefined
  const dependencies = { ...existing.dependencies, [themePackage]: wanted[themePackage]! }
  return { path, content: `${JSON.stringify({ ...existing, dependencies }, null, 2)}\n`, guarded: false }
}

function newPackage(outDir: string, dependencies: Record<string, string>): PackageJson {
  return {
    name: packageName(basename(outDir)),
    private: true,
    type: 'module',
    description: 'A briefing deck made by briefdeck: edit outline.yaml and rebuild with briefdeck, or present slides.md with Slidev.',
    scripts: {
      dev: 'slidev --open false',
      build: 'slidev build',
      export: 'slidev export',
    },
    dependencies,
  }
}

/** `My Talk (2024)` → `my-talk-2024`: a valid npm package name. */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '')
    .slice(0, 100)
  return name || 'briefing-deck'
}

function version(pkg: string, root: string): string {
  const manifest = findPackage(pkg, root)
  if (!manifest) throw new Error(`deckPackageJson: ${pkg} is not installed in ${root}`)
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
}
