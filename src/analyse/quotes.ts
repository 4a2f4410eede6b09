/**
 * Quotations of at least MIN_WORDS words, with the speaker when a pattern names one: "X said/tweeted/asserted
 * …" before the quote, "…,” X said" after it, or "According to X".
 */
import type { Quote } from '../types.ts'
import { openQuotations } from '../language/index.ts'
import { wordOf, type Context, type Mention, type SentenceContext } from './context.ts'
import { DATA, TITLE_WORDS } from './data.ts'
import { isNameWord, runEnd } from './actors/names.ts'
import ABBREVIATIONS from '../../data/ingest/abbreviations.json' with { type: 'json' }

const MIN_WORDS = 6
const RE_QUOTE = /“([^”]+)”|"([^"]+)"/g
const SPEECH = new Set(DATA.actors.speechVerbs)
const SPEAKER_TYPES = new Set(['person', 'organisation', 'media', 'state', 'group'])

export function findQuotes(ctx: Context): Quote[] {
  const quotes: Quote[] = []
  for (const p of ctx.article.paragraphs) {
    const text = ctx.article.text.slice(p.start, p.end)
    // The speaker of the paragraph's last quotation, and where it ended.
    let previous: { speaker: string; end: number } | undefined
    for (const m of text.matchAll(RE_QUOTE)) {
      const inner = (m[1] ?? m[2]!).trim().replace(/[,.]$/, '')
      const at = p.start + m.index
      const end = at + m[0].length
      const sentences = ctx.sentences.filter((s) => s.sentence.end > at && s.sentence.start < end && !s.meta)
      if (sentences.length === 0) continue
      // '“A,” said Jane Roe, the agency’s director. “B. C.”': a quotation that goes on after its speaker's phrase is
      // hers too.
      const goesOn = previous && speakerGap(ctx.article.text.slice(previous.end, at)) ? previous.speaker : undefined
      const speaker = speakerOf(ctx, sentences[0]!, at - sentences[0]!.sentence.start, end - sentences.at(-1)!.sentence.start, sentences.at(-1)!) ?? goesOn
      previous = speaker ? { speaker, end } : undefined
      if (inner.split(/\s+/).length < MIN_WORDS) continue
      quotes.push({ text: inner, ...(speaker ? { speaker } : {}), source: sentences.map((s) => s.sentence.id) })
    }
  }
  return quotes
}

/**
 * What stands between a quotation and the one that goes on with it: the speaker's phrase (a speech verb,
 * data/actors.json speechVerbs), short, ending on a stop, a comma or a colon, and no other quotation.
 */
