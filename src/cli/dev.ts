import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fail } from '../errors.ts'
import { onInterrupt } from '../interrupt.ts'
import { EXIT, type DevCommand } from './args.ts'
import { PROJECT_ROOT } from './assets.ts'
import { show } from './build.ts'
import type { CliIo } from './index.ts'
import { stageDeck, watchOutline, type WatchEvent } from './watch.ts'

/**
 * `briefdeck dev [DIR]` (and `npm run dev`): presents the deck in DIR with Slidev's dev server, and re-renders
 * slides.md from DIR/outline.yaml on every save. Presenter mode: http://localhost:3030/presenter/1.
 *
 * A DIR where Slidev cannot find its packages (outside the project, and without an `npm install` of its own) is
 * served from a mirror inside the project (`.briefdeck-dev/`), kept up to date and removed on exit. Once the
 * server answers, an export service (export-service.ts) lets `briefdeck build`/`export` draw the PDFs with it.
 * Resolves with the exit code once Slidev has stopped.
 */
export async function dev(options: DevCommand, io: CliIo): Promise<number> {
  const { freePort, registerDevServer, resolvesSlidev, startExportService } = await import('../export/index.ts')
  const dir = resolve(options.dir ?? PROJECT_ROOT)
  const outline = join(dir, 'outline.yaml')
  const slides = join(dir, 'slides.md')
  if (!existsSync(outline)) fail(`No outline at ${show(outline)}. Build a deck first: briefdeck ARTICLE --out-dir ${show(dir)} --no-pdf`)
  const say = (line: string) => options.quiet || io.err(line)
  const report = (e: WatchEvent) => {
    if (e.type === 'rendered') say(`briefdeck: outline.yaml → slides.md, ${e.slides} slides (${e.ms} ms)`)
    else if (e.type === 'invalid') io.err(`briefdeck: outline.yaml has problems; the deck keeps its last good version:\n${e.messages.join('\n')}`)
    else io.err(`briefdeck: ${e.message}`)
  }

  const staged = resolvesSlidev(dir) ? undefined : stageDeck(dir, PROJECT_ROOT)
  const watcher = watchOutline(outline, slides, report, { mirrorTo: staged?.entry })
  let unregister: (() => void) | undefined
  let service: Awaited<ReturnType<typeof startExportService>> | undefined
  let stopping = false
  const cleanUp = () => {
    unregister?.()
    watcher.close()
    staged?.close()
  }
  report(watcher.renderNow())
  if (!existsSync(slides)) {
    cleanUp()
    fail('There is no slides.md to present yet: fix outline.yaml, then run briefdeck dev again.')
  }
  if (staged) say(`briefdeck: ${dir} has no Slidev of its own, so Slidev serves a copy kept in step with it: ${relative(PROJECT_ROOT, staged.dir)}/`)

  // The port is chosen here (Slidev's default, 3030, or the next free one) so that a build can find this server
  // and export through it instead of starting its own (src/export/dev-server.ts).
  const port = options.port ?? (await freePort(3030))
  const slidev = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'slidev'), [staged?.entry ?? slides, '--open', 'false', '--port', String(port), ...options.slidevArgs], {
    stdio: 'inherit',
    cwd: staged?.dir ?? dir,
  })
  const url = `http://localhost:${port}/`
  const stop = () => {
    if (stopping) return
    stopping = true
    cleanUp()
    void service?.close()
    slidev.kill('SIGTERM')
    setTimeout(() => slidev.kill('SIGKILL'), 5_000).unref()
  }
  // Ctrl-C, a kill or a lost parent: Slidev, the mirror and the record go with this process (interrupt.ts).
  const forget = onInterrupt(stop)
  // A deck served under another base path or to the network is left to its own exports. Otherwise a build finds
  // this server and its export service through the record, and exports through them.
  if (!options.slidevArgs.some((a) => a.startsWith('--base') || a.startsWith('--remote')))
    void whenServing(url, () => stopping).then(async (serving) => {
      if (!serving || stopping) return
      service = await startExportService(dir).catch((error: unknown) => {
        io.err(`briefdeck: no export service (${(error as Error).message}); builds will still use this server.`)
        return undefined
      })
      if (!stopping) unregister = registerDevServer({ pid: process.pid, url, deckDir: dir, entry: staged?.entry ?? slides, service: service?.address })
    })
  return new Promise<number>((done) => {
    slidev.on('error', (error) => {
      stop()
      forget()
      io.err(`briefdeck: could not start Slidev: ${error.message}. Run npm ci, then try again.`)
      done(EXIT.input)
    })
    slidev.on('exit', (code) => {
      const stopped = stopping
      stop()
      forget()
      void service?.close()
      done(stopped ? EXIT.ok : (code ?? EXIT.input))
    })
  })
}

/** Resolves true once Slidev answers at `url` (it compiles nothing for this request), false if it never does. */
async function whenServing(url: string, stopped: () => boolean, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !stopped()) {
    try {
      if ((await fetch(`${url}__slidev/slides/1.json`, { signal: AbortSignal.timeout(2_000) })).ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}
