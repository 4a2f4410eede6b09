/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --only pipeline|export] [-- --decks 10,30] [-- --baseline FILE]`
 *
 * Speed and memory figures, side by side in one run (see BENCHMARKS.md for what each one means):
 * 1. the pipeline (ingest, analyse, draft, render) on articles of 1k, 10k and 100k words composed from the
 *    bundled and fixture articles, each size in its own process for its peak memory;
 * 2. the export of decks of about 10, 30 and 60 slides made by the pipeline: briefdeck's deck.pdf + handout.pdf
 *    (cold, and with `npm run dev` running for the deck), plain `slidev export` of the same slides.md (deck
 *    only), and the floor (Chromium printing the deck's static build, and a bare HTML page of as many pages);
 *    then the same export with the PowerPoint file too (`--format pptx`), for the time its step adds;
 * 3. a reading list (`--only batch`, `--batch 1,5,10`): `briefdeck build` of 1, 5 and 10 articles with both PDFs
 *    as one batch (one Slidev server, one Chromium) vs the same articles one `briefdeck build` at a time vs plain
 *    `slidev export` of each deck one at a time; wall time, CPU time and the peak RSS of the process tree.
 *
 * Medians over several runs; the machine's load is sampled throughout. `--quick` does one run of each export
 * and fewer pipeline runs. `--baseline FILE` adds a column timing another build of src/export/index.ts (e.g.
 * the code before a change) next to the current one. `--json FILE` also writes every figure as JSON.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { PROJECT_ROOT } from '../src/cli/assets.ts'
import { findChromium } from '../src/export/chromium.ts'
import { composeArticle, readSources, SOURCE_ARTICLES } from '../src/bench/article.ts'
import { BENCH_DIR, DECK_SPECS, writeBenchDeck, type BenchDeck } from '../src/bench/decks.ts'
import type { ExportChildResult } from '../src/bench/export-child.ts'
import { startDevServer } from '../src/bench/dev-server.ts'
import { machineInfo, sampleLoad } from '../src/bench/machine.ts'
import { lastJson, median, runMeasured, type Measured } from '../src/bench/measure.ts'
import type { PipelineChildResult } from '../src/bench/pipeline-child.ts'

// ─────────────────────────────── options ───────────────────────────────

const argv = process.argv.slice(2)
const flag = (name: string) => argv.includes(name)
const option = (name: string) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
if (flag('--help') || flag('-h')) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, '').trim())
  process.exit(0)
}
const quick = flag('--quick')
const only = option('--only')
const exportRuns = Number(option('--runs') ?? (quick ? 1 : 3))
const deckTargets = (option('--decks') ?? '10,30,60').split(',').map(Number)
const baseline = option('--baseline') ? resolve(option('--baseline')!) : undefined
const jsonOut = option('--json')
const batchSizes = (option('--batch') ?? '1,5,10').split(',').map(Number)
/** Warm-up and timed runs of the pipeline per article size. */
const PIPELINE_PLAN: Array<{ words: number; warmups: number; runs: number }> = quick
  ? [
      { words: 1_000, warmups: 3, runs: 7 },
      { words: 10_000, warmups: 1, runs: 3 },
      { words: 100_000, warmups: 1, runs: 1 },
    ]
  : [
      { words: 1_000, warmups: 10, runs: 31 },
      { words: 10_000, warmups: 3, runs: 9 },
      { words: 100_000, warmups: 1, runs: 5 },
    ]

const TARGETS = {
  adr1kMs: 50,
  adr100kMs: 2_000,
  /** t(100k) / t(10k) for "roughly linear": at most this (a growth exponent of about 1.2). */
  linearRatio: 15,
  peakRss100kMb: 300,
  floorFactor: 2,
  /** The PPTX step, beyond the deck's own export (diagrams copied, PNG stand-ins drawn, file built). */
  pptxStepMs: 1_000,
  /** A batch of 10 articles with both PDFs: at most this many times one article's cold run. */
  batch10Factor: 4,
  /** One article's cold run (the pipeline, deck.pdf and handout.pdf): at most this share of `slidev export` of the deck alone. */
  singleVsSlidev: 0.8,
  /** Peak memory (process tree) of a batch of 10: at most this many times a single run's. */
  batchMemoryFactor: 1.5,
}

const ROOT = PROJECT_ROOT
const CHROMIUM = findChromium()
const SLIDEV = join(ROOT, 'node_modules', '.bin', 'slidev')
/** Children run TypeScript through tsx's loader, as `npm run deck` does. */
const tsNode = (script: string) => [process.execPath, ['--import', 'tsx', join(ROOT, script)]] as const

const out: string[] = []
const print = (line = '') => {
  out.push(line)
  console.log(line)
}
const progress = (line: string) => process.stderr.write(`  … ${line}\n`)
const failures: string[] = []

// ─────────────────────────────── run ───────────────────────────────

const machine = machineInfo(CHROMIUM, ROOT)
const load = sampleLoad()
const started = performance.now()
print(`# briefdeck benchmark, ${machine.date}${quick ? ' (--quick)' : ''}`)
print()
print(
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GiB, ${machine.platform}; Node ${machine.node}; ${machine.chromium}; Slidev ${machine.slidev}.`,
)
print()

const report: Record<string, unknown> = { machine, quick, exportRuns }
const verdicts: Array<{ target: string; value: string; met: boolean }> = []

if (only === undefined || only === 'pipeline') report.pipeline = await pipelineSection()
if (only === undefined || only === 'export') report.export = await exportSection()
if (only === undefined || only === 'batch') report.batch = await batchSection()

const loads = load.stop()
report.load = { samples: loads, min: Math.min(...loads), median: median(loads), max: Math.max(...loads) }
print('## Targets')
print()
print('| target | measured | met? |')
print('| --- | --- | --- |')
for (const v of verdicts) print(`| ${v.target} | ${v.value} | ${v.met ? 'met' : '**not met**'} |`)
print()
print(
  `Load average (1 min) during the run: min ${fmt1(Math.min(...loads))}, median ${fmt1(median(loads))}, max ${fmt1(Math.max(...loads))} ` +
    `on ${machine.cpus} CPUs; the whole run took ${Math.round((performance.now() - started) / 1000)} s.`,
)
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ ...report, verdicts, text: out.join('\n') }, null, 2)}\n`)

