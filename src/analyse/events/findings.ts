/**
 * Dated sentences that tell a finding, not an event: the article's own analysis ("our model finds that more than
 * 70,000 people died in 2025", "We applied this model to the region in 2025") or someone's count of something
 * ("one monitor reported around 19,000 deaths in 2025", "one in four firms reported using it in August 2025").
 * A figure is no event even when it is reported; what the authors found is their study, not what happened.
 * Read from the tagged words of the sentence, no tagging again.
 */
import { isFiniteVerb, isPluralNoun } from '../../language/grammar.ts'
import type { Word } from '../../language/index.ts'
import { DATA } from '../data.ts'
import type { VerbGroup } from './aspect.ts'

const FINDING_VERBS = new Set<string>(DATA.dates.findingVerbs)
const COUNT_VERBS = new Set<string>(DATA.dates.countVerbs)
const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my'])
/** Parts of speech a subject runs over back from its verb: "the peak of the curve from our model [indicates]". */
const SUBJECT_RUN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADP', 'PART', 'ADV'])
/** "2025", "1968": a number that is a year, not a count. */
const RE_YEAR = /^(?:1[7-9]|20)\d{2}$/

/**
 * Whether a finding verb whose subject is the authors ("we find", "our model indicates", "we applied") frames the
 * date at [start, end): the verb comes before the date, or is the first finite verb after a date that leads it
 * ("In our first report, with data from January 2025, we found that …").
 */
export function isOwnFinding(words: Word[], start: number, end: number): boolean {
  let afterDate = false
  for (let i = 0; i < words.length; i++) {
    if (!isFiniteVerb(words, i, true)) continue
    const w = words[i]!
    const after = w.start >= end
    if (after && afterDate) return false
    if (FINDING_VERBS.has(w.lemma.toLowerCase()) && byAuthors(words, i) && (w.end <= start || after)) return true
    if (after) afterDate = true
  }
  return false
}

/** Whether the subject before the verb `i` names the authors: "we", "we’ve", "our model", "the curve from our model". */
function byAuthors(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && (SUBJECT_RUN.has(words[k]!.pos) || words[k]!.pos === 'AUX'); k--) if (FIRST_PERSON.has(words[k]!.lower)) return true
  return false
}

/**
 * Whether a clause whose verbs are `verbs` reports a count: a verb of counting or reporting, not in the perfect
 * ("has recorded 17 attacks since March" tells what went on since), with a number in the clause [from, to) that is
 * no year and not in the date at [start, end): "reported around 19,000 deaths", "one in four firms reported".
 */
export function isReportedCount(words: Word[], verbs: VerbGroup[], from: number, to: number, start: number, end: number): boolean {
  if (!verbs.some((v) => COUNT_VERBS.has(v.lemma) && !v.perfect)) return false
  return words.some((w) => w.pos === 'NUM' && w.start >= from && w.end <= to && (w.end <= start || w.start >= end) && !RE_YEAR.test(w.text))
}

const SHARE_WORDS = new Set<string>(DATA.dates.shareWords)
/** A count this large in a subject is a number of people or things, not a few actors ("195 countries" are actors). */
const LARGE_COUNT = 1000
const RE_LARGE_UNIT = /^(?:thousand|million|billion)$/i

/**
 * "645,000 used their entire credit in 2023", "0.4% of taxpayers received both credits", "Roughly half (601,000)
 * carried part of their credit forward", "more than 1.2 million taxpayers used the credit in 2023": a clause whose
 * subject is a share of a group (data/dates.json shareWords, "%", "one in four"), a bare number, or, in a whole year,
 * a count of thousands tells a statistic of that time, not an event. The subject: the words of the clause [from,
 * to) before its first finite verb, after the last comma outside brackets, without the date at [start, end).
 */
export function isStatistic(words: Word[], from: number, to: number, start: number, end: number, wholeYear: boolean): boolean {
  const verb = words.findIndex((w, i) => w.start >= from && w.end <= to && (w.end <= start || w.start >= end) && isFiniteVerb(words, i, true))
  if (verb < 0) return false
  let depth = 0
  let open = words.findIndex((w) => w.start >= from)
  for (let i = open; i < verb; i++) {
    const w = words[i]!
    if (w.text === '(') depth++
    else if (w.text === ')' && depth > 0) depth--
    else if (w.text === ',' && depth === 0) open = i + 1
  }
  const subject = words.slice(open, verb).filter((w) => w.end <= start || w.start >= end)
  // The share heads its phrase: "half of taxpayers", "half (601,000)", not "the majority Albanian population".
  const heads = (i: number) => i === subject.length - 1 || ['of', '('].includes(subject[i + 1]!.lower)
  if (subject.some((w, i) => w.text === '%' || (SHARE_WORDS.has(w.lemma.toLowerCase()) && heads(i)))) return true
  if (subject.some((w, i) => w.pos === 'NUM' && subject[i + 1]?.lower === 'in' && subject[i + 2]?.pos === 'NUM')) return true
  const outside = withoutBrackets(subject)
  const core = outside.filter((w) => !['ADV', 'ADP', 'ADJ', 'PUNCT'].includes(w.pos))
  if (core.length > 0 && core.every((w) => w.pos === 'NUM' && !RE_YEAR.test(w.text))) return true
  if (!wholeYear) return false
  if (outside.some((w, i) => isLargeCount(w, outside[i + 1]))) return true
  // "In 2024, FTC actions led to more than $339 million in refunds", "Consumers spent more than $82.6 billion on
  // tickets in 2019": in a whole year, many doers (a plural with no determiner) and a large count after the verb
  // tell the year's total.
  const many = core.length > 0 && core.every((w) => w.pos === 'NOUN' || w.pos === 'PROPN') && isPluralNoun(core.at(-1)!)
  const after = words.filter((w) => w.start >= words[verb]!.end && w.end <= to && (w.end <= start || w.start >= end))
  // (A share is no count: "increasing 10,000%".)
  return many && after.some((w, i) => isLargeCount(w, after[i + 1]) && !RE_SHARE_AFTER.test(after[i + 1]?.text ?? ''))
}

const RE_SHARE_AFTER = /^(?:%|percent|per)$/i

/** A number (not a year) of at least LARGE_COUNT, or one of thousands, millions or billions. */
function isLargeCount(w: Word, next: Word | undefined): boolean {
  return w.pos === 'NUM' && !RE_YEAR.test(w.text) && (Number(w.text.replace(/,/g, '')) >= LARGE_COUNT || RE_LARGE_UNIT.test(next?.text ?? ''))
}

/** The words outside brackets. */
function withoutBrackets(words: Word[]): Word[] {
  let depth = 0
  return words.filter((w) => {
    if (w.text === '(') depth++
    const outside = depth === 0 && w.text !== ')'
    if (w.text === ')' && depth > 0) depth--
    return outside
  })
}
