/**
 * Child process of the benchmark: `slidev build` of a deck, with its print route (`/print`) in the site.
 *
 * Slidev puts the print route in a static build only when the headmatter says `download: true`, and then the
 * build goes on to export a PDF itself, on the fixed port 12445 with Playwright's own browser (which fails on a
 * machine with only the system Chromium). So this calls Slidev's own `build` with `download` on (as
 * `slidev build --download`: the client is compiled with the print route) and switches it off in the resolved
 * config once Vite has written the bundle (`closeBundle`), before Slidev's build looks at it to decide whether
 * to export.
 *
 * Usage: `tsx src/bench/static-build.ts path/to/slides.md outDir`; prints `{ "ms": … }`.
 */
import { readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [entryArg, outArg] = process.argv.slice(2)
if (!entryArg || !outArg) throw new Error('usage: static-build.ts slides.md outDir')
const entry = resolve(entryArg)
const outDir = resolve(outArg)
const started = performance.now()
const { resolveOptions } = await import('@slidev/cli')
// Like the PPTX exporter: Slidev's build lives in a hashed chunk its index does not re-export.
const dist = dirname(fileURLToPath(import.meta.resolve('@slidev/cli')))
const chunk = readdirSync(dist).find((name) => /^build-.*\.mjs$/.test(name))
if (!chunk) throw new Error(`no build-*.mjs chunk in ${dist}`)
const { build } = (await import(pathToFileURL(join(dist, chunk)).href)) as {
  build: (options: unknown, viteConfig: unknown, args: unknown) => Promise<void>
}
// As `slidev build --download`: the client is compiled with the print route.
const options = (await resolveOptions({ entry, download: true } as Parameters<typeof resolveOptions>[0], 'build')) as unknown as {
  data: { config: { download: unknown } }
}
await build(
  options,
  {
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [{ name: 'briefdeck:bench-no-build-export', closeBundle: () => void (options.data.config.download = false) }],
  },
  {},
)
console.log(JSON.stringify({ ms: performance.now() - started }))