// ─────────────────────────────── pipeline ───────────────────────────────

async function pipelineSection() {
  print('## Pipeline: ingest → analyse → draft → render')
  print()
  print(
    `Articles composed in memory from ${SOURCE_ARTICLES.length} real articles (${SOURCE_ARTICLES.map((a) => a.split('/').pop()).join(', ')}): ` +
      'a title and byline, then the sources’ sections as `##` sections of whole paragraphs, repeated with “Part N.” headings, cut at a sentence. ' +
      'Times: medians after warm-up runs, each size in its own Node process with the tsx loader (as `npm run deck`), default `--minutes 15`. ' +
      'Memory: peak RSS (getrusage) of a fresh process that builds the article once, as `npm run deck` does; the last column is the peak of the process that built it many times (V8 lets garbage pile up before collecting it).',
  )
  print()
  print(
    '| words | slides | runs | ingest | analyse | draft | render | **analyse+draft+render** | whole pipeline | RSS before the build | **peak RSS, one build** | peak RSS, all runs |',
  )
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  const sources = readSources(ROOT)
  const rows: Array<PipelineChildResult & { words: number; onceRssMb: number; onceBaseRssMb: number }> = []
  for (const plan of PIPELINE_PLAN) {
    progress(`pipeline, ${plan.words.toLocaleString('en')} words`)
    const article = composeArticle(sources, plan.words)
    const [cmd, args] = tsNode('src/bench/pipeline-child.ts')
    const child = async (warmups: number, runs: number) =>
      lastJson<PipelineChildResult>(
        await runMeasured(cmd, [...args], { cwd: ROOT, input: JSON.stringify({ text: article.text, name: 'bench-article.md', warmups, runs }) }),
        `the pipeline on ${plan.words} words`,
      )
    // Memory: a fresh process that builds once, as `npm run deck` does. Times: another one, warmed up.
    const once = await child(0, 1)
    const r = await child(plan.warmups, plan.runs)
    const row = { ...r, words: article.words, onceRssMb: once.peakRssMb, onceBaseRssMb: once.baseRssMb }
    rows.push(row)
    const m = r.medians
    print(
      `| ${article.words.toLocaleString('en')} | ${r.slides} | ${r.runs} | ${ms(m.ingest)} | ${ms(m.analyse)} | ${ms(m.draft)} | ${ms(m.render)} | **${ms(m.adr)}** | ${ms(m.total)} | ${mb(once.baseRssMb)} | **${mb(once.peakRssMb)}** | ${mb(r.peakRssMb)} |`,
    )
  }
  print()
  const [small, mid, large] = rows
  if (small && mid && large) {
    const ratio = large.medians.adr / mid.medians.adr
    const exponent = Math.log(ratio) / Math.log(large.words / mid.words)
    print(
      `Growth, analyse+draft+render: ×${fmt1(mid.medians.adr / small.medians.adr)} from 1k to 10k words, ×${fmt1(ratio)} from 10k to 100k ` +
        `(exponent ${exponent.toFixed(2)}; 1.00 is linear). Whole pipeline ×${fmt1(large.medians.total / mid.medians.total)} from 10k to 100k.`,
    )
    print()
    verdicts.push(
      { target: `analyse+draft+render, 1,000 words, after warm-up < ${TARGETS.adr1kMs} ms`, value: ms(small.medians.adr), met: small.medians.adr < TARGETS.adr1kMs },
      { target: `analyse+draft+render, 100,000 words < ${TARGETS.adr100kMs / 1000} s`, value: ms(large.medians.adr), met: large.medians.adr < TARGETS.adr100kMs },
      {
        target: `roughly linear growth (10k → 100k words: ×${TARGETS.linearRatio} at most)`,
        value: `×${fmt1(ratio)} (exponent ${exponent.toFixed(2)})`,
        met: ratio <= TARGETS.linearRatio,
      },
      {
        target: `peak memory (RSS of the whole process, one build) at 100,000 words < ${TARGETS.peakRss100kMb} MB`,
        value: `${mb(large.onceRssMb)} (${mb(large.peakRssMb)} after ${large.runs + (PIPELINE_PLAN[2]?.warmups ?? 0)} builds in one process)`,
        met: large.onceRssMb < TARGETS.peakRss100kMb,
      },
    )
  }
  return rows
}

