import { describe, expect, it } from 'vitest'
import { notesLines, notesMarkdown, renderDeck, slideNotes } from '../../src/render/index.ts'
import { timeSlides } from '../../src/timing.ts'
import { talkingPoints } from '../../src/render/talking-points.ts'
import { sampleOutline } from '../outline/fixture.ts'

describe('speaker notes, written once for every format', () => {
  const outline = sampleOutline()

  it('holds the talking points, the cited sentences verbatim, and the timing cue', () => {
    expect(slideNotes(outline, 2)).toEqual([
      // The outline's own note first, then the talking points written from the slide (talking-points.ts).
      { type: 'list', items: ['Two points.', ...talkingPoints(outline, 2)] },
      {
        type: 'quotes',
        heading: 'Sources:',
        items: [
          { text: 'Alpha swiftly condemned the test.', id: 'p1.s1' },
          { text: 'Beta and Gamma agreed to share intelligence.', id: 'p1.s2' },
          { text: 'An analyst tweeted, “Just what we do not need.”', id: 'p2.s1' },
        ],
      },
      { type: 'paragraph', text: expect.stringMatching(/^Timing: ≈\d+:\d\d, at \d+:\d\d of 10:00$/) },
    ])
    expect(slideNotes(outline, 8)).toEqual([
      { type: 'list', items: talkingPoints(outline, 8) },
      { type: 'paragraph', text: expect.stringMatching(/^Timing: /) },
    ])
    expect(slideNotes(outline, 3, timeSlides(outline))).toEqual(slideNotes(outline, 3))
    expect(() => slideNotes(outline, 99)).toThrow(RangeError)
  })

  it('are what slides.md carries', () => {
    const deck = renderDeck(outline)
    outline.slides.forEach((_, i) => expect(deck).toContain(`<!--\n${notesMarkdown(slideNotes(outline, i))}\n-->`))
  })

  it('read as plain paragraphs elsewhere: points as bullets, blocks apart, quotes with their ids', () => {
    const lines = notesLines(slideNotes(outline, 2))
    const talk = talkingPoints(outline, 2).length
    expect(lines.slice(0, 1)).toEqual([{ text: 'Two points.', bullet: true }])
    expect(lines.slice(1, 1 + talk).every((l) => l.bullet)).toBe(true)
    expect(lines.slice(1 + talk, 5 + talk)).toEqual([
      { text: '' },
      { text: 'Sources:' },
      { text: '“Alpha swiftly condemned the test.” (p1.s1)' },
      { text: '“Beta and Gamma agreed to share intelligence.” (p1.s2)' },
    ])
    expect(lines.at(-2)).toEqual({ text: '' })
    expect(lines.at(-1)!.text).toMatch(/^Timing: /)
  })

  it('mark a source sentence as quoted once, also when it opens with a quotation of its own', () => {
    const quoted = sampleOutline()
    quoted.sentences['p1.s1'] = '“We will respond,” the minister said.'
    const lines = notesLines(slideNotes(quoted, 2)).map((l) => l.text)
    expect(lines).toContain('“We will respond,” the minister said. (p1.s1)')
    expect(lines).toContain('“Beta and Gamma agreed to share intelligence.” (p1.s2)')
    expect(notesMarkdown(slideNotes(quoted, 2))).toContain('> “We will respond,” the minister said. (p1.s1)')
  })

  it('escape article text for Slidev in Markdown only', () => {
    const hostile = sampleOutline()
    hostile.slides[0] = { ...hostile.slides[0]!, notes: ['a --> b [click] <img>'] }
    expect(notesMarkdown(slideNotes(hostile, 0))).toContain('- a \\-\\-> b &#91;click\\] &lt;img>')
    expect(notesLines(slideNotes(hostile, 0))[0]).toEqual({ text: 'a --> b [click] <img>', bullet: true })
  })
})
