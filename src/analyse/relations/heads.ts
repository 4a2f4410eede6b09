/**
 * Who heads which body, read from the article's own words: a person titled after a domain ("Secretary of Defense
 * Jane Roe", "Minister of Foreign Affairs X") heads the body named after the same domain ("the Department of
 * Defense", "the Ministry of Foreign Affairs"). Her directing that body is the body's own act, no relation between
 * two sides.
 */
import type { Context, SentenceContext } from '../context.ts'
import { TITLE_WORDS } from '../data.ts'

/** How many words a domain may have: "Homeland Security", "Health and Human Services". */
const MAX_DOMAIN_WORDS = 4

/** Pairs `person|body` (both orders) of a person and the body her title says she heads. */
export function headedBodies(ctx: Context): Set<string> {
  const domains = new Map<string, string[]>()
  for (const a of ctx.actors.values()) {
    if (a.type !== 'organisation') continue
    for (const n of [a.name, ...a.aliases]) {
      const domain = n.toLowerCase().split(' of ').slice(1).join(' of ')
      if (domain) domains.set(domain, [...(domains.get(domain) ?? []), a.id])
    }
  }
  const pairs = new Set<string>()
  if (!domains.size) return pairs
  for (const s of ctx.sentences)
    for (const m of s.mentions) {
      if (ctx.actors.get(m.actor)?.type !== 'person') continue
      const domain = titleDomain(s, m.first)
      for (const body of (domain && domains.get(domain)) || []) pairs.add(`${m.actor}|${body}`).add(`${body}|${m.actor}`)
    }
  return pairs
}

/** "Secretary of Defense" right before a name → "defense"; otherwise undefined. */
function titleDomain(s: SentenceContext, nameStart: number): string | undefined {
  const words: string[] = []
  for (let k = nameStart - 1; k >= 0 && k >= nameStart - 1 - MAX_DOMAIN_WORDS; k--) {
    const t = s.tokens[k]!
    if (t.lower === 'of') {
      const title = s.tokens[k - 1]
      return words.length && title && TITLE_WORDS.has(title.lower) && /^\p{Lu}/u.test(title.text) ? words.join(' ') : undefined
    }
    if (!/^\p{Lu}/u.test(t.text) && t.lower !== 'and') return undefined
    words.unshift(t.lower)
  }
  return undefined
}
