/**
 * Cause → effect: links from causal cues, sentence by sentence (extract.ts), then merged into a graph whose
 * feedback loops are found (graph.ts).
 */
import type { Analysis } from '../../types.ts'
import type { Context } from '../context.ts'
import { extractLinks, type RawLink } from './extract.ts'
import { buildGraph } from './graph.ts'

/** "p5" of "p5.s2". */
const paragraphOf = (id: string) => id.split('.')[0]

export function findCauses(ctx: Context): Pick<Analysis, 'causes' | 'graph'> {
  const raw: RawLink[] = []
  let before: RawLink[] = []
  for (const s of ctx.sentences) {
    // The sentence before in the same paragraph: what it states last, outright, may be pointed back to.
    const last = before.findLast((l) => !l.hedged)
    const antecedent = last && paragraphOf(last.sentence.sentence.id) === paragraphOf(s.sentence.id) && last.sentence.index === s.index - 1 ? last.effect : undefined
    // The last link of the sentence right before, in any paragraph: a subject that names it points back ("This sinking").
    const previous = last && last.sentence.index === s.index - 1 ? last : undefined
    // The sentence right before, in the same paragraph: what "As a result, …" follows from.
    const prior = ctx.sentences[s.index - 1]
    const claimBefore = prior && !prior.meta && paragraphOf(prior.sentence.id) === paragraphOf(s.sentence.id) ? prior : undefined
    before = s.meta ? [] : extractLinks(s, antecedent, previous, claimBefore)
    raw.push(...before)
  }
  return buildGraph(ctx, raw)
}
