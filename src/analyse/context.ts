/**
 * The working state the analyse rules share: each sentence's tokens and actor mentions. It is built by the
 * actor rules and read by the later ones; none of it leaves `analyse()`.
 */
import type { Actor, Article, Sentence } from '../types.ts'
import type { FormKind } from './actors/lexicon.ts'
import type { Token } from './tokens.ts'
import type { Word } from '../language/index.ts'

export interface Mention {
  actor: string
  /** Token range, inclusive. */
  first: number
  last: number
  possessive: boolean
  kind: FormKind
}

export interface SentenceContext {
  sentence: Sentence
  /** Position in `article.sentences`. */
  index: number
  tokens: Token[]
  /** The same sentence tagged by the linguistic layer (parts of speech, lemmas). */
  words: Word[]
  mentions: Mention[]
  /** Byline, dateline or disclosure: metadata printed in the body, not part of the argument. */
  meta: boolean
}

export interface Context {
  article: Article
  sentences: SentenceContext[]
  actors: Map<string, Actor>
  /** The publication date, `YYYY-MM-DD`, from the metadata or a dateline. */
  published?: string
  /** Names of the article's author and publisher, never actors. */
  self: string[]
}

/** Each sentence's tagged words by where they start, built on first use. */
const byStart = new WeakMap<Word[], Map<number, Word>>()

/** The tagged word that starts where token `t` starts, if the tagger split the text there too. */
export function wordOf(s: SentenceContext, t: Token | undefined): Word | undefined {
  if (!t) return undefined
  let index = byStart.get(s.words)
  if (!index) {
    index = new Map()
    for (const w of s.words) if (!index.has(w.start)) index.set(w.start, w)
    byStart.set(s.words, index)
  }
  return index.get(t.start)
}
