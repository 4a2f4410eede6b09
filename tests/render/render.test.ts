import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { renderDeck } from '../../src/render/index.ts'
import { timeSlides } from '../../src/timing.ts'
import { sampleOutline } from '../outline/fixture.ts'

const parse = (md: string) => parseSync(md, 'slides.md').slides

describe('renderDeck', () => {
  const outline = sampleOutline()
  const md = renderDeck(outline)
  const slides = parse(md)

  it('makes one Slidev slide per outline slide, with its title', () => {
    expect(slides).toHaveLength(outline.slides.length)
    expect(slides.map((s) => s.title)).toEqual(outline.slides.map((s) => s.title))
  })

  it('configures the deck in the headmatter: default theme, offline fonts, no MDC', () => {
    expect(slides[0]!.frontmatter).toMatchObject({ theme: 'default', title: 'A sample briefing', mdc: false, layout: 'cover' })
    expect(slides[0]!.frontmatter.fonts).toMatchObject({ provider: 'none' })
  })

  it('lists on the sources slide only the credits that fit it: a photo\'s whole caption goes to the handout', () => {
    const caption = `The epicenter of one of the strongest moonquakes recorded by the seismometers lay in the polar region. ${'A cloud of possible locations is shown near the pole, with the proposed landing regions in blue boxes. '.repeat(4)}Agency/University`
    const credited = renderDeck({ ...outline, meta: { ...outline.meta, credits: ['Photo: Agency', caption, 'Map: University'] } })
    const sources = parse(credited).find((s) => s.title === 'Sources and credits')!.content
    expect(sources).toContain('**Credit:** Photo: Agency')
    expect(sources).not.toContain('A cloud of possible locations')
    expect(sources).not.toContain('Map: University')
    expect(sources).toContain("2 more credits: see the handout's references page.")
  })

  it('shows the author, the publisher and the publication date on the cover', () => {
    const dated = renderDeck({ ...outline, meta: { ...outline.meta, author: 'Jane Roe', publisher: 'The Harbour Review', date: 'November 18, 2004' } })
    expect(parse(dated)[0]!.content).toContain('Jane Roe · The Harbour Review · November 18, 2004')
  })

  it('shows on the cover the publication date the analysis read (a dateline, a heading line) when the article\'s metadata has none', () => {
    const read = renderDeck({ ...outline, meta: { ...outline.meta, author: 'Jane Roe', date: undefined, published: '2022-06-29' } })
    expect(parse(read)[0]!.content).toContain('Jane Roe · Example Press · 2022-06-29')
  })

  it('puts notes on every slide: talking points, verbatim sources, timing cue', () => {
    for (const s of slides) expect(s.note).toMatch(/Timing: ≈\d+:\d\d, at \d+:\d\d of 10:00/)
    const points = slides[2]!.note!
    expect(points).toContain('- Two points.')
    expect(points).toContain('“Alpha swiftly condemned the test.” (p1.s1)')
    expect(points).toContain('(p2.s1)')
  })

  it('marks every point with its source ids', () => {
    expect(slides[2]!.content).toContain('<SourceRef ids="p1.s2 p2.s1" />')
  })

  it('shows a point that only repeats its slide’s title once: the title, with that point’s sources beside it', () => {
    const echo = sampleOutline()
    const slide = echo.slides[2] as Extract<(typeof echo.slides)[number], { kind: 'points' }>
    slide.title = 'Alpha condemned the test'
    const parsed = parse(renderDeck(echo))[2]
    expect(parsed!.content).toMatch(/^## Alpha condemned the test <SourceRef ids="p1\.s1" \/>$/m)
    expect(parsed!.content).not.toContain('- Alpha condemned the test.')
    expect(parsed!.content).toContain('- Beta and Gamma agreed to share intelligence.')
    // Slidev's slide list names it by the title alone; the notes still quote the sentence.
    expect(parsed!.title).toBe('Alpha condemned the test')
    expect(parsed!.note).toContain('“Alpha swiftly condemned the test.” (p1.s1)')
    // A slide's only point stays, even when it repeats the title.
    slide.points = slide.points.slice(0, 1)
    expect(parse(renderDeck(echo))[2]!.content).toContain('- Alpha condemned the test. <SourceRef ids="p1.s1" />')
  })

  it('splits the budget so the timing cues add up to it', () => {
    const timings = timeSlides(outline)
    expect(timings.reduce((t, x) => t + x.seconds, 0)).toBe(600)
    expect(timings.at(-1)!.startsAt + timings.at(-1)!.seconds).toBe(600)
  })

  it('draws each diagram as a Mermaid block', () => {
    const mermaid = slides.filter((s) => /```mermaid/.test(s.content))
    expect(mermaid.map((s) => s.title)).toEqual(['Who stands where', 'What drives what', 'Timeline'])
  })
})

describe('renderDeck: article text stays text', () => {
  const hostile = [
    '{{ 1 + 1 }}',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '---',
    '--- dashes open frontmatter',
    '::right::',
    '$x+y$',
    '-->',
    '[click] next',
    '```js',
    '# not a heading',
    'a | b',
  ]
  for (const text of hostile)
    it(`keeps ${JSON.stringify(text)} inert in titles, points and notes`, () => {
      const outline = sampleOutline()
      const slide = outline.slides[2]!
      if (slide.kind !== 'points') throw new Error('fixture changed')
      slide.title = `Title ${text}`
      slide.points[0]!.text = text
      slide.notes = [text]
      outline.sentences['p1.s1'] = text
      const slides = parse(renderDeck(outline))
      expect(slides).toHaveLength(outline.slides.length)
      expect(slides[2]!.frontmatter).toEqual({ class: 'kind-points' })
      expect(slides[2]!.content).not.toMatch(/<script|<img|\{\{/)
      expect(slides[2]!.note).not.toMatch(/-->|<script|<img|\[click\]/)
    })
})

describe('plainText', () => {
  it('undoes mdText for one line of text', async () => {
    const { mdText, plainText } = await import('../../src/render/escape.ts')
    for (const s of ['Dynamics: a loop (1/2)', 'a -- b --> c', '1. not a list', '# not a heading', '{{ x }} <b> & [click] `c` *e* $5', 'https://example.com/a_b', '::right::', 'e.g. U.S. 3.5 ...', '- item', '(c) 2024 +-'])
      expect(plainText(mdText(s))).toBe(s)
    expect(mdText('Dynamics: a feedback loop (1/2)')).toBe('Dynamics: a feedback loop (1/2)')
  })
})
