import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Shared by the remix tests: where things are, a temp folder, and the CLI run the way a user runs it. */

export const ROOT = new URL('../../', import.meta.url).pathname
export const BUNDLED = join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt')

/** Every article the round trip must hold for: the bundled ones and the test fixtures. */
export const FIXTURE_ARTICLES: string[] = [
  ...readdirSync(join(ROOT, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(ROOT, 'articles', f)),
  ...readdirSync(join(ROOT, 'tests/fixtures/articles'))
    .filter((f) => /\.(txt|md|html)$/.test(f) && !/ATTRIBUTION|EXPECTATIONS/.test(f)) // notes about the fixtures
    .map((f) => join(ROOT, 'tests/fixtures/articles', f)),
].sort()

export const tmp = (prefix = 'briefdeck-remix-') => mkdtempSync(join(tmpdir(), prefix))
export const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : [])
export const read = (path: string) => readFileSync(path, 'utf8')

/** `npm run deck -- ARGS` through tsx, as a user runs it: exit code and output. */
export function deck(args: string[], options: { cwd?: string } = {}) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build-deck.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The 1-based line of the first occurrence of `find` in `text`. */
export const lineOf = (text: string, find: string, from = 0) => {
  const at = text.indexOf(find, from)
  if (at < 0) throw new Error(`not found: ${find}`)
  return text.slice(0, at).split('\n').length
}

/** The 1-based column of the first occurrence of `find` in `text`. */
export const columnOf = (text: string, find: string, from = 0) => {
  const at = text.indexOf(find, from)
  if (at < 0) throw new Error(`not found: ${find}`)
  return at - text.lastIndexOf('\n', at - 1)
}
