/**
 * A place that stands for a body ("the Pentagon" for the Department of Defense): where the article also names the
 * body, the place's mentions are the body's, one actor under two names. Where it does not, the place stays an actor
 * of its own. The pairs are data (data/organisations.json standsFor).
 */
import type { Context } from '../context.ts'
import { DATA } from '../data.ts'
import { slug } from '../text.ts'
import type { LexiconEntry } from './lexicon.ts'

const STANDS_FOR = new Map<string, string[]>(
  (DATA.organisations.bodies as { name: string; standsFor?: string[] }[]).filter((b) => b.standsFor).map((b) => [slug(b.name), b.standsFor!]),
)

/** Moves the mentions of a place that stands for a body the article names to that body's entry. */
export function mergeMetonyms(ctx: Context, entries: Iterable<LexiconEntry>): void {
  if (STANDS_FOR.size === 0) return
  const byName = new Map<string, string>()
  for (const e of entries) byName.set(e.name, e.id)
  const mentioned = new Set(ctx.sentences.flatMap((s) => s.mentions.map((m) => m.actor)))
  const target = new Map<string, string>()
  for (const [place, bodies] of STANDS_FOR) {
    const body = bodies.map((b) => byName.get(b)).find((id) => id !== undefined && mentioned.has(id))
    if (body && mentioned.has(place)) target.set(place, body)
  }
  if (target.size === 0) return
  for (const s of ctx.sentences) for (const m of s.mentions) m.actor = target.get(m.actor) ?? m.actor
}