function speakerGap(gap: string): boolean {
  return gap.length <= MAX_SPEAKER_GAP && !/[“”"]/.test(gap) && /[.,:]\s*$/.test(gap) && gap.toLowerCase().split(/[^\p{L}]+/u).some((w) => SPEECH.has(w))
}
const MAX_SPEAKER_GAP = 320

function speakerOf(ctx: Context, first: SentenceContext, quoteStart: number, quoteEnd: number, last: SentenceContext): string | undefined {
  const name = (id: string) => ctx.actors.get(id)?.name
  const speaking = (s: SentenceContext, from: number, to: number) => {
    const verbs = s.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= from && t.end <= to && SPEECH.has(t.lower))
    for (const [, v] of verbs) {
      // "X … said": the nearest actor before the verb, preferring people; not one inside a quotation ('"Israel", he
      // said, "is not bound …"': the words quoted name no speaker).
      const before = s.mentions.filter((m) => m.last < v && s.tokens[m.first]!.start >= from && openQuotations(s.sentence.text.slice(from, s.tokens[m.first]!.start)) <= 0)
      const person = before.find((m) => ctx.actors.get(m.actor)?.type === 'person')
      const who = person ?? before.find((m) => SPEAKER_TYPES.has(ctx.actors.get(m.actor)?.type ?? ''))
      if (who && !person) {
        // "United Nations climate change chief Simon Stiell has said": the person the body's title names speaks;
        // "France's health minister said": the office a possessive owner holds does.
        const written = personName(s, who.last + 1, v - 1)
        if (written && afterTitle(s, written)) return written
        // "The American Samoan delegate to the U.S. House, Aumua Amata, told the press": the name set off right before
        // the verb, after a title or role, is the person the phrase names.
        const apposed = apposedName(s, from, v)
        if (apposed) return apposed
        const office = who.possessive ? officeAfter(s, who.last + 1, v) : undefined
        if (office !== undefined) return s.sentence.text.slice(s.tokens[who.first]!.start, s.tokens[office]!.end)
      }
      if (who) return name(who.actor)
      // '“…,” he told French TV': who is told is no speaker; "he" is the person named last before. ('"Israel", he
      // said, "…"': so is the "he" of any speech verb with no name before it.)
      // (An adverb may stand between: "he emphatically said". A quotation of several sentences looks back from its
      // first: the sentences it spans are the speaker's words.)
      const subject = s.tokens[v - 1]?.lower.endsWith('ly') ? s.tokens[v - 2] : s.tokens[v - 1]
      const pronounSpeaks = SUBJECT_PRONOUNS.has(subject?.lower ?? '')
      if (pronounSpeaks && !LISTENING_VERBS.has(s.tokens[v]!.lower)) {
        const pronoun = lastPersonBefore(ctx, first)
        if (pronoun) return pronoun
      }
      if (LISTENING_VERBS.has(s.tokens[v]!.lower)) {
        const pronoun = pronounSpeaks ? lastPersonBefore(ctx, first) : undefined
        if (pronoun) return pronoun
        continue
      }
      // "…,” X said" / "said X". "said NASA Administrator Bill Nelson", "said the rover's project manager, Jane
      // Roe of JPL": the person the speaker's phrase names, not the body or the thing before her name.
      const after = s.mentions.find((m) => m.first > v && m.first - v <= 2)
      const phrase = speakerPhrase(s, v)
      // The actor right after the verb is the speaker unless it is no person, or a person's owner ("Ingenuity's").
      const afterIsSpeaker = !!after && !after.possessive && ctx.actors.get(after.actor)?.type === 'person'
      if (!afterIsSpeaker) {
        const named = s.mentions.find((m) => m.first > v && m.last <= phrase && ctx.actors.get(m.actor)?.type === 'person')
        if (named) return name(named.actor)
        // A person named once, as the speaker, may be no actor: her name is still in the phrase.
        const written = personName(s, v + 1, phrase)
        if (written) return written
      }
      if (after) return name(after.actor)
    }
    return undefined
  }
  const according = /according to/i.exec(first.sentence.text.slice(0, quoteStart))
  if (according) {
    // (Named before the quotation opens: "According to the 2026 report, “… North Korea …”" names no speaker.)
    const m = first.mentions.find((x) => first.tokens[x.first]!.start > according.index && first.tokens[x.first]!.start < quoteStart)
    if (m) return officialOf(first, according.index, m) ?? name(m.actor)
  }
  // '“…,” according to a tweet on Monday by US Secretary of State Mike Pompeo': the source named after the quotation,
  // a person before a body ("according to the UN High Commissioner for Human Rights").
  const afterQuote = RE_ACCORDING_AFTER.exec(last.sentence.text.slice(quoteEnd))
  if (afterQuote) {
    const from = quoteEnd + afterQuote[0].length
    // (Not a name that qualifies the noun after it: "according to the U.S. intelligence community's assessment".)
    const qualifies = (x: Mention) => {
      const next = last.tokens[x.last + 1]
      return !!next && !next.punct && !next.cap && next.lower !== 'and' && next.lower !== 'or'
    }
    const named = last.mentions.filter((x) => last.tokens[x.first]!.start >= from && !qualifies(x))
    const m = named.find((x) => ctx.actors.get(x.actor)?.type === 'person') ?? named.find((x) => SPEAKER_TYPES.has(ctx.actors.get(x.actor)?.type ?? ''))
    if (m) return officialOf(last, quoteEnd, m) ?? name(m.actor)
  }
  // "Secretary of the Air Force James Roche: “…”": a person named right before the colon that opens the quotation.
  const colon = first.tokens.findLastIndex((t) => t.end <= quoteStart)
  if (first.tokens[colon]?.text === ':') {
    const m = first.mentions.find((x) => x.last === colon - 1 && ctx.actors.get(x.actor)?.type === 'person')
    if (m) return name(m.actor)
  }
  return speaking(first, 0, quoteStart) ?? speaking(last, quoteEnd, last.sentence.text.length) ?? statementBy(ctx, first, quoteStart)
}

