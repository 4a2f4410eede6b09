import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { BriefdeckError, fail } from '../errors.ts'
import { writeFiles, type PlannedFile } from '../files.ts'
import { locateInOutline, OUTLINE_SCHEMA_FILE, outlineJsonSchema } from '../outline.ts'
import { qualityReport, qualitySummary } from '../quality/report.ts'
import { buildFromArticle, buildFromOutline, type Build } from '../pipeline.ts'
import type { Diagnostic } from '../types.ts'
import type { ExportProgress } from '../export/types.ts'
import { parseCliArgs, USAGE, type CliOptions } from './args.ts'
import { deckAssets, PROJECT_ROOT } from './assets.ts'
import { exportMeta } from './export-meta.ts'

/**
 * `npm run deck`: arguments → build → files → export. The only place (with export/) that touches the disk,
 * prints, or sets the exit code.
 */

export const DEFAULT_ARTICLE = join(PROJECT_ROOT, 'articles', 'north-korea-no-strategic-reprieve.txt')

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let options: CliOptions | undefined
  try {
    options = parseCliArgs(argv)
    if (options.help) {
      io.out(USAGE)
      return 0
    }
    await run(options, io)
    return 0
  } catch (error) {
    if (error instanceof DiagnosticsError) {
      for (const d of error.diagnostics) io.err(formatDiagnostic(d))
      io.err(`\n${error.diagnostics.length} problem${error.diagnostics.length > 1 ? 's' : ''} in the outline; nothing was written.`)
      return 1
    }
    if (error instanceof BriefdeckError) {
      io.err(`briefdeck: ${error.message}`)
      return error.exitCode
    }
    const fsError = error as NodeJS.ErrnoException
    if (fsError?.code && fsError.path && FS_ERRORS[fsError.code]) {
      // A file-system failure not foreseen by a check: still the user's to fix, so one paragraph, no stack.
      io.err(`briefdeck: cannot ${fsError.syscall ?? 'use'} ${fsError.path}: ${FS_ERRORS[fsError.code]}.`)
      if (options?.verbose) io.err(fsError.stack ?? '')
      return 1
    }
    io.err(`briefdeck: unexpected error: ${(error as Error).message ?? error}`)
    if (options?.verbose) io.err((error as Error).stack ?? '')
    else io.err('Run again with --verbose (or DEBUG=1) for details, and please report it.')
    return 2
  }
}

/** File-system errors a user can fix, in words. */
const FS_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENAMETOOLONG: 'the name is too long',
}

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  readStdin: () => Buffer
}

const defaultIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  readStdin: () => readFileSync(0),
}

class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('invalid outline')
  }
}

