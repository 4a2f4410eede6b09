import connectives from '../../data/draft/connectives.json' with { type: 'json' }

/**
 * Condenses a source sentence into a slide point without inventing words: a leading connective ("However,")
 * goes, and a long sentence is cut at its last clause boundary that fits, marked with an ellipsis.
 *
 * condense('However, Germany remains open to the deal.') → 'Germany remains open to the deal.'
 */

/** A point should fit two lines of a slide: about 26 words at the deck's font size. */
export const MAX_POINT_WORDS = 26
/** …and about 190 characters: a long word, a URL or text without spaces (Chinese) is cut by length. */
export const MAX_POINT_CHARS = 190
/** Never cut a sentence shorter than this many words: a fragment that short loses the claim. */
const MIN_CUT_WORDS = 9

const RE_LEADING = new RegExp(`^(?:${connectives.leading.map(escapeRe).join('|')})\\s*,?\\s+`, 'iu')
/** A leading clause up to its first comma, at most 15 words long. */
const RE_LEADING_CLAUSE = new RegExp(`^(?:${connectives.leadingClauses.map(escapeRe).join('|')})\\s(?:[^,\\s]+\\s){0,13}[^,\\s]+,\\s+`, 'iu')
const TRAILING = new Set(connectives.trailing)
const RE_SUBORDINATE_START = new RegExp(`^(?:${connectives.subordinators.map(escapeRe).join('|')})\\s`, 'iu')
/** Clause boundaries after which a cut still reads as a whole thought. */
const RE_CLAUSE_END = /[,;:–—]\s|\s(?:while|whereas|which|but|although|as|since|because|despite)\s/gu

export function condense(sentence: string): string {
  const point = condenseWords(sentence)
  if (point.length <= MAX_POINT_CHARS) return point
  return `${[...point].slice(0, MAX_POINT_CHARS - 2).join('').trimEnd()} …`
}

function condenseWords(sentence: string): string {
  let text = sentence.trim()
  for (let i = 0; i < 2; i++) text = text.replace(RE_LEADING, '')
  if (wordCount(text) > MAX_POINT_WORDS) {
    const main = text.replace(RE_LEADING_CLAUSE, '')
    if (wordCount(main) >= MIN_CUT_WORDS) text = main
  }
  text = capitalise(text)
  const words = text.split(/\s+/)
  if (words.length <= MAX_POINT_WORDS) return text
  const limit = words.slice(0, MAX_POINT_WORDS).join(' ')
  let cut = -1
  for (const m of limit.matchAll(RE_CLAUSE_END)) {
    const head = limit.slice(0, m.index)
    const onlyTheCondition = RE_SUBORDINATE_START.test(head) && !/[,;:–—]/.test(head)
    if (head.split(/\s+/).length >= MIN_CUT_WORDS && !onlyTheCondition) cut = m.index
  }
  let head = (cut > 0 ? limit.slice(0, cut) : limit).replace(/[\s,;:–—-]+$/u, '').split(/\s+/)
  while (head.length > MIN_CUT_WORDS && TRAILING.has(head.at(-1)!.toLowerCase())) head = head.slice(0, -1)
  return `${head.join(' ').replace(/[\s,;:–—-]+$/u, '')} …`
}

function wordCount(s: string): number {
  return s.split(/\s+/).length
}

function capitalise(s: string): string {
  return s.replace(/^(["'“‘(]*)(\p{Ll})/u, (_, open: string, c: string) => open + c.toUpperCase())
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
