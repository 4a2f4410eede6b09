/** Small text helpers shared by the analyse rules. */

/** A stable id for a name: `slug("Jane Doe")` → "jane-doe". */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  )
}

/** Unique values in first-seen order. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)]
}

/** Counts words: `countWords("a b  c")` → 3. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A sentence that asks: its last mark a question mark, before closing quotes or brackets ("Will X reduce Y?"). */
export function isQuestion(sentence: string): boolean {
  return /\?["”’')\]]*\s*$/.test(sentence)
}
