import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { buildFromArticle } from '../../src/pipeline.ts'
import { fileURLToPath } from 'node:url'
import { MAX_AGENDA_ITEMS, MAX_POINTS_PER_SLIDE, agendaItems, apportion } from '../../src/draft/index.ts'
import { headlineOf, LONG_TITLE_WORDS, MAX_POINT_WORDS } from '../../src/draft/trim.ts'
import { isCompression } from '../../src/quality/faithful.ts'
import { composeArticle, readSources } from '../../src/bench/article.ts'
import { parseOutline } from '../../src/outline.ts'
import { MAX_SLIDES } from '../../src/outline/schema.ts'
import { dynamicsSlide } from '../../src/draft/diagrams/dynamics.ts'
import type { Analysis } from '../../src/types.ts'
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

  it('opens with the thesis on the cover, cited, then content, takeaways and sources', () => {
    const cover = outline.slides[0]!
    expect(cover.kind).toBe('cover')
    if (cover.kind !== 'cover') return
    expect(cover.source).toHaveLength(1)
    expect(isCompression(cover.subtitle!, [outline.sentences[cover.source![0]!]!]), cover.subtitle).toBe(true)
    // The takeaways open with the same thesis, as a point.
    const takeaways = outline.slides.find((s) => s.kind === 'takeaways')
    expect(takeaways && 'points' in takeaways && takeaways.points[0]!.source).toEqual(cover.source)
    // A thesis that fits two lines is the cover's message whole, not a headline that may lose its complement.
    const thesis = takeaways && 'points' in takeaways ? takeaways.points[0]!.text : ''
    if (thesis.split(/\s+/).length <= 20) expect(cover.subtitle).toBe(thesis)
    // A longer one gives its headline of up to fourteen words, which keeps more of the claim than ten.
    else if (headlineOf(outline.sentences[cover.source![0]!]!)) expect(cover.subtitle).toBe(headlineOf(outline.sentences[cover.source![0]!]!, undefined, LONG_TITLE_WORDS))
    expect(outline.meta.minutes).toBe(15)
    expect(outline.slides.at(-1)!.kind).toBe('sources')
    expect(outline.slides.some((s) => s.kind === 'takeaways')).toBe(true)
    expect(outline.slides.filter((s) => s.kind === 'points').length).toBeGreaterThan(0)
  })

  it('condenses points and titles from their sources, never inventing words or cutting with "…", at most five a slide', () => {
    for (const slide of outline.slides) {
      if (!('points' in slide)) continue
      expect(slide.points.length).toBeLessThanOrEqual(MAX_POINTS_PER_SLIDE)
      for (const p of slide.points) {
        expect(isCompression(p.text, p.source.map((id) => outline.sentences[id]!)), p.text).toBe(true)
        expect(p.text).not.toMatch(/…$/)
        expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_POINT_WORDS)
      }
      if (slide.kind === 'points') {
        const sentences = slide.points.flatMap((p) => p.source.map((id) => outline.sentences[id]!))
        expect(sentences.some((s) => isCompression(slide.title, [s])), slide.title).toBe(true)
      }
    }
  })

  it('says nothing twice and points out at most two in five of the article’s sentences', () => {
    const points = outline.slides.flatMap((s) => ('points' in s ? s.points.map((p) => p.text) : []))
    expect(new Set(points).size).toBe(points.length)
    const onContentSlides = outline.slides.flatMap((s) => (s.kind === 'points' ? s.points : []))
    expect(onContentSlides.length).toBeLessThanOrEqual(Math.ceil(0.4 * Object.keys(outline.sentences).length) + 1)
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

describe('slide titles at any budget', () => {
  // With them, a GAO statement whose "Why GAO Did This Study" holds one long sentence that makes no headline.
  const GAO_STATEMENT = 'tests/eval/corpus/dev/gao-usps-business-model/article.md'
  // A report whose "Program Status" section gives one point, of 36 words, that makes no headline: it is left out.
  const LONE_POINT = 'tests/eval/corpus/dev/typhon-missile-philippines/article.md'

  it('are claims drawn from the slide’s own sentences at 5 to 30 minutes, never a section heading', () => {
    for (const path of [...ARTICLES, GAO_STATEMENT, LONE_POINT])
      for (const minutes of [5, 10, 15, 20, 30]) {
        const { outline } = build(path, minutes)
        for (const slide of outline.slides) {
          if (slide.kind !== 'points') continue
          const sentences = slide.points.flatMap((p) => p.source.map((id) => outline.sentences[id]!))
          expect(sentences.some((s) => isCompression(slide.title, [s])), `${path} at ${minutes} min: ${slide.title}`).toBe(true)
        }
      }
  })
})

describe('long articles', () => {
  // Articles of 3k to 100k words composed from the real fixtures, as the benchmark makes them.
  const sources = readSources(fileURLToPath(new URL('../..', import.meta.url)))
  const sizes = [3_000, 20_000, 100_000].map((words) => composeArticle(sources, words))

  it.each([5, 15, 60, 180])('stay within the outline limits at %i minutes: slides, agenda lines, one point per section no more', (minutes) => {
    for (const article of sizes) {
      const { outline, outlineYaml } = buildFromArticle(article.text, { format: 'markdown', minutes })
      const label = `${article.words} words, ${minutes} min`
      expect(outline.slides.length, label).toBeLessThanOrEqual(MAX_SLIDES)
      // What the draft writes, the outline reader takes back.
      expect(parseOutline(outlineYaml).diagnostics, label).toEqual([])
      const agenda = outline.slides.find((s) => s.kind === 'agenda')
      if (agenda && 'items' in agenda) expect(agenda.items.length, label).toBeLessThanOrEqual(MAX_AGENDA_ITEMS)
      // A briefing covers fewer sections well rather than every section in a single point.
      const pointSlides = outline.slides.filter((s) => s.kind === 'points')
      const lonely = pointSlides.filter((s) => 'points' in s && s.points.length === 1)
      expect(lonely.length, label).toBeLessThanOrEqual(Math.ceil(pointSlides.length / 4))
    }
  })

  it('get a short deck for a short talk whatever their length', () => {
    for (const article of sizes) {
      const { outline } = buildFromArticle(article.text, { format: 'markdown', minutes: 5 })
      expect(outline.slides.length, `${article.words} words`).toBeLessThanOrEqual(8)
    }
  })
})

describe('apportion', () => {
  it('gives each section its least, the rest in proportion, never more than a section has', () => {
    expect(apportion(10, [2, 10, 4], 2)).toEqual([2, 5, 3])
    expect(apportion(3, [1, 1, 1], 2)).toEqual([1, 1, 1])
    expect(apportion(100, [3, 5], 2)).toEqual([3, 5])
    for (const [budget, sizes] of [[25, [40, 3, 7, 12, 1]], [9, [4, 4, 4, 4]], [50, [100, 100, 1]]] as const) {
      const shares = apportion(budget, [...sizes], 2)
      expect(shares.reduce((a, b) => a + b, 0)).toBe(Math.min(Math.max(budget, 2 * sizes.length), sizes.reduce((a, b) => a + b, 0)))
      shares.forEach((n, i) => expect(n).toBeLessThanOrEqual(sizes[i]!))
    }
  })
})

describe('agenda', () => {
  it('lists every part when they fit, else counts the rest in one line, closing slides always shown', () => {
    expect(agendaItems(['A', 'B'], ['Takeaways'])).toEqual(['A', 'B', 'Takeaways'])
    const parts = Array.from({ length: 12 }, (_, i) => `Part ${i + 1}`)
    const items = agendaItems(parts, ['Timeline', 'Takeaways'])
    expect(items).toHaveLength(MAX_AGENDA_ITEMS)
    expect(items.slice(-3)).toEqual([`…and ${12 - (MAX_AGENDA_ITEMS - 3)} more parts`, 'Timeline', 'Takeaways'])
  })
})

describe('section dividers', () => {
  it('open no untitled opening with a divider of a made-up name ("Background", a label): its slides follow the agenda, which names them by their claims; no two dividers share a name', () => {
    const md = [
      '# Harbour rules',
      'The harbour council approved new mooring rules for the northern quay in March. Ferry operators said the rules would cut their delays by a third. Fishing crews argued that the new fees would drive small boats out of the town.',
      'The port authority will enforce the rules from June. Inspectors will check every berth twice a week, and fines will double for repeat offenders.',
      '## Background',
      'The northern quay was built in 1910 and has not been dredged since 1985. Silt has narrowed the channel to forty metres, and two ferries ran aground last winter. Engineers warned that the east wall could fail within a decade.',
      '## The vote',
      'Seven councillors voted for the rules and four against. The mayor said the town could not afford another winter of groundings. The fishing cooperative promised to appeal the decision to the regional court.',
    ].join('\n\n')
    const { outline } = buildFromArticle(Buffer.from(`${md}\n`), { name: 'harbour.md' })
    const opening = outline.slides.findIndex((s) => 'points' in s && s.points.some((p) => /^p[12]\./.test(p.source[0]!)))
    expect(outline.slides.slice(0, opening).some((s) => s.kind === 'section')).toBe(false)
    const dividers = outline.slides.filter((s) => s.kind === 'section').map((s) => s.title)
    expect(new Set(dividers).size).toBe(dividers.length)
    expect(dividers).toContain('The vote')
    const agenda = outline.slides.find((s) => s.kind === 'agenda')
    const items = agenda && 'items' in agenda ? agenda.items : []
    expect(items[0]).toBe(outline.slides[opening]!.title)
    expect(items).not.toContain('Overview')
  })
})

describe('dynamics slide', () => {
  const node = (id: string) => ({ id, label: `${id} situation grows`, phrases: [id], source: ['p1.s1'] })
  const edge = (from: string, to: string, source = ['p1.s1']): { from: string; to: string; relation: 'increases'; cue: string; source: string[]; firm?: boolean; sided?: boolean } => ({ from, to, relation: 'increases', cue: 'raises', source })
  const graphOf = (edges: ReturnType<typeof edge>[], loops: string[][] = []): Analysis =>
    ({ graph: { nodes: [...new Set(edges.flatMap((e) => [e.from, e.to]))].map(node), edges, loops, loopPolarity: loops.map(() => 'R' as const) } }) as unknown as Analysis

  it('draws the loop’s cluster first, then every other cluster of two links or more that fits whole', () => {
    const slide = dynamicsSlide(graphOf([edge('a', 'b'), edge('b', 'a'), edge('c', 'd', ['p5.s1']), edge('c', 'e', ['p5.s1']), edge('f', 'g', ['p2.s1'])], [['a', 'b']]))!
    expect(slide.title).toBe('Dynamics: a reinforcing loop')
    expect(slide.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
    // A lone link elsewhere is an aside: it is not drawn.
    expect(slide.edges.some((e) => e.from === 'f')).toBe(false)
  })

  it('leaves out a cluster that does not fit rather than cutting it', () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i, all) => edge(id, all[i + 1] ?? 'a'))
    const big = ['m', 'n', 'o'].map((id) => edge('l', id))
    const slide = dynamicsSlide(graphOf([...chain, ...big], [['a', 'b', 'c', 'd', 'e', 'f']]))!
    expect(slide.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('is no slide with a single link', () => {
    expect(dynamicsSlide(graphOf([edge('a', 'b')]))).toBeUndefined()
    expect(dynamicsSlide(graphOf([{ ...edge('a', 'b'), firm: true }]))).toBeUndefined()
  })

  it('draws lone links stated outright (firm) after the clusters, and no other lone link', () => {
    const firm = (from: string, to: string, source: string[]) => ({ ...edge(from, to, source), firm: true })
    const slide = dynamicsSlide(graphOf([edge('a', 'b', ['p1.s1']), firm('c', 'd', ['p2.s1']), firm('e', 'f', ['p3.s1'])]))!
    expect(slide.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['c>d', 'e>f'])
    const withCluster = dynamicsSlide(graphOf([edge('a', 'b'), edge('b', 'c'), firm('d', 'e', ['p4.s1']), edge('f', 'g', ['p5.s1'])]))!
    expect(withCluster.nodes.map((n) => n.id)).toEqual(['b', 'a', 'c', 'd', 'e'])
  })

  it('draws a lone link said as a possibility with both sides read outright (sided) beside a firm one, never alone', () => {
    const firm = (from: string, to: string, source: string[]) => ({ ...edge(from, to, source), firm: true, sided: true })
    const sided = (from: string, to: string, source: string[]) => ({ ...edge(from, to, source), sided: true })
    const slide = dynamicsSlide(graphOf([sided('a', 'b', ['p1.s1']), firm('c', 'd', ['p2.s1']), edge('e', 'f', ['p3.s1'])]))!
    expect(slide.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['a>b', 'c>d'])
    expect(dynamicsSlide(graphOf([sided('a', 'b', ['p1.s1']), sided('c', 'd', ['p2.s1'])]))).toBeUndefined()
  })
})

describe('dynamics slide: the loop within the limits', () => {
  const node = (id: string) => ({ id, label: `${id} situation grows`, phrases: [id], source: ['p1.s1'] })
  const edge = (from: string, to: string, source = ['p1.s1']) => ({ from, to, relation: 'increases' as const, cue: 'raises', source })

  it('keeps every link of the loop when more links than fit are stated more often', () => {
    // A loop a → b → a stated once; twelve links among eight situations stated twice each.
    const hub = ['c', 'd', 'e', 'f', 'g', 'h'].flatMap((id) => [edge('a', id, ['p2.s1', 'p3.s1']), edge(id, 'b', ['p2.s1', 'p3.s1'])])
    const edges = [edge('a', 'b'), edge('b', 'a'), ...hub]
    const analysis = { graph: { nodes: [...new Set(edges.flatMap((e) => [e.from, e.to]))].map(node), edges, loops: [['a', 'b']], loopPolarity: ['R'] } } as unknown as Analysis
    const slide = dynamicsSlide(analysis)!
    expect(slide.edges.length).toBe(10)
    expect(slide.edges.filter((e) => (e.from === 'a' && e.to === 'b') || (e.from === 'b' && e.to === 'a'))).toHaveLength(2)
    expect(slide.title).toBe('Dynamics: a reinforcing loop')
  })
})

describe('draft: the timeline reads like the points', () => {
  const events = (text: string) => {
    const slide = buildFromArticle(text, { format: 'markdown' }).outline.slides.find((s) => s.kind === 'timeline')
    return slide?.kind === 'timeline' ? slide.events.map((e) => `${e.date} ${e.text}`) : []
  }

  it('gives an entry opening with a pronoun the name the points read it as ("It filed …" → "The Commission filed …")', () => {
    expect(events('# Ports\n\nThe Commission regulates the ports of the northern coast. In September 2025, it filed a lawsuit against the largest harbour company in the region.\n\nThe harbour company opened a new terminal in March 2024.\n')).toEqual([
      '2024-03 The harbour company opened a new terminal',
      '2025-09 The Commission filed a lawsuit against the largest harbour company in the region',
    ])
  })

  it('shows no entry whose doer is a pronoun no name replaced ("It is a diesel submarine … first built in 1974")', () => {
    expect(events('# Boats\n\nThe party opened a new office in March 2024. The submarine serves in the northern fleet. It is a diesel submarine designed in the 1950s and first built in 1974. The party held a congress in May 2025.\n')).toEqual(['2024-03 The party opened a new office', '2025-05 The party held a congress'])
    expect(events('# War\n\nThe party opened a new office in March 2024. The war still rages. The number of people killed in the war since it began in April 2023 remains contested. The party held a congress in May 2025.\n')).toEqual(['2024-03 The party opened a new office', '2025-05 The party held a congress'])
  })

  it('names the person a "he" stands for from the sentence before, and cites that sentence too', () => {
    const slide = buildFromArticle('# Envoy\n\nHistory will judge the record of Secretary-General Maria Ruiz harshly. When she leaves the envoy’s office on December 31, 2027, she leaves a weaker agency.\n\nThe agency opened a new office in March 2024.\n', { format: 'markdown' }).outline.slides.find((s) => s.kind === 'timeline')
    const entry = slide?.kind === 'timeline' ? slide.events.find((e) => e.date === '2027-12-31') : undefined
    expect(entry?.text).toMatch(/^Maria Ruiz leaves the envoy’s office/)
    expect(entry?.source).toEqual(['p1.s2', 'p1.s1'])
  })

  it('ends no entry on a function word ("the 2018 election that" of a cleft sentence)', () => {
    expect(events('# Votes\n\nBut it was the mayor’s victory in the 2018 election that represented a turning point for the city council. The council approved the budget in 2019.\n')[0]).toBe('2018 The 2018 election')
  })
})

describe('draft: someone’s words, with their speaker', () => {
  const statement = [
    '# Regulator Welcomes the End of the Old Order',
    '',
    'Commission Chairman Jane R. Holloway issued the following statement on the repeal of the old competition order: "Our markets are the most dynamic in the world and lift people out of poverty. They thrive when firms compete on the merits and the state does not pick winners. The old order encouraged rules from the top down and a hostility toward mergers. Today the Commission devotes its resources to enforcing the laws that Congress passed, for the benefit of consumers and workers across the country. Markets that work lower the cost of living and improve the quality of goods for every family."',
    '',
  ].join('\n')

  it('briefs a statement by its words, each point giving the speaker and citing the sentence that names her', () => {
    const { outline } = buildFromArticle(statement, { format: 'markdown' })
    const points = outline.slides.flatMap((s) => (s.kind === 'points' || s.kind === 'takeaways' ? s.points : []))
    expect(points.length).toBeGreaterThan(1)
    for (const p of points) {
      expect(p.text).toMatch(/Jane R\. Holloway/)
      expect(p.source![0]).toBe('p1.s1')
    }
    expect(points.filter((p) => /^Jane R\. Holloway: /.test(p.text)).length).toBeGreaterThan(1)
    // Never the lead that only announces them, as a point or as the cover's message.
    expect(points.map((p) => p.text).join('\n')).not.toMatch(/the following statement$/m)
    expect(outline.slides[0]!.kind === 'cover' && outline.slides[0]!.subtitle).not.toMatch(/the following statement$/)
  })

  it('leaves quoted words off the points when the author’s own claims brief the article', () => {
    const report = [
      '# Sea Level Rose Sharply Last Year',
      '',
      'Global sea level rose sharply last year, driven by a warming climate and a strong El Niño. The rise was about twice the yearly average since 1993. Satellites have measured the height of the sea since 1993. The rate of rise has more than doubled since then. Researchers expect the trend to continue for decades.',
      '',
      '“Rain that normally falls on land ends up in the ocean in El Niño years,” said Josh Reed, a researcher. “That raises sea levels for a while. Then the water returns to the land.”',
      '',
      'The long-term trend is a direct response to global warming from greenhouse gases. Coastal cities will see more frequent floods as the sea rises.',
      '',
    ].join('\n')
    const { outline } = buildFromArticle(report, { format: 'markdown' })
    const points = outline.slides.flatMap((s) => (s.kind === 'points' || s.kind === 'takeaways' ? s.points : []))
    // His words that go on in sentences naming no speaker are no point; a sentence that names him before or after
    // his words may be one, with his name ("Josh Reed: Rain that normally falls …").
    expect(points.map((p) => p.text).join('\n')).not.toMatch(/raises sea levels|water returns/)
    for (const p of points.filter((x) => /Rain that normally falls/.test(x.text))) expect(p.text).toMatch(/^Josh Reed: Rain/)
    // The quotes slide shows his words with his name, but not again those a point shows, nor "That raises …" apart
    // from the words it follows.
    const quotes = outline.slides.find((s) => s.kind === 'quotes')
    const shown = quotes?.kind === 'quotes' ? quotes.quotes : []
    const cited = new Set(points.flatMap((p) => p.source))
    expect(shown.every((q) => q.speaker === 'Josh Reed')).toBe(true)
    for (const q of shown) expect(q.source.every((id) => cited.has(id)), q.text).toBe(false)
    shown.forEach((q, i) => /^That raises/.test(q.text) && expect(shown[i - 1]?.text).toMatch(/^Rain that normally falls/))
    expect(points.some((p) => p.text.startsWith('Josh Reed: Rain')) || shown.some((q) => q.text.startsWith('Rain'))).toBe(true)
  })

  it('shows a long statement on the quotes slide by its first sentences, marking the rest left out, and each voice before a second quote of one', () => {
    const { outline } = buildFromArticle(statement, { format: 'markdown' })
    const quotes = outline.slides.find((s) => s.kind === 'quotes')
    expect(quotes?.kind).toBe('quotes')
    if (quotes?.kind !== 'quotes') return
    const [q] = quotes.quotes
    expect(q!.text.split(/\s+/).length).toBeLessThanOrEqual(61)
    expect(q!.text).toMatch(/ …$/)
    expect(q!.source.length).toBeLessThan(5)
  })
})

describe('draft: the thesis argues', () => {
  it('is never a sentence that only gives a thing its name ("The MRC system is also known as the Typhon missile system")', () => {
    const { outline } = build('tests/eval/corpus/dev/typhon-missile-philippines/article.md')
    const cover = outline.slides[0]!
    expect(cover.kind === 'cover' && cover.source?.length).toBeTruthy()
    if (cover.kind !== 'cover') return
    expect(outline.sentences[cover.source![0]!]).not.toMatch(/\bknown as\b/)
  })

  it('is never an option a report lays out for lawmakers ("Congress may also restrict funds …")', () => {
    for (const slug of ['pentagon-anthropic-dispute', 'us-mexico-trade-usmca-review', 'ecuador-security-crisis-us-relations']) {
      const { outline } = build(`tests/eval/corpus/dev/${slug}/article.md`)
      const cover = outline.slides[0]!
      if (cover.kind !== 'cover') throw new Error('no cover')
      expect(cover.source?.length).toBeTruthy()
      expect(outline.sentences[cover.source![0]!]).not.toMatch(/^(?:Congress|Members)\b.{0,20}\b(?:may|might|could)\b/)
    }
  })
})
