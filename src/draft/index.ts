import type { Analysis, Article, Sentence } from '../types.ts'
import { MAX_SLIDES, type Outline, type Point, type Slide } from '../outline/schema.ts'
import { DEFAULT_MINUTES, SECONDS_PER_POINT, slideSeconds } from '../timing.ts'
import { tagArticle, tagWords, type Language } from '../language/index.ts'
import { backReference } from '../language/grammar.ts'
import { draftDiagramSlides } from './diagrams/index.ts'
import { isWeakTitle } from './weak-titles.ts'
import { candidatesOf, choosePoints, conclusionOf, overlap, pickThesis, type Candidate } from './select.ts'

/**
 * Chooses and condenses what goes on the slides, within a time budget. Pure: Article + Analysis → Outline.
 *
 * 0. the message: the article's thesis (the cover's subtitle, the first takeaway) and its conclusion;
 * 1. the frame: cover, agenda, diagrams, quotes, takeaways, sources;
 * 2. the time left for points, at SECONDS_PER_POINT each;
 * 3. the sections the budget can cover with MIN_POINTS_PER_SECTION points each, the most salient first (kept in
 *    article order): a long article at a short budget is briefed on its main parts, not one point per section;
 * 4. points per kept section in proportion to its length, the most salient sentences first but no two saying
 *    the same thing (nor one that an earlier section already makes: a summary restated in the body), in article
 *    order; a short article is briefed, not copied (MAX_POINT_SHARE of its sentences);
 * 5. sections cut into slides of at most MAX_POINTS_PER_SLIDE points, each titled with the headline of its most
 *    salient point (a claim: see trim.ts).
 *
 * Every point and title is a compression of the sentence it cites (trim.ts); the speaker notes' talking points
 * are written at render time from the outline, so a remixed outline gets notes that fit it.
 *
 * The result always fits the outline's limits (MAX_SLIDES): the budget bounds the points, and the points bound
 * the slides.
 */

export interface DraftOptions {
  /** Speaking time to fit, in minutes. */
  minutes?: number
  /** The article's tagged sentences (tagged here when not given). */
  language?: Language
}

