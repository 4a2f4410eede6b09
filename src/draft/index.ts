import type { Analysis, Article, Sentence } from '../types.ts'
import type { Outline, Point, Slide } from '../outline/schema.ts'
import { DEFAULT_MINUTES, SECONDS_PER_POINT, slideSeconds } from '../timing.ts'
import { condense } from './condense.ts'
import { draftDiagramSlides } from './diagrams.ts'

/**
 * Chooses and condenses what goes on the slides, within a time budget. Pure: Article + Analysis → Outline.
 *
 * 1. the frame: cover, agenda, diagrams, quotes, takeaways, sources;
 * 2. the time left for points, at SECONDS_PER_POINT each;
 * 3. points per section in proportion to its length, the most salient sentences first, kept in article order;
 * 4. sections cut into slides of at most MAX_POINTS_PER_SLIDE points.
 */

export interface DraftOptions {
  /** Speaking time to fit, in minutes. */
  minutes?: number
}

/** More points than this do not fit a slide at a readable size. */
export const MAX_POINTS_PER_SLIDE = 5
const MAX_QUOTES = 3
const MAX_TAKEAWAYS = 3
/** What a briefing of a given length has room for besides its points, shortest first. */
const PLANS: Array<{ fromMinutes: number; diagrams: number; quotes: boolean; agenda: boolean; dividers: boolean }> = [
  // Under 3 minutes: the points and nothing else.
  { fromMinutes: 0, diagrams: 0, quotes: false, agenda: false, dividers: false },
  // A short briefing: one diagram, no agenda, no dividers: fewer, denser slides.
  { fromMinutes: 3, diagrams: 1, quotes: false, agenda: false, dividers: false },
  { fromMinutes: 8, diagrams: 3, quotes: true, agenda: true, dividers: false },
  // From 12 minutes a divider slide opens each section of a sectioned article.
  { fromMinutes: 12, diagrams: 3, quotes: true, agenda: true, dividers: true },
]

export function draftOutline(article: Article, analysis: Analysis, options: DraftOptions = {}): Outline {
  const minutes = options.minutes ?? DEFAULT_MINUTES
  const plan = PLANS.findLast((p) => minutes >= p.fromMinutes)!
  const salience = (s: Sentence) => analysis.salience[s.id] ?? 0
  const diagrams = draftDiagramSlides(article, analysis).slice(0, plan.diagrams)
  const quotes = plan.quotes ? quoteSlide(analysis) : undefined
  const takeaways = takeawaySlide(article, salience)
  const frame: Slide[] = [...diagrams, ...(quotes ? [quotes] : []), takeaways]
  const fixed = [...frame, COVER_PLACEHOLDER, ...(plan.agenda ? [COVER_PLACEHOLDER] : [])]
  const frameSeconds = fixed.reduce((t, s) => t + slideSeconds(s), 0)
  const pointBudget = Math.max(article.sections.length, Math.floor((minutes * 60 - frameSeconds) / (SECONDS_PER_POINT + 2)))
  const content = contentSlides(article, analysis, salience, pointBudget, plan.dividers)
  const agenda: Slide = {
    kind: 'agenda',
    title: 'Agenda',
    items: unique([...(plan.dividers && article.sections.length > 1 ? article.sections.map(sectionTitle) : content.map((s) => baseTitle(s.title))), ...frame.map((s) => s.title)]),
    notes: [`${minutes} minutes in all. The briefing follows the article's argument, then draws it together.`],
  }
  const cover: Slide = {
    kind: 'cover',
    title: article.meta.title,
    subtitle: `A ${minutes}-minute briefing`,
    notes: [
      `Introduce the article: "${article.meta.title}"${article.meta.author ? `, by ${article.meta.author}` : ''}${article.meta.publisher ? ` (${article.meta.publisher})` : ''}.`,
    ],
  }
  const sources: Slide = { kind: 'sources', title: 'Sources and credits', notes: ['Point the audience to the original article.'] }
  return {
    version: 1,
    meta: orderedMeta(article.meta, minutes),
    slides: [cover, ...(plan.agenda ? [agenda] : []), ...content, ...frame, sources],
    sentences: Object.fromEntries(article.sentences.map((s) => [s.id, s.text])),
  }
}

/** Metadata in the order a reader of outline.yaml expects, without empty fields. */
function orderedMeta(m: Article['meta'], minutes: number): Outline['meta'] {
  const pick = { title: m.title, author: m.author, byline: m.byline, publisher: m.publisher, date: m.date, url: m.url, licence: m.licence }
  const present = Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined)) as Pick<Outline['meta'], 'title'>
  return { ...present, credits: m.credits, minutes }
}

