/**
 * Cause → effect: links from causal cues, sentence by sentence (extract.ts), then merged into a graph whose
 * feedback loops are found (graph.ts).
 */
import type { Analysis } from '../../types.ts'
import type { Context } from '../context.ts'
import { extractLinks, type RawLink } from './extract.ts'
import { buildGraph } from './graph.ts'

export function findCauses(ctx: Context): Pick<Analysis, 'causes' | 'graph'> {
  const raw: RawLink[] = ctx.sentences.flatMap((s) => (s.meta ? [] : extractLinks(s)))
  return buildGraph(ctx, raw)
}
