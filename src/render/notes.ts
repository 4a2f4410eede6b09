import type { Outline, Slide } from '../outline/schema.ts'
import { formatClock, timeSlides, type SlideTiming } from '../timing.ts'
import { noteText } from './escape.ts'
import { talkingPoints } from './talking-points.ts'

/**
 * A slide's speaker notes, once, for every format that carries them: `slideNotes` says what the notes hold (plain
 * text, in blocks), `notesMarkdown` writes them into slides.md (Slidev's presenter view, the handout) and
 * `notesLines` as plain paragraphs (the PowerPoint file's notes). A new kind of content is a new block type here,
 * written out by both, so every format picks it up.
 *
 * notesMarkdown(slideNotes(outline, 3)) → "- Talking point\n\nSources:\n\n> “…” (p2.s1)\n\nTiming: ≈1:30, at 9:00 of 15:00"
 */

export type NoteBlock =
  /** Talking points: one item per line, as a list. */
  | { type: 'list'; items: string[] }
  /** Quoted article sentences under a heading, each with its sentence id. */
  | { type: 'quotes'; heading: string; items: Array<{ text: string; id: string }> }
  /** A line of its own (the timing cue). */
  | { type: 'paragraph'; text: string }

/**
 * The notes of slide `index` (0-based) of `outline`: the talking points, the article's sentences behind the slide
 * verbatim, then a timing cue. `timings` (from `timeSlides(outline)`) saves working them out again per slide.
 */
export function slideNotes(outline: Outline, index: number, timings: SlideTiming[] = timeSlides(outline)): NoteBlock[] {
  const slide = outline.slides[index]
  const timing = timings[index]
  if (!slide || !timing) throw new RangeError(`slideNotes: the outline has no slide ${index}`)
  const ids = slideSources(slide)
  // The outline's own notes, then talking points written from the outline as it is (talking-points.ts).
  const points = [...(slide.notes ?? []), ...talkingPoints(outline, index)]
  return [
    ...(points.length ? [{ type: 'list' as const, items: points }] : []),
    ...(ids.length
      ? [
          {
            type: 'quotes' as const,
            heading: 'Sources:',
            items: ids.filter((id) => outline.sentences[id] !== undefined).map((id) => ({ text: outline.sentences[id]!, id })),
          },
        ]
      : []),
    {
      type: 'paragraph',
      text: `Timing: ≈${formatClock(timing.seconds)}, at ${formatClock(timing.startsAt)} of ${formatClock(outline.meta.minutes * 60)}`,
    },
  ]
}

/** The notes as Markdown for slides.md, every text escaped for Slidev's notes (escape.ts `noteText`). */
export function notesMarkdown(blocks: NoteBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'list':
          return block.items.map((item) => `- ${noteText(item)}`).join('\n')
        case 'quotes':
          return `${noteText(block.heading)}\n\n${block.items.map((q) => `> ${inMarks(noteText(q.text))} (${q.id})`).join('\n>\n')}`
        case 'paragraph':
          return noteText(block.text)
      }
    })
    .join('\n\n')
}

/** One paragraph of notes as plain text; `bullet` marks an item of a list. */
export interface NoteLine {
  text: string
  bullet?: boolean
}

/** The notes as plain paragraphs, an empty one between blocks (for formats that are not Markdown). */
export function notesLines(blocks: NoteBlock[]): NoteLine[] {
  return blocks.flatMap((block, i): NoteLine[] => {
    const gap = i > 0 ? [{ text: '' }] : []
    switch (block.type) {
      case 'list':
        return [...gap, ...block.items.map((item) => ({ text: oneLine(item), bullet: true }))]
      case 'quotes':
        return [...gap, { text: oneLine(block.heading) }, ...block.items.map((q) => ({ text: `${inMarks(oneLine(q.text))} (${q.id})` }))]
      case 'paragraph':
        return [...gap, { text: oneLine(block.text) }]
    }
  })
}

/** Every sentence id a slide cites, once, in order. */
export function slideSources(slide: Slide): string[] {
  const lists: string[][] = []
  if ('points' in slide) lists.push(...slide.points.map((p) => p.source))
  if ('quotes' in slide) lists.push(...slide.quotes.map((q) => q.source))
  if ('events' in slide) lists.push(...slide.events.map((e) => e.source))
  if ('edges' in slide) lists.push(...slide.edges.map((e) => e.source))
  if (slide.kind === 'cover' && slide.source) lists.push(slide.source)
  return [...new Set(lists.flat())]
}

/**
 * A source sentence in quotation marks, unless it opens with its own: "“We will respond,” she said." is shown as it
 * is, not as "““We will respond,” she said.”".
 */
function inMarks(text: string): string {
  return /^["“‘«„]/.test(text) ? text : `“${text}”`
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\t\v\f]+/g, ' ').replace(/\s{2,}/g, ' ').trim()
}
