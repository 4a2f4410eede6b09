/**
 * A state named only as the modifier of a noun for people or things that are not its government ("U.S. seafood
 * producers", "Argentine beef imports", "Palestinian terrorists") is neither side of a relation in the sentence: the
 * producers, the imports, the terrorists are. The nouns are data: people of a nationality who act on their own
 * (data/actors.json civilNouns) and goods a country trades (data/relations.json goodsNouns). A state's officials,
 * forces or government are its own, and a relation noun it modifies ("U.S. sanctions") is its act: neither is listed.
 */
import { type SentenceContext, wordOf } from '../context.ts'
import { DATA } from '../data.ts'

const HEADS = new Set<string>([...DATA.actors.civilNouns, ...DATA.relations.goodsNouns])
/** How many lower-case nouns and adjectives may stand between the state and the head: "U.S. seafood producers". */
const MAX_MODIFIERS = 3

/** The sentence without the mentions of states that only modify a noun for people or goods not their government's. */
export function withoutCivilModifiers(s: SentenceContext, isState: (actor: string) => boolean): SentenceContext {
  const mentions = s.mentions.filter((m) => !(isState(m.actor) && !m.possessive && civilHead(s, m.last)))
  return mentions.length === s.mentions.length ? s : { ...s, mentions }
}

/** The noun phrase after token `last` is headed by a civil or goods noun, with only lower-case modifiers before it. */
function civilHead(s: SentenceContext, last: number): boolean {
  let k = last + 1
  while (k <= last + 1 + MAX_MODIFIERS) {
    const t = s.tokens[k]
    if (!t || t.cap || t.punct || s.mentions.some((x) => x.first <= k && x.last >= k)) return false
    const pos = wordOf(s, t)?.pos
    if (pos !== 'NOUN' && pos !== 'ADJ') return false
    const next = s.tokens[k + 1]
    const nextPos = next && wordOf(s, next)?.pos
    // The head is the last noun of the run: "beef imports", not "beef".
    if (!(next && !next.cap && !next.punct && nextPos === 'NOUN')) return pos === 'NOUN' && HEADS.has(t.lower)
    k++
  }
  return false
}
