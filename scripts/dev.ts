/**
 * `npm run dev [-- --out-dir DIR] [-- slidev options such as --port 3031]`
 * Presents the deck: Slidev's dev server on DIR/slides.md, plus a watcher that re-renders slides.md from
 * DIR/outline.yaml on every save. Presenter mode: open http://localhost:3030/presenter/1.
 *
 * A DIR outside the project folder cannot be served by Slidev in place (it resolves its theme and client from
 * the deck's folder): it is served from a mirror inside the project (`.briefdeck-dev/`), kept up to date and
 * removed on exit.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { PROJECT_ROOT } from '../src/cli/assets.ts'
import { stageDeck, watchOutline, type WatchEvent } from '../src/cli/watch.ts'
import { resolvesSlidev } from '../src/export/deck-root.ts'
import { freePort, registerDevServer } from '../src/export/dev-server.ts'
import { startExportService, type ExportService } from '../src/export/export-service.ts'
import { exportDeck } from '../src/export/index.ts'

const args = process.argv.slice(2)
const dir = resolve(takeOption(args, '--out-dir') ?? PROJECT_ROOT)
const outline = join(dir, 'outline.yaml')
const slides = join(dir, 'slides.md')
if (!existsSync(outline)) {
  console.error(`briefdeck: no outline at ${outline}. Build a deck first: npm run deck -- --no-pdf --out-dir ${dir}`)
  process.exit(1)
}

const report = (e: WatchEvent) => {
  if (e.type === 'rendered') console.error(`briefdeck: outline.yaml → slides.md, ${e.slides} slides (${e.ms} ms)`)
  else if (e.type === 'invalid') console.error(`briefdeck: outline.yaml has problems; the deck keeps its last good version:\n${e.messages.join('\n')}`)
  else console.error(`briefdeck: ${e.message}`)
}

const staged = resolvesSlidev(dir) ? undefined : stageDeck(dir, PROJECT_ROOT)
process.on('exit', () => staged?.close())
const watcher = watchOutline(outline, slides, report, { mirrorTo: staged?.entry })
report(watcher.renderNow())
if (!existsSync(slides)) {
  console.error('briefdeck: there is no slides.md to present yet: fix outline.yaml, then run npm run dev again.')
  process.exit(1)
}
if (staged)
  console.error(`briefdeck: ${dir} is outside the project, so Slidev serves a copy kept in step with it: ${relative(PROJECT_ROOT, staged.dir)}/`)

// The port is chosen here (Slidev's default, 3030, or the next free one) so that `npm run deck` can find this
// server and export through it instead of starting its own (src/export/dev-server.ts).
const port = Number(takeOption(args, '--port', 'a port number') ?? takeOption(args, '-p', 'a port number') ?? (await freePort(3030)))
const slidev = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'slidev'), [staged?.entry ?? slides, '--open', 'false', '--port', String(port), ...args], {
  stdio: 'inherit',
  cwd: staged?.dir ?? dir,
})
const url = `http://localhost:${port}/`
let stopping = false
let unregister: (() => void) | undefined
let service: ExportService | undefined
process.on('exit', () => unregister?.())
// A deck served under another base path or to the network is left to its own exports. Otherwise `npm run deck`
// finds this server and its export service through the record, and exports through them.
if (!args.some((a) => a.startsWith('--base') || a.startsWith('--remote')))
  void whenServing(url).then(async (serving) => {
    if (!serving || stopping) return
    service = await startExportService(dir, exportDeck).catch((error: unknown) => {
      console.error(`briefdeck: no export service (${(error as Error).message}); npm run deck will still use this server.`)
      return undefined
    })
    if (!stopping) unregister = registerDevServer({ pid: process.pid, url, deckDir: dir, entry: staged?.entry ?? slides, service: service?.address })
  })
const stop = () => {
  if (stopping) return
  stopping = true
  unregister?.()
  void service?.close()
  watcher.close()
  slidev.kill('SIGTERM')
  setTimeout(() => slidev.kill('SIGKILL'), 5_000).unref()
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop)
slidev.on('error', (error) => {
  console.error(`briefdeck: could not start Slidev: ${error.message}. Run npm ci, then try again.`)
  process.exit(1)
})
slidev.on('exit', (code) => {
  watcher.close()
  process.exit(stopping ? 0 : (code ?? 1))
})


/** Resolves true once Slidev answers at `url` (it compiles nothing for this request), false if it never does. */
async function whenServing(url: string, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(`${url}__slidev/slides/1.json`, { signal: AbortSignal.timeout(2_000) })).ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

/** Removes `--name VALUE` (or `--name=VALUE`) from `list` and returns VALUE. */
function takeOption(list: string[], name: string, what = 'a folder'): string | undefined {
  const at = list.findIndex((a) => a === name || a.startsWith(`${name}=`))
  if (at < 0) return undefined
  const [arg] = list.splice(at, 1)
  if (arg!.includes('=')) return arg!.slice(name.length + 1)
  const [value] = list.splice(at, 1)
  if (value === undefined || value.startsWith('--')) {
    console.error(`briefdeck: ${name} needs ${what}, e.g. ${name} ${what === 'a folder' ? 'my-deck' : '3031'}`)
    process.exit(1)
  }
  return value
}
