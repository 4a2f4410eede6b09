/**
 * The short text of an event: extractive words of the clause around its date. From the clause's first
 * subject-like actor up to the date when the date ends the clause ("Moscow’s latest missile test
 * [on 3 March]"), or the clause after the date when it leads ("[On 14 May,] the Kremlin announced …").
 * The text is the clause, cut at a word boundary only when it runs past MAX_WORDS.
 */
import { type Context, type SentenceContext, wordOf } from '../context.ts'
import { isFiniteVerb, participleForm } from '../../language/grammar.ts'
import { NOUN_PHRASE_POS, RELATIVE_OPENERS } from '../../language/data.ts'
import { quotationSpans, type Word } from '../../language/index.ts'
import { DATA, EVENT_NOUNS, OCCUR_VERBS } from '../data.ts'
import { MONTH_NAMES } from './explicit.ts'

/** The clause is kept whole up to this length; the draft condenses it for the slide (src/draft/diagrams/timeline.ts). */
const MAX_WORDS = 40
// (A colon between digits is a time or a ratio, no break: "Around 3:00 p.m. local time".)
const RE_CLAUSE_BREAK = /[;—]|(?<!\d):|:(?!\d)|,\s+(?=(?:and|but|while|which|when|where|whereas|although|of which|with the aim|meaning)\b)|\s+when\s+|\s+that\s+(?=will|would)/g
const PREPOSITIONS = new Set(['in', 'to', 'at', 'over', 'with', 'from', 'by', 'of', 'on', 'for', 'into', 'against', 'near'])
/** "By the end", "In the early summer", "In early": a time whose date follows ("… of 2023", "… November 2024"). */
const RE_TIME_LEAD = new RegExp(
  `^(?:\\p{L}+\\s+)?(?:the\\s+)?(?:(?:(?:very|early|late|mid|first|second|last)[\\s-]+)?(?:${DATA.dates.timeNouns.join('|')})s?|early|late|mid-?)$`,
  'iu',
)
/** "Then-Chairman" is a title, not a connective: the word must end before a space or a comma. */
const RE_LEADING = /^(?:and|but|so|or|then|however|indeed|also|this time|considering|following|after|before|since|that|although|though|when|whereas|while|once)(?=[\s,]|$)[\s,]*/i
/** "Beginning in", "Starting on", "Effective": words that only lead to the date they open. */
const RE_DATE_LEAD = /^(?:beginning|starting|effective|as early as|as late as)(?:\s+(?:in|on|from))?$/i
/** The preposition a date leaves behind: "Upon X's direction, [in] March 2025". */
const RE_TRAILING_PREPOSITION = /\s*\b(?:in|on|at|by|during|from)$/i

/** The start of a clause a verb takes as its object: "that the agency …", "whether to …". */
const RE_COMPLEMENT = /^(?:that|whether|how|what|why)\s/i

export function describeEvent(s: SentenceContext, start: number, end: number, floor = 0): string {
  const text = s.sentence.text
  const [from, clauseEnd] = clauseAround(text, start, end, s.words)
  // "That was achieved on Dec. 11, 2023, when the experiment beamed a video …": a clause whose subject points back
  // tells nothing; the "when" clause after the date tells what happened then.
  const when = /^,?\s*when\s+/i.exec(text.slice(end))
  if (when && RE_POINTING_SUBJECT.test(text.slice(Math.max(from, floor), start))) {
    const at = end + when[0].length
    return describeClause(s, at, at, at)
  }
  const relative = relativeClauseEvent(s, Math.max(from, floor), start)
  if (relative) return relative
  const clauseStart = afterSentenceAdverb(s, timeClauseStart(s, Math.max(from, floor), start), start)
  const before = withAntecedent(s, clauseStart, start).replace(RE_RELATIVE_ASIDE, ' ').trim()
  const after = text.slice(end, clauseEnd).replace(/^[\s,]+/, '').trim()
  let body: string
  // "According to observers, in 2019 X decided …": an opening phrase before a comma is not the event; nor is a
  // time the date is part of ("[By the end] of 2023, the firm had collapsed").
  const lead = before.replace(RE_TRAILING_PREPOSITION, '')
  // "[After] launching on Oct. 13, 2023, the probe remains healthy": a gerund's clause, which the date ends before a
  // comma, tells the act; the clause after the comma is another.
  const gerund = opensOnGerund(s.words, clauseStart, start) && /^\s*,/.test(text.slice(end))
  if ((wordCount(before) >= 2 || gerund) && !lead.endsWith(',') && !RE_TIME_LEAD.test(before) && !RE_DATE_LEAD.test(before)) {
    // A body referred to in lower case ("the district court") is no name to start the event's text with.
    // ("The 2010 New START Treaty that limited U.S. and Russian forces expired [in February 2026]": a name inside a
    // relative clause on the subject is that clause's object, not the subject.)
    const subject = s.mentions.find((m) => s.tokens[m.first]!.start >= clauseStart && s.tokens[m.first]!.start < start && s.tokens[m.first]!.cap && isSubject(s, m) && !insideRelative(s.words, clauseStart, s.tokens[m.first]!.start) && !inBrackets(text, clauseStart, s.tokens[m.first]!.start))
    body = withAppositiveName(s, trimStart(subject ? text.slice(ofListHead(s.words, clauseStart, s.tokens[subject.first]!.start), start) : listedSubject(s, before, clauseStart, start), !subject), start)
    // "India on April 23 unilaterally suspended …": the subject alone says nothing; what follows the date does.
    if (wordCount(tidy(body)) < 3 && wordCount(after) >= 2 && !gerund) body = trimStart(`${tidy(body)} ${after}`, false)
    // "Rafael Grossi stated [on 4 March 2026,] that the agency …": a verb whose complement follows the date takes it.
    // ("The admiral told parliament [in 2023] that …": over the one it was told to.)
    else if (verbBefore(s.words, start) && RE_COMPLEMENT.test(after)) body = trimStart(`${tidy(body)} ${after}`, false)
    // "News of police response to a boy's digital clock in Texas [last week] has inspired a global social movement": a
    // date inside the subject, the clause's verb right after it, dates the clause, which goes on after the date.
    else if (!subject && verbAfter(s.words, end) && !s.words.some((w, i) => w.start >= clauseStart && w.end <= start && isFiniteVerb(s.words, i, true))) body = `${tidy(body)} ${after}`
    // "China's provisions, effective from January 2023, extended regulation to …": a date in an aside between the
    // subject and its verb dates the clause; the subject goes on with the verb after the aside.
    else if (/^\s*,/.test(text.slice(end)) && verbAfter(s.words, end, true) && predicateAside(s.words, start)) {
      const subject = /^(.*\S),\s+[^,]+$/.exec(tidy(body))?.[1]
      if (subject && wordCount(subject) >= 2) body = trimStart(`${subject} ${after}`, false)
    }
  } else {
    // The subject stands before the clause's verb: in "[In January 2025,] several business groups filed a lawsuit
    // challenging the FTC's amendments" the FTC is no subject.
    const verb = s.words.findIndex((w, i) => w.start >= end && isFiniteVerb(s.words, i, true))
    const verbStart = verb >= 0 ? s.words[verb]!.start : Infinity
    // (Not a name inside a leading circumstance: "[In 2018], to clarify the USACE assets, Congress added …".)
    const lead = leadPhraseEnd(s.words, end, verb)
    const subject = s.mentions.find((m) => s.tokens[m.first]!.start >= Math.max(end, lead) && s.tokens[m.first]!.start - end < 60 && s.tokens[m.first]!.start < verbStart && isSubject(s, m))
    const past = subject ? -1 : lead
    // "[In 2021,] Acme Corp, Beta Inc and Gamma LLC signed …": a subject named last in a list of names starts with the list.
    const from = subject ? ofListHead(s.words, end, listStart(s.words, end, s.tokens[subject.first]!.start)) : -1
    body = subject ? text.slice(from, clauseEnd) : past >= 0 ? text.slice(past, clauseEnd) : after
    body = trimStart(body, false)
  }
  return withSharedSubject(s, from, tidy(withoutFrame(body.replace(RE_RELATIVE_ASIDE, ' ').replace(RE_DASH_ASIDE_TEXT, ' '))))
}

