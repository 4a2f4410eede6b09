import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ARTICLE } from '../src/cli/index.ts'
import { PROJECT_ROOT } from '../src/cli/assets.ts'
import { buildFromArticle } from '../src/pipeline.ts'

/**
 * The committed slides.md and outline.yaml are what `npm run deck` makes now. After a change that alters the
 * deck: `npm run deck`, look at exports/deck.pdf, and commit the new files.
 */
describe('the committed default deck', () => {
  const build = buildFromArticle(readFileSync(DEFAULT_ARTICLE), { name: DEFAULT_ARTICLE })

  it('slides.md equals what npm run deck makes now', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8')).toBe(build.slides)
  })

  it('outline.yaml equals what npm run deck makes now', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'outline.yaml'), 'utf8')).toBe(build.outlineYaml)
  })
})
