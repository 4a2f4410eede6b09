/**
 * Child process of the benchmark: times ingest → analyse → draft → render on one article (read from standard
 * input as JSON `{ text, name, warmups, runs }`), stage by stage, and reports the process's peak memory.
 * One process per article size, so that each size's peak RSS is its own.
 *
 * Prints one JSON line: medians per stage (ms), slide count, RSS before the first build and peak RSS (MB).
 */
import { analyse } from '../analyse/index.ts'
import { draftOutline } from '../draft/index.ts'
import { ingest } from '../ingest/index.ts'
import { tagArticle } from '../language/index.ts'
import { writeOutline, writeSlides } from '../pipeline.ts'
import { median, readStdin } from './measure.ts'

export interface PipelineSample {
  ingest: number
  analyse: number
  draft: number
  render: number
}

export interface PipelineChildResult {
  runs: number
  slides: number
  medians: PipelineSample & { adr: number; total: number }
  /** Resident set size once the modules are loaded and the article is in memory, before the first build (MB). */
  baseRssMb: number
  /** Peak resident set size of the process (MB), from getrusage. */
  peakRssMb: number
  /** Largest V8 heap in use seen right after a build (MB). */
  peakHeapMb: number
}

const input = JSON.parse(await readStdin()) as { text: string; name: string; warmups: number; runs: number }
const baseRssMb = process.memoryUsage().rss / 1e6
let peakHeap = 0
let slides = 0
const samples: PipelineSample[] = []
for (let i = 0; i < input.warmups + input.runs; i++) {
  const t0 = performance.now()
  const article = ingest(input.text, { name: input.name })
  const t1 = performance.now()
  // The linguistic layer tags once, for the analysis and the draft, as buildFromArticle does: timed with analyse.
  const language = tagArticle(article)
  const analysis = analyse(article, language)
  const t2 = performance.now()
  const outline = draftOutline(article, analysis, { language })
  const t3 = performance.now()
  // What buildFromArticle renders: slides.md and outline.yaml.
  const rendered = writeSlides(outline).length + writeOutline(outline).length
  const t4 = performance.now()
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  slides = outline.slides.length
  if (rendered === 0) throw new Error('nothing rendered')
  if (i >= input.warmups) samples.push({ ingest: t1 - t0, analyse: t2 - t1, draft: t3 - t2, render: t4 - t3 })
}
const pick = (f: (s: PipelineSample) => number) => median(samples.map(f))
const result: PipelineChildResult = {
  runs: samples.length,
  slides,
  medians: {
    ingest: pick((s) => s.ingest),
    analyse: pick((s) => s.analyse),
    draft: pick((s) => s.draft),
    render: pick((s) => s.render),
    adr: pick((s) => s.analyse + s.draft + s.render),
    total: pick((s) => s.ingest + s.analyse + s.draft + s.render),
  },
  baseRssMb,
  // getrusage reports kibibytes.
  peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  peakHeapMb: peakHeap / 1e6,
}
console.log(JSON.stringify(result))