// ─────────────────────────────── export ───────────────────────────────

interface DeckFigures {
  deck: BenchDeck
  buildMs: number
  first: { ours?: Measured; baseline?: Measured; slidev?: Measured }
  ours: Array<Measured & { result: ExportChildResult }>
  baseline: Array<Measured & { result: ExportChildResult }>
  /** With `npm run dev` running for the deck: the export's own tree, plus the dev server's CPU during it. */
  dev: Array<Measured & { result: ExportChildResult; serverCpuMs: number }>
  slidev: Measured[]
  floor: { builtMs: number[]; bareMs: number[]; pages: number }
  /** The same export as `ours` with the PPTX too. */
  pptx: Array<Measured & { result: ExportChildResult }>
}

async function exportSection() {
  print('## Export: deck.pdf + handout.pdf')
  print()
  rmSync(join(ROOT, BENCH_DIR, 'out'), { recursive: true, force: true })
  const decks = DECK_SPECS.filter((s) => deckTargets.includes(s.target)).map((spec) => writeBenchDeck(ROOT, spec))
  print(
    'Decks made by the pipeline and written inside the project (Slidev resolves its theme from the deck’s folder): ' +
      decks.map((d) => `${d.slides} slides (${d.diagrams} diagrams) from the ${d.recipe}`).join('; ') +
      '.',
  )
  print()
  const figures: DeckFigures[] = []
  for (const deck of decks) {
    progress(`static build of ${deck.slides} slides`)
    const dist = join(deck.dir, 'dist')
    const [cmd, args] = tsNode('src/bench/static-build.ts')
    const build = await runMeasured(cmd, [...args, deck.slidesPath, dist], { cwd: ROOT })
    const buildMs = lastJson<{ ms: number }>(build, `slidev build of ${deck.dir}`).ms
    if (!Number.isFinite(buildMs)) throw new Error("no build time")
    figures.push({ deck, buildMs: build.wallMs, first: {}, ours: [], baseline: [], dev: [], slidev: [], floor: { builtMs: [], bareMs: [], pages: 0 }, pptx: [] })
  }
  // One untimed run of each first: Vite's dependency cache, briefdeck's caches and the OS file cache warm up.
  for (const f of figures) {
    progress(`first runs, ${f.deck.slides} slides`)
    f.first.ours = (await attempt(() => exportOurs(f.deck, 'first')))?.measured
    if (baseline) f.first.baseline = (await attempt(() => exportOurs(f.deck, 'first-baseline', baseline)))?.measured
    f.first.slidev = await attempt(() => exportSlidev(f.deck, 'first'))
  }
  for (let run = 1; run <= exportRuns; run++)
    for (const f of figures) {
      progress(`run ${run}/${exportRuns}, ${f.deck.slides} slides`)
      const ours = await attempt(() => exportOurs(f.deck, `run${run}`))
      if (ours) f.ours.push({ ...ours.measured, result: ours.result })
      if (baseline) {
        const before = await attempt(() => exportOurs(f.deck, `run${run}-baseline`, baseline))
        if (before) f.baseline.push({ ...before.measured, result: before.result })
      }
      const slidev = await attempt(() => exportSlidev(f.deck, `run${run}`))
      if (slidev) f.slidev.push(slidev)
      const withPptx = await attempt(() => exportOurs(f.deck, `run${run}-pptx`, undefined, false, true))
      if (withPptx) f.pptx.push({ ...withPptx.measured, result: withPptx.result })
      // The floor in the same round, so that it sees the same load as the exports it is compared with.
      const floor = await attempt(() => measureFloor(f.deck))
      if (floor) {
        f.floor.builtMs.push(...floor.builtMs)
        f.floor.bareMs.push(...floor.bareMs)
        f.floor.pages = floor.pages
      }
    }
  // Then with `npm run dev` running for each deck in turn, as a presenter who rebuilds while presenting has it.
  for (const f of figures) {
    progress(`npm run dev for ${f.deck.slides} slides`)
    const dev = await attempt(() => startDevServer(ROOT, f.deck.dir))
    if (!dev) continue
    try {
      // The first export through it compiles its browser exporter page: untimed, as the first runs above.
      await attempt(() => exportOurs(f.deck, 'first-dev', undefined, true))
      for (let run = 1; run <= exportRuns; run++) {
        progress(`run ${run}/${exportRuns} with npm run dev, ${f.deck.slides} slides`)
        const before = dev.cpuMs()
        const ours = await attempt(() => exportOurs(f.deck, `run${run}-dev`, undefined, true))
        if (ours) f.dev.push({ ...ours.measured, result: ours.result, serverCpuMs: dev.cpuMs() - before })
        const floor = await attempt(() => measureFloor(f.deck))
        if (floor) {
          f.floor.builtMs.push(...floor.builtMs)
          f.floor.bareMs.push(...floor.bareMs)
        }
      }
    } finally {
      await dev.stop()
    }
  }
  printExportTables(figures)
  return figures.map((f) => ({
    slides: f.deck.slides,
    recipe: f.deck.recipe,
    buildMs: f.buildMs,
    first: Object.fromEntries(Object.entries(f.first).map(([k, m]) => [k, m ? { wallMs: m.wallMs, cpuMs: m.cpuMs } : null])),
    ours: f.ours.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, ...m.result })),
    baseline: f.baseline.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, ...m.result })),
    dev: f.dev.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, serverCpuMs: m.serverCpuMs, ...m.result })),
    slidev: f.slidev.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs })),
    floor: f.floor,
    pptx: f.pptx.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, ...m.result })),
  }))
}

