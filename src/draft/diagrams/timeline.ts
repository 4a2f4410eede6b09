/**
 * The timeline slide: the dated events in order, each told in a line of its own — at least MIN_EVENTS, for one
 * shows no order.
 */
import type { SlideOf } from '../../outline/schema.ts'
import { headlineOf, LONG_TITLE_WORDS, trimSentence } from '../trim.ts'
import { condenseClause } from '../condense.ts'
import { endsBeforeItsComplement } from '../trim/ends.ts'
import { MONTHS, RE_YEAR } from '../trim/vocabulary.ts'
import { dropLanguageTags } from '../trim/cuts.ts'
import { type Parse, parseSentence } from '../trim/parse.ts'
import { SUBJECT_PRONOUNS } from '../select.ts'
import { openQuotations, tagWords, type Word } from '../../language/index.ts'
import { backReference, hasFiniteVerb, isFiniteVerb, participleForm, verbAfterSubject } from '../../language/grammar.ts'
import { LANGUAGE, THOUGHT_VERBS } from '../../language/data.ts'
import type { Analysis, Article } from '../../types.ts'
import datesData from '../../../data/dates.json' with { type: 'json' }
import actorsData from '../../../data/actors.json' with { type: 'json' }

/** A timeline shows the order of at least this many events. */
const MIN_EVENTS = 2
const MAX_EVENTS = 8
const MAX_EVENT_WORDS = 11
/** What the timeline shows of an event's text (src/render/diagrams/timeline.ts). */
const MAX_EVENT_CHARS = 96

export function timelineSlide(article: Article, analysis: Analysis, subjects: ReadonlyMap<string, string>): SlideOf<'timeline'> | undefined {
  // Events of one sentence on one date are one event ("the summit; the Council issued a statement").
  const merged: { date: string; label: string; text: string; source: string[] }[] = []
  const byDateAndSource = new Map<string, (typeof merged)[number]>()
  for (const e of analysis.events) {
    const key = `${e.date}|${e.source.join()}`
    const same = byDateAndSource.get(key)
    if (same) same.text = `${same.text}; ${e.text}`
    else {
      const entry = { ...e, source: [...e.source] }
      merged.push(entry)
      byDateAndSource.set(key, entry)
    }
  }
  if (merged.length === 0) return undefined
  const salience = (e: (typeof merged)[number]) => Math.max(...e.source.map((id) => analysis.salience[id] ?? 0))
  // The most salient events that make an entry, up to MAX_EVENTS, in the order of their dates: one that makes none
  // leaves its place to the next. An entry that could only be shown cut off inside its clause ("Jon Wolfsthal wrote
  // that the one-year breakout goal…") tells half of what happened: it is drawn only where the timeline would
  // otherwise have too few events to show an order.
  const events: { date: string; label: string; text: string; source: string[]; own: string }[] = []
  const cut: typeof events = []
  for (const e of [...merged].sort((a, b) => salience(b) - salience(a))) {
    if (events.length === MAX_EVENTS) break
    const entry = sentenceCase(withDoer(withoutSubordinator(withoutAsideEnd(withoutLeadingDate(eventText(e.text, e.source, article)))), subjects.get(e.source[0]!)))
    const text = describesOnly(entry) ? sentenceCase(concededClause(entry)) : entry
    if (!text || saysNothing(text) || unnamedDoer(text) || namesNoEvent(text) || describesSomeone(text)) continue
    // ("The CFTC today issued an order … for conduct in May 2013 and June 2014": a sentence's line stands once, at
    // the date of the event whose own clause it tells, or at the first date when none tells it more closely.)
    const list = cutShort(text) ? cut : events
    const twin = [...events, ...cut].find((x) => x.text === text && x.source[0] === e.source[0])
    if (twin && tells(twin.own, text) >= tells(e.text, text)) continue
    if (twin) Object.assign(twin, { date: e.date, label: e.label, own: e.text })
    else list.push({ date: e.date, label: e.label, text, source: e.source, own: e.text })
  }
  if (events.length < MIN_EVENTS) events.push(...cut.slice(0, MIN_EVENTS - events.length))
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  // One dated event shows no order of events: no timeline (its sentence may still make a point).
  if (events.length < MIN_EVENTS) return undefined
  return {
    kind: 'timeline',
    title: 'Timeline',
    events: events.map(({ own: _, ...event }) => event),
    notes: ['Dates without a year, or relative to another event, were resolved from the article’s context.'],
  }
}

