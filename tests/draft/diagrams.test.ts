import { describe, expect, it } from 'vitest'
import { analyse } from '../../src/analyse/index.ts'
import { draftDiagramSlides } from '../../src/draft/diagrams/index.ts'
import { describesOnly, shortNames } from '../../src/draft/diagrams/timeline.ts'
import { ingest } from '../../src/ingest/index.ts'
import type { Actor, ActorType, Analysis, Article, Relation, RelationKind } from '../../src/types.ts'

/** An actors slide drawn from actors and relations alone (no article text is read but the headline). */
function actorsOf(actors: [id: string, type: ActorType, mentions: number, affiliation?: string, name?: string][], relations: [string, RelationKind, string, number?, string?][], title = 'A briefing', author?: string) {
  let n = 0
  const all: Actor[] = actors.map(([id, type, m, affiliation, name]) => ({
    id,
    name: name ?? id.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()),
    type,
    aliases: [],
    mentions: Array.from({ length: m }, (_, i) => `p${i + 1}.s1`),
    ...(affiliation ? { affiliation } : {}),
  }))
  const rels: Relation[] = relations.map(([from, kind, to, times = 1, sentence]) => ({ from, to, kind, source: sentence ? [sentence] : Array.from({ length: times }, () => `p${++n}.s2`) }))
  const analysis: Analysis = { actors: all, relations: rels, events: [], causes: [], quotes: [], salience: {}, meta: [] }
  const article = { meta: { title, author } } as unknown as Article
  const slide = draftDiagramSlides(article, analysis).find((s) => s.kind === 'actors')
  if (slide?.kind !== 'actors') return undefined
  return { slide, edges: slide.edges.map((e) => `${e.from} ${e.kind} ${e.to}`), bloc: (id: string) => slide.nodes.find((x) => x.id === id)?.bloc }
}

describe('actors slide: people and bodies tied to a state', () => {
  const drawn = actorsOf(
    [
      ['united-states', 'state', 20],
      ['malaysia', 'state', 10],
      ['cambodia', 'state', 8],
      ['trump', 'person', 12, 'united-states'],
      ['anwar', 'person', 3, 'malaysia'],
      ['district-court', 'organisation', 2, 'united-states'],
      ['acme', 'company', 6],
    ],
    [
      ['trump', 'cooperation', 'malaysia', 2],
      ['united-states', 'cooperation', 'cambodia', 2],
      ['trump', 'cooperation', 'anwar'],
      ['district-court', 'support', 'acme'],
      ['united-states', 'pressure', 'acme'],
    ],
  )!

  it('folds a leader into the state when he deals with another state', () => {
    expect(drawn.edges).toContain('united-states cooperation malaysia')
    expect(drawn.edges.some((e) => /trump cooperation malaysia/.test(e))).toBe(false)
  })

  it('keeps a leader dealing with another leader, and a court ruling for a company, as themselves', () => {
    expect(drawn.edges).toContain('trump cooperation anwar')
    expect(drawn.edges).toContain('district-court support acme')
    expect(drawn.edges.some((e) => /united-states support acme/.test(e))).toBe(false)
  })
})

describe('actors slide: two agencies of two states', () => {
  it('keeps a state’s agency dealing with another state’s agency that the article is about as itself ("NASA and the Australian Space Agency signed a framework")', () => {
    const drawn = actorsOf(
      [
        ['united-states', 'state', 12],
        ['australia', 'state', 10],
        ['nasa', 'organisation', 9, 'united-states', 'NASA'],
        ['australian-space-agency', 'organisation', 2, 'australia'],
        ['trump', 'person', 6, 'united-states'],
      ],
      [
        ['australian-space-agency', 'cooperation', 'nasa'],
        ['united-states', 'alliance', 'australia', 2],
        ['trump', 'cooperation', 'australia'],
      ],
      'NASA and Australia deepen space ties',
    )!
    expect(drawn.edges).toContain('australian-space-agency cooperation nasa')
    expect(drawn.edges.some((e) => /australia cooperation nasa|nasa cooperation australia/.test(e))).toBe(false)
  })
})

describe('actors slide: two bodies of one state', () => {
  it('draws a court of a state indicting a militia of the same state as themselves, not folded away', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 6],
        ['court', 'organisation', 5, 'a-land'],
        ['militia', 'organisation', 7, 'a-land'],
        ['leader', 'person', 8],
      ],
      [
        ['court', 'pressure', 'militia'],
        ['militia', 'hostility', 'b-land', 2],
        ['leader', 'support', 'militia'],
      ],
    )!
    expect(drawn.edges).toContain('court pressure militia')
  })
})