async function measureFloor(deck: BenchDeck): Promise<DeckFigures['floor']> {
  const [cmd, args] = tsNode('src/bench/floor-child.ts')
  const measured = await runMeasured(cmd, [...args], {
    cwd: ROOT,
    input: JSON.stringify({ slidesPath: deck.slidesPath, distDir: join(deck.dir, 'dist'), warmups: 1, runs: 1 }),
  })
  const floor = lastJson<DeckFigures['floor']>(measured, `the floor for ${deck.dir}`)
  if (floor.pages !== deck.slides) throw new Error(`the static build printed ${floor.pages} pages for ${deck.slides} slides`)
  return floor
}

/** Failed runs (a crashed browser, say) are reported and left out of the medians rather than ending the run. */
async function attempt<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run()
  } catch (error) {
    const message = (error as Error).message
    failures.push(message.split('\n').slice(0, 8).join('\n'))
    progress(`FAILED: ${message.split('\n').slice(0, 3).join(' / ')}`)
    return undefined
  }
}

async function exportOurs(deck: BenchDeck, tag: string, exporter?: string, reuseDevServer = false, pptx = false) {
  const outDir = join(ROOT, BENCH_DIR, 'out', `deck-${deck.spec.target}-${tag}`)
  mkdirSync(outDir, { recursive: true })
  const [cmd, args] = tsNode('src/bench/export-child.ts')
  const measured = await runMeasured(cmd, [...args], {
    cwd: ROOT,
    input: JSON.stringify({ slidesPath: deck.slidesPath, outDir, meta: deck.meta, exporter, reuseDevServer, pptx }),
  })
  const result = lastJson<ExportChildResult>(measured, `briefdeck's export of ${deck.dir}${exporter ? ` (${exporter})` : ''}`)
  if (result.deckPages !== deck.slides) throw new Error(`briefdeck's deck.pdf has ${result.deckPages} pages for ${deck.slides} slides`)
  if (pptx && result.pptxSlides !== deck.slides) throw new Error(`briefdeck's deck.pptx has ${result.pptxSlides} slides for ${deck.slides}`)
  if (reuseDevServer && !result.devServer) throw new Error(`briefdeck's export of ${deck.dir} did not use the running dev server`)
  return { measured, result }
}

