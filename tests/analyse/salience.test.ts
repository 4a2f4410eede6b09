import { describe, expect, it } from 'vitest'
import { analyse } from '../../src/analyse/index.ts'
import { ingest } from '../../src/ingest/index.ts'

const salience = (body: string) => {
  const article = ingest(Buffer.from(`# Dogs and dementia\n\n${body}\n`), { name: 'a.md' })
  return analyse(article).salience
}

describe('salience: the author telling what they did', () => {
  // The same sentence but for its subject: the author's own doing scores lower than the same doing by others.
  const body = (subject: string) =>
    `${subject} compared the brains of old dogs with the brains of people with dementia in a large study. Old dogs develop dementia like people. Dementia in dogs is common in old age.`

  it('scores "We compared …" below "They compared …"', () => {
    expect(salience(body('We'))['p1.s1']!).toBeLessThan(salience(body('They'))['p1.s1']!)
  })

  it('does not lower the author\'s findings or views ("we found", "I think")', () => {
    const found = (subject: string) =>
      `${subject} found that the brains of old dogs change like the brains of people with dementia. Old dogs develop dementia like people. Dementia in dogs is common in old age.`
    expect(salience(found('We'))['p1.s1']).toBe(salience(found('They'))['p1.s1'])
  })

  it('does not lower a statement\'s demand or announcement ("I call on …", "We condemn …"), only a verb that names ("what I have called …")', () => {
    const demand = (subject: string, verb: string) =>
      `${subject} ${verb} the owners of old dogs to bring them to the clinic for a brain scan every year. Old dogs develop dementia like people. Dementia in dogs is common in old age.`
    expect(salience(demand('I', 'call on'))['p1.s1']).toBe(salience(demand('They', 'call on'))['p1.s1'])
    expect(salience(demand('We', 'condemn'))['p1.s1']).toBe(salience(demand('They', 'condemn'))['p1.s1'])
    const naming = (subject: string) => `The change is what ${subject} called the slow forgetting of dogs in a book on old dogs and their owners. Old dogs develop dementia like people.`
    expect(salience(naming('I'))['p1.s1']!).toBeLessThan(salience(naming('they'))['p1.s1']!)
  })
})

describe('salience: relation cues count where they name a relation', () => {
  // "block" names a relation as a verb only ("moved to block the deal"); a block of flats names none.
  const flats = (noun: string) =>
    `A ${noun} of flats near the old port will house the new dock workers from next year. The port is busy. The dock workers arrive in spring.`

  it('does not count a verb-only cue used as a noun ("a block of flats") as a relation cue', () => {
    expect(salience(flats('block'))['p1.s1']).toBe(salience(flats('tower'))['p1.s1'])
  })
})