/**
 * A relative clause on a noun opens between `from` and `at`, and its verb stands before `at`: "the treaty that
 * limited [U.S. forces]", "the firm which sued [Acme]" (not "critics claim that [the Republic] …").
 */
function insideRelative(words: Word[], from: number, at: number): boolean {
  return words.some(
    (w, i) =>
      w.start >= from &&
      w.start < at &&
      RELATIVES_WITH_THAT.has(w.lower) &&
      (w.pos === 'PRON' || w.pos === 'SCONJ') &&
      ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '') &&
      words.some((v, k) => k > i && v.start < at && (v.pos === 'VERB' || v.pos === 'AUX' || (v.pos === 'ADJ' && /ed$/.test(v.lower)))),
  )
}
/** The words from `from` to `to` open on an "-ing" verb, after a preposition or a conjunction if any: "[Before] leaving office". */
function opensOnGerund(words: Word[], from: number, to: number): boolean {
  let k = words.findIndex((w) => w.start >= from)
  if (['ADP', 'SCONJ'].includes(words[k]?.pos ?? '')) k++
  const w = words[k]
  return !!w && w.start < to && w.pos === 'VERB' && w.lower.endsWith('ing')
}

/** A clause opening on a pronoun that points back: "That was achieved", "This happened", "It came". */
const RE_POINTING_SUBJECT = /^\s*(?:that|this|it)\s+\S+/i

/**
 * "Reportedly, [in early May 2024,] the Army awarded …", "Separately, in 2021, …": an adverb set off by a comma at the
 * clause's start comments on the whole clause; the clause's time and subject follow it. Where the clause starts
 * past that adverb (and its comma), before `start`.
 */
function afterSentenceAdverb(s: SentenceContext, from: number, start: number): number {
  const k = s.words.findIndex((w) => w.start >= from)
  const adverb = s.words[k]
  const comma = s.words[k + 1]
  return adverb?.pos === 'ADV' && comma?.text === ',' && comma.end < start ? comma.end : from
}

/**
 * "[In 2020,] as part of the response to the pandemic, the CARES Act appropriated …", "[In March 2021,] after a long
 * debate, the Senate passed …": a phrase a preposition or an adverb opens, closed by a comma, between a leading date
 * and the clause's subject, is a circumstance of the event, not its doer. Where the subject starts past it: the
 * start of a short noun phrase between that comma and the clause's finite verb `verb`; -1 without one.
 */
function leadPhraseEnd(words: Word[], end: number, verb: number): number {
  let first = words.findIndex((w) => w.start >= end && w.text !== ',')
  // "[In 2018] (P.L. 115-270), to clarify the assets, Congress added …": past a citation in brackets, an infinitive of
  // purpose leads too.
  if (words[first]?.text === '(') {
    const close = words.findIndex((w, i) => i > first && w.text === ')')
    if (close > first) first = words.findIndex((w, i) => i > close && w.text !== ',')
  }
  if (first < 0 || verb <= first || !(LEAD_PHRASE_POS.has(words[first]!.pos) || (words[first]!.lower === 'to' && words[first + 1]?.pos === 'VERB'))) return -1
  const comma = words.findLastIndex((w, i) => i > first && i < verb && w.text === ',')
  if (comma < 0 || verb - comma - 1 < 1 || verb - comma - 1 > SUBJECT_PHRASE_WORDS) return -1
  const subject = words.slice(comma + 1, verb)
  return subject.every((w) => SUBJECT_PHRASE_POS.has(w.pos) || /^[()]$/.test(w.text)) && subject.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON') ? words[comma + 1]!.start : -1
}
const LEAD_PHRASE_POS = new Set(['ADP', 'SCONJ', 'ADV'])
/** The words a subject between a circumstance and its verb may have at most: "the CARES Act (P.L. 116-136)". */
const SUBJECT_PHRASE_WORDS = 10
const SUBJECT_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'PUNCT', 'ADV'])

