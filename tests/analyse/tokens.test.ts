import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/analyse/tokens.ts'

describe('tokenize', () => {
  it('reads an apostrophe after a plural as its possessive, not a closing single quote', () => {
    const [, services, next] = tokenize("the Services' budget")
    expect(services).toMatchObject({ text: 'Services', possessive: true })
    expect(next?.text).toBe('budget')
    expect(tokenize('the allies’ plans').map((t) => t.text)).toEqual(['the', 'allies', 'plans'])
    const quoted = tokenize('they said ‘the allies’ plans')
    expect(quoted.find((t) => t.text === 'allies')?.possessive).toBe(false)
  })

  it('reads a name joined by a hyphen to a participle of backing as two words ("Rwanda-backed"), other hyphened words as one', () => {
    const tokens = tokenize('the Rwanda-backed M23 and a UK-based firm')
    expect(tokens.map((t) => t.text)).toEqual(['the', 'Rwanda', 'backed', 'M23', 'and', 'a', 'UK-based', 'firm'])
    expect(tokens[2]).toMatchObject({ joined: true, start: 11, end: 17 })
    expect(tokenize('a well-known F-35 deal').map((t) => t.text)).toEqual(['a', 'well-known', 'F-35', 'deal'])
  })
})
