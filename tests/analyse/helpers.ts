import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyse } from '../../src/analyse/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import type { Analysis, Article, Relation } from '../../src/types.ts'

const ROOT = join(import.meta.dirname, '../..')
export const BUNDLED = join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt')
export const FIXTURES = join(ROOT, 'tests/fixtures/articles')

/** The fixture articles (not their EXPECTATIONS or ATTRIBUTION notes). */
export function fixtureArticles(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(txt|md|html)$/.test(f) && !/^EXPECTATIONS|\.ATTRIBUTION\./.test(f))
    .map((f) => join(FIXTURES, f))
}

export function load(path: string): { article: Article; analysis: Analysis } {
  const article = ingest(readFileSync(path), { name: path })
  return { article, analysis: analyse(article) }
}

/** Whether a relation of one of `kinds` links a and b, in either direction. */
export function linked(analysis: Analysis, a: string, b: string, kinds?: Relation['kind'][]): boolean {
  return analysis.relations.some(
    (r) => ((r.from === a && r.to === b) || (r.from === b && r.to === a)) && (!kinds || kinds.includes(r.kind)),
  )
}