/**
 * "[Jon Smith,] a National Security Council official, wrote …", "[Artemis II,] the first crewed test of the capsule,
 * occurred …": a text that opens on an appositive (an article, then words up to a comma and a lower-case verb) takes
 * the name it follows, which is the subject.
 */
function withAppositiveName(s: SentenceContext, body: string, start: number): string {
  const text = s.sentence.text
  const words = s.words
  const at = body.startsWith('…') ? -1 : text.lastIndexOf(body.split(/\s+/).slice(0, 4).join(' '), start)
  if (at < 2) return body
  // (A name the subject search found inside the appositive starts after its article: "a [National Security Council] official".)
  let comma = words.findLastIndex((w) => w.end <= at)
  const article = ARTICLES.has(words[comma]?.lower ?? '') ? words[comma--]! : undefined
  const from = article?.start ?? at
  if (words[comma]?.text !== ',' || !RE_APPOSITIVE.test(`, ${text.slice(from, start)}`)) return body
  // ("Artemis 2": a number after a name is of it.)
  let name = comma
  while (name > 0 && (words[name - 1]!.pos === 'PROPN' || (words[name - 1]!.pos === 'NUM' && words[name - 2]?.pos === 'PROPN'))) name--
  return name < comma && words[name]!.pos === 'PROPN' ? `${text.slice(words[name]!.start, words[comma]!.start)}, ${article ? `${article.text} ` : ''}${body}` : body
}
/** ", a National Security Council official during the Obama Administration, " before a lower-case word (its verb). */
const RE_APPOSITIVE = /^,\s+(?:a|an|the)\s[^,;:()"“”]{1,80},\s+(?=\p{Ll})/u

/**
 * "Beijing has never welcomed …, and did not hesitate to condemn the test [on 6 January]": a clause that is only a
 * verb phrase after ", and" or ", but" shares the sentence's subject, which it takes ("Beijing did not hesitate
 * …"), when that subject is a name.
 */
function withSharedSubject(s: SentenceContext, from: number, body: string): string {
  const text = s.sentence.text
  const conjunction = /^(?:and|but)\s+/i.exec(text.slice(from))
  if (!conjunction || !/,\s*$/.test(text.slice(0, from))) return body
  const after = s.words.filter((w) => w.start >= from + conjunction[0].length)
  // "…, and [swiftly] condemned": adverbs may stand before the verb.
  const verb = after.find((w) => w.pos !== 'ADV')
  if (!after[0] || !verb || !body.startsWith(after[0].text) || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)))) return body
  const subject = s.mentions.find((m) => s.tokens[m.last]!.end <= from && isSubject(s, m) && !m.possessive)
  return subject ? `${text.slice(s.tokens[subject.first]!.start, s.tokens[subject.last]!.end)} ${body}` : body
}

/**
 * A short noun phrase between two words of a clause: the one told, between a verb and a date ("told [the select
 * committee] in 2023 that …"); the subject of a relative clause on its object ("which [the new government] seized").
 */
const SHORT_PHRASE_WORDS = 4
const SHORT_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON'])

/**
 * Where a list of names that ends on the subject at `subject` starts, after the date's end `end`: at the first word
 * after the date when every word up to the subject is a name, a noun or their commas and "and" ("Acme Corp, Beta
 * Inc and"); else at the subject.
 */
function listStart(words: Word[], end: number, subject: number): number {
  const between = words.filter((w) => w.start >= end && w.end <= subject)
  while (between[0]?.text === ',') between.shift()
  const joined = between.some((w) => w.pos === 'CCONJ' || w.text === ',')
  return joined && between.every((w) => LIST_POS.has(w.pos) || w.text === ',') ? between[0]!.start : subject
}
const LIST_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'CCONJ', 'PART', 'NUM'])

/**
 * "The Special Representatives and Special Envoys of the United States, the EU, …, and the United Kingdom met in
 * Rome": a name that ends a list of names after "of" is not the subject; the noun phrase the list is of is. Where
 * that phrase starts (within the clause from `from`), or `subject` itself.
 */
function ofListHead(words: Word[], from: number, subject: number): number {
  let i = words.findIndex((w) => w.start >= subject)
  if (i < 0) return subject
  // ("the United States of America, the European Union, …": an "of" inside a listed name is the name's.)
  const inName = (j: number) => {
    let q = j - 1
    while (q > 0 && (words[q - 1]!.pos === 'PROPN' || words[q - 1]!.pos === 'DET')) q--
    return words[j - 1]?.pos === 'PROPN' && words[j + 1]?.pos === 'PROPN' && (words[q - 1]?.text === ',' || words[q - 1]?.lower === 'of')
  }
  // (An item may carry its acronym in brackets: "Chile (CL)".)
  const listWord = (w: Word) => LIST_POS.has(w.pos) || w.text === ',' || w.text === '(' || w.text === ')' || w.lower === 'of'
  while (i > 0 && words[i - 1]!.start >= from && (words[i - 1]!.lower !== 'of' || inName(i - 1)) && listWord(words[i - 1]!)) i--
  const listed = words.slice(i, words.findIndex((w) => w.start >= subject)).some((w) => w.text === ',' || w.pos === 'CCONJ')
  if (!listed || words[i - 1]?.lower !== 'of' || !['NOUN', 'PROPN'].includes(words[i - 2]?.pos ?? '')) return subject
  let h = i - 2
  while (h > 0 && words[h - 1]!.start >= from && (PHRASE_POS.has(words[h - 1]!.pos) || words[h - 1]!.pos === 'DET' || words[h - 1]!.pos === 'CCONJ')) h--
  // (The phrase opens the clause: not "… said the envoys of A and B met …".)
  return words[h]!.start === from || words[h - 1]?.text === ',' || h === 0 ? words[h]!.start : subject
}

