/**
 * People, from three patterns:
 *  - a title before the name, the title maybe led by a state and followed by "to the UN" and a comma:
 *    "President Macron", "UK Foreign Secretary John Smith", "the UK ambassador to the UN, Jane Doe",
 *    "Brazil’s President, Maria Silva", "neuropathologist Caitlin Latimer";
 *  - a name followed by a role in apposition: "John Smith, director of …", "Jane Doe, a veterinary neurologist";
 *  - a two- or three-word name followed by a speech verb: "Jane Doe said".
 * The state that leads the title, or a well-known leader's state (data/leaders.json), is the affiliation.
 */
import type { Mention, SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'
import type { Token } from '../tokens.ts'
import { stateId } from './lexicon.ts'
import type { Definition } from './names.ts'
import { isAcronym, isNameWord, spanText } from './names.ts'

const TITLES = DATA.actors.titles.map((t) => t.toLowerCase().split(' ')).sort((a, b) => b.length - a.length)
const TITLE_WORDS = new Set(TITLES.flat())
const ROLES = new Set(DATA.actors.roles.map((r) => r.toLowerCase()))
const SPEECH = new Set(DATA.actors.speechVerbs)
const ORG_SUFFIXES = new Set([...DATA.actors.orgSuffixes, ...DATA.actors.mediaSuffixes])
const LEADERS = Object.entries(DATA.leaders.leaders as Record<string, string>)
const MAX_NAME_WORDS = 4

export function findPeople(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  const inMention = (i: number) => staticMentions.some((m) => m.first <= i && m.last >= i)
  const name = (first: number) => nameAt(tokens, first, inMention)
  const add = (first: number, last: number, affiliation?: string) =>
    found.push({ name: spanText(s.sentence.text, tokens, first, last), type: 'person', forms: [], affiliation })

  for (let i = 0; i < tokens.length; i++) {
    // 1. Title, then name.
    const title = titleAt(tokens, i)
    if (title >= 0) {
      let j = title + 1
      // "ambassador to the UN", "Secretary of State for Defence": skip a short prepositional tail.
      if (['to', 'for', 'at'].includes(tokens[j]?.lower ?? '')) {
        const m = staticMentions.find((x) => x.first === j + 1 || x.first === j + 2)
        if (m) j = m.last + 1
      }
      if (tokens[j]?.text === ',') j++
      const last = name(j)
      if (last >= j) {
        add(j, last, leadingState(s, staticMentions, i))
        i = last
        continue
      }
    }
    // 2. Name, then a role in apposition.
    const last = name(i)
    if (last > i && tokens[last + 1]?.text === ',') {
      let k = last + 2
      if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++
      for (let n = 0; n < 3 && tokens[k] && !tokens[k]!.cap && !ROLES.has(tokens[k]!.lower); n++) k++
      if (ROLES.has(tokens[k]?.lower ?? '')) {
        add(i, last)
        i = last
        continue
      }
    }
    // 3. Name, then a speech verb.
    if (last > i && last - i <= 2 && SPEECH.has(tokens[last + 1]?.lower ?? '')) {
      add(i, last)
      i = last
    }
  }
  return found
}

/** Index of the last token of a title starting at `i`, or -1. */
function titleAt(tokens: Token[], i: number): number {
  if (!TITLE_WORDS.has(tokens[i]!.lower)) return -1
  for (const title of TITLES) {
    if (title.every((w, k) => tokens[i + k]?.lower === w)) return i + title.length - 1
  }
  return -1
}

/** The last token of a personal name starting at `first` (1–4 capitalised words, initials allowed), or -1. */
function nameAt(tokens: Token[], first: number, inMention: (i: number) => boolean): number {
  let last = -1
  for (let i = first; i < tokens.length && i - first < MAX_NAME_WORDS + 1; i++) {
    const t = tokens[i]!
    if (t.text === '.' && last >= 0 && last === i - 1 && tokens[i - 1]!.text.length === 1) continue
    if (!isNameWord(t) || inMention(i) || isAcronym(t) && t.text.length > 1 || ORG_SUFFIXES.has(t.text)) break
    if (TITLE_WORDS.has(t.lower) && i === first) break
    last = i
    if (t.possessive) break
  }
  // A single initial is not a name.
  if (last === first && tokens[first]!.text.length === 1) return -1
  return last
}

/** "UK Foreign Secretary", "Brazil’s President", "Cambodian Prime Minister": the state before the title. */
function leadingState(s: SentenceContext, mentions: Mention[], titleStart: number): string | undefined {
  for (let i = titleStart - 1; i >= Math.max(0, titleStart - 3); i--) {
    const m = mentions.find((x) => x.last === i)
    if (m) return m.actor
    if (s.tokens[i]!.punct) return undefined
  }
  return undefined
}

/** The state of a well-known leader whose name this is: "Emmanuel Macron" → france. */
export function leaderState(name: string): string | undefined {
  const tokens = name.split(/\s+/)
  for (const [leader, cca3] of LEADERS) {
    if (name === leader || (!leader.includes(' ') && tokens.at(-1) === leader))
      return stateId(cca3)
  }
  return undefined
}
