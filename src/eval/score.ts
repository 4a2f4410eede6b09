/**
 * Scores one drafted deck against its article's annotation. Pure: (annotation, article, outline, findings) →
 * counts. Every figure is a numerator over a denominator, so totals over the corpus are exact.
 */
import type { Outline, Slide, SlideOf } from '../outline/schema.ts'
import type { Finding } from '../quality/index.ts'
import type { Article } from '../types.ts'
import type { AnnotatedActor, Annotation } from './annotation.ts'
import { CAUSAL_RELATIONS } from './annotation.ts'
import { fold, matchesKeywords, nameKey, sentencesOfQuote } from './match.ts'

/** A share: `n` of `of`. */
export interface Ratio {
  n: number
  of: number
}

export interface ArticleScore {
  slug: string
  split: string
  words: number
  slides: number
  // writing
  titlesClaim: Ratio
  titlesLabel: Ratio
  pointsCut: Ratio
  pointsFragment: Ratio
  pointsLong: Ratio
  duplicates: number
  faithful: Ratio
  talkingPoints: Ratio
  /** Points ÷ sentences of the article. */
  compression: Ratio
  claimsCovered: Ratio
  thesis: boolean
  // actors
  actorDiagramExpected: boolean
  actorDiagramDrawn: boolean
  protagonists: Ratio
  nonActorNodes: Ratio
  edgePrecision: Ratio
  edgeRecall: Ratio
  edgesContradicted: Ratio
  blocPairsWrong: Ratio
  // timeline
  timelineExpected: boolean
  timelineDrawn: boolean
  eventsRightYear: Ratio
  nonEvents: Ratio
  eventRecall: Ratio
  // dynamics
  dynamicsExpected: boolean
  dynamicsDrawn: boolean
  dynamicsEdgesSupported: Ratio
  dynamicsNodesMeaningful: Ratio
  rawCueLabels: Ratio
  dynamicsRecall: Ratio
  /** Per item, for reading one article's score (dev split only). */
  details: string[]
}

const FRIENDLY = new Set(['alliance', 'cooperation', 'support'])
const ADVERSE = new Set(['tension', 'hostility', 'condemnation', 'pressure'])
type Polarity = 'friendly' | 'adverse' | 'talks'
const polarity = (kind: string): Polarity => (FRIENDLY.has(kind) ? 'friendly' : ADVERSE.has(kind) ? 'adverse' : 'talks')
/** Edge labels a causal-loop diagram uses: the closed vocabulary and its signs. */
const CAUSAL_LABELS = new Set<string>([...CAUSAL_RELATIONS, 'raises', 'weakens', '+', '−', '-', 'increases (+)', 'reduces (−)'])
const ratio = (n: number, of: number): Ratio => ({ n, of })

export interface ScoreInput {
  slug: string
  split: string
  annotation: Annotation
  article: Article
  outline: Outline
  findings: Finding[]
  /** Rendered speaker notes per slide (from slides.md). */
  notes: string[]
}

