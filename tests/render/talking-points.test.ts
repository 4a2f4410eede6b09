/**
 * Talking points are written for the presenter from the outline as it is: the claim to open with, the evidence,
 * the transition to the next slide; one line per bloc or loop on the diagrams. A remixed outline gets notes that
 * fit it, not notes about the slide that used to be there.
 */
import { describe, expect, it } from 'vitest'
import type { Outline, Slide } from '../../src/outline.ts'
import { talkingPoints } from '../../src/render/talking-points.ts'
import { sampleOutline } from '../outline/fixture.ts'

describe('talking points', () => {
  const outline = sampleOutline()

  it('open each slide with its claim and hand over to the next slide by its title', () => {
    outline.slides.forEach((slide, i) => {
      const lines = talkingPoints(outline, i)
      expect(lines.length, slide.kind).toBeGreaterThan(0)
      const next = outline.slides[i + 1]
      if (next) expect(lines.at(-1)).toContain(next.title)
      if (slide.kind === 'points') expect(lines[0]).toContain(slide.title)
    })
  })

  it('do not read out as evidence a point that only repeats the claim', () => {
    const echo = sampleOutline()
    const slide = echo.slides[2] as Extract<Slide, { kind: 'points' }>
    slide.title = 'Alpha condemned the test'
    expect(talkingPoints(echo, 2).slice(0, 2)).toEqual(['Open with the claim: Alpha condemned the test.', 'The evidence, 1 point: Beta and Gamma agreed to share intelligence.'])
  })

  it('do not read out as evidence the point the title opens, when the slide has others', () => {
    const opened = sampleOutline()
    const slide = opened.slides[2] as Extract<Slide, { kind: 'points' }>
    slide.title = 'Alpha condemned the test'
    slide.points[0]!.text = 'Alpha condemned the test, and Delta recalled its ambassador.'
    expect(talkingPoints(opened, 2)[1]).toBe('The evidence, 1 point: Beta and Gamma agreed to share intelligence.')
    // A slide's only point is its evidence.
    slide.points.splice(1)
    expect(talkingPoints(opened, 2)[1]).toBe('The evidence, 1 point: Alpha condemned the test, and Delta recalled its ambassador.')
  })

  it('number the evidence and the agenda when there are several, so each item opens as its own sentence', () => {
    const outline = sampleOutline()
    const slide = outline.slides[2] as Extract<Slide, { kind: 'points' }>
    slide.title = 'A claim no point opens'
    expect(slide.points.length).toBeGreaterThan(1)
    expect(talkingPoints(outline, 2)[1]).toBe(`The evidence, ${slide.points.length} points: ${slide.points.map((p, k) => `(${k + 1}) ${p.text.replace(/\.$/, '')}`).join('; ')}.`)
    const agenda = outline.slides.findIndex((s) => s.kind === 'agenda')
    expect(talkingPoints(outline, agenda)[0]).toMatch(/in one breath each: \(1\) .+; \(2\) /)
  })

  it('say each point of the evidence whole, never cut off mid-phrase with "…", and close a quotation once', () => {
    const long = sampleOutline()
    const slide = long.slides[2] as Extract<Slide, { kind: 'points' }>
    slide.points[1]!.text = 'A mutual commitment to the denuclearisation of the peninsula has long been perceived as the strategic issue on which both can cooperate.'
    slide.points.push({ text: 'Kerry said Washington would act if China “failed to do more.”', source: slide.points[0]!.source })
    const evidence = talkingPoints(long, 2)[1]!
    expect(evidence).toContain('has long been perceived as the strategic issue on which both can cooperate;')
    expect(evidence).not.toContain('…')
    expect(evidence.endsWith('“failed to do more.”')).toBe(true)
  })

  it('credit the licence by its terms, its first sentence whole', () => {
    const sources = outline.slides.findIndex((s) => s.kind === 'sources')
    const licensed: Outline = { ...outline, meta: { ...outline.meta, licence: 'This article can be republished with attribution under a Creative Commons Licence. Please email for more information.' } }
    expect(talkingPoints(licensed, sources)[0]).toMatch(/; This article can be republished with attribution under a Creative Commons Licence\.$/)
  })

  it('credit the article by its title when no author or publisher is known', () => {
    const sources = outline.slides.findIndex((s) => s.kind === 'sources')
    const anonymous: Outline = { ...outline, meta: { ...outline.meta, author: undefined, publisher: undefined } }
    expect(talkingPoints(anonymous, sources)[0]).toContain(`“${outline.meta.title}”`)
    if (outline.meta.author) expect(talkingPoints(outline, sources)[0]).toContain(outline.meta.author)
  })

  it('follow a remix: reordered slides get the new transition', () => {
    const swapped: Outline = { ...outline, slides: [...outline.slides].reverse() }
    expect(talkingPoints(swapped, 0).at(-1)).toContain(swapped.slides[1]!.title)
  })

  it('say what a loop does and who stands together', () => {
    const dynamics: Slide = {
      kind: 'dynamics',
      title: 'Dynamics',
      nodes: [
        { id: 'a', label: 'allied military presence' },
        { id: 'b', label: 'North Korea’s nuclear test' },
      ],
      edges: [
        { from: 'a', to: 'b', relation: 'increases', source: ['p1.s1'] },
        { from: 'b', to: 'a', relation: 'justifies', source: ['p1.s2'] },
      ],
    }
    const actors: Slide = {
      kind: 'actors',
      title: 'Actors',
      nodes: [
        { id: 'x', label: 'Alpha', bloc: 'Alpha–Beta' },
        { id: 'y', label: 'Beta', bloc: 'Alpha–Beta' },
        { id: 'z', label: 'Gamma' },
      ],
      edges: [
        { from: 'x', to: 'y', kind: 'alliance', source: ['p1.s1'] },
        { from: 'z', to: 'x', kind: 'hostility', source: ['p1.s2'] },
      ],
    }
    const o: Outline = { ...outline, slides: [dynamics, actors] }
    expect(talkingPoints(o, 0)[0]).toBe(
      'The loop: allied military presence increases North Korea’s nuclear test, which justifies allied military presence again — a reinforcing loop: each step feeds the next.',
    )
    const lines = talkingPoints(o, 1)
    expect(lines[0]).toBe('Bloc “Alpha–Beta”: Alpha, Beta stand together.')
    expect(lines[1]).toContain('Gamma – Alpha (hostility)')
  })

  it('tell the friendly or talking ties outside any bloc too, after the adverse ones', () => {
    const actors: Slide = {
      kind: 'actors',
      title: 'Actors',
      nodes: [
        { id: 'x', label: 'Alpha' },
        { id: 'y', label: 'Beta' },
        { id: 'z', label: 'Gamma' },
        { id: 'w', label: 'Delta' },
      ],
      edges: [
        { from: 'x', to: 'y', kind: 'pressure', source: ['p1.s1'] },
        { from: 'z', to: 'w', kind: 'dialogue', source: ['p1.s2'] },
      ],
    }
    const lines = talkingPoints({ ...outline, slides: [actors] }, 0)
    expect(lines[0]).toBe('Across the lines: Alpha – Beta (pressure).')
    expect(lines[1]).toBe('Also: Gamma – Delta (dialogue).')
  })

  it('say what each cause drives when the dynamics have no loop, and do not name a divider’s first claim twice', () => {
    const dynamics: Slide = {
      kind: 'dynamics',
      title: 'Dynamics',
      nodes: [
        { id: 'a', label: 'the counteroffensive' },
        { id: 'b', label: 'a return to civil war' },
        { id: 'c', label: 'a humanitarian crisis' },
        { id: 'd', label: 'the peace talks' },
        { id: 'e', label: 'rising fuel prices' },
        { id: 'f', label: 'household budgets' },
        { id: 'g', label: 'spending on transport' },
      ],
      edges: [
        { from: 'e', to: 'f', relation: 'reduces', source: ['p3.s1'] },
        { from: 'e', to: 'g', relation: 'threatens', source: ['p3.s2'] },
        { from: 'a', to: 'b', relation: 'increases', source: ['p1.s1'] },
        { from: 'a', to: 'c', relation: 'increases', source: ['p1.s1'] },
        { from: 'a', to: 'd', relation: 'threatens', source: ['p2.s1'] },
      ],
    }
    const divider: Slide = { kind: 'section', title: 'Where is this going?' }
    const claim = outline.slides.find((s) => s.kind === 'points')!
    const o: Outline = { ...outline, slides: [dynamics, divider, claim] }
    expect(talkingPoints(o, 0).slice(0, 2)).toEqual([
      'The counteroffensive increases a return to civil war and a humanitarian crisis; it threatens the peace talks.',
      // (The verb agrees with a plural cause.)
      'Rising fuel prices reduce household budgets; they threaten spending on transport.',
    ])
    const lines = talkingPoints(o, 1)
    expect(lines.filter((l) => l.includes(claim.title))).toHaveLength(1)
    expect(lines.at(-1)).toBe(`Its first claim: ${claim.title.replace(/[^.!?…”"]$/, '$&.')}`)
  })
})
