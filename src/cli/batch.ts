import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { BriefdeckError, fail } from '../errors.ts'
import { writeFileAtomic } from '../files.ts'
import { EXIT, type BuildCommand } from './args.ts'
import { PROJECT_ROOT } from './assets.ts'
import { buildDeck, checkOutDir, show, type BuildSummary } from './build.ts'
import { DiagnosticsError, type CliIo } from './index.ts'
import { createReporter } from './progress.ts'
import { checkTheme } from './theme.ts'

/**
 * A reading list in one run: `briefdeck build a.html b.md c.txt --out-dir decks/` (or a folder of articles, or
 * `@list.txt`, a file naming one article a line). Each article becomes `decks/<slug>/`, the same files a single
 * run writes, and `decks/index.md` lists them. One export session (export/session.ts) draws every deck with one
 * Slidev server and one Chromium. An article that fails is reported with its name and the rest go on; the exit
 * code is then 1.
 */

/** Article files a folder given as input contributes. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])
/** The longest slug: a folder name that still reads as the title. */
const MAX_SLUG = 60
/** Where a batch goes without --out-dir. */
export const DEFAULT_BATCH_DIR = 'decks'

/** True when the inputs are a batch: several articles, a folder, or a list file. */
export function isBatch(inputs: string[]): boolean {
  return inputs.length > 1 || inputs.some((input) => input.startsWith('@') || (input !== '-' && existsSync(input) && statSync(input).isDirectory()))
}

interface Failure {
  input: string
  message: string
  /** The deck's folder, when it got one (its slides.md and outline.yaml were written, the export failed). */
  dir?: string
}

export async function buildBatch(options: BuildCommand, io: CliIo): Promise<number> {
  if (options.outline) throw new BriefdeckError('--outline rebuilds one deck; give it without articles.', EXIT.usage)
  const articles = expandInputs(options.inputs)
  const outDir = resolve(options.outDir ?? DEFAULT_BATCH_DIR)
  if (outDir === PROJECT_ROOT) fail('A batch writes one folder per article: give --out-dir a folder of its own (default: decks).')
  checkOutDir(outDir)
  if (options.theme) checkTheme(options.theme, PROJECT_ROOT)
  const exporting = options.pdf || options.formats.length > 0
  const { openExportSession } = await import('../export/index.ts')
  const session = exporting ? openExportSession() : undefined
  const used = new Set<string>()
  const done: BuildSummary[] = []
  const failed: Failure[] = []
  const started = performance.now()
  let current = ''
  // On a terminal each phase's line updates in place and gives way to the deck's line; in a log each phase leaves
  // one line, `[2/5] talk.html: ✓ 14 slides drawn (1.2 s)`.
  const reporter = createReporter({ line: io.err, tty: io.tty, quiet: options.quiet, transient: Boolean(io.tty), prefix: () => current })
  try {
    for (const [i, article] of articles.entries()) {
      const label = `[${i + 1}/${articles.length}]`
      current = `${label} ${basename(article)}: `
      const t = performance.now()
      let dir: string | undefined
      try {
        // The deck's own lines (its build, its quality summary, its files) give way to one line per deck.
        const phases = { progress: reporter.progress, info: () => {}, end: reporter.end }
        const summary = await buildDeck({ ...options, inputs: [article], outDir, json: false, strict: false }, io, phases, {
          deckDir: (build) => (dir = join(outDir, uniqueSlug(build.outline.meta.title, used))),
          exporter: session?.exportDeck,
        })
        done.push(summary)
        const pdfs = summary.files.filter((f) => f.pages !== undefined).map((f) => `${basename(f.path)} ${f.pages}`)
        reporter.info(
          `✓ ${label} ${summary.title} → ${show(summary.outDir)}/ (${summary.slides} slides${pdfs.length ? `; ${pdfs.join(', ')}` : ''}; ${quality(summary)}) ${((performance.now() - t) / 1000).toFixed(1)} s`,
        )
      } catch (error) {
        reporter.end()
        const message = describe(error)
        failed.push({ input: article, message, ...(dir ? { dir } : {}) })
        io.err(`✗ ${label} ${article}: ${message}`)
      }
    }
  } finally {
    reporter.end()
    current = ''
    await session?.close()
  }
  const index = join(outDir, 'index.md')
  writeFileAtomic(index, renderIndex(outDir, done, failed))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  reporter.info(`${failed.length ? '!' : '✓'} ${done.length} of ${articles.length} decks in ${seconds} s → ${show(index)}${failed.length ? `; ${failed.length} failed` : ''}`)
  if (options.json) io.out(JSON.stringify({ outDir, index, decks: done, failed, totalMs: Math.round(performance.now() - started) }, null, 2))
  if (options.strict && done.some((d) => d.quality.overLimits.length))
    throw new BriefdeckError(`--strict: ${done.filter((d) => d.quality.overLimits.length).length} deck(s) have quality findings over the limits; see ${show(index)}. The decks were written.`)
  return failed.length ? EXIT.input : EXIT.ok
}