export function scoreArticle(input: ScoreInput): ArticleScore {
  const { annotation: a, article, outline, findings } = input
  const details: string[] = []
  const slides = outline.slides
  const count = (rule: Finding['ruleId']) => findings.filter((f) => f.ruleId === rule).length
  const contentSlides = slides.filter((s): s is SlideOf<'points'> => s.kind === 'points')
  const allPoints = slides.flatMap((s) => ('points' in s ? s.points : []))
  const words = article.sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0)

  // ── writing
  const titleFindings = findings.filter((f) => f.ruleId === 'title-not-claim')
  const labelTitles = contentSlides.filter((s) => /\(\d+\/\d+\)\s*$/.test(s.title) || isNameList(s.title, a) || isDateline(s.title)).length
  for (const f of titleFindings) details.push(`title: ${f.message}`)
  const generatedTexts = allPoints.length + contentSlides.length + slides.filter((s) => s.kind === 'cover' && s.subtitle && s.source).length
  const unfaithful = count('unfaithful') + count('own-words')
  for (const f of findings.filter((f) => f.ruleId === 'point-fragment')) details.push(`fragment: slide ${f.slide} ${f.path}: ${f.message}`)
  for (const f of findings.filter((f) => f.ruleId === 'unfaithful' || f.ruleId === 'own-words')) details.push(`unfaithful: slide ${f.slide} ${f.path}: ${f.message}`)
  const withTalk = slides.filter((s, i) => hasTalkingPoint(input.notes[i] ?? '', s, outline)).length

  const texts = slides.flatMap((s, i) => slideTexts(s).map((t) => ({ slide: i, text: t })))
  const covered = a.claims.filter((c) => texts.some((t) => matchesKeywords(t.text, c.keywords)))
  for (const c of a.claims) if (!covered.includes(c)) details.push(`claim missed: ${c.claim}`)
  const thesisIds = sentencesOfQuote(article, a.thesis.quote)
  const cited = new Set(slides.flatMap((s) => [...('points' in s ? s.points.flatMap((p) => p.source) : []), ...(s.kind === 'cover' ? (s.source ?? []) : [])]))
  const thesis = thesisIds.some((id) => cited.has(id))
  if (!thesis) details.push(`thesis missing: ${a.thesis.claim} (${thesisIds.join(', ') || 'quote not found'})`)

  // ── actors
  const actorSlides = slides.filter((s): s is SlideOf<'actors'> => s.kind === 'actors')
  const related = new Set(a.relations.flatMap((r) => [r.from, r.to]))
  const actorDiagramExpected = related.size >= 3
  const nodes = actorSlides.flatMap((s) => s.nodes)
  const edges = actorSlides.flatMap((s) => s.edges)
  const actorOfNode = new Map(nodes.map((n) => [n.id, findActor(a.actors, [n.label, n.id.replace(/-/g, ' ')])]))
  const protagonists = a.actors.filter((x) => x.protagonist)
  const drawnActors = new Set([...actorOfNode.values()].filter(Boolean).map((x) => x!.name))
  const protagonistsPresent = protagonists.filter((p) => drawnActors.has(p.name)).length
  for (const p of protagonists) if (!drawnActors.has(p.name) && actorDiagramExpected) details.push(`protagonist not drawn: ${p.name}`)
  const notActorKeys = new Set(a.not_actors.map(nameKey))
  const nonActors = nodes.filter((n) => notActorKeys.has(nameKey(n.label)) || (!actorOfNode.get(n.id) && !looksLikeActor(n.label)))
  for (const n of nonActors) details.push(`non-actor node: ${n.label}`)
  const pairKey = (x: string, y: string) => [x, y].sort().join('|')
  const annotatedPairs = new Map<string, Set<Polarity>>()
  for (const r of a.relations) {
    const from = findActor(a.actors, [r.from])?.name ?? r.from
    const to = findActor(a.actors, [r.to])?.name ?? r.to
    const k = pairKey(from, to)
    annotatedPairs.set(k, (annotatedPairs.get(k) ?? new Set()).add(polarity(r.kind)))
  }
  const opposed = new Set(a.opposed.map(([x, y]) => pairKey(findActor(a.actors, [x])?.name ?? x, findActor(a.actors, [y])?.name ?? y)))
  let edgesRight = 0
  let contradicted = 0
  const drawnPairs = new Map<string, Set<Polarity>>()
  for (const e of edges) {
    const from = actorOfNode.get(e.from)?.name
    const to = actorOfNode.get(e.to)?.name
    const p = polarity(e.kind)
    if (!from || !to) {
      details.push(`edge between unknown actors: ${e.from} ${e.kind} ${e.to}`)
      continue
    }
    const k = pairKey(from, to)
    drawnPairs.set(k, (drawnPairs.get(k) ?? new Set()).add(p))
    const truth = annotatedPairs.get(k)
    const right = !!truth && (truth.has(p) || (p === 'talks' && truth.has('friendly')) || (p === 'friendly' && truth.has('talks')))
    const wrong = (p === 'friendly' && (opposed.has(k) || (truth && !truth.has('friendly') && !truth.has('talks')))) || (p === 'adverse' && !!truth && !truth.has('adverse'))
    if (right) edgesRight++
    else details.push(`edge not in the annotation: ${from} ${e.kind} ${to}`)
    if (wrong) (contradicted++, details.push(`edge contradicts the article: ${from} ${e.kind} ${to}`))
  }
  const recalled = [...annotatedPairs].filter(([k, ps]) => [...ps].some((p) => drawnPairs.get(k)?.has(p) || (p === 'friendly' && drawnPairs.get(k)?.has('talks')) || (p === 'talks' && drawnPairs.get(k)?.has('friendly')))).length
  const blocs = new Map<string, string[]>()
  for (const s of actorSlides) for (const n of s.nodes) if (n.bloc) blocs.set(n.bloc, [...(blocs.get(n.bloc) ?? []), n.id])
  let blocPairs = 0
  let blocWrong = 0
  for (const members of blocs.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        blocPairs++
        const x = actorOfNode.get(members[i]!)?.name
        const y = actorOfNode.get(members[j]!)?.name
        if (!x || !y) continue
        const k = pairKey(x, y)
        const truth = annotatedPairs.get(k)
        if (opposed.has(k) || (truth && !truth.has('friendly') && truth.has('adverse'))) (blocWrong++, details.push(`bloc holds opposed actors: ${x}, ${y}`))
      }

  // ── timeline
  const timeline = slides.filter((s): s is SlideOf<'timeline'> => s.kind === 'timeline').flatMap((s) => s.events)
  const annotatedEvents = a.events.map((e) => ({ ...e, ids: sentencesOfQuote(article, e.quote) }))
  const notEventIds = new Set(a.not_events.flatMap((e) => sentencesOfQuote(article, e.quote)))
  let rightYear = 0
  let nonEvents = 0
  const found = new Set<number>()
  for (const ev of timeline) {
    const candidates = annotatedEvents
      .map((x, i) => ({ x, i }))
      .filter(({ x }) => x.ids.some((id) => ev.source.includes(id)))
    const best =
      candidates.find(({ x }) => x.keywords && matchesKeywords(ev.text, x.keywords) && x.date.slice(0, 4) === ev.date.slice(0, 4)) ??
      candidates.find(({ x }) => x.keywords && matchesKeywords(ev.text, x.keywords)) ??
      candidates.find(({ x }) => x.date.slice(0, 4) === ev.date.slice(0, 4)) ??
      candidates[0]
    if (!best || (ev.source.some((id) => notEventIds.has(id)) && !candidates.length)) {
      nonEvents++
      details.push(`non-event on the timeline: ${ev.date} ${ev.text}`)
      continue
    }
    found.add(best.i)
    if (best.x.date.slice(0, 4) === ev.date.slice(0, 4)) rightYear++
    else details.push(`wrong year: ${ev.date} "${ev.text}" (annotated ${best.x.date}: ${best.x.what})`)
  }

  // ── dynamics
  const dynamics = slides.filter((s): s is SlideOf<'dynamics'> => s.kind === 'dynamics')
  const dynNodes = dynamics.flatMap((s) => s.nodes)
  const dynEdges = dynamics.flatMap((s) => s.edges.map((e) => ({ e, labels: new Map(s.nodes.map((n) => [n.id, n.label])) })))
  const links = a.causes.map((c) => ({ ...c, ids: sentencesOfQuote(article, c.quote) }))
  let supported = 0
  const linkFound = new Set<number>()
  for (const { e, labels } of dynEdges) {
    const from = labels.get(e.from) ?? ''
    const to = labels.get(e.to) ?? ''
    const k = links.findIndex((l) => l.ids.some((id) => e.source.includes(id)) && matchesKeywords(from, l.cause_keywords) && matchesKeywords(to, l.effect_keywords))
    if (k >= 0) (supported++, linkFound.add(k))
    else details.push(`dynamics edge not supported: ${from} —${e.label ?? e.relation ?? ''}→ ${to} (${e.source.join(', ')})`)
  }
  const meaningful = dynNodes.filter((n) => !isBareNoun(n.label) && links.some((l) => matchesKeywords(n.label, l.cause_keywords) || matchesKeywords(n.label, l.effect_keywords)))
  for (const n of dynNodes) if (!meaningful.includes(n)) details.push(`dynamics node not meaningful: ${n.label}`)
  const rawCues = dynEdges.filter(({ e }) => {
    const label = e.label ?? e.relation
    return !label || !CAUSAL_LABELS.has(fold(label).trim())
  })

  return {
    slug: input.slug,
    split: input.split,
    words,
    slides: slides.length,
    titlesClaim: ratio(contentSlides.length - titleFindings.length, contentSlides.length),
    titlesLabel: ratio(labelTitles, contentSlides.length),
    pointsCut: ratio(count('point-cut'), allPoints.length),
    // A point that refers back to nothing on the slide, or is no whole sentence: each point counted once.
    pointsFragment: ratio(new Set(findings.filter((f) => f.ruleId === 'point-dangling' || f.ruleId === 'point-fragment').map((f) => f.path)).size, allPoints.length),
    pointsLong: ratio(count('point-long'), allPoints.length),
    duplicates: count('duplicate'),
    faithful: ratio(generatedTexts - unfaithful, generatedTexts),
    talkingPoints: ratio(withTalk, slides.length),
    compression: ratio(slides.filter((s) => s.kind === 'points').reduce((n, s) => n + ('points' in s ? s.points.length : 0), 0), article.sentences.length),
    claimsCovered: ratio(covered.length, a.claims.length),
    thesis,
    actorDiagramExpected,
    actorDiagramDrawn: actorSlides.length > 0,
    protagonists: actorDiagramExpected ? ratio(protagonistsPresent, protagonists.length) : ratio(0, 0),
    nonActorNodes: ratio(nonActors.length, nodes.length),
    edgePrecision: ratio(edgesRight, edges.length),
    edgeRecall: ratio(recalled, annotatedPairs.size),
    edgesContradicted: ratio(contradicted, edges.length),
    blocPairsWrong: ratio(blocWrong, blocPairs),
    timelineExpected: a.events.length >= 2,
    timelineDrawn: timeline.length > 0,
    eventsRightYear: ratio(rightYear, timeline.length - nonEvents),
    nonEvents: ratio(nonEvents, timeline.length),
    eventRecall: ratio(found.size, a.events.length),
    dynamicsExpected: a.causes.length >= 3,
    dynamicsDrawn: dynamics.length > 0,
    dynamicsEdgesSupported: ratio(supported, dynEdges.length),
    dynamicsNodesMeaningful: ratio(meaningful.length, dynNodes.length),
    rawCueLabels: ratio(rawCues.length, dynEdges.length),
    dynamicsRecall: ratio(linkFound.size, links.length),
    details,
  }
}

