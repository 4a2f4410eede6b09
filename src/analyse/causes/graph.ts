/**
 * The causal graph: cause and effect phrases merged into nodes that refer to the same thing, and the feedback
 * loops in it.
 *
 * A phrase that names an actor ("Moscow’s latest missile test", "increased German military spending",
 * "Paris") belongs to that actor's node: in an arms race or a security dilemma each side's moves are one node.
 * Other phrases merge when they share their head noun ("new tariffs" ~ "the tariffs", "the trade talks" ~ "the
 * talks"), and join an actor's node when the head noun is one of that node's heads ("the test" → Moscow's test).
 */
import type { Actor, CausalGraph, CausalLink } from '../../types.ts'
import type { Context } from '../context.ts'
import { DATA } from '../data.ts'
import { slug } from '../text.ts'
import type { RawLink, Side } from './extract.ts'
import { findLoops } from '../../outline/graph.ts'

const MODIFIERS = new Set(DATA.causes.modifiers)
const AUXILIARIES = new Set(DATA.causes.auxiliaries)

export function buildGraph(ctx: Context, raw: RawLink[]): { causes: CausalLink[]; graph: CausalGraph } {
  const actorOf = (side: Side) =>
    side.s.mentions.find((m) => m.first >= side.phrase.first && m.last <= side.phrase.last)?.actor ??
    (/^(?:its|their)\b/i.test(side.text) ? ownerBefore(side) : undefined)
  const sides = raw.flatMap((l) => [l.cause, l.effect])
  const actorHeads = new Map<string, string>()
  for (const side of sides) {
    const actor = actorOf(side)
    if (actor) actorHeads.set(head(side.text), actorHeads.has(head(side.text)) && actorHeads.get(head(side.text)) !== actor ? '' : actor)
  }
  const keyOf = (side: Side): string => {
    const actor = actorOf(side)
    if (actor) return `actor:${actor}`
    const h = head(side.text)
    const owner = actorHeads.get(h)
    return owner ? `actor:${owner}` : `head:${h}`
  }
  const nodes = new Map<string, { id: string; phrases: string[]; source: string[]; actor?: string }>()
  const node = (side: Side) => {
    const key = keyOf(side)
    let n = nodes.get(key)
    if (!n) {
      const actor = key.startsWith('actor:') ? key.slice(6) : undefined
      n = { id: slug(actor ?? key.slice(5)), phrases: [], source: [], actor }
      nodes.set(key, n)
    }
    n.phrases.push(side.text)
    if (!n.source.includes(side.s.sentence.id)) n.source.push(side.s.sentence.id)
    return n
  }
  const causes: CausalLink[] = []
  const edges = new Map<string, CausalGraph['edges'][number]>()
  for (const l of raw) {
    const from = node(l.cause)
    const to = node(l.effect)
    const id = l.sentence.sentence.id
    causes.push({ cause: l.cause.text, effect: l.effect.text, cue: l.cue, source: [id], causeNode: from.id, effectNode: to.id })
    if (from === to) continue
    const key = `${from.id}>${to.id}`
    const e = edges.get(key) ?? { from: from.id, to: to.id, cue: l.cue, source: [] }
    if (!e.source.includes(id)) e.source.push(id)
    edges.set(key, e)
  }
  const graphNodes = [...nodes.values()].map((n) => ({
    id: n.id,
    label: labelOf(n.phrases, n.actor ? ctx.actors.get(n.actor) : undefined),
    phrases: [...new Set(n.phrases)],
    actor: n.actor,
    source: n.source,
  }))
  const graphEdges = [...edges.values()]
  return { causes, graph: { nodes: graphNodes, edges: graphEdges, loops: findLoops(graphEdges) } }
}

/** "Paris warns that … threatens its economy": the last actor before the phrase that acts. */
function ownerBefore(side: Side): string | undefined {
  const { s, phrase } = side
  const acting = s.mentions.filter((m) => {
    const next = s.tokens[m.last + 1]?.lower ?? ''
    return m.last < phrase.first && (/(?:s|ed)$/.test(next) || AUXILIARIES.has(next))
  })
  return acting.at(-1)?.actor
}

/** The last word, lower-cased, without a plural s: "new tariffs" → "tariff". */
function head(text: string): string {
  const w = text.toLowerCase().replace(/[’']s\b/g, '').split(/[\s-]+/).filter(Boolean).at(-1) ?? ''
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
}

/** The most common head's shortest phrase, without leading determiners and modifiers. */
function labelOf(phrases: string[], actor?: Actor): string {
  const counts = new Map<string, number>()
  for (const p of phrases) counts.set(head(p), (counts.get(head(p)) ?? 0) + 1)
  const names = actor ? [actor.name, ...actor.aliases] : []
  const named = (p: string) => (names.some((n) => p.startsWith(n) || p.includes(` ${n}`)) ? 1 : 0)
  const candidates = phrases
    .map((p) => stripModifiers(p))
    .filter((p) => p.split(/\s+/).length >= (actor ? 2 : 1) || phrases.length === 1)
  const pool = candidates.length ? candidates : phrases.map(stripModifiers)
  pool.sort(
    (a, b) =>
      named(b) - named(a) ||
      (counts.get(head(b)) ?? 0) - (counts.get(head(a)) ?? 0) ||
      a.split(' ').length - b.split(' ').length,
  )
  return pool[0] ?? actor?.name ?? phrases[0]!
}

function stripModifiers(p: string): string {
  const words = p.split(/\s+/)
  while (words.length > 1 && MODIFIERS.has(words[0]!.toLowerCase())) words.shift()
  return words.join(' ')
}