async function exportSlidev(deck: BenchDeck, tag: string): Promise<Measured> {
  const output = join(ROOT, BENCH_DIR, 'out', `deck-${deck.spec.target}-${tag}-slidev.pdf`)
  const measured = await runMeasured(SLIDEV, ['export', 'slides.md', '--executable-path', CHROMIUM, '--output', output], { cwd: deck.dir })
  if (measured.code !== 0) throw new Error(`slidev export of ${deck.dir} failed:\n${measured.stderr.slice(-2000)}`)
  const pages = (await PDFDocument.load(readFileSync(output), { updateMetadata: false })).getPageCount()
  if (pages !== deck.slides) throw new Error(`slidev export wrote ${pages} pages for ${deck.slides} slides`)
  return measured
}

function printExportTables(figures: DeckFigures[]) {
  const n = exportRuns
  print(
    `Wall time of each command from start to exit, median of ${n} run${n > 1 ? 's' : ''} after one untimed first run, the commands taking turns; in brackets the CPU time ` +
      'of its whole process tree (Node, Slidev server, Chromium and renderers), which depends less on what else the machine is doing. ' +
      '“briefdeck”: `exportDeck` writing deck.pdf and handout.pdf in a fresh Node process (tsx loader), as `npm run deck` does after the pipeline. ' +
      '`slidev export`: `node_modules/.bin/slidev export slides.md --executable-path <chromium> --output x.pdf` in the deck’s folder. ' +
      'Floor, built deck: the deck’s `slidev build` (with its print route) served on loopback, printed by a Chromium that is already running, ' +
      'from opening the page to `page.pdf()` returning, with the exporter’s own readiness checks (one run per round, after a first print). ' +
      'Floor, bare HTML: a static page of as many page-sized sections of plain text, printed the same way. ' +
      '“with `npm run dev`”: the same `exportDeck` call while `npm run dev` runs for the deck (started before, one untimed export first): ' +
      'its export service draws the deck with the running Slidev server in the Chromium it keeps; ' +
      'in brackets the export process’s CPU plus that of the dev process and its descendants (Slidev, the service’s Chromium) during it.',
  )
  print()
  const head = ['slides', 'briefdeck: deck + handout', ...(baseline ? ['before: deck + handout'] : []), 'briefdeck with `npm run dev`', '`slidev export`: deck only', 'floor: built deck', 'floor: bare HTML', 'briefdeck ÷ slidev', 'briefdeck ÷ floor', 'with `npm run dev` ÷ floor']
  print(`| ${head.join(' | ')} |`)
  print(`| ${head.map((_, i) => (i === 0 ? '---:' : '---:')).join(' | ')} |`)
  for (const f of figures) {
    const ours = median(f.ours.map((m) => m.wallMs))
    const slidev = median(f.slidev.map((m) => m.wallMs))
    const floor = median(f.floor.builtMs)
    const dev = median(f.dev.map((m) => m.wallMs))
    const row = [
      String(f.deck.slides),
      `**${sec(ours)}** (${sec(median(f.ours.map((m) => m.cpuMs)))})${runsNote(f.ours.length)}`,
      ...(baseline ? [`${sec(median(f.baseline.map((m) => m.wallMs)))} (${sec(median(f.baseline.map((m) => m.cpuMs)))})${runsNote(f.baseline.length)}`] : []),
      `${sec(dev)} (${sec(median(f.dev.map((m) => m.cpuMs + m.serverCpuMs)))})${runsNote(f.dev.length)}`,
      `${sec(slidev)} (${sec(median(f.slidev.map((m) => m.cpuMs)))})${runsNote(f.slidev.length)}`,
      `${sec(floor)}${runsNote(f.floor.builtMs.length, 2 * exportRuns)}`,
      sec(median(f.floor.bareMs)),
      `${(ours / slidev).toFixed(2)}`,
      `${(ours / floor).toFixed(1)}`,
      `${(dev / floor).toFixed(1)}`,
    ]
    print(`| ${row.join(' | ')} |`)
    verdicts.push(
      {
        target: `${f.deck.slides} slides: deck.pdf + handout.pdf faster than \`slidev export\` of deck.pdf alone`,
        value: `${sec(ours)} vs ${sec(slidev)}`,
        met: ours < slidev,
      },
      {
        target: `${f.deck.slides} slides: within ${TARGETS.floorFactor}× of the floor (built deck printed by a running Chromium)`,
        value: `${(ours / floor).toFixed(1)}× (${sec(ours)} vs ${sec(floor)})`,
        met: ours <= TARGETS.floorFactor * floor,
      },
      {
        target: `${f.deck.slides} slides, with \`npm run dev\` running: within ${TARGETS.floorFactor}× of the floor`,
        value: `${(dev / floor).toFixed(1)}× (${sec(dev)} vs ${sec(floor)})`,
        met: dev <= TARGETS.floorFactor * floor,
      },
    )
  }
  print()
  print('Inside briefdeck’s export (medians, from `exportDeck`’s result): start Slidev and Chromium and draw every slide, then print deck.pdf, then compose handout.pdf.')
  print()
  if (failures.length > 0) {
    print(`${failures.length} run${failures.length > 1 ? 's' : ''} failed and ${failures.length > 1 ? 'are' : 'is'} left out of the medians:`)
    print()
    for (const f of failures) print(`    ${f.replace(/\n/g, '\n    ')}`)
    print()
  }
  print(`| slides | drawn | deck.pdf | handout.pdf | exportDeck total | process (Node + tsx start, imports) | first run${baseline ? ' (before)' : ''} | \`slidev build\` (once, for the floor) |`)
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const f of figures) {
    const pick = (k: keyof ExportChildResult) => median(f.ours.map((m) => Number(m.result[k] ?? Number.NaN)))
    const overhead = median(f.ours.map((m) => m.wallMs - m.result.totalMs))
    const first = [f.first.ours, f.first.baseline, f.first.slidev]
      .map((m, i) => (m ? `${['briefdeck', 'before', 'slidev'][i]} ${sec(m.wallMs)}` : ''))
      .filter(Boolean)
      .join(', ')
    print(
      `| ${f.deck.slides} | ${sec(pick('loadMs'))} | ${sec(pick('deckMs'))} | ${sec(pick('handoutMs'))} | ${sec(pick('totalMs'))} | ${sec(overhead)} | ${first} | ${sec(f.buildMs)} |`,
    )
  }
  print()
  printPptxTable(figures)
}