describe('actors slide: a state body and a court of no state', () => {
  it('draws a domestic court ruling against a ministry as such, not against the ministry’s state; a state body still acts for its state towards the UN', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 6],
        ['transport-ministry', 'organisation', 5, 'a-land'],
        ['district-court', 'organisation', 4],
        ['un', 'organisation', 3, undefined, 'UN'],
        ['mayor', 'person', 6],
      ],
      [
        ['district-court', 'pressure', 'transport-ministry'],
        ['transport-ministry', 'cooperation', 'un'],
        ['a-land', 'tension', 'b-land', 2],
        ['mayor', 'pressure', 'transport-ministry'],
      ],
    )!
    expect(drawn.edges).toContain('district-court pressure transport-ministry')
    expect(drawn.edges.some((e) => /district-court pressure a-land/.test(e))).toBe(false)
    expect(drawn.edges).toContain('a-land cooperation un')
  })
})

describe('actors slide: a group named by a common noun', () => {
  it('keeps a party dealing with "students" as itself, where it folds into its state towards a named armed group', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 5],
        ['b-land', 'state', 4],
        ['party', 'organisation', 3, 'a-land'],
        ['students', 'group', 6, undefined, 'students'],
        ['rebels-front', 'group', 4, undefined, 'Rebels Front'],
      ],
      [
        ['party', 'condemnation', 'students'],
        ['party', 'condemnation', 'rebels-front'],
        ['a-land', 'tension', 'b-land'],
      ],
    )!
    expect(drawn.edges).toContain('party condemnation students')
    expect(drawn.edges).toContain('a-land condemnation rebels-front')
  })
})

describe('actors slide: a protagonist tied to a state', () => {
  it('stays drawn as itself when all it does is deal with states', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 5],
        ['b-land', 'state', 4],
        ['c-land', 'state', 3],
        ['leader', 'person', 20, 'a-land'],
      ],
      [
        ['leader', 'pressure', 'b-land', 2],
        ['leader', 'dialogue', 'c-land'],
        ['b-land', 'cooperation', 'c-land'],
      ],
    )!
    expect(drawn.slide.nodes.map((n) => n.id)).toContain('leader')
    expect(drawn.edges).toContain('leader pressure b-land')
  })
})

describe('actors slide: a protagonist no relation reaches', () => {
  const actors: [string, ActorType, number][] = [
    ['a-land', 'state', 6],
    ['b-land', 'state', 5],
    ['c-land', 'state', 4],
    ['leader', 'person', 20],
    ['gizmo', 'company', 15],
  ]
  const relations: [string, RelationKind, string][] = [
    ['a-land', 'cooperation', 'b-land'],
    ['b-land', 'tension', 'c-land'],
  ]

  it('is drawn on its own, without an edge, when it is among the most mentioned', () => {
    const drawn = actorsOf(actors, relations)!
    expect(drawn.slide.nodes.map((n) => n.id)).toContain('leader')
    expect(drawn.edges.some((e) => e.includes('leader'))).toBe(false)
  })

  it('is drawn on its own as a company only when the headline names it', () => {
    expect(actorsOf(actors, relations)!.slide.nodes.map((n) => n.id)).not.toContain('gizmo')
    expect(actorsOf(actors, relations, 'Gizmo sells to A-land')!.slide.nodes.map((n) => n.id)).toContain('gizmo')
  })

  it('is drawn on its own as a person the headline names as an owner by surname alone ("Deputy Secretary Rowe’s Visit to A-land")', () => {
    const withEnvoy: [string, ActorType, number, string?, string?][] = [...actors.slice(0, 3), ['ann-rowe', 'person', 1, undefined, 'Ann Rowe']]
    expect(actorsOf(withEnvoy, relations, 'Deputy Secretary Rowe’s Visit to A-land')!.slide.nodes.map((n) => n.id)).toContain('ann-rowe')
    // A surname that is only a word of the headline names no one: "Recalls Rowe And Other Products".
    expect(actorsOf(withEnvoy, relations, 'Firm Recalls Rowe And Other Products')!.slide.nodes.map((n) => n.id)).not.toContain('ann-rowe')
  })

  it('is drawn on its own as a body the article keeps naming, not as one it names a few times', () => {
    const withBody = (m: number): [string, ActorType, number][] => [['a-land', 'state', 6], ['b-land', 'state', 5], ['c-land', 'state', 2], ['data-institute', 'organisation', m]]
    expect(actorsOf(withBody(7), relations)!.slide.nodes.map((n) => n.id)).toContain('data-institute')
    expect(actorsOf(withBody(4), relations)!.slide.nodes.map((n) => n.id)).not.toContain('data-institute')
  })

  it('is drawn on its own as a group with a proper name the article keeps naming, not as a group named by a common noun', () => {
    const withGroup = (id: string, name: string): [string, ActorType, number, string?, string?][] => [['a-land', 'state', 9], ['b-land', 'state', 8], ['c-land', 'state', 2], [id, 'group', 6, undefined, name]]
    expect(actorsOf(withGroup('red-brigade', 'Red Brigade'), relations)!.slide.nodes.map((n) => n.id)).toContain('red-brigade')
    expect(actorsOf(withGroup('researchers', 'researchers'), relations)!.slide.nodes.map((n) => n.id)).not.toContain('researchers')
  })

  it('is not the author who tells the story as "I": she is drawn for a relation or not at all', () => {
    const told: [string, ActorType, number, string?, string?][] = [...actors, ['jane-doe', 'person', 25, undefined, 'Jane Doe']]
    expect(actorsOf(told, relations)!.slide.nodes.map((n) => n.id)).toContain('jane-doe')
    expect(actorsOf(told, relations, 'A briefing', 'Jane Doe')!.slide.nodes.map((n) => n.id)).not.toContain('jane-doe')
    const related = actorsOf(told, [...relations, ['jane-doe', 'cooperation', 'a-land']], 'A briefing', 'Jane Doe')!
    expect(related.edges).toContain('jane-doe cooperation a-land')
  })

  it('draws a person the article keeps naming on her own too, beyond the most mentioned, where there is room', () => {
    const more: [string, ActorType, number][] = [...actors, ['rival', 'person', 3], ['passer', 'person', 2]]
    const ids = actorsOf(more, relations)!.slide.nodes.map((n) => n.id)
    expect(ids).toContain('rival')
    expect(ids).not.toContain('passer')
  })
})

