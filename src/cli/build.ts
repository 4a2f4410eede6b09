import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { BriefdeckError, fail } from '../errors.ts'
import { ensureFolder, Replacements, writeFileAtomic, writeFilesUndoable, type PlannedFile } from '../files.ts'
import type { Finding } from '../quality/index.ts'
import { MAX_INPUT_BYTES, tooLarge } from '../ingest/index.ts'
import { onInterrupt } from '../interrupt.ts'
import { OUTLINE_SCHEMA_FILE, outlineJsonSchema } from '../outline.ts'
import { buildFromArticle, buildFromOutline, type Build } from '../pipeline.ts'
import { qualityReport, qualitySummary, type QualityReport } from '../quality/report.ts'
import { EXIT, type BuildCommand } from './args.ts'
import { deckAssets, PROJECT_ROOT } from './assets.ts'
import { deckPackageJson } from './deck-project.ts'
import { exportFolder, type Exporter, type ExportSummary } from './export-command.ts'
import { DEFAULT_ARTICLE, DiagnosticsError, type CliIo } from './index.ts'
import { lockFolder } from './lock.ts'
import { createReporter, type Reporter } from './progress.ts'
import { MAX_OUTLINE_BYTES, outlineTooLarge, readFileLimited } from './read.ts'
import { checkTheme } from './theme.ts'

/**
 * `briefdeck build` (the default command, and `npm run deck`): an article or an outline → slides.md,
 * outline.yaml, quality.json, then the PDFs and other formats. Everything is checked before anything is written.
 */

/** What one build did: the `--json` summary. */
export interface BuildSummary {
  /** The article or outline built from. */
  input: string
  outDir: string
  title: string
  slides: number
  files: Array<{ path: string; kind: string; pages?: number }>
  times: { buildMs: number; exportMs?: number; loadMs?: number; totalMs: number }
  quality: { file: string; findings: number; counts: Partial<QualityReport['counts']>; overLimits: QualityReport['overLimits'] }
  /** The dev server the export used, if any. */
  devServer?: string
}

export async function build(options: BuildCommand, io: CliIo): Promise<number> {
  const batch = await import('./batch.ts')
  if (batch.isBatch(options.inputs)) return batch.buildBatch(options, io)
  const reporter = createReporter({ line: io.err, tty: io.tty, quiet: options.quiet })
  const summary = await buildDeck(options, io, reporter)
  if (options.json) io.out(JSON.stringify(summary, null, 2))
  // --strict fails the run once everything is written, PDFs included: the deck is there to look at.
  if (options.strict && summary.quality.overLimits.length)
    throw new BriefdeckError(
      `--strict: the quality report has findings over its limits (${summary.quality.overLimits.map((o) => `${o.ruleId}: ${o.count}, limit ${o.limit}`).join('; ')}); see ${summary.quality.file}. The deck was written.`,
    )
  return EXIT.ok
}

/** How a batch builds each of its decks (batch.ts): where a deck goes, and the export session that draws it. */
export interface DeckHooks {
  /** The deck's folder, chosen once its outline (its title) is known. */
  deckDir?: (build: Build) => string
  /** Exports with this instead of a fresh `exportDeck` (a batch's export session). */
  exporter?: Exporter
}

