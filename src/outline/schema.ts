import { z } from 'zod'
import { CAUSAL_RELATION_NAMES, RELATION_KINDS, type CausalRelation } from './vocabulary.ts'

/**
 * The outline schema: the single source of truth for a deck. The TypeScript types below are derived from it,
 * and `outline.schema.json` is emitted from it for editors.
 */

/** Sentence ids as ingest makes them: `p3.s2` = paragraph 3, sentence 2. */
export const RE_SENTENCE_ID = /^p\d+\.s\d+$/
/** The most slides an outline may have: three hours of briefing, and what Slidev and a PDF viewer handle well. */
export const MAX_SLIDES = 200
/**
 * The most a diagram may hold, and the longest text in it: more and Mermaid's drawing, scaled to fit the slide,
 * comes out too small to see (a 1,000-node loop or a 100 KB label printed as a blank page). The draft stays far
 * below (10 actors, 7 factors, 8 events, labels of a few words).
 */
export const MAX_DIAGRAM_NODES = 30
export const MAX_DIAGRAM_EDGES = 60
export const MAX_TIMELINE_EVENTS = 30
export const MAX_LABEL_CHARS = 120

const text = z.string().trim().min(1, 'Expected a non-empty text')
const label = text.max(MAX_LABEL_CHARS, `Expected a label of at most ${MAX_LABEL_CHARS} characters`)
const optionalLabel = z.string().max(MAX_LABEL_CHARS, `Expected a label of at most ${MAX_LABEL_CHARS} characters`).optional()
const sourceIds = z
  .array(z.string().regex(RE_SENTENCE_ID, 'Expected a sentence id such as "p3.s2"'))
  .describe('Ids of the article sentences this item comes from, e.g. [p3.s2].')
const nodeId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Expected an id of lower-case letters, digits and dashes, such as "new-zealand"')

export const PointSchema = z
  .object({
    text: text.describe('The point as shown on the slide.'),
    source: sourceIds,
  })
  .strict()

export const QuoteSchema = z
  .object({
    text: text.describe('The quoted words, verbatim.'),
    speaker: z.string().optional().describe('Who said or wrote it.'),
    source: sourceIds,
  })
  .strict()

export { RELATION_KINDS, CAUSAL_RELATION_NAMES } from './vocabulary.ts'

export const ActorNodeSchema = z
  .object({
    id: nodeId,
    label,
    type: z.enum(['state', 'organisation', 'company', 'person', 'media', 'group']).optional(),
    bloc: optionalLabel.describe('Actors with the same bloc are drawn together.'),
  })
  .strict()

export const RelationEdgeSchema = z
  .object({
    from: nodeId,
    to: nodeId,
    kind: z.enum(RELATION_KINDS),
    label: optionalLabel,
    source: sourceIds,
  })
  .strict()

export const FlowNodeSchema = z.object({ id: nodeId, label, source: sourceIds.optional() }).strict()

export const FlowEdgeSchema = z
  .object({
    from: nodeId,
    to: nodeId,
    relation: z
      .enum(CAUSAL_RELATION_NAMES as [CausalRelation, ...CausalRelation[]])
      .optional()
      .describe(`What the cause does to the effect: ${CAUSAL_RELATION_NAMES.join(', ')}.`),
    label: optionalLabel.describe('Your own label for the arrow; by default the relation.'),
    source: sourceIds,
  })
  .strict()

export const EventSchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
      .describe('Sortable date: YYYY, YYYY-MM or YYYY-MM-DD.'),
    label: optionalLabel.describe('How the date is shown, e.g. "3 Mar 2019".'),
    text,
    source: sourceIds,
  })
  .strict()

const notes = z.array(z.string()).optional().describe('Talking points for the presenter, one per line.')
const reveal = z.boolean().optional().describe('Show the points one click at a time (overrides meta.reveal).')
const title = text.describe('The slide title.')

