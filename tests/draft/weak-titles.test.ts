import { describe, expect, it } from 'vitest'
import { isWeakTitle } from '../../src/draft/weak-titles.ts'

describe('weak headlines (a slide takes one only when none of its points has a better one)', () => {
  it('finds a bare passive or a feeling after "be" at the end', () => {
    expect(isWeakTitle('The Delta 4 rocket was developed')).toBe(true)
    expect(isWeakTitle('The product specifications are typically reviewed')).toBe(true)
    expect(isWeakTitle('Scientists are especially excited')).toBe(true)
  })

  it('finds a demonstrative pointing back before the subject and verb', () => {
    expect(isWeakTitle('Among these individuals are six members')).toBe(true)
    expect(isWeakTitle('All of these initiatives took place')).toBe(true)
  })

  it('finds a demonstrative inside the subject, before its verb, unless it names a time', () => {
    expect(isWeakTitle('Members of this group supported the visiting athletes')).toBe(true)
    expect(isWeakTitle('The combined effect of these new rules would be a cut in capital')).toBe(true)
    expect(isWeakTitle('Exports in this quarter rose by a fifth')).toBe(false)
    expect(isWeakTitle('The ministry of this country rejected the offer')).toBe(true)
  })

  it('finds a pronoun standing for what the headline does not name, but not an expletive "it"', () => {
    expect(isWeakTitle('It accounts for only 24% of U.S. GDP')).toBe(true)
    expect(isWeakTitle('They received more than 62% of all tax benefits')).toBe(true)
    expect(isWeakTitle('It is critical for Congress to act')).toBe(false)
  })

  it('finds a request to the reader ("Imagine …", "Consider …"), not a claim that opens on a verb of the same form', () => {
    expect(isWeakTitle('Imagine you let the software reason')).toBe(true)
    expect(isWeakTitle('Consider the case of the harbour fund')).toBe(true)
    expect(isWeakTitle('Regulators consider the harbour fund a risk')).toBe(false)
  })

  it('finds an announcement of what follows ("Here’s how …", "Here is where …"), not a claim that opens on "Here"', () => {
    expect(isWeakTitle('Here’s how the fund has grown in stages')).toBe(true)
    expect(isWeakTitle('Here is where I say the thing')).toBe(true)
    expect(isWeakTitle('Here the river floods every spring')).toBe(false)
  })

  it('finds a title that ends on the one a verb of asking or telling addresses ("We urge those countries", "The governor told thousands of citizens")', () => {
    expect(isWeakTitle('We urge those countries')).toBe(true)
    expect(isWeakTitle('The governor told hundreds of thousands of citizens')).toBe(true)
    expect(isWeakTitle('President Roe directed federal agencies')).toBe(true)
    expect(isWeakTitle('We urge those countries to ratify the treaty')).toBe(false)
    expect(isWeakTitle('Commercial services will encourage innovation')).toBe(false)
  })

  it('keeps a claim: an object, a possibility, a demonstrative after the verb', () => {
    expect(isWeakTitle('The army developed a lighter tank')).toBe(false)
    expect(isWeakTitle('Anyone who falls ill can be isolated')).toBe(false)
    expect(isWeakTitle('Food labelling would also be improved')).toBe(false)
    expect(isWeakTitle('The auditors reached this conclusion')).toBe(false)
    expect(isWeakTitle('The plan was rejected by the Senate')).toBe(false)
  })
})
