/**
 * Talking points for the speaker notes, written from the outline as it is (so a remixed outline gets notes
 * that fit it): the claim to open with, what the evidence shows, the transition to the next slide; for the
 * diagrams, one line per bloc or loop. Pure: (outline, slide index) → lines.
 *
 * talkingPoints(outline, 3) → ['Open with the claim: Beijing’s policy towards the North remains business-as-usual.', …]
 */
import { findLoops } from '../outline/graph.ts'
import { loopPolarity, relationVerb } from '../outline/vocabulary.ts'
import { namesPlural } from '../language/index.ts'
import type { Outline, Slide, SlideOf } from '../outline/schema.ts'
import { slideEvidence } from '../outline/evidence.ts'

type Writer<K extends Slide['kind']> = (slide: SlideOf<K>, outline: Outline, index: number) => string[]

const WRITERS: { [K in Slide['kind']]: Writer<K> } = {
  cover: (s, o) => [
    s.subtitle && s.source ? `Open with the message: ${sentence(s.subtitle)}` : `Open with the question the article answers: ${sentence(s.title)}`,
    `The source: “${o.meta.title}”${o.meta.author ? ` by ${o.meta.author}` : ''}${o.meta.publisher ? `, ${o.meta.publisher}` : ''}${o.meta.date ? `, ${o.meta.date}` : ''}.`,
  ],
  agenda: (s) => [`Walk through the ${s.items.length} parts in one breath each: ${numbered(s.items)}.`],
  section: (s, o) => {
    const next = nextContent(o, s)
    return [`Announce the part: ${sentence(s.title)}`, ...(next ? [`Its first claim: ${sentence(next)}`] : [])]
  },
  points: (s) => {
    const shown = slideEvidence(s).points
    // The point the title opens ("Beijing has never welcomed a nuclear capable North Korea, and …") is the claim the
    // presenter has just made: the evidence is the others, when there are any.
    const others = shown.filter((p) => !opensWith(p.text, s.title))
    const points = others.length ? others : shown
    return [`Open with the claim: ${sentence(s.title)}`, sentence(`The evidence, ${points.length} point${points.length > 1 ? 's' : ''}: ${numbered(points.map(said))}`)]
  },
  takeaways: (s) => [
    `Close on the message: ${sentence(s.points[0]!.text)}`,
    ...s.points.slice(1).map((p) => `Then: ${sentence(p.text)}`),
    'Invite questions.',
  ],
  quotes: (s) => s.quotes.map((q) => `Read ${q.speaker ? `${q.speaker}’s words` : 'the quote'}, then say why they matter: “${shorten(q.text)}”`),
  actors: (s) => {
    const label = new Map(s.nodes.map((n) => [n.id, n.label]))
    // A bloc of two or more actors: one alone stands with no one.
    const blocs = [...new Set(s.nodes.flatMap((n) => (n.bloc !== undefined ? [n.bloc] : [])))].filter((b) => s.nodes.filter((n) => n.bloc === b).length > 1)
    const lines = blocs.map((b) => `Bloc “${b}”: ${s.nodes.filter((n) => n.bloc === b).map((n) => n.label).join(', ')} stand together.`)
    const adverse = s.edges.filter((e) => ['tension', 'hostility', 'condemnation', 'pressure'].includes(e.kind))
    if (adverse.length) lines.push(`Across the lines: ${adverse.slice(0, 4).map((e) => `${label.get(e.from)} – ${label.get(e.to)} (${e.kind})`).join('; ')}.`)
    if (!lines.length) lines.push(`Who relates to whom: ${s.edges.slice(0, 4).map((e) => `${label.get(e.from)} – ${label.get(e.to)} (${e.kind})`).join('; ')}.`)
    else {
      // The friendly or talking ties outside any bloc, which neither line above tells.
      const bloc = new Map(s.nodes.map((n) => [n.id, n.bloc]))
      const told = (e: (typeof s.edges)[number]) => adverse.includes(e) || (bloc.get(e.from) !== undefined && bloc.get(e.from) === bloc.get(e.to))
      const others = s.edges.filter((e) => !told(e))
      if (others.length) lines.push(`Also: ${others.slice(0, 4).map((e) => `${label.get(e.from)} – ${label.get(e.to)} (${e.kind})`).join('; ')}.`)
    }
    return lines
  },
  dynamics: (s) => {
    const label = new Map(s.nodes.map((n) => [n.id, n.label]))
    const edge = (a: string, b: string) => s.edges.find((e) => e.from === a && e.to === b)
    // The verb agrees with the situation that does it: "abnormal proteins prompt dementia".
    const says = (a: string, b: string) => relationVerb(edge(a, b)?.label ?? edge(a, b)?.relation ?? 'leads to', namesPlural(label.get(a) ?? ''))
    const lines = findLoops(s.edges)
      .slice(0, 2)
      .map((loop) => {
        // "A increases B, which justifies A again".
        const steps = loop.map((id, k) => {
          const next = loop[(k + 1) % loop.length]!
          return `${says(id, next)} ${label.get(next)}${k === loop.length - 1 ? ' again' : ', which'}`
        })
        const kind = loopPolarity(loop.map((id, k) => edge(id, loop[(k + 1) % loop.length]!)?.relation)) === 'R' ? 'a reinforcing loop: each step feeds the next' : 'a balancing loop: it checks itself'
        return `The loop: ${label.get(loop[0]!)} ${steps.join(' ')} — ${kind}.`
      })
    // Without a loop, one line per cause, most effects first: "X increases A, B and C; it threatens D."
    if (!lines.length) lines.push(...causeLines(s.edges, label))
    return lines
  },
  timeline: (s) => {
    const first = s.events[0]!
    const last = s.events.at(-1)!
    return [`From ${first.label ?? first.date} to ${last.label ?? last.date}: ${s.events.length} events; stress the turning point for the argument.`]
  },
  sources: (_s, o) => [
    // With no author or publisher known, the article's title is what the presenter can credit.
    `Credit ${o.meta.author ?? (o.meta.publisher ? 'the author' : `the source, “${o.meta.title}”`)}${o.meta.publisher ? ` and ${o.meta.publisher}` : ''}${o.meta.licence ? `; ${licenceTerms(o.meta.licence)}` : ''}.`,
  ],
}