/** Builds one deck into `options.outDir` and exports it: the whole of a single run. */
export async function buildDeck(options: BuildCommand, io: CliIo, reporter: Reporter, hooks: DeckHooks = {}): Promise<BuildSummary> {
  if (options.inputs.length > 1)
    throw new BriefdeckError(`Expected one article, not ${options.inputs.length}: ${options.inputs.join(', ')}.`, EXIT.usage)
  let outDir = resolve(options.outDir ?? PROJECT_ROOT)
  checkOutDir(outDir)
  if (options.theme) checkTheme(options.theme, PROJECT_ROOT)
  // No browser means no PDF: say so before writing anything, not after slides.md is on disk.
  if (options.pdf || options.formats.some((f) => f !== 'html')) (await import('../export/index.ts')).findChromium()
  const started = performance.now()
  const read = await readAndBuild(options, io, outDir)
  const { build, input } = read
  let { outlinePath } = read
  const { outlineFromUser } = read
  if (hooks.deckDir) {
    outDir = hooks.deckDir(build)
    outlinePath = join(outDir, 'outline.yaml')
  }
  const atRoot = outDir === PROJECT_ROOT
  // The outline may name a theme of its own (edited by hand): it must be there too.
  const theme = build.outline.meta.theme ?? 'default'
  if (!options.theme) checkTheme(theme, PROJECT_ROOT)
  const files: PlannedFile[] = [{ path: join(outDir, 'slides.md'), content: build.slides, guarded: true }]
  // From an article: a new outline.yaml, guarded. From an outline given a new --minutes: that same file with only
  // meta.minutes changed, comments and all (buildFromOutline), so it is not guarded: it keeps the user's work.
  if (build.outlineYaml) files.push({ path: outlinePath, content: build.outlineYaml, guarded: !outlineFromUser })
  if (build.outlineYaml && !outlineFromUser)
    files.push({ path: join(outDir, OUTLINE_SCHEMA_FILE), content: outlineJsonSchema(), guarded: false })
  if (!atRoot) {
    files.push(...deckAssets(outDir))
    const pkg = deckPackageJson(outDir, theme, PROJECT_ROOT)
    if (pkg) files.push(pkg)
  }
  const logo = build.outline.meta.logo
  if (logo && !existsSync(join(atRoot ? PROJECT_ROOT : outDir, 'public', logo)) && !existsSync(join(PROJECT_ROOT, 'public', logo)))
    io.err(`briefdeck: warning: the cover's logo, public/${logo} (meta.logo), is not in ${show(join(outDir, 'public'))}; put the picture there.`)
  const report = qualityReport(build.findings, { outlineFile: show(outlinePath), locate: build.locate })
  const qualityPath = join(outDir, 'quality.json')
  files.push({ path: qualityPath, content: `${JSON.stringify(report, null, 2)}\n`, guarded: false })
  // One run at a time in a deck folder; from here on, a stop (Ctrl-C, a kill, a lost parent) puts back the old
  // deck: the previous files are kept until the PDFs are written too (see interrupt.ts).
  const removeFolder = ensureFolder(outDir)
  const forgetFolder = onInterrupt(removeFolder)
  const lock = await lockFolder(outDir, 'briefdeck build', (holder) =>
    io.err(`… waiting for another briefdeck run (pid ${holder.pid}${holder.since ? `, since ${holder.since}` : ''}) to finish writing to ${show(outDir)}`),
  )
  const replacements = new Replacements()
  const forgetUndo = onInterrupt(() => replacements.undo())
  const summary: BuildSummary = {
    input,
    outDir,
    title: build.outline.meta.title,
    slides: build.outline.slides.length,
    files: [
      { path: join(outDir, 'slides.md'), kind: 'slides' },
      { path: outlinePath, kind: 'outline' },
      { path: qualityPath, kind: 'quality' },
    ],
    times: { buildMs: 0, totalMs: 0 },
    quality: qualitySummaryData(report, qualityPath),
  }
  try {
    const { backups } = writeFilesUndoable(files, { force: options.force, replacements })
    for (const b of backups) io.err(`Kept a backup of your edited file: ${b}`)
    summary.times.buildMs = Math.round(performance.now() - started)
    reporter.info(
      `✓ ${summary.slides} slides → ${show(join(outDir, 'slides.md'))}${build.outlineYaml ? `, ${show(outlinePath)}` : ''} (${summary.times.buildMs} ms)`,
    )
    for (const line of qualitySummary(report, show(qualityPath))) reporter.info(line)
    if (options.pdf || options.formats.length > 0) {
      const exported = await exportFolder({ outDir, atRoot, outline: build.outline, options, reporter, io, replacements, exporter: hooks.exporter })
      addExport(summary, exported)
      // Slides that ran past their edge when drawn join the report.
      if (exported.overflow.length) {
        const withOverflow = qualityReport([...build.findings, ...overflowFindings(exported.overflow)], { outlineFile: show(outlinePath), locate: build.locate })
        writeFileAtomic(qualityPath, `${JSON.stringify(withOverflow, null, 2)}\n`)
        summary.quality = qualitySummaryData(withOverflow, qualityPath)
        reporter.info(`! quality: ${exported.overflow.length} slide${exported.overflow.length > 1 ? 's' : ''} run past the edge when drawn (${exported.overflow.map((o) => o.slide).join(', ')}) → ${show(qualityPath)}`)
      }
    }
  } finally {
    // Kept: the new deck, complete (or, when only the export failed, slides.md and outline.yaml, as the README says).
    reporter.end()
    forgetUndo()
    replacements.done()
    lock.release()
    forgetFolder()
    removeFolder()
  }
  summary.times.totalMs = Math.round(performance.now() - started)
  return summary
}

