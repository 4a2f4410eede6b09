/**
 * What a points slide shows under its title: its points less one that only repeats the title word for word (a
 * short sentence whose headline is the whole of it). The title already says it, so the slide, its PowerPoint
 * copy and the talking points state it once, with that point's sources beside the title. A slide's only point
 * stays. The outline keeps every point: an editor who rewrites the title sees the point again.
 *
 * slideEvidence({ title: 'Prices rose', points: [{ text: 'Prices rose.', source: ['p1.s1'] }, b] }) →
 *   { points: [b], titleSource: ['p1.s1'] }
 */
import type { Point, SlideOf } from './schema.ts'

export interface SlideEvidence {
  points: Point[]
  /** The sources of the point the title repeats; empty when it repeats none. */
  titleSource: string[]
}

export function slideEvidence(slide: Pick<SlideOf<'points'>, 'title' | 'points'>): SlideEvidence {
  const title = wording(slide.title)
  const echo = slide.points.length > 1 ? slide.points.find((p) => wording(p.text) === title) : undefined
  return echo ? { points: slide.points.filter((p) => p !== echo), titleSource: echo.source } : { points: slide.points, titleSource: [] }
}

/** A text as read aloud, in lower case, without a closing stop: "Prices  rose." → "prices rose". */
function wording(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:!]$/, '')
}