/** More points than this do not fit a slide at a readable size. */
export const MAX_POINTS_PER_SLIDE = 5
const MAX_QUOTES = 3
/** The thesis and up to two claims of the conclusion. */
const MAX_TAKEAWAYS = 3
/** A briefing points out at most this share of an article's sentences: it briefs, it does not copy. */
const MAX_POINT_SHARE = 0.4
/** The words of points a slide holds at the deck's type size (about five points of twenty words). */
const MAX_SLIDE_WORDS = 100
/** Slides hold at least this many points where the section has them. */
const MIN_POINTS_PER_SLIDE = 3
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
  const candidates = candidatesOf(article, analysis, options.language ?? tagArticle(article))
  const thesis = pickThesis(article, candidates)
  const conclusion = conclusionOf(article, candidates, MAX_TAKEAWAYS - (thesis ? 1 : 0), new Set(thesis ? [thesis.sentence.id] : []))
  const reserved = new Set([thesis, ...conclusion].flatMap((c) => (c ? [c.sentence.id] : [])))
  // The names the opening pronouns of sentences stand for, which a timeline entry opening so takes too.
  const subjects = new Map(candidates.flatMap((c) => (c.subjectName ? [[c.sentence.id, c.subjectName] as const] : [])))
  const diagrams = draftDiagramSlides(article, analysis, subjects).slice(0, plan.diagrams)
  const quotes = plan.quotes ? quoteSlide(article, analysis) : undefined
  const takeaways = takeawaySlide(thesis, conclusion, candidates)
  const planned: Slide[] = [...diagrams, ...(quotes ? [quotes] : []), ...(takeaways ? [takeaways] : [])]
  const fixed = [...planned, COVER_PLACEHOLDER, ...(plan.agenda ? [COVER_PLACEHOLDER] : [])]
  const frameSeconds = fixed.reduce((t, s) => t + slideSeconds(s), 0)
  const usable = candidates.filter((c) => !reserved.has(c.sentence.id) && !c.dangling)
  const timeBudget = Math.max(1, Math.floor((minutes * 60 - frameSeconds) / (SECONDS_PER_POINT + 2)))
  const pointBudget = Math.min(timeBudget, Math.max(MIN_POINTS_PER_SLIDE, Math.floor(MAX_POINT_SHARE * article.sentences.length)))
  // Each kept section takes a slide of its own, and the points need ⌈budget / 5⌉ more at most: stay under MAX_SLIDES.
  const slideRoom = MAX_SLIDES - fixed.length - 2 - Math.ceil(pointBudget / MAX_POINTS_PER_SLIDE)
  const sections = keptSections(article, usable, Math.min(Math.floor(pointBudget / MIN_POINTS_PER_SECTION), slideRoom))
  const dividers = plan.dividers && sections.length >= 2 && sections.length <= MAX_DIVIDED_SECTIONS
  const content = contentSlides(sections, pointBudget, dividers, thesis)
  // The quotes slide gives the voices no point already shows ("Renee Weber: To better understand …" on a slide is
  // not said again in their words).
  const cited = new Set([...content, ...(takeaways ? [takeaways] : [])].flatMap((s) => ('points' in s ? s.points.flatMap((p) => p.source) : [])))
  const voices = plan.quotes ? quoteSlide(article, analysis, cited) : undefined
  const frame: Slide[] = [...diagrams, ...(voices ? [voices] : []), ...(takeaways ? [takeaways] : [])]
  const titled = content.filter((s) => s.kind === 'points').map((s) => s.title)
  const agenda: Slide = {
    kind: 'agenda',
    title: 'Agenda',
    items: agendaItems(unique(dividers ? partTitles(content) : titled), frame.map((s) => s.title)),
  }
  const cover: Slide = {
    kind: 'cover',
    title: article.meta.title,
    ...(thesis ? { subtitle: coverMessage(thesis), source: thesis.source } : { subtitle: `A ${minutes}-minute briefing` }),
  }
  const sources: Slide = { kind: 'sources', title: 'Sources and credits' }
  return {
    version: 1,
    meta: orderedMeta(article.meta, minutes, analysis.published),
    slides: [cover, ...(plan.agenda ? [agenda] : []), ...content, ...frame, sources],
    sentences: Object.fromEntries(article.sentences.map((s) => [s.id, s.text])),
  }
}

/** A thesis this short is the cover's message whole; a longer one gives its headline. */
const COVER_MESSAGE_WORDS = 20

/**
 * The cover's message: the thesis as its point when that fits two lines ("Commentators have been quick to point to
 * comparisons with the events of May and June 1968"), else its headline of up to LONG_TITLE_WORDS words (else of
 * ten), which may lose a complement ("… to point to comparisons").
 */
function coverMessage(thesis: Candidate): string {
  if (thesis.point.split(/\s+/).length <= COVER_MESSAGE_WORDS) return thesis.point
  // (The cover has room for a headline of LONG_TITLE_WORDS, which keeps more of the claim than a slide title's ten:
  // "… multilateral solutions to denuclearise North Korea", not "… solutions to North Korea".)
  return thesis.title ? (thesis.longTitle ?? thesis.title) : thesis.point
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
  /** The section's candidate points, in article order. */
  candidates: Candidate[]
}

/**
 * At most `most` sections: all of them when they fit, else those with the most salient text, in article order.
 */
function keptSections(article: Article, usable: Candidate[], most: number): KeptSection[] {
  const all = article.sections
    .map((section, index): KeptSection => {
      const ids = new Set(section.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)))
      return { title: sectionTitle(section, index, article.sections), heading: section.title, index, candidates: usable.filter((c) => ids.has(c.sentence.id)) }
    })
    .filter((section) => section.candidates.length > 0)
  const room = Math.max(1, most)
  if (all.length <= room) return all
  const weight = (section: KeptSection) => section.candidates.reduce((sum, c) => sum + c.salience, 0)
  const chosen = new Set([...all].sort((a, b) => weight(b) - weight(a) || a.index - b.index).slice(0, room))
  return all.filter((section) => chosen.has(section))
}