describe('actors slide: how much it needs', () => {
  const actors: [string, ActorType, number][] = [
    ['a-land', 'state', 12],
    ['b-land', 'state', 10],
    ['c-land', 'state', 3],
    ['assembly', 'organisation', 8],
    ['traders', 'group', 2],
  ]

  it('is drawn with one relation when it joins two named actors the article is about', () => {
    const drawn = actorsOf(actors, [['a-land', 'cooperation', 'b-land', 2]])!
    expect(drawn.edges).toEqual(['a-land cooperation b-land'])
    expect(drawn.slide.nodes.map((n) => n.id)).toContain('assembly')
  })

  it('is not drawn with one relation that reaches an actor the article is not about, or a group named by a common noun', () => {
    expect(actorsOf(actors, [['a-land', 'cooperation', 'c-land', 2]])).toBeUndefined()
    const common = actorsOf([['a-land', 'state', 12], ['traders', 'group', 11, undefined, 'traders'], ['assembly', 'organisation', 8], ['b-land', 'state', 3]], [['traders', 'pressure', 'a-land', 2]])
    expect(common).toBeUndefined()
  })
})

describe('actors slide: choosing the eight actors', () => {
  it('counts one sentence listing four signatories as one act for each, not three relations', () => {
    const signed: [string, RelationKind, string, number?, string?][] = []
    const parties = ['agency', 'state-dot', 'city-dot', 'bridge-authority']
    for (const [i, a] of parties.entries()) for (const b of parties.slice(i + 1)) signed.push([a, 'cooperation', b, 1, 'p9.s1'])
    const drawn = actorsOf(
      [
        ['agency', 'organisation', 15],
        ['secretary', 'person', 14],
        ['city', 'state', 10],
        ['state-dot', 'organisation', 1],
        ['city-dot', 'organisation', 1],
        ['bridge-authority', 'organisation', 5],
        ['transit-authority', 'organisation', 5],
        ['court', 'organisation', 4],
        ['governor', 'person', 2],
      ],
      [
        ...signed,
        ['secretary', 'pressure', 'agency', 2],
        ['transit-authority', 'pressure', 'secretary'],
        ['court', 'pressure', 'secretary', 2],
        ['secretary', 'pressure', 'city'],
        ['secretary', 'pressure', 'governor'],
      ],
    )!
    const ids = drawn.slide.nodes.map((x) => x.id)
    expect(ids).toContain('transit-authority')
    expect(ids).not.toContain('state-dot')
  })
})

