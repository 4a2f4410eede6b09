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
})
