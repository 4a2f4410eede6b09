/**
 * The labelled corpus is usable: every annotation parses, every quote occurs in its article, and the corpus has
 * the breadth the eval promises (twelve or more articles, four not about states, a long report, each format).
 */
import { extname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../src/cli/assets.ts'
import { readCorpus } from '../../src/eval/corpus.ts'

const { entries, problems } = readCorpus(`${PROJECT_ROOT}/tests/eval/corpus`, PROJECT_ROOT)

describe('the eval corpus', () => {
  it('has annotations that parse and quotes that occur in their articles', () => {
    expect(problems).toEqual([])
  })

  it('is broad enough to judge a deck on any article', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12)
    expect(entries.filter((e) => !e.annotation.about_states).length).toBeGreaterThanOrEqual(4)
    expect(entries.some((e) => e.bytes.toString('utf8').split(/\s+/).length >= 5000)).toBe(true)
    const formats = new Set(entries.map((e) => extname(e.articlePath)))
    expect([...formats].sort()).toEqual(['.html', '.md', '.txt'])
    expect(entries.filter((e) => e.split === 'test').length).toBeGreaterThanOrEqual(4)
  })
})
