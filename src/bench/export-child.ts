/**
 * Child process of the benchmark: one `exportDeck` (deck.pdf + handout.pdf), as `npm run deck` runs it after
 * the pipeline. Reads `{ slidesPath, outDir, meta, exporter? }` as JSON on standard input; `exporter` is the path
 * of another build of src/export/index.ts to time instead (e.g. the code before a change, for a before/after).
 *
 * Prints one JSON line: the ExportResult's timings.
 */
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExportMeta, ExportResult } from '../export/types.ts'
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
}

const input = JSON.parse(await readStdin()) as { slidesPath: string; outDir: string; meta: ExportMeta; exporter?: string; reuseDevServer?: boolean }
const module = (await import(input.exporter ? pathToFileURL(resolve(input.exporter)).href : '../export/index.ts')) as {
  exportDeck: (options: { slidesPath: string; deckPdf: string; handoutPdf: string; meta: ExportMeta; reuseDevServer?: boolean }) => Promise<ExportResult>
}
const result = await module.exportDeck({
  slidesPath: input.slidesPath,
  deckPdf: join(input.outDir, 'deck.pdf'),
  handoutPdf: join(input.outDir, 'handout.pdf'),
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
}
console.log(JSON.stringify(out))
