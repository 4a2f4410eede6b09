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
