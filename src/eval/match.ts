/** Matching annotations to a deck: keyword groups, names, and quotes located in the article's sentences. */
import type { Article } from '../types.ts'
import { normaliseForSearch } from './annotation.ts'

/** Lower case, curly quotes straightened, whitespace collapsed: the form texts are compared in. */
export function fold(text: string): string {
  return normaliseForSearch(text)
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const cache = new Map<string, RegExp>()
/** The alternative occurs at a word start: "sanction" matches "sanctions", not "unsanctioned". */
function wordStart(alternative: string): RegExp {
  let re = cache.get(alternative)
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(fold(alternative))}`, 'u')
    cache.set(alternative, re)
  }
  return re
}

/** Every group has an alternative that occurs in the text. */
export function matchesKeywords(text: string, groups: string[][]): boolean {
  const t = fold(text)
  return groups.every((group) => group.some((alt) => wordStart(alt).test(t)))
}

/** A name as compared: folded, without "the" and a possessive ending, dots out of acronyms ("U.S." → "us"). */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\.(?=\w)|\.$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * The ids of the sentences a quote lies in. The quote is searched in the article's normalised text; a quote
 * the sentence splitter cut in two gives both sentences. Empty when the quote is not in the body (a title or
 * byline quote, say).
 */
export function sentencesOfQuote(article: Article, quote: string): string[] {
  const { text, map } = foldedWithMap(article.text)
  const q = fold(quote).trim()
  let at = text.indexOf(q)
  let length = q.length
  if (at < 0) {
    // Tolerate a difference at the quote's end (a dropped full stop, a decoded entity): its first 40 characters.
    const head = q.slice(0, Math.min(40, q.length))
    at = text.indexOf(head)
    length = head.length
  }
  if (at < 0) return []
  const start = map[at]!
  const end = map[Math.min(at + length, map.length - 1)]!
  return article.sentences.filter((s) => s.start < end && s.end > start).map((s) => s.id)
}

const foldCache = new WeakMap<object, { text: string; map: number[] }>()
const keyOf = new Map<string, object>()

/** The folded text with, for each of its characters, the offset of the original character. */
function foldedWithMap(original: string): { text: string; map: number[] } {
  let key = keyOf.get(original)
  if (!key) keyOf.set(original, (key = {}))
  const hit = foldCache.get(key)
  if (hit) return hit
  let text = ''
  const map: number[] = []
  let space = false
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!
    if (/\s/.test(c)) {
      if (!space) (text += ' '), map.push(i)
      space = true
      continue
    }
    space = false
    const f = fold(c)
    for (const ch of f) (text += ch), map.push(i)
  }
  map.push(original.length)
  const result = { text, map }
  foldCache.set(key, result)
  return result
}