describe('actors slide: blocs', () => {
  it('puts no trade partners in one bloc when one presses the other as often, but keeps allies that press each other', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['c-land', 'state', 8],
        ['d-land', 'state', 7],
      ],
      [
        ['a-land', 'cooperation', 'b-land', 3],
        // c-land trades with a-land once and restricts its goods once: no partner.
        ['c-land', 'cooperation', 'a-land'],
        ['c-land', 'pressure', 'a-land'],
        // d-land is a-land's ally, which a-land presses once.
        ['a-land', 'alliance', 'd-land'],
        ['a-land', 'pressure', 'd-land'],
        ['b-land', 'alliance', 'd-land'],
      ],
    )!
    expect(drawn.bloc('b-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('d-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('c-land')).toBeUndefined()
  })

  it('gathers a bloc around one actor allied to every member, not partners of partners', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['c-land', 'state', 8],
        ['d-land', 'state', 7],
      ],
      [
        // b-land is allied to a-land and c-land: they are its bloc. d-land is allied only to c-land, a partner's partner.
        ['a-land', 'alliance', 'b-land', 2],
        ['b-land', 'alliance', 'c-land'],
        ['c-land', 'alliance', 'd-land'],
      ],
    )!
    expect(drawn.bloc('a-land')).toBe('B Land and allies')
    expect(drawn.bloc('c-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('d-land')).toBeUndefined()
  })

  it('puts two trade partners of one actor in its bloc only when the article ties them to each other too', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['c-land', 'state', 8],
        ['d-land', 'state', 7],
      ],
      [
        // "A-land cooperates with B-land" and "with C-land": B-land and C-land may be rivals.
        ['a-land', 'cooperation', 'b-land', 2],
        ['a-land', 'cooperation', 'c-land'],
        // d-land cooperates with both a-land and b-land: it joins them.
        ['a-land', 'cooperation', 'd-land'],
        ['b-land', 'cooperation', 'd-land'],
      ],
    )!
    expect(drawn.bloc('b-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('d-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('c-land')).toBeUndefined()
  })

  it('puts in a bloc only actors tied by alliance or cooperation, not a state merely less opposed to it', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['c-land', 'state', 8],
        ['d-land', 'state', 7],
        ['e-land', 'state', 6],
      ],
      [
        ['a-land', 'alliance', 'b-land', 2],
        ['c-land', 'cooperation', 'd-land', 2],
        // e-land quarrels with c-land and only talks with a-land: it belongs to no bloc.
        ['e-land', 'hostility', 'c-land', 2],
        ['e-land', 'dialogue', 'a-land'],
      ],
    )!
    expect(drawn.bloc('a-land')).toBeDefined()
    expect(drawn.bloc('b-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('d-land')).toBe(drawn.bloc('c-land'))
    expect(drawn.bloc('e-land')).toBeUndefined()
  })

  it('puts no court in a bloc, even with the side it cooperates or agrees with', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['district-court', 'organisation', 6, undefined, 'District Court'],
        ['acme', 'company', 6],
      ],
      [
        ['a-land', 'cooperation', 'b-land', 2],
        ['district-court', 'cooperation', 'acme'],
        ['a-land', 'pressure', 'acme'],
      ],
    )!
    expect(drawn.bloc('b-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('district-court')).toBeUndefined()
    expect(drawn.bloc('acme')).toBeUndefined()
  })

  it('puts a state with the state that backs it, but not a company with the court that rules for it', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['rebels', 'group', 8],
        ['court', 'organisation', 3],
        ['acme', 'company', 6],
      ],
      [
        ['a-land', 'support', 'b-land', 2],
        ['rebels', 'hostility', 'b-land', 2],
        ['court', 'support', 'acme'],
        ['a-land', 'pressure', 'acme'],
      ],
    )!
    expect(drawn.bloc('a-land')).toBeDefined()
    expect(drawn.bloc('b-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('acme')).toBeUndefined()
    expect(drawn.bloc('court')).toBeUndefined()
  })

  it('keeps apart two partners of one state that quarrel as often as they cooperate, or that only talk', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 9],
        ['c-land', 'state', 8],
        ['d-land', 'state', 7],
      ],
      [
        ['a-land', 'cooperation', 'b-land', 3],
        ['a-land', 'cooperation', 'c-land', 2],
        ['a-land', 'cooperation', 'd-land', 1],
        // b-land and c-land quarrel as often as they cooperate: the weights favour their ties, yet the article sets
        // them against each other.
        ['b-land', 'cooperation', 'c-land', 2],
        ['b-land', 'tension', 'c-land', 2],
        // b-land and d-land only hold talks: the article does not make them partners.
        ['b-land', 'dialogue', 'd-land', 2],
      ],
    )!
    expect(drawn.bloc('b-land')).toBe(drawn.bloc('a-land'))
    expect(drawn.bloc('c-land')).not.toBe(drawn.bloc('b-land'))
    expect(drawn.bloc('d-land')).not.toBe(drawn.bloc('b-land'))
  })
})

