/**
 * The fixture articles, against tests/fixtures/articles/EXPECTATIONS.md (written before the tool ran): what a
 * careful analyst draws from each, and what the tool must not invent.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { draftDiagramSlides } from '../../src/draft/diagrams/index.ts'
import { FIXTURES, fixtureArticles, linked, load } from './helpers.ts'

const NONSENSE = /^(?:However|The|This|That|These|But|And|In|On|At|When|While|Although|Indeed|Perhaps|Today|Recently|Following|Before|After|It|We|I|Our|Their|A|An)$/

describe.each(fixtureArticles().map((f) => [f.split('/').pop()!, f]))('every fixture: %s', (_, path) => {
  const { article, analysis } = load(path)
  it('has no nonsense actors and only sources that exist', () => {
    const ids = new Set(article.sentences.map((s) => s.id))
    for (const a of analysis.actors) {
      expect(a.name).not.toMatch(NONSENSE)
      expect(a.name.length).toBeGreaterThan(1)
      for (const id of a.mentions) expect(ids.has(id)).toBe(true)
    }
    for (const r of analysis.relations) for (const id of r.source) expect(ids.has(id)).toBe(true)
  })
  it('keeps events in order with valid dates', () => {
    const dates = analysis.events.map((e) => e.date)
    expect(dates).toEqual([...dates].sort())
    for (const d of dates) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  })
})

describe('security-analysis.txt (Yemen)', () => {
  const { article, analysis } = load(join(FIXTURES, 'security-analysis.txt'))
  const ids = analysis.actors.map((a) => a.id)

  it('finds the states, the Houthis, the bodies and the people, not the author', () => {
    expect(ids).toEqual(expect.arrayContaining(['yemen', 'saudi-arabia', 'iran', 'united-states', 'israel', 'russia', 'china', 'turkiye', 'pakistan', 'houthis']))
    expect(ids).toEqual(expect.arrayContaining(['presidential-leadership-council', 'republican-party', 'persian-gulf-strait-authority']))
    expect(analysis.actors.find((a) => a.id === 'donald-trump')).toMatchObject({ type: 'person', affiliation: 'united-states' })
    expect(analysis.actors.find((a) => a.id === 'chris-wright')).toMatchObject({ type: 'person', affiliation: 'united-states' })
    expect(analysis.actors.find((a) => a.id === 'mohammad-bagher-ghalibaf')).toMatchObject({ type: 'person', affiliation: 'iran' })
    expect(ids).not.toContain('amin-saikal')
    expect(ids.join()).not.toMatch(/strait-of-hormuz|red-sea|gulf-of-aden|india/)
  })

  it('finds the main relations', () => {
    expect(linked(analysis, 'iran', 'houthis', ['support'])).toBe(true)
    expect(linked(analysis, 'saudi-arabia', 'yemen', ['support'])).toBe(true)
    expect(linked(analysis, 'united-states', 'saudi-arabia', ['alliance'])).toBe(true)
    expect(linked(analysis, 'russia', 'iran', ['alliance'])).toBe(true)
    expect(linked(analysis, 'china', 'iran', ['alliance'])).toBe(true)
    expect(linked(analysis, 'turkiye', 'saudi-arabia', ['alliance'])).toBe(true)
    expect(linked(analysis, 'pakistan', 'saudi-arabia', ['alliance'])).toBe(true)
    expect(linked(analysis, 'united-states', 'iran', ['hostility'])).toBe(true)
    expect(linked(analysis, 'houthis', 'saudi-arabia', ['hostility'])).toBe(true)
    expect(linked(analysis, 'united-states', 'iran', ['dialogue'])).toBe(true)
  })

  it('resolves yearless dates from the publication date and invents no year', () => {
    const dates = analysis.events.map((e) => e.date)
    expect(dates).toContain('2026-10-04')
    expect(dates).toContain('2026-07')
    expect(analysis.events.find((e) => e.date === '2014')?.label).toBe('2014–15')
    for (const d of dates) expect(d >= '2014' && d <= '2026-10-07').toBe(true)
  })

  it('finds the causal claims the analyst lists, each with its relation', () => {
    const text = analysis.causes.map((c) => `${c.cause} > ${c.relation} > ${c.effect}`).join('\n')
    expect(text).toMatch(/attack > blocks > pumping of oil/)
    expect(text).toMatch(/fear of ships being attacked > prompts > Strait of Hormuz remains inoperable/)
    expect(text).toMatch(/actors involved > prompts > conflict could spiral out of control/)
    // "the rapidly escalating conflict" describes the conflict: no cause in it.
    expect(text).not.toMatch(/US-Iran war > increases/)
  })

  it('gets an actors diagram with Saudi Arabia’s and Iran’s camps apart', () => {
    const slides = draftDiagramSlides(article, analysis)
    const actors = slides.find((s) => s.kind === 'actors')!
    expect(actors).toBeDefined()
    if (actors.kind !== 'actors') return
    const bloc = (id: string) => actors.nodes.find((n) => n.id === id)?.bloc
    expect(bloc('saudi-arabia')).toBeDefined()
    expect(bloc('iran')).toBeDefined()
    expect(bloc('saudi-arabia')).not.toBe(bloc('iran'))
    expect(bloc('houthis')).toBe(bloc('iran'))
  })
})

describe('trade-diplomacy.md (White House fact sheet)', () => {
  const { article, analysis } = load(join(FIXTURES, 'trade-diplomacy.md'))
  const ids = analysis.actors.map((a) => a.id)

  it('finds the states, ASEAN and the leaders with their states', () => {
    expect(ids).toEqual(expect.arrayContaining(['united-states', 'malaysia', 'thailand', 'cambodia', 'vietnam', 'philippines', 'asean']))
    const person = (id: string) => analysis.actors.find((a) => a.id === id)
    expect(person('donald-j-trump')).toMatchObject({ type: 'person', affiliation: 'united-states' })
    expect(person('donald-j-trump')!.aliases).toContain('Trump')
    expect(person('anwar-ibrahim')).toMatchObject({ affiliation: 'malaysia' })
    expect(person('hun-manet')).toMatchObject({ affiliation: 'cambodia' })
    expect(person('anutin-charnvirakul')).toMatchObject({ affiliation: 'thailand' })
    expect(ids).not.toContain('the-white-house')
    expect(ids).not.toContain('white-house')
  })

  it('finds cooperation with each partner and invents no rival, alliance or condemnation', () => {
    for (const partner of ['malaysia', 'cambodia', 'thailand', 'vietnam'])
      expect(linked(analysis, 'united-states', partner, ['cooperation', 'dialogue'])).toBe(true)
    expect(linked(analysis, 'thailand', 'cambodia', ['dialogue', 'cooperation'])).toBe(true)
    expect(analysis.relations.filter((r) => ['hostility', 'condemnation', 'alliance'].includes(r.kind))).toEqual([])
    expect(ids).not.toContain('china')
  })

  it('has a timeline of two or three items: 2017, July and the publication day', () => {
    expect(analysis.events.map((e) => e.date)).toEqual(['2017', '2025-07', '2025-10-26'])
  })
})

describe('non-geopolitics.txt (dementia research)', () => {
  const { article, analysis } = load(join(FIXTURES, 'non-geopolitics.txt'))

  it('names no state and no geopolitical relation', () => {
    expect(analysis.actors.filter((a) => a.type === 'state')).toEqual([])
    expect(analysis.relations.filter((r) => r.kind !== 'cooperation' && r.kind !== 'support')).toEqual([])
  })

  it('finds the researchers and the author, who tells her own work as "I"; the funding note is a credit, not content', () => {
    const ids = analysis.actors.map((a) => a.id)
    expect(ids).toEqual(expect.arrayContaining(['stephanie-mcgrath', 'caitlin-latimer', 'julie-moreno']))
    expect(analysis.actors.find((a) => a.id === 'julie-moreno')!.aliases).not.toContain('I')
    expect(article.meta.credits.join(' ')).toContain('supported by grants from the National Institute on Aging')
  })

  it('draws the author with the two researchers she partnered with, and no timeline ("two decades" is not a date)', () => {
    const slides = draftDiagramSlides(article, analysis)
    const actors = slides.find((s) => s.kind === 'actors')
    expect(actors?.kind === 'actors' && actors.edges.map((e) => [e.from, e.to].sort().join(' ')).sort()).toEqual(['caitlin-latimer julie-moreno', 'julie-moreno stephanie-mcgrath'])
    expect(slides.map((s) => s.kind)).not.toContain('timeline')
    expect(analysis.events).toEqual([])
  })
})

describe('html-article.html (sea stars)', () => {
  const { article, analysis } = load(join(FIXTURES, 'html-article.html'))

  it('gets no country relation diagram', () => {
    expect(analysis.relations).toEqual([])
    expect(draftDiagramSlides(article, analysis).map((s) => s.kind)).not.toContain('actors')
  })

  it('dates the outbreak and the research, not what was so "Before 2013" (a bound, not an event)', () => {
    const dates = analysis.events.map((e) => e.date)
    expect(dates).toEqual(expect.arrayContaining(['2001', '2013', '2017']))
    expect(analysis.events.find((e) => e.date === '2013')?.text).toMatch(/began noticing/)
    expect(analysis.events.filter((e) => /rarely saw/.test(e.text))).toEqual([])
  })

  it('finds the kelp → mysid link', () => {
    expect(analysis.causes).toContainEqual(expect.objectContaining({ cause: 'loss of kelp', relation: 'prompts', effect: 'fewer mysids' }))
  })
})