async function run(options: CliOptions, io: CliIo): Promise<void> {
  const outDir = resolve(options.outDir ?? PROJECT_ROOT)
  const atRoot = outDir === PROJECT_ROOT
  checkOutDir(outDir)
  // No browser means no PDF: say so before writing anything, not after slides.md is on disk.
  if (options.pdf) (await import('../export/chromium.ts')).findChromium()
  const started = performance.now()
  const build = options.outline ? fromOutline(options) : fromArticle(options, io)
  const files: PlannedFile[] = [{ path: join(outDir, 'slides.md'), content: build.slides, guarded: true }]
  // From an article: a new outline.yaml, guarded. From an outline given a new --minutes: that same file with only
  // meta.minutes changed, comments and all (buildFromOutline), so it is not guarded: it keeps the user's work.
  const outlinePath = options.outline ? resolve(options.outline) : join(outDir, 'outline.yaml')
  if (build.outlineYaml) files.push({ path: outlinePath, content: build.outlineYaml, guarded: !options.outline })
  if (build.outlineYaml && !options.outline)
    files.push({ path: join(outDir, OUTLINE_SCHEMA_FILE), content: outlineJsonSchema(), guarded: false })
  if (!atRoot) files.push(...deckAssets(outDir))
  const outlineText = build.outlineYaml ?? readFileSync(outlinePath, 'utf8')
  const report = qualityReport(build.findings, {
    outlineFile: show(outlinePath),
    places: locateInOutline(outlineText, build.findings.map((f) => f.path)),
  })
  files.push({ path: join(outDir, 'quality.json'), content: `${JSON.stringify(report, null, 2)}\n`, guarded: false })
  const backups = writeFiles(files, { force: options.force })
  for (const b of backups) io.err(`Kept a backup of your edited file: ${b}`)
  const slideCount = build.outline.slides.length
  io.err(
    `✓ ${slideCount} slides → ${show(join(outDir, 'slides.md'))}${build.outlineYaml ? `, ${show(outlinePath)}` : ''} (${Math.round(performance.now() - started)} ms)`,
  )
  for (const line of qualitySummary(report, show(join(outDir, 'quality.json')))) io.err(line)
  // --strict fails the run once everything is written, PDFs included: the deck is there to look at.
  const strictFailure =
    options.strict && report.overLimits.length
      ? `--strict: the quality report has findings over its limits (${report.overLimits.map((o) => `${o.ruleId}: ${o.count}, limit ${o.limit}`).join('; ')}); see ${show(join(outDir, 'quality.json'))}. The deck was written.`
      : undefined
  const finish = () => {
    if (strictFailure) throw new BriefdeckError(strictFailure)
  }
  if (!options.pdf) return finish()
  const pdfDir = atRoot ? join(outDir, 'exports') : outDir
  const { exportDeck } = await import('../export/index.ts')
  const result = await exportDeck({
    slidesPath: join(outDir, 'slides.md'),
    deckPdf: join(pdfDir, 'deck.pdf'),
    handoutPdf: options.handout ? join(pdfDir, 'handout.pdf') : undefined,
    pngDir: options.formats.includes('png') ? join(pdfDir, 'png') : undefined,
    pptx: options.formats.includes('pptx') ? join(pdfDir, 'deck.pptx') : undefined,
    outline: build.outline,
    meta: exportMeta(build.outline),
    onProgress: progressPrinter(io),
    reuseDevServer: options.devServer,
  })
  for (const out of [result.deckPdf, result.handoutPdf, result.pngDir, result.pptx])
    if (out) io.err(`✓ ${show(out.path)} (${out.pages} ${UNITS[extname(out.path)] ?? 'images'}, ${(out.ms / 1000).toFixed(1)} s)`)
  const via = result.byService
    ? `, by npm run dev's export service (dev server at ${result.devServer})`
    : result.devServer
      ? `, by the running dev server at ${result.devServer}`
      : ''
  io.err(`  export took ${(result.totalMs / 1000).toFixed(1)} s (deck drawn in ${(result.loadMs / 1000).toFixed(1)} s${via})`)
  finish()
}

function fromArticle(options: CliOptions, io: CliIo): Build {
  const path = options.article ?? DEFAULT_ARTICLE
  if (path === '-') return buildFromArticle(io.readStdin(), { name: 'standard input', minutes: options.minutes })
  return buildFromArticle(readInput(path), { name: path, minutes: options.minutes })
}

function fromOutline(options: CliOptions): Build {
  const path = options.outline!
  const text = readInput(path).toString('utf8')
  const build = buildFromOutline(text, path, { minutes: options.minutes })
  if ('diagnostics' in build) throw new DiagnosticsError(build.diagnostics)
  return build
}

function readInput(path: string): Buffer {
  if (!existsSync(path)) fail(`No file at ${path}. Check the path, or pass - to read the article from standard input.`)
  if (statSync(path).isDirectory()) fail(`${path} is a folder; expected an article file (.txt, .md or .html).`)
  try {
    return readFileSync(path)
  } catch (error) {
    return fail(`Could not read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`)
  }
}

function checkOutDir(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) fail(`--out-dir ${dir} is a file; expected a folder.`)
  let probe = dir
  while (!existsSync(probe)) probe = dirname(probe)
  if (!statSync(probe).isDirectory())
    fail(`--out-dir ${dir} cannot be made: ${probe} is a file, not a folder. Choose another --out-dir.`)
  try {
    accessSync(probe, constants.W_OK)
  } catch {
    fail(`Cannot write to ${probe}: permission denied. Choose another --out-dir.`)
  }
}

/** `FILE:LINE:COL  path: message` */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.place ? `:${d.place.line}:${d.place.column}` : ''
  return `${d.file ?? ''}${place}  ${d.message}`
}

/** One line per step of the export: `… load 3/14`, then the next phase. */
function progressPrinter(io: CliIo) {
  let last = ''
  return (e: ExportProgress) => {
    const line = `… ${PHASES[e.phase] ?? e.phase} ${e.done}/${e.total}${e.slide ? ` (slide ${e.slide})` : ''}`
    if (line !== last) io.err(line)
    last = line
  }
}

/** What an output's count counts, by its extension (a folder of PNGs has none). */
const UNITS: Record<string, string> = { '.pdf': 'pages', '.pptx': 'slides' }

const PHASES: Record<string, string> = {
  server: 'starting Slidev and Chromium',
  load: 'drawing slides',
  'deck-pdf': 'printing deck.pdf',
  png: 'saving PNGs',
  handout: 'composing handout.pdf',
  pptx: 'making the PowerPoint file',
  write: 'writing files',
}

function show(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel.startsWith('..') ? path : rel || '.'
}