describe('actors slide: a civil war', () => {
  it('keeps a militia at war with its own state’s army as itself when a foreign state backs it', () => {
    const drawn = actorsOf(
      [
        ['a-land', 'state', 10],
        ['b-land', 'state', 4],
        ['a-land-army', 'organisation', 5, 'a-land'],
        ['militia', 'organisation', 7, 'a-land'],
      ],
      [
        ['militia', 'hostility', 'a-land-army', 2],
        ['b-land', 'support', 'militia'],
      ],
    )!
    expect(drawn.edges).toContain('b-land support militia')
    expect(drawn.edges.some((e) => /b-land support a-land$/.test(e))).toBe(false)
  })
})

describe('draft: what the timeline says of an event', () => {
  // A timeline needs two events: each text gets this one too, left out of what is compared.
  const OTHER = 'The port authority opened a new terminal in May 1990.'
  const eventTexts = (text: string) => {
    const article = ingest(`Trade news\n\n${text}\n\n${OTHER}`, { format: 'text' })
    const slide = draftDiagramSlides(article, analyse(article)).find((s) => s.kind === 'timeline')
    return slide?.kind === 'timeline' ? slide.events.map((e) => e.text).filter((t) => t !== 'The port authority opened a new terminal') : []
  }

  it('names a party by the acronym the text gives it where the whole name would cut the entry before its verb', () => {
    expect(
      eventTexts('Since 2022, the Grand Duchy of Borduria (GDB, or Borduria) and the Democratic Republic of Ruritania (DRR) have expanded and deepened their relationship in ways that may erode regional security.'),
    ).toEqual(['GDB and DRR have expanded and deepened their relationship'])
  })

  it('leaves out a link\'s language tag ("launched [pt] a petition")', () => {
    expect(eventTexts('In September 2010, the Xingu movement launched [pt] a petition opposing the dam.')).toEqual(['The Xingu movement launched a petition opposing the dam'])
  })

  it('leaves out an entry it could only show cut off inside its clause, unless the timeline would have too few events without it', () => {
    const cut = 'In February 2022, Rena Kovac, a harbour board official during the Vale administration, wrote that the one-year dredging goal was meant to provide enough time "to generate a regional response to any northern move to close the channel."'
    const third = 'In June 2024, the Ministry of Commerce opened two inquiries into excess steel capacity.'
    const texts = eventTexts(`${cut}\n\n${third}`)
    expect(texts).toEqual(['Ministry of Commerce opened two inquiries into excess steel capacity'])
    expect(texts.some((t) => t.endsWith('…'))).toBe(false)
    // With two events in all, the cut entry stays: without it there would be no timeline.
    expect(eventTexts(cut)).toEqual(['Rena Kovac wrote that the one-year dredging goal…'])
  })

  it('draws no timeline for one dated event: one entry shows no order', () => {
    const article = ingest('Trade news\n\nIn March 2024, the Ministry of Commerce opened two inquiries into excess steel capacity.', { format: 'text' })
    expect(analyse(article).events).toHaveLength(1)
    expect(draftDiagramSlides(article, analyse(article)).find((s) => s.kind === 'timeline')).toBeUndefined()
  })

  it('condenses a long event to a whole clause, not a cut with "…" ("… opened two inquiries", not "… of the Trade…")', () => {
    expect(eventTexts('In March 2024, the Ministry of Commerce opened two inquiries under Section 12 of the Foreign Trade Act of 1990 into excess steel capacity and the ban on imports of goods made by forced labour.')).toEqual(['Ministry of Commerce opened two inquiries under Section 12 of the Foreign Trade Act'])
  })

  it('cuts before a title a naming participle gives ("… signed an Executive Order [titled “…”]"), not inside it with "…"', () => {
    expect(eventTexts('On May 12, 2025, the Governor signed an Executive Order titled “Restoring Fair Harbour Pricing for the Fishing Fleets of the Northern Coast” directing the port authority to cut its fees.')).toEqual(['The Governor signed an Executive Order'])
  })

  it('tells a report or a ruling too long for the line by who said what ("Harbour Board: …"), not cut after "that" with "…"', () => {
    expect(eventTexts('On August 5, 2025, the Northern Harbour Oversight Board (NHOB) determined that the ministry had violated the Port Funding Act by withholding dredging funds from obligation and expenditure.')).toEqual(['NHOB: The ministry had violated the Port Funding Act by withholding dredging funds'])
    expect(eventTexts('In February 2026, the Supreme Court held that the Northern Coast Fisheries Protection Act (NCFPA) does not authorize the imposition of landing fees on foreign trawlers.')).toEqual(['Supreme Court: NCFPA does not authorize the imposition of landing fees on foreign trawlers'])
    // A verb of saying in its written form only ("announced", "declared"; not their lemmas) reports as well.
    expect(eventTexts('On August 5, 2025, the Northern Harbour Oversight Board (NHOB) announced that the ministry had violated the Port Funding Act by withholding dredging funds from obligation and expenditure.')).toEqual(['NHOB: The ministry had violated the Port Funding Act by withholding dredging funds'])
  })

  it('never ends an entry on a naming participle whose name was cut ("signed an Executive Order titled: “…”")', () => {
    const texts = eventTexts('On May 12, 2025, Governor Ann Vale signed an Executive Order titled: “Cleaner Harbours for Every Coastal Community” directing the port authority to take numerous actions to bring harbour fees in line with those paid in similar ports.')
    expect(texts).toHaveLength(1)
    expect(texts[0]).toMatch(/signed an Executive Order/)
    expect(texts[0]).not.toMatch(/titled:?$/)
  })

  it('tells what only says what something is ("The fund is an emergency reserve fund") from an act, a passive or a feat', () => {
    expect(describesOnly('The Harbour Fund is an emergency reserve fund')).toBe(true)
    expect(describesOnly('The October 27 election will be a test of whether one emerges')).toBe(true)
    expect(describesOnly('Harbour Day is not a public holiday')).toBe(true)
    expect(describesOnly('The ceasefire was signed')).toBe(false)
    expect(describesOnly('The Eagle was the first craft to land on the Moon')).toBe(false)
    expect(describesOnly('The council created the fund')).toBe(false)
  })

  it('tells the act a concession joins to a description ("X is not a holiday, though public laws designated X")', () => {
    expect(eventTexts('Harbour Day is not a federal holiday, though public laws designated Harbour Day on March 21, 1975 (P.L. 94-8).')).toEqual(['Public laws designated Harbour Day'])
  })

  it('leaves out an entry that opens on the end of a list of dates, with no subject ("July 25, 1990, refined …")', () => {
    const texts = eventTexts('Course corrections on May 21, 1989, March 13, 1990, and July 25, 1990, refined the path as the probe completed its journey to the comet on Aug. 10, 1990, entering orbit.')
    expect(texts.filter((t) => /^(?:July|Jul|March|May)\b/.test(t))).toEqual([])
    expect(texts.some((t) => /^\w+ \d+, \d{4},/.test(t))).toBe(false)
    // Nor one that lost its subject before the list ("Refined the path as …").
    expect(texts.filter((t) => /^Refined\b/.test(t))).toEqual([])
  })

  it('shortens a name to the acronym the text gives it only when the acronym spells the whole name', () => {
    expect(shortNames('the Government Accountability Office (GAO) found')).toBe('GAO found')
    expect(shortNames('the Department of Health and Human Services (HHS) said')).toBe('the Department of Health and Human Services (HHS) said')
    expect(shortNames('an existing fund—the Land and Water Conservation Fund (LWCF), and The Harbour Board (HB)')).toBe('an existing fund—the LWCF, and HB')
  })

  it('tells an event by its main clause, not the clause of time that leads to it ("when …, A and B condemned …")', () => {
    expect(eventTexts('In September 2025, when the United States said it had no immediate plans to pull the launchers out of the islands, Ruritania and Borduria condemned the deployment as fueling an arms race.')).toEqual(['Ruritania and Borduria condemned the deployment as fueling an arms race'])
  })

  it('cuts at the end of a clause, not inside a name ("… in the District Court", not "… for the Northern District…")', () => {
    expect(eventTexts('In March 2026, Northwind filed a civil complaint in the U.S. District Court for the Northern District of California and a petition for review in the U.S. Court of Appeals for the D.C. Circuit challenging these orders.')).toEqual(['Northwind filed a civil complaint in the U.S. District Court'])
    expect(eventTexts('In 1977, Parliament added a restriction that the fund\'s loans could not exceed six months unless the Prime Minister notified Parliament that "unique or exigent circumstances" were present (Act 95-147).')).toEqual(["Parliament added a restriction that the fund's loans could not exceed six months"])
  })

  it('never opens with a reference back ("This follows the flight of …"): a noun phrase event ends where its participle starts', () => {
    expect(eventTexts('On 4 March 2019, Ruritania attempted its second missile launch. This follows the Japanese Navy’s flight of a patrol aircraft escorted by two Korean fighter jets over the Northern Strait in a show of strength and solidarity with its partner three days after the launch.')).toEqual([
      'Ruritania attempted its second missile launch',
      'Japanese Navy’s flight of a patrol aircraft',
    ])
  })

  it('leaves out an event that is only someone saying ("In June 2023, the navy reported," before a quotation)', () => {
    expect(eventTexts('The navy opened a new base in May 2022. In June 2023, the navy reported,\n\nThe Harbour Office successfully demonstrated the launch of a new patrol boat from the base.')).toEqual(['The navy opened a new base'])
  })

  it('leaves out someone telling a hearer with nothing said ("the minister told the Herald in 2021"), keeps what was told', () => {
    expect(eventTexts('The navy opened a new base in May 2022. "We stand by it," the minister told the Herald in 2021. The admiral told parliament in 2023 that the base had closed.')).toEqual(['The navy opened a new base', 'The admiral told parliament that the base had closed'])
  })

  it('never shows an act without its doer ("Supported his election"): with no name for the subject, the entry is left out', () => {
    const texts = eventTexts('The senator voted against the bill in 2021, and in 2023 backed its successor. The court opened its inquiry in March 2022.')
    expect(texts.some((t) => /^Backed/.test(t))).toBe(false)
    expect(texts).toContain('The court opened its inquiry')
  })

  it('tells a dated clause of time as a clause of its own ("Tolling was scheduled …", not "Shortly before tolling was …"), and drops a verb whose subject it lost ("Were located …")', () => {
    expect(eventTexts('Shortly before tolling was scheduled to go into effect on June 30, 2024, Governor Vale temporarily halted the program.')).toEqual(['Tolling was scheduled to go into effect'])
    for (const aside of ['vehicle carrier Alliance Fairfax, container ships APL Eagle and Maersk Yorktown in the MSP fleet, and tankers CS Anthem and Stena Imperative in the TSP fleet', 'the carrier Alliance Fairfax and the tanker Stena Imperative in the reserve fleet'])
      expect(eventTexts(`Five of these vessels—${aside}—were located in the Persian Gulf in February 2026.`).some((t) => /\bwere located\b/i.test(t))).toBe(false)
  })

  it('leaves out someone described by a relative clause, its only verb ("a commander who later served as Chief of Staff")', () => {
    const texts = eventTexts('The M-9 tank is named for General Jan Kowal, a cavalry commander who later served as Army Chief of Staff from 1972 to 1974.')
    expect(texts.some((t) => /who later served/.test(t))).toBe(false)
  })

  it('keeps a relative clause on the subject whole when the date is the main verb’s ("The officer who led the raid was promoted")', () => {
    expect(eventTexts('The officer who led the raid was promoted in June 1985.')).toEqual(['The officer who led the raid was promoted'])
  })

  it('leaves out a text that tells no act: a gerund\'s clause with no verb of its own ("Reaching the gas giant")', () => {
    const texts = eventTexts('Reaching the outer planet in 2030, the probe will orbit the planet while flying by its moons dozens of times, dipping as close as 16 miles from the surface of the largest moon to gather data with its instruments.')
    expect(texts.some((t) => /^Reaching\b/.test(t))).toBe(false)
  })

  it('drops a list\'s later members, not the verb after them ("The governments of A … launched", not "… and C…")', () => {
    expect(eventTexts('In March 2022, the governments of Ruritania, the Kingdom of Borduria (KB), and the Republic of Syldavia launched the "NORTHSEA" maritime partnership, which is intended to provide Ruritania with patrol vessels for its coast.')).toEqual(['The governments of Ruritania … launched the "NORTHSEA" maritime partnership'])
  })

  it('drops a name\'s appositive before its verb, its closing comma missing ("Jan Kowal paid a visit")', () => {
    expect(eventTexts('At the invitation of the Prime Minister, His Excellency Jan Kowal, President of the Federal Democratic Republic of Northern Ruritania paid a State Visit to Borduria on 6 May 2025.')).toEqual(['His Excellency Jan Kowal paid a State Visit to Borduria'])
  })

  it('ends a cut on a verb with only a time after it ("… appear to differ"), never on a noun a clause goes on from ("noted the country[ faced …]")', () => {
    expect(eventTexts("In May 2024, the two governments' readings of the scope and terms of the fishing accord appeared to differ after a tense meeting between their senior negotiators.")).toEqual(["The two governments' readings of the scope and terms of the fishing accord appeared to differ"])
    expect(eventTexts('In 2024, the first strategic review of the Ruritanian defence ministry noted the country faced its hardest security environment since the end of the war.')[0]).toMatch(/…$/)
  })

  it('leaves a footnote mark and the quotation mark of a dropped relative clause out ("[1] … ”")', () => {
    expect(eventTexts('[1] A first draft of the charter, which was then called the “Stewardship Compact,” was written into our founding documents in 2019, and it was revised later.')).toEqual(['A first draft of the charter was written into our founding documents'])
  })

  it('marks a cut inside a clause with "…" ("… testified that the republic…")', () => {
    expect(eventTexts('In May 2023, the former army chief of staff General Mark Jones of the Northern Command testified that the neighbouring republic on the eastern border could produce enough fissile material for one bomb within two weeks of a decision.')).toEqual(['Mark Jones of the Northern Command testified that the neighbouring republic…'])
  })

  it('never cuts a whole-looking entry inside a noun phrase ("a series[ of measures]", "the second agreement with a leading[ pharmaceutical …]")', () => {
    expect(eventTexts('In April 2025, the Ministry of Fisheries and the Coastal Protection Agency announced a series of measures to phase out all petroleum-based marine fuels from the nation’s coastal fishing fleet.')).toEqual(['Coastal Protection Agency announced a series of measures'])
    expect(eventTexts('On 16 October 2025, Prime Minister Jan Kowal announced the second agreement with a leading pharmaceutical manufacturer to bring Ruritanian drug prices in line with the lowest prices paid by other developed nations (known as the most-favored-nation, or MFN, price).')).toEqual(['Prime Minister Jan Kowal announced the second agreement'])
  })

  it('never shows a clause that stops inside a quotation (\'… the establishment of "clear, concise\')', () => {
    expect(eventTexts('In 2025, Parliament amended the licensing process to direct the establishment of "clear, concise, and specific guidance to be used within" the ministry and by applicants for "standardizing the licensing process across regions" (Act 118-272).')).toEqual(['Parliament amended the licensing process'])
  })
})

