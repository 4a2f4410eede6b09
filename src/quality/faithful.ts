/**
 * Faithful compression: a title or point may only use words of the sentences it cites, in their order.
 * Case and punctuation may differ, and a word may take another inflection of the same stem (a headline's
 * "keeps" for "kept"); an ellipsis marks an omission and matches nothing.
 *
 * isCompression('Beijing’s policy remains business-as-usual', ['Beijing’s official policy … remains business-as-usual, …']) → true
 * isCompression('China supports a friendly North Korea', ['China preferred a friendly North Korea']) → false
 */

const RE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/** Lower-case words, possessive endings dropped, so "Beijing’s" matches "Beijing". */
export function compressionWords(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(RE_WORD)].map((m) => m[0].toLowerCase().replace(/['’]s$/u, ''))
}

/** Two forms of one word: equal, or sharing a stem of at least five letters with short endings ("cooperates"/"cooperation" no: 4 letters of ending). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const stem = commonPrefix(a, b)
  return stem >= 5 && a.length - stem <= 3 && b.length - stem <= 3
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** The first word of `text` that cannot be found, in order, in `sources` (joined in the order given), or undefined. */
export function firstUnfaithfulWord(text: string, sources: string[]): string | undefined {
  const want = compressionWords(text)
  const have = compressionWords(sources.join(' '))
  let j = 0
  for (const w of want) {
    while (j < have.length && !sameWord(w, have[j]!)) j++
    if (j === have.length) return w
    j++
  }
  return undefined
}

/**
 * The first word that cannot be found, as firstUnfaithfulWord, reading a speaker's label apart: "Tom Watters: Our
 * modeling suggests …" is faithful to '“Our modeling suggests …,” said Tom Watters' when the name is in the sources
 * and the words after it are a compression of them (a quotation's speaker may come after its words).
 */
export function firstUnfaithfulVoicedWord(text: string, sources: string[]): string | undefined {
  const missing = firstUnfaithfulWord(text, sources)
  const label = RE_SPEAKER_LABEL.exec(text)
  if (missing === undefined || !label) return missing
  return firstUnfaithfulWord(label[1]!, sources) ?? firstUnfaithfulWord(text.slice(label[0].length), sources)
}
/** A speaker's label: a name of at most 60 characters, then a colon. */
const RE_SPEAKER_LABEL = /^([^\s:][^:]{0,60}?):\s+/u

export function isCompression(text: string, sources: string[]): boolean {
  return firstUnfaithfulVoicedWord(text, sources) === undefined
}
