/**
 * References to states that are not names: "the North" and "the South" when the article names a North/South
 * pair ("Sudan" and "South Sudan"); "Assad’s regime", "the Putin government".
 */
import type { Context, Mention } from '../context.ts'
import { DATA } from '../data.ts'
import { stateId } from './lexicon.ts'

const DIRECTIONS = DATA.countries.pairDirections
const REGIME_WORDS = new Set(DATA.actors.regimeWords)
const LEADERS = new Map<string, string>(
  Object.entries({ ...DATA.leaders.leaders, ...DATA.leaders.regimeOnly } as Record<string, string>),
)

export function findReferences(ctx: Context): void {
  const pairs = directionPairs(ctx)
  for (const s of ctx.sentences) {
    if (s.meta) continue
    const { tokens } = s
    const found: Mention[] = []
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!
      const prev = tokens[i - 1]!
      const next = tokens[i + 1]
      // "the North" (not "the North Atlantic").
      const paired = pairs.get(t.text)
      if (paired && prev.lower === 'the' && !(next?.cap && !next.punct && !t.possessive))
        found.push({ actor: paired, first: i, last: i, possessive: t.possessive, kind: 'reference' })
      // "Assad’s regime", "the Assad regime".
      const leader = LEADERS.get(t.text)
      const regime = t.possessive ? next : prev.lower === 'the' ? next : undefined
      if (leader && regime && REGIME_WORDS.has(regime.lower))
        found.push({ actor: stateId(leader)!, first: i, last: i, possessive: t.possessive, kind: 'reference' })
    }
    if (found.length === 0) continue
    const free = found.filter((f) => !s.mentions.some((m) => m.first <= f.last && m.last >= f.first))
    s.mentions = [...s.mentions, ...free].sort((a, b) => a.first - b.first)
  }
}

/** "South" → south-sudan and "North" → sudan, when both states are mentioned. */
function directionPairs(ctx: Context): Map<string, string> {
  const pairs = new Map<string, string>()
  const names = new Map([...ctx.actors.values()].filter((a) => a.type === 'state').map((a) => [a.name, a.id]))
  for (const [name, id] of names) {
    const [direction, ...rest] = name.split(' ')
    if (!DIRECTIONS.includes(direction!) || rest.length === 0) continue
    const base = rest.join(' ')
    const counterpart =
      DIRECTIONS.filter((d) => d !== direction)
        .map((d) => names.get(`${d} ${base}`))
        .find(Boolean) ?? names.get(base)
    if (counterpart) {
      pairs.set(direction!, id)
      if (!names.get(base) || counterpart !== names.get(base)) continue
      // "Sudan" and "South Sudan": "the North" is Sudan.
      const other = DIRECTIONS.find((d) => d !== direction)!
      if (!pairs.has(other)) pairs.set(other, counterpart)
    }
  }
  return pairs
}
