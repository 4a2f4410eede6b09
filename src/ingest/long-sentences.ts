/**
 * The last rule of sentence splitting: a "sentence" longer than MAX_SENTENCE_WORDS words or MAX_SENTENCE_CHARS
 * characters is split into pieces, each a sentence of its own (with its own id, `p3.s2`, `p3.s3`, …), so that
 * every later pass works on sentences of bounded length. Several analysis passes compare the words of a
 * sentence pairwise; a paragraph with no sentence ends (a pasted table, a list run together, a log) would
 * otherwise cost time quadratic in its length (minutes for a few hundred KB).
 *
 * A piece ends at the last clause boundary (`;`, `:`, `,`, a dash, or their CJK forms) in the second half of the
 * room it has, else at the last space, else (a single "word" of thousands of characters) at the limit itself.
 * Pieces are slices of the paragraph: offsets and text stay exact, and nothing is lost or added.
 *
 * boundSentence('a, b c', [0, 6], { words: 2 }) → [[0, 2], [3, 6]]   ("a," and "b c")
 */

/**
 * Longest sentence kept whole, in words. Real prose stays under it: a 100-word sentence is very long for an
 * article, and the long sentences of literature and law run to a few hundred words.
 */
export const MAX_SENTENCE_WORDS = 300
/** Longest sentence kept whole, in characters: about 300 words of English; a long paragraph of Chinese. */
export const MAX_SENTENCE_CHARS = 3_000

/** Where a clause may end: after these, a piece is cut (a space usually follows; CJK punctuation needs none). */
const RE_CLAUSE_END = /[,;:—–，；：、。]/u
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)

export interface SentenceLimits {
  words: number
  chars: number
}

/** Splits the sentence `[start, end)` of `text` into pieces within the limits; a short sentence comes back whole. */
export function boundSentence(
  text: string,
  [start, end]: [number, number],
  limits: Partial<SentenceLimits> = {},
): Array<[number, number]> {
  const maxWords = limits.words ?? MAX_SENTENCE_WORDS
  const maxChars = limits.chars ?? MAX_SENTENCE_CHARS
  const pieces: Array<[number, number]> = []
  let from = start
  for (;;) {
    const room = roomFrom(text, from, end, maxWords, maxChars)
    if (room >= end) break
    const cut = clauseCut(text, from, room) ?? spaceCut(text, from, room) ?? hardCut(text, from, room)
    pieces.push([from, trimEnd(text, from, cut)])
    from = cut
    while (from < end && isSpace(text[from])) from++
  }
  if (end > from) pieces.push([from, end])
  return pieces
}

/**
 * The furthest offset a piece starting at `from` may end at: before its (maxWords + 1)th word, and at most
 * maxChars on. `end` itself when the rest fits.
 */
function roomFrom(text: string, from: number, end: number, maxWords: number, maxChars: number): number {
  const limit = Math.min(end, from + maxChars)
  let words = 0
  for (let i = from; i < limit; i++) {
    if (!isSpace(text[i]) && (i === from || isSpace(text[i - 1]))) {
      words++
      if (words > maxWords) return i
    }
  }
  return limit === end ? end : limit
}

/** Just after the last clause boundary in the second half of [from, room), if there is one. */
function clauseCut(text: string, from: number, room: number): number | undefined {
  for (let i = room - 1; i > from + (room - from) / 2; i--)
    if (RE_CLAUSE_END.test(text[i]!) && (isSpace(text[i + 1]) || /[，；：、。]/u.test(text[i]!))) return i + 1
  return undefined
}

/** At the last white space in (from, room], if there is one. */
function spaceCut(text: string, from: number, room: number): number | undefined {
  for (let i = room; i > from; i--) if (isSpace(text[i])) return i
  return undefined
}

/** At `room` itself, but never between the two halves of a surrogate pair. */
function hardCut(text: string, from: number, room: number): number {
  const code = text.charCodeAt(room - 1)
  return code >= 0xd800 && code <= 0xdbff && room - 1 > from ? room - 1 : room
}

function trimEnd(text: string, from: number, cut: number): number {
  while (cut > from && isSpace(text[cut - 1])) cut--
  return cut
}
