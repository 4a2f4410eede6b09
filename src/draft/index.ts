import type { Analysis, Article, Sentence } from '../types.ts'
import { MAX_SLIDES, type Outline, type Point, type Slide } from '../outline/schema.ts'
import { DEFAULT_MINUTES, SECONDS_PER_POINT, slideSeconds } from '../timing.ts'
import { condense } from './condense.ts'
import { draftDiagramSlides } from './diagrams.ts'

/**
 * Chooses and condenses what goes on the slides, within a time budget. Pure: Article + Analysis → Outline.
 *
 * 1. the frame: cover, agenda, diagrams, quotes, takeaways, sources;
 * 2. the time left for points, at SECONDS_PER_POINT each;
 * 3. the sections the budget can cover with MIN_POINTS_PER_SECTION points each, the most salient first (kept in
 *    article order): a long article at a short budget is briefed on its main parts, not one point per section;
 * 4. points per kept section in proportion to its length, the most salient sentences first, in article order;
 * 5. sections cut into slides of at most MAX_POINTS_PER_SLIDE points.
 *
 * The result always fits the outline's limits (MAX_SLIDES): the budget bounds the points, and the points bound
 * the slides.
 */

export interface DraftOptions {
  /** Speaking time to fit, in minutes. */
  minutes?: number
}

/** More points than this do not fit a slide at a readable size. */
export const MAX_POINTS_PER_SLIDE = 5
const MAX_QUOTES = 3
const MAX_TAKEAWAYS = 3
/** A section briefed in fewer points than this is hardly briefed: below it, fewer sections are kept. */
const MIN_POINTS_PER_SECTION = 2
/** Agenda lines that fit the agenda slide at its type size. */
export const MAX_AGENDA_ITEMS = 9
/** A divider before each section pays off for a few parts; past this many they would crowd out the content. */
const MAX_DIVIDED_SECTIONS = 6
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
  const pointBudget = Math.max(1, Math.floor((minutes * 60 - frameSeconds) / (SECONDS_PER_POINT + 2)))
  // Each kept section takes a slide of its own, and the points need ⌈budget / 5⌉ more at most: stay under MAX_SLIDES.
  const slideRoom = MAX_SLIDES - fixed.length - 2 - Math.ceil(pointBudget / MAX_POINTS_PER_SLIDE)
  const sections = keptSections(article, salience, Math.min(Math.floor(pointBudget / MIN_POINTS_PER_SECTION), slideRoom))
  const dividers = plan.dividers && sections.length >= 2 && sections.length <= MAX_DIVIDED_SECTIONS
  const content = contentSlides(sections, analysis, salience, pointBudget, dividers)
  const agenda: Slide = {
    kind: 'agenda',
    title: 'Agenda',
    items: agendaItems(unique(dividers ? sections.map((s) => s.title) : content.map((s) => baseTitle(s.title))), frame.map((s) => s.title)),
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
    meta: orderedMeta(article.meta, minutes, analysis.published),
    slides: [cover, ...(plan.agenda ? [agenda] : []), ...content, ...frame, sources],
    sentences: Object.fromEntries(article.sentences.map((s) => [s.id, s.text])),
  }
}

/** Metadata in the order a reader of outline.yaml expects, without empty fields. */
function orderedMeta(m: Article['meta'], minutes: number, published?: string): Outline['meta'] {
  const pick = { title: m.title, author: m.author, byline: m.byline, publisher: m.publisher, date: m.date, published, url: m.url, licence: m.licence }
  const present = Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined)) as Pick<Outline['meta'], 'title'>
  return { ...present, credits: m.credits, minutes }
}

const COVER_PLACEHOLDER: Slide = { kind: 'cover', title: '-' }

interface KeptSection {
  title: string
  /** The section's title as the article gives it, if it has one. */
  heading?: string
  /** 0 for the article's first section (an untitled first section is its background). */
  index: number
  sentences: Sentence[]
}

/**
 * At most `most` sections: all of them when they fit, else those with the most salient text, in article order.
 */
