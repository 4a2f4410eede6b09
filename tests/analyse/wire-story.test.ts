import { describe, expect, it } from 'vitest'
import { analyse } from '../../src/analyse/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { linked } from './helpers.ts'

/**
 * A news-agency story written for this test (not a real article): a wire dateline, a third party urging two
 * rivals to talk, a body and the organisation it belongs to, a supporter named by a possessive, and yearless
 * dates in the dateline's month.
 */
const STORY = `Rivals urged to show restraint

NEW DELHI, 29 April 2025 - Tensions between India and Pakistan rose sharply after the attack last week.

The United States urged Pakistan to cooperate with India in the investigation. China hopes that both countries will resume dialogue and jointly keep the peace.

The UN Security Council condemned the attack, while a UN spokesperson urged India and Pakistan to show restraint.

Pakistan's foreign ministry expressed deep appreciation for China's unwavering support.

India on April 23 suspended the water treaty. On April 28, Pakistan closed its airspace to Indian flights.

Relations have long been marked by crises, such as the Uri attack in 2016 and the Pulwama attack in 2019.

In October, India said trade with Pakistan fell to US$2 million in the year ended March 31.
`

describe('a wire story', () => {
  const article = ingest(STORY, { name: 'story.txt' })
  const analysis = analyse(article)

  it('takes the dateline as the publication date, and starts the first paragraph after it', () => {
    expect(article.meta.date).toBe('29 April 2025')
    expect(article.sentences[0]!.text).toBe('Tensions between India and Pakistan rose sharply after the attack last week.')
  })

  it('does not read cooperation or talks that a third party only asks or hopes for', () => {
    expect(linked(analysis, 'india', 'pakistan', ['tension'])).toBe(true)
    expect(linked(analysis, 'india', 'pakistan', ['cooperation', 'dialogue', 'alliance', 'support'])).toBe(false)
    expect(linked(analysis, 'china', 'india', ['cooperation', 'dialogue'])).toBe(false)
    expect(analysis.relations.some((r) => r.from === 'united-states' && r.to === 'pakistan' && r.kind === 'pressure')).toBe(true)
  })

  it('never relates a body to the organisation it belongs to', () => {
    const ids = analysis.actors.map((a) => a.id)
    const council = ids.find((id) => /security-council/.test(id))
    expect(council).toBeDefined()
    expect(analysis.relations.some((r) => [r.from, r.to].includes(council!) && [r.from, r.to].includes('un'))).toBe(false)
  })

  it('makes the possessor of “support” the supporter', () => {
    const support = analysis.relations.filter((r) => r.kind === 'support')
    expect(support.length).toBeGreaterThan(0)
    for (const r of support) expect(r.from).toBe('china')
  })

  it('dates yearless days from the dateline, and says what happened on each', () => {
    const events = analysis.events.map((e) => `${e.date} ${e.text}`)
    expect(events).toContain('2025-04-23 India suspended the water treaty')
    expect(events.some((e) => e.startsWith('2025-04-28 Pakistan closed its airspace'))).toBe(true)
  })

  it('reads "US$" as a currency, and one statement as one event however many dates it names', () => {
    expect(analysis.actors.some((a) => a.id === 'united-states' && a.mentions.some((m) => m.startsWith('p7.')))).toBe(false)
    const statement = analysis.events.filter((e) => e.text.startsWith('India said trade with Pakistan fell'))
    expect(statement.map((e) => e.date)).toEqual(['2024-10']) // the October before the dateline
  })

  it('names each dated item of a list by its own noun phrase', () => {
    const events = analysis.events.map((e) => `${e.date} ${e.text}`)
    expect(events).toContain('2016 the Uri attack')
    expect(events).toContain('2019 the Pulwama attack')
  })
})

describe('a second wire story', () => {
  const STORY2 = `Leaders call for calm

India launched strikes on sites in Pakistan overnight. Delhi is accusing Pakistan of supporting militants, a charge Islamabad denies.

"The UK government is urging India and Pakistan to show restraint," the foreign secretary said.
`
  const analysis = analyse(ingest(STORY2, { name: 'story2.txt' }))

  it('finds the state named after an opening quote, and "urging" as pressure', () => {
    expect(analysis.actors.find((a) => a.id === 'united-kingdom')?.mentions).toContain('p2.s1')
    expect(analysis.relations.some((r) => r.from === 'united-kingdom' && r.to === 'india' && r.kind === 'pressure')).toBe(true)
  })

  it('reads an accusation as condemnation, and support of a thing as no relation', () => {
    expect(analysis.relations.some((r) => r.from === 'india' && r.to === 'pakistan' && r.kind === 'condemnation')).toBe(true)
    expect(linked(analysis, 'india', 'pakistan', ['hostility'])).toBe(true)
    expect(linked(analysis, 'india', 'pakistan', ['support', 'cooperation', 'alliance'])).toBe(false)
  })
})
