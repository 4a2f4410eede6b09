/**
 * Dated events, in reading order, then sorted by date.
 *
 * 1. find explicit dates in every sentence, and the latest of them;
 * 2. give yearless dates their year: the latest such day on or before the publication date when it is known,
 *    otherwise the first such day from the month of the latest explicit date on ("3 March" after "November 2018"
 *    → 2019, "20 November" → 2018), when that date is told to its month;
 * 3. resolve relative dates against the event they name ("four days after the summit");
 * 4. describe each event by the clause around its date.
 */
import type { DatedEvent } from '../../types.ts'
import type { Context, SentenceContext } from '../context.ts'
import { isFiniteVerb, participleForm, stemOf } from '../../language/grammar.ts'
import { contentLemmas, openQuotations, tagWords, type Word } from '../../language/index.ts'
import { DATA, EVENT_NOUNS, OCCUR_VERBS, SAYING_VERBS } from '../data.ts'
import { NOUN_PHRASE_POS as SERIES_POS, RELATIVE_PRONOUNS } from '../../language/data.ts'
import { clauseVerbs, framesNoEvent, verbGroupAt, type VerbGroup } from './aspect.ts'
import { clauseAround, describeClause, describeEvent, withPersonNamedBefore, withSentenceSubject } from './describe.ts'
import { displayDate, findDates, sortable, type DateMention } from './explicit.ts'
import { isOwnFinding, isReportedCount, isStatistic } from './findings.ts'
import { participleEvent } from './participle.ts'
import { addDays, findRelative } from './relative.ts'

interface Found {
  date: string
  text: string
  label?: string
  start: number
  end: number
  s: Context['sentences'][number]
}

/** Two events of one sentence whose texts open with this many words alike are one statement. */
const SAME_TEXT_WORDS = 8