/** Whether a verb stands right before `start` (past its preposition), or with only its object between. */
function verbBefore(words: Word[], start: number): boolean {
  let k = words.findLastIndex((w) => w.end <= start && w.pos !== 'ADP')
  for (let n = 0; k >= 0 && n < SHORT_PHRASE_WORDS && SHORT_PHRASE_POS.has(words[k]!.pos); n++) k--
  return words[k]?.pos === 'VERB'
}

const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'])
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'he', 'she', 'i', 'you'])

/** Where the noun phrase whose last word is `k` starts: back over its nouns and modifiers to its determiner. */
function phraseStart(words: Word[], k: number): number {
  let i = k
  while (i > 0 && PHRASE_POS.has(words[i - 1]!.pos)) i--
  if (i > 0 && words[i - 1]!.pos === 'DET') i--
  return i
}

/**
 * The words of a date's clause up to the date, read as what happened: a relative clause takes the noun it tells of
 * ("…, an exemption process, which was added to the statute [in 1978]" → "an exemption process was added to the
 * statute"), and a relative clause without "that" starts at its noun ("This deal builds on the partnership we
 * announced [in May]" → "the partnership we announced").
 */
function withAntecedent(s: SentenceContext, from: number, start: number): string {
  const text = s.sentence.text
  const words = s.words
  const first = words.findIndex((w) => w.start >= from)
  const last = words.findLastIndex((w) => w.end <= start && w.pos !== 'ADP')
  if (first < 0 || last < first) return text.slice(from, start)
  const w = words[first]!
  if (RELATIVE_PRONOUNS.has(w.lower) && words[first - 1]?.text === ',' && ['NOUN', 'PROPN'].includes(words[first - 2]?.pos ?? '')) {
    let noun = phraseStart(words, first - 2)
    // "The order against Boyd, which the court entered [on …]": a clause on its object keeps its pronoun, and the
    // noun it tells of is the whole phrase, over one preposition ("order against Boyd", not "Boyd the court entered").
    if (objectRelative(words, first, start)) {
      if (OF_PREPOSITIONS.has(words[noun - 1]?.lower ?? '') && words[noun - 2]?.pos === 'NOUN') noun = phraseStart(words, noun - 2)
      // ("a settlement with X, LLC, and its affiliated companies, which the court entered": the last of a list, or a
      // noun cut from its determiner, is not what was entered; the clause is told without a noun, and tells no event.)
      const listed = words[noun - 1]?.pos === 'CCONJ' || words[noun - 1]?.text === ',' || !['DET', 'PROPN'].includes(words[noun]!.pos)
      return text.slice(listed ? w.start : words[noun]!.start, start)
    }
    // "The US–Israeli war with Iran, which began in late February": the clause tells of the war, not of Iran; the
    // noun it tells of is the whole phrase, over one preposition, as for a clause on its object.
    if (OF_PREPOSITIONS.has(words[noun - 1]?.lower ?? '') && words[noun - 2]?.pos === 'NOUN') noun = phraseStart(words, noun - 2)
    return `${text.slice(words[noun]!.start, words[first - 2]!.end)} ${text.slice(w.end, start).trim()}`
  }
  if (last - 2 > first && words[last]!.pos === 'VERB' && SUBJECT_PRONOUNS.has(words[last - 1]!.lower) && ['NOUN', 'PROPN'].includes(words[last - 2]!.pos)) {
    return text.slice(words[phraseStart(words, last - 2)]!.start, start)
  }
  return text.slice(from, start)
}
const RELATIVE_PRONOUNS = new Set(['which', 'who'])
/** …and "that", which opens a restrictive one: "the treaty that limited …". */
const RELATIVES_WITH_THAT = new Set([...RELATIVE_PRONOUNS, 'that'])
/** Prepositions that join a noun to the one it is of: "the order against Boyd", "a settlement with X". */
const OF_PREPOSITIONS = new Set(['of', 'against', 'with', 'for', 'on', 'to', 'from'])

/**
 * "… to replace another tanker that was damaged in a collision [in 2025]" → "another tanker was damaged in a
 * collision": a relative clause on its subject ("that", "which", "who" after a noun, a verb next) that holds the
 * date tells of its noun, not of the clause around it.
 */
