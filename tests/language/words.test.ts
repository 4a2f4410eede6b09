/**
 * hasWord answers "does the article write this word, as a whole word?" for the actor rules ("Brown" is no surname
 * where the article also writes "brown"). It must answer the same for a sentence and for a whole 1 MiB article.
 */
import { describe, expect, it } from 'vitest'
import { hasWord, quoteDepthAfter } from '../../src/language/index.ts'

/** The definition, as a regular expression: `word` with no letter or digit either side. */
const byPattern = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text)

const TEXTS = [
  'the brown fox',
  'Brown, brown.',
  'an x-ray and the X-ray',
  'U.S. forces and US forces',
  'a😀b 😀 café naïve étude',
  'ab1 1ab ab',
  'über über-all',
  'Kim Jong-un met “quoted” people',
  '',
]
const WORDS = ['brown', 'Brown', 'ray', 'x-ray', 'U.S.', 'U.S', 'S.', 'b', '😀', 'caf', 'café', 'ab', '1', 'über', 'all', 'Jong-un', 'Jong', 'un', 'quoted', '“quoted”', 'tude', 'a', 'the brown', ' ', '']

describe('hasWord', () => {
  it('finds whole words only, in short texts and in long ones', () => {
    expect(hasWord('Brown, brown.', 'brown')).toBe(true)
    expect(hasWord('Browning', 'brown')).toBe(false)
    expect(hasWord('a😀b café', 'caf')).toBe(false)
    expect(hasWord('Kim Jong-un', 'Jong')).toBe(true)
    const long = `${'Browning went home. '.repeat(2_000)}The X-ray showed it.`
    expect(hasWord(long, 'brown')).toBe(false)
    expect(hasWord(long, 'Browning')).toBe(true)
    expect(hasWord(long, 'X-ray')).toBe(true)
    expect(hasWord(`${long} a brown dog`, 'brown')).toBe(true)
  })

  it('agrees with its definition on every pair of words and texts, short or long', () => {
    const padding = 'plain words between them. '.repeat(600)
    for (const text of [...TEXTS, ...TEXTS.map((t) => `${padding}${t}${padding}`)])
      for (const word of WORDS) expect(hasWord(text, word), `${JSON.stringify(word)} in ${JSON.stringify(text.slice(0, 40))}…`).toBe(byPattern(text, word))
  })
})

describe('quoteDepthAfter', () => {
  it('reads a straight mark as closing inside a quotation and opening outside one', () => {
    expect(quoteDepthAfter(0, 'She said: "The lives of the officers were threatened.')).toBe(1)
    expect(quoteDepthAfter(1, 'To save them, he fired a shot."')).toBe(0)
    expect(quoteDepthAfter(0, 'He called it "a disgrace" on Monday.')).toBe(0)
    // Curly marks say which way they face.
    expect(quoteDepthAfter(1, 'And thanks to the team, it may teach us.”')).toBe(0)
    expect(quoteDepthAfter(0, '“We will rebuild.')).toBe(1)
  })
})