/** How many of a line's words an event's own clause has: how closely the line tells that event. */
function tells(own: string, line: string): number {
  const words = new Set(own.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
  return (line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => words.has(w)).length
}

/**
 * "the CS Anthem, recently joined the fleet": a text that opens inside an aside ("One such vessel, the CS Anthem,
 * …") keeps a lone comma between its subject and its verb.
 */
function commaBeforeVerb(text: string): boolean {
  const words = tagWords(text)
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  let k = verb - 1
  while (k > 0 && words[k]!.pos === 'ADV') k--
  return verb > 0 && words[k]?.text === ',' && !words.slice(0, k).some((w) => w.text === ',')
}

/**
 * "It is scheduled to launch in 2030", "This happened first in 2018": a pronoun for the whole subject, which no name
 * replaced, names no one; the entry would show an act without its doer. ("This policy was upheld …", "His team
 * delivered …" say what; "We conducted a survey" is the authors'.)
 */
function unnamedDoer(text: string): boolean {
  const words = tagWords(text)
  return UNNAMED_SUBJECTS.has(words[0]?.lower ?? '') && !!verbAfterSubject(words)
}
const UNNAMED_SUBJECTS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'he', 'she'])

/**
 * "A World War II armored battalion commander who later served as Army Chief of Staff": someone described by a
 * relative clause, its only verb, is no one doing something at that time (a career, the namesake of a tank).
 */
function describesSomeone(text: string): boolean {
  const words = tagWords(text)
  const verbs = words.flatMap((_, i) => (isFiniteVerb(words, i) && !['AUX', 'VERB'].includes(words[i - 1]?.pos ?? '') ? [i] : []))
  if (verbs.length !== 1) return false
  let k = verbs[0]! - 1
  while (k > 0 && words[k]!.pos === 'ADV') k--
  return ['who', 'whom'].includes(words[k]?.lower ?? '') && k > 0
}

/**
 * "The Exchange Stabilization Fund is an emergency reserve fund", "The election will be a test of …": a text whose
 * verb is "be" before a noun phrase says what something is, not what anyone did (not "was the first to land …",
 * which tells a feat, nor a passive, "was signed").
 */
export function describesOnly(text: string): boolean {
  const words = tagWords(text)
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  if (verb < 0) return false
  // The verb group's last word ("will be", "has not been", "is not").
  let k = verb
  while (words[k + 1] && (words[k + 1]!.pos === 'AUX' || words[k + 1]!.lower === 'not')) k++
  const be = words[k]!.lower === 'not' ? words[k - 1] : words[k]
  if (be?.lemma !== 'be') return false
  const [det, next] = [words[k + 1], words[k + 2]]
  return !!det && ['DET', 'NUM'].includes(det.pos) && !ORDINAL_WORDS.has(next?.lower ?? '')
}
const ORDINAL_WORDS = new Set(['first', 'last', 'only', 'second', 'third', 'largest', 'biggest', 'youngest', 'oldest'])

/**
 * "Earth Day is not a federal holiday, though public laws designated Earth Day" → "public laws designated Earth Day":
 * of a text that only says what something is, the clause a concession joins to it, with its own subject and verb,
 * tells the act; with none, nothing (empty).
 */