function relativeClauseEvent(s: SentenceContext, from: number, start: number): string | undefined {
  const words = s.words
  const r = words.findLastIndex((w, i) => w.start >= from && w.end <= start && RELATIVE_OPENERS.has(w.lower) && w.pos === 'PRON' && ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '') && (['AUX', 'VERB'].includes(words[i + 1]?.pos ?? '') || objectRelative(words, i, start)))
  if (r < 1 || words.some((w) => w.start > words[r]!.end && w.end <= start && /^[,;:—–()]$/.test(w.text))) return undefined
  // ("The officer who led the raid was promoted [in June 1985]": a second verb after the clause's is the main
  // clause's, whose time it is; the clause is no event of its own.)
  const verbs = words.filter((w, i) => i > r && w.end <= start && isFiniteVerb(words, i, true) && !['AUX', 'VERB'].includes(words[i - 1]?.pos ?? ''))
  if (verbs.length > 1) return undefined
  // "the peninsula which Russia seized [in 2014]": a clause on its object keeps its pronoun, its subject after it.
  if (objectRelative(words, r, start)) {
    const first = phraseStart(words, r - 1)
    return tidy(s.sentence.text.slice(words[first]!.start, start))
  }
  // "the murder of Mr. Santos, a staff member in Tijuana, Mexico that occurred on …": a place does not occur; what
  // does is the event the sentence names before it, with its "of" phrase.
  const verb = words.findIndex((w, i) => i > r && w.end <= start && w.pos === 'VERB')
  if (verb > 0 && OCCUR_VERBS.has(words[verb]!.lemma) && words[r - 1]!.pos === 'PROPN') {
    const event = words.findLastIndex((w, i) => i < r - 1 && w.pos === 'NOUN' && EVENT_NOUNS.has(w.lemma))
    // (Its phrase ends at the next comma, or at the pronoun.)
    const end = words.findIndex((w, i) => i > event && (w.text === ',' || i === r))
    if (event >= 0 && !words.slice(event, end).some((w) => /^[;:—–()]$/.test(w.text))) {
      const text = s.sentence.text
      return tidy(`${text.slice(words[phraseStart(words, event)]!.start, words[end - 1]!.end)} ${text.slice(words[r]!.end, start).trim()}`)
    }
  }
  let first = phraseStart(words, r - 1)
  // Over one "of" to a determined noun: "a suspension of early termination".
  if (words[first - 1]?.lower === 'of' && words[first - 2]?.pos === 'NOUN') {
    const owner = phraseStart(words, first - 2)
    if (words[owner]!.pos === 'DET') first = owner
  }
  const text = s.sentence.text
  return tidy(`${text.slice(words[first]!.start, words[r - 1]!.end)} ${text.slice(words[r]!.end, start).trim()}`)
}

/** Whether the relative pronoun at `r` opens a clause on its object: a short subject, then a finite verb, before `start`. */
function objectRelative(words: Word[], r: number, start: number): boolean {
  let k = r + 1
  while (k < words.length && k - r <= SHORT_PHRASE_WORDS && SHORT_PHRASE_POS.has(words[k]!.pos)) k++
  return k > r + 1 && k < words.length && words[k]!.end <= start && isFiniteVerb(words, k, true)
}

/** Conjunctions that open a clause of its own time: "since", "when", "after", "once", "because". */
const TIME_CONJUNCTIONS = new Set(['since', 'when', 'after', 'once', 'because'])

/**
 * Where the clause a date ends starts: after a conjunction of time with its own verb before the date ("Trade has
 * grown since [NAFTA entered into force in 1994]", "revenue has doubled since [we announced our expansion in
 * October 2025]"), else at the clause's start.
 */
function timeClauseStart(s: SentenceContext, from: number, start: number): number {
  const words = s.words
  // "who has served since 2017, resigned [in March 2023]": a conjunction before a date of its own opens no clause.
  const conj = words.findLastIndex((w, i) => w.start >= from && w.end <= start && TIME_CONJUNCTIONS.has(w.lower) && (w.pos === 'SCONJ' || (w.pos === 'ADP' && words[i + 1]?.lower !== 'of')) && !startsDate(words[i + 1]))
  if (conj < 0 || !words.some((w, i) => i > conj && w.end <= start && isFiniteVerb(words, i, true))) return from
  return words[conj]!.end
}

const startsDate = (w: Word | undefined) => !!w && (w.pos === 'NUM' || MONTH_NAMES.has(w.lower))

/** The whole clause the date stands in, its date kept: "Four measures were rejected by the House and Senate in March 2026". */
export function describeClause(s: SentenceContext, start: number, end: number, floor = 0): string {
  const text = s.sentence.text
  const [from, to] = clauseAround(text, start, end)
  return tidy(withoutFrame(trimStart(text.slice(Math.max(from, floor), to).replace(RE_RELATIVE_ASIDE, ' '), false)))
}