/**
 * The articles named by `inputs`, in order: files as given, a folder's article files (sorted by name), and the
 * lines of a list file `@list.txt` (paths relative to the list; blank lines and `#` comments skipped).
 */
export function expandInputs(inputs: string[]): string[] {
  const articles: string[] = []
  for (const input of inputs) {
    if (input === '-') fail('A batch reads its articles from files: standard input (-) takes one article, on its own.')
    if (input.startsWith('@')) {
      const list = input.slice(1)
      if (!existsSync(list)) fail(`No list file at ${list}. A list names one article file a line.`)
      const lines = readFileSync(list, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
      articles.push(...expandInputs(lines.map((l) => resolve(dirname(list), l))))
    } else if (existsSync(input) && statSync(input).isDirectory()) {
      const found = readdirSync(input).filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.')).sort()
      if (found.length === 0) fail(`${input} holds no article (.txt, .md or .html).`)
      articles.push(...found.map((name) => join(input, name)))
    } else articles.push(input)
  }
  if (articles.length === 0) fail('No article to build.')
  return articles
}

/** `North Korea – No Strategic Reprieve` → `north-korea-no-strategic-reprieve`; `-2`, `-3` … for a title taken before. */
export function uniqueSlug(title: string, used: Set<string>): string {
  const base = slugify(title)
  let slug = base
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
  used.add(slug)
  return slug
}

export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > MAX_SLUG) break
    slug = next
  }
  return slug || words[0]?.slice(0, MAX_SLUG) || 'deck'
}

function quality(summary: BuildSummary): string {
  const n = summary.quality.findings
  if (n === 0) return 'no quality findings'
  const rules = Object.entries(summary.quality.counts).map(([rule, count]) => `${rule} ${count}`).join(', ')
  return `${n} quality finding${n > 1 ? 's' : ''}: ${rules}${summary.quality.overLimits.length ? ', over the limits' : ''}`
}

/** decks/index.md: every deck with its title, slides, quality summary and files; then the articles that failed. */
export function renderIndex(outDir: string, decks: BuildSummary[], failed: Failure[]): string {
  const link = (path: string) => `./${relative(outDir, path).split('\\').join('/')}`
  const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>[\]*_`]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')
  const lines = [
    `# Briefing decks (${decks.length})`,
    '',
    'Made by briefdeck, one folder per article: open a folder with `npx briefdeck dev FOLDER`, or run `npm install && npx slidev` in it.',
    '',
    '| deck | slides | quality | files | article |',
    '| --- | ---: | --- | --- | --- |',
    ...decks.map((d) => {
      const files = d.files.filter((f) => !['outline', 'quality'].includes(f.kind)).map((f) => `[${basename(f.path)}](${link(f.path)})`)
      return `| [${cell(d.title)}](${link(d.outDir)}/) | ${d.slides} | ${cell(quality(d))} ([quality.json](${link(d.quality.file)})) | ${files.join(' · ')} | ${cell(basename(d.input))} |`
    }),
  ]
  if (failed.length)
    lines.push('', `## Failed (${failed.length})`, '', ...failed.map((f) => `- ${cell(basename(f.input))}${f.dir ? ` ([folder](${link(f.dir)}/))` : ''}: ${cell(f.message)}`))
  return `${lines.join('\n')}\n`
}

/** An error as the one paragraph the command line prints for it. */
function describe(error: unknown): string {
  if (error instanceof DiagnosticsError) return `${error.diagnostics.length} problem(s) in the outline`
  if (error instanceof BriefdeckError) return error.message.replace(/\s*\n\s*/g, ' ')
  return `unexpected error: ${(error as Error)?.message ?? error}`
}
