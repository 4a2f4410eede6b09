/**
 * Cause → effect links in one sentence, from the cues in data/causes.json:
 *  - forward ("X justifies Y"): cause before the cue, effect after it;
 *  - backward ("Y in response to X", "Y follows X"): effect before, cause after;
 *  - lead ("Following X, Y"): at the start of the sentence, cause up to the comma, effect the main clause.
 * A forward cue with nothing before it ("…: by raising Y") takes the sentence's earlier cause. "This" or "it"
 * as a side stands for the previous sentence's effect ("This fuels …").
 */
import type { SentenceContext } from '../context.ts'
import { CueMatcher } from '../cues.ts'
import { DATA } from '../data.ts'
import { isNegative, parentheticals, phraseAfter, phraseBefore, phraseText, type Phrase } from './phrases.ts'

type Direction = 'forward' | 'backward' | 'lead'

export interface RawLink {
  cause: Side
  effect: Side
  cue: string
  sentence: SentenceContext
}

export interface Side {
  text: string
  /** The sentence the words come from, and their tokens, to find the actor in them. */
  s: SentenceContext
  phrase: Phrase
}

const CUES = new CueMatcher<Direction>([
  ...DATA.causes.forward.map((c): [string, Direction] => [c, 'forward']),
  ...DATA.causes.backward.map((c): [string, Direction] => [c, 'backward']),
])
const LEAD = new CueMatcher<Direction>(DATA.causes.lead.map((c): [string, Direction] => [c, 'lead']))
const ANAPHORA = new Set(['this', 'that', 'it', 'which'])
const STOP_HEADS = new Set(DATA.causes.stopHeads)
const RE_OPENER = /^(?:however|but|and|so|indeed|yet|moreover|still)$/

export function extractLinks(s: SentenceContext, previous: RawLink[]): RawLink[] {
  const links: RawLink[] = []
  const skip = parentheticals(s)
  const side = (p: Phrase | undefined): Side | undefined => {
    if (!p) return undefined
    const text = phraseText(s, p, skip)
    if (ANAPHORA.has(text.toLowerCase())) return previous.at(-1)?.effect
    const head = text.toLowerCase().split(/\s+/).at(-1)!
    if (STOP_HEADS.has(head) || !/\p{L}{3}/u.test(text)) return undefined
    return { text, s, phrase: p }
  }
  const push = (cause: Side | undefined, effect: Side | undefined, cue: string) => {
    if (cause && effect && cause.text !== effect.text) links.push({ cause, effect, cue, sentence: s })
  }
  // "Following X, Y …" / "In the wake of X, Y …"
  let start = 0
  while (s.tokens[start] && (RE_OPENER.test(s.tokens[start]!.lower) || s.tokens[start]!.text === ',')) start++
  const lead = LEAD.at(s.tokens, start)
  let from = 0
  if (lead) {
    const comma = s.tokens.findIndex((t, i) => i > lead.last && t.text === ',')
    if (comma > 0) {
      const cause = side(phraseAfter(s, lead.last, skip) && clip(phraseAfter(s, lead.last, skip)!, comma - 1))
      const effect = side(phraseAfter(s, comma, skip))
      push(cause, effect, lead.cue.text)
      from = comma + 1
    }
  }
  for (const m of CUES.all(s.tokens.slice(from)).map((x) => ({ ...x, first: x.first + from, last: x.last + from }))) {
    if ([1, 2].some((k) => isNegative(s.tokens[m.first - k]?.lower ?? ''))) continue
    const before = phraseBefore(s, m.first, skip)
    const after = phraseAfter(s, m.last, skip)
    // "tariffs in response to the embargo threaten …": the phrase before is the earlier link's cause, whose
    // effect ("tariffs") is what threatens.
    const previousLink = links.at(-1)
    const chained = before && previousLink && previousLink.cause.s === s && previousLink.cause.phrase.last === before.last
    const beforeSide = chained ? previousLink.effect : (side(before) ?? (m.cue.value === 'forward' ? previousLink?.cause : undefined))
    for (const effectPart of m.cue.value === 'forward' ? splitAnd(s, after) : [after]) {
      if (m.cue.value === 'forward') push(beforeSide, side(effectPart), m.cue.text)
      else push(side(effectPart), beforeSide, m.cue.text)
    }
  }
  return links
}

const clip = (p: Phrase, last: number): Phrase | undefined => (p.first <= last ? { first: p.first, last: Math.min(p.last, last) } : undefined)

/** "higher German tariffs and tighter French quotas" → two effects. */
function splitAnd(s: SentenceContext, p: Phrase | undefined): (Phrase | undefined)[] {
  if (!p) return [p]
  for (let i = p.first + 2; i < p.last - 1; i++) {
    if (s.tokens[i]!.lower === 'and') return [{ first: p.first, last: i - 1 }, { first: i + 1, last: p.last }]
  }
  return [p]
}
