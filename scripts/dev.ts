/**
 * `npm run dev [-- --out-dir DIR] [-- slidev options such as --port 3031]`
 * Presents the deck: Slidev's dev server on DIR/slides.md, plus a watcher that re-renders slides.md from
 * DIR/outline.yaml on every save. Presenter mode: open http://localhost:3030/presenter/1.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PROJECT_ROOT } from '../src/cli/assets.ts'
import { watchOutline, type WatchEvent } from '../src/cli/watch.ts'

const args = process.argv.slice(2)
const at = args.indexOf('--out-dir')
const dir = resolve(at >= 0 ? args.splice(at, 2)[1]! : PROJECT_ROOT)
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
const watcher = watchOutline(outline, slides, report)
report(watcher.renderNow())

const slidev = spawn(join(PROJECT_ROOT, 'node_modules', '.bin', 'slidev'), [slides, '--open', 'false', ...args], {
  stdio: 'inherit',
  cwd: dir,
})
const stop = () => {
  watcher.close()
  slidev.kill('SIGTERM')
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
slidev.on('exit', (code) => {
  watcher.close()
  process.exit(code ?? 0)
})