function concededClause(text: string): string {
  const words = tagWords(text)
  const at = words.findIndex((w, i) => CONCESSIVES.has(w.lower) && words[i - 1]?.text === ',')
  const rest = at > 0 ? words.slice(at + 1) : []
  return rest.length && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(rest[0]!.pos) && hasFiniteVerb(rest) && !describesOnly(text.slice(rest[0]!.start)) ? text.slice(rest[0]!.start) : ''
}
const CONCESSIVES = new Set(['though', 'although', 'but', 'while', 'whereas'])

/**
 * "Reaching the gas giant", "The Office of the United States Trade Representative … and Human Services…": a text
 * with no verb of its own that opens with a gerund, or is cut short and names no act (no event noun such as "the
 * 2018 election", no noun made of a verb such as "the establishment of DHS"), tells nothing that happened.
 */
function namesNoEvent(text: string): boolean {
  const words = tagWords(text)
  if (hasFiniteVerb(words, true)) return false
  const first = words.find((w) => w.pos !== 'PUNCT')
  if (first?.pos === 'VERB' && first.lower.endsWith('ing')) return true
  // A noun phrase whole may name an act ("Japanese Navy’s flight of a patrol aircraft"); one cut short, only when it
  // holds an event's noun. (A participle may tell the act: "The Artemis Accords, established by NASA in 2020".)
  if (!text.includes('…') || words.some((w) => w.pos === 'VERB')) return false
  return !words.some((w) => {
    const lower = w.lower.replace(/s$/, '')
    return (w.pos === 'NOUN' || w.pos === 'PROPN') && (EVENT_NOUNS.has(w.lemma.toLowerCase()) || EVENT_NOUNS.has(lower) || RE_ACTION_NOUN.test(lower))
  })
}
const EVENT_NOUNS = new Set<string>(datesData.eventNouns)
/** A noun made of a verb names its act: "the passage of the act", "its closure", "the approval". */
const RE_ACTION_NOUN = /(?:\p{L}{3}ment|\p{L}{3}ation|\p{L}{2}sion|\p{L}{3}ure|\p{L}{4}al)$/u

/**
 * "In June 2023, the Army reported, [a quotation follows]" → "Army reported": a verb of saying without what was said.
 * "Graham told the BBC in 2023": a verb whose object is the one told (data/language.json hearerVerbs), with only
 * that object and a time after it, says nothing either.
 */
function saysNothing(text: string): boolean {
  const words = tagWords(text).filter((w) => w.pos !== 'PUNCT')
  const last = words.at(-1)
  if (last?.pos === 'VERB' && THOUGHT_VERBS.has(last.lemma)) return true
  const verb = words.findLastIndex((w) => w.pos === 'VERB')
  return verb >= 0 && HEARER_VERBS.has(words[verb]!.lemma) && words.slice(verb + 1).every((w) => HEARER_POS.has(w.pos) || TIME_PREPOSITIONS.has(w.lower))
}
const HEARER_VERBS = new Set<string>(LANGUAGE.hearerVerbs)
const NAMING_VERBS = new Set<string>(LANGUAGE.namingVerbs)
const HEARER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during'])

/**
 * "The Agreement Relating to the Implementation of Part XI of the Convention…": a text cut before its verb names a
 * thing and tells no one doing anything; it is left out.
 */
function cutBeforeVerb(text: string): boolean {
  return text.endsWith('…') && !hasFiniteVerb(tagWords(text), true)
}

/**
 * "Jon Wolfsthal wrote that the one-year breakout goal…": a text shortened inside its clause (the "…" on its last
 * word; not "extended regulation to synthetic text …", a clause whole but for its list's later members).
 */
function cutShort(text: string): boolean {
  return /\S…$/u.test(text)
}