describe('actors slide: a list of signatories', () => {
  const states = ['angola', 'brazil', 'ghana', 'norway', 'peru', 'spain']
  const each = states.flatMap((a, i) => states.slice(i + 1).map((b): [string, RelationKind, string, number, string] => [a, 'cooperation', b, 1, 'p1.s1']))

  it('draws no map when every relation is one sentence relating five actors or more each with each', () => {
    expect(actorsOf(states.map((id) => [id, 'state', 1]), each)).toBeUndefined()
  })

  it('still draws one sentence’s relations of one actor with each of the others', () => {
    const star = states.slice(1).map((b): [string, RelationKind, string, number, string] => ['angola', 'cooperation', b, 1, 'p1.s1'])
    expect(actorsOf(states.map((id) => [id, 'state', 1]), star)?.edges).toHaveLength(5)
  })

  it('leaves a list out of a map drawn from the relations of their own ("the envoys of A, B, C, D and E met in Rome", then "C fought D")', () => {
    const own: [string, RelationKind, string, number, string][] = [
      ['peru', 'tension', 'spain', 1, 'p2.s1'],
      ['ghana', 'cooperation', 'peru', 1, 'p3.s1'],
    ]
    const drawn = actorsOf(states.map((id) => [id, 'state', 1]), [...each, ...own])!
    expect([...drawn.edges].sort()).toEqual(['ghana cooperation peru', 'peru tension spain'])
    expect(drawn.slide.edges.every((e) => !e.source.includes('p1.s1'))).toBe(true)
    // With only one relation of its own, the list makes no map.
    expect(actorsOf(states.map((id) => [id, 'state', 1]), [...each, own[0]!])).toBeUndefined()
  })
})

describe('draft: a sentence that dates several events', () => {
  it('stands once on the timeline, at the date of the event whose own clause its line tells', () => {
    const article = ingest(
      'Trade news\n\nThe Borduria Trade Commission today issued an order filing and settling charges against Acme Grain, finding that on multiple trading days its positions exceeded the limits.\n\nThe port authority opened a new terminal in May 1990.',
      { format: 'text' },
    )
    const analysis = analyse(article)
    const terminal = analysis.events.find((e) => e.date === '1990-05')!
    const id = article.sentences[0]!.id
    analysis.events = [
      terminal,
      { date: '2013-05', label: 'May 2013', text: 'Acme Ltd., located in Stamford, Connecticut, finding that on multiple trading days', source: [id] },
      { date: '2018-04-30', label: '30 Apr 2018', text: 'The Borduria Trade Commission issued an order filing and settling charges against Acme Grain', source: [id] },
    ]
    const slide = draftDiagramSlides(article, analysis).find((s) => s.kind === 'timeline')
    const events = slide?.kind === 'timeline' ? slide.events.filter((e) => e.source.includes(id)) : []
    expect(events.map((e) => e.date)).toEqual(['2018-04-30'])
    expect(events[0]!.text).toContain('issued an order')
  })
})
