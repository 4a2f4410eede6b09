/**
 * Date expressions in a sentence, found by hoisted regexes over its text: full dates ("3 March 2019",
 * "October 26, 2025", "2025-09-26"), month and year ("November 2018"), a day without a year ("on 3 March",
 * "On October 4"), a month after a cue ("since July"), a year after a cue ("in 2011", "2014–15"), "today" and
 * "this year". Relative expressions ("four days after the summit") are found in relative.ts.
 */
import { DATA } from '../data.ts'

export interface DateMention {
  /** Character range in the sentence. */
  start: number
  end: number
  year?: number
  month?: number
  day?: number
  /** "2014–15": the year range as printed. */
  range?: string
  /** The date needs the article's context for its year ("on 3 March", "in July"). */
  yearless?: boolean
  /** Relative to the publication date: "today" → 0, "in recent days" → "month", "this year" → "year". */
  published?: 'day' | 'month' | 'year'
  /** Back from the publication date: "yesterday" → 1 day, "two weeks ago" → 14 days, "last year" → 1 year. */
  back?: { days?: number; months?: number; years?: number }
  /** A day of the week near publication ("on Monday" → 1, Sunday 0): the latest such day, or the next when told ahead. */
  weekday?: number
  /** "last Monday": the weekday before the publication day, never that day itself. */
  lastWeekday?: boolean
  /** Years after the year told last before it: "the following year" → 1. */
  later?: number
  /** A month of a year told against the year told last: "February of that year" → 0, "December of the prior year" → -1. */
  ofYear?: number
}

const MONTHS = new Map<string, number>(DATA.dates.months.flatMap((m) => m.names.map((n): [string, number] => [n, m.n])))
/** The month names and their short forms, in lower case: "march", "sept". */
export const MONTH_NAMES = new Set<string>([...MONTHS.keys()].map((n) => n.toLowerCase()))
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '(1[7-9]\\d{2}|20\\d{2})'
const YEAR_CUES = DATA.dates.yearCues.join('|')
const MONTH_CUES = DATA.dates.monthCues.join('|')

