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

export const QUANTIFIERS = new Set<string>(LANGUAGE_DATA.quantifiers)
