/**
 * Short noun phrases read away from a causal cue: backwards to the cause before "justifies", forwards to the
 * effect after it. A phrase ends at punctuation, a clause word ("that", "while"), an auxiliary, a preposition
 * once it has two words, or after MAX_WORDS words. Parenthetical asides "(EEZ)" and -ly adverbs are skipped.
 */
import type { SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'

export interface Phrase {
  first: number
  last: number
}

const MAX_WORDS = 7
const BOUNDARIES = new Set([...DATA.causes.boundaries, ...DATA.causes.auxiliaries])
const PREPOSITIONS = new Set(DATA.causes.prepositions)
const SKIP_BEFORE = new Set(DATA.causes.skipBefore)
const RE_ADVERB = /^(?!only$|early$|family$|supply$|italy$)\p{L}+ly$/u
const JOINERS = new Set(['-', '’', "'", '/', '‘'])
const TEMPORAL = new Set(DATA.causes.temporal)
const MODIFIERS = new Set(DATA.causes.modifiers)
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those'])

/** Tokens inside parentheses, which phrases step over. */
export function parentheticals(s: SentenceContext): Set<number> {
  const inside = new Set<number>()
  let depth = 0
  s.tokens.forEach((t, i) => {
    if (t.text === '(') depth++
    if (depth > 0) inside.add(i)
    if (t.text === ')') depth = Math.max(0, depth - 1)
  })
  return inside
}

const isAdverb = (w: string) => RE_ADVERB.test(w)
/** "won’t", "don't", "not": a phrase does not run across a negation. */
export const isNegative = (w: string) => w === 'not' || w === 'never' || /n['’]t$/.test(w)

/** The phrase ending just before token `at` (exclusive), or undefined. */
export function phraseBefore(s: SentenceContext, at: number, skip = parentheticals(s)): Phrase | undefined {
  let i = at - 1
  while (i >= 0 && (skip.has(i) || SKIP_BEFORE.has(s.tokens[i]!.lower) || isAdverb(s.tokens[i]!.lower) || s.tokens[i]!.text === ',')) i--
  if (i < 0) return undefined
  let last = i
  let first = i
  let count = 0
  for (; i >= 0; i--) {
    const t = s.tokens[i]!
    if (skip.has(i) || (isAdverb(t.lower) && i !== last)) continue
    if (t.punct && !(JOINERS.has(t.text) && i > 0)) break
    if (BOUNDARIES.has(t.lower) || isNegative(t.lower)) break
    if (PREPOSITIONS.has(t.lower) && count >= 1 && t.lower !== 'of') {
      // "An attack in recent days halted": read past a time phrase.
      if (s.tokens.slice(i + 1, last + 1).every((x) => TEMPORAL.has(x.lower) || MODIFIERS.has(x.lower))) {
        last = i - 1
        first = i - 1
        count = 0
        continue
      }
      if (count >= 2) break
    }
    first = i
    if (!t.punct && ++count >= MAX_WORDS) break
  }
  if (last < 0) return undefined
  return trimPrepositions(s, { first, last })
}

/** The phrase starting just after token `at` (exclusive), or undefined. */
export function phraseAfter(s: SentenceContext, at: number, skip = parentheticals(s)): Phrase | undefined {
  let i = at + 1
  while (i < s.tokens.length && (skip.has(i) || s.tokens[i]!.lower === 'that')) i++
  const first = i
  let last = -1
  let count = 0
  for (; i < s.tokens.length; i++) {
    const t = s.tokens[i]!
    if (skip.has(i) || isAdverb(t.lower)) continue
    if (t.punct && !(JOINERS.has(t.text) && last >= 0) && !(t.text === '.' && s.tokens[i - 1]?.text.includes('.'))) break
    if ((BOUNDARIES.has(t.lower) || isNegative(t.lower)) && last >= 0) break
    if (PREPOSITIONS.has(t.lower) && count >= 2 && t.lower !== 'of') break
    last = i
    if (!t.punct && ++count >= MAX_WORDS) break
  }
  if (last < first) return undefined
  return trimPrepositions(s, { first, last })
}

/** Drops prepositions, conjunctions and joiners left at either end. */
function trimPrepositions(s: SentenceContext, p: Phrase): Phrase | undefined {
  let { first, last } = p
  const loose = (i: number) => {
    const t = s.tokens[i]!
    return PREPOSITIONS.has(t.lower) || ['and', 'or', 'to'].includes(t.lower) || t.punct || BOUNDARIES.has(t.lower)
  }
  while (first <= last && loose(first)) first++
  while (last >= first && (loose(last) || DETERMINERS.has(s.tokens[last]!.lower))) last--
  if (first > last) return undefined
  // At least one content word: not "the", not "how best".
  const content = s.tokens.slice(first, last + 1).some((t) => !t.punct && t.text.length > 2 && !MODIFIERS.has(t.lower) && !BOUNDARIES.has(t.lower))
  return content ? { first, last } : undefined
}

/** The printed text of a phrase, asides and quotation marks left out. */
export function phraseText(s: SentenceContext, p: Phrase, skip = parentheticals(s)): string {
  const out: string[] = []
  let kept = -1
  for (let i = p.first; i <= p.last; i++) {
    const t = s.tokens[i]!
    if (skip.has(i) || /^[“”"‘’]$/.test(t.text)) continue
    const text = s.sentence.text.slice(t.start, t.end)
    const glued = i > p.first && kept === i - 1 && s.tokens[i - 1]!.end === t.start
    out.push(glued && out.length ? `\u0000${text}` : text)
    kept = i
  }
  return out.join(' ').replace(/ \u0000/g, '').replace(/[’']$/, '').trim()
}