const COVER_PLACEHOLDER: Slide = { kind: 'cover', title: '-' }

function contentSlides(
  article: Article,
  analysis: Analysis,
  salience: (s: Sentence) => number,
  budget: number,
  dividers: boolean,
): Slide[] {
  const total = article.sentences.length
  return article.sections.flatMap((section, index) => {
    const sentences = section.paragraphs.flatMap((p) => p.sentences)
    const share = Math.max(1, Math.round((budget * sentences.length) / total))
    const chosen = new Set([...sentences].sort((a, b) => salience(b) - salience(a)).slice(0, share))
    const points: Point[] = sentences.filter((s) => chosen.has(s)).map((s) => ({ text: condense(s.text), source: [s.id] }))
    const chunks = chunk(points, Math.ceil(points.length / MAX_POINTS_PER_SLIDE))
    // An untitled section is named, slide by slide, after the actors it is about.
    const titles = chunks.map((pts) => section.title ?? actorsTitle(pts, analysis) ?? (index === 0 ? 'Background' : 'Analysis'))
    const slides = chunks.map((pts, i): Slide => ({
      kind: 'points',
      title: numberRepeats(titles, i),
      points: pts,
      notes: [`${pts.length} point${pts.length > 1 ? 's' : ''}; the full source sentences follow below.`],
    }))
    // With several sections, a divider names each one (and becomes a bookmark in the PDF).
    if (!dividers || article.sections.length < 2) return slides
    const divider: Slide = { kind: 'section', title: sectionTitle(section, index), notes: ['Announce the next part.'] }
    return [divider, ...slides]
  })
}

function sectionTitle(section: Article['sections'][number], index: number): string {
  return section.title ?? (index === 0 ? 'Background' : `Part ${index + 1}`)
}

/** numberRepeats(['A', 'A', 'B'], 1) → 'A (2/2)' */
function numberRepeats(titles: string[], i: number): string {
  const same = titles.flatMap((t, j) => (t === titles[i] ? [j] : []))
  return same.length > 1 ? `${titles[i]} (${same.indexOf(i) + 1}/${same.length})` : titles[i]!
}

/** A title for untitled text: the actors it is about, most mentioned first ("France, Germany and Italy"). */
function actorsTitle(points: Point[], analysis: Analysis): string | undefined {
  const ids = new Set(points.flatMap((p) => p.source))
  const ranked = analysis.actors
    .map((a) => ({ a, n: a.mentions.filter((m) => ids.has(m)).length }))
    .filter((x) => x.n > 0 && x.a.type !== 'person')
    .sort((x, y) => y.n - x.n)
    .slice(0, 3)
    .map((x) => x.a.name)
  if (ranked.length < 2) return undefined
  return `${ranked.slice(0, -1).join(', ')} and ${ranked.at(-1)}`
}

function quoteSlide(analysis: Analysis): Slide | undefined {
  const quotes = analysis.quotes.slice(0, MAX_QUOTES)
  if (quotes.length === 0) return undefined
  return {
    kind: 'quotes',
    title: 'In their words',
    quotes: quotes.map((q) => ({ text: q.text, ...(q.speaker ? { speaker: q.speaker } : {}), source: q.source })),
    notes: ['Read each quote, then say who said it and why it matters.'],
  }
}

/** Takeaways: the lead's strongest sentence, then the conclusion's. */
function takeawaySlide(article: Article, salience: (s: Sentence) => number): Slide {
  const first = article.paragraphs[0]!.sentences
  const last = article.paragraphs.at(-1)!.sentences
  const lead = [...first].sort((a, b) => salience(b) - salience(a))[0]!
  const picked = unique([lead, ...last.slice(-(MAX_TAKEAWAYS - 1))])
  return {
    kind: 'takeaways',
    title: 'Takeaways',
    points: picked.map((s) => ({ text: condense(s.text), source: [s.id] })),
    notes: ['Close on these; invite questions.'],
  }
}

function baseTitle(title: string): string {
  return title.replace(/\s\(\d+\/\d+\)$/, '')
}

function chunk<T>(items: T[], parts: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < parts; i++)
    out.push(items.slice(Math.round((i * items.length) / parts), Math.round(((i + 1) * items.length) / parts)))
  return out.filter((c) => c.length > 0)
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
