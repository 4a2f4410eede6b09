/**
 * The closed vocabularies diagrams speak in. The outline schema, the analysis's cue data, the renderer's
 * styles and legends are all derived from these lists: a kind is added here, once.
 */

/** How two actors relate on the actors diagram. */
export const RELATION_KINDS = ['alliance', 'cooperation', 'dialogue', 'support', 'tension', 'hostility', 'condemnation', 'pressure'] as const
export type RelationKind = (typeof RELATION_KINDS)[number]

/**
 * What a cause does to its effect on the dynamics diagram, as causal-loop diagrams label arrows. `sign` is the
 * link's polarity: a loop with an even number of negative links reinforces itself (R), an odd number
 * balances (B).
 */
export const CAUSAL_RELATIONS = {
  increases: { sign: 1, gloss: 'more of the cause, more of the effect' },
  reduces: { sign: -1, gloss: 'more of the cause, less of the effect' },
  justifies: { sign: 1, gloss: 'the cause gives a reason for the effect' },
  prompts: { sign: 1, gloss: 'the cause sets the effect off' },
  threatens: { sign: 1, gloss: 'the cause endangers the effect' },
  deters: { sign: -1, gloss: 'the cause discourages the effect' },
  enables: { sign: 1, gloss: 'the cause makes the effect possible' },
  blocks: { sign: -1, gloss: 'the cause stops the effect' },
} as const satisfies Record<string, { sign: 1 | -1; gloss: string }>
export type CausalRelation = keyof typeof CAUSAL_RELATIONS
export const CAUSAL_RELATION_NAMES = Object.keys(CAUSAL_RELATIONS) as CausalRelation[]

/** "R" for a reinforcing loop, "B" for a balancing one, from the relations along it. */
export function loopPolarity(relations: (CausalRelation | undefined)[]): 'R' | 'B' {
  const negative = relations.filter((r) => r && CAUSAL_RELATIONS[r].sign < 0).length
  return negative % 2 === 0 ? 'R' : 'B'
}