function keptSections(article: Article, salience: (s: Sentence) => number, most: number): KeptSection[] {
  const all = article.sections
    .map((section, index): KeptSection => ({
      title: sectionTitle(section, index),
      heading: section.title,
      index,
      sentences: section.paragraphs.flatMap((p) => p.sentences),
    }))
    .filter((section) => section.sentences.length > 0)
  const room = Math.max(1, most)
  if (all.length <= room) return all
  const weight = (section: KeptSection) => section.sentences.reduce((sum, s) => sum + salience(s), 0)
  const chosen = new Set([...all].sort((a, b) => weight(b) - weight(a) || a.index - b.index).slice(0, room))
  return all.filter((section) => chosen.has(section))
}

function contentSlides(
  sections: KeptSection[],
  analysis: Analysis,
  salience: (s: Sentence) => number,
  budget: number,
  dividers: boolean,
): Slide[] {
  const shares = apportion(budget, sections.map((section) => section.sentences.length), MIN_POINTS_PER_SECTION)
  return sections.flatMap((section, k) => {
    const { sentences } = section
    const share = shares[k]!
    const chosen = new Set([...sentences].sort((a, b) => salience(b) - salience(a)).slice(0, share))
    const points: Point[] = sentences.filter((s) => chosen.has(s)).map((s) => ({ text: condense(s.text), source: [s.id] }))
    const chunks = chunk(points, Math.ceil(points.length / MAX_POINTS_PER_SLIDE))
    // An untitled section is named, slide by slide, after the actors it is about.
    const titles = chunks.map((pts) => section.heading ?? actorsTitle(pts, analysis) ?? (section.index === 0 ? 'Background' : 'Analysis'))
    const slides = chunks.map((pts, i): Slide => ({
      kind: 'points',
      title: numberRepeats(titles, i),
      points: pts,
      notes: [`${pts.length} point${pts.length > 1 ? 's' : ''}; the full source sentences follow below.`],
    }))
    // With several sections, a divider names each one (and becomes a bookmark in the PDF).
    if (!dividers) return slides
    const divider: Slide = { kind: 'section', title: section.title, notes: ['Announce the next part.'] }
    return [divider, ...slides]
  })
}

/**
 * Splits `budget` points among sections of `sizes` sentences: each gets `least` (or all it has, if fewer),
 * the rest goes in proportion to what is left of each (largest remainders), and none gets more than it has.
 */
export function apportion(budget: number, sizes: number[], least: number): number[] {
  const shares = sizes.map((n) => Math.min(n, least))
  let left = budget - shares.reduce((a, b) => a + b, 0)
  while (left > 0) {
    const room = sizes.map((n, i) => n - shares[i]!)
    const total = room.reduce((a, b) => a + b, 0)
    if (total === 0) break
    const exact = room.map((r) => (left * r) / total)
    const whole = exact.map(Math.floor)
    let given = whole.reduce((a, b) => a + b, 0)
    const byRemainder = exact.map((x, i) => ({ i, r: x - whole[i]! })).sort((a, b) => b.r - a.r || a.i - b.i)
    for (const { i } of byRemainder) {
      if (given >= Math.min(left, total)) break
      if (whole[i]! < room[i]!) (whole[i]!++, given++)
    }
    whole.forEach((w, i) => (shares[i]! += Math.min(w, room[i]!)))
    left -= given
  }
  return shares
}

/**
 * The agenda: the content's parts, then the closing slides, in at most MAX_AGENDA_ITEMS lines; parts that do
 * not fit are counted in the last content line.
 */
export function agendaItems(parts: string[], closing: string[]): string[] {
  const room = Math.max(1, MAX_AGENDA_ITEMS - closing.length)
  if (parts.length <= room) return unique([...parts, ...closing])
  const shown = parts.slice(0, room - 1)
  return unique([...shown, `…and ${parts.length - shown.length} more parts`, ...closing])
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
    .filter((x) => x.n > 0 && x.a.type !== 'person' && x.a.type !== 'media')
    .sort((x, y) => y.n - x.n)
    .slice(0, 3)
    // Named in the order of the whole article, so that slides about the same actors share one title (numbered).
    .sort((x, y) => y.a.mentions.length - x.a.mentions.length || x.a.name.localeCompare(y.a.name))
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
