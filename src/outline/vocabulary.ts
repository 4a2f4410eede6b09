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
  increases: { sign: 1, gloss: 'more of the cause, more of the effect', plural: 'increase' },
  reduces: { sign: -1, gloss: 'more of the cause, less of the effect', plural: 'reduce' },
  justifies: { sign: 1, gloss: 'the cause gives a reason for the effect', plural: 'justify' },
  prompts: { sign: 1, gloss: 'the cause sets the effect off', plural: 'prompt' },
  threatens: { sign: 1, gloss: 'the cause endangers the effect', plural: 'threaten' },
  deters: { sign: -1, gloss: 'the cause discourages the effect', plural: 'deter' },
  enables: { sign: 1, gloss: 'the cause makes the effect possible', plural: 'enable' },
  blocks: { sign: -1, gloss: 'the cause stops the effect', plural: 'block' },
} as const satisfies Record<string, { sign: 1 | -1; gloss: string; plural: string }>

/**
 * The relation as the verb of a sentence whose subject is the cause: "Sanctions increase prices", "The test
 * prompts talks" (`plural` for a plural subject). A label that is no relation of the vocabulary (a user's own) is
 * left as written.
 */
export function relationVerb(relation: string, plural: boolean): string {
  if (!plural) return relation
  return relation in CAUSAL_RELATIONS ? CAUSAL_RELATIONS[relation as CausalRelation].plural : relation === 'leads to' ? 'lead to' : relation
}
export type CausalRelation = keyof typeof CAUSAL_RELATIONS
export const CAUSAL_RELATION_NAMES = Object.keys(CAUSAL_RELATIONS) as CausalRelation[]

/** "R" for a reinforcing loop, "B" for a balancing one, from the relations along it. */
export function loopPolarity(relations: (CausalRelation | undefined)[]): 'R' | 'B' {
  const negative = relations.filter((r) => r && CAUSAL_RELATIONS[r].sign < 0).length
  return negative % 2 === 0 ? 'R' : 'B'
}
