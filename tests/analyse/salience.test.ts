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
})
