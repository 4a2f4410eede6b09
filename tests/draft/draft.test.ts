import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { buildFromArticle } from '../../src/pipeline.ts'
import { MAX_POINTS_PER_SLIDE } from '../../src/draft/index.ts'
import { FIXTURE_ARTICLES } from '../helpers.ts'

const ARTICLES = FIXTURE_ARTICLES
const build = (path: string, minutes?: number) =>
  buildFromArticle(readFileSync(new URL(`../../${path}`, import.meta.url)), { name: path, minutes })

const clock = (m: string) => {
  const [min, sec] = m.split(':').map(Number)
  return min! * 60 + sec!
}

describe.each(ARTICLES)('draft of %s', (path) => {
  const { outline, slides } = build(path)

  it('has a cover with the length, then content, takeaways and sources', () => {
    expect(outline.slides[0]).toMatchObject({ kind: 'cover', subtitle: 'A 15-minute briefing' })
    expect(outline.meta.minutes).toBe(15)
    expect(outline.slides.at(-1)!.kind).toBe('sources')
    expect(outline.slides.some((s) => s.kind === 'takeaways')).toBe(true)
    expect(outline.slides.filter((s) => s.kind === 'points').length).toBeGreaterThan(0)
  })

  it('condenses points from their sources, never inventing words, at most five a slide', () => {
    for (const slide of outline.slides) {
      if (!('points' in slide)) continue
      expect(slide.points.length).toBeLessThanOrEqual(MAX_POINTS_PER_SLIDE)
      for (const p of slide.points) {
        const source = p.source.map((id) => outline.sentences[id]!).join(' ').toLowerCase()
        expect(source, p.text).toContain(p.text.replace(/ …$/, '').toLowerCase())
        expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(28)
      }
    }
  })

  it('gives every slide a timing cue, and the cues add up to the budget', () => {
    const notes = parseSync(slides, 'slides.md').slides.map((s) => s.note ?? '')
    const cues = notes.map((n) => /Timing: ≈(\d+:\d\d), at (\d+:\d\d) of 15:00/.exec(n))
    expect(cues.every(Boolean)).toBe(true)
    expect(cues.reduce((t, m) => t + clock(m![1]!), 0)).toBe(15 * 60)
    expect(clock(cues.at(-1)![2]!) + clock(cues.at(-1)![1]!)).toBe(15 * 60)
  })
})

describe('--minutes', () => {
  it('fits fewer, denser slides into 5 minutes than into 30, and stores the budget', () => {
    for (const path of ARTICLES) {
      const short = build(path, 5).outline
      const long = build(path, 30).outline
      expect(short.slides.length, path).toBeLessThan(long.slides.length)
      expect(short.meta.minutes).toBe(5)
      const points = (o: typeof short) => o.slides.flatMap((s) => ('points' in s ? s.points : []))
      expect(points(short).length).toBeLessThan(points(long).length)
    }
  })
})