/** "according to" right after a quotation closes (its comma and mark before). */
const RE_ACCORDING_AFTER = /^[\s,.;”"’']*according to\b/i

/**
 * "according to a Philippine government official": an office the actor's name qualifies speaks, not the actor; the
 * speaker is the phrase as written. Undefined when no office follows the name before a mark.
 */
function officialOf(s: SentenceContext, accordingAt: number, m: Mention): string | undefined {
  const end = s.tokens.findIndex((t, i) => i > m.last && t.punct)
  const office = end > 0 && !m.possessive ? officeAfter(s, m.last + 1, end) : undefined
  const start = s.tokens.findIndex((t) => t.start > accordingAt && t.lower === 'to') + 1
  return office !== undefined && start > 0 && start <= m.first ? s.sentence.text.slice(s.tokens[start]!.start, s.tokens[office]!.end) : undefined
}

/** Speech verbs whose object is the one told, not the speaker. */
const LISTENING_VERBS = new Set(['told', 'tells'])
/** Words the tagger may read as prepositions that open a clause, whose subject follows them: "after Senator Gaylord Nelson called …". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'when', 'once', 'although', 'though', 'if'])
const SUBJECT_PRONOUNS = new Set(['he', 'she'])
/** How many sentences back a "he" or "she" that speaks is looked for. */
const PRONOUN_REACH = 3

/**
 * The person named last in the PRONOUN_REACH sentences up to `s` (the one a "he" or "she" stands for), if any; not
 * one a verb or a preposition takes as its object ('“…,” he told Lieberman', "Ishiba said he believes Trump …",
 * "pardoned by Trump", "then with President Trump"), who is someone spoken to or of.
 */
function lastPersonBefore(ctx: Context, s: SentenceContext): string | undefined {
  const at = ctx.sentences.indexOf(s)
  for (let k = at - 1; k >= Math.max(0, at - PRONOUN_REACH); k--) {
    const b = ctx.sentences[k]!
    // (A speech verb before a name is the name's own: '“…,” said Tony Whitten'; not one of telling, "told X".)
    // (Past the name's title: "then with President Trump".)
    const object = (m: Mention) => {
      let t = m.first - 1
      while (t > 0 && b.tokens[t]!.cap && SPEAKER_TITLES.has(b.tokens[t]!.lower)) t--
      const before = b.tokens[t]
      const pos = wordOf(b, before)?.pos
      return (pos === 'ADP' && !CLAUSE_OPENERS.has(before!.lower)) || (pos === 'VERB' && (!SPEECH.has(before!.lower) || LISTENING_VERBS.has(before!.lower)))
    }
    const person = b.mentions.filter((m) => ctx.actors.get(m.actor)?.type === 'person' && !object(m)).at(-1)
    if (person) return ctx.actors.get(person.actor)!.name
  }
  return undefined
}

/**
 * A person's name set off by commas right before the verb at `v` ("…, Aumua Amata, told"), after a phrase from `from`
 * that holds a title or a role in lower case ("delegate"); undefined otherwise.
 */
function apposedName(s: SentenceContext, from: number, v: number): string | undefined {
  if (s.tokens[v - 1]?.text !== ',') return undefined
  const open = s.tokens.findLastIndex((t, k) => k < v - 1 && t.text === ',')
  if (open < 1 || s.tokens[open]!.start < from) return undefined
  const titled = s.tokens.slice(0, open).some((t) => t.start >= from && !t.cap && SPEAKER_TITLES.has(t.lower))
  const written = titled ? personName(s, open + 1, v - 2) : undefined
  // (The whole of what the commas set off: "…, chief of staff Jane Roe," is read by the title rule.)
  return written && s.sentence.text.slice(s.tokens[open + 1]!.start, s.tokens[v - 2]!.end) === written ? written : undefined
}

/** The name is written right after a title or a role ("chief Simon Stiell"), not after a date ("2026 Annual Threat …"). */
function afterTitle(s: SentenceContext, written: string): boolean {
  const k = s.tokens.findIndex((t) => s.sentence.text.startsWith(written, t.start))
  return k > 0 && SPEAKER_TITLES.has(s.tokens[k - 1]!.lower)
}

/** The last of the lower-case words from `from` to before `to` when it names an office ("health minister"), or undefined. */
function officeAfter(s: SentenceContext, from: number, to: number): number | undefined {
  const words = s.tokens.slice(from, to)
  if (words.length === 0 || words.length > 3 || words.some((t) => t.punct || t.cap)) return undefined
  return SPEAKER_TITLES.has(words.at(-1)!.lower) ? to - 1 : undefined
}

/**
 * "Chairman Andrew N. Ferguson issued the following statement in response to …: “…”": a statement a person
 * issues, its words after a colon, is that person's.
 */
function statementBy(ctx: Context, first: SentenceContext, quoteStart: number): string | undefined {
  const lead = first.sentence.text.slice(0, quoteStart)
  if (!RE_STATEMENT_LEAD.test(lead)) return undefined
  const noun = first.tokens.findIndex((t) => STATEMENT_NOUNS.has(t.lower))
  const person = first.mentions.filter((m) => m.last < noun && ctx.actors.get(m.actor)?.type === 'person').at(-1)
  return person ? ctx.actors.get(person.actor)?.name : personName(first, 0, noun - 1)
}
const STATEMENT_NOUNS = new Set(['statement', 'remarks'])
/** A lead naming a statement that ends on the colon before its words. */
const RE_STATEMENT_LEAD = /\b(?:statement|remarks)\b[^“”"]*:\s*$/u

/**
 * How many words after "said" a speaker's phrase may run to reach the name ("said the agency's deputy project
 * manager, Jane Roe", "said Acting U.S. Attorney for the Eastern District of Pennsylvania, Jane Roe").
 */
const SPEAKER_PHRASE_WORDS = 12
/** Words that end a speaker's phrase: a clause or a second speaker begins. */
const PHRASE_ENDS = new Set(['which', 'who', 'that', 'and', 'adding', 'while', 'when', 'as', 'after', 'before', 'because'])

/** The last token of the speaker's phrase after the speech verb at `v`: up to a clause, a mark or SPEAKER_PHRASE_TOKENS. */
function speakerPhrase(s: SentenceContext, v: number): number {
  let k = v + 1
  const t = (i: number) => s.tokens[i]
  // "said Dr. Kevin Rhodes", "Andrew N. Ferguson", "said U.S. Secretary …": a title's, an initial's or an initialism's
  // point ends nothing; "said AI and Crypto
  // Czar David Sacks": nor does "and" inside a title, between capitalised words.
  const goesOn = (i: number) =>
    (t(i)!.text === '.' && (SPEAKER_TITLES.has(t(i - 1)?.lower ?? '') || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t(i - 1)?.text ?? '')) && t(i - 1)!.end === t(i)!.start && !!t(i + 1)?.cap) ||
    (t(i)!.lower === 'and' && !!t(i - 1)?.cap && !!t(i + 1)?.cap && !t(i + 1)!.punct)
  // (Words are counted, not the points and commas between them: "said U.S. Secretary of Labor Jane Roe".)
  let words = 0
  while (k < s.tokens.length && words < SPEAKER_PHRASE_WORDS && (goesOn(k) || (!PHRASE_ENDS.has(s.tokens[k]!.lower) && !/^[.;:“”"]$/.test(s.tokens[k]!.text)))) {
    if (!s.tokens[k]!.punct) words++
    k++
  }
  return k - 1
}

/**
 * A person's name written in tokens `from..to` ("NASA Administrator Bill Nelson", "the rover's project manager, Jane
 * Roe of JPL", "Office of Science and Technology Policy Director Michael Kratsios"): in the first run of capitalised
 * words, the two or three after its last title or role, each a capital and lower-case letters. None when the
 * phrase names no one so.
 */
function personName(s: SentenceContext, from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    if (!isNameWord(s.tokens[i]) || s.tokens[i]!.possessive) continue
    const abbreviated = (k: number) => s.tokens[k + 1]?.text === '.' && s.tokens[k + 1]!.start === s.tokens[k]!.end && !!s.tokens[k + 2]?.cap
    let end = Math.min(runEnd(s.tokens, i), to)
    // "said Dr. Kevin Rhodes", "said Utah Gov. Spencer Cox": a title's abbreviation stands before the name, which
    // follows it.
    if (abbreviated(end) && SPEAKER_TITLES.has(s.tokens[end]!.lower)) {
      i = end + 1
      continue
    }
    // "Andrew N. Ferguson": a middle initial is part of the name.
    let initials = 0
    while (end + 2 <= to && abbreviated(end) && /^\p{Lu}$/u.test(s.tokens[end]!.text)) (end = Math.min(runEnd(s.tokens, end + 2), to), initials++)
    // "Karen St. Germain": a name with another abbreviation in it is not read here.
    if (abbreviated(end)) return undefined
    let first = i
    for (let k = i; k <= end; k++) if (SPEAKER_TITLES.has(s.tokens[k]!.lower) || s.tokens[k]!.possessive) first = k + 1
    const words = s.tokens.slice(first, end + 1).filter((t) => t.text !== '.')
    const initial = (t: (typeof words)[number]) => /^\p{Lu}$/u.test(t.text)
    if (words.length - initials < 2 || words.length - initials > 3 || !words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) || initial(t)) || initial(words[0]!) || initial(words.at(-1)!)) return undefined
    return s.sentence.text.slice(words[0]!.start, words.at(-1)!.end)
  }
  return undefined
}
/** Titles and roles that stand before a name ("Administrator", "Director", "Professor"), in lower case. */
const SPEAKER_TITLES = new Set([...TITLE_WORDS, ...DATA.actors.roles.map((r: string) => r.toLowerCase()), ...DATA.actors.speakerTitles, ...ABBREVIATIONS.titles.map((t) => t.toLowerCase())])
