/**
 * A matcher for cue lists (data/relations.json, data/causes.json): lower-case word sequences, where a trailing
 * `*` on a word matches any ending ("cooperat*"). Longer cues win over shorter ones at the same place.
 */
import type { Token } from './tokens.ts'
import { words } from './tokens.ts'

export interface Cue<T> {
  words: string[]
  /** The last word matches as a prefix. */
  prefix: boolean
  value: T
  text: string
}

export interface CueMatch<T> {
  cue: Cue<T>
  first: number
  last: number
}

/** How many first letters index the prefix cues. */
const PREFIX_KEY = 3

export class CueMatcher<T> {
  private readonly byFirst = new Map<string, Cue<T>[]>()
  /** One-word cues that match as a prefix, by their first PREFIX_KEY letters (shorter ones under ''). */
  private readonly prefixed = new Map<string, Cue<T>[]>()

  constructor(entries: Iterable<[string, T]>) {
    for (const [text, value] of entries) {
      const prefix = text.endsWith('*')
      const ws = words(text.replace(/\*$/, ''))
      if (ws.length === 0) continue
      const cue: Cue<T> = { words: ws, prefix, value, text }
      if (prefix && ws.length === 1) {
        const key = ws[0]!.length >= PREFIX_KEY ? ws[0]!.slice(0, PREFIX_KEY) : ''
        this.prefixed.set(key, [...(this.prefixed.get(key) ?? []), cue])
      } else this.byFirst.set(ws[0]!, [...(this.byFirst.get(ws[0]!) ?? []), cue])
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  }

  /** The longest cue starting at token `i`. */
  at(tokens: Token[], i: number): CueMatch<T> | undefined {
    const t = tokens[i]!
    if (t.punct) return undefined
    for (const cue of this.byFirst.get(t.lower) ?? []) {
      const n = cue.words.length
      let ok = true
      for (let k = 1; k < n && ok; k++) {
        const w = tokens[i + k]?.lower
        ok = !!w && (cue.prefix && k === n - 1 ? w.startsWith(cue.words[k]!) : w === cue.words[k])
      }
      if (ok) return { cue, first: i, last: i + n - 1 }
    }
    for (const key of [t.lower.slice(0, PREFIX_KEY), '']) {
      for (const cue of this.prefixed.get(key) ?? []) if (t.lower.startsWith(cue.words[0]!)) return { cue, first: i, last: i }
    }
    return undefined
  }

  /** The matches of each token list already read (a sentence's cues are asked for by many checks). */
  private readonly found = new WeakMap<Token[], readonly CueMatch<T>[]>()

  /** Every cue in the tokens, left to right, without overlaps. */
  all(tokens: Token[]): readonly CueMatch<T>[] {
    const known = this.found.get(tokens)
    if (known) return known
    const found: CueMatch<T>[] = []
    for (let i = 0; i < tokens.length; i++) {
      const m = this.at(tokens, i)
      if (m) {
        found.push(m)
        i = m.last
      }
    }
    this.found.set(tokens, found)
    return found
  }
}