export function talkingPoints(outline: Outline, index: number): string[] {
  const slide = outline.slides[index]!
  const lines = (WRITERS[slide.kind] as Writer<Slide['kind']>)(slide, outline, index)
  const next = outline.slides[index + 1]
  // A divider already names the claim that follows it ("Its first claim: …").
  if (next && !(slide.kind === 'section' && next.kind === 'points')) lines.push(`Then move on to: ${sentence(next.title)}`)
  return lines
}

const MAX_CAUSE_LINES = 3

/** "Sanctions increase prices and shortages; they threaten the deal.": what each cause does, one line per cause. */
function causeLines(edges: SlideOf<'dynamics'>['edges'], label: Map<string, string>): string[] {
  const causes = [...new Set(edges.map((e) => e.from))].sort((a, b) => edges.filter((e) => e.from === b).length - edges.filter((e) => e.from === a).length)
  return causes.slice(0, MAX_CAUSE_LINES).map((from) => {
    const out = edges.filter((e) => e.from === from)
    const relations = [...new Set(out.map((e) => e.label ?? e.relation ?? 'leads to'))]
    const many = namesPlural(label.get(from) ?? '')
    const clauses = relations.map((r) => `${relationVerb(r, many)} ${listed(out.filter((e) => (e.label ?? e.relation ?? 'leads to') === r).map((e) => label.get(e.to)!))}`)
    const line = `${label.get(from)} ${clauses.join(many ? '; they ' : '; it ')}.`
    return line.charAt(0).toUpperCase() + line.slice(1)
  })
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** The first points slide after a section divider. */
function nextContent(outline: Outline, from: Slide): string | undefined {
  const i = outline.slides.indexOf(from)
  const next = outline.slides.slice(i + 1).find((s) => s.kind === 'points' || s.kind === 'section')
  return next?.kind === 'points' ? next.title : undefined
}

/**
 * Items told in one line, numbered when there are several, so each opens as the sentence it is: "(1) The Torino scale
 * is …; (2) A score of zero means …" (not "…; A score of zero …").
 */
function numbered(items: string[]): string {
  return items.length > 1 ? items.map((t, k) => `(${k + 1}) ${t}`).join('; ') : items.join('')
}

function sentence(text: string): string {
  const t = text.trim()
  return /[.!?…”"]$/.test(t) ? t : `${t}.`
}

/**
 * A point as the presenter says it: whole, its closing stop left to the line (a point is already condensed to a claim;
 * cut at a word count, "… has long been perceived as…", it would stop mid-phrase).
 */
function said(p: { text: string }): string {
  return p.text.replace(/[.\s]+$/, '')
}

/** The text opens with the title's words: "Prices rose sharply, …" opens with "Prices rose sharply". */
function opensWith(text: string, title: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const [a, b] = [words(text), words(title)]
  return b.length > 0 && b.length < a.length && b.every((w, i) => a[i] === w)
}

/** A licence's first sentence, which states its terms ("… under a Creative Commons Licence"), without its stop. */
function licenceTerms(licence: string): string {
  const first = licence.split(/(?<=[.!?])\s+/)[0]!
  return shorten(first, MAX_LICENCE_WORDS)
}
const MAX_LICENCE_WORDS = 25

/** At most `n` words, with an ellipsis when cut: for a quotation, whose omissions "…" marks. */
function shorten(text: string, n = 12): string {
  const words = text.split(/\s+/)
  return words.length <= n ? text.replace(/[.\s]+$/, '') : `${words.slice(0, n).join(' ').replace(/[.,;:\s]+$/, '')}…`
}
