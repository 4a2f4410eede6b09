/**
 * The diagram slides of a deck, each only when the article has material for it, one module per kind:
 *  - actors (actors.ts): the main actors (a person or body dealing with another state folded into its own), grouped
 *    into blocs, and how they relate;
 *  - dynamics (dynamics.ts): the causal graph, its feedback loop first, then its other clusters; a lone link only
 *    when stated outright;
 *  - timeline (timeline.ts): the dated events in order, for at least two events, for one shows no order.
 * Each module says the least it draws; the outline's schema (src/outline/schema.ts) the most.
 */
import type { Slide } from '../../outline/schema.ts'
import type { Analysis, Article } from '../../types.ts'
import { actorsSlide } from './actors.ts'
import { dynamicsSlide } from './dynamics.ts'
import { timelineSlide } from './timeline.ts'

/**
 * `draftDiagramSlides(article, analyse(article))` → up to three slides: actors, dynamics, timeline. `subjects`: the
 * name a sentence's opening pronoun stands for, by sentence id (the points' reading, src/draft/select.ts).
 */
export function draftDiagramSlides(article: Article, analysis: Analysis, subjects: ReadonlyMap<string, string> = new Map()): Slide[] {
  const slides: (Slide | undefined)[] = [actorsSlide(article, analysis), dynamicsSlide(analysis), timelineSlide(article, analysis, subjects)]
  return slides.filter((s): s is Slide => s !== undefined)
}