const slide = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), ...shape, notes }).strict()

export const SlideSchema = z.discriminatedUnion('kind', [
  slide('cover', {
    title,
    subtitle: z.string().optional().describe("The briefing's message in one line: the article's thesis."),
    source: sourceIds.optional().describe('The sentence(s) the subtitle condenses.'),
  }),
  slide('agenda', { title, items: z.array(text), reveal }),
  slide('section', { title }),
  slide('points', { title, points: z.array(PointSchema).min(1), reveal }),
  slide('quotes', { title, quotes: z.array(QuoteSchema).min(1) }),
  slide('actors', {
    title,
    description: z.string().optional().describe('Accessible description of the diagram.'),
    nodes: z.array(ActorNodeSchema).min(1).max(MAX_DIAGRAM_NODES),
    edges: z.array(RelationEdgeSchema).max(MAX_DIAGRAM_EDGES),
  }),
  slide('dynamics', {
    title,
    description: z.string().optional(),
    nodes: z.array(FlowNodeSchema).min(1).max(MAX_DIAGRAM_NODES),
    edges: z.array(FlowEdgeSchema).max(MAX_DIAGRAM_EDGES),
  }),
  slide('timeline', { title, description: z.string().optional(), events: z.array(EventSchema).min(1).max(MAX_TIMELINE_EVENTS) }),
  slide('takeaways', { title, points: z.array(PointSchema).min(1), reveal }),
  slide('sources', { title }),
])

export const SLIDE_KINDS = SlideSchema.options.map((o) => o.shape.kind.value)

export const MetaSchema = z
  .object({
    title: text,
    author: z.string().optional(),
    byline: z.string().optional(),
    publisher: z.string().optional(),
    licence: z.string().optional(),
    url: z.string().optional(),
    date: z.string().optional().describe('The publication date as printed.'),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
      .optional()
      .describe('The publication date as YYYY-MM-DD: the reference for dates without a year, and for the timeline check.'),
    credits: z.array(z.string()).default([]),
    minutes: z.number().int().min(1).max(180).describe('Speaking time the briefing is fitted to.'),
    theme: z
      .string()
      .regex(/^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/, 'Expected a theme name such as "default" or "seriph"')
      .optional()
      .describe('The Slidev theme: default (if absent), seriph, or another installed theme package.'),
    reveal: z.boolean().optional().describe('Show the points of every list slide one click at a time.'),
    logo: z
      .string()
      .regex(/^[\w.-][\w./-]*\.(svg|png|jpe?g|webp|gif)$/, 'Expected a picture file in the deck\'s public/ folder, such as "logo.svg"')
      .refine((v) => !v.split('/').includes('..'), 'Expected a picture file inside the deck\'s public/ folder')
      .optional()
      .describe("A picture in the deck's public/ folder shown on the cover, e.g. logo.svg (default: briefdeck's mark)."),
  })
  .strict()

export const OutlineSchema = z
  .object({
    version: z.literal(1),
    meta: MetaSchema,
    slides: z.array(SlideSchema).min(1).max(MAX_SLIDES),
    sentences: z
      .record(z.string().regex(RE_SENTENCE_ID), z.string())
      .describe('The article, sentence by sentence: what every `source` id refers to. Speaker notes quote these.'),
  })
  .strict()

export type Outline = z.infer<typeof OutlineSchema>
export type Slide = z.infer<typeof SlideSchema>
export type SlideKind = Slide['kind']
export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>
export type Point = z.infer<typeof PointSchema>
export type OutlineMeta = z.infer<typeof MetaSchema>
export type ActorNode = z.infer<typeof ActorNodeSchema>
export type RelationEdge = z.infer<typeof RelationEdgeSchema>
export type FlowNode = z.infer<typeof FlowNodeSchema>
export type FlowEdge = z.infer<typeof FlowEdgeSchema>
export type TimelineEvent = z.infer<typeof EventSchema>
