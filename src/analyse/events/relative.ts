/**
 * Dates relative to another event: "four days after the summit", "within hours of the election",
 * "within two weeks". The anchor is the latest earlier event whose text has the noun named ("summit"), or, with
 * no noun, the other date in the same sentence.
 */
import { DATA } from '../data.ts'

export interface RelativeMention {
  start: number
  end: number
  /** Offset in days; 0 for "within hours". */
  days: number
  /** The noun the offset is measured from ("summit"), if named. */
  noun?: string
  /** The whole noun phrase ("Moscow’s latest missile test"). */
  phrase?: string
}

const NUMBERS = DATA.dates.numbers as Record<string, number>
const UNITS = DATA.dates.units as Record<string, number>
const NUMBER = `(\\d+|${Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join('|')})`
const UNIT = `(${Object.keys(UNITS).join('|')})`
const AFTER = DATA.dates.after.join('|')
// "four days after the summit", "within hours of Moscow’s latest missile test", "within two weeks"
const RE_RELATIVE = new RegExp(
  `\\b(?:${NUMBER} ${UNIT} (?:${AFTER})|within (?:${NUMBER} )?${UNIT})(?:(?: of)? (?:the|its|that|this) ([\\p{L}’'-]+(?: [\\p{L}’'-]+){0,3})| of ([\\p{L}’'-]+(?: [\\p{L}’'-]+){0,4}))?`,
  'giu',
)

export function findRelative(text: string): RelativeMention[] {
  const found: RelativeMention[] = []
  for (const m of text.matchAll(RE_RELATIVE)) {
    const count = m[1] ?? m[3]
    const unit = (m[2] ?? m[4])!.toLowerCase()
    const n = count === undefined ? 0 : /\d/.test(count) ? +count : (NUMBERS[count.toLowerCase()] ?? 0)
    const days = m[0].toLowerCase().startsWith('within') ? 0 : n * UNITS[unit]!
    const phrase = m[5] ?? m[6]
    found.push({ start: m.index, end: m.index + m[0].length, days, noun: phrase?.split(' ').at(-1)?.toLowerCase(), phrase })
  }
  return found
}

/** A sortable date plus `days`, at day precision only when the anchor has a day. */
export function addDays(date: string, days: number): string {
  if (date.length < 10 || days === 0) return date
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
