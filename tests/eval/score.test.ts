/**
 * The eval's scorer, on hand-made decks over the bundled article: a deck that misses claims, cuts points,
 * draws a wrong edge or an unsupported causal link scores lower than one that does not. The annotation here
 * is written for the test (the corpus's own annotations are data the scorer reads, not what it is tested on).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AnnotationSchema, type Annotation } from '../../src/eval/annotation.ts'
import { matchesKeywords, sentencesOfQuote } from '../../src/eval/match.ts'
import { scoreArticle, type ArticleScore } from '../../src/eval/score.ts'
import { ingest } from '../../src/ingest/index.ts'
import type { Outline, Slide } from '../../src/outline.ts'
import { checkOutline } from '../../src/quality/index.ts'

const article = ingest(readFileSync('articles/north-korea-no-strategic-reprieve.txt'), { name: 'north-korea.txt' })
const idOf = (quote: string) => sentencesOfQuote(article, quote)[0]!
const ID = {
  businessAsUsual: idOf('Beijing’s official policy towards the North remains business-as-usual'),
  lessOptimistic: idOf('China seems less optimistic about multilateral solutions'),
  condemn: idOf('did not hesitate to swiftly condemn'),
  justifies: idOf('a North Korean nuclear test that justifies Japanese defence modernisation'),
  sixParty: idOf('Beijing’s call for a resumption of the Six-Party Talks on 21 January'),
  talks2008: idOf('previous round of Six-Party Talks took place in 2008'),
}

const annotation: Annotation = AnnotationSchema.parse({
  article: 'articles/north-korea-no-strategic-reprieve.txt',
  title: 'North Korea – No Strategic Reprieve for Sino-US Tensions',
  kind: 'geopolitics',
  about_states: true,
  published: '2016-01',
  annotated: 'test',
  thesis: { quote: 'China seems less optimistic about multilateral solutions', claim: 'China is less optimistic.' },
  claims: [
    { claim: 'Policy unchanged', keywords: [['Beijing', 'China'], ['business-as-usual']] },
    { claim: 'Less optimistic', keywords: [['China'], ['less optimistic']] },
  ],
  actors: [
    { name: 'China', type: 'state', aliases: ['Beijing'], protagonist: true },
    { name: 'North Korea', type: 'state', aliases: ['Pyongyang'], protagonist: true },
    { name: 'United States', type: 'state', aliases: ['US', 'Washington'] },
  ],
  not_actors: ['Western Pacific'],
  relations: [
    { from: 'China', to: 'North Korea', kind: 'condemnation', directed: true, quote: 'did not hesitate to swiftly condemn' },
    { from: 'United States', to: 'China', kind: 'pressure', directed: true, quote: 'Washington has urged Beijing to halt its key exports' },
  ],
  opposed: [['China', 'United States']],
  events: [
    { date: '2016-01-21', what: 'China calls for Six-Party Talks', keywords: [['Six-Party']], quote: 'Beijing’s call for a resumption of the Six-Party Talks on 21 January' },
    { date: '2008', what: 'last round of talks', keywords: [['Six-Party', 'talks']], quote: 'previous round of Six-Party Talks took place in 2008' },
  ],
  causes: [
    {
      cause: 'nuclear test',
      cause_keywords: [['test']],
      effect: 'Japanese defence modernisation',
      effect_keywords: [['Japan'], ['defence', 'modernisation']],
      relation: 'justifies',
      quote: 'a North Korean nuclear test that justifies Japanese defence modernisation',
    },
  ],
})

function outlineOf(slides: Slide[]): Outline {
  return {
    version: 1,
    meta: { title: article.meta.title, credits: [], minutes: 15, published: '2016-01' },
    slides,
    sentences: Object.fromEntries(article.sentences.map((s) => [s.id, s.text])),
  }
}

const goodSlides: Slide[] = [
  { kind: 'cover', title: 'North Korea', subtitle: 'China seems less optimistic about multilateral solutions', source: [ID.lessOptimistic] },
  {
    kind: 'points',
    title: 'Beijing’s policy towards the North remains business-as-usual',
    points: [
      { text: 'Beijing’s official policy towards the North remains business-as-usual', source: [ID.businessAsUsual] },
      { text: 'China seems less optimistic about multilateral solutions', source: [ID.lessOptimistic] },
    ],
  },
  {
    kind: 'actors',
    title: 'Who stands where',
    nodes: [
      { id: 'china', label: 'China' },
      { id: 'north-korea', label: 'North Korea' },
      { id: 'us', label: 'US' },
    ],
    edges: [
      { from: 'china', to: 'north-korea', kind: 'condemnation', source: [ID.condemn] },
      { from: 'us', to: 'china', kind: 'pressure', source: [ID.businessAsUsual] },
    ],
  },
  {
    kind: 'timeline',
    title: 'Timeline',
    events: [
      { date: '2008', text: 'previous round of Six-Party Talks', source: [ID.talks2008] },
      { date: '2016-01-21', text: 'Beijing’s call for a resumption of the Six-Party Talks', source: [ID.sixParty] },
    ],
  },
  {
    kind: 'dynamics',
    title: 'Dynamics',
    nodes: [
      { id: 'test', label: 'North Korea’s nuclear test' },
      { id: 'japan-defence', label: 'Japanese defence modernisation' },
    ],
    edges: [{ from: 'test', to: 'japan-defence', label: 'justifies', source: [ID.justifies] }],
  },
]

function score(slides: Slide[]): ArticleScore {
  const outline = outlineOf(slides)
  return scoreArticle({
    slug: 'test',
    split: 'dev',
    annotation,
    article,
    outline,
    findings: checkOutline(outline, { published: '2016-01', generated: true }),
    notes: slides.map(() => ''),
  })
}

const share = (r: { n: number; of: number }) => (r.of ? r.n / r.of : 0)
const replace = (i: number, slide: Slide) => goodSlides.map((s, k) => (k === i ? slide : s))

describe('the eval scorer', () => {
  const good = score(goodSlides)

  it('gives a faithful, complete deck full marks where it is right', () => {
    expect(good.claimsCovered).toEqual({ n: 2, of: 2 })
    expect(good.thesis).toBe(true)
    expect(good.titlesClaim).toEqual({ n: 1, of: 1 })
    expect(good.pointsCut.n).toBe(0)
    expect(good.faithful.n).toBe(good.faithful.of)
    expect(good.edgePrecision).toEqual({ n: 2, of: 2 })
    expect(good.edgesContradicted.n).toBe(0)
    expect(good.protagonists).toEqual({ n: 2, of: 2 })
    expect(good.eventsRightYear).toEqual({ n: 2, of: 2 })
    expect(good.dynamicsEdgesSupported).toEqual({ n: 1, of: 1 })
    expect(good.rawCueLabels.n).toBe(0)
  })

  it('scores a deck that misses a claim and cuts a point lower', () => {
    const bad = score(
      replace(1, {
        kind: 'points',
        title: 'Background (1/2)',
        points: [{ text: 'Beijing’s official policy towards the North …', source: [ID.businessAsUsual] }],
      }),
    )
    expect(share(bad.claimsCovered)).toBeLessThan(share(good.claimsCovered))
    expect(bad.pointsCut.n).toBe(1)
    expect(bad.titlesClaim.n).toBe(0)
    expect(bad.titlesLabel.n).toBe(1)
  })

  it('counts a friendly edge between opposed actors as a contradiction, and a missing protagonist', () => {
    const bad = score(
      replace(2, {
        kind: 'actors',
        title: 'Who stands where',
        nodes: [
          { id: 'china', label: 'China', bloc: 'B' },
          { id: 'us', label: 'US', bloc: 'B' },
          { id: 'pacific', label: 'Western Pacific' },
        ],
        edges: [{ from: 'china', to: 'us', kind: 'alliance', source: [ID.condemn] }],
      }),
    )
    expect(share(bad.edgePrecision)).toBeLessThan(share(good.edgePrecision))
    expect(bad.edgesContradicted.n).toBe(1)
    expect(bad.blocPairsWrong.n).toBe(1)
    expect(bad.nonActorNodes.n).toBe(1)
    expect(share(bad.protagonists)).toBeLessThan(1)
  })

  it('catches a wrong year, an unsupported link and a raw cue label', () => {
    const timeline = score(
      replace(3, { kind: 'timeline', title: 'T', events: [{ date: '2015-01-21', text: 'Six-Party Talks', source: [ID.sixParty] }] }),
    )
    expect(timeline.eventsRightYear).toEqual({ n: 0, of: 1 })
    const dynamics = score(
      replace(4, {
        kind: 'dynamics',
        title: 'D',
        nodes: [
          { id: 'test', label: 'North Korea’s nuclear test' },
          { id: 'countries', label: 'countries' },
        ],
        edges: [{ from: 'test', to: 'countries', label: 'in the wake of', source: [ID.lessOptimistic] }],
      }),
    )
    expect(dynamics.dynamicsEdgesSupported).toEqual({ n: 0, of: 1 })
    expect(dynamics.rawCueLabels).toEqual({ n: 1, of: 1 })
    expect(dynamics.dynamicsNodesMeaningful.n).toBeLessThan(2)
  })

  it('sees through a point whose words are not the cited sentence’s', () => {
    const bad = score(
      replace(1, {
        kind: 'points',
        title: 'China backs the North',
        points: [{ text: 'China strongly supports North Korea', source: [ID.businessAsUsual] }],
      }),
    )
    expect(bad.faithful.n).toBeLessThan(bad.faithful.of)
  })
})

describe('keyword groups', () => {
  it('need every group, any alternative, at word starts', () => {
    expect(matchesKeywords('Beijing’s policy remains business-as-usual', [['China', 'Beijing'], ['business-as-usual']])).toBe(true)
    expect(matchesKeywords('Beijing’s policy', [['China', 'Beijing'], ['business-as-usual']])).toBe(false)
    expect(matchesKeywords('new sanctions', [['sanction']])).toBe(true)
    expect(matchesKeywords('unsanctioned', [['sanction']])).toBe(false)
  })
})
