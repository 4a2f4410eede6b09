/**
 * The tagger is the base of trimming, titles, actors and causes: the same text must be tagged the same way
 * whenever it is read, or a batch of articles would draft a deck other than a single run does.
 */
import { describe, expect, it } from 'vitest'
import { tagWords } from '../../src/language/tagger.ts'

const show = (text: string) => tagWords(text).map((w) => `${w.text}/${w.pos}`).join(' ')

describe('tagWords', () => {
  it('tags a possessive the same way the first time and every time after (wink keeps a word it has seen whole)', () => {
    for (const text of ["Most people know someone with Alzheimer's disease.", 'Researchers study Ozymandias’s dogs.']) {
      const first = show(text)
      expect(show(text)).toBe(first)
      expect(show(`${text} Again.`).startsWith(first.replace(/ \.\/PUNCT$/, ''))).toBe(true)
      expect(first).toMatch(/ ['’]s\/PART /)
    }
  })

  it('keeps offsets into the text for the split word', () => {
    const text = "Alzheimer's disease"
    const words = tagWords(text)
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(words.map((w) => w.text))
    expect(words.slice(0, 2).map((w) => w.text)).toEqual(['Alzheimer', "'s"])
  })
})