function printPptxTable(figures: DeckFigures[]) {
  print('### PowerPoint file (`--format pptx`)')
  print()
  print(
    `The same \`exportDeck\` call with the PPTX too, once per round (median of ${exportRuns}). “PPTX step”: from the drawn print page to the file ` +
      'staged — each diagram copied out of the page as a standalone SVG, drawn as a PNG stand-in in the same browser, the file built from the ' +
      'outline by pptxgenjs and finished — the time the PPTX adds to the deck’s own export. “exportDeck total”: the whole export, with and without the PPTX.',
  )
  print()
  print('| slides | diagrams | **PPTX step** | exportDeck total with PPTX | without | file size |')
  print('| ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const f of figures) {
    const step = median(f.pptx.map((m) => Number(m.result.pptxMs ?? Number.NaN)))
    const size = median(f.pptx.map((m) => Number(m.result.pptxBytes ?? Number.NaN)))
    const withTotal = median(f.pptx.map((m) => m.result.totalMs))
    const without = median(f.ours.map((m) => m.result.totalMs))
    print(
      `| ${f.deck.slides} | ${f.deck.diagrams} | **${ms(step)}**${runsNote(f.pptx.length)} | ${sec(withTotal)} | ${sec(without)} | ${Number.isFinite(size) ? `${Math.round(size / 1024)} KiB` : '–'} |`,
    )
    verdicts.push({
      target: `${f.deck.slides} slides: the PPTX step < ${TARGETS.pptxStepMs / 1000} s beyond the deck's own export`,
      value: ms(step),
      met: step < TARGETS.pptxStepMs,
    })
  }
  print()
}

// ─────────────────────────────── batch ───────────────────────────────

interface BatchRound {
  /** Per batch size: the batch's own run. */
  batch: Record<number, Measured>
  /** Each article's own `briefdeck build`, in order (the first n of them are "n one by one"). */
  singles: Measured[]
  /** `slidev export` of each deck, in order. */
  slidev: Measured[]
}

/**
 * A reading list: the bench articles (the bundled one and the four fixtures, again in the same order past five)
 * built with both PDFs as one batch, one by one, and exported one by one by plain `slidev export`.
 */
