/**
 * Word lists the trimming rules share (data/draft/trim.json, data/language.json): phrases written as people
 * write them, split as the tagger splits them; months, years, time words and quantifiers.
 */
import LANGUAGE_DATA from '../../../data/language.json' with { type: 'json' }

export type Phrase = string[]
/** Word lists are written as people write ("we're announcing that"); the tagger splits contractions ("we", "'re"). */
export const phrases = (list: string[]): Phrase[] =>
  list
    .map((p) => apostrophes(p.toLowerCase()).split(/\s+/).flatMap((w) => /^(.+?)('(?:re|s|ve|ll|d|m)|n't)$/.exec(w)?.slice(1, 3) ?? [w]))
    .sort((a, b) => b.length - a.length)
export const apostrophes = (text: string) => (text.includes('’') ? text.replace(/’/g, "'") : text)
export const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/
export const RE_YEAR = /^(?:1[89]|20)\d{2}$/
export const TIME_WORDS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'decade', 'decades', 'hours', 'hour', 'time', 'recent', 'past', 'last', 'next', 'early', 'late', 'today', 'yesterday', 'century'])

/** Words that open a span of time and those that close it: "from 1985 to 2022", "between May and July". */
export const SPAN_OPENERS = new Set(['from', 'between'])
export const SPAN_CLOSERS = new Set(['to', 'until', 'through', 'till', 'and', '–', '-'])
const isTimeWord = (w: { lower: string; text: string }) => MONTHS.test(w.lower) || RE_YEAR.test(w.text) || /^\d{1,2}$/.test(w.text) || w.text === ','

/** Whether the word at `i` closes a span of time its opener began ("from January 1980 [through] July 2005"). */
export function closesSpan(words: { lower: string; text: string }[], i: number): boolean {
  if (!SPAN_CLOSERS.has(words[i]?.lower ?? '') || !isTimeWord(words[i + 1] ?? { lower: '', text: '' })) return false
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (SPAN_OPENERS.has(words[j]!.lower)) return j < i - 1
    if (!isTimeWord(words[j]!)) return false
  }
  return false
}

export const QUANTIFIERS = new Set<string>(LANGUAGE_DATA.quantifiers)
