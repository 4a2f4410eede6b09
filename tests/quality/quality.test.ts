/**
 * The quality report's rules, each on a small outline that breaks it and one that does not, and the report as
 * the CLI writes it (located findings, counts, --strict limits).
 */
import { describe, expect, it } from 'vitest'
import { locateInOutline, stringifyOutline, type Outline, type Slide } from '../../src/outline.ts'
import { checkOutline, fragmentOf, overStrictLimits } from '../../src/quality/index.ts'
import { isCompression } from '../../src/quality/faithful.ts'
import { qualityReport, qualitySummary } from '../../src/quality/report.ts'

const sentences = {
  'p1.s1': 'Much to Washington’s dismay, however, Beijing’s official policy towards the North remains business-as-usual, despite the censure.',
  'p1.s2': 'This move deepens Seoul’s embeddedness in the missile defence matrix, which threatens Beijing.',
  'p2.s1': '“We will not yield,” said the minister.',
}

function outline(slides: Slide[]): Outline {
  return { version: 1, meta: { title: 'T', credits: [], minutes: 15, published: '2016-01-25' }, slides, sentences }
}
const rules = (slides: Slide[], generated = true) => checkOutline(outline(slides), { published: '2016-01-25', generated }).map((f) => f.ruleId)

describe('quality rules', () => {
  it('accept a claim title with faithful, whole points', () => {
    expect(
      rules([
        {
          kind: 'points',
          title: 'Beijing’s policy towards the North remains business-as-usual',
          points: [{ text: 'Beijing’s official policy towards the North remains business-as-usual, despite the censure', source: ['p1.s1'] }],
        },
      ]),
    ).toEqual([])
  })

  it('flag label titles, cut and dangling points, unfaithful words', () => {
    expect(
      rules([
        {
          kind: 'points',
          title: 'China and the US (1/2)',
          points: [
            { text: 'Beijing’s official policy towards the North …', source: ['p1.s1'] },
            { text: 'This move deepens Seoul’s embeddedness in the missile defence matrix', source: ['p1.s2'] },
            { text: 'Beijing strongly supports the North', source: ['p1.s1'] },
          ],
        },
      ]).sort(),
    ).toEqual(['point-cut', 'point-dangling', 'title-not-claim', 'unfaithful', 'unfaithful'])
    // A label is no claim, and its word is not the cited sentence's either.
    expect(rules([{ kind: 'points', title: 'Background', points: [{ text: 'Beijing’s official policy remains business-as-usual', source: ['p1.s1'] }] }])).toEqual(['title-not-claim', 'unfaithful'])
  })

  it('flag a point whose subject, after an opening phrase, is a pronoun for someone not on the slide', () => {
    const own = {
      'p1.s1': 'Last season he was suspended twice for fighting.',
      'p1.s2': 'At the summit, Trump said he would sign the deal.',
      'p1.s3': 'In a statement, it is likely the league will appeal.',
    }
    const check = (text: string, id: keyof typeof own) =>
      checkOutline({ ...outline([{ kind: 'points', title: 'Players were suspended for fighting', points: [{ text, source: [id] }] }]), sentences: own }, { generated: true })
        .filter((f) => f.ruleId === 'point-dangling')
        .map((f) => f.message)
    expect(check('Last season he was suspended twice for fighting', 'p1.s1')).toEqual(['the point\'s subject "he" refers back to something not on the slide'])
    expect(check('At the summit, Trump said he would sign the deal', 'p1.s2')).toEqual([])
    expect(check('In a statement, it is likely the league will appeal', 'p1.s3')).toEqual([])
  })

  it('read a title with the sentences one of its points cites together, but not across points', () => {
    // "This move" named from the sentence before: the point and its title cite both.
    const merged = { text: 'Beijing’s official policy … deepens Seoul’s embeddedness in the missile defence matrix', source: ['p1.s1', 'p1.s2'] }
    expect(rules([{ kind: 'points', title: 'Beijing’s official policy deepens Seoul’s embeddedness', points: [merged] }])).not.toContain('unfaithful')
    const apart = [
      { text: 'Beijing’s official policy towards the North remains business-as-usual', source: ['p1.s1'] },
      { text: 'This move deepens Seoul’s embeddedness in the missile defence matrix', source: ['p1.s2'] },
    ]
    expect(rules([{ kind: 'points', title: 'Beijing’s official policy deepens Seoul’s embeddedness', points: apart }])).toContain('unfaithful')
  })

  it('call a user’s own words theirs in an edited outline', () => {
    const slides: Slide[] = [{ kind: 'points', title: 'Beijing holds its course', points: [{ text: 'My own summary of the policy', source: [] }] }]
    expect(rules(slides, false)).toEqual(['own-words', 'own-words'])
  })

  it('flag duplicates, quotes without a speaker, late dates, lonely nodes and unsourced edges', () => {
    const found = rules([
      { kind: 'points', title: 'Beijing’s policy remains business-as-usual', points: [{ text: 'Beijing’s official policy remains business-as-usual', source: ['p1.s1'] }] },
      { kind: 'takeaways', title: 'Takeaways', points: [{ text: 'Beijing’s official policy remains business-as-usual', source: ['p1.s1'] }] },
      { kind: 'quotes', title: 'Q', quotes: [{ text: 'We will not yield', source: ['p2.s1'] }] },
      { kind: 'timeline', title: 'T', events: [{ date: '2016-03', text: 'later', source: ['p1.s1'] }, { date: '2015', text: 'earlier', source: ['p1.s1'] }] },
      {
        kind: 'actors',
        title: 'A',
        nodes: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }],
        edges: [{ from: 'a', to: 'b', kind: 'tension', source: [] }],
      },
    ])
    expect(found.sort()).toEqual(['date-after-publication', 'duplicate', 'edge-no-source', 'node-no-edge', 'quote-no-speaker'])
  })
})