function contentSlides(sections: KeptSection[], budget: number, dividers: boolean, thesis?: Candidate): Slide[] {
  const shares = apportion(budget, sections.map((section) => section.candidates.length), MIN_POINTS_PER_SECTION)
  const usedTitles = new Set<string>()
  const usedPoints = new Set<Candidate>()
  const said: Candidate[] = []
  const chosenBySection = sections.map((section, k) => {
    const chosen = choosePoints(section.candidates, shares[k]!, thesis ? [thesis] : [], said)
    said.push(...chosen)
    return chosen
  })
  let spareBudget = budget - chosenBySection.reduce((n, c) => n + c.length, 0)
  return sections.flatMap((section, k) => {
    const chosen = chosenBySection[k]!
    const unused = () => section.candidates.filter((c) => !chosen.includes(c) && !c.dangling && (c.title ?? c.longTitle))
    // A point whose headline is the whole point says the same thing twice on the slide: the last choice.
    const repeats = (c: Candidate) => ((c.title ?? c.longTitle) === c.point ? 1 : 0)
    const chunks = slideChunks(chosen)
    const slides = chunks.flatMap((pts): Slide[] => {
      let points = pts
      let title = slideTitle(points, usedTitles)
      // No point of the slide makes a headline: bring in the section's most salient one that does.
      const spare = title ? [] : unused().filter((c) => !usedPoints.has(c))
      if (!title && spare.length) {
        const extra = spare.sort((a, b) => repeats(a) - repeats(b) || b.salience - a.salience)[0]!
        usedPoints.add(extra)
        // It joins the slide while the budget (and the slide) has room, else takes the least salient point's place.
        const room = spareBudget > 0 && points.length < MAX_POINTS_PER_SLIDE
        const kept = room || points.length <= 1 ? points : [...points].sort((a, b) => b.salience - a.salience).slice(0, -1)
        if (room) spareBudget--
        points = [...kept, extra].sort((a, b) => a.index - b.index)
        title = slideTitle(points, usedTitles)
      }
      // No headline: rather than a label (the section's heading, or ours: "Background"), the shortest point when it
      // is short enough to head the slide; the heading still names the section's divider.
      // Then the longest headline a point makes, the most salient first (worked out only when needed); then the
      // shortest point of a point's length: the heading's words are not the slide's sentences.
      const last = () => [...points].sort((a, b) => b.salience - a.salience).map((c) => c.lastTitle).find((t) => !!t && !usedTitles.has(t) && !isWeakTitle(t))
      const claim = title ?? shortPoint(points, usedTitles, MAX_UNTITLED_FALLBACK_WORDS) ?? last() ?? shortPoint(points, usedTitles, MAX_POINT_TITLE_WORDS)
      // A lone point that yields no claim to head its slide would stand under a label its sentence does not hold:
      // it is left out (a slide of several keeps the label, rather than lose them all).
      if (!claim && points.length === 1) return []
      const shown = claim ?? section.heading ?? section.title
      usedTitles.add(shown)
      return [{ kind: 'points', title: shown, points: points.map((c) => ({ text: c.point, source: c.source })) }]
    })
    // With several sections, a divider names each one (and becomes a bookmark in the PDF); a section left with no
    // slide has none.
    // (An untitled opening has none: "Background" would be a label, not a claim; its slides follow the agenda.)
    if (!dividers || slides.length === 0 || (!section.heading && section.index === 0)) return slides
    const divider: Slide = { kind: 'section', title: section.title }
    return [divider, ...slides]
  })
}

/**
 * A slide's title: the headline of its most salient point that has one and is not another slide's title; else
 * the shortest of its points when that reads as a headline (at most MAX_FALLBACK_TITLE_WORDS words).
 */
