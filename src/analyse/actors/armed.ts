/**
 * A state's armed forces named by its demonym and an armed-force noun ("the Sudanese army", "the Chilean navy"): a
 * body of that state, which can fight another armed body of the same state in a civil war. Towards another state
 * it acts for its state (the diagram folds it there: src/draft/diagrams/actors.ts). A noun right after makes the phrase
 * a modifier ("Israeli military operations"), which names the state's act, not a body.
 *
 * The nouns are data (data/actors.json armedForces).
 */
import { type Mention, type SentenceContext, wordOf } from '../context.ts'
import { DATA } from '../data.ts'
import type { Definition } from './names.ts'
import { spanText } from './names.ts'

const ARMED_FORCES = DATA.actors.armedForces.map((f) => f.split(' '))

export function findArmedBodies(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  for (const m of staticMentions) {
    if (m.kind !== 'demonym' || m.possessive) continue
    const noun = ARMED_FORCES.find((f) => f.every((w, k) => tokens[m.last + 1 + k]?.lower === w && !tokens[m.last + 1 + k]!.cap))
    if (!noun) continue
    const last = m.last + noun.length
    const next = wordOf(s, tokens[last + 1])
    if (tokens[last]!.possessive || next?.pos === 'NOUN' || next?.pos === 'PROPN') continue
    found.push({ name: spanText(s.sentence.text, tokens, m.first, last), type: 'organisation', forms: [], affiliation: m.actor })
  }
  return found
}

/** The armed-force noun that heads an armed body's name ("Sudanese army" → "army"), or undefined. */
export function armedHead(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/)
  return ARMED_FORCES.find((f) => f.length === words.length - 1 && f.every((w, k) => words[k + 1] === w))?.join(' ')
}
