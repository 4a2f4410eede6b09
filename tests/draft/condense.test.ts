import { describe, expect, it } from 'vitest'
import { condense, MAX_POINT_WORDS } from '../../src/draft/condense.ts'

const words = (s: string) => s.split(/\s+/).length

describe('condense', () => {
  it('drops a leading connective but keeps hedges', () => {
    expect(condense('However, China seems less optimistic about talks.')).toBe('China seems less optimistic about talks.')
    expect(condense('Perhaps the biggest winner is Japan.')).toBe('Perhaps the biggest winner is Japan.')
  })

  it('keeps a short sentence whole', () => {
    const s = 'Following the previous test in 2013, the council issued sanctions within three weeks.'
    expect(condense(s)).toBe(s)
  })

  it('drops a long leading clause first, so the main claim survives', () => {
    const s =
      'Along with the rest of the international community, the capital has never welcomed a nuclear capable neighbour, and did not hesitate to swiftly condemn its attempted test on 6 January.'
    const point = condense(s)
    expect(point).toMatch(/^The capital has never welcomed a nuclear capable neighbour/)
    expect(s.toLowerCase()).toContain(point.replace(/ …$/, '').toLowerCase())
  })

  it('cuts what is still too long at a clause boundary, marked with an ellipsis, never inventing words', () => {
    const s =
      'The report recommends that the government deploy additional submarines and missile defence systems throughout the region, which would cost a great deal of money and take many years to finish, according to officials who spoke on condition of anonymity.'
    const point = condense(s)
    expect(point.endsWith(' …')).toBe(true)
    expect(words(point)).toBeLessThanOrEqual(MAX_POINT_WORDS + 1)
    expect(s).toContain(point.replace(/ …$/, ''))
  })
})

describe('condense: cuts keep the claim', () => {
  it('never leaves only a leading condition', () => {
    const s =
      'Before any harder measures are imposed against the regime, it can be safely assumed that the diplomatic resources of the great powers will not cause its programme to disappear any time soon.'
    const point = condense(s)
    expect(point).toMatch(/^Before any harder measures are imposed against the regime, it can be safely assumed/)
    expect(point).not.toMatch(/\b(of|the|that|to) …$/)
  })
})

describe('condense: length in characters', () => {
  it('cuts a point with a giant word or no spaces by length', async () => {
    const { MAX_POINT_CHARS } = await import('../../src/draft/condense.ts')
    const url = `See https://example.com/${'a'.repeat(400)} now.`
    expect(condense(url).length).toBeLessThanOrEqual(MAX_POINT_CHARS)
    expect(condense(url).endsWith(' …')).toBe(true)
    const chinese = '北京'.repeat(150) + '。'
    expect([...condense(chinese)].length).toBeLessThanOrEqual(MAX_POINT_CHARS)
  })
})
