/**
 * The deck as a static web site: Slidev's own `slidev build` in a child process, written to a private folder next
 * to the target and moved into place whole (staged-files.ts) with the other outputs. A deck whose folder has no
 * Slidev of its own is built from a copy inside the project (deck-root.ts), as for an export. The site is the
 * deck's reading copy: the rendered headmatter names a local favicon and no web fonts, so it makes no request
 * off the machine; serve it with any static server (`npx vite preview --outDir site`).
 */
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { BriefdeckError } from '../errors.ts'
import { onInterrupt } from '../interrupt.ts'
import { prepareDeckRoot, projectRoot } from './deck-root.ts'

/** A production build of a 60-slide deck takes 10–20 s on a loaded 2-core machine. */
const BUILD_TIMEOUT_MS = 300_000

/** Builds the site of the deck at `slidesPath` into `outDir` (which must not exist yet); returns its slide count. */
export async function buildSite(slidesPath: string, outDir: string): Promise<void> {
  const root = await prepareDeckRoot(slidesPath)
  const slidev = join(projectRoot(), 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  try {
    await new Promise<void>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [slidev, 'build', root.entry, '--out', outDir],
        { cwd: projectRoot(), env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 64 * 1024 * 1024, timeout: BUILD_TIMEOUT_MS },
        (error, stdout, stderr) => {
          forget()
          if (!error) return resolve()
          const said = `${stdout}\n${stderr}`.trim().split('\n').slice(-6).join('\n')
          reject(new BriefdeckError(`slidev build could not build the web site, so none was written. Slidev said:\n${said}`))
        },
      )
      const forget = onInterrupt(() => child.kill('SIGKILL'))
    })
    if (!readdirSync(outDir).includes('index.html')) throw new BriefdeckError(`slidev build wrote no index.html in ${outDir}, so no web site was written.`)
  } finally {
    await root.cleanup()
  }
}