async function batchSection() {
  print('## A reading list: many articles in one run')
  print()
  const max = Math.max(...batchSizes)
  const articles = Array.from({ length: max }, (_, i) => join(ROOT, SOURCE_ARTICLES[i % SOURCE_ARTICLES.length]!))
  const bin = join(ROOT, 'bin', 'briefdeck.js')
  // Outside the project, as a user's folder would be: each export serves a copy in a project slot, its caches warm.
  const work = mkdtempSync(join(tmpdir(), 'briefdeck-bench-batch-'))
  const slidevDir = join(ROOT, BENCH_DIR, 'out', 'batch-slidev')
  const build = async (inputs: string[], outDir: string) => {
    const measured = await runMeasured(process.execPath, [bin, 'build', ...inputs, '--out-dir', outDir, '--json', '--quiet'], { cwd: ROOT, sampleRss: true })
    if (measured.code !== 0) throw new Error(`briefdeck build of ${inputs.length} article(s) failed (exit ${measured.code}):\n${measured.stderr.slice(-2000)}`)
    return measured
  }
  /** Plain `slidev export` of the deck in `deckDir`, copied into one folder inside the project (its Vite cache warm). */
  const slidevExport = async (deckDir: string) => {
    // Everything but node_modules/ (Vite's cache for this folder) goes: the folder holds this deck alone.
    mkdirSync(slidevDir, { recursive: true })
    for (const name of readdirSync(slidevDir)) if (name !== 'node_modules') rmSync(join(slidevDir, name), { recursive: true, force: true })
    cpSync(deckDir, slidevDir, { recursive: true, filter: (src) => !src.endsWith('.pdf') })
    const measured = await runMeasured(SLIDEV, ['export', 'slides.md', '--executable-path', CHROMIUM, '--output', join(slidevDir, 'slidev.pdf')], { cwd: slidevDir, sampleRss: true })
    if (measured.code !== 0) throw new Error(`slidev export of ${deckDir} failed:\n${measured.stderr.slice(-2000)}`)
    return measured
  }
  try {
    // Untimed first runs: the export slots' Vite caches, Slidev's own, and the OS file cache.
    progress('batch: first runs')
    const first = join(work, 'first')
    await attempt(() => build([articles[0]!], first))
    await attempt(() => slidevExport(first))
    const rounds: BatchRound[] = []
    for (let run = 1; run <= exportRuns; run++) {
      const round: BatchRound = { batch: {}, singles: [], slidev: [] }
      for (const n of batchSizes) {
        progress(`batch run ${run}/${exportRuns}: ${n} article(s) in one batch`)
        const outDir = join(work, `batch-${n}-run${run}`)
        // A list file, so that one article too goes through the batch (one article alone is a single run).
        const list = join(work, `list-${n}.txt`)
        writeFileSync(list, `${articles.slice(0, n).join('\n')}\n`)
        const measured = await attempt(async () => {
          const m = await build([`@${list}`], outDir)
          const summary = JSON.parse(m.stdout) as { decks: unknown[] }
          if (summary.decks.length !== n) throw new Error(`the batch of ${n} wrote ${summary.decks.length} decks`)
          return m
        })
        if (measured) round.batch[n] = measured
      }
      for (const [i, article] of articles.entries()) {
        progress(`batch run ${run}/${exportRuns}: article ${i + 1}/${max} on its own, then slidev export`)
        const outDir = join(work, `single-${i + 1}-run${run}`)
        const single = await attempt(() => build([article], outDir))
        if (!single) continue
        round.singles.push(single)
        const slidev = await attempt(() => slidevExport(outDir))
        if (slidev) round.slidev.push(slidev)
      }
      rounds.push(round)
    }
    printBatchTable(rounds)
    return rounds.map((r) => ({
      batch: Object.fromEntries(Object.entries(r.batch).map(([n, m]) => [n, { wallMs: m.wallMs, cpuMs: m.cpuMs, peakTreeRssMb: m.peakTreeRssMb }])),
      singles: r.singles.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, peakTreeRssMb: m.peakTreeRssMb })),
      slidev: r.slidev.map((m) => ({ wallMs: m.wallMs, cpuMs: m.cpuMs, peakTreeRssMb: m.peakTreeRssMb })),
    }))
  } finally {
    rmSync(work, { recursive: true, force: true })
    rmSync(slidevDir, { recursive: true, force: true })
  }
}

