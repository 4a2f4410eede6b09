import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseOutline } from '../../src/outline.ts'
import { buildFromArticle, buildFromOutline, writeOutline, writeSlides } from '../../src/pipeline.ts'
import { outlineArbitrary } from './arbitraries.ts'
import { FIXTURE_ARTICLES } from './helpers.ts'
import { PROPERTY_SEED } from '../helpers.ts'

/**
 * DESIGN: "Round trip: draft → write → read → render gives the same slides.md byte for byte."
 * The outline is the source of truth only if nothing is lost on the way through outline.yaml.
 */

describe('round trip: draft → outline.yaml → read → render', () => {
  it('covers every fixture article', () => {
    expect(FIXTURE_ARTICLES.map((p) => basename(p))).toEqual(
      expect.arrayContaining(['north-korea-no-strategic-reprieve.txt', 'html-article.html', 'trade-diplomacy.md', 'security-analysis.txt']),
    )
  })

  for (const path of FIXTURE_ARTICLES)
    it(`gives the same slides.md for ${basename(path)}`, () => {
      const drafted = buildFromArticle(readFileSync(path), { name: path })
      const started = performance.now()
      const rebuilt = buildFromOutline(drafted.outlineYaml, 'outline.yaml')
      const ms = performance.now() - started
      if ('diagnostics' in rebuilt) throw new Error(rebuilt.diagnostics.map((d) => d.message).join('\n'))
      expect(rebuilt.slides).toBe(drafted.slides)
      expect(rebuilt.outline).toEqual(drafted.outline)
      // Nothing to rewrite: a rebuild without --minutes leaves outline.yaml alone.
      expect(rebuilt.outlineYaml).toBeUndefined()
      console.info(`round trip ${basename(path)}: read + render ${ms.toFixed(1)} ms (${drafted.outline.slides.length} slides, ${drafted.outlineYaml.length} chars of YAML)`)
    })

  it('holds for generated outlines: writeSlides(o) === writeSlides(parse(writeOutline(o)))', () => {
    let runs = 0
    fc.assert(
      fc.property(outlineArbitrary, (outline) => {
        runs++
        const parsed = parseOutline(writeOutline(outline))
        expect(parsed.diagnostics).toEqual([])
        expect(parsed.outline).toEqual(outline)
        expect(writeSlides(parsed.outline!)).toBe(writeSlides(outline))
      }),
      { numRuns: 300, seed: PROPERTY_SEED },
    )
    expect(runs).toBeGreaterThanOrEqual(300)
  })
})
