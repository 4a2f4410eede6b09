/**
 * Shared by the test files: the fixture articles, a probe that runs inside Slidev's print page, and the
 * generator of whole outlines that the property tests fill with their own text.
 */
import fc from 'fast-check'
import type { Outline, Slide } from '../src/outline/schema.ts'

/** The bundled article and the real fixture articles (see tests/fixtures/articles/*.ATTRIBUTION.md). */
export const FIXTURE_ARTICLES = [
  'articles/north-korea-no-strategic-reprieve.txt',
  'tests/fixtures/articles/security-analysis.txt',
  'tests/fixtures/articles/trade-diplomacy.md',
  'tests/fixtures/articles/non-geopolitics.txt',
  'tests/fixtures/articles/html-article.html',
]

/** What sticks out of each slide's canvas, measured in the print page: the exporter's own probe. */
export { measureOverflow } from '../src/export/browser-probes.ts'


/**
 * The seed of the property tests: fixed, so that a run of the suite (and CI) is repeatable. Set HOSTILE_SEED to
 * another number, or to "random", to explore further; a failure prints the seed that reproduces it.
 */
export const PROPERTY_SEED: number | undefined =
  process.env.HOSTILE_SEED === 'random' ? undefined : Number(process.env.HOSTILE_SEED ?? 20261128)

export interface OutlineParts {
  /** The article's title (the schema wants something left after trimming). */
  title: fc.Arbitrary<string>
  /** Every other text: the optional metadata, the credits and the sentences. */
  text: fc.Arbitrary<string>
  /** A slide whose sources are among the outline's sentence ids. */
  slide: (ids: string[]) => fc.Arbitrary<Slide>
  maxCredits: number
  maxSlides: number
}

/** A whole outline over the sentence ids `ids`: metadata, 1…maxSlides slides, and a sentence for each id. */
export function outlineOver(ids: string[], parts: OutlineParts): fc.Arbitrary<Outline> {
  const { title, text } = parts
  return fc.record({
    version: fc.constant(1 as const),
    meta: fc.record(
      {
        title,
        author: text,
        byline: text,
        publisher: text,
        licence: text,
        url: text,
        date: text,
        credits: fc.array(text, { maxLength: parts.maxCredits }),
        minutes: fc.integer({ min: 1, max: 180 }),
      },
      { requiredKeys: ['title', 'credits', 'minutes'] },
    ),
    slides: fc.array(parts.slide(ids), { minLength: 1, maxLength: parts.maxSlides }),
    sentences: fc.tuple(...ids.map(() => text)).map((texts) => Object.fromEntries(ids.map((id, i) => [id, texts[i]!]))),
  })
}