const REPORT_FRAMES = DATA.dates.reportFrames.map((f) => f.replace(/'/g, '’'))

/** "we're announcing that Anthropic has acquired Vercept" → "Anthropic has acquired Vercept". */
function withoutFrame(body: string): string {
  const lower = body.toLowerCase().replace(/'/g, '’')
  const frame = REPORT_FRAMES.find((f) => lower.startsWith(`${f} `))
  return frame ? body.slice(frame.length + 1) : body
}

/**
 * ", who control one-third of Yemen (including Sanaa), entered …": a relative clause between commas says who, not what
 * happened. The comma of a date ("under an order of May 5, 2025,") is inside it, and so are the commas of a list
 * ending in "and" or "or" (", which regulates the electric, natural gas, and water industries, determined …"); a
 * quotation it closes ("…, which was then called the “Committee,” was …") goes with it.
 */
const RE_RELATIVE_ASIDE = /,\s+(?:who|which)\s(?:[^,;:]|,\s(?=\d{4}\b)|,\s(?=(?:[^,;:]+,\s)*(?:and|or)\s[^,;:]*,))*,["”’]?\s*(?=\S)/g

/**
 * Whether the offset `at` stands inside brackets opened after `from`: "…'s (NYPA's) facility" names no subject, and
 * "the Pact (AP, the precursor …)" holds no list's comma.
 */
function inBrackets(text: string, from: number, at: number): boolean {
  const span = text.slice(from, at)
  return span.split('(').length > span.split(')').length
}

/** The last item of a list before a date: "…crises, such as the Uri attack [in 2016] and the Pulwama attack [in 2019]". */
const RE_LIST_BREAK = /(?:,\s+|\bsuch as\s+|\bincluding\s+|\band\s+)(?=\S)/g

const RE_NOUN_PHRASE = /^(?:the|a|an|its|their|his|her)\s/i
/** A word and then an article: a verb or a preposition before its object, no noun phrase ("welcome the talks"). */
const RE_VERB_PHRASE = /^\p{L}+\s+(?:the|a|an)\s/iu

/**
 * The last item of a list the words before the date end on, as the subject (`lastItem`); unless the list is of a
 * noun phrase that opens the clause ("The Special Envoys of the United States, …, and the United Kingdom met in
 * Rome"), whose subject that phrase is.
 */
function listedSubject(s: SentenceContext, before: string, clauseStart: number, start: number): string {
  const item = lastItem(before)
  if (item === before) return item
  const at = s.sentence.text.lastIndexOf(item.trim(), start)
  const head = at < 0 ? at : ofListHead(s.words, clauseStart, at)
  return head >= 0 && head < at ? s.sentence.text.slice(head, start) : item
}

function lastItem(before: string): string {
  // "since the Pact (AP, the precursor of the treaty) entered into force": a comma in brackets parts no list.
  const cuts = [...before.matchAll(RE_LIST_BREAK)].filter((m) => !inBrackets(before, 0, m.index)).map((m) => m.index + m[0].length)
  for (const cut of cuts.reverse()) {
    const item = before.slice(cut)
    // "… of Afghanistan and the Taliban and [welcome the talks held in Doha]": a verb with its object after the last
    // break ends no list, and the items before it are no subject of the date's verb.
    if (RE_VERB_PHRASE.test(item)) return before
    // Only a noun phrase makes an item ("the Uri attack"); "…, last held" or "…, like the one" do not.
    if (RE_NOUN_PHRASE.test(item) && wordCount(tidy(item)) >= 2) return item
  }
  return before
}

const RE_RELATIVE_OPEN = /^(?:which|who)\b/

/** The offsets of the clause a span [start, end) stands in: between the clause breaks around it. */
export function clauseAround(text: string, start: number, end: number, words?: Word[]): [number, number] {
  let from = 0
  let to = text.length
  const asides = dashAsides(text)
  const quotes = quotationSpans(text)
  for (const m of text.matchAll(RE_CLAUSE_BREAK)) {
    const breakEnd = m.index + m[0].length
    // 'Trump wrote on April 8 that "We are, and will be, talking …"': someone's words are no clauses of the event's.
    if (quotes.some(([a, b]) => m.index > a && m.index < b - 1)) continue
    // 'signed an Executive Order titled: “Delivering …”': a colon that opens a quotation leads to its words, no clause.
    if (m[0] === ':' && quotes.some(([a]) => a > m.index && text.slice(m.index + 1, a).trim() === '')) continue
    // "the Committee—referred to as the God Squad—voted …": a pair of dashes holds an aside, no clause break.
    // (Nor does a break inside it: "— the party she led when elected in 2016 —".)
    if (asides.some(([a, b]) => m.index >= a && m.index <= b && (end <= a || start > b))) continue
    // "Russia, which maintains a test site, withdrew … in 2023": a relative clause closed before the date is an
    // aside in its clause, not a clause of its own.
    if (breakEnd <= start && RE_RELATIVE_OPEN.test(text.slice(breakEnd)) && text.slice(breakEnd, start).includes(',')) continue
    // "… of the United States, the European Union, France, and the United Kingdom met in Rome": ", and" before the
    // last of a list of names that is the clause's subject (its verb right after the item) ends the list, not a clause.
    // "Harris convened consumer protection, labor, and civil rights leaders to discuss …": nor before the last item of a
    // list that a verb takes as its object.
    const lastItem = !!words && /^,\s+(?:and|or)\b/.test(text.slice(m.index))
    if (lastItem && ((endsList(words, m.index) && verbAfterItem(words, m.index)) || endsObjectList(words, m.index))) continue
    if (breakEnd <= start) from = breakEnd
    else if (m.index >= end && m.index < to && !(words && asideBeforeVerb(text, m.index, words))) to = m.index
  }
  return [from, to]
}

/** The comma at offset `at` follows at least LIST_ITEMS short items without a verb, each after a comma: a list's. */
function endsList(words: Word[], at: number): boolean {
  const before = words.filter((w) => w.end <= at)
  let items = 0
  let k = before.length
  while (items < LIST_ITEMS) {
    const comma = before.findLastIndex((w, i) => i < k && w.text === ',')
    const item = before.slice(comma + 1, k)
    if (comma < 0 || item.length === 0 || item.length > LIST_ITEM_WORDS || item.some((w) => w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PRON')) return false
    items++
    k = comma
  }
  return true
}
/**
 * Before ", and" at offset `at`: a short noun phrase after a comma, and before that comma a short noun phrase right
 * after a verb ("convened [consumer protection], [labor], and …"); after it a short noun phrase with no finite verb
 * next ("… civil rights leaders to discuss"): the items of the verb's object, not two clauses.
 */
function endsObjectList(words: Word[], at: number): boolean {
  const before = words.filter((w) => w.end <= at)
  const comma = before.findLastIndex((w) => w.text === ',')
  const item = before.slice(comma + 1)
  const nominal = (w: Word) => LIST_POS.has(w.pos) && w.pos !== 'CCONJ'
  if (comma < 1 || item.length === 0 || item.length > LIST_ITEM_WORDS || !item.every(nominal)) return false
  let k = comma - 1
  while (k >= 0 && comma - k <= LIST_ITEM_WORDS && nominal(before[k]!)) k--
  return k >= 0 && k < comma - 1 && before[k]!.pos === 'VERB' && !verbAfterItem(words, at)
}
/** After ", and" at offset `at`, a short noun phrase, then a finite verb: the list's last item and the clause's verb. */
function verbAfterItem(words: Word[], at: number): boolean {
  let k = words.findIndex((w) => w.start > at) + 1
  if (k <= 0) return false
  const first = k
  while (k < words.length && k - first < LIST_ITEM_WORDS && LIST_POS.has(words[k]!.pos) && words[k]!.pos !== 'CCONJ') k++
  return k > first && isFiniteVerb(words, k, true)
}
/** Items a list has before its ", and" (at least), and the most words an item may have. */
const LIST_ITEMS = 2
const LIST_ITEM_WORDS = 6

/**
 * "GAO reported in 2025 that the Office, which VHA created to …, did not always …": a relative clause between commas
 * after the span, with a finite verb right after its closing comma, is an aside in the clause (RE_RELATIVE_ASIDE takes
 * it out), not its end.
 */
function asideBeforeVerb(text: string, at: number, words: Word[]): boolean {
  RE_RELATIVE_ASIDE.lastIndex = at
  const aside = RE_RELATIVE_ASIDE.exec(text)
  if (!aside || aside.index !== at) return false
  const next = words.findIndex((w) => w.start >= aside.index + aside[0].length)
  return next >= 0 && isFiniteVerb(words, next, true)
}

/**
 * The aside the date at offset `start` stands in says something of the subject: it opens, after its comma, on an
 * adjective or a past participle ("effective from", "introduced in"), not on a comparison ("like the one occurring
 * in …") or a relative clause ("which the court entered on …"), which tell their own thing.
 */
function predicateAside(words: Word[], start: number): boolean {
  const comma = words.findLastIndex((w) => w.end <= start && w.text === ',')
  const w = words[comma + 1]
  return comma >= 0 && !!w && (w.pos === 'ADJ' || (w.pos === 'VERB' && participleForm(w, true) && !w.lower.endsWith('ing')))
}

/**
 * The first word after offset `end` is a finite verb: right after it ("[last week] has inspired"), or, `pastComma`,
 * past the comma that closes an aside.
 */
function verbAfter(words: Word[], end: number, pastComma = false): boolean {
  const next = words.findIndex((w) => w.start >= end && !(pastComma && w.text === ','))
  return next >= 0 && (!pastComma || words[next - 1]?.text === ',') && isFiniteVerb(words, next, true)
}

/** The offsets of the dashes of each pair of em dashes around an aside without a clause break of its own. */
function dashAsides(text: string): [number, number][] {
  const pairs: [number, number][] = []
  for (const m of text.matchAll(RE_DASH_ASIDE)) pairs.push([m.index, m.index + m[0].length - 1])
  return pairs
}
const RE_DASH_ASIDE = /—[^—;:]{1,120}—/g
/** The aside between a pair of em dashes, or of en dashes spaced on both sides, taken out of an event's text. */
const RE_DASH_ASIDE_TEXT = /\s*—[^—;:]{1,120}—\s*|\s+–\s[^—–;:]{1,120}\s–\s+/g

/** Keeps the last words when the text leads up to the date, the first words when it follows it. */
function trimStart(text: string, keepEnd: boolean): string {
  const words = text.replace(RE_LEADING, '').replace(/[\s,]+$/, '').split(/\s+/).filter(Boolean)
  if (words.length <= MAX_WORDS) return words.join(' ')
  return keepEnd ? `…${words.slice(-MAX_WORDS).join(' ')}` : `${words.slice(0, MAX_WORDS).join(' ')}…`
}

function tidy(text: string): string {
  // (Trimmed first: a text cut right before its date ends on a space, after the preposition the date leaves.)
  return withoutOpenBracket(text.trimEnd())
    .replace(RE_FOOTNOTE_MARK, '')
    .replace(RE_RANGE_START, '')
    .replace(/(?:^|\s+)(?:on|in|at|since|by|from|during|until|of|for|before|after|between|to|and|or)$/i, '')
    .replace(RE_TIME_DEGREE_END, '')
    .replace(/\s+([,.;:])/g, '$1').replace(/[\s,;:.]+$/, '').replace(/^[\s,]+/, '').trim()
}

/**
 * "commissioned into the fleet just[ last month]", "as early as[ 2019]", "back[ in 2019]", "awarded a contract in
 * late[ April 2025]": a word of degree, or a part of the month, the date left behind.
 */
const RE_TIME_DEGREE_END = /(?:^|\s+)(?:just|only|back|as\s+(?:early|late|recently|long\s+ago)\s+as|(?:in|on|by|during|from|until|since|through)\s+(?:the\s+)?(?:early|late|mid-?))$/i

/** "passed the Act (DSHMRA" (the clause ended at a ";" inside the brackets): a bracket left open at the end goes, with what follows it. */
function withoutOpenBracket(text: string): string {
  const open = text.lastIndexOf('(')
  return open > 0 && text.indexOf(')', open) < 0 ? text.slice(0, open) : text
}

/** "[1] An earlier version …", "… the Act.[12]": a footnote's mark is no word of the event. */
const RE_FOOTNOTE_MARK = /\s*\[\d{1,3}\]/g
/** "… paid a visit from 4th –[ 6th May 2025]": the first day of a range whose last is the date. */
const RE_RANGE_START = /\s+(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:[–-]|to|and)?$/i

const ARTICLES = new Set(['the', 'a', 'an'])
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length

/** The index of the token that governs a mention: the one before it, past an article. */
function governingToken(s: SentenceContext, m: SentenceContext['mentions'][number]): number | undefined {
  const k = ARTICLES.has(s.tokens[m.first - 1]?.lower ?? '') ? m.first - 2 : m.first - 1
  return k >= 0 ? k : undefined
}

/** "a fund of the Treasury Department created by Congress": a name after a preposition (and its article). */
function afterPreposition(s: SentenceContext, m: SentenceContext['mentions'][number]): boolean {
  let k = governingToken(s, m)
  // ("According to official [U.S.] assessments, Iran halted …": over a modifier or two of the phrase the name is
  // in, words in lower case.)
  const modifier = (t: number) => !s.tokens[t]!.cap && ['ADJ', 'NOUN'].includes(wordOf(s, s.tokens[t])?.pos ?? '')
  for (let n = 0; n < 2 && k !== undefined && k > 0 && modifier(k); n++) k = ARTICLES.has(s.tokens[k - 1]!.lower) ? k - 2 : k - 1
  return k !== undefined && k >= 0 && PREPOSITIONS.has(s.tokens[k]!.lower)
}

/** The first name of the list of names joined by commas and "and" or "or" that ends on `m` (`m` when it is alone). */
function firstOfList(s: SentenceContext, m: SentenceContext['mentions'][number]): SentenceContext['mentions'][number] {
  let first = m
  for (let k = governingToken(s, first); k !== undefined; k = governingToken(s, first)) {
    const joiner = s.tokens[k]!.lower
    if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') break
    const end = joiner !== ',' && s.tokens[k - 1]?.lower === ',' ? k - 2 : k - 1
    const before = s.mentions.find((x) => x.last === end)
    if (!before || before === first) break
    first = before
  }
  return first
}

/** A subject-like mention: not after a preposition, and possessive or followed by a lower-case word. */
function isSubject(s: SentenceContext, m: SentenceContext['mentions'][number]): boolean {
  // "briefings by the representatives of Afghanistan and [the Taliban] and welcome …", "held at Brasília, [Brazil]
  // in September 2000": nor a name of a list whose first is after one.
  if (afterPreposition(s, firstOfList(s, m))) return false
  // "has acquired Vercept": a name right after a verb is its object.
  const start = s.tokens[m.first]!.start
  if (s.words.findLast((w) => w.end <= start)?.pos === 'VERB') return false
  const next = s.tokens[m.last + 1]
  // "Yemeni and Saudi forces have launched …": the first of a coordinated subject starts it.
  if (next && ['and', 'or'].includes(next.lower)) {
    const other = s.mentions.find((x) => x.first === m.last + 2)
    return !!other && other !== m && isSubject(s, other)
  }
  return m.possessive || (!!next && !next.punct && !next.cap)
}

/** A subject pronoun and the number of the name it stands for. */
const PRONOUN_NUMBER: Record<string, 'singular' | 'plural' | 'person'> = { it: 'singular', they: 'plural', he: 'person', she: 'person' }

/**
 * "NASA’s rover has been collecting samples since it landed on Mars in 2021" → "NASA’s rover landed on Mars": an
 * event's text that opens with a subject pronoun from inside its sentence takes the sentence's subject for it, a
 * noun phrase before the sentence's first verb (after a leading phrase closed by a comma: "In 2020, the agency
 * announced a rule; in 2022, it held hearings"), when the two agree in number; its words are still the sentence's,
 * in order. Otherwise the text is left as it is.
 */
export function withSentenceSubject(s: SentenceContext, text: string): string {
  const pronoun = /^(\p{L}+)\s/u.exec(text)?.[1]?.toLowerCase()
  const number = pronoun ? PRONOUN_NUMBER[pronoun] : undefined
  const at = s.sentence.text.indexOf(text)
  if (!number || at <= 0) return text
  const words = s.words
  const p = words.findIndex((w) => w.start === at)
  // After a leading phrase ("In 2020,"): the subject starts after its comma.
  const comma = words.findIndex((w) => w.text === ',')
  const from = LEAD_PHRASE_POS.has(words[0]?.pos ?? '') && comma > 0 && comma < p ? comma + 1 : 0
  const inPhrase = (w: Word) => NOUN_PHRASE_POS.has(w.pos) || /^[[\]’']$|^['’]s$/.test(w.text)
  let end = from
  while (end < p && inPhrase(words[end]!)) end++
  // The phrase runs up to the sentence's verb, before the pronoun.
  if (end === from || end >= p || !['VERB', 'AUX'].includes(words[end]!.pos)) return text
  const subject = words.slice(from, end)
  const head = subject.findLast((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
  if (!head) return text
  const plural = head.pos === 'NOUN' && head.lower !== head.lemma.toLowerCase()
  if (number === 'plural' ? !plural : plural) return text
  // "he", "she": a person's name (a proper noun), not a thing ("the agency").
  if (number === 'person' && head.pos !== 'PROPN') return text
  return `${s.sentence.text.slice(subject[0]!.start, subject.at(-1)!.end)} ${text.slice(pronoun!.length).trimStart()}`
}

/**
 * "The verdict of history will be harsh regarding Guterres’ failure. When he leaves the 38th floor … on December 31":
 * an event's text that still opens with "he" or "she" takes the name of the person last named in its sentence or
 * the one before, when there is one person there; the entry then cites that sentence too. Otherwise undefined.
 */
export function withPersonNamedBefore(ctx: Context, s: SentenceContext, text: string): { text: string; from: SentenceContext } | undefined {
  const pronoun = /^(\p{L}+)\s/u.exec(text)?.[1]?.toLowerCase()
  if (!pronoun || PRONOUN_NUMBER[pronoun] !== 'person') return undefined
  const at = s.sentence.text.indexOf(text)
  const before = ctx.sentences[s.index - 1]
  const own = s.mentions.filter((m) => at >= 0 && s.tokens[m.last]!.end <= at)
  const from = own.some((m) => ctx.actors.get(m.actor)?.type === 'person') ? s : before
  if (!from || from.meta || from.sentence.paragraph < s.sentence.paragraph - 1) return undefined
  const people = new Set((from === s ? own : from.mentions).map((m) => m.actor).filter((id) => ctx.actors.get(id)?.type === 'person'))
  if (people.size !== 1) return undefined
  const name = ctx.actors.get([...people][0]!)!.name
  return { text: `${name} ${text.slice(pronoun.length).trimStart()}`, from }
}
