/**
 * The publication date a short header line states among its other parts: "By Jane Roe, 2011-02-13", "Written by Jane
 * Roe · Posted 9 May 2012", "Karen M. Sutter, Congressional Research Service (CRS In Focus IF13204), April 16, 2026",
 * "By Jane Roe | VOA Khmer | June 28, 2018 | Phnom Penh", "September 30, 2026 (R49432)", "Release Date: February 10,
 * 2026". Every other part is a name, a label or an identifier, capitalised words and no clause, so a sentence that
 * mentions a date ("The deal was signed on March 1, 2024.") is none.
 */
import dates from '../../data/dates.json' with { type: 'json' }

/** A header line has at most this many words, and each of its parts but the date at most MAX_PART_WORDS. */
const MAX_HEADER_WORDS = 24
const MAX_PART_WORDS = 6
/** The share of a part's words that are capitalised, numbers or small joining words: nearly all, as in a name. */
const MIN_NAME_SHARE = 0.75
const SMALL_WORDS = new Set(['of', 'and', 'for', 'in', 'at', 'the', 'on', 'de', 'du', 'la', 'von', 'van', '&', 'by'])

const MONTHS = dates.months.flatMap((m) => m.names).join('|')
/** A day with its month's name ("Apr 2, 2025", "June 28, 2018", "29 April 2025", "Aug 22nd 2020") or in ISO form, after its weekday if any. */
const RE_DATE = new RegExp(
  `\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'u',
)
/** The verbs that lead a date in a header line ("updated March 11, 2025"), not a clause's. */
export const DATE_LEAD_VERBS: ReadonlySet<string> = new Set(['posted', 'published', 'updated', 'released', 'revised'])
/** What may lead a date: "Posted", "Updated on", "Release Date:". */
const RE_LEAD = /\b(?:posted|published|updated|last updated|released|release date|publication date|date)(?:\s+on)?\s*:?\s*$/iu
/**
 * The marks that part a header line: bars, dots, commas, semicolons, brackets, line breaks, spaced dashes and a full
 * stop after a word ("… Policy. Congressional Research Service"; not an initial's: "Laura B. Comay").
 */
const RE_PARTS = /\s*(?:[|·•,;()[\]\n]|\s[-–—]\s|^[-–—]\s|\s[-–—]$|(?<=\p{Ll}{2})\.\s+(?=\p{Lu})|\.$)\s*/u
/** "By Jane Roe", "Written by Jane Roe": the author's part. */
const RE_BY = /^(?:(?:written|posted|reported|story)\s+)?by\s+/iu

export interface HeaderDate {
  /** The date as written: "2011-02-13", "9 May 2012". */
  date: string
  /** The author, where a part names one with "By". */
  author?: string
}

export function headerDate(text: string): HeaderDate | undefined {
  if (text.split(/\s+/).length > MAX_HEADER_WORDS) return undefined
  const m = RE_DATE.exec(text)
  if (!m) return undefined
  const before = text.slice(0, m.index).replace(RE_LEAD, '')
  const parts = `${before}|${text.slice(m.index + m[0].length)}`.split(RE_PARTS).map((p) => p.trim()).filter(Boolean)
  if (!parts.every(isNamePart)) return undefined
  const by = parts.find((p) => RE_BY.test(p))
  return { date: m[0], author: by?.replace(RE_BY, '') }
}

/** "Congressional Research Service", "CRS In Focus IF13204", "R49432", "By Jane Roe", "VOA Khmer". */
function isNamePart(part: string): boolean {
  const words = part.split(/\s+/)
  if (words.length > MAX_PART_WORDS) return false
  const named = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())).length
  return named / words.length >= MIN_NAME_SHARE
}
