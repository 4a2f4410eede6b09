/** Finds lexicon forms in a sentence's tokens: longest match first, with the guards that keep place names out. */
import type { Mention } from '../context.ts'
import { DATA } from '../data.ts'
import { isPluralPossessive, type Token } from '../tokens.ts'
import type { Lexicon, LexiconEntry } from './lexicon.ts'
import { officePossessive } from './names.ts'
import { isRegion, isRegionLead } from './regions.ts'

const PLACE_WORDS = new Set(DATA.actors.placeWords)
const PLACE_AFTER = new Set(DATA.actors.placeAfter)
const COMPOUND_PREFIXES = new Set<string>(DATA.actors.compoundPrefixes)

export interface Match {
  entry: LexiconEntry
  first: number
  last: number
}

/** The longest form starting at token `i`, or undefined. */
export function matchAt(tokens: Token[], i: number, lexicon: Lexicon): Match | undefined {
  if (tokens[i]!.punct || !lexicon.firsts.has(tokens[i]!.norm)) return undefined
  let key = ''
  let best: Match | undefined
  for (let j = i; j < tokens.length && j - i < lexicon.longest; j++) {
    key = j === i ? tokens[j]!.norm : `${key} ${tokens[j]!.norm}`
    const entry = lexicon.entries.get(key)
    if (entry) best = { entry, first: i, last: j }
    // A name goes on past a plural's possessive ("the Workers’ Party", "the People’s Party") and past one a longer
    // form holds ("the People's Republic of China") or a title's before an organisation noun ("the United States
    // Attorney’s Office"), not past "Germany’s" once a name is found.
    if (tokens[j]!.possessive && !isPluralPossessive(tokens[j]) && !officePossessive(tokens, j) && best) break
  }
  return best
}

/** Every form in the sentence, left to right, without overlaps. */
export function scanTokens(tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, lexicon)
    if (!m) continue
    if (!partOfLargerName(tokens, m)) {
      mentions.push({
        actor: m.entry.id,
        first: m.first,
        last: m.last,
        possessive: tokens[m.last]!.possessive,
        kind: m.entry.kind,
      })
    }
    i = m.last
  }
  return mentions
}

/** "North America", "Gulf of Mexico", "Kuala Lumpur Peace Accords", "Georgia state", "Chad Smith". */
function partOfLargerName(tokens: Token[], m: Match): boolean {
  const before = tokens[m.first - 1]
  const after = tokens[m.last + 1]
  const nextCapitalised = !!after && after.cap && !after.punct && !tokens[m.last]!.possessive
  // Only state names sit inside longer place names; a person's name follows a capitalised title.
  // A capitalised word that only starts the sentence (after any opening quote) is not part of a name: '"The UK …'.
  const startsSentence = tokens.slice(0, m.first - 1).every((t) => t.punct)
  if (m.entry.type === 'state' && before && before.cap && !before.punct && !before.possessive && !startsSentence) return true
  // "South American nations" opening a sentence: a region's adjective, not the United States'.
  if (before?.cap && isRegionLead(before.text) && isRegion(`${before.text} ${tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ')}`)) return true
  if (before?.lower === 'of' && PLACE_WORDS.has(tokens[m.first - 2]?.text ?? '')) return true
  // "Inter-American", "anti-American", "inter-Korean": a prefix joined by a hyphen makes a word of its own.
  const hyphen = !!before && (before.text === '-' || before.text === '‑') && before.end === tokens[m.first]!.start && tokens[m.first - 2]?.end === before.start
  if (hyphen && COMPOUND_PREFIXES.has(tokens[m.first - 2]!.lower)) return true
  // "US$13 million": a currency, not the state.
  if (after?.text === '$' && after.start === tokens[m.last]!.end) return true
  if (after && PLACE_AFTER.has(after.text) && !tokens[m.last]!.possessive) return true
  if ((m.entry.kind === 'capital' || m.entry.ambiguous) && nextCapitalised) return true
  // "Indian Ocean", "Persian Gulf".
  if (nextCapitalised && PLACE_WORDS.has(after.text)) return true
  return false
}