function slideTitle(points: Candidate[], used: Set<string>): string | undefined {
  // The claim the other points bear out: salient, and sharing most with the rest of the slide.
  const support = (c: Candidate) => points.filter((o) => o !== c).reduce((t, o) => t + overlap(c.lemmas, o.lemmas), 0) / Math.max(1, points.length - 1)
  const bySalience = [...points].sort((a, b) => b.salience + support(b) - (a.salience + support(a)))
  const free = (t: string | undefined): t is string => !!t && !used.has(t)
  const strong = (t: string | undefined): t is string => free(t) && !isWeakTitle(t)
  // A headline that says almost nothing ("The Delta 4 was developed") heads the slide only when no point has
  // another, of either length.
  return (
    bySalience.find((c) => strong(c.title))?.title ??
    // None of ten words: the main clause in up to fourteen.
    bySalience.find((c) => strong(c.longTitle))?.longTitle ??
    bySalience.find((c) => free(c.title))?.title ??
    bySalience.find((c) => free(c.longTitle))?.longTitle ??
    shortPoint(points, used, MAX_FALLBACK_TITLE_WORDS)
  )
}

/** The shortest of the points, when it has at most `most` words and is not another slide's title. */
function shortPoint(points: Candidate[], used: Set<string>, most: number): string | undefined {
  const short = [...points].sort((a, b) => a.point.length - b.point.length)[0]
  return short && short.point.split(/\s+/).length <= most && !used.has(short.point) ? short.point : undefined
}

/** A point this short can stand as a title when no point of the slide yields a ten-word headline. */
const MAX_FALLBACK_TITLE_WORDS = 14
/** … and this short rather than a label: the section's heading, or our name for it ("Background"). */
const MAX_UNTITLED_FALLBACK_WORDS = 20
/** … and, when no point makes a headline, this short rather than a label the cited sentences do not hold. */
const MAX_POINT_TITLE_WORDS = 25

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
 * The agenda's parts of a deck with dividers: each divider's title, and before the first divider the titles of the
 * untitled opening's slides (claims, not "Background").
 */
