/**
 * briefdeck's library: each stage is a pure function from one typed document to the next.
 *
 *   const article = ingest(text, { name: 'article.html' })
 *   const outline = draftOutline(article, analyse(article), { minutes: 15 })
 *   const slidesMd = renderDeck(outline)
 */
export type * from './types.ts'
export { BriefdeckError } from './errors.ts'
export { ingest, detectFormat, splitSentences, MAX_INPUT_BYTES, type IngestOptions } from './ingest/index.ts'
export { analyse } from './analyse/index.ts'
export { draftOutline, MAX_POINTS_PER_SLIDE, type DraftOptions } from './draft/index.ts'
export {
  parseOutline,
  stringifyOutline,
  outlineJsonSchema,
  formatPath,
  OutlineSchema,
  SLIDE_KINDS,
  type Outline,
  type Slide,
  type ParsedOutline,
} from './outline.ts'
export { renderDeck } from './render/index.ts'
export { buildFromArticle, buildFromOutline, writeSlides, writeOutline } from './pipeline.ts'
export { timeSlides, WORDS_PER_MINUTE, SECONDS_PER_POINT, DEFAULT_MINUTES } from './timing.ts'
