/**
 * analyse(article) → Analysis: who the article is about, how they relate, when things happened, what causes
 * what, who said what, and which sentences matter most. Pure and linear in the article's length.
 *
 * The rules run in this order, each reading what the earlier ones found:
 */
import type { Analysis, Article } from '../types.ts'
import { tagArticle, type Language } from '../language/index.ts'
import { findActors } from './actors/index.ts'
import { findCauses } from './causes/index.ts'
import type { Context } from './context.ts'
import { findEvents } from './events/index.ts'
import { markAboutLines, markMeta } from './meta.ts'
import { findQuotes } from './quotes.ts'
import { findRelations } from './relations/index.ts'
import { scoreSalience } from './salience.ts'
import { tokenize } from './tokens.ts'

/** `analyse(ingest(text))` → `{ actors, relations, events, causes, quotes, salience, graph }` */
export function analyse(article: Article, language: Language = tagArticle(article)): Analysis {
  const ctx = createContext(article, language)
  markMeta(ctx) //                 bylines and datelines in the body: the publication date, the author
  findActors(ctx) //               states, organisations, people, media; aliases merged; author dropped
  markAboutLines(ctx) //           a press release's closing lines about its issuing body
  const relations = findRelations(ctx) // cue words between the actors of a sentence
  const events = findEvents(ctx) //     explicit, yearless and relative dates
  const { causes, graph } = findCauses(ctx) // cause → effect links, merged into a graph with its loops
  const quotes = findQuotes(ctx) //     quotations and their speakers
  const actors = [...ctx.actors.values()]
  const partial = { actors, relations, events, causes, quotes, graph }
  const meta = ctx.sentences.filter((s) => s.meta).map((s) => s.sentence.id)
  return { ...partial, salience: scoreSalience(ctx, partial), meta, ...(ctx.published ? { published: ctx.published } : {}) }
}

function createContext(article: Article, language: Language): Context {
  return {
    article,
    sentences: article.sentences.map((sentence, index) => ({
      sentence,
      index,
      tokens: tokenize(sentence.text),
      words: language.get(sentence.id) ?? [],
      mentions: [],
      meta: false,
    })),
    actors: new Map(),
    self: [],
  }
}