export function findEvents(ctx: Context): DatedEvent[] {
  // "Sources: … accessed on April 8, 2026", "Figure 1 illustrates …": a note on the article's own sources and figures.
  // So is a main clause that opens on a figure after a leading phrase ("For nominees since 1975, Figure 2 shows …").
  const live = ctx.sentences.filter((s) => !s.meta && !RE_REFERENCE_LEAD.test(s.sentence.text) && !RE_REFERENCE_CLAUSE.test(s.sentence.text))
  const mentions = live.map((s) => ({ s, dates: findDates(s.sentence.text) }))
  // A picture's caption dates it too: the story is no earlier than its pictures.
  const captionDates = ctx.article.meta.credits.flatMap((c) => findDates(c).filter((d) => !d.published && !d.later))
  const printed = printedYears(mentions.flatMap((m) => m.dates))
  // Without a publication date, the article was written no earlier than the latest year it tells in the past.
  // So no earlier than the date of a picture it prints ("… hold signed copies, Tuesday, April 9, 2024 …").
  const pastYear = ctx.published ? undefined : latestOf(latestPastYear(mentions), latestOf(...captionDates.map((d) => (d.yearless ? undefined : d.year))))
  // The date a yearless day takes its year from: the latest the article prints, but not one of what is to come
  // ("launched on April 14, 2023 … will reach Jupiter in July 2031 … flew by on May 12": a plan's year is no
  // reference for what happened).
  const latest = latestExplicit([...mentions.flatMap((m) => m.dates.filter((d) => !toldAhead(m.s, d))), ...captionDates])
  const found: Found[] = []
  // The year told last, in reading order: "the following year" is the next one.
  let lastYear: number | undefined
  // The day told last with its year, and the sentence that told it: "On February 5, 2026, … On February 11, …".
  let lastDay: { s: SentenceContext; d: DateMention } | undefined
  for (const { s, dates } of mentions) {
    for (const d of dates) {
      const year = lastYear
      if (d.year && !d.yearless) lastYear = d.year
      if (d.later && year) Object.assign(d, { year: year + d.later })
      if (d.ofYear !== undefined && year) Object.assign(d, { year: year + d.ofYear, yearless: false })
      // '“We signed it on April 8,” she said': a date in someone's quoted words is theirs to tell.
      if (openQuotations(s.sentence.text.slice(0, d.start)) > 0) continue
      // (So is one in a sentence a quotation opened before it goes on through, closing after the date: '“I understand
      // … He just announced that this resignation will not be effective today. We will …”'.)
      const [before, after] = paragraphAround(ctx, s, d.end)
      if (openQuotations(before) > 0 && opensInQuotation(after)) continue
      if (!isEventDate(s, d) || isBound(s, d) || isRecordSince(s, d) || isOwnFinding(s.words, d.start, d.end) || isTally(s, d) || datesSource(s, d) || datesDepiction(s, d) || isCitation(s, d)) continue
      // "February 19" after "On February 19, 2025, …": the day the article has printed with its year.
      const same = d.yearless && d.day ? printed.get(`${d.month}-${d.day}`) : undefined
      const named = namedEvent(s, d)
      // The verb of the date's clause, unless the date is that of an event a noun names ("a meeting in 2018").
      // "Today, we're announcing …": the day's own news (isEventDate judged it).
      const ofEvent = !!named || followsEventNoun(s, d)
      // "It is unclear whether Iran resumed enrichment in 2025": an open question tells no event (one an event noun
      // names, "whether the June 2025 strikes destroyed it", did happen).
      if (!ofEvent && RE_OPEN_QUESTION.test(s.sentence.text.slice(0, d.start))) continue
      const verbs = ofEvent || d.published === 'day' ? [] : dateVerbs(s, d)
      // "When he leaves the building on December 31", "as of April 9": a day without a year told in the present is
      // of the year of publication.
      const present = !!d.day && verbs.length > 0 && verbs.every((v) => v.present && !v.perfect)
      const toldDay = lastDay
      if (d.year && d.month && d.day && !d.yearless && !d.published) lastDay = { s, d }
      const date = same
        ? sortable({ year: same, month: d.month, day: d.day })
        : (sentenceYear(dates, d, isFuture(s, d), s.sentence.text) ?? toldOn(toldDay, s, d) ?? resolve(d, ctx.published, latest, isFuture(s, d) || toldAheadByVerb(s, verbs), present))
      // (Without a publication date, a date after the latest year told in the past is to come.)
      if (!date || isDeadline(s, d, date, ctx.published ?? (pastYear ? `${pastYear}-12-31` : undefined))) continue
      // "added factories in 2006 and homes in 2007", "would affect offices in 2006, public places in 2007": a later
      // member of a series of dated objects shares the verb of the first, and its fate: no event when the first told
      // none, else the first's text with its own object.
      const gap = gappedMember(s, dates, d)
      if (gap) {
        const first = found.find((f) => f.s === s && f.start === gap.prev.start)
        if (first?.text.endsWith(gap.first)) found.push({ date, label: d.range, start: d.start, end: d.end, s, text: first.text.slice(0, -gap.first.length) + gap.own })
        continue
      }
      // Without a publication date, a date of that latest year or after may be to come whatever its tense; one before
      // it is past ("The program is tied to the 2001 attacks" tells how things stand).
      const future = (ctx.published ? date > ctx.published.slice(0, date.length) : !pastYear || +date.slice(0, 4) >= pastYear) || isFuture(s, d) || RE_LATER.test(s.sentence.text.slice(d.start, d.end))
      // "The vote could bring an inquiry into the 2019 riots": the riots, a past event a noun names, are told alone.
      const phrase = named ? undefined : eventPhrase(s, d)
      // "… in 2007 and he became prime minister the following year": told after the year it follows.
      // "The establishment of DHS in 2003, followed by that of grant programs in 2007, …": so is a date after a
      // participle that follows an earlier date of its clause.
      const floor = d.later ? Math.max(0, ...dates.filter((x) => x.end <= d.start).map((x) => x.end)) : (afterDatedParticiple(s, dates, d) ?? (frontsSubordinate(s, d) ? d.end : 0))
      // "equalling a national heat record set in 2019": the time of the participle's act on its noun.
      // ("Elected to the Senate in 2002, the politician was one of …": the act is the participle's, whatever the
      // clause's verb frames.)
      const participial = named ? undefined : participleEvent(s, d.start, Math.max(floor, clauseAround(s.sentence.text, d.start, d.end)[0]), d.end)
      const framed = !participial && verbs.length > 0 && verbs.every((v) => framesNoEvent(v, { future }) || goesOnDoing(s.words, v))
      if (framed && phrase && !future && !ofEvent) {
        found.push({ date, label: d.range, start: d.start, end: d.end, s, text: phrase.text })
        continue
      }
      if (verbs.length && (framed || isFigure(s, d, verbs) || datesSubjectOfPerfect(s, d, verbs) || isSourceFinding(s.words, verbs))) continue
      if (!ofEvent && datesObjectOfPerfect(s, d)) continue
      // (A named event of the publication's own year, "the 2026 elections", may be to come.)
      // (Talks an infinitive of planning governs are planned too: "intends to hold talks in June".)
      if (plansAhead(s, d, verbs.length ? verbs : dateVerbs(s, d))) continue
      if (named && (future || date === ctx.published?.slice(0, date.length)) && inPossibility(s, d)) continue
      if (participial === '') continue
      // "a state inquiry into the October 7 attacks could follow", "three years since Hamas’ massacre of October 7":
      // an event a noun phrase names, in a clause that tells no event of its date, is told by that phrase.
      // (A phrase whose date modifies its noun, "a state inquiry into the October 7 attacks", in a clause without a verb.)
      // ("The conflict that started with the annexation in 2014 and escalated into the invasion in 2022": a clause
      // that holds an earlier date tells that date's event; the phrase tells this one.)
      const [clauseFrom] = clauseAround(s.sentence.text, d.start, d.end)
      const afterOther = dates.some((x) => x.end <= d.start && x.start >= clauseFrom)
      const told = phrase && (phrase.timeLed || (ofEvent && afterOther) || (ofEvent ? framesNothing(s, d, future) : verbs.length === 0)) ? phrase.text : undefined
      found.push({ date, label: d.range, start: d.start, end: d.end, s, text: named ?? told ?? participial ?? describe(s, d.start, d.end, floor) })
    }
    for (const r of findRelative(s.sentence.text)) {
      const anchor = r.noun ? anchorFor(found, r.phrase!, r.noun, s) : found.filter((f) => f.s === s).at(-1)
      // The text starts after an earlier date of the same sentence ("… in 2011, the EU imposed tariffs within …").
      const floor = Math.max(0, ...dates.filter((d) => d.end <= r.start).map((d) => d.end))
      if (anchor) found.push({ date: addDays(anchor.date, r.days), start: r.start, end: r.end, s, text: describe(s, r.start, r.end, floor) })
    }
  }
  // "The Federal Trade Commission has secured a historic order with Amazon": a news lede tells the day's news
  // without a date of its own; it happened by the publication day.
  const lede = ctx.published?.length === 10 ? undatedLedeAct(mentions, found) : undefined
  if (lede) found.push({ date: ctx.published!, start: 0, end: 0, s: lede, text: lede.sentence.text.replace(/\s*[.!?]+$/, '') })
  // One event per sentence and text: "In October, X said exports fell … in the year ended September 30" is
  // one statement (dated by its first date), not two.
  // The texts are compared without the sentence's dates: "What began in September as a demonstration … in France
  // today" is told once, on its first date, not again on "today".
  const seen = new Set<string>()
  const datesOf = new Map(mentions.map((m) => [m.s, m.dates.map((d) => m.s.sentence.text.slice(d.start, d.end))]))
  const unique = found
    .sort((a, b) => (a.s.index - b.s.index) || a.start - b.start)
    .filter((f) => {
      const bare = (datesOf.get(f.s) ?? []).reduce((t, d) => t.split(d).join(' '), f.text).replace(/\b(?:in|on|since|during)\s+(?=\s|$)/g, ' ')
      const key = `${f.s.sentence.id}|${bare.split(/\s+/).filter(Boolean).slice(0, SAME_TEXT_WORDS).join(' ')}`
      return !seen.has(key) && seen.add(key)
    })
  return oncePerEvent(unique, ctx)
    .map(({ f, also }) => {
      const text = withSentenceSubject(f.s, f.text)
      const named = withPersonNamedBefore(ctx, f.s, text)
      // The telling the text comes from first, then the others that tell the event again (and the sentence that
      // names whom its "he" or "she" stands for).
      const tellings = [f.s, ...also.sort((a, b) => a.index - b.index)]
      if (named && !tellings.includes(named.from)) tellings.push(named.from)
      return { date: f.date, label: displayDate(f.date, f.label), text: named?.text ?? text, source: tellings.map((x) => x.sentence.id) }
    })
    .filter((e) => {
      if (e.text.split(/\s+/).length < 2 || opensInQuotation(e.text)) return false
      // The text is tagged once, for every check that reads its words.
      const words = tagWords(e.text)
      return !opensOnRelative(words) && !opensOnVerb(words) && !isCircumstance(words) && tellsEvent(words) && !isMeasurement(e.text, words) && !isState(words) && !isOwnStatement(words) && !describesItself(words) && !isSchooling(words)
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** How many words a news lede has at least. */
const MIN_LEDE_WORDS = 8
/** How many tokens may open a lede before the actor that is its subject: "The", "U.S.". */
const LEDE_SUBJECT_REACH = 2
/** Main verbs that tell a state or a saying, not an act: "remains", "has been", "said". */
const LEDE_NOT_ACTS = new Set(['be', 'have', 'become', 'remain', 'seem', 'appear', 'continue'])

/**
 * The article's first sentence when it is a news lede that tells an act with no date of its own: it opens on an actor
 * that is the subject of a finite verb in the past or the present perfect ("The FTC has secured an order", "Ten
 * states sued X"), neither modal, negated, habitual nor progressive, nor a verb of saying or being.
 */
function undatedLedeAct(mentions: { s: SentenceContext; dates: DateMention[] }[], found: Found[]): SentenceContext | undefined {
  const first = mentions.find(({ s }) => /[.!?]$/.test(s.sentence.text) && s.sentence.text.split(/\s+/).length >= MIN_LEDE_WORDS)
  if (!first || first.dates.length || found.some((f) => f.s === first.s)) return undefined
  const { s } = first
  // ("Improved Chinese and Russian artillery systems …": a demonym modifying a noun is no subject.)
  const subject = s.mentions[0]
  if (!subject || subject.first > LEDE_SUBJECT_REACH || subject.kind === 'demonym' || s.words[0]?.pos === 'VERB') return undefined
  // The first finite verb is the main one ("Congress has constitutional authority": "has", no act).
  const verb = s.words.findIndex((_, i) => isFiniteVerb(s.words, i, true))
  if (verb < 0 || s.tokens[subject.last]!.end > s.words[verb]!.start) return undefined
  const group = verbGroupAt(s.words, verb)
  if (group.modal || group.negated || group.habitual || group.progressive || (group.present && !group.perfect)) return undefined
  return LEDE_NOT_ACTS.has(group.lemma) || SAYING_VERBS.has(s.words[verb]!.lower) ? undefined : s
}

/**
 * "refined the trajectory as Magellan completed …" (the subject stood before a list of dates): a text that opens on
 * a verb in lower case has lost its subject and says no one did anything.
 */
function opensOnVerb(words: Word[]): boolean {
  const w = words[0]
  // (Not an auxiliary: "[Only last week] did the Board unveil …" puts it before its subject.)
  return !!w && w.text === w.lower && w.pos === 'VERB' && !w.lower.endsWith('ing')
}

/** "[In] early [October 2023]", "in the late [1990s]": words for a part of the time a date names. */
const RE_MONTH_PART = /^(?:the|early|late|mid-?)$/i

/**
 * "which begins on October 1", "which the court entered": a relative clause told without the noun it is on says
 * nothing of its own.
 */
function opensOnRelative(words: Word[]): boolean {
  return RELATIVE_OPENERS.has(words[0]?.lower ?? '') && words[0]!.pos === 'PRON'
}
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose'])

/** Words a finite verb has right before it when its subject stands there ("the board [met]", "it [has] met"). */
const SUBJECT_END_POS = new Set(['NOUN', 'PROPN', 'PRON', 'ADV', 'AUX', 'PART'])

const FINDING_VERBS = new Set<string>(DATA.dates.findingVerbs)

/**
 * "In 2023, an industry survey found that farmers would use them", "A 2024 study suggests …": what a study, a survey
 * or a report (data/dates.json sourceNouns) finds is a finding, not an event ("the court found", an act of its own,
 * is left to the rest).
 */
function isSourceFinding(words: Word[], verbs: VerbGroup[]): boolean {
  return verbs.some((v) => {
    if (!FINDING_VERBS.has(v.lemma)) return false
    let k = v.last - 1
    while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV')) k--
    const head = words[k]
    return head?.pos === 'NOUN' && SOURCE_NOUNS.has(head.lemma.toLowerCase())
  })
}

/**
 * "in 2003, followed by the establishment of programs [in 2007]": where the words of this date's event start, past a
 * participle and its "by" after an earlier date of the clause; undefined without one.
 */
function afterDatedParticiple(s: SentenceContext, dates: DateMention[], d: DateMention): number | undefined {
  const prev = dates.findLast((x) => x.end <= d.start)
  if (!prev || clauseAround(s.sentence.text, d.start, d.end)[0] > prev.start) return undefined
  const between = s.words.filter((w) => w.start >= prev.end && w.end <= d.start)
  return between[0]?.text === ',' && between[1]?.pos === 'VERB' && /ed$/.test(between[1].lower) && between[2]?.lower === 'by' ? between[2].end : undefined
}

const CONTINUATION_VERBS = new Set<string>(DATA.dates.continuationVerbs)

/**
 * "After 2007, China and Russia continued to develop space weapons", "In 2024, prices kept rising": a verb of going on
 * before an infinitive or an "-ing" form tells an activity lasting over the time, not an event at it ("continued
 * the provision" is an act).
 */
function goesOnDoing(words: Word[], v: VerbGroup): boolean {
  if (!CONTINUATION_VERBS.has(v.lemma)) return false
  const [next, after] = [words[v.last + 1], words[v.last + 2]]
  return (next?.lower === 'to' && after?.pos === 'VERB') || (next?.pos === 'VERB' && next.lower.endsWith('ing'))
}

/**
 * "In a study of 390 posts from three established firms": a text that opens on a preposition and holds no verb after a
 * subject of its main clause is a circumstance cut from its clause (the tagger's "three [established] firms" has none before it).
 */
function isCircumstance(words: Word[]): boolean {
  if (words[0]?.pos !== 'ADP') return false
  // (Nor one after a relative pronoun: "For nominees who [received] a vote, the average number of days".)
  return !words.some((_, i) => isFiniteVerb(words, i, true) && SUBJECT_END_POS.has(words[i - 1]?.pos ?? '') && !RELATIVE_PRONOUNS.has(words[i - 1]!.lower))
}

/**
 * The text of the sentence's paragraph before the sentence (where a quotation it goes on with opened) and from `at`,
 * an offset in the sentence, on (where it closes).
 */
function paragraphAround(ctx: Context, s: SentenceContext, at: number): [string, string] {
  const p = ctx.article.paragraphs.find((x) => x.index === s.sentence.paragraph)
  return p ? [ctx.article.text.slice(p.start, s.sentence.start), ctx.article.text.slice(s.sentence.start + at, p.end)] : ['', '']
}

/**
 * 'The aim was met," she wrote': a text whose first quotation mark closes a quotation starts in someone's words,
 * which it tells as the event. A straight mark closes when it follows a word or a stop and precedes a space or the end.
 */
function opensInQuotation(text: string): boolean {
  const m = /[“”"]/.exec(text)
  if (!m) return false
  return m[0] === '”' || (m[0] === '"' && /[\p{L}\p{N}.,!?]$/u.test(text.slice(0, m.index)) && /^(?:\s|$)/.test(text.slice(m.index + 1)))
}

/** "whether", "the extent to which" (data/dates.json openQuestionLeads) with no clause break before the date. */
const RE_OPEN_QUESTION = new RegExp(`\\b(?:${DATA.dates.openQuestionLeads.join('|')})\\s[^,;:—]*$`, 'i')

/**
 * "Before 2013, divers rarely saw …", "until 2020 it was …": the date bounds a period; nothing happened on it. Nor on
 * a date a figure is compared with ("elevated compared to nearly a year ago") or a state holds at ("as of April 9").
 */
const BOUND = `(?:${DATA.dates.boundCues.join('|')})`
const FILLERS = '\\s*(?:(?:nearly|about|almost|roughly|around|in)\\s+)*$'
const RE_BOUND_BEFORE = new RegExp(`\\b${BOUND}${FILLERS}`, 'i')
const RE_BASELINE_BEFORE = new RegExp(`\\b(?:${DATA.dates.baselineCues.join('|')})${FILLERS}`, 'i')
/** "dates back to 2015, when Russia annexed Crimea": the bound is the time of the clause "when" opens. */
const RE_WHEN_AFTER = /^,?\s+when\s/i
const RE_BOUND_OWN = new RegExp(`^${BOUND}\\s`, 'i')
function isBound(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  const own = text.slice(d.start, d.end)
  // The mention may hold its cue ("[Before 2013]"), or the cue's last word ("up [to 2020]", "as [in 2008]").
  const lead = text.slice(Math.max(0, d.start - 20), d.start) + (RE_CUE_WORD.exec(own)?.[0] ?? '')
  if (RE_BASELINE_BEFORE.test(lead) || boundsParticiple(s, d)) return true
  return (RE_BOUND_OWN.test(own) || RE_BOUND_BEFORE.test(lead)) && !RE_WHEN_AFTER.test(text.slice(d.end))
}
/**
 * "expenditures made after December 31, 2025", "vehicles bought after 2022": "after" a past participle that
 * tells of the noun before it marks out the things done since the date (a class the sentence speaks of), not an
 * act on the date.
 */
function boundsParticiple(s: SentenceContext, d: DateMention): boolean {
  const words = s.words
  const own = words.find((w) => w.start >= d.start && w.end <= d.end)
  const cue = own?.lower === 'after' ? words.indexOf(own) : words.findLastIndex((w) => w.end <= d.start)
  if (words[cue]?.lower !== 'after') return false
  const participle = words[cue - 1]
  const noun = words[cue - 2]
  return !!participle && (participle.pos === 'VERB' || participle.pos === 'ADJ') && participleForm(participle, true) && ['NOUN', 'PROPN'].includes(noun?.pos ?? '')
}
/**
 * "the strongest to hit Venezuela since 1900", "the first such vote since 1975": a date a record is measured from;
 * nothing happened on it. A superlative (or "first", "last", "only") before "since" in the date's clause.
 */
function isRecordSince(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  if (!/^since\s/i.test(text.slice(d.start, d.end)) && !/\bsince\s+$/i.test(text.slice(0, d.start))) return false
  const [from] = clauseAround(text, d.start, d.end)
  return s.words.some((w) => w.start >= from && w.end <= d.start && (RECORD_WORDS.has(w.lower) || isSuperlative(w)))
}
/** "strongest", "fastest": an adjective in -est that is not its own lemma ("honest" is). */
const isSuperlative = (w: Word) => w.pos === 'ADJ' && /est$/.test(w.lower) && w.lemma !== w.lower
const RECORD_WORDS = new Set(['first', 'last', 'only', 'most', 'least', 'best', 'worst'])

/** The cue word a mention starts with ("in", "to", "since"; data/dates.json yearCues, monthCues). */
const RE_CUE_WORD = new RegExp(`^(?:${[...new Set([...DATA.dates.yearCues, ...DATA.dates.monthCues])].join('|')})\\s+`)

const MONTH_WORDS = new Set<string>(DATA.dates.months.flatMap((m) => m.names.map((n) => n.toLowerCase())))
const MEASURE_VERBS = new Set<string>(DATA.dates.measureVerbs)
const RE_QUANTITY = new RegExp(`\\d[\\d,.]*\\s*(?:${DATA.dates.measureUnits.map((u) => u.replace(/[$%]/g, '\\$&')).join('|')})|[${'$€£'}]\\s*\\d`, 'i')

/**
 * "concerts had about 122 million attendees", "revenue was $12.5 billion", "Ticketmaster averaged about $8.91":
 * a quantity measured in a year is a figure, not an event. The text's first verb is one of measuring (data/dates.json).
 */
function isMeasurement(text: string, words: Word[]): boolean {
  if (!RE_QUANTITY.test(text)) return false
  // The clause's own verb: "Measured by weight, the countries accounted for over 20%" measures with "accounted".
  const verb = words.find((w, i) => isFiniteVerb(words, i, true)) ?? words.find((w) => w.pos === 'VERB' || w.pos === 'AUX')
  return !!verb && MEASURE_VERBS.has(verb.lemma)
}

const RANK_VERBS = new Set<string>(DATA.dates.rankVerbs)
const RE_SPAN_OPEN = /\b(?:from|between|since)\s+(?:(?:early|late|mid)\s+)?$/i
const RE_SPAN_CLOSE = /\b(?:to|and|through|until)\s+$/i

/**
 * "U.S. FDI in Mexico increased from $37.2 billion to $159.2 billion", "Media tasks increased between August and
 * November 2025", "The share was 24% in November 2025", "Mexico ranked second in 2025": a figure, or a change
 * over a span, is no event. A verb of the date's clause ranks, or measures (data/dates.json) with a quantity in
 * the clause or over a span of time the date opens or closes.
 */
function isFigure(s: SentenceContext, d: DateMention, verbs: VerbGroup[]): boolean {
  if (verbs.some((v) => RANK_VERBS.has(v.lemma))) return true
  const text = s.sentence.text
  const [from, to] = clauseAround(text, d.start, d.end)
  if (isReportedCount(s.words, verbs, from, to, d.start, d.end)) return true
  if (isStatistic(s.words, from, to, d.start, d.end, !!d.year && !d.month)) return true
  if (!verbs.some((v) => MEASURE_VERBS.has(v.lemma))) return false
  const lead = text.slice(Math.max(0, d.start - 20), d.start)
  return RE_QUANTITY.test(text.slice(from, to)) || RE_SPAN_OPEN.test(lead) || /^(?:from|between)\s/i.test(text.slice(d.start, d.end)) || RE_SPAN_CLOSE.test(lead)
}

/** "in 2019", "during May", "since early 2025": the cue, in the mention or right before it. */
const RE_POINT_CUE = /^(?:in|on|during|since)\s/i
const RE_POINT_CUE_BEFORE = /\b(?:in|on|during|since)\s+$/i
/** Words a subject the date stands in has before it, at least: "[X's use of the fund] in 2025 has renewed …". */
const SUBJECT_WORDS = 3

/**
 * "The minister's use of the reserve to support the peso in 2025 has renewed debates about it": a perfect takes no
 * past time of its own ("has renewed in 2025" is no English), so a past date before it, led by "in", "on",
 * "during" or "since" ("The expansion into exports since early 2024 has led to disputes"), dates a noun of its
 * subject, and the sentence tells how things stand now. Not a date in brackets
 * ("has used the fund (Chile in 2008 and Peru in 2021)" lists the times it did), nor one relative to publication
 * ("has acquired the firm today").
 */
function datesSubjectOfPerfect(s: SentenceContext, d: DateMention, verbs: VerbGroup[]): boolean {
  const text = s.sentence.text
  if (d.published || asideAround(text, d.start, d.end)) return false
  if (!RE_POINT_CUE.test(text.slice(d.start, d.end)) && !RE_POINT_CUE_BEFORE.test(text.slice(0, d.start))) return false
  // A date that leads its clause ("On Monday, the ministry has announced …", as some translated news puts it) is
  // the time of its verb, however tensed.
  const [from] = clauseAround(text, d.start, d.end)
  if (text.slice(from, d.start).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < SUBJECT_WORDS) return false
  return verbs.every((v) => v.perfect && !v.progressive && s.words[v.last]!.start >= d.end)
}

/** Words before a date that let a perfect span up to it or over it: "has grown since 2019", "has led for a decade". */
const RE_SPAN_CUE_BEFORE = /\b(?:since|for|over|throughout|through|until|till)\s+(?:(?:early|late|mid|the)\s+)?$/i

/**
 * "A team has now published a review of surveys made in 2023", "The agency has released its response to a report
 * from September 2023": a perfect takes no past time of its own, so a date after it in its clause, unless one it
 * spans from ("since 2019"), dates a noun of its object: the act is told now, its date unknown. Not when a clause of
 * its own holds the date ("has said that it closed the mine in May": "closed" is the date's verb), nor a date
 * relative to publication ("has acquired the firm today"), nor a date in brackets.
 */
function datesObjectOfPerfect(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  if (d.published || asideAround(text, d.start, d.end) || RE_SPAN_CUE_BEFORE.test(text.slice(0, d.start)) || /^(?:since|for|over)\s/i.test(text.slice(d.start, d.end))) return false
  const [from] = clauseAround(text, d.start, d.end)
  const before = s.words.map((_, i) => i).filter((i) => s.words[i]!.start >= from && s.words[i]!.end <= d.start)
  let group: VerbGroup | undefined
  for (const i of before) if (i > (group?.last ?? -1) && isFiniteVerb(s.words, i, true)) group = verbGroupAt(s.words, i)
  if (!group?.perfect || group.progressive || group.modal) return false
  const last = group.last
  return !before.some((i) => i > last && (s.words[i]!.pos === 'SCONJ' || CLAUSE_OPENERS.has(s.words[i]!.lower)))
}
/** Words that open a clause of its own after the verb ("has said [that] …", "has told how [when] …"). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where'])

/**
 * The event's text: the words around its date from its doer on (describeEvent), or, when those tell no act
 * ("House and Senate" of "Four measures were rejected by the House and Senate in March 2026"), its whole clause.
 */
function describe(s: SentenceContext, start: number, end: number, floor = 0): string {
  const text = describeEvent(s, start, end, floor)
  if (tellsEvent(tagWords(text))) return text
  const clause = describeClause(s, start, end, floor)
  if (tellsEvent(tagWords(clause))) return clause
  // "FHWA, the New York State DOT, the TBTA[, and the New York City DOT signed …]": a list's ", and" is no clause
  // break; the whole sentence tells it.
  // (A sentence parted by a semicolon, a colon or a dash holds clauses of their own: no such fallback.)
  if (/[;:—]/.test(s.sentence.text)) return text
  // A date that leads the sentence ("In September 2021, A, B, and C launched …") is left out of it.
  const leads = s.sentence.text.slice(0, start).split(/\s+/).filter((w) => w && !RE_MONTH_PART.test(w)).length <= 1
  const whole = describeClause(s, 0, s.sentence.text.length, leads ? Math.max(floor, end) : floor)
  return tellsEvent(tagWords(whole)) ? whole : text
}

/**
 * "With data spanning", "to November", "by 55% to 42%": a text without a finite verb tells no one doing anything
 * ("When we released Opus 3" does), unless it names someone's act ("North Korea’s previous nuclear test",
 * "Beijing’s call for a resumption of the talks") or something that happened ("the Uri attack").
 */
function tellsEvent(words: Word[]): boolean {
  // "[Before] committing to deploy military forces": an act, its doer the sentence's subject.
  if (words[0]?.pos === 'VERB') return true
  return words.some(
    (w, i) =>
      isFiniteVerb(words, i, true) ||
      (w.pos === 'NOUN' && EVENT_NOUNS.has(w.lemma)) ||
      // "the one occurring [in 2025]"
      (w.pos === 'VERB' && OCCUR_VERBS.has(w.lemma)) ||
      (POSSESSIVE.has(w.lower) && words.slice(i + 1, i + 4).some((n) => n.pos === 'NOUN')),
  )
}
const POSSESSIVE = new Set(["'s", '’s'])

/**
 * "I argued that meaningful progress would require …", "We warned in 2025 that …": the author (or the authors) saying
 * what they said or thought before is their argument, not an event ("We conducted a survey in May 2024" is one).
 */
function isOwnStatement(words: Word[]): boolean {
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i, true))
  if (verb < 0) return false
  const subject = words.slice(0, verb).filter((w) => w.pos !== 'ADV' && w.pos !== 'PUNCT')
  return subject.length === 1 && FIRST_PERSON.has(subject[0]!.lower) && SAYING_VERBS.has(words[verb]!.lemma)
}
const FIRST_PERSON = new Set(['i', 'we'])

/**
 * "This Insight provides historical data … from 1975 to 2022", "This report examines the 2019 reform": the article
 * (or a part of it) saying in the present what it holds, "this" and its noun before a verb of describing
 * (data/dates.json selfDescriptionVerbs).
 */
function describesItself(words: Word[]): boolean {
  if (!['this', 'these'].includes(words[0]?.lower ?? '')) return false
  let k = 1
  while (k < words.length && ['ADJ', 'NOUN', 'PROPN'].includes(words[k]!.pos)) k++
  const verb = words[k]
  return k > 1 && !!verb && verb.pos === 'VERB' && verb.lower !== verb.lemma && /s$/.test(verb.lower) && SELF_DESCRIPTION.has(verb.lemma)
}
const SELF_DESCRIPTION = new Set<string>(DATA.dates.selfDescriptionVerbs)

const CREDENTIAL_VERBS = new Set<string>(DATA.dates.credentials.verbs)
const CREDENTIAL_NOUNS = new Set<string>(DATA.dates.credentials.nouns)

/** "Al Romaithi went on to earn a doctorate degree", "She graduated from Cairo University": a line of a biography. */
function isSchooling(words: Word[]): boolean {
  const verb = words.findIndex((w) => w.pos === 'VERB' && CREDENTIAL_VERBS.has(w.lemma.toLowerCase()))
  if (verb < 0) return false
  return words[verb]!.lemma.toLowerCase() === 'graduate' || words.slice(verb + 1).some((w) => CREDENTIAL_NOUNS.has(w.lower) || CREDENTIAL_NOUNS.has(w.lemma.toLowerCase()))
}

/** Verbs that, as the only verb of a dated text, say how things stood, not what happened. */
const STATE_VERBS = new Set(['be', 'have'])
/** Verbs of being that the tagger reads as lexical verbs (data/dates.json stativeVerbs): "seemed", "represent". */
const STATIVE_VERBS = new Set<string>(DATA.dates.stativeVerbs)

/**
 * "In 2008, Ticketmaster was the largest primary ticketer and Live Nation was the largest promoter", "In 1999
 * outlays represent 33 cents of every dollar": a text whose only verbs are "be" or "have", or whose clause verb is
 * one of being, describes a state, not an event ("was acquired", "became" are events).
 */
function isState(words: Word[]): boolean {
  // ("A sapling was gifted by Sri Lanka": a participle the tagger read as an adjective, with its agent, is a passive.)
  const passive = words.some((w, i) => w.pos === 'ADJ' && /ed$/.test(w.lower) && words[i - 1]?.pos === 'AUX' && words[i + 1]?.lower === 'by')
  if (passive) return false
  // (The clause's own verb is its first finite one: "outlays represent 33 cents of every dollar spent".)
  const main = words.find((w, i) => w.pos === 'VERB' && isFiniteVerb(words, i, true))
  if (main && STATIVE_VERBS.has(main.lemma.toLowerCase())) return true
  return !words.some((w) => w.pos === 'VERB') && words.some((w) => w.pos === 'AUX' && STATE_VERBS.has(w.lemma))
}

/**
 * How many later tellings of its date (or of a date it is part of) an event is compared with. An article's events
 * are a few dozen (27 at most in the corpus); a text that dates thousands of sentences alike (a log, a list) would
 * otherwise cost the square of their number.
 */
const MAX_COMPARED = 100
/** Share of the shorter text's content words the other must have for two dated texts to tell one event. */
const SAME_EVENT_SHARE = 0.6
/** …and at least this many of them: "In May and" tells too little to be matched. */
const SAME_EVENT_WORDS = 3

/**
 * An event told twice, in a summary and again in its own paragraph ("In 2024, the FTC adopted a final rule …" and
 * "In October 2024, the FTC issued a final rule …"): in other sentences, on dates that agree (the same, or one
 * the other's more precise form), and either with most content words of the shorter text in the longer, or, one
 * telling in the article's opening and the other after it, by the same actor with a word of what it did in common
 * ("rule") or in the same month or on the same day ("A federal district court vacated that rule in February 2026"
 * and "In February 2026, the district court granted the plaintiffs' motion"), or by any on the same day with the act
 * one tells named in the other ("announced the termination" and "terminated"). The telling with the more precise
 * date stays; of two as precise, the first.
 * It cites the sentences that tell it again too (the first MAX_RETELLINGS).
 */
function oncePerEvent(found: Found[], ctx: Context): { f: Found; also: SentenceContext[] }[] {
  // The words of dates ("In May and") tell nothing of what happened.
  const tagged = found.map((f) => tagWords(f.text))
  const lemmas = tagged.map((words) => new Set([...contentLemmas(words)].filter((w) => !MONTH_WORDS.has(w) && !/^\d/.test(w))))
  const doers = found.map((f, k) => doerOf(f, tagged[k]!))
  const nameWords = (id: string) => {
    const a = ctx.actors.get(id)
    return new Set([a?.name ?? id, ...(a?.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)))
  }
  const paragraphs = ctx.article.paragraphs.length
  const opening = (f: Found) => f.s.sentence.paragraph <= Math.max(OPENING_PARAGRAPHS, OPENING_SHARE * paragraphs)
  const keptFor = new Map<number, number>()
  const summed = new Set<number>()
  for (let i = 0; i < found.length; i++) {
    const names = doers[i]!.actor ? nameWords(doers[i]!.actor!) : new Set<string>()
    let compared = 0
    for (let j = i + 1; j < found.length && !keptFor.has(i) && compared < MAX_COMPARED; j++) {
      const [a, b] = [found[i]!, found[j]!]
      if (keptFor.has(j) || a.s === b.s) continue
      if (!a.date.startsWith(b.date) && !b.date.startsWith(a.date)) continue
      compared++
      const drop = (k: number) => keptFor.set(k, k === i ? j : i)
      const [small, large] = lemmas[i]!.size <= lemmas[j]!.size ? [lemmas[i]!, lemmas[j]!] : [lemmas[j]!, lemmas[i]!]
      const shared = [...small].filter((w) => large.has(w))
      // "[the decree,] which was modified in 2020" and "DOJ filed a motion to modify the decree in 2020": a text
      // too short to tell an event, all of whose words the other telling of the same date has, is that event.
      if (small.size < SAME_EVENT_WORDS && small.size > 0 && shared.length === small.size && a.date === b.date) {
        drop(small === lemmas[i] ? i : j)
        continue
      }
      const doer = sameDoer(doers[i]!, doers[j]!)
      // By the same actor, one telling must be the opening's summary of the other.
      // A summary tells one event: it is matched with one later telling only.
      const summary = doer && opening(a) !== opening(b) && !summed.has(i) && !summed.has(j)
      const sameWord = summary && shared.some((w) => !names.has(w.toLowerCase()) && w.toLowerCase() !== doers[i]!.head)
      const sameTime = summary && a.date === b.date && a.date.length >= SAME_TIME_LENGTH
      const alike = shared.length >= SAME_EVENT_WORDS && shared.length / small.size >= SAME_EVENT_SHARE
      // Told by different doers on one day, one telling in the opening, the act of one named in the other: "On
      // February 19, the Secretary announced the termination of the agreement" and "On February 19, the agency
      // terminated its approval".
      const sameDay = !summary && a.date === b.date && a.date.length === 10 && opening(a) !== opening(b) && !summed.has(i) && !summed.has(j) && (sharesStem(verbsOf(tagged[i]!), lemmas[j]!) || sharesStem(verbsOf(tagged[j]!), lemmas[i]!))
      if (!alike && !sameWord && !sameTime && !sameDay) continue
      if (!alike) summed.add(i).add(j)
      drop(b.date.length > a.date.length ? i : j)
    }
  }
  const root = (k: number): number => {
    while (keptFor.has(k)) k = keptFor.get(k)!
    return k
  }
  const also = new Map<number, SentenceContext[]>()
  for (const k of keptFor.keys()) {
    const list = also.get(root(k)) ?? []
    if (list.length < MAX_RETELLINGS) list.push(found[k]!.s)
    also.set(root(k), list)
  }
  return found.flatMap((f, k) => (keptFor.has(k) ? [] : [{ f, also: (also.get(k) ?? []).filter((x) => x !== f.s) }]))
}

/** Whether a verb of `verbs` and a word of `words` are of one stem (language/grammar.ts stemOf). */
function sharesStem(verbs: Set<string>, words: Set<string>): boolean {
  const stems = new Set([...verbs].map(stemOf).filter((stem) => stem !== undefined))
  return [...words].map(stemOf).some((stem) => stem !== undefined && stems.has(stem))
}
const verbsOf = (words: Word[]) => new Set(words.filter((w) => w.pos === 'VERB').map((w) => w.lemma))

/** How many other sentences that tell an event again it cites, besides the one its text comes from. */
const MAX_RETELLINGS = 2
/** The opening of an article, where it sums up what its paragraphs then tell: the first paragraphs, or share of them. */
const OPENING_PARAGRAPHS = 4
const OPENING_SHARE = 0.15
/** "2026-02": a month, or a day, is precise enough for one actor's two tellings on it to be one event. */
const SAME_TIME_LENGTH = 7
const SUBJECT_PREPOSITIONS = new Set(['of', 'in', 'to', 'at', 'on', 'by', 'for', 'from', 'with', 'against', 'into', 'over', 'under', 'between', 'among'])

interface Doer {
  actor?: string
  /** The head of the noun phrase the text opens with, when a verb follows it: "a federal district court vacated" → "court". */
  head?: string
}

const SUBJECT_RUN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/**
 * Who an event's text says acted: the first actor named in it (unless after a preposition), and the head of the
 * noun phrase it opens with when a verb follows ("A federal district court vacated …" names no actor yet).
 */
function doerOf(f: Found, words: Word[]): Doer {
  const doer: Doer = {}
  const text = f.text.replace(/^…/, '')
  const at = f.s.sentence.text.indexOf(text.slice(0, 40))
  if (at >= 0) {
    const m = f.s.mentions.find((x) => f.s.tokens[x.first]!.start >= at && f.s.tokens[x.first]!.start < at + text.length)
    if (m && !SUBJECT_PREPOSITIONS.has(f.s.tokens[m.first - 1]?.lower ?? '')) doer.actor = m.actor
  }
  let k = 0
  while (k < words.length && SUBJECT_RUN.has(words[k]!.pos)) k++
  const head = words.slice(0, k).findLast((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
  if (head && ['VERB', 'AUX'].includes(words[k]?.pos ?? '')) doer.head = head.lemma.toLowerCase()
  return doer
}

const sameDoer = (a: Doer, b: Doer) => (!!a.actor && a.actor === b.actor) || (!!a.head && a.head === b.head)

/** The latest of some years, any of which may be unknown. */
function latestOf(...years: (number | undefined)[]): number | undefined {
  const known = years.filter((y): y is number => y !== undefined)
  return known.length ? Math.max(...known) : undefined
}

/**
 * The latest year the article prints with its year and tells in the past ("Congress passed a law in July 2025"),
 * a verb of the date's clause in the past tense, not a modal nor a future ("will reach Jupiter in July 2031", "is
 * scheduled to launch in 2024"): the article is of that year or later.
 */
function latestPastYear(mentions: { s: SentenceContext; dates: DateMention[] }[]): number | undefined {
  let latest: number | undefined
  for (const { s, dates } of mentions)
    for (const d of dates) {
      if (!d.year || d.yearless || d.published || d.later || (latest && d.year <= latest)) continue
      // ("were extended to September 30, 2026": a deadline's year is not yet past.)
      if (deadlineCue(s, d) || isFuture(s, d)) continue
      const verbs = dateVerbs(s, d)
      if (verbs.some((v) => !v.present && !v.modal && !willGroup(s.words, v)) && !plansAhead(s, d, verbs)) latest = d.year
    }
  return latest
}

/**
 * "will reach Jupiter in July 2031", "is scheduled to launch in 2024", "by 2030", "could open in 2027": a date told
 * as what is to come, planned, due or possible.
 */
function toldAhead(s: SentenceContext, d: DateMention): boolean {
  if (isFuture(s, d) || deadlineCue(s, d)) return true
  const verbs = dateVerbs(s, d)
  return verbs.some((v) => v.modal || willGroup(s.words, v)) || plansAhead(s, d, verbs)
}

/** "will make a close approach", "shall be held": a verb group of the future (its auxiliaries before its main verb). */
function willGroup(words: Word[], v: VerbGroup): boolean {
  for (let k = v.last; k >= 0 && (k === v.last || ['AUX', 'ADV', 'PART'].includes(words[k]!.pos)); k--) if (FUTURE_AUX.has(words[k]!.lower)) return true
  return false
}
const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll', 'wo'])

/**
 * "The Committee will conclude the reduction of its holdings in the System Open Market Account in August": every verb
 * of the date's clause is in the future, however far before the date it stands.
 */
function toldAheadByVerb(s: SentenceContext, verbs: VerbGroup[]): boolean {
  return verbs.length > 0 && verbs.every((v) => willGroup(s.words, v))
}

const SERIES_CUES = new Set(['in', 'on', 'during'])
const SERIES_LINKS = new Set([',', 'and', 'or'])

/**
 * A date that closes a later member of a series of dated objects ("added factories [in 2006] and homes [in 2007]"):
 * the date before it is led by the same preposition, and between them stand only a comma or "and" and the member's
 * noun phrase. The member's words (`own`) and those of the first member (`first`, the noun phrase before the
 * earlier date), or undefined.
 */
function gappedMember(s: SentenceContext, dates: DateMention[], d: DateMention): { prev: DateMention; first: string; own: string } | undefined {
  const prev = dates.findLast((x) => x.end <= d.start)
  if (!prev) return undefined
  const words = s.words
  const text = s.sentence.text
  // The cue: the mention's first word ("[in 2007]") or the word right before it ("in [May 2007]").
  const cueOf = (x: DateMention) => {
    const own = words.findIndex((w) => w.start >= x.start)
    if (SERIES_CUES.has(words[own]?.lower ?? '') && words[own]!.end <= x.end) return own
    const before = words.findLastIndex((w) => w.end <= x.start)
    return SERIES_CUES.has(words[before]?.lower ?? '') ? before : -1
  }
  const [pc, dc] = [cueOf(prev), cueOf(d)]
  if (pc < 0 || dc < 0 || words[pc]!.lower !== words[dc]!.lower) return undefined
  let k = words.findIndex((w) => w.start >= prev.end)
  if (k < 0 || !SERIES_LINKS.has(words[k]!.lower)) return undefined
  while (k < dc && SERIES_LINKS.has(words[k]!.lower)) k++
  const member = words.slice(k, dc)
  if (member.length === 0 || !member.every((_, j) => inSeriesPhrase(words, k + j))) return undefined
  let f = pc
  while (f > 0 && inSeriesPhrase(words, f - 1)) f--
  if (f === pc) return undefined
  return { prev, first: text.slice(words[f]!.start, words[pc - 1]!.end), own: text.slice(member[0]!.start, member.at(-1)!.end) }
}

/** A word of a noun phrase in a series: a noun's, a name's, a modifier's, "and" inside it, or a participle before a noun ("manufactured homes"). */
function inSeriesPhrase(words: Word[], i: number): boolean {
  const w = words[i]!
  const next = words[i + 1]
  if (SERIES_POS.has(w.pos)) return true
  if (w.pos === 'CCONJ') return SERIES_POS.has(words[i - 1]?.pos ?? '') && SERIES_POS.has(next?.pos ?? '')
  // (After a noun or a pronoun it is the verb of a clause: "the fund added wind farms".)
  return w.pos === 'VERB' && /ed$/.test(w.lower) && ['ADJ', 'NOUN'].includes(next?.pos ?? '') && !['NOUN', 'PROPN', 'PRON'].includes(words[i - 1]?.pos ?? '')
}

/** Each day of the year the article prints with exactly one year ("February 19, 2025"), by "month-day". */
function printedYears(dates: DateMention[]): Map<string, number> {
  const years = new Map<string, Set<number>>()
  for (const d of dates) if (d.year && d.month && d.day && !d.yearless) years.set(`${d.month}-${d.day}`, (years.get(`${d.month}-${d.day}`) ?? new Set()).add(d.year))
  return new Map([...years].filter(([, ys]) => ys.size === 1).map(([k, ys]): [string, number] => [k, [...ys][0]!]))
}

/** The latest date printed with its year, as [year, month] (month YEAR_ONLY when only the year was). */
function latestExplicit(dates: DateMention[]): [number, number] | undefined {
  let best: [number, number] | undefined
  for (const d of dates) {
    if (!d.year || d.yearless) continue
    const key: [number, number] = [d.year, d.month ?? YEAR_ONLY]
    if (!best || key[0] > best[0] || (key[0] === best[0] && key[1] > best[1])) best = key
  }
  return best
}

/**
 * "In July 2024, BLS revised the jobs added in May, and those added in April": a past month without a year, not later
 * in the year than a month its sentence told before it with its year, is of that year.
 */
function sentenceYear(dates: DateMention[], d: DateMention, future: boolean, text = ''): string | undefined {
  if (!d.yearless || !d.month || d.published || future) return undefined
  const told = dates.findLast((x) => x.end <= d.start && x.year && x.month && !x.yearless && !x.published)
  if (!told) return undefined
  const later = d.month > told.month! || (d.month === told.month && (d.day ?? 0) > (told.day ?? 31))
  // "landed on Mars Feb. 18, 2021, … and first lifted off … on April 19": a later day told on, in a clause joined
  // by "and" or "then", follows in the same year.
  if (later && !RE_TELLS_ON.test(text.slice(told.end, d.start))) return undefined
  return sortable({ year: told.year, month: d.month, day: d.day })
}
const RE_TELLS_ON = /\b(?:and|then|later|before)\b/i

/** How many days after the day told just before a yearless day may fall to be of its year. */
const TOLD_ON_DAYS = 62

/**
 * "On February 5, 2026, the President posted … On February 11, Russian officials stated …": a day without a year,
 * in the sentence right after one that told a day with its year, in the same paragraph, and a few weeks after that
 * day, goes on from it in the same year.
 */
function toldOn(told: { s: SentenceContext; d: DateMention } | undefined, s: SentenceContext, d: DateMention): string | undefined {
  if (!told || !d.yearless || !d.month || !d.day || d.published || told.s === s) return undefined
  if (told.s.sentence.paragraph !== s.sentence.paragraph || s.index - told.s.index !== 1) return undefined
  const [y, m, day] = [told.d.year!, told.d.month!, told.d.day!]
  const gap = daysBetween([y, m, day], [y, d.month, d.day])
  return gap >= 0 && gap <= TOLD_ON_DAYS ? sortable({ year: y, month: d.month, day: d.day }) : undefined
}

/** The month of a date told by its year only: "March 2015" is the later telling of 2015. */
const YEAR_ONLY = 0

function resolve(d: DateMention, published: string | undefined, latest?: [number, number], future = false, present = false): string | undefined {
  if (d.published) {
    if (!published) return undefined
    const day = d.weekday !== undefined ? weekdayNear(published, d.weekday, !!d.lastWeekday, future) : d.back ? dayBefore(published, d.back) : published
    if (!day) return undefined
    if (d.month) return sortable({ year: +day.slice(0, 4), month: d.month })
    return d.published === 'year' ? day.slice(0, 4) : d.published === 'month' ? day.slice(0, 7) : day
  }
  if (d.later) return d.year ? String(d.year) : undefined
  if (!d.yearless) return d.year ? sortable(d) : undefined
  if (published) {
    // A past event falls on or before the publication date; one the sentence puts in the future, after it.
    const [py, pm, pd] = published.split('-').map(Number) as [number, number, number?]
    const after = d.month! > pm || (d.month === pm && (d.day ?? 0) > (pd ?? 31))
    // "the April 11 meeting" in a report of April 9: a day just after publication is the coming one, not last year's.
    const soon = after && d.day !== undefined && pd !== undefined && daysBetween([py, pm, pd], [py, d.month!, d.day]) <= NEAR_DAYS
    const year = future || soon ? (after ? py : py + 1) : after && !present ? py - 1 : py
    return sortable({ year, month: d.month, day: d.day })
  }
  // Only a latest date told to its month ("In December 2015, …") says when the story is; the latest bare year may be
  // a past one the article looks back to ("the worst quake since 1967"): no year is better than a wrong one.
  if (!latest || latest[1] === YEAR_ONLY) return undefined
  // The same month as the latest dated reference is that month ("November 2018 … on 20 November").
  const after = d.month! >= latest[1]
  return sortable({ year: after ? latest[0] : latest[0] + 1, month: d.month, day: d.day })
}

/** The publication date moved back ("two weeks ago"), or undefined when it has not the precision the move needs. */
function dayBefore(published: string, back: NonNullable<DateMention['back']>): string | undefined {
  const [y, m = 1, d = 1] = published.split('-').map(Number) as [number, number?, number?]
  if (back.days && published.length < 10) return undefined
  if (back.months && published.length < 7) return undefined
  const date = new Date(Date.UTC(y - (back.years ?? 0), m - 1 - (back.months ?? 0), d - (back.days ?? 0)))
  return date.toISOString().slice(0, 10)
}

/**
 * The day a weekday names near the publication day: the latest one on or before it ("on Monday" in a Monday report is
 * that day; "last Monday" is the one before), or the next after it when told ahead ("will meet on Friday").
 */
function weekdayNear(published: string, weekday: number, last: boolean, future: boolean): string | undefined {
  if (published.length < 10) return undefined
  const own = new Date(`${published}T00:00:00Z`).getUTCDay()
  const back = (own - weekday + 7) % 7 || (last ? 7 : 0)
  return dayBefore(published, { days: future && !last ? -((weekday - own + 7) % 7) : back })
}

/** A yearless day at most this many days after publication is the coming one, whatever the tense. */
const NEAR_DAYS = 31
const daysBetween = (a: [number, number, number], b: [number, number, number]) => (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000

/** Words around a date that put what happens then in the future: "will meet in March", "is scheduled for May". */
const RE_FUTURE = /\b(?:will|shall|’ll|'ll|is to|are to|is due|are due|is scheduled|are scheduled|is expected|are expected|plans? to|going to|next|upcoming|coming)\b/i
function isFuture(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  // "detained since July", "last March": looking back, whatever the rest of the sentence says.
  if (/\b(?:since|last|ago|earlier|previously)\s*$/i.test(text.slice(Math.max(0, d.start - 12), d.start))) return false
  // The future word must be in the date's own clause, close to it.
  const before = text.slice(Math.max(0, d.start - 40), d.start).split(/[,;:]/).at(-1)!
  const after = text.slice(d.end, d.end + 25).split(/[,;:]/)[0]!
  return RE_FUTURE.test(before) || RE_FUTURE.test(after)
}

/**
 * A date that dates an event, not a name ("the Antitrust Improvements Act of 1976", "the 2024 amendments") nor a
 * statement of what is ("As now, there were legitimate reasons …").
 */
const RE_NAMED_YEAR = /\b\p{Lu}[\p{L}-]*\s+of\s*$/u
/** A capitalised word, a number, then "of": "Executive Order 14257 of", "Resolution No. 2231 of". */
const RE_NUMBERED_DOCUMENT = /\b\p{Lu}[\p{L}-]*\s+(?:No\.\s*)?\d[\d,-]*\s+of\s*$/u
const RE_NOUN_OF = /(?<![\p{L}-])\p{Ll}+\s+of\s*$/u
const OF_NOUNS = new Set<string>([...DATA.dates.timeNouns, ...EVENT_NOUNS])
const PRICE_BASES = new Set<string>(DATA.dates.priceBaseNouns)
const RE_EXISTENTIAL = /^(?:as now,\s*)?(?:there|here)\s+(?:is|are|was|were|has been|have been)\b/i
/** Words between a verb and the first of the days it takes: "designated [either] April 22 … as". */
const RE_RECURRING_BEFORE = /\b(?:each|every)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\s+(?:in|on)?\s*$/i
const OBJECT_LEADS = new Set(['either', 'both', 'neither'])
const OBJECT_LIST_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'PUNCT'])
/** Words a list of days may run back to its verb. */
const OBJECT_LIST_WORDS = 16

/**
 * "The assembly designated April 22 as Mother Earth Day in 2009", "would have named either May 1 or June 5 as …": a
 * day a verb takes as its object, with no preposition, and names "as" something, is the day named, not the time of
 * the act ("in 2009" is).
 */
function isNamedDay(s: SentenceContext, d: DateMention): boolean {
  if (!d.month || /^(?:in|on|at|by|since|from|until|during)\s/i.test(s.sentence.text.slice(d.start, d.end))) return false
  // Back over a list of such days ("either April 22, the third Wednesday of April, or [March 21]") to the verb.
  let k = s.words.findLastIndex((w) => w.end <= d.start)
  let depth = 0
  for (let n = 0; k >= 0 && n < OBJECT_LIST_WORDS; k--, n++) {
    const w = s.words[k]!
    if (w.text === ')') depth++
    else if (w.text === '(') depth--
    else if (depth > 0) continue
    else if (!(OBJECT_LEADS.has(w.lower) || w.lower === 'of' || OBJECT_LIST_POS.has(w.pos))) break
  }
  if (s.words[k]?.pos !== 'VERB') return false
  const [, to] = clauseAround(s.sentence.text, d.start, d.end)
  return s.words.some((w) => w.start >= d.end && w.end <= to && w.lower === 'as')
}

function isEventDate(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  // The mention may take the "of" with it ("Act [of 2022]").
  const own = text.slice(d.start, d.end)
  const lead = text.slice(Math.max(0, d.start - 40), d.start) + (/^of\s/i.test(own) ? 'of ' : '')
  if (d.year && !d.month && RE_NAMED_YEAR.test(lead)) return false
  // "under Executive Order 14257 of April 2, 2025", "Proclamation 9888 of May 17, 2019": the date of a numbered
  // document names it; it does not date what the sentence says is done under it.
  if (RE_NUMBERED_DOCUMENT.test(lead)) return false
  // "adjusted for inflation to 2025 dollars", "in constant 2020 prices": a year before a currency is a price base.
  if (d.year && !d.month && PRICE_BASES.has(s.words.find((w) => w.start >= d.end)?.lower ?? '')) return false
  // "evoked the spirit of May and June 1968": a date after "of" dates the noun before it, an event only when that
  // noun names a time or an event ("the events of May 1968", "the end of 2023").
  const of = RE_NOUN_OF.exec(lead)
  if (of) {
    const at = d.start - (lead.length - of.index) + (/^of\s/i.test(own) ? 'of '.length : 0)
    const noun = s.words.find((w) => w.start === at)
    if (noun?.pos === 'NOUN' && !OF_NOUNS.has(noun.lemma)) return false
  }
  // "terminated the November 2024 agreement", "his April 21 letter": a date between a determiner and a noun names
  // a thing dated elsewhere, not the time of what the sentence tells ("the April 11 meeting" is an event of its date).
  // "terminated the November 2024 agreement": with nothing after its noun, the phrase tells no more than its date.
  const modified = modifiedNoun(s, d)
  // "During the 2025 Ministers' Meeting, the partners agreed …", "the June 2025 strikes destroyed …": the phrase
  // leads its clause or is its subject, whose verb tells what happened then.
  if (modified && (!EVENT_NOUNS.has(modified.noun.lemma) || (!namedEvent(s, d) && !datesItsClause(s, modified)))) return false
  if (isNamedDay(s, d)) return false
  // "Organizers selected April 22, a weekday after …", "designated June 5 as World Environment Day": a day that is a
  // verb's object, with no cue before it, is what was chosen, not when.
  // ("Starting August 1, 2025, …": a participle in -ing before a day opens the time from it.)
  const verbBefore = s.words.findLast((w) => w.end <= d.start)
  if (!d.published && !RE_CUE_WORD.test(own) && verbBefore?.pos === 'VERB' && !verbBefore.lower.endsWith('ing')) return false
  // "It is celebrated each year on April 22", "held every spring in May": a day that comes round, no event.
  if (RE_RECURRING_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start) + (RE_CUE_WORD.exec(own)?.[0] ?? ''))) return false
  // "According to 2025 testimony of the commander, …", "… according to data from March 2025": the date of a source.
  if (RE_SOURCE_LEAD.test(text.slice(0, d.start) + (RE_CUE_WORD.exec(own)?.[0] ?? ''))) return false
  // "today's technology" is no date; "Today, the disease has spread widely" and "today, AI systems are not
  // reliable" say how things stand, not what happened that day ("The court ruled today" does).
  if (d.published === 'day') {
    if (/^['’]s\b/.test(text.slice(d.end))) return false
    // The verb of the date's clause: the nearest finite verb before it, else the first after it ("We tracked …
    // how people collaborate with AI today" says how people collaborate now).
    const finite = s.words.map((_, i) => i).filter((i) => isFiniteVerb(s.words, i, true))
    const verb = finite.findLast((i) => s.words[i]!.end <= d.start) ?? finite[0]
    if (verb !== undefined && saysHowThingsStand(s.words, verb)) return false
  }
  // "Hegseth (who uses the title under an order dated September 5, 2025) directed …": a date in an aside with a
  // verb of its own dates the aside's thing, not what the sentence says happened. An aside without one still
  // dates the sentence ("outlined protocols (ahead of time, back in March 2019)").
  const aside = asideAround(text, d.start, d.end)
  if (aside && s.words.some((w) => w.start >= aside[0] && w.end <= aside[1] && (w.pos === 'VERB' || w.pos === 'AUX'))) return false
  // "… merged with the party — the one he joined when elected in 2018 and later left — to form …": so does an aside
  // between dashes with a finite verb ("—in 1998 (to support the yen), and 2011" dates the sentence).
  const dashed = dashAsideAround(text, d.start, d.end)
  if (dashed && s.words.some((w, i) => w.start >= dashed[0] && w.end <= dashed[1] && isFiniteVerb(s.words, i, true))) return false
  // The clause the date belongs to: what follows a leading date ("In 1968, as now, there were …"), else what leads up to it.
  const before = text.slice(0, d.start).replace(/^.*[,;:]\s*/, '')
  const clause = before.split(/\s+/).filter(Boolean).length <= 2 ? text.slice(d.end).replace(/^[\s,]+/, '') : before
  if (RE_EXISTENTIAL.test(clause)) return false
  // An aside in parentheses does not part a verb from its subject ("allies, who control Yemen (including Sanaa), entered").
  const words = withoutAsides(s.words)
  return words.some((_, i) => isFiniteVerb(words, i, true))
}

/** "According to" (data/dates.json sourceLeads) with no clause break before the date. */
const RE_SOURCE_LEAD = new RegExp(`\\b(?:${DATA.dates.sourceLeads.join('|')})\\s[^,;:—]*$`, 'i')

/** The noun a date modifies, as in "the November 2024 agreement" or "the February 19 and April 21 letters". */
const MODIFIER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those'])
function modifiedNoun(s: SentenceContext, d: DateMention): { determiner: Word; noun: Word } | undefined {
  // Back over the first date of a pair ("the February 19 and") to the determiner.
  // The mention may hold it after its cue ("[in the 2024] Act").
  const determiner =
    s.words.find((w) => w.start >= d.start && w.end <= d.end && MODIFIER_DETERMINERS.has(w.lower)) ??
    s.words.filter((w) => w.end <= d.start).findLast((w) => !(w.pos === 'CCONJ' || w.pos === 'NUM' || MONTH_WORDS.has(w.lower)))
  // "Russia's February 2022 invasion": a possessive determines the noun too; the phrase starts at its owner.
  if (determiner && POSSESSIVE.has(determiner.lower)) {
    const at = s.words.indexOf(determiner)
    let k = at
    while (k > 0 && at - k < OWNER_WORDS && ['PROPN', 'NOUN'].includes(s.words[k - 1]!.pos)) k--
    if (k < at && s.words[k - 1]?.pos === 'DET') k--
    if (k < at) return withHead(s, d, s.words[k]!)
  }
  if (!determiner || !MODIFIER_DETERMINERS.has(determiner.lower)) return undefined
  return withHead(s, d, determiner)
}
/** Words a possessive's owner may have: "the Trump Administration's". */
const OWNER_WORDS = 3

function withHead(s: SentenceContext, d: DateMention, determiner: Word): { determiner: Word; noun: Word } | undefined {
  // Over another date of a pair ("and April 21") to the noun phrase, whose head is its last noun ("the November
  // 2026 congressional elections", "the 2025 Quad Foreign Ministers' Meeting").
  const after = s.words.filter((x) => x.start >= d.end)
  let k = 0
  // "the September 11, 2001, attacks": a full date's year closes with a comma before the noun it dates.
  const yearComma = (i: number) => after[i]?.text === ',' && /^\p{Ll}/u.test(after[i + 1]?.text ?? '') && COMPOUND_POS.has(after[i + 1]!.pos)
  if (d.month && d.year && yearComma(0)) k = 1
  // ("the July 6, 2018, and the August 23, 2018, actions": over a second full date of a pair, with its own "the".)
  if (after[k]?.text === ',' && after[k + 1]?.lower === 'and' && after[k + 2]?.lower === 'the' && MONTH_WORDS.has(after[k + 3]?.lower ?? '')) {
    let j = k + 3
    while (j < after.length && (after[j]!.pos === 'NUM' || MONTH_WORDS.has(after[j]!.lower) || (after[j]!.text === ',' && after[j + 1]?.pos === 'NUM'))) j++
    if (yearComma(j)) k = j + 1
  }
  while (k < after.length && k < PAIR_WORDS && (after[k]!.pos === 'CCONJ' || after[k]!.pos === 'NUM' || MONTH_WORDS.has(after[k]!.lower))) k++
  let head: Word | undefined
  // A capitalised word is part of a name whatever its tag ("Ministers' Meeting", tagged a verb).
  const inName = (w: Word) => COMPOUND_POS.has(w.pos) || /^['’]$/.test(w.text) || (w.pos !== 'PUNCT' && /^\p{Lu}/u.test(w.text))
  for (; k < after.length && inName(after[k]!); k++) if (after[k]!.pos === 'NOUN' || /^\p{Lu}/u.test(after[k]!.text)) head = after[k]
  // "the February 19 Letter": a capitalised noun is tagged a proper one.
  return head ? { determiner, noun: { ...head, lemma: head.lemma.toLowerCase() } } : undefined
}
const PAIR_WORDS = 4
const COMPOUND_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART'])

/** Words a named event's phrase runs on for after its noun: "the January 2026 operation [to capture …]". */
const NAMED_EVENT_WORDS = 12

/**
 * "Claude was used in the January 2026 operation to capture …": the date is the time of the event the noun names,
 * and the noun phrase tells it ("the January 2026 operation to capture Venezuelan President Nicolás Maduro"), not
 * what the sentence says of it.
 */
function namedEvent(s: SentenceContext, d: DateMention): string | undefined {
  const modified = modifiedNoun(s, d)
  if (!modified || !EVENT_NOUNS.has(modified.noun.lemma)) return undefined
  const text = s.sentence.text
  // Up to the clause's verb: "The March 31 decision [marks …]" says what the decision is, not what it was.
  // Nor into a purpose ("made funding available since the 2016 elections [for securing systems]"): a preposition
  // before a gerund after the noun tells what the clause's act is for.
  const purpose = s.words.find((w, i) => w.start >= modified.noun.end && w.pos === 'ADP' && s.words[i + 1]?.pos === 'VERB' && s.words[i + 1]!.lower.endsWith('ing'))
  const verb = s.words.find((w, i) => w.start >= modified.noun.end && (isFiniteVerb(s.words, i, true) || w === purpose))
  const rest = text.slice(modified.noun.end, verb?.start).split(/[,;:()—]|\s(?:and|but|which|who|while)\s/)[0]!
  const tail = rest.split(/\s+/).filter(Boolean).slice(0, NAMED_EVENT_WORDS).join(' ').replace(/[\s.!?]+$/, '')
  const own = text.slice(modified.determiner.start, modified.noun.end)
  if (tail) return `${own} ${tail}`
  // "efforts to interfere in the 2016 elections and the onset of …", "funding provided in the 2020 cycle": the
  // object of a preposition after a verb that tells of a noun (an infinitive or a participle after it), with
  // nothing of its own after it, is told alone. (After a clause's verb, "voted against convicting him in the 2021
  // trial", it dates that verb's act; a subject, "the March 31 decision marks …", is told with its verb.)
  const at = s.words.findIndex((w) => w.start >= modified.determiner.start)
  const [from] = clauseAround(text, d.start, d.end)
  const governor = s.words.findLastIndex((w, i) => i < at && w.start >= from && (w.pos === 'VERB' || w.pos === 'AUX'))
  return s.words[at - 1]?.pos === 'ADP' && governor >= 0 && tellsOfNoun(s.words, governor) ? own : undefined
}

/** "efforts [to interfere]", "funding [provided]": a verb that is not finite, right after a noun (and "to"). */
function tellsOfNoun(words: Word[], i: number): boolean {
  if (isFiniteVerb(words, i, true) || words[i]!.pos !== 'VERB') return false
  const before = words[i - 1]?.lower === 'to' ? words[i - 2] : words[i - 1]
  return before?.pos === 'NOUN' || before?.pos === 'PROPN'
}

/** Prepositions of time before an event's noun phrase: the clause is told of a time after or before the event, not at it. */
const TIME_LEADS = new Set(['since', 'after', 'before', 'until', 'following'])

/**
 * The noun phrase of the event whose noun the date modifies ("the October 7 attacks") or follows ("Hamas’ massacre
 * of October 7 2023", "the revolution of 1789"), up to the date; and whether a preposition of time leads it.
 */
function eventPhrase(s: SentenceContext, d: DateMention): { text: string; timeLed: boolean } | undefined {
  const text = s.sentence.text
  const words = s.words
  const modified = modifiedNoun(s, d)
  let first: number
  let end: number
  if (modified && EVENT_NOUNS.has(modified.noun.lemma)) {
    first = words.indexOf(modified.determiner)
    end = modified.noun.end
  } else {
    // ("the treaty's February 5, 2026, expiration date": the date is the expiry's, not the treaty's.)
    const owner = words.findLast((w) => w.end <= d.start)
    const noun = modified || POSSESSIVE.has(owner?.lower ?? '') ? undefined : eventNounBefore(s, d.start)
    if (noun === undefined) return undefined
    first = noun
    // Back over its modifiers, an owner ("Hamas’", "Russia's") and its determiner.
    while (first > 0 && (PHRASE_MODIFIERS.has(words[first - 1]!.pos) || words[first - 1]!.text === '-' || (/^['’]s?$/.test(words[first - 1]!.text) && ['PROPN', 'NOUN'].includes(words[first - 2]?.pos ?? '')))) first--
    if (first > 0 && words[first - 1]!.pos === 'DET') first--
    // "the revolution of 1789" names it with its date; "North Korea’s nuclear test [in 2013]" leaves it to the timeline.
    end = /^of\s/i.test(text.slice(d.start, d.end)) || /\sof\s*$/i.test(text.slice(0, d.start)) ? d.end : d.start
  }
  // "the siege of the town between late October and the end of December": a span is told by its clause, once.
  if (RE_SPAN_OPEN.test(text.slice(Math.max(0, d.start - 20), d.start)) || /^(?:from|between)\s/i.test(text.slice(d.start, d.end))) return undefined
  const lead = words[first - 1]
  // "Attacks on Iran on April 8 underscore …": a phrase that is its clause's subject is told with its verb.
  if (first < 0 || !lead || !['ADP', 'SCONJ', 'VERB'].includes(lead.pos)) return undefined
  // ("ahead of the 2018 elections", "prior to the vote": a time before the event, as "before".)
  const timeLed = TIME_LEADS.has(lead.lower) || (['of', 'to'].includes(lead.lower) && TIME_LEAD_HEADS.has(words[first - 2]?.lower ?? ''))
  return { text: text.slice(words[first]!.start, end).replace(/[\s,]+$/, '').replace(/\s+(?:in|on|at|during|sometime)$/i, ''), timeLed }
}
/** Words before "of" or "to" that make a preposition of time: "ahead of", "in advance of", "prior to". */
const TIME_LEAD_HEADS = new Set(['ahead', 'advance', 'prior'])
const PHRASE_MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])

/** Whether the verbs of the date's clause all frame it as no event ("could bring", "marks", "have been quick to"). */
function framesNothing(s: SentenceContext, d: DateMention, future: boolean): boolean {
  const verbs = dateVerbs(s, d)
  return verbs.length > 0 && verbs.every((v) => framesNoEvent(v, { future }))
}

/** Whether a dated event noun phrase leads its clause after a preposition, or is its subject (a verb follows it). */
function datesItsClause(s: SentenceContext, modified: { determiner: Word; noun: Word }): boolean {
  const before = s.words.findLast((w) => w.end <= modified.determiner.start)
  const next = s.words.findIndex((w) => w.start >= modified.noun.end)
  return before?.pos === 'ADP' || (next >= 0 && isFiniteVerb(s.words, next, true))
}

/** The words outside parentheses. */
function withoutAsides(words: Word[]): Word[] {
  let depth = 0
  return words.filter((w) => {
    if (w.text === '(') depth++
    const outside = depth === 0
    if (w.text === ')' && depth > 0) depth--
    return outside && w.text !== ')'
  })
}

/** A pair of like dashes around an aside: "— the party he joined in 2018 —", "– a group which … –". */
const RE_DASH_PAIR = /—[^—;:]{1,160}—|–[^–;:]{1,160}–/g

/** The offsets between the pair of dashes around [start, end), or undefined when the span is not in one. */
function dashAsideAround(text: string, start: number, end: number): [number, number] | undefined {
  for (const m of text.matchAll(RE_DASH_PAIR)) if (m.index < start && m.index + m[0].length > end) return [m.index + 1, m.index + m[0].length - 1]
  return undefined
}

/** The offsets inside the parentheses around [start, end), or undefined when the span is not in any. */
function asideAround(text: string, start: number, end: number): [number, number] | undefined {
  let open = -1
  let depth = 0
  for (let i = 0; i < start; i++) {
    if (text[i] === '(') {
      if (depth === 0) open = i
      depth++
    } else if (text[i] === ')' && depth > 0) depth--
  }
  if (depth === 0) return undefined
  const close = text.indexOf(')', end)
  return close < 0 ? undefined : [open + 1, close]
}

/**
 * The verb group at `i` says how things stand, not what happened: a present ("is", "remains", "has become",
 * "collaborate") or a modal ("can", "could be done today": the finite word may be the participle after it); not a
 * progressive ("Today we're announcing …" tells what happens that day).
 */
function saysHowThingsStand(words: Word[], i: number): boolean {
  const group = verbGroupAt(words, i)
  let k = i
  while (k > 0 && (words[k - 1]!.pos === 'AUX' || words[k - 1]!.pos === 'ADV')) k--
  const modal = words.slice(k, i + 1).some((w) => w.pos === 'AUX' && MODALS.has(w.lower))
  return (group.present || modal) && !group.progressive
}
const MODALS = new Set<string>(DATA.dates.hypotheticalModals)

/**
 * The verb groups of the date's clause (aspect.ts). A clause the date leads, with no verb, that ends at a list's
 * ", and" runs on to the verb after the list: "Between 2022 and 2025, buyers of panels, heaters, and other
 * equipment could receive a credit" is framed by "could receive" ("heat waves, like the one occurring in 2025, and
 * their harms, require action": a date inside its clause is no list's).
 */
function dateVerbs(s: SentenceContext, d: DateMention): VerbGroup[] {
  const text = s.sentence.text
  let [from, to] = clauseAround(text, d.start, d.end)
  if (frontsSubordinate(s, d, [from, to])) return clauseVerbs(s.words, d.start, d.end, d.start, to)
  let verbs = clauseVerbs(s.words, d.start, d.end, from, to)
  const leads = text.slice(from, d.start).split(/\s+/).filter(Boolean).length <= 1
  while (verbs.length === 0 && leads && RE_LIST_AND.test(text.slice(to))) {
    const next = clauseAround(text, to + 1, to + 1)[1]
    if (next <= to) break
    to = next
    verbs = clauseVerbs(s.words, d.start, d.end, from, to)
  }
  return verbs
}
const RE_LIST_AND = /^,\s+(?:and|or)\s/

/**
 * "The complaint alleges that in February 2025, Zillow and Redfin entered into …": a date that opens a clause
 * after "that", set off by a comma, is the time of that clause's verb, after the comma,
 * not of the verb that governs the clause ("alleges"). So is one with no comma whose clause goes on to a finite verb
 * ("OIG also found that in 2016 the company took …"): its subject opens on a determiner or a pronoun right after
 * the date, not on a noun of the date's own phrase ("claims that during the 2009 Buganda riots, social media were
 * used …"). A range fronts by the comma after its end, and its end fronts too ("alleges that from Sept. 1999 through
 * at least Nov. 2003, X promoted …").
 */
function frontsSubordinate(s: SentenceContext, d: DateMention, [from, to] = clauseAround(s.sentence.text, d.start, d.end)): boolean {
  const text = s.sentence.text
  const before = s.words.filter((w) => w.start >= from && w.end <= d.start)
  // (Only a date after "that" fronts a clause: the sentence's other dates are read only then.)
  if (!before.some((w) => w.lower === 'that')) return false
  const others = findDates(text)
  // (A range goes on to its end before the comma: "from Sept. 1999 through at least Nov. 2003, …".)
  const end = others.find((x) => x.start >= d.end && RE_RANGE_JOIN.test(text.slice(d.end, x.start)))?.end ?? d.end
  const comma = /^\s*,/.test(text.slice(end, to))
  if (!comma && !(SUBJECT_OPENERS.has(s.words.find((w) => w.start >= end)?.pos ?? '') && s.words.some((w, i) => w.start >= end && w.end <= to && isFiniteVerb(s.words, i, true)))) return false
  const leads = comma ? FRONT_LEADS : BARE_FRONT_LEADS
  const inOtherDate = (w: Word) => others.some((x) => x.start <= w.start && w.end <= x.end)
  let i = before.length - 1
  while (i >= 0 && (leads.has(before[i]!.pos) || (before[i]!.lower !== 'that' && inOtherDate(before[i]!)))) i--
  const sub = before[i]
  // (Only "that": "since", "after" or "until" before a date are its own preposition, tagged SCONJ.)
  return sub?.lower === 'that' && (sub.pos === 'SCONJ' || sub.pos === 'PRON')
}
/** What stands between a subordinator and the date it fronts: "that [in early] February 2025,", "that [through at least]". */
const FRONT_LEADS = new Set(['ADP', 'ADJ', 'DET', 'ADV'])
/** …and before a date with no comma after it, where an article would open a noun phrase the date is in. */
const BARE_FRONT_LEADS = new Set(['ADP', 'ADJ', 'ADV'])
/** What opens the subject of a clause a date fronts with no comma: "that in 2016 [the] company took …", "[it] took". */
const SUBJECT_OPENERS = new Set(['DET', 'PRON'])
/** What joins a range's start to its end: "through at least", "to", "–". */
const RE_RANGE_JOIN = /^\s*(?:through|to|until|till|and|[-–])\s+(?:at\s+(?:least|most)\s+)?$/i

/**
 * "Congress may weigh changes before the July 2027 review", "The ruling could matter in the 2026 elections": an event
 * to come that a noun names, in a sentence telling what may, could or must be, is a time the possibility is set
 * against, not an event the article tells. A modal (data/dates.json hypotheticalModals) before the date.
 */
function inPossibility(s: SentenceContext, d: DateMention): boolean {
  return s.words.some((w) => w.end <= d.start && w.pos === 'AUX' && MODALS.has(w.lower))
}

const PLAN_WORDS = new Set<string>(DATA.dates.planWords)
const SUBORDINATE_TIMES = new Set(['before', 'after', 'when', 'until', 'once', 'as', 'while'])

/**
 * "The company plans to open a plant in 2027", "The treaty scheduled the cuts to begin in January 2026", "The army is
 * due to withdraw in May": a date after an infinitive that a word of planning or expecting governs (data/dates.json
 * planWords) is the time of what is planned, not of an event. A date before the infinitive ("agreed in May 2024 to
 * sell the unit") is the planning's own.
 */
function plansAhead(s: SentenceContext, d: DateMention, verbs: VerbGroup[]): boolean {
  const words = s.words
  const before = words.findLastIndex((w) => w.end <= d.start)
  // Cheap first: an infinitive before the date at all.
  if (!words.some((w, i) => i <= before && w.pos === 'VERB' && words[i - 1]?.lower === 'to')) return false
  const [from] = clauseAround(s.sentence.text, d.start, d.end)
  for (let i = before; i >= 1 && words[i]!.start >= from; i--) {
    if (isFiniteVerb(words, i, true)) return false
    if (words[i]!.pos === 'VERB' && words[i - 1]!.lower === 'to') {
      // "Shortly before tolling was scheduled to start on June 30, the governor halted it": the plan's time dates
      // what the sentence tells, in the clause it leads.
      if (words.slice(0, i).some((w) => w.start >= from && SUBORDINATE_TIMES.has(w.lower))) return false
      const governor = words[i - 2]
      return verbs.some((v) => PLAN_WORDS.has(v.lemma)) || (!!governor && PLAN_WORDS.has(governor.lemma.toLowerCase()))
    }
  }
  return false
}

/** "later this year": a time to come. */
const RE_LATER = /^later\b/i

/** Words a date may stand after the noun of the event it dates: "attacks on and by Iran on April 8". */
const EVENT_NOUN_REACH = 8
const NOUN_PHRASE_POS = new Set(['ADP', 'ADV', 'DET', 'CCONJ', 'ADJ', 'NUM', 'PART', 'PROPN'])

/**
 * "I remember a meeting sometime in 2018", "the revolution of 1789", "Attacks on and by Iran on April 8 underscore
 * …": a date after an event noun, within its noun phrase, is the time of that event, whatever the clause's verb.
 */
function followsEventNoun(s: SentenceContext, d: DateMention): boolean {
  return eventNounBefore(s, d.start) !== undefined
}

/** The index of the event noun whose noun phrase runs up to `start` (a date's), if any. */
function eventNounBefore(s: SentenceContext, start: number): number | undefined {
  const before = s.words.findLastIndex((x) => x.end <= start)
  let complement = false
  for (let i = before; i >= 0 && i > before - EVENT_NOUN_REACH; i--) {
    const w = s.words[i]!
    const lemma = w.lemma.toLowerCase()
    if ((w.pos === 'NOUN' || w.pos === 'PROPN') && (EVENT_NOUNS.has(lemma) || EVENT_NOUNS.has(lemma.replace(/s$/, '')))) return i
    // "the establishment of diplomatic relations in 1970", "the withdrawal of US troops from Chad in 2021": over
    // one "of" phrase to the event noun it complements.
    if (w.pos === 'NOUN' && !complement) {
      let k = i
      while (k > 0 && ['NOUN', 'ADJ', 'DET', 'PROPN'].includes(s.words[k - 1]!.pos)) k--
      if (s.words[k - 1]?.lower === 'of') {
        complement = true
        i = k
        continue
      }
    }
    if (!NOUN_PHRASE_POS.has(w.pos)) return undefined
  }
  return undefined
}

const SOURCE_NOUNS = new Set<string>(DATA.dates.sourceNouns)
const PUBLISHED = new Set<string>(DATA.dates.publishedParticiples)
const DATED = new Set<string>(DATA.dates.datedParticiples)
/** Words a source's noun may stand before its participle: "our previous Economic Index report [published]". */
const SOURCE_REACH = 4

/**
 * "our previous report published in September 2025", "In our Charter, published in 2018, we say …": the date of a
 * source the article cites. A participle of publishing, not in a verb group ("We published the survey in May 2024"
 * tells the act), right before the date, after a noun of a document (data/dates.json sourceNouns); or "dated"
 * after any noun ("an order dated 5 May 2025", data/dates.json datedParticiples).
 */
function datesSource(s: SentenceContext, d: DateMention): boolean {
  let i = s.words.findLastIndex((w) => w.end <= d.start)
  if (['in', 'on'].includes(s.words[i]?.lower ?? '')) i--
  const participle = s.words[i]
  // "Executive Order 14347 dated September 5, 2025": a dated paper, whatever its noun.
  if (participle && DATED.has(participle.lower)) return true
  if (!participle || !PUBLISHED.has(participle.lower) || s.words[i - 1]?.pos === 'AUX') return false
  // Whatever its tag ("our earlier report" may be tagged a verb).
  return s.words.slice(Math.max(0, i - SOURCE_REACH), i).some((w) => SOURCE_NOUNS.has(w.lemma.toLowerCase().replace(/[^\p{L}-]/gu, '')))
}

const DEPICTION_NOUNS = new Set<string>(DATA.dates.depictionNouns)
const DEPICTION_PARTICIPLES = new Set<string>(DATA.dates.depictionParticiples)
/** Words a picture's noun may stand before its date ("Imagery from the Landsat 7 satellite taken on"). */
const DEPICTION_REACH = 8

/**
 * "Imagery from the Landsat 7 satellite taken on Aug. 5, 1999, shows …", "A Landsat 8 image from Sept. 4, 2022,
 * shows …": a date in the phrase of a picture's noun (data/dates.json depictionNouns), with only prepositional
 * phrases and a participle of taking between, is when the picture was made, a caption's date, not an event's.
 */
function datesDepiction(s: SentenceContext, d: DateMention): boolean {
  const words = s.words
  // "NASA’s Ingenuity Mars Helicopter captured this color image …", "These images show …": a sentence about the
  // picture beside it is a caption, and its dates are the picture's.
  if (words.some((w, j) => DEPICTION_NOUNS.has(w.lower.replace(/s$/, '')) && w.pos === 'NOUN' && pointsToPicture(words, j))) return true
  // "The International Space Station as it appeared in 2021.": how a thing looked at the date.
  if (RE_AS_IT_APPEARED.test(s.sentence.text.slice(0, d.start))) return true
  const before = words.findLastIndex((w) => w.end <= d.start)
  for (let j = before; j >= 0 && j > before - DEPICTION_REACH; j--) {
    const w = words[j]!
    if (DEPICTION_NOUNS.has(w.lower.replace(/s$/, '')) && ['NOUN', 'PROPN'].includes(w.pos)) return j < before
    const between = ['ADP', 'DET', 'NUM', 'PROPN', 'NOUN', 'ADJ'].includes(w.pos) || DEPICTION_PARTICIPLES.has(w.lower)
    if (!between) return false
  }
  return false
}

/** "this color image", "these satellite images": a demonstrative before the picture's noun, adjectives between. */
function pointsToPicture(words: Word[], noun: number): boolean {
  let k = noun - 1
  while (k >= 0 && (words[k]!.pos === 'ADJ' || words[k]!.pos === 'NOUN') && noun - k <= 3) k--
  return ['this', 'these'].includes(words[k]?.lower ?? '')
}
const RE_AS_IT_APPEARED = /\bas\s+(?:it|they|she)\s+(?:appeared|appears|looked|looks)\s+(?:\w+\s+){0,3}$/i

/** Words an "as" clause may run before its date: "as the Court held in Smith v. Jones [in 2019]". */
const CITATION_REACH = 10
/** The start of the sentence, or a comma (a quotation may close after it: '…,” as the Court held'). */
const RE_CLAUSE_OPEN = /(?:^|,['"’”]?)\s*$/
const RE_CITATION_VERB = new RegExp(`\\b(?:${DATA.dates.citationVerbs.join('|')})\\b`, 'i')

/**
 * "Section 2 is a fit remedy, as the Court held in Smith v. Jones in 2019", "As the minister noted in 2020, …": a
 * clause opened by "as" (at the sentence's start or after a comma) with a verb of saying or holding
 * (data/dates.json citationVerbs) cites a source; its date is the source's, not an event's.
 */
function isCitation(s: SentenceContext, d: DateMention): boolean {
  const words = s.words
  const before = words.findLastIndex((w) => w.end <= d.start)
  for (let j = before; j >= 0 && j > before - CITATION_REACH; j--) {
    const w = words[j]!
    if (w.pos === 'PUNCT') return false
    if (w.lower === 'as' && RE_CLAUSE_OPEN.test(s.sentence.text.slice(0, w.start))) return RE_CITATION_VERB.test(s.sentence.text.slice(w.end, d.start))
  }
  return false
}

/** Words a count may stand before the event noun it counts: "126 [credit] operations". */
const COUNT_REACH = 3
const RE_SINCE_CUE = /^since\s/i
const RE_SINCE_BEFORE = /\bsince\s+$/i

/**
 * "The fund has financed 126 credit operations since 1936", "more than 40 attacks since March": events counted
 * since a date are a tally over the time since, none of them on the date. An event noun in the plural, with a
 * number (no year) before it, and a date led by "since"; or any acts counted without a number after the clause's
 * verb ("have released several rules since 2025", data/dates.json tallyQuantifiers).
 */
function isTally(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  // "since" in the mention ("[since 1936]") or before it ("since [March 2021]").
  const cue = RE_SINCE_CUE.test(text.slice(d.start, d.end)) ? d.start : RE_SINCE_BEFORE.exec(text.slice(0, d.start))?.index
  if (cue === undefined) return false
  // "have released several proposed or final rules since 2025": acts counted without a number, whatever they are.
  const [from] = clauseAround(text, d.start, d.end)
  const verb = s.words.findIndex((w, i) => w.start >= from && w.end <= cue && isFiniteVerb(s.words, i, true))
  if (verb >= 0 && s.words.some((w, i) => i > verb && w.end <= cue && TALLY_QUANTIFIERS.has(w.lower))) return true
  const noun = eventNounBefore(s, cue)
  if (noun === undefined || s.words[noun]!.lower === s.words[noun]!.lemma.toLowerCase()) return false
  for (let i = noun - 1; i >= 0 && i >= noun - COUNT_REACH; i--) {
    const w = s.words[i]!
    if (w.pos === 'NUM') return !RE_YEAR_NUMBER.test(w.text)
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN') return false
  }
  return false
}
const RE_YEAR_NUMBER = /^(?:1[7-9]|20)\d{2}$/
const TALLY_QUANTIFIERS = new Set<string>(DATA.dates.tallyQuantifiers)

const RE_REFERENCE_LEAD = new RegExp(`^(?:${DATA.dates.referenceLeads.join('|')})`, 'i')
/** A clause after a comma whose subject is a figure or table and whose verb tells what it shows (selfDescriptionVerbs). */
const RE_REFERENCE_CLAUSE = new RegExp(`,\\s+(?:${DATA.dates.referenceLeads.join('|')})\\S*\\s+(?:${DATA.dates.selfDescriptionVerbs.join('|')})(?:s|es)?\\b`, 'i')

/** "submit a report annually through December 31, 2029", "expand by the end of 2026": a deadline after publication is no event. */
// "the Outline of Long-Term Goals to 2035": a time to come after "to" is a target too.
const DEADLINE = '(?:through|until|till|by|to|no later than|before)'
const RE_DEADLINE = new RegExp(`\\b${DEADLINE}\\s*$`, 'i')
const RE_DEADLINE_OWN = new RegExp(`^${DEADLINE}\\s`, 'i')
// "by the end of [2026]": the end of a period not over at publication.
const RE_DEADLINE_END = new RegExp(`\\b${DEADLINE}\\s+(?:the\\s+)?(?:end|close)(?:\\s+of)?\\s*$`, 'i')
function isDeadline(s: SentenceContext, d: DateMention, date: string, published?: string): boolean {
  if (!published) return false
  // "By the end of 2023, the firm had collapsed": a past perfect tells what had happened by then.
  if (dateVerbs(s, d).some((v) => v.perfect && !v.present && !v.modal)) return false
  const text = s.sentence.text
  const lead = text.slice(Math.max(0, d.start - 30), d.start)
  if (date >= published.slice(0, date.length) && RE_DEADLINE_END.test(lead + text.slice(d.start, d.end).replace(/\s*\d{4}$/, ''))) return true
  if (date <= published) return false
  return deadlineCue(s, d)
}
/** A cue of a deadline before the date, or in the mention ("double exports [by 2030]"). */
function deadlineCue(s: SentenceContext, d: DateMention): boolean {
  const text = s.sentence.text
  const lead = text.slice(Math.max(0, d.start - 30), d.start)
  return RE_DEADLINE_OWN.test(text.slice(d.start, d.end)) || RE_DEADLINE.test(lead) || RE_DEADLINE_END.test(lead)
}

/** Words an anchor's phrase shares with any event's text, which say nothing of which event it is. */
const ANCHOR_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'for', 'by', 'with'])

/**
 * The event "the summit" points to: one whose text has the noun, preferring a date with a day (an offset in days
 * needs one), then more words shared with the phrase, then the latest.
 */
function anchorFor(found: Found[], phrase: string, noun: string, s: SentenceContext): Found | undefined {
  const words = new Set(phrase.toLowerCase().split(/\s+/).filter((w) => !ANCHOR_FUNCTION_WORDS.has(w)))
  // ("two days after the Court of Session ruling": an event told by the noun's verb, "the Court of Session ruled", is
  // one the noun names: a noun in -ing and the verb's forms share its base.)
  const base = /^(\p{L}{3,})ing$/u.exec(noun)?.[1]
  const told = (w: string) => w === noun || (!!base && w.startsWith(base) && w.length - base.length <= 2 && !w.endsWith('ing'))
  let best: Found | undefined
  let bestScore = -1
  for (const f of found) {
    const own = f.text.toLowerCase().split(/[\s,]+/)
    // (Not an event of the date's own sentence whose text holds the phrase: "On September 13 — two days after the Court
    // of Session ruling — he said …" tells of the ruling only by the date's own words.)
    if (!own.some(told) || (f.s === s && f.text.toLowerCase().includes(phrase.toLowerCase()))) continue
    const score = (f.date.length === 10 ? 10 : 0) + own.filter((w) => words.has(w) || (words.has(noun) && told(w))).length
    if (score >= bestScore) [best, bestScore] = [f, score]
  }
  return best
}
