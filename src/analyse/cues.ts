/**
 * A matcher for cue lists (data/relations.json, data/causes.json): lower-case word sequences, where a trailing
 * `*` on a word matches any ending ("cooperat*"). Longer cues win over shorter ones at the same place.
 */
import type { Token } from './tokens.ts'
import { words } from './tokens.ts'

export interface Cue<T> {
  words: string[]
  /** Which words match as a prefix (written with a trailing `*`: "depend* on"). */
  stars: boolean[]
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
  /** Cues whose first word matches as a prefix, by their first PREFIX_KEY letters (shorter ones under ''). */
  private readonly prefixed = new Map<string, Cue<T>[]>()

  constructor(entries: Iterable<[string, T]>) {
    for (const [text, value] of entries) {
      const stars = text.trim().split(/\s+/).map((w) => w.endsWith('*'))
      const ws = words(text.replace(/\*/g, ''))
      if (ws.length === 0) continue
      const cue: Cue<T> = { words: ws, stars: ws.map((_, k) => stars[k] ?? false), value, text }
      if (cue.stars[0]) {
        const key = ws[0]!.length >= PREFIX_KEY ? ws[0]!.slice(0, PREFIX_KEY) : ''
        this.prefixed.set(key, [...(this.prefixed.get(key) ?? []), cue])
      } else this.byFirst.set(ws[0]!, [...(this.byFirst.get(ws[0]!) ?? []), cue])
    }
    for (const list of [...this.byFirst.values(), ...this.prefixed.values()]) list.sort((a, b) => b.words.length - a.words.length)
  }

  /** The longest cue starting at token `i`. */
  at(tokens: Token[], i: number): CueMatch<T> | undefined {
    const t = tokens[i]!
    if (t.punct) return undefined
    for (const cue of this.byFirst.get(t.lower) ?? []) if (this.rest(tokens, i, cue)) return { cue, first: i, last: i + cue.words.length - 1 }
    for (const key of [t.lower.slice(0, PREFIX_KEY), '']) {
      for (const cue of this.prefixed.get(key) ?? []) if (t.lower.startsWith(cue.words[0]!) && this.rest(tokens, i, cue)) return { cue, first: i, last: i + cue.words.length - 1 }
    }
    return undefined
  }

  /** Whether the cue's words after its first follow token `i`, each whole or, starred, as a prefix. */
  private rest(tokens: Token[], i: number, cue: Cue<T>): boolean {
    for (let k = 1; k < cue.words.length; k++) {
      const w = tokens[i + k]?.lower
      if (!w || !(cue.stars[k] ? w.startsWith(cue.words[k]!) : w === cue.words[k])) return false
    }
    return true
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
