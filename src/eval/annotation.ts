/**
 * The corpus annotations (tests/eval/corpus/<split>/<slug>/annotation.yaml): what a careful analyst reads in
 * an article, written before the tool ran on it. Format and rules: tests/eval/ANNOTATING.md.
 */
import { z } from 'zod'

export const RELATION_KINDS = ['alliance', 'cooperation', 'dialogue', 'support', 'tension', 'hostility', 'condemnation', 'pressure'] as const
export const CAUSAL_RELATIONS = ['increases', 'reduces', 'justifies', 'prompts', 'threatens', 'deters', 'enables', 'blocks'] as const
const ACTOR_TYPES = ['state', 'organisation', 'company', 'person', 'group', 'media'] as const

const quote = z.string().min(3)
/** Groups of alternatives: every group must match, by any of its alternatives. */
const keywords = z.array(z.array(z.string().min(1)).min(1)).min(1)
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)

export const AnnotationSchema = z.object({
  article: z.string(),
  title: z.string(),
  kind: z.string(),
  about_states: z.boolean(),
  published: isoDate.nullable(),
  annotated: z.string(),
  annotator: z.string().optional(),
  thesis: z.object({ quote, claim: z.string() }),
  claims: z.array(z.object({ claim: z.string(), keywords, quote: quote.optional() })),
  actors: z.array(
    z.object({
      name: z.string(),
      type: z.enum(ACTOR_TYPES),
      aliases: z.array(z.string()).default([]),
      protagonist: z.boolean().default(false),
    }),
  ),
  not_actors: z.array(z.string()).default([]),
  relations: z.array(
    z.object({ from: z.string(), to: z.string(), kind: z.enum(RELATION_KINDS), directed: z.boolean().default(false), quote }),
  ),
  opposed: z.array(z.tuple([z.string(), z.string()])).default([]),
  events: z.array(z.object({ date: isoDate, what: z.string(), keywords: keywords.optional(), quote })),
  not_events: z.array(z.object({ quote })).default([]),
  causes: z.array(
    z.object({
      cause: z.string(),
      cause_keywords: keywords,
      effect: z.string(),
      effect_keywords: keywords,
      relation: z.enum(CAUSAL_RELATIONS),
      quote,
    }),
  ),
})

export type Annotation = z.infer<typeof AnnotationSchema>
export type AnnotatedActor = Annotation['actors'][number]

/** The article's text as the annotator copied quotes from it: HTML entities decoded, whitespace collapsed. */
export function searchableText(raw: string): string {
  return normaliseForSearch(decodeEntities(raw))
}

export function normaliseForSearch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ')
}

function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' }
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : m
    }
    return named[e.toLowerCase()] ?? m
  })
}

/** Every quote of the annotation, with where it is, for checking that each occurs in the article. */
export function annotationQuotes(a: Annotation): { where: string; quote: string }[] {
  return [
    { where: 'thesis', quote: a.thesis.quote },
    ...a.claims.flatMap((c, i) => (c.quote ? [{ where: `claims[${i}]`, quote: c.quote }] : [])),
    ...a.relations.map((r, i) => ({ where: `relations[${i}]`, quote: r.quote })),
    ...a.events.map((e, i) => ({ where: `events[${i}]`, quote: e.quote })),
    ...a.not_events.map((e, i) => ({ where: `not_events[${i}]`, quote: e.quote })),
    ...a.causes.map((c, i) => ({ where: `causes[${i}]`, quote: c.quote })),
  ]
}
