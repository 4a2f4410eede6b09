import { existsSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { fail } from '../errors.ts'
import { Replacements } from '../files.ts'
import { onInterrupt } from '../interrupt.ts'
import { parseOutline, type Outline } from '../outline.ts'
import type { ExportOptions, ExportResult } from '../export/index.ts'
import { EXIT, type BuildCommand, type ExportCommand } from './args.ts'
import { PROJECT_ROOT } from './assets.ts'
import { show } from './build.ts'
import { exportMeta } from './export-meta.ts'
import { DiagnosticsError, type CliIo } from './index.ts'
import { lockFolder } from './lock.ts'
import { createReporter, type Reporter } from './progress.ts'
import { MAX_OUTLINE_BYTES, outlineTooLarge, readFileLimited } from './read.ts'

/**
 * `briefdeck export [DIR]`: the deck in DIR as it is (its slides.md, with outline.yaml for the PDFs' metadata and
 * the PowerPoint file) → deck.pdf, handout.pdf and the formats asked for. Also the export step of a build.
 */

/** What an export wrote, for the build's summary. */
export interface ExportSummary {
  files: Array<{ path: string; kind: string; pages?: number }>
  loadMs: number
  totalMs: number
  devServer?: string
  /** Slides that ran past their edge when drawn. */
  overflow: { slide: number; overflow: string[] }[]
}

export async function exportCommand(options: ExportCommand, io: CliIo): Promise<number> {
  const outDir = resolve(options.dir ?? PROJECT_ROOT)
  const slides = join(outDir, 'slides.md')
  if (!existsSync(slides)) fail(`No deck in ${show(outDir)}: there is no slides.md. Build one first: briefdeck ARTICLE --out-dir ${show(outDir)}.`)
  const outline = readOutline(join(outDir, 'outline.yaml'))
  const reporter = createReporter({ line: io.err, tty: io.tty, quiet: options.quiet })
  const lock = await lockFolder(outDir, 'briefdeck export', (holder) =>
    io.err(`… waiting for another briefdeck run (pid ${holder.pid}) to finish writing to ${show(outDir)}`),
  )
  const replacements = new Replacements()
  const forgetUndo = onInterrupt(() => replacements.undo())
  try {
    const exported = await exportFolder({ outDir, atRoot: outDir === PROJECT_ROOT, outline, options: { ...options, pdf: true }, reporter, io, replacements })
    if (options.json) io.out(JSON.stringify({ outDir, title: outline.meta.title, slides: outline.slides.length, ...exported }, null, 2))
  } finally {
    reporter.end()
    forgetUndo()
    replacements.done()
    lock.release()
  }
  return EXIT.ok
}

function readOutline(path: string): Outline {
  if (!existsSync(path)) fail(`No outline.yaml beside slides.md in ${show(path)}: briefdeck export needs it for the PDFs' title and metadata.`)
  const parsed = parseOutline(readFileLimited(path, MAX_OUTLINE_BYTES, (size) => outlineTooLarge(path, size)).toString('utf8'), path)
  if (!parsed.outline) throw new DiagnosticsError(parsed.diagnostics)
  return parsed.outline
}

export interface ExportFolder {
  outDir: string
  /** The project folder's own deck: its PDFs go to exports/. */
  atRoot: boolean
  outline: Outline
  options: Pick<BuildCommand, 'pdf' | 'handout' | 'withClicks' | 'devServer' | 'formats' | 'force' | 'verbose'>
  reporter: Reporter
  io: CliIo
  replacements: Replacements
  /** By default a fresh `exportDeck`; a batch's export session draws with its server and browser. */
  exporter?: Exporter
}

export type Exporter = (options: ExportOptions) => Promise<ExportResult>

/** Exports the deck in `outDir` to the outputs `options` ask for, through the exporter's one door. */
export async function exportFolder({ outDir, atRoot, outline, options, reporter, io, replacements, exporter }: ExportFolder): Promise<ExportSummary> {
  const pdfDir = atRoot ? join(outDir, 'exports') : outDir
  const exportDeck = exporter ?? (await import('../export/index.ts')).exportDeck
  const result = await exportDeck({
    slidesPath: join(outDir, 'slides.md'),
    deckPdf: options.pdf ? join(pdfDir, 'deck.pdf') : undefined,
    handoutPdf: options.pdf && options.handout ? join(pdfDir, 'handout.pdf') : undefined,
    withClicks: options.withClicks,
    pngDir: options.formats.includes('png') ? join(pdfDir, 'png') : undefined,
    pptx: options.formats.includes('pptx') ? join(pdfDir, 'deck.pptx') : undefined,
    site: options.formats.includes('html') ? join(pdfDir, 'site') : undefined,
    outline,
    meta: exportMeta(outline),
    onProgress: reporter.progress,
    reuseDevServer: options.devServer,
    force: options.force,
    replacements,
  })
  reporter.end()
  for (const b of result.backups ?? []) io.err(`Kept a backup of your own file: ${b}`)
  const written = [
    { out: result.deckPdf, kind: 'deck-pdf' },
    { out: result.handoutPdf, kind: 'handout-pdf' },
    { out: result.pngDir, kind: 'png' },
    { out: result.pptx, kind: 'pptx' },
    { out: result.site, kind: 'html' },
  ].filter((w) => w.out)
  const via = result.byService
    ? `, by briefdeck dev's export service (dev server at ${result.devServer})`
    : result.devServer
      ? `, by the running dev server at ${result.devServer}`
      : ''
  reporter.info(
    `✓ ${written.map(({ out }) => `${show(out!.path)} (${out!.pages} ${UNITS[extname(out!.path)] ?? (out === result.site ? 'slides' : 'images')})`).join(', ')}` +
      ` in ${(result.totalMs / 1000).toFixed(1)} s${result.loadMs ? ` (deck drawn in ${(result.loadMs / 1000).toFixed(1)} s${via})` : ''}`,
  )
  if (options.verbose && result.devServerSkipped) io.err(`  (briefdeck dev's server was not used: ${result.devServerSkipped})`)
  return {
    files: written.map(({ out, kind }) => ({ path: out!.path, kind, pages: out!.pages })),
    loadMs: result.loadMs,
    totalMs: result.totalMs,
    ...(result.devServer ? { devServer: result.devServer } : {}),
    overflow: result.overflow ?? [],
  }
}

/** What an output's count counts, by its extension (a folder of PNGs has none). */
const UNITS: Record<string, string> = { '.pdf': 'pages', '.pptx': 'slides' }

