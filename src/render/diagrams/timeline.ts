/**
 * The timeline slide: a Mermaid flowchart of one box per event, top to bottom in date order, each led by its
 * date ("3 Mar 2019 – …"), the boxes wrapped at whichever width draws the text largest (a `%%{init}%%` line
 * sets it, with tighter rows, for this diagram only).
 *
 * Mermaid's own `timeline` was dropped: its boxes are 150 px wide whatever the font, and its dashed lines run
 * 200 px below the last event, so eight events came out at 9 px on the slide. Columns by year (periods left to
 * right, their events under them) were tried as a flowchart too: they never drew larger than this list on the
 * fixture decks. When even the list cannot keep the text at 14 px, events are folded: the first and the last
 * stay, the others are kept evenly spaced, and the slide says what was left out ("+3 more not drawn: …"); the
 * speaker notes quote every event's sentence.
 */
import type { SlideOf } from '../../outline/schema.ts'
import { mermaidLabel, mermaidPlain, nodeId } from '../mermaid.ts'
import { diagramBox, fence, fitScale, MIN_TEXT_PX, readable, type DiagramModule } from './fence.ts'
import { cutLabel, MAX_LAID_OUT, memo, moreNote } from './fit.ts'
import { estimateChain } from './layout.ts'
import { describeDiagram } from './describe.ts'
import { DIAGRAM_FONT_SIZE } from '../../../setup/mermaid.ts'

const MAX_EVENT_CHARS = 80
/** Line widths tried, and the gap between boxes (the setup's rank gap leaves room for labels on arrows). */
const WRAPS = [480, 640, 800, 960]
const RANK_SPACING = 14
const EVENT_STYLE = 'fill:#f7f7f4,stroke:#9ca3af,stroke-width:1px,color:#1f2933'

type Timeline = SlideOf<'timeline'>
type Event = Timeline['events'][number]

export const timeline: DiagramModule<'timeline'> = {
  kind: 'timeline',
  fit(slide) {
    const { events, folded, scale } = plan(slide)
    return { drawn: { ...slide, events }, scale, folded: folded.map(dateOf), hiddenEdges: 0 }
  },
  toMermaid(slide) {
    return source(slide, plan(slide))
  },
  render(slide) {
    const p = plan(slide)
    return `${fence(source(slide, p), p.scale)}${moreNote(p.folded.map(dateOf))}\n`
  },
}

function source(slide: Timeline, { events, wrap }: ReturnType<typeof plan>): string {
  const lines = [listInit(wrap), 'flowchart TB']
  lines.push(`  accTitle: ${mermaidPlain(slide.title, 120)}`, `  accDescr: ${mermaidPlain(describeDiagram(slide))}`)
  events.forEach((e, i) => {
    lines.push(`  ${nodeId(i)}["${mermaidLabel(eventLabel(e))}"]`)
    if (i > 0) lines.push(`  ${nodeId(i - 1)} --> ${nodeId(i)}`)
  })
  lines.push(`  classDef event ${EVENT_STYLE}`, `  class ${events.map((_, i) => nodeId(i)).join(',')} event`)
  return lines.join('\n')
}

/**
 * The wrapping width that draws the text largest, and as many events as fit at 14 px: all of them when they
 * do, else the longest evenly spread selection that does (by bisection, among at most MAX_LAID_OUT).
 */
function plan(slide: Timeline): { events: Event[]; folded: Event[]; wrap: number; scale: number } {
  return memo(`timeline ${JSON.stringify(slide)}`, () => planAnew(slide))
}

function planAnew(slide: Timeline): { events: Event[]; folded: Event[]; wrap: number; scale: number } {
  const all = slide.events
  const top = Math.min(all.length, MAX_LAID_OUT)
  const attempt = (k: number) => {
    const events = spread(all, k)
    return { events, ...bestWrap(slide.title, events, k < all.length ? 1 : 0) }
  }
  let best = attempt(top)
  if (!readable(best.scale) && top > 2) {
    let lo = 2
    let hi = top
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1
      if (readable(attempt(mid).scale)) lo = mid
      else hi = mid
    }
    best = attempt(lo)
  }
  const kept = new Set(best.events)
  return {
    events: best.events,
    folded: all.filter((e) => !kept.has(e)),
    wrap: best.wrap,
    scale: readable(best.scale) ? best.scale : MIN_TEXT_PX / DIAGRAM_FONT_SIZE,
  }
}

function bestWrap(title: string, events: Event[], noteLines: number): { wrap: number; scale: number } {
  const box = diagramBox(title, noteLines)
  const labels = events.map(eventLabel)
  let best = { wrap: WRAPS[0]!, scale: -1 }
  for (const wrap of WRAPS) {
    const scale = fitScale(estimateChain(labels, wrap, RANK_SPACING), box)
    if (scale > best.scale) best = { wrap, scale }
  }
  return best
}

/** `count` events in order, the first and the last among them, the rest evenly spaced. */
function spread(events: Event[], count: number): Event[] {
  if (count >= events.length) return events
  if (count <= 1) return events.slice(0, count)
  return Array.from({ length: count }, (_, i) => events[Math.round((i * (events.length - 1)) / (count - 1))]!)
}

function listInit(wrap: number): string {
  return `%%{init: {'flowchart': {'wrappingWidth': ${wrap}, 'rankSpacing': ${RANK_SPACING}}}}%%`
}

const dateOf = (e: Event) => e.label ?? e.date
const eventLabel = (e: Event) => `${dateOf(e)} – ${cutLabel(e.text, MAX_EVENT_CHARS)}`