function qualitySummaryData(report: QualityReport, file: string): BuildSummary['quality'] {
  return {
    file,
    findings: report.findings.length + report.unlisted,
    counts: Object.fromEntries(Object.entries(report.counts).filter(([, n]) => n > 0)),
    overLimits: report.overLimits,
  }
}

/** The exporter's measure of what runs past a slide's edge, as findings of the report. */
function overflowFindings(overflow: { slide: number; overflow: string[] }[]): Finding[] {
  return overflow.map((o) => ({ ruleId: 'overflow', slide: o.slide, path: `slides[${o.slide - 1}]`, message: `runs past the slide's edge: ${o.overflow.join('; ')}; cut or shorten its text` }))
}

function addExport(summary: BuildSummary, exported: ExportSummary): void {
  summary.files.push(...exported.files)
  summary.times.exportMs = exported.totalMs
  summary.times.loadMs = exported.loadMs
  if (exported.devServer) summary.devServer = exported.devServer
}

interface ReadBuild {
  build: Build
  /** What was built from, as the user named it. */
  input: string
  /** Where the outline goes (or is: an outline given with --outline FILE is rewritten in place, if at all). */
  outlinePath: string
  /** The outline is the user's (--outline): rewritten only to store new meta values, never guarded. */
  outlineFromUser: boolean
}

async function readAndBuild(options: BuildCommand, io: CliIo, outDir: string): Promise<ReadBuild> {
  const patch = { minutes: options.minutes, theme: options.theme, reveal: options.reveal || undefined }
  if (options.outline === '-') {
    // An outline piped in becomes the deck folder's outline.yaml: the deck's source of truth lives with it.
    const text = (await io.readStdin(MAX_OUTLINE_BYTES, (size) => outlineTooLarge('standard input', size))).toString('utf8')
    const build = outlineBuild(text, 'standard input', patch)
    const outlinePath = join(outDir, 'outline.yaml')
    const unchanged = existsSync(outlinePath) && readFileSync(outlinePath, 'utf8') === (build.outlineYaml ?? text)
    return { build: { ...build, outlineYaml: unchanged ? undefined : (build.outlineYaml ?? text) }, input: '-', outlinePath, outlineFromUser: false }
  }
  if (options.outline) {
    const text = readInput(options.outline, MAX_OUTLINE_BYTES, (size) => outlineTooLarge(options.outline!, size)).toString('utf8')
    return { build: outlineBuild(text, options.outline, patch), input: options.outline, outlinePath: resolve(options.outline), outlineFromUser: true }
  }
  const path = options.inputs[0] ?? DEFAULT_ARTICLE
  const onWarning = (message: string) => io.err(`briefdeck: warning: ${message}`)
  const bytes = path === '-' ? await io.readStdin() : readInput(path, MAX_INPUT_BYTES, (size) => tooLarge(path, size))
  const build = buildFromArticle(bytes, { name: path === '-' ? 'standard input' : path, onWarning, ...patch })
  return { build, input: path, outlinePath: join(outDir, 'outline.yaml'), outlineFromUser: false }
}

function outlineBuild(text: string, file: string, patch: Parameters<typeof buildFromOutline>[2]): Build {
  const build = buildFromOutline(text, file, patch)
  if ('diagnostics' in build) throw new DiagnosticsError(build.diagnostics)
  return build
}

export function readInput(path: string, limit: number, tooLargeFor: (size?: number) => string): Buffer {
  if (!existsSync(path)) fail(`No file at ${path}. Check the path, or pass - to read from standard input.`)
  if (statSync(path).isDirectory()) fail(`${path} is a folder; expected an article file (.txt, .md or .html).`)
  try {
    return readFileLimited(path, limit, tooLargeFor)
  } catch (error) {
    if (error instanceof BriefdeckError) throw error
    return fail(`Could not read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`)
  }
}

export function checkOutDir(dir: string): void {
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

/** A path as the user would type it from here. */
export function show(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel.startsWith('..') ? path : rel || '.'
}