/** The texts of a slide a claim can be read in: each point with the slide title; the cover's subtitle. */
function slideTexts(s: Slide): string[] {
  if ('points' in s) return s.points.map((p) => `${s.title} — ${p.text}`)
  if (s.kind === 'cover') return s.subtitle ? [s.subtitle] : []
  if (s.kind === 'quotes') return s.quotes.map((q) => q.text)
  return []
}

function findActor(actors: AnnotatedActor[], names: string[]): AnnotatedActor | undefined {
  const keys = names.map(nameKey)
  return actors.find((x) => [x.name, ...x.aliases].some((n) => keys.includes(nameKey(n))))
}

/** A capitalised name (or acronym) could be an actor the annotator did not list; a lower-case phrase cannot. */
function looksLikeActor(label: string): boolean {
  return /^\p{Lu}/u.test(label.trim())
}

/** "countries", "cells": one lower-case word names no situation. */
function isBareNoun(label: string): boolean {
  const words = label.trim().split(/\s+/)
  return words.length === 1 && !/^\p{Lu}/u.test(words[0]!)
}

/** "China, North Korea and US": a title that only lists actors. */
function isNameList(title: string, a: Annotation): boolean {
  const parts = title.replace(/\s*\(\d+\/\d+\)\s*$/, '').split(/,\s*|\s+and\s+/)
  return parts.length >= 2 && parts.every((p) => !!findActor(a.actors, [p]) || /^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)*$/u.test(p.trim()))
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*'
const RE_DATELINE = new RegExp(`^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`, 'i')
function isDateline(title: string): boolean {
  return RE_DATELINE.test(title.trim())
}

