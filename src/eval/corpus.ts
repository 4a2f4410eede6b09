/**
 * The labelled corpus on disk: tests/eval/corpus/<split>/<slug>/annotation.yaml beside the article (or naming
 * an article elsewhere in the repository). Reading it is the only I/O of the eval besides its output files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { AnnotationSchema, annotationQuotes, searchableText, normaliseForSearch, type Annotation } from './annotation.ts'

export const SPLITS = ['dev', 'test'] as const
export type Split = (typeof SPLITS)[number]

export interface CorpusEntry {
  slug: string
  split: Split
  annotation: Annotation
  articlePath: string
  bytes: Buffer
}

export interface CorpusProblem {
  file: string
  message: string
}

/** Every annotated article of the splits asked for, with the problems that make an entry unusable. */
export function readCorpus(root: string, repoRoot: string, splits: readonly Split[] = SPLITS): { entries: CorpusEntry[]; problems: CorpusProblem[] } {
  const entries: CorpusEntry[] = []
  const problems: CorpusProblem[] = []
  for (const split of splits) {
    const dir = join(root, split)
    if (!existsSync(dir)) continue
    for (const slug of readdirSync(dir).sort()) {
      const file = join(dir, slug, 'annotation.yaml')
      if (!existsSync(file)) continue
      const parsed = AnnotationSchema.safeParse(parse(readFileSync(file, 'utf8')))
      if (!parsed.success) {
        problems.push({ file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') })
        continue
      }
      const annotation = parsed.data
      const local = join(dir, slug, annotation.article)
      const articlePath = existsSync(local) ? local : resolve(repoRoot, annotation.article)
      if (!existsSync(articlePath)) {
        problems.push({ file, message: `article ${annotation.article} not found` })
        continue
      }
      const bytes = readFileSync(articlePath)
      const text = searchableText(bytes.toString('utf8'))
      for (const { where, quote } of annotationQuotes(annotation))
        if (!text.includes(normaliseForSearch(quote))) problems.push({ file, message: `${where}.quote not in the article: "${quote}"` })
      entries.push({ slug, split, annotation, articlePath, bytes })
    }
  }
  return { entries, problems }
}
