import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fail } from '../errors.ts'

/**
 * Slidev themes by name, as Slidev resolves them: `seriph` is the package `@slidev/theme-seriph` (or
 * `slidev-theme-seriph`); a scoped or full package name is itself.
 *
 *   themePackages('seriph') → ['@slidev/theme-seriph', 'slidev-theme-seriph']
 */
export function themePackages(name: string): string[] {
  if (name.startsWith('@') || name.startsWith('slidev-theme-')) return [name]
  return [`@slidev/theme-${name}`, `slidev-theme-${name}`]
}

export interface InstalledTheme {
  name: string
  package: string
  version: string
}

/** The theme's installed package (in `root` or a folder above it), or a refusal naming the themes there are. */
export function checkTheme(name: string, root: string): InstalledTheme {
  for (const pkg of themePackages(name)) {
    const manifest = findPackage(pkg, root)
    if (manifest) return { name, package: pkg, version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version }
  }
  const known = installedThemes(root)
  return fail(
    `The theme "${name}" is not installed, so nothing was written. Installed themes: ${known.join(', ') || 'none'}. ` +
      `To use another, install its package in ${root} first (npm install ${themePackages(name)[0]}).`,
  )
}

/** Names of the Slidev themes installed for `root`: `default`, `seriph`, … */
export function installedThemes(root: string): string[] {
  const names = new Set<string>()
  for (let dir = root; ; dir = dirname(dir)) {
    const modules = join(dir, 'node_modules')
    for (const name of list(join(modules, '@slidev'))) if (name.startsWith('theme-')) names.add(name.slice('theme-'.length))
    for (const name of list(modules)) if (name.startsWith('slidev-theme-')) names.add(name.slice('slidev-theme-'.length))
    if (dirname(dir) === dir) break
  }
  return [...names].sort()
}

/** The package.json of `pkg` as Node would find it from `root`. */
export function findPackage(pkg: string, root: string): string | undefined {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', pkg, 'package.json')
    if (existsSync(manifest)) return manifest
    if (dirname(dir) === dir) return undefined
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
