/**
 * The timeline slide: a Mermaid `timeline` with one period per year and that year's events stacked under it,
 * each led by its day and month ("3 Mar – …"), so eight events fit a slide. Timeline text takes no quotes, so it
 * goes through `mermaidPlain`.
 */
import { mermaidPlain } from '../mermaid.ts'
import type { SlideOf } from '../../outline/schema.ts'
import { fence, fitScale, type DiagramModule } from './fence.ts'
import { describeDiagram } from './describe.ts'

const MAX_EVENT_CHARS = 80
// Mermaid's default margins around a timeline are 50 px on every side.
const TIMELINE_INIT = "%%{init: {'timeline': {'padding': 5, 'leftMargin': 5}}}%%"
/** The dashed lines under the events run on past the slide's edge; only the events need to fit. */
const EVENT_WRAP_CHARS = 17

type Grain = 'year' | 'month' | 'day'

interface Period {
  label: string
  events: string[]
}

export const timeline: DiagramModule<'timeline'> = {
  kind: 'timeline',
  toMermaid(slide) {
    const lines = [TIMELINE_INIT, 'timeline', `  accTitle: ${mermaidPlain(slide.title, 120)}`]
    lines.push(`  accDescr: ${mermaidPlain(describeDiagram(slide))}`)
    for (const p of periods(slide, bestGrain(slide))) {
      const label = mermaidPlain(p.label, 40)
      // A period of exactly "timeline" would be the keyword.
      const period = /^timeline$/i.test(label) ? `\u200B${label}` : label
      p.events.forEach((text, i) => lines.push(i === 0 ? `  ${period} : ${text}` : `    : ${text}`))
    }
    return lines.join('\n')
  },
  render(slide) {
    return `${fence(this.toMermaid(slide), fitScale(estimate(periods(slide, bestGrain(slide)))))}\n`
  },
}

/**
 * Events grouped into periods: by year ("2019" over "3 Mar – …", "14 May – …"), by month, or one per date.
 * A printed range ("2014–15") is always its own period.
 */
function periods(slide: SlideOf<'timeline'>, grain: Grain): Period[] {
  const out: Period[] = []
  for (const e of slide.events) {
    const label = e.label ?? e.date
    const key = grain === 'year' ? e.date.slice(0, 4) : grain === 'month' ? e.date.slice(0, 7) : e.date
    const exact = !/^\d{4}(-\d{2})*$/.test(label.replace(/ /g, '')) && !label.includes(e.date.slice(0, 4))
    const period = exact || key === e.date ? label : displayKey(key, label)
    const heading = period === label ? '' : label.replace(period, '').replace(e.date.slice(0, 4), '').trim()
    const text = mermaidPlain(`${heading ? `${heading}: ` : ''}${e.text}`, MAX_EVENT_CHARS)
    const last = out.at(-1)
    if (last?.label === period) last.events.push(text)
    else out.push({ label: period, events: [text] })
  }
  return out
}

/** "2019" for a year key; "Mar 2019" for a month key, taken from a label such as "3 Mar 2019". */
function displayKey(key: string, label: string): string {
  if (key.length === 4) return key
  const parts = label.split(' ')
  return parts.length === 3 ? `${parts[1]} ${parts[2]}` : label
}

function bestGrain(slide: SlideOf<'timeline'>): Grain {
  const grains: Grain[] = ['year', 'month', 'day']
  return grains.reduce((best, g) => (fitScale(estimate(periods(slide, g))) > fitScale(estimate(periods(slide, best))) ? g : best))
}

/** The natural size of the drawing's content: 200 px per period, its events stacked in 150 px boxes. */
function estimate(list: Period[]): [number, number] {
  const stack = (p: Period) =>
    p.events.reduce((t, text) => t + 50 + 18 * Math.ceil(text.length / EVENT_WRAP_CHARS), -10)
  return [list.length * 200 + 50, 210 + Math.max(...list.map(stack))]
}