function partTitles(content: Slide[]): string[] {
  const first = content.findIndex((s) => s.kind === 'section')
  return content.flatMap((s, i) => (s.kind === 'section' || (s.kind === 'points' && (first < 0 || i < first)) ? [s.title] : []))
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

/**
 * The section's heading; for an untitled first section, "Background", or "Overview" when the article has a section
 * of its own called "Background" (two dividers of one name would leave the agenda saying it twice).
 */
function sectionTitle(section: Article['sections'][number], index: number, all: Article['sections']): string {
  if (section.title) return section.title
  if (index > 0) return `Part ${index + 1}`
  return all.some((s) => s.title?.trim().toLowerCase() === 'background') ? 'Overview' : 'Background'
}

/**
 * "In their words": up to MAX_QUOTES quotes, each with its speaker, none whose sentences `cited` (the points' sources)
 * already holds, and none that opens by pointing back ("That raises …") unless the same speaker's words it follows
 * are shown just before it.
 */
function quoteSlide(article: Article, analysis: Analysis, cited: ReadonlySet<string> = new Set()): Slide | undefined {
  const order = new Map(article.sentences.map((s, i) => [s.id, i]))
  // A quote is shown with its speaker, or not at all; and whole (a quoted fragment — "failed to do more" — is
  // someone's words in the author's sentence, which a point shows better).
  const shown = followOn(
    analysis.quotes
      .filter((q) => q.speaker && /^\p{Lu}/u.test(q.text))
      .map(shortQuote)
      .filter((q): q is Analysis['quotes'][number] => q !== undefined && !q.source.every((id) => cited.has(id))),
    order,
  )
  // Each voice once first, in the article's order; a second quote of one speaker only when room is left.
  const firsts = shown.filter((q, i) => shown.findIndex((x) => x.speaker === q.speaker) === i)
  const quotes = followOn([...firsts, ...shown.filter((q) => !firsts.includes(q))].slice(0, MAX_QUOTES).sort((a, b) => shown.indexOf(a) - shown.indexOf(b)), order)
  if (quotes.length === 0) return undefined
  return {
    kind: 'quotes',
    title: 'In their words',
    quotes: quotes.map((q) => ({ text: q.text, speaker: q.speaker!, source: q.source })),
  }
}

/**
 * The quotes in order without those that point back ("Those are going to be …", "That is why …") to anything but the
 * words just before them, the same speaker's in the sentence before, shown before them.
 */
function followOn<Q extends Analysis['quotes'][number]>(quotes: Q[], order: ReadonlyMap<string, number>): Q[] {
  const kept: Q[] = []
  const follows = (q: Q, before: Q | undefined) =>
    !!before && before.speaker === q.speaker && order.get(q.source[0]!) === (order.get(before.source.at(-1)!) ?? -2) + 1
  for (const q of quotes) if (!backReference(tagWords(q.text)) || follows(q, kept.at(-1))) kept.push(q)
  return kept
}

/** The most words a quote on the slide may have: one read aloud in a breath or two. */
const MAX_QUOTE_WORDS = 60

/**
 * A statement of several sentences is shown by its first ones, as many as fit MAX_QUOTE_WORDS, "…" marking the
 * rest left out; it cites the sentences shown. One whose first sentence alone does not fit is not shown.
 */
export function shortQuote(q: Analysis['quotes'][number]): Analysis['quotes'][number] | undefined {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length
  if (words(q.text) <= MAX_QUOTE_WORDS) return q
  const sentences = q.text.split(RE_QUOTE_SENTENCE_END)
  let kept = 0
  while (kept < sentences.length && words(sentences.slice(0, kept + 1).join(' ')) <= MAX_QUOTE_WORDS) kept++
  if (kept === 0) return undefined
  return { ...q, text: `${sentences.slice(0, kept).join(' ')} …`, source: q.source.slice(0, kept) }
}
/** Where a sentence inside a quotation ends: its mark, then a capital opening the next. */
const RE_QUOTE_SENTENCE_END = /(?<=[.!?])\s+(?=[‘“"]?\p{Lu})/u

/** Takeaways: the thesis, then the conclusion's claims, each as its point (never a slide's point: they are reserved). */
function takeawaySlide(thesis: Candidate | undefined, conclusion: Candidate[], candidates: Candidate[]): Slide | undefined {
  const picked = [...(thesis ? [thesis] : []), ...conclusion]
  if (picked.length === 0 && candidates.length === 0) return undefined
  const points = (picked.length ? picked : [candidates[0]!]).map((c) => ({ text: c.point, source: c.source }))
  return { kind: 'takeaways', title: 'Takeaways', points }
}

function baseTitle(title: string): string {
  return title.replace(/\s\(\d+\/\d+\)$/, '')
}

/**
 * Points into slides: as few slides as hold them at MAX_POINTS_PER_SLIDE points and MAX_SLIDE_WORDS words each
 * (five long points do not fit a slide at a readable size), the points spread evenly over them.
 */
function slideChunks(points: Candidate[]): Candidate[][] {
  const words = (c: Candidate) => c.point.split(/\s+/).length
  const total = points.reduce((n, c) => n + words(c), 0)
  let parts = Math.max(1, Math.ceil(points.length / MAX_POINTS_PER_SLIDE), Math.ceil(total / MAX_SLIDE_WORDS))
  // Fewer parts while every slide keeps MIN_POINTS_PER_SLIDE points and fits.
  parts = Math.min(parts, Math.max(1, Math.floor(points.length / MIN_POINTS_PER_SLIDE)), points.length)
  for (;;) {
    const chunks = chunk(points, parts)
    if (parts >= points.length || chunks.every((c) => c.reduce((n, p) => n + words(p), 0) <= MAX_SLIDE_WORDS)) return withHeadlines(chunks)
    parts++
  }
}

/**
 * Each slide needs a point that makes its title: a slide without one takes its neighbour's nearest such point
 * across their boundary (the order of points stays the article's), when the neighbour has another.
 */
function withHeadlines(chunks: Candidate[][]): Candidate[][] {
  const titled = (c: Candidate) => Boolean(c.title ?? c.longTitle)
  const count = (c: Candidate[]) => c.filter(titled).length
  for (let i = 0; i < chunks.length; i++) {
    if (count(chunks[i]!) > 0) continue
    const before = chunks[i - 1]
    const after = chunks[i + 1]
    if (before && before.length > 1 && count(before) > 1 && titled(before.at(-1)!)) chunks[i]!.unshift(before.pop()!)
    else if (after && after.length > 1 && count(after) > 1 && titled(after[0]!)) chunks[i]!.push(after.shift()!)
  }
  return chunks
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
