import type { Outline, Slide } from './outline/schema.ts'

/**
 * The speaking-time model shared by the draft (how much fits) and the renderer (timing cues in the notes).
 * A presenter speaks about 130 words a minute in a briefing (a measured pace, slower than conversation);
 * a slide point takes about 25 seconds (about 55 words) to state and explain.
 */
export const WORDS_PER_MINUTE = 130
export const SECONDS_PER_POINT = 25
export const DEFAULT_MINUTES = 15

/** Seconds each slide kind needs before its points are counted. */
const BASE_SECONDS: Record<Slide['kind'], number> = {
  cover: 30,
  agenda: 30,
  section: 10,
  points: 10,
  quotes: 15,
  actors: 60,
  dynamics: 60,
  timeline: 45,
  takeaways: 15,
  sources: 10,
}

/** The unscaled time a slide needs, in seconds. */
export function slideSeconds(slide: Slide): number {
  const items =
    'points' in slide ? slide.points.length : 'quotes' in slide ? slide.quotes.length * 1.5 : 0
  return BASE_SECONDS[slide.kind] + items * SECONDS_PER_POINT
}

export interface SlideTiming {
  /** Seconds allotted to the slide. */
  seconds: number
  /** Seconds from the start of the briefing to the start of the slide. */
  startsAt: number
}

/** Spreads the outline's budget over its slides in proportion to what each needs; the parts add up to the budget. */
export function timeSlides(outline: Outline): SlideTiming[] {
  const budget = outline.meta.minutes * 60
  const needs = outline.slides.map(slideSeconds)
  const total = needs.reduce((a, b) => a + b, 0)
  let elapsed = 0
  let allotted = 0
  return needs.map((need, i) => {
    // Round cumulative ends, not each slide, so the rounded parts still add up to the budget exactly.
    const end = i === needs.length - 1 ? budget : Math.round(((allotted += need) / total) * budget)
    const timing = { seconds: end - elapsed, startsAt: elapsed }
    elapsed = end
    return timing
  })
}

/** formatClock(90) → '1:30' */
export function formatClock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