function printBatchTable(rounds: BatchRound[]) {
  const n = rounds.length
  print(
    `Articles: ${SOURCE_ARTICLES.map((a) => a.split('/').pop()).join(', ')}, in this order and again from the first past five. ` +
      'Each command in a fresh process, with both PDFs (deck.pdf and handout.pdf) and the pipeline; output folders outside the project. ' +
      '“batch”: `briefdeck build A B … --out-dir DIR` (one Slidev server, one Chromium). “one by one”: `briefdeck build A --out-dir DIR` for each ' +
      'article in turn, summed. “`slidev export` one by one”: plain `slidev export slides.md` of each deck (deck.pdf only, no pipeline), summed. ' +
      `Wall time, median of ${n} round${n > 1 ? 's' : ''} after an untimed first run of each command; in brackets the CPU time of the whole process tree. ` +
      'Peak memory: the largest summed RSS of the process tree (Node, Slidev, Chromium and its renderers; shared pages counted per process), sampled every 100 ms; ' +
      'for “one by one”, the largest of the single runs.',
  )
  print()
  print('| articles | **batch** | one by one | `slidev export` one by one | batch ÷ one by one | batch ÷ one article cold | peak memory: batch | one by one |')
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  const sum = (ms: Measured[], k: 'wallMs' | 'cpuMs', count: number) => (ms.length >= count ? ms.slice(0, count).reduce((t, m) => t + m[k], 0) : Number.NaN)
  const single = median(rounds.map((r) => r.singles[0]?.wallMs ?? Number.NaN))
  const singleRss = Math.max(...rounds.map((r) => r.singles[0]?.peakTreeRssMb ?? Number.NaN))
  for (const size of batchSizes) {
    const batch = median(rounds.map((r) => r.batch[size]?.wallMs ?? Number.NaN))
    const batchCpu = median(rounds.map((r) => r.batch[size]?.cpuMs ?? Number.NaN))
    const ones = median(rounds.map((r) => sum(r.singles, 'wallMs', size)))
    const onesCpu = median(rounds.map((r) => sum(r.singles, 'cpuMs', size)))
    const slidev = median(rounds.map((r) => sum(r.slidev, 'wallMs', size)))
    const slidevCpu = median(rounds.map((r) => sum(r.slidev, 'cpuMs', size)))
    const batchRss = Math.max(...rounds.map((r) => r.batch[size]?.peakTreeRssMb ?? Number.NaN))
    const onesRss = Math.max(...rounds.flatMap((r) => r.singles.slice(0, size).map((m) => m.peakTreeRssMb ?? Number.NaN)))
    print(
      `| ${size} | **${sec(batch)}** (${sec(batchCpu)}) | ${sec(ones)} (${sec(onesCpu)}) | ${sec(slidev)} (${sec(slidevCpu)}) | ${(batch / ones).toFixed(2)} | ${(batch / single).toFixed(1)}× | ${mb(batchRss)} | ${mb(onesRss)} |`,
    )
    if (size === 10)
      verdicts.push(
        { target: `10 articles with both PDFs in one batch ≤ ${TARGETS.batch10Factor}× one article's cold run`, value: `${(batch / single).toFixed(1)}× (${sec(batch)} vs ${sec(single)})`, met: batch <= TARGETS.batch10Factor * single },
        { target: `peak memory of a 10-article batch ≤ ${TARGETS.batchMemoryFactor}× a single run's`, value: `${(batchRss / singleRss).toFixed(2)}× (${mb(batchRss)} vs ${mb(singleRss)})`, met: batchRss <= TARGETS.batchMemoryFactor * singleRss },
      )
  }
  const slidevOne = median(rounds.map((r) => r.slidev[0]?.wallMs ?? Number.NaN))
  verdicts.push({
    target: `one article's cold run (pipeline, deck.pdf, handout.pdf) ≤ ${TARGETS.singleVsSlidev} × plain \`slidev export\` of its deck alone`,
    value: `${(single / slidevOne).toFixed(2)}× (${sec(single)} vs ${sec(slidevOne)})`,
    met: single <= TARGETS.singleVsSlidev * slidevOne,
  })
  print()
}

// ─────────────────────────────── formatting ───────────────────────────────

/** Marks a median taken over fewer runs than asked for (some failed). */
function runsNote(done: number, wanted = exportRuns): string {
  return done < wanted ? ` [${done}/${wanted} runs]` : ''
}

function ms(v: number): string {
  return Number.isFinite(v) ? (v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v).toLocaleString('en')} ms`) : '–'
}
function sec(v: number): string {
  return Number.isFinite(v) ? `${(v / 1000).toFixed(1)} s` : '–'
}
function mb(v: number): string {
  return Number.isFinite(v) ? `${Math.round(v)} MB` : '–'
}
function fmt1(v: number): string {
  return Number.isFinite(v) ? v.toFixed(1) : '–'
}
