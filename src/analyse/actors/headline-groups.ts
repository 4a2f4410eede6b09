/**
 * A group the headline names by an actor and a plural noun for people acting on their own ("Manchester City
 * supporters", "Effects on U.S. Shippers"): what the article is about is that group, not the actor that qualifies
 * it. Where the body writes the headline's phrase (or its end: "City supporters"), the phrase is a mention of the
 * group and no longer of the actor. The nouns are data (data/actors.json civilNouns).
 */
import type { Context, Mention } from '../context.ts'
import { DATA } from '../data.ts'
import { slug } from '../text.ts'
import { hasWord } from '../../language/index.ts'
import { addForm, type Lexicon, type LexiconEntry } from './lexicon.ts'

const CIVIL_NOUNS = new Set<string>(DATA.actors.civilNouns)

export function findHeadlineGroups(ctx: Context, lexicon: Lexicon): void {
  const headline = ctx.article.meta.title?.toLowerCase() ?? ''
  if (!headline) return
  const groups = new Map<string, LexiconEntry>()
  for (const s of ctx.sentences) {
    if (s.meta) continue
    s.mentions = s.mentions.map((m): Mention => {
      const noun = s.tokens[m.last + 1]
      if (m.possessive || m.kind === 'reference' || !noun || noun.cap || !CIVIL_NOUNS.has(noun.lower)) return m
      const phrase = s.sentence.text.slice(s.tokens[m.first]!.start, noun.end)
      if (!hasWord(headline, phrase.toLowerCase())) return m
      // One group per actor and noun, named by the longest phrase the body writes.
      const key = `${m.actor}|${noun.lower}`
      const entry = groups.get(key) ?? { id: slug(`${m.actor} ${noun.lower}`), name: phrase, type: 'group', kind: 'name' }
      if (phrase.length > entry.name.length) entry.name = phrase
      groups.set(key, entry)
      addForm(lexicon, phrase, entry)
      return { actor: entry.id, first: m.first, last: m.last + 1, possessive: noun.possessive, kind: 'name' }
    })
  }
}