/** "the 2018 election that" (a cleft sentence's part) → "the 2018 election": no entry ends on a function word. */
function withoutLooseEnd(text: string): string {
  const words = text.split(/\s+/)
  while (words.length > 2 && FUNCTION_WORDS.has(words.at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop()
  return words.join(' ')
}

/**
 * "Provided Ukraine with 31 tanks" (of "The United States has sold … and provided Ukraine with …") → "The United
 * States provided Ukraine with 31 tanks": an entry that opens with its verb takes the sentence's subject before it;
 * with no subject named, it tells no one doing anything and is left out (empty).
 */
function withDoer(text: string, name: string | undefined): string {
  const words = tagWords(text)
  const first = words[0]
  // ("Bonded labour was outlawed", "Live Nation merged": a word the tagger read as a verb before the clause's own verb.)
  // ("Were located in the Persian Gulf", of "Five vessels—…—were located …": an auxiliary with no subject after it.)
  const auxiliary = first?.pos === 'AUX' && !SUBJECT_POS.has(words[1]?.pos ?? '')
  if (!auxiliary && (first?.pos !== 'VERB' || first.lower.endsWith('ing') || words.some((_, i) => i > 0 && isFiniteVerb(words, i, true)))) return named(text, name)
  return name ? `${name} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : ''
}

/**
 * "July 25, 1990, refined the trajectory as …" (of "Corrections on May 21, 1989, and July 25, 1990, refined …"): the
 * end of a list of dates is no subject, and the verb after it has none: the entry tells no one doing anything and
 * is left out (empty). A bare date set off before its clause ("March 3, 1990, the Senate passed …") is stepped over.
 */
function withoutLeadingDate(text: string): string {
  const words = tagWords(text)
  let k = 0
  while (k < words.length && (MONTHS.test(words[k]!.lower) || RE_YEAR.test(words[k]!.text) || /^\d{1,2}$/.test(words[k]!.text) || words[k]!.text === ',')) k++
  const dated = words.slice(0, k).some((w) => RE_YEAR.test(w.text) || MONTHS.test(w.lower))
  if (!dated || k < 2 || words[k - 1]!.text !== ',' || !words[k]) return text
  return ['VERB', 'AUX'].includes(words[k]!.pos) ? '' : text.slice(words[k]!.start)
}

/**
 * "Shortly before tolling was scheduled to go into effect" (the date's clause, of "…, Governor Hochul halted the
 * program") → "tolling was scheduled to go into effect": the conjunction tied the dated clause to another; on the
 * timeline it stands alone. Only before a clause with its own subject and verb.
 */
function withoutSubordinator(text: string): string {
  const words = tagWords(text)
  let k = 0
  while (k < words.length - 1 && words[k]!.pos === 'ADV' && k < 2) k++
  if (!TIME_SUBORDINATORS.has(words[k]?.lower ?? '') || words[k + 1]?.text === ',') return text
  const rest = words.slice(k + 1)
  const subject = rest[0]
  // ("tolling was scheduled": a gerund before an auxiliary is a subject too.)
  const gerund = subject?.pos === 'VERB' && subject.lower.endsWith('ing') && rest[1]?.pos === 'AUX'
  if (!subject || !(SUBJECT_POS.has(subject.pos) || gerund) || !hasFiniteVerb(rest)) return text
  return text.slice(rest[0]!.start)
}
const TIME_SUBORDINATORS = new Set(['before', 'after', 'until', 'once', 'when', 'while', 'since'])

/**
 * "The tanker Stena Imperative in the reserve fleet—were located …" (of "Five vessels—…, and the tanker …—were
 * located …"): the end of an aside whose subject was cut off is no subject; the text starts at the verb after it,
 * which has none (and so takes the sentence's named subject or is left out).
 */
function withoutAsideEnd(text: string): string {
  const words = tagWords(text)
  const dash = words.findIndex((w) => w.text === '—')
  const one = dash >= 0 && words.findIndex((w, i) => i > dash && w.text === '—') < 0
  return one && ['AUX', 'VERB'].includes(words[dash + 1]?.pos ?? '') && !hasFiniteVerb(words.slice(0, dash)) ? text.slice(words[dash + 1]!.start) : text
}

/** "It filed a lawsuit …" → "The FTC filed a lawsuit …": an opening pronoun becomes the name it stands for. */
function named(text: string, name: string | undefined): string {
  return name ? text.replace(RE_OPENING_PRONOUN, `${name} `) : text
}
const RE_OPENING_PRONOUN = new RegExp(`^(?:${Object.keys(SUBJECT_PRONOUNS).join('|')})\\s+`, 'i')

/** Every entry of the timeline opens the same way: with a capital ("1994 – The agreement entered into force"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What opens a subject after an inverted auxiliary ("Did the board unveil …"). */
const SUBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'])

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'that', 'which', 'who', 'its', 'their', 'his', 'her'])

/**
 * What an event says on the timeline, from the clause around its date: the clause itself when it reads whole
 * (no "…", no loose end) and fits the line; else its headline (main clause, time phrases dropped), else its
 * trimmed point; else the same of the clause condensed (a list's later members, a name's appositive dropped);
 * else the headline of the whole sentence when it is about the same thing; else the (condensed) clause, shortened
 * at a phrase's end.
 */
function eventText(told: string, source: string[], article: Article): string {
  // ("A protest [pt] against the bill …": a link's language tag is no word of the event.)
  const text = dropLanguageTags(told)
  const clause = text.replace(/^…|…$/g, '').trim()
  // The clause is tagged once for its headlines, its point and its cut.
  const tagged = tagWords(clause)
  const whole = !text.includes('…')
  const condensed = condenseClause(clause, tagged)
  const own = wholeReading(clause, tagged, condensed, whole)
  if (own) return own
  const short = condensed === undefined ? undefined : { text: condensed, words: tagWords(condensed) }
  const shortened = short && wholeEvent(short.text, short.words, false)
  if (shortened) return shortened
  const report = reported(clause, tagged)
  if (report) return report
  // "the Democratic People's Republic of Korea (DPRK, or North Korea) have expanded …": with its names as the
  // acronyms the text gives them, the clause may read whole, or condense to a clause that does.
  const abbreviated = whole ? shortNames(clause) : clause
  if (abbreviated !== clause) {
    const words = tagWords(abbreviated)
    const named = wholeReading(abbreviated, words, condenseClause(abbreviated, words), true)
    if (named) return named
  }
  const words = clause.split(/\s+/).filter(Boolean)
  const sentence = article.sentences.find((x) => x.id === source[0])
  const headline = sentence && headlineOf(sentence.text, undefined, LONG_TITLE_WORDS)
  const ownWords = new Set(words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 3))
  // "This follows the flight of …": a headline whose subject points back says nothing of its own.
  if (headline && headline.length <= MAX_EVENT_CHARS && headline.split(/\s+/).some((w) => ownWords.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))) && !backReference(tagWords(headline))) return headline
  const { text: base, words: baseWords } = short ?? { text: clause, words: tagged }
  return withoutLooseEnd(shortenAtPhrase(base, baseWords) ?? shorten(short ? base : text, MAX_EVENT_WORDS))
}

/**
 * The clause as it stands when it reads whole and fits the line (`whole`: nothing was cut from it), else condensed
 * when that reads whole (it keeps more of its own words than its headline would), else its headline or trimmed point.
 */
function wholeReading(clause: string, words: Word[], condensed: string | undefined, whole: boolean): string | undefined {
  if (whole && readsWhole(clause)) return clause
  if (whole && condensed && readsWhole(condensed)) return condensed
  return wholeEvent(clause, words, false)
}

/**
 * "Rafael Grossi stated that the agency never had information on …" → "Rafael Grossi: the agency never had
 * information on …": a report or ruling too long for the line says who reported or decided what, the verb and its
 * "that" left out, when what was said reads whole (or as its own headline) and fits with the speaker. The speaker
 * is named without an appositive ("Jon Wolfsthal[, an official,] wrote that …"); a name and the acronym the text
 * gives it ("the Government Accountability Office (GAO)") become the acronym where the whole does not fit.
 */
function reported(clause: string, words: Word[]): string | undefined {
  const verb = words.findIndex((w, i) => i > 0 && words[i + 1]?.lower === 'that' && (REPORTING_VERBS.has(w.lemma.toLowerCase()) || REPORTING_VERBS.has(w.lower)) && w.pos === 'VERB' && !w.lower.endsWith('ing') && words[i - 1]!.lower !== 'to')
  if (verb < 0 || !words[verb + 2]) return undefined
  let end = verb - 1
  while (end > 0 && (words[end]!.pos === 'ADV' || words[end]!.pos === 'AUX')) end--
  // "Jon Wolfsthal, a National Security Council official …, wrote": the name before its appositive.
  const comma = words.findIndex((w, i) => i <= end && SPEAKER_BREAKS.has(w.text))
  const appositive = comma > 0 && words[end]!.text === ',' && words[comma]!.text === ','
  if (comma >= 0 && !appositive) return undefined
  const speaker = clause.slice(words[0]!.start, words[appositive ? comma - 1 : end]!.end)
  const content = clause.slice(words[verb + 2]!.start)
  for (const [who, what] of [[speaker, content], [shortNames(speaker), shortNames(content)]] as const) {
    const said = readsWhole(what) ? what : wholeEvent(what, tagWords(what), false)
    const text = said && `${who}: ${said}`
    if (fits(text) && !backReference(tagWords(said!))) return text
  }
  return undefined
}
/** Verbs of reporting, deciding and saying: lemmas, and the speech verbs' forms as written ("announced", "tweeted"). */
const REPORTING_VERBS = new Set<string>([...THOUGHT_VERBS, ...LANGUAGE.rulingVerbs, ...actorsData.speechVerbs])
/** Punctuation that ends a speaker's name. */
const SPEAKER_BREAKS = new Set([',', ';', ':', '—', '–', '“', '”', '"'])

/**
 * "the International Emergency Economic Powers Act (IEEPA) does not …" → "IEEPA does not …": a name followed by the
 * acronym of its capitalised words becomes the acronym, without the name's article.
 */
export function shortNames(text: string): string {
  let out = ''
  let done = 0
  for (const m of text.matchAll(RE_ACRONYM)) {
    const name = nameBefore(text, m.index)
    const capitals = name?.words.filter((w) => /^\p{Lu}/u.test(w)) ?? []
    // The acronym's letters are the initials of the name's capitalised words ("the Government Accountability
    // Office"); not of a part of it ("the Department of Health and Human Services (HHS)").
    if (!name || capitals.map((w) => w[0]).join('') !== m[1]) continue
    // ("the GAO": an acronym said as letters stands without the article its name took.)
    out += text.slice(done, name.start) + m[1]
    done = m.index + m[0].length
  }
  return out + text.slice(done)
}
/** An acronym in brackets, maybe with another name after it: "(GAO)", "(DPRK, or North Korea)". */
const RE_ACRONYM = /\(([\p{Lu}]{2,})(?:,\s+or\s+[^()]{1,40})?\)/gu
const RE_NAME_WORD = /^[\p{Lu}][\p{L}’'.-]*$/u
const NAME_JOINERS = new Set(['of', 'and', 'for', 'on', 'the', 'to', '&'])

/**
 * The run of capitalised words (joined by "of", "and", …) right before the bracket at `open`, read backwards word by
 * word (linear in its length), with the article before it: its words and where the replacement starts.
 */
function nameBefore(text: string, open: number): { words: string[]; start: number } | undefined {
  const words: { word: string; at: number }[] = []
  let i = open
  while (i > 0 && /\s/.test(text[i - 1]!)) {
    let end = i - 1
    while (end > 0 && /\s/.test(text[end - 1]!)) end--
    let at = end
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--
    const word = text.slice(at, end)
    if (!RE_NAME_WORD.test(word) && !NAME_JOINERS.has(word)) break
    words.unshift({ word, at })
    i = at
  }
  // The name opens on a capitalised word; "the" or "The" before it is its article.
  while (words.length > 0 && (NAME_JOINERS.has(words[0]!.word) || (words[0]!.word === 'The' && words.length > 1))) {
    const first = words.shift()!
    if (/^[Tt]he$/.test(first.word) && words.length > 0 && !NAME_JOINERS.has(words[0]!.word)) return { words: words.map((w) => w.word), start: first.at }
  }
  if (words.length === 0) return undefined
  return { words: words.map((w) => w.word), start: words[0]!.at }
}

const fits = (t: string | undefined): t is string => !!t && t.length <= MAX_EVENT_CHARS && !commaBeforeVerb(t)

/**
 * The clause fits the line and has no loose end: it can stand as it is. (Not one that stops inside a quotation:
 * 'to direct the establishment of "clear, concise[, and specific guidance …"]'.)
 */
function readsWhole(clause: string): boolean {
  const words = clause.split(/\s+/).filter(Boolean)
  const last = words.at(-1)?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? ''
  return words.length >= 3 && fits(clause) && !FUNCTION_WORDS.has(last) && openQuotations(clause) === 0
}

/** The clause whole when it reads whole and fits the line, else its headline, else its trimmed point. */
function wholeEvent(clause: string, tagged: Word[], whole: boolean): string | undefined {
  if (whole && readsWhole(clause)) return clause
  for (const n of [LONG_TITLE_WORDS, MAX_EVENT_WORDS, LONG_TITLE_WORDS + 4]) {
    const headline = headlineOf(clause, tagged, n)
    if (fits(headline)) return headline
  }
  const point = trimSentence(clause, tagged, { title: false })?.point
  return fits(point) ? point : undefined
}

const PHRASE_END_POS = new Set(['NOUN', 'PROPN', 'NUM'])
const PHRASE_GOES_ON_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PART'])

/**
 * "a series of measures[ to phase out …]": a noun phrase before an infinitive of purpose ends there (not "was
 * meant[ to …]", a verb the tagger read as a noun).
 */
function beforePurpose(words: Word[], i: number): boolean {
  const [next, after] = [words[i + 1], words[i + 2]]
  return words[i]!.pos === 'NOUN' && next?.lower === 'to' && after?.pos === 'VERB' && NOUN_PHRASE_POS.has(words[i - 1]?.pos ?? '')
}
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP'])

/**
 * A whole clause's phrase ending at `i` goes on past it: a noun before more of its own ("a leading[ drug maker]"),
 * a partitive before its "of" ("a series[ of measures]"), an object before the infinitive its verb needs
 * ("directed the agencies[ to …]"; trim's endsBeforeItsComplement).
 */
function phraseGoesOn(parse: Parse, i: number): boolean {
  const [next, after] = [parse.words[i + 1], parse.words[i + 2]]
  if (next?.pos === 'ADJ' && PHRASE_GOES_ON_POS.has(after?.pos ?? '')) return true
  return endsBeforeItsComplement(parse, new Set(parse.words.slice(0, i + 1).map((_, k) => k)))
}

/** A cut must keep at least this many words. */
const MIN_CUT_WORDS = 4

/**
 * The longest start of the clause that fits the line, ends a noun phrase and makes a whole clause: "the Ministry
 * opened two inquiries under Section 12 of the Trade Act of 1990", not "… under Section 12 of the Trade…"; else
 * the longest that ends a noun phrase, with "…" ("the Minister testified that Iran…"). None when no noun phrase
 * ends in reach, or every such start leaves a bracket open.
 */
function shortenAtPhrase(clause: string, words: Word[]): string | undefined {
  let cut: string | undefined
  const parse = parseSentence(clause, words)
  for (let i = words.length - 2; i >= MIN_CUT_WORDS - 1; i--) {
    const w = words[i]!
    if (w.end > MAX_EVENT_CHARS - 1 || !(PHRASE_END_POS.has(w.pos) || endsVerbPhrase(words, i)) || (PHRASE_GOES_ON_POS.has(words[i + 1]!.pos) && !beforePurpose(words, i))) continue
    // "the one[-year goal]": a word a hyphen joins to the next ends no phrase.
    if (!/^[\s,;:)"”’]/.test(clause.slice(w.end))) continue
    const head = clause.slice(0, w.end)
    if (head.split('(').length !== head.split(')').length) continue
    // "the Administration initiated two inquiries under Section 301 of the Trade Act of 1974[ into …]": a cut
    // that leaves a whole clause is a trim, shown as such; one inside a clause ("… testified that Iran…") is not.
    if (wholeClause(words, i, head) && !goesOn(words, i) && !phraseGoesOn(parse, i)) return head
    cut ??= `${head}…`
  }
  return cut
}

/** Words that open what a verb does not take, a time or a circumstance ("differ[ as of April]", "rose[ after …]"). */
const ADJUNCT_OPENERS = ['as of', 'after', 'before', 'since', 'until', 'amid', 'despite', 'during', 'ahead of'].map((o) => o.split(' '))

/**
 * "the two sides' accounts appear to differ[ as of April 9, …]": a verb (not a participle in -ing) with nothing it
 * takes after it, only a time or a circumstance, ends a phrase (not one before its "that" clause: "testified[ that …]").
 */
function endsVerbPhrase(words: Word[], i: number): boolean {
  const [w, next] = [words[i]!, words[i + 1]]
  if (w.pos !== 'VERB' || w.lower.endsWith('ing') || !next) return false
  return next.text === ',' || next.text === ';' || ADJUNCT_OPENERS.some((o) => o.every((x, k) => words[i + 1 + k]?.lower === x))
}

/** Words that open a clause of their own, which then needs its own verb. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whether', 'yet', 'but', 'while', 'although', 'though', 'because', 'if', 'unless', 'whereas', 'when', 'once', 'as'])

/**
 * The phrase ending at `i` goes on past the cut: a name ("the District Court for the Northern District[ of
 * California]"), a clause it is the subject of ("noted the country[ faced …]"), a list ("partnerships across enterprise[, education and …]") or a noun's modifiers ("higher-quality[,
 * more representative data]").
 */
function goesOn(words: Word[], i: number): boolean {
  const [next, after] = [words[i + 1], words[i + 2]]
  // "the strategy noted the country[ faced …]": the noun is the subject of a clause that goes on.
  // (Not a participle on it: "the structure[ called the Trust]", "the stalemate[ caused by …]".)
  if (next?.pos === 'VERB' && !NAMING_VERBS.has(next.lemma) && after?.lower !== 'by' && isFiniteVerb(words, i + 1, true)) return true
  if (next?.lower === 'of' && words[i]!.pos === 'PROPN' && after?.pos === 'PROPN') return true
  if (next?.text !== ',') return false
  // "… higher-quality[, more representative training data]": modifiers of one noun go on to it.
  return (['NOUN', 'PROPN', 'ADJ'].includes(after?.pos ?? '') && words[i]!.pos === after!.pos) || (after?.pos === 'ADJ' && ['NOUN', 'ADJ'].includes(words[i + 3]?.pos ?? ''))
}

/**
 * The words up to `end` make a whole clause: every clause opened has its verb, and every quotation is closed. An
 * event told by a noun phrase alone is whole where a participle phrase on its noun starts ("the flight of a bomber
 * [flanked by fighter jets …]").
 */
function wholeClause(words: Word[], end: number, text: string): boolean {
  if (openQuotations(text) !== 0) return false
  if (!words.some((_, i) => isFiniteVerb(words, i))) return words[end + 1]?.pos === 'VERB' && participleForm(words[end + 1]!) && !isFiniteVerb(words, end + 1)
  const head = words.slice(0, end + 1)
  const opener = head.findLastIndex((w) => w.pos === 'SCONJ' || CLAUSE_OPENERS.has(w.lower))
  return head.some((_, i) => i > opener && isFiniteVerb(head, i))
}

/** The first `n` words, with an ellipsis when cut. */
function shorten(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`
}