// "2025-09-26", "2025-09-26T12:30:52Z".
const RE_ISO = new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?=T\\d|\\b)`, 'g')
// "04/22/2026" (US order), "22/04/2026" (day first when the first number cannot be a month).
const RE_NUMERIC = new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}\\b`, 'g')
const RE_DMY = new RegExp(`\\b${DAY} (?:of )?${MONTH},? ${YEAR}\\b`, 'g')
const RE_MDY = new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'g')
// "May and June 1968", "April–May 2027": two months of one year, dated by the first.
const RE_MONTH_PAIR = new RegExp(`\\b${MONTH} ?(?:and|or|to|through|until|–|-) ?${MONTH},? ${YEAR}\\b`, 'g')
const RE_MY = new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g')
// "from July 2015 to January 2026": a period, dated by its start, not two events.
const RE_MY_SPAN = new RegExp(`\\b(?:from|between) ${MONTH},? ${YEAR} (?:to|and|until|through) ${MONTH},? ${YEAR}\\b`, 'g')
const RE_DM = new RegExp(`\\b${DAY} (?:of )?${MONTH}(?![\\w,]* ?\\d)`, 'g')
const RE_MD = new RegExp(`\\b${MONTH} ${DAY}\\b(?!,? ?\\d{4})(?!\\d)`, 'g')
const RE_CUE_MONTH = new RegExp(`\\b(?:${MONTH_CUES}) ${MONTH}\\b(?! ?\\d)`, 'gi')
// Not a decade ("in the late 1990s", "the 2030s"): a period, not the time of an event.
const RE_CUE_YEAR = new RegExp(`\\b(?:${YEAR_CUES}) (?:the )?(?:year )?${YEAR}(?:[–-](\\d{2}|\\d{4})\\b)?(?![\\d%,.]\\d)(?!['’]?s\\b)`, 'gi')
const RE_YEAR_SPAN = new RegExp(`\\b(?:from|between) ${YEAR} (?:to|and|until|through) ${YEAR}\\b`, 'gi')
// "During 2022 and 2023, …", "in 2024 and 2025": two years in a row after a cue are one span, dated by the first
// ("in 1982 and 1995" are two times).
const RE_YEAR_PAIR = new RegExp(`\\b(?:${YEAR_CUES}) ${YEAR} (?:and|or) ${YEAR}\\b(?![\\d%,.]\\d)`, 'gi')
// "in 2021, 2022 and 2023": so are three or more years in a row, listed after a cue.
const RE_YEAR_LIST = new RegExp(`\\b(?:${YEAR_CUES}) ${YEAR}((?:, ${YEAR.replace('(', '(?:')})+),? (?:and|or) ${YEAR}\\b(?![\\d%,.]\\d)`, 'gi')
const RE_TODAY = new RegExp(`\\b(?:${DATA.dates.today.join('|')})\\b`, 'g')
const RE_THIS_MONTH = new RegExp(`\\b(?:${DATA.dates.thisMonth.join('|')})\\b`, 'gi')
const RE_THIS_YEAR = /\b(?:earlier |later )?this year\b/gi
const RE_YESTERDAY = new RegExp(`\\b(?:${DATA.dates.yesterday.join('|')})\\b`, 'gi')
const AGO_NUMBERS = DATA.dates.numbers as Record<string, number>
// "two weeks ago", "a year ago", "3 days ago"; "over 20 years ago", "nearly a year ago": the word of degree is the date's.
const RE_AGO = new RegExp(`\\b(?:(?:just\\s+)?(?:over|more\\s+than|less\\s+than|nearly|almost|about|around|roughly|some)\\s+)?(\\d+|${Object.keys(AGO_NUMBERS).sort((a, b) => b.length - a.length).join('|')}) (day|week|month|year)s? ago\\b`, 'gi')
// "last week", "last month", "last year" (not "last year's report", a thing)
// (not "in the last month", a period up to now)
const RE_LAST_UNIT = /(?<!\bthe )\blast (week|month|year)\b(?!['’]s)/gi
const WEEKDAYS = DATA.dates.weekdays as string[]
// "on Monday", "last Friday", "on Tuesday night" (not "on Mondays", which come round, nor "on Monday, July 30", a
// date printed whole).
/** Words before a weekday that make it a span's end or a round ("between Tuesday and Thursday", "every Monday"), no day. */
const RANGE_OPENERS = ['between', 'every', 'each', 'until', 'till', 'through'].join('|')
/** Words between two weekdays that make them a span ("from Monday to Friday", "Tuesday and Thursday"). */
const RANGE_JOINERS = ['and', 'or', 'to', 'through', 'till', 'until'].join('|')
// ("On Friday, the Dow …" opens a sentence; "the Dow fell 2% Friday", "said Tuesday": news style drops the "on" after
// a word in lower case or a figure — not after a name's capitalised word, "Black Friday", "Super Tuesday".)
// ("On Thursday local time, the government …": the words of where the day was told are the date's too.)
const RE_WEEKDAY = new RegExp(`(?:\\b([Oo]n|[Ll]ast|[Tt]his past) |(?<=(?:^|(?<!\\p{L})\\p{Ll}\\p{L}*|[\\d%]) )(?<!\\b(?:${RANGE_OPENERS}) )(?<!\\b(?:${WEEKDAYS.join('|')}) (?:${RANGE_JOINERS}) ))(${WEEKDAYS.join('|')})\\b(?!['’]s\\b|s\\b| (?:${RANGE_JOINERS}) (?:${WEEKDAYS.join('|')}))(?:(?: morning| afternoon| evening| night))?(?: local time)?(?!,? (?:\\d|${MONTH}))`, 'gu')
const RE_FOLLOWING_YEAR = new RegExp(`\\b(?:${DATA.dates.followingYear.join('|')})\\b`, 'gi')
const YEAR_OFFSETS = DATA.dates.monthOfYear as Record<string, number>
// "in February of that year", "December of the prior year": a month of the year told last, or of one next to it.
const RE_MONTH_OF_YEAR = new RegExp(`\\b${MONTH} of (${Object.keys(YEAR_OFFSETS).join('|')}) year\\b`, 'gi')

/** All date mentions of a sentence, earliest first, without overlaps. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = []
  const add = (m: RegExpExecArray, d: Omit<DateMention, 'start' | 'end'>) => {
    const start = m.index
    const end = m.index + m[0].length
    if (found.some((f) => f.start < end && start < f.end)) return
    found.push({ start, end, ...d })
  }
  for (const m of text.matchAll(RE_MONTH_OF_YEAR)) add(m, { month: month(m[1]!), yearless: true, ofYear: YEAR_OFFSETS[m[2]!.toLowerCase()] })
  for (const m of text.matchAll(RE_ISO)) add(m, { year: +m[1]!, month: +m[2]!, day: +m[3]! })
  for (const m of text.matchAll(RE_NUMERIC)) {
    const [a, b] = [+m[1]!, +m[2]!]
    const [mo, day] = a > 12 ? [b, a] : [a, b]
    if (mo >= 1 && mo <= 12 && day >= 1) add(m, { year: +m[3]!, month: mo, day })
  }
  for (const m of text.matchAll(RE_DMY)) add(m, { day: +m[1]!, month: month(m[2]!), year: +m[3]! })
  for (const m of text.matchAll(RE_MDY)) add(m, { month: month(m[1]!), day: +m[2]!, year: +m[3]! })
  for (const m of text.matchAll(RE_MONTH_PAIR)) {
    const [first, second] = [month(m[1]!), month(m[2]!)]
    if (first < second) add(m, { month: first, year: +m[3]!, range: `${SHORT_MONTHS[first - 1]}–${SHORT_MONTHS[second - 1]} ${m[3]}` })
  }
  for (const m of text.matchAll(RE_MY_SPAN)) {
    const [from, to] = [+m[2]! * 12 + month(m[1]!), +m[4]! * 12 + month(m[3]!)]
    if (from < to) add(m, { month: month(m[1]!), year: +m[2]!, range: `${SHORT_MONTHS[month(m[1]!) - 1]} ${m[2]}–${SHORT_MONTHS[month(m[3]!) - 1]} ${m[4]}` })
  }
  for (const m of text.matchAll(RE_MY)) add(m, { month: month(m[1]!), year: +m[2]! })
  for (const m of text.matchAll(RE_DM)) add(m, { day: +m[1]!, month: month(m[2]!), yearless: true })
  // "May 20" opening a sentence may be the verb ("May 20 people attend?"); inside one ("on May 20") it is the month.
  for (const m of text.matchAll(RE_MD)) if (m[1] !== 'May' || m.index > 0) add(m, { month: month(m[1]!), day: +m[2]!, yearless: true })
  // "this November": the month of the year of publication, whether past or to come.
  for (const m of text.matchAll(RE_CUE_MONTH)) if (m[1] !== 'May' && /^\p{Lu}/u.test(m[1]!)) add(m, { month: month(m[1]!), yearless: true, ...(/^this\b/i.test(m[0]) ? { published: 'year' as const } : {}) })
  for (const m of text.matchAll(RE_YEAR_SPAN)) add(m, { year: +m[1]!, range: `${m[1]}–${m[2]}` })
  for (const m of text.matchAll(RE_YEAR_LIST)) {
    const years = [m[1]!, ...m[2]!.split(', ').filter(Boolean), m[3]!].map(Number)
    if (years.every((y, k) => k === 0 || y === years[k - 1]! + 1)) add(m, { year: years[0]!, range: `${years[0]}–${years.at(-1)}` })
  }
  for (const m of text.matchAll(RE_YEAR_PAIR)) if (+m[2]! === +m[1]! + 1) add(m, { year: +m[1]!, range: `${m[1]}–${m[2]}` })
  for (const m of text.matchAll(RE_CUE_YEAR)) add(m, { year: +m[1]!, range: m[2] ? `${m[1]}–${m[2]}` : undefined })
  for (const m of text.matchAll(RE_TODAY)) add(m, { published: 'day' })
  for (const m of text.matchAll(RE_THIS_MONTH)) add(m, { published: 'month' })
  for (const m of text.matchAll(RE_THIS_YEAR)) add(m, { published: 'year' })
  for (const m of text.matchAll(RE_YESTERDAY)) add(m, { published: 'day', back: { days: 1 } })
  for (const m of text.matchAll(RE_WEEKDAY)) add(m, { published: 'day', weekday: (WEEKDAYS.indexOf(m[2]!) + 1) % 7, ...(!m[1] || m[1].toLowerCase() === 'on' ? {} : { lastWeekday: true }) })
  for (const m of text.matchAll(RE_AGO)) {
    const n = /\d/.test(m[1]!) ? +m[1]! : (AGO_NUMBERS[m[1]!.toLowerCase()] ?? 0)
    const unit = m[2]!.toLowerCase()
    // A day back is a day; weeks back, only their month is sure.
    if (n > 0) add(m, unit === 'day' ? { published: 'day', back: { days: n } } : unit === 'week' ? { published: 'month', back: { days: 7 * n } } : unit === 'month' ? { published: 'month', back: { months: n } } : { published: 'year', back: { years: n } })
  }
  for (const m of text.matchAll(RE_LAST_UNIT)) {
    const unit = m[1]!.toLowerCase()
    add(m, unit === 'week' ? { published: 'month', back: { days: 7 } } : unit === 'month' ? { published: 'month', back: { months: 1 } } : { published: 'year', back: { years: 1 } })
  }
  for (const m of text.matchAll(RE_FOLLOWING_YEAR)) {
    // ("within the year after the order is entered": a span after what "after" takes, not the year after the one told.)
    if (/after$/i.test(m[0]) && /^\s+[\p{L}\p{N}]/u.test(text.slice(m.index + m[0].length))) continue
    add(m, { later: 1 })
  }
  // "April and May 2027", "3 and 4 March 2025": the first of a pair takes the year the second prints.
  for (const d of found) {
    if (!d.yearless) continue
    const rest = text.slice(d.end, d.end + 45)
    const pair = RE_PAIRED_YEAR.exec(rest) ?? (d.day ? RE_DAY_SPAN_YEAR.exec(rest) : null)
    if (pair) {
      d.year = +pair[1]!
      d.yearless = false
    }
  }
  return found.filter((d) => !d.day || d.day <= 31).sort((a, b) => a.start - b.start)
}

// "between late October and the end of December 2025": the second may be the end or start of its month.
const RE_PAIRED_YEAR = new RegExp(`^\\s*(?:and|or|to|through|until|–|-)\\s*(?:(?:the\\s+)?(?:end|beginning|start|middle|close)\\s+of\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:${DAY}\\s+)?${MONTH}(?:\\s+${DAY})?,?\\s+${YEAR}`.replace(/\((?!\?)/g, '(?:').replace(`(?:${YEAR.slice(1)}`, YEAR))

// "November 13–20, 2025", "August 4 to 11, 2025": the first day of a span takes the year after its last.
const RE_DAY_SPAN_YEAR = new RegExp(`^\\s*(?:to|through|until|–|-)\\s*\\d{1,2},?\\s+${YEAR}\\b`)

const month = (name: string) => MONTHS.get(name.replace(/\.$/, ''))!

/** A full date as `YYYY-MM-DD` (or `YYYY-MM`), or undefined: `parseFullDate("October 26, 2025")` → "2025-10-26". */
export function parseFullDate(text: string): string | undefined {
  const d = findDates(text).find((x) => x.year && x.month)
  return d && sortable(d)
}

/** "2019-03-03", "2018-11", "2011". */
export function sortable(d: Pick<DateMention, 'year' | 'month' | 'day'>): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return [d.year, d.month && pad(d.month), d.month && d.day && pad(d.day)].filter(Boolean).join('-')
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "3 Mar 2019", "Nov 2018", "2011". */
export function displayDate(date: string, range?: string): string {
  if (range) return range
  const [y, m, d] = date.split('-').map(Number)
  if (!m) return String(y)
  return [d, SHORT_MONTHS[m - 1], y].filter(Boolean).join(' ')
}
