/**
 * The typed documents that flow through briefdeck, one stage to the next:
 * `ingest(source) → Article`, `analyse(article) → Analysis`, `draftOutline(article, analysis) → Outline`,
 * `renderDeck(outline) → string`. Only types live here.
 */

/** A span of the normalised article text: `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number
  end: number
}

/** One sentence. `id` is stable for a given text: `p3.s2` = paragraph 3, sentence 2 (both 1-based). */
export interface Sentence extends Span {
  id: string
  text: string
  /** 1-based paragraph number. */
  paragraph: number
}

export interface Paragraph extends Span {
  /** 1-based, counted over the whole article (headings are not paragraphs). */
  index: number
  sentences: Sentence[]
  /** A paragraph of a quotation block (Markdown "> ", HTML <blockquote>): someone else's words the article gives. */
  quoted?: boolean
}

export interface Section {
  /** The subheading, or undefined for the text before the first subheading. */
  title?: string
  paragraphs: Paragraph[]
}

/** What the article says about itself, kept apart from its content. */
export interface ArticleMeta {
  title: string
  /** Author name(s), e.g. "Jane Doe". */
  author?: string
  /** The author's bio line as printed ("Jane Doe is a … Fellow at …"). */
  byline?: string
  publisher?: string
  licence?: string
  url?: string
  /** A publication date as printed, if the article gives one. */
  date?: string
  /** Image credits and similar lines. */
  credits: string[]
}

export type ArticleFormat = 'text' | 'markdown' | 'html'

export interface Article {
  meta: ArticleMeta
  format: ArticleFormat
  /** The normalised body text that every span points into (paragraphs joined by blank lines). */
  text: string
  sections: Section[]
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

// ───────────────────────────── analysis ─────────────────────────────

export type ActorType = 'state' | 'organisation' | 'company' | 'person' | 'media' | 'group'

export interface Actor {
  /** Stable slug, e.g. "germany", "jane-doe". */
  id: string
  /** Display name, e.g. "Germany". */
  name: string
  type: ActorType
  /** Surface forms found in the text that refer to this actor ("Berlin", "German", "Germany's"). */
  aliases: string[]
  /** For people and bodies tied to a state: the state actor's id (an ambassador → her country). */
  affiliation?: string
  /** Ids of sentences that mention the actor. */
  mentions: string[]
}

export type { RelationKind, CausalRelation } from './outline/vocabulary.ts'
import type { CausalRelation, RelationKind } from './outline/vocabulary.ts'

export interface Relation {
  /** Actor ids. For symmetric kinds the order is not meaningful. */
  from: string
  to: string
  kind: RelationKind
  /** Supporting sentence ids. */
  source: string[]
}

export interface DatedEvent {
  /** ISO-like sortable date: "2019-03-03", "2018-11", "2011". */
  date: string
  /** How the date should be shown: "3 Mar 2019", "Nov 2018", "2011". */
  label: string
  /** A short, extractive description of what happened. */
  text: string
  /** The sentence the text comes from, then up to two others that tell the same event again. */
  source: string[]
}

export interface CausalLink {
  /** Short noun phrases taken from the sentence. */
  cause: string
  effect: string
  /** The cue that signalled the link, as printed ("justifies", "in response to"). */
  cue: string
  /** What the cause does to the effect, in the closed vocabulary. */
  relation: CausalRelation
  source: string[]
  /** Ids of the causal-graph nodes the two sides were merged into (see `Analysis.graph`). */
  causeNode?: string
  effectNode?: string
}

/** Cause → effect links merged into a graph: phrases about the same actor or thing share a node. */
export interface CausalGraph {
  nodes: {
    id: string
    /** A short phrase from the text that stands for the node. */
    label: string
    /** Every phrase merged into the node. */
    phrases: string[]
    /** The actor the node is about, if any. */
    actor?: string
    source: string[]
  }[]
  edges: {
    from: string
    to: string
    relation: CausalRelation
    cue: string
    source: string[]
    /**
     * Stated outright between two situations by at least one of its sentences: not as a possibility ("might
     * raise", "if …"), not who may do what ("allow consumers to determine"), no generic side ("One option").
     * A lone link (one that links nothing else) is drawn only when it is firm, or `sided` beside a firm link.
     */
    firm?: boolean
    /**
     * Both its sides read outright by at least one of its sentences, though said as a possibility ("could reduce
     * competition"): such a link joins the slide on its own beside a firm one, not alone.
     */
    sided?: boolean
  }[]
  /** Feedback loops: node ids in order, each leading back to the first. Shortest first. */
  loops: string[][]
  /** Each loop's polarity: reinforcing (R) or balancing (B). */
  loopPolarity: ('R' | 'B')[]
}

export interface Quote {
  text: string
  /** Actor id or name of who said it, when known. */
  speaker?: string
  source: string[]
}

export interface Analysis {
  actors: Actor[]
  relations: Relation[]
  events: DatedEvent[]
  causes: CausalLink[]
  quotes: Quote[]
  /** Salience of each sentence by id, 0..1. */
  salience: Record<string, number>
  /** The causal links merged into a graph, with its feedback loops. */
  graph?: CausalGraph
  /** The publication date, YYYY-MM-DD, from the metadata or a dateline, when the article gives one. */
  published?: string
  /** Ids of sentences that are metadata printed in the body (byline, dateline, bio, disclosure): never points. */
  meta: string[]
}

// ───────────────────────────── diagnostics ─────────────────────────────

/** A problem found by a stage, as data. Only the CLI formats and prints them. */
export interface Diagnostic {
  message: string
  /** 1-based line and column in `file`, when the problem has a place. */
  place?: { line: number; column: number }
  /** A path into the document, e.g. "slides[3].points[1].source". */
  path?: string
  file?: string
  ruleId: string
  source: 'ingest' | 'analyse' | 'outline' | 'quality' | 'render' | 'export' | 'cli'
  fatal: boolean
  /** The 1-based slide number the problem is on, when it is on a slide. */
  slide?: number
}
