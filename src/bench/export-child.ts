/**
 * Child process of the benchmark: one `exportDeck` (deck.pdf + handout.pdf), as `npm run deck` runs it after
 * the pipeline. Reads `{ slidesPath, outDir, meta, exporter?, reuseDevServer?, pptx? }` as JSON on standard input;
 * `exporter` is the path of another build of src/export/index.ts to time instead (e.g. the code before a change,
 * for a before/after); `pptx` also writes deck.pptx from the outline.yaml beside slides.md (`--format pptx`).
 *
 * Prints one JSON line: the ExportResult's timings.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExportMeta, ExportOptions, ExportResult } from '../export/types.ts'
import { parseOutline } from '../outline.ts'
import { readStdin } from './measure.ts'

export interface ExportChildResult {
  loadMs: number
  deckMs?: number
  handoutMs?: number
  totalMs: number
  deckPages?: number
  handoutPages?: number
  /** The running dev server the deck was drawn by, if one was used. */
  devServer?: string
  /** The PPTX step (diagrams copied and drawn as PNGs, file built and staged), when one was asked for. */
  pptxMs?: number
  pptxSlides?: number
  pptxBytes?: number
}

const input = JSON.parse(await readStdin()) as {
  slidesPath: string
  outDir: string
  meta: ExportMeta
  exporter?: string
  reuseDevServer?: boolean
  pptx?: boolean
}
const module = (await import(input.exporter ? pathToFileURL(resolve(input.exporter)).href : '../export/index.ts')) as {
  exportDeck: (options: ExportOptions) => Promise<ExportResult>
}
const outline = input.pptx ? parseOutline(readFileSync(join(dirname(input.slidesPath), 'outline.yaml'), 'utf8')).outline : undefined
if (input.pptx && !outline) throw new Error(`no valid outline.yaml beside ${input.slidesPath}`)
const pptxPath = join(input.outDir, 'deck.pptx')
const result = await module.exportDeck({
  slidesPath: input.slidesPath,
  deckPdf: join(input.outDir, 'deck.pdf'),
  handoutPdf: join(input.outDir, 'handout.pdf'),
  ...(outline ? { pptx: pptxPath, outline } : {}),
  meta: input.meta,
  // Only the dev-server column uses one: the other columns start cold whatever else is running.
  reuseDevServer: input.reuseDevServer ?? false,
})
const out: ExportChildResult = {
  loadMs: result.loadMs,
  deckMs: result.deckPdf?.ms,
  handoutMs: result.handoutPdf?.ms,
  totalMs: result.totalMs,
  deckPages: result.deckPdf?.pages,
  handoutPages: result.handoutPdf?.pages,
  devServer: result.devServer,
  pptxMs: result.pptx?.ms,
  pptxSlides: result.pptx?.pages,
  pptxBytes: result.pptx ? statSync(pptxPath).size : undefined,
}
console.log(JSON.stringify(out))