/**
 * Notes hold a talking point: a line written for the presenter, beyond the quoted sources and the timing cue,
 * that speaks of this slide (it shares a word of four or more letters with the slide's own text). A fixed line
 * such as "Announce the next part." does not count.
 */
function hasTalkingPoint(note: string, slide: Slide, outline: Outline): boolean {
  const own = new Set(slideWords(slide, outline))
  return note
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^(?:>|Sources:|Timing:)/.test(l))
    .some((l) => (fold(l).match(/[\p{L}\p{N}]{4,}/gu) ?? []).some((w) => own.has(w)))
}

/** The words a slide shows: its own text, and for the sources slide the article's details. */
function slideWords(slide: Slide, outline: Outline): string[] {
  const parts: string[] = ['title' in slide ? slide.title : '']
  if (slide.kind === 'sources') parts.push(outline.meta.title, outline.meta.author ?? '', outline.meta.publisher ?? '')
  if ('points' in slide) parts.push(...slide.points.map((p) => p.text))
  if ('quotes' in slide) parts.push(...slide.quotes.map((q) => `${q.text} ${q.speaker ?? ''}`))
  if ('nodes' in slide) parts.push(...slide.nodes.map((n) => n.label))
  if ('events' in slide) parts.push(...slide.events.map((e) => `${e.text} ${e.label ?? e.date}`))
  if ('items' in slide) parts.push(...slide.items)
  if (slide.kind === 'cover') parts.push(slide.subtitle ?? '')
  return parts.flatMap((p) => fold(p).match(/[\p{L}\p{N}]{4,}/gu) ?? [])
}
