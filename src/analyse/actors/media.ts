/**
 * News outlets: a capitalised name ending in a media word ("Financial Times", "Washington Post"), or one that
 * follows a media cue ("the state-run X", "the newspaper X").
 */
import type { Mention, SentenceContext } from '../context.ts'
import { DATA, TITLE_WORDS } from '../data.ts'
import type { Definition } from './names.ts'
import { isNameWord, runEnd, runStart, spanText } from './names.ts'
import { possessor } from './organisations.ts'

const SUFFIXES = new Set(DATA.actors.mediaSuffixes)
const CUES = DATA.actors.mediaCues.map((c) => c.split(' '))
const ROLE_WORDS = new Set([...TITLE_WORDS, ...DATA.actors.roles.map((r) => r.toLowerCase())])

export function findMedia(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  for (let i = 0; i < tokens.length; i++) {
    let first = -1
    let last = -1
    if (SUFFIXES.has(tokens[i]!.text) && i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.possessive) {
      first = runStart(tokens, i)
      last = i
    } else if (isNameWord(tokens[i]) && !ROLE_WORDS.has(tokens[i]!.lower) && !tokens[i - 1]?.possessive && CUES.some((cue) => endsWith(tokens, i - 1, cue))) {
      // (Not "the agency Administrator": a title or role after the cue names an official of a body; not "the agency’s
      // Zephyr rover": a cue in the possessive names the owner of what follows.)
      first = i
      last = runEnd(tokens, i)
    }
    if (first < 0 || first === last && !CUES.some((cue) => endsWith(tokens, first - 1, cue))) continue
    if (staticMentions.some((m) => m.first <= first && m.last >= last)) continue
    found.push({
      name: spanText(s.sentence.text, tokens, first, last),
      type: 'media',
      forms: [],
      affiliation: possessor(s, staticMentions, first),
    })
    i = last
  }
  return found
}

function endsWith(tokens: SentenceContext['tokens'], at: number, cue: string[]): boolean {
  for (let k = 0; k < cue.length; k++) if (tokens[at - cue.length + 1 + k]?.lower !== cue[k]) return false
  return true
}
