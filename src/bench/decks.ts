/**
 * Benchmark decks of about 10, 30 and 60 slides, made with the real pipeline (ingest → analyse → draft →
 * render) from the bundled article or from a composed article (see article.ts), with `--minutes` chosen so that
 * the draft comes out near the wanted size. They are written inside the project folder (Slidev resolves its
 * theme from the deck's folder), with the same components, styles and assets as `npm run deck -- --out-dir`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { deckAssets } from '../cli/assets.ts'
import { exportMeta } from '../cli/export-meta.ts'
import type { ExportMeta } from '../export/types.ts'
import { buildFromArticle } from '../pipeline.ts'
import { composeArticle, readSources } from './article.ts'

export interface DeckSpec {
  /** The size asked for, used as the deck's name: `deck-10`. */
  target: number
  /** `bundled` (the bundled article) or a composed article of this many words. */
  source: 'bundled' | number
  minutes: number
}

/** How each deck is made: checked by the benchmark, which prints the slide counts it got. */
export const DECK_SPECS: readonly DeckSpec[] = [
  { target: 10, source: 'bundled', minutes: 10 },
  { target: 30, source: 8_000, minutes: 30 },
  { target: 60, source: 20_000, minutes: 55 },
]

export interface BenchDeck {
  spec: DeckSpec
  dir: string
  slidesPath: string
  slides: number
  diagrams: number
  meta: ExportMeta
  /** What the deck was made from, for the report. */
  recipe: string
}

export const BENCH_DIR = '.briefdeck-bench'

/** Writes the deck for `spec` under `<root>/.briefdeck-bench/deck-<target>/`. */
export function writeBenchDeck(root: string, spec: DeckSpec): BenchDeck {
  const dir = join(root, BENCH_DIR, `deck-${spec.target}`)
  const input =
    spec.source === 'bundled'
      ? { text: readFileSync(join(root, 'articles', 'north-korea-no-strategic-reprieve.txt')), name: 'article.txt' }
      : { text: composeArticle(readSources(root), spec.source).text, name: 'article.md' }
  const build = buildFromArticle(input.text, { name: input.name, minutes: spec.minutes })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'slides.md'), build.slides)
  // `npm run dev` presents a deck from its outline (the dev-server column of the benchmark).
  writeFileSync(join(dir, 'outline.yaml'), build.outlineYaml)
  for (const file of deckAssets(dir)) {
    mkdirSync(dirname(file.path), { recursive: true })
    writeFileSync(file.path, file.content)
  }
  const kinds = build.outline.slides.map((s) => s.kind)
  return {
    spec,
    dir,
    slidesPath: join(dir, 'slides.md'),
    slides: kinds.length,
    diagrams: kinds.filter((k) => k === 'actors' || k === 'dynamics' || k === 'timeline').length,
    meta: exportMeta(build.outline),
    recipe:
      spec.source === 'bundled'
        ? `bundled article, --minutes ${spec.minutes}`
        : `composed ${spec.source.toLocaleString('en')}-word article, --minutes ${spec.minutes}`,
  }
}