describe('fragments', () => {
  it('take a point that ends where its cited sentence ends as whole, even on a preposition ("… where they came from")', () => {
    const own = { ...outline([]), sentences: { 'p1.s1': 'By the time they arrive at Earth it can be hard to work out where they came from.', 'p1.s2': 'The board raised its fees in May for every member.', 'p1.s3': 'We recommend that the board tell all members about' } }
    const slide = (text: string, source: string[]): Slide => ({ kind: 'points', title: 'The board raised its fees', points: [{ text, source }] })
    const fragments = (text: string, source: string[]) =>
      checkOutline({ ...own, slides: [slide(text, source)] }, { published: '2016-01-25', generated: true }).filter((f) => f.ruleId === 'point-fragment')
    expect(fragments('It can be hard to work out where they came from', ['p1.s1'])).toEqual([])
    expect(fragments('The board raised its fees in', ['p1.s2'])).toHaveLength(1)
    // A sentence cut off where a page ended (no closing mark) is no whole sentence to end with.
    expect(fragments('We recommend that the board tell all members about', ['p1.s3'])).toHaveLength(1)
  })

  it('flag a point that stops on an auxiliary mid-phrase, not one whose verb is left out after "than" or "the way"', () => {
    expect(fragmentOf('Fees for these tickets would')).toMatch(/ends on "would"/)
    expect(fragmentOf('Fans paid more than the tickets were worth, and the resale prices are')).toMatch(/ends on "are"/)
    expect(fragmentOf('Computer use lets the model work inside live applications, the way a person at a keyboard would')).toBeUndefined()
    expect(fragmentOf('Ticketers know more about the fees than consumers are')).toBeUndefined()
  })

  it('accept a preposition stranded after its pronoun and "be" closing an embedded question, not a loose preposition', () => {
    expect(fragmentOf('It is time to plan for the markets we might find ourselves in')).toBeUndefined()
    expect(fragmentOf('The gap reflects how narrowly concentrated current adoption is')).toBeUndefined()
    expect(fragmentOf('The board raised its fees for the')).toMatch(/ends on "the"/)
    expect(fragmentOf('The board raised its fees in')).toMatch(/ends on "in"/)
    expect(fragmentOf('The gap is large and the adoption is')).toMatch(/ends on "is"/)
    expect(fragmentOf('If the pressure is meant to sway voters, it is unclear how effective it will be')).toBeUndefined()
    expect(fragmentOf('The new tariffs on steel imports will be')).toMatch(/ends on "be"/)
    // A preposition stranded by the question word of its clause ("what … is for").
    expect(fragmentOf('Many voters want a different kind of council, built on a new idea of what a council is for')).toBeUndefined()
    expect(fragmentOf('Many voters want a different kind of council that is for')).toMatch(/ends on "for"/)
    // The last word of a hyphenated compound is the compound ("head-on"), not its part after the hyphen.
    expect(fragmentOf('Those who build the tools must address their effects head-on')).toBeUndefined()
  })
})

describe('faithful compression', () => {
  it('allows dropping words and changing case, punctuation and inflection, never new words or a new order', () => {
    expect(isCompression('Beijing’s policy remains business-as-usual', [sentences['p1.s1']])).toBe(true)
    expect(isCompression('beijing policy remained business as usual', [sentences['p1.s1']])).toBe(true)
    expect(isCompression('Business-as-usual remains Beijing’s policy', [sentences['p1.s1']])).toBe(false)
    expect(isCompression('Beijing’s policy remains hostile', [sentences['p1.s1']])).toBe(false)
    // A speaker's label may name who the sentence says spoke after the words; the words themselves keep their order.
    expect(isCompression('Jane Roe: Markets that work lower costs', ['“Markets that work lower costs for all,” said Jane Roe.'])).toBe(true)
    expect(isCompression('Jane Roe: Costs lower markets that work', ['“Markets that work lower costs for all,” said Jane Roe.'])).toBe(false)
    expect(isCompression('John Doe: Markets that work lower costs', ['“Markets that work lower costs for all,” said Jane Roe.'])).toBe(false)
  })
})

describe('the report', () => {
  it('locates each finding in outline.yaml and counts by rule', () => {
    const o = outline([{ kind: 'points', title: 'Background', points: [{ text: 'Beijing’s official policy …', source: ['p1.s1'] }] }])
    const text = stringifyOutline(o)
    const findings = checkOutline(o, { generated: true })
    const report = qualityReport(findings, { outlineFile: 'outline.yaml', locate: (paths) => locateInOutline(text, paths) })
    expect(report.counts['title-not-claim']).toBe(1)
    expect(report.counts['point-cut']).toBe(1)
    const title = report.findings.find((f) => f.ruleId === 'title-not-claim')!
    expect(text.split('\n')[title.place!.line - 1]).toContain('title: Background')
    expect(report.overLimits.map((o) => o.ruleId)).toEqual(['point-cut', 'unfaithful'])
    expect(qualitySummary(report, 'quality.json')[0]).toMatch(/3 findings \(title-not-claim 1, point-cut 1, unfaithful 1\)/)
    expect(overStrictLimits([])).toEqual([])
  })
})
