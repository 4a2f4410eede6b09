/**
 * Salience of each sentence, 0..1: a weighted sum of its position (the argument comes first), the actors it
 * names, its relation and causal cues, whether it is dated and whether it quotes someone, with a penalty for
 * very short or very long sentences. Weights in data/salience.json. Metadata sentences score 0.
 */
import type { Analysis } from '../types.ts'
import type { Context } from './context.ts'
import { DATA } from './data.ts'
import { RELATION_CUES } from './relations/index.ts'

const { weights, positionSpan, idealWords, lengthPenalty, actorSaturation, cueSaturation } = DATA.salience

export function scoreSalience(ctx: Context, analysis: Omit<Analysis, 'salience'>): Record<string, number> {
  const dated = new Set(analysis.events.flatMap((e) => e.source))
  const quoted = new Set(analysis.quotes.flatMap((q) => q.source))
  const causal = new Map<string, number>()
  for (const c of analysis.causes) for (const id of c.source) causal.set(id, (causal.get(id) ?? 0) + 1)
  const n = Math.max(1, ctx.sentences.length - 1)
  const scores: Record<string, number> = {}
  for (const s of ctx.sentences) {
    const id = s.sentence.id
    if (s.meta) {
      scores[id] = 0
      continue
    }
    const position = Math.max(0, 1 - s.index / n / positionSpan)
    const actors = Math.min(1, new Set(s.mentions.map((m) => m.actor)).size / actorSaturation)
    const cues = Math.min(1, (RELATION_CUES.all(s.tokens).length + (causal.get(id) ?? 0)) / cueSaturation)
    let score =
      weights.position * position +
      weights.actors * actors +
      weights.cues * cues +
      weights.dates * (dated.has(id) ? 1 : 0) +
      weights.quote * (quoted.has(id) ? 1 : 0)
    const words = s.tokens.filter((t) => !t.punct).length
    if (words < idealWords[0]! || words > idealWords[1]!) score *= 1 - lengthPenalty
    scores[id] = Math.round(Math.min(1, score) * 1000) / 1000
  }
  return scores
}
