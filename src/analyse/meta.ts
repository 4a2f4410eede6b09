/**
 * Metadata printed in the body: a byline ("Jane Doe, Professor of X, Some University."), a dateline ("The
 * Conversation, 7 October 2026.") or the author's bio or disclosure ("Jane Doe does not work for …"). Such
 * sentences are marked and left out of the analysis; they give the publication date and the article's own
 * author and publisher, who are not actors (an author who tells the story as "I" is: src/analyse/actors/index.ts).
 */
import chrome from '../../data/ingest/chrome.json' with { type: 'json' }
import { contentLemmas, tagWords } from '../language/index.ts'
import { hasFiniteVerb } from '../language/grammar.ts'
import type { Context, SentenceContext } from './context.ts'
import { parseFullDate } from './events/explicit.ts'
import { DATA } from './data.ts'

const CALL_VERBS = new Set(chrome.callToActionVerbs)
const CALL_PLACES = new Set(chrome.callToActionPlaces)
const CALL_LEADS = chrome.callToActionLeads.map((l) => l.split(' '))
const CALL_PHRASES = chrome.callToActionPhrases.map((l) => l.split(' '))
const FIGURE_NOUNS = new Set(chrome.figureNouns)
const DESCRIBING_VERBS = new Set<string>(DATA.dates.selfDescriptionVerbs)

const RE_DATELINE = /^(?<publisher>[^,.]{2,60}),\s+(?<date>[^,]+(?:,\s*\d{4})?)\.?$/u
/**
 * A dateline of a body and its office before the date: "U.S. Department of State, Office of the Spokesperson, May
 * 19, 2022.", "The White House, Briefings & Statements, October 26, 2025." (each part a capitalised name).
 */
const RE_OFFICE_DATELINE = /^(?:\p{Lu}[^,]{1,60},\s+){1,3}(?<date>\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s*\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\.?$/u
const HEAD_SENTENCES = 3
/** A line that ends on the comma after whom it addresses. */
const RE_SALUTATION = /,\s*$/
/** The name a byline's part starts with, up to its first comma: "Jane Doe, Professor of X" → "Jane Doe". */
const RE_BYLINE_NAME = /^\s*([^,]+),/
const MAX_BYLINE_WORDS = 30
const MIN_CAPITALISED_SHARE = 0.6

export function markMeta(ctx: Context): void {
  const { meta } = ctx.article
  if (meta.author) ctx.self.push(meta.author)
  if (meta.publisher) ctx.self.push(meta.publisher)
  if (meta.date) ctx.published = parseFullDate(meta.date)
  const byline = meta.byline && meta.byline.length < 200 ? meta.byline : undefined
  // Co-authors a byline lists after the first ("Jane Doe, Professor, X; John Roe, Analyst, Y"): their bio lines are
  // metadata too, though only the first author is the article's own (and so no actor).
  const coauthors = meta.byline ? bylineNames(meta.byline).slice(1) : []
  for (const s of ctx.sentences) {
    const text = s.sentence.text
    if (byline && (text === byline || byline.includes(text))) s.meta = true
    if (meta.author && text.startsWith(`${meta.author} `) && s.index > 0) s.meta = true
    if (s.index >= HEAD_SENTENCES) continue
    const dateline = RE_DATELINE.exec(text)
    const date = dateline && parseFullDate(dateline.groups!.date!)
    const office = !date ? RE_OFFICE_DATELINE.exec(text) : null
    const officeDate = office && parseFullDate(office.groups!.date!)
    const delivered = !date && !officeDate ? deliveryDate(s) : undefined
    if (delivered) {
      // "The statement made by X, the Secretary of State, in the House of Commons on 29 June 2022.": the text's own date.
      s.meta = true
      ctx.published ??= delivered
    } else if (dateline && date) {
      s.meta = true
      ctx.published ??= date
      ctx.self.push(dateline.groups!.publisher!)
    } else if (officeDate) {
      // (The body is often one the article tells of, as the department whose secretary speaks: it stays an actor.)
      s.meta = true
      ctx.published ??= officeDate
    } else if (isByline(s.tokens) && !hasFiniteVerb(s.words)) {
      // ("Bonomade Machude Omar, Sidan ag Hitta, … are designated as …": names that are a clause's subject are no byline.)
      s.meta = true
      // "Mr President,", "Excellencies,": a salutation opening a speech addresses someone; it names no author (whose
      // name would make each sentence opening "Mr President, …" a bio line).
      if (RE_SALUTATION.test(text)) continue
      const [author, ...others] = bylineNames(text)
      if (author) ctx.self.push(author)
      coauthors.push(...others)
    }
  }
  for (const s of ctx.sentences) if (isCallToAction(s.tokens) || pointsToFigure(s) || tellsProcedure(s.sentence.text) || isDisclaimer(s.sentence.text) || RE_CITATION.test(s.sentence.text)) s.meta = true
  markNotes(ctx)
  // The author's bio and disclosure lines, wherever they are.
  const names = [...ctx.self, ...coauthors].filter((n) => n.split(/\s+/).length >= 2)
  for (const s of ctx.sentences)
    if (names.some((n) => s.sentence.text.startsWith(`${n} `) || s.sentence.text.startsWith(`${n},`))) s.meta = true
  markBioParagraphs(ctx)
  markTeasers(ctx)
}

/**
 * "The Federal Trade Commission works to promote competition …", "The FTC will never demand money, … tell you to
 * transfer money …": a press release's closing lines about the body that issues it — what it works for, what it
 * tells the reader — are boilerplate, not news. From the end, past the metadata and calls to action, each sentence
 * that opens on a body's name, then one of its mission's words (data/ingest/chrome.json missionPhrases) or an
 * address to the reader ("you"), is metadata, up to the first that is not. (Run once the actors are found.)
 */
export function markAboutLines(ctx: Context): void {
  for (let i = ctx.sentences.length - 1; i >= 0; i--) {
    const s = ctx.sentences[i]!
    if (s.meta) continue
    const opening = s.mentions.find((m) => m.first <= 1 && (m.first === 0 || s.tokens[0]!.lower === 'the'))
    const body = opening && BODY_TYPES.has(ctx.actors.get(opening.actor)?.type ?? '')
    if (!body) return
    const after = s.tokens.slice(opening.last + 1).map((t) => t.lower)
    const mission = MISSION_PHRASES.some((p) => p.every((w, k) => after[k] === w))
    const addressed = after.some((w) => w === 'you' || w === 'your')
    if (!mission && !addressed) return
    s.meta = true
  }
}
const BODY_TYPES = new Set(['organisation', 'company', 'media'])
const MISSION_PHRASES = chrome.missionPhrases.map((p) => p.split(' '))

/**
 * "The staff attorneys on this matter are …", "The public will have 30 days to submit comments …": a release's own
 * procedure (data/ingest/chrome.json procedurePatterns), in the sentence or after a colon that a list lead-in left
 * before it ("The order also: The staff attorneys …").
 */
function tellsProcedure(text: string): boolean {
  const lower = text.toLowerCase()
  const tail = lower.slice(lower.lastIndexOf(': ') + 1).trim()
  return PROCEDURE_PATTERNS.some((p) => p.test(lower) || p.test(tail))
}
const PROCEDURE_PATTERNS = chrome.procedurePatterns.map((p) => new RegExp(p, 'u'))

/**
 * "The information in this report is being provided “as is” for informational purposes only", "CISA does not
 * endorse any commercial entity …": the publisher's disclaimer (data/ingest/chrome.json disclaimerPatterns).
 */
function isDisclaimer(text: string): boolean {
  const lower = text.toLowerCase()
  return DISCLAIMER_PATTERNS.some((p) => p.test(lower))
}
const DISCLAIMER_PATTERNS = chrome.disclaimerPatterns.map((p) => new RegExp(p, 'u'))

/**
 * "N van Doremalen et al. Single dose ChAdOx1 nCoV-19 vaccination reduces …", "Matt Lin et al., “Cutting Edge …”":
 * an entry of a list of references, its authors' names and "et al." first, cites a paper; it states nothing.
 */
const RE_CITATION = /^(?:\p{Lu}[\p{L}'’.-]*\s+|(?:van|von|de|der|den|da|del|di|la|le|bin|al)\s+){1,6}et al\.?,?\s/u

/**
 * "… was 3-0. NOTE: The Commission issues an administrative complaint when it has “reason to believe” …": a note to
 * the reader or to editors (data/ingest/chrome.json noteOpeners), from its label to the end of its paragraph, is
 * metadata, not the story. (A note that is a paragraph of its own is dropped at ingest; a page that runs its
 * paragraphs together keeps it inside one.)
 */
function markNotes(ctx: Context): void {
  let paragraph: number | undefined
  for (const s of ctx.sentences) {
    if (paragraph !== undefined && s.sentence.paragraph === paragraph) s.meta = true
    else if (RE_NOTE_OPENER.test(s.sentence.text)) {
      s.meta = true
      paragraph = s.sentence.paragraph
    } else paragraph = undefined
  }
}
const RE_NOTE_OPENER = new RegExp(`^(?:${chrome.noteOpeners.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:\\s`, 'i')

/**
 * "Relations between Dhaka and Delhi are on the mend." "Celebrities have become outlets for …": a web page's teasers
 * for other stories, copied after the article as paragraphs of their own. Two or more one-sentence paragraphs at the
 * end, each sharing almost none of the article's subject (the headline's words and the words it repeats) and naming
 * none of the names it repeats, are metadata, not its conclusion.
 */
function markTeasers(ctx: Context): void {
  const live = ctx.sentences.filter((s) => !s.meta)
  // (A short text is all subject: a page with teasers has an article before them.)
  if (live.length < MIN_TEASER_ARTICLE) return
  // Only a page that ends with paragraphs of one sentence can end with teasers: the subject's words are counted then.
  const alone = (i: number) => live[i - 1]?.sentence.paragraph !== live[i]!.sentence.paragraph && live[i + 1]?.sentence.paragraph !== live[i]!.sentence.paragraph
  let tail = live.length
  while (tail > 0 && alone(tail - 1)) tail--
  if (live.length - tail < MIN_TEASERS) return
  const lemmas = new Map(live.map((s) => [s, contentLemmas(s.words)]))
  const counts = new Map<string, number>()
  for (const set of lemmas.values()) for (const l of set) counts.set(l, (counts.get(l) ?? 0) + 1)
  const topic = new Set([...contentLemmas(tagWords(ctx.article.meta.title)), ...[...counts].filter(([, n]) => n >= TOPIC_SENTENCES).map(([l]) => l)])
  // ("More than 1000 people have been arrested since the protests began, according to The Guardian", "On military
  // spending, Ishiba said …": a sentence that names who or what the article keeps naming is about its story.)
  const offTopic = (s: SentenceContext) => {
    const own = [...lemmas.get(s)!]
    const names = s.words.filter((w) => w.pos === 'PROPN').map((w) => w.lemma)
    return own.filter((l) => topic.has(l)).length <= own.length * TEASER_SHARE && !names.some((l) => topic.has(l))
  }
  const teasers: SentenceContext[] = []
  for (let i = live.length - 1; i >= tail && offTopic(live[i]!); i--) teasers.push(live[i]!)
  if (teasers.length >= MIN_TEASERS) for (const s of teasers) s.meta = true
}
/** A word the article uses in this many sentences is part of its subject. */
const TOPIC_SENTENCES = 3
/** A teaser shares at most this share of its words with the article's subject. */
const TEASER_SHARE = 0.3
const MIN_TEASERS = 2
/** Sentences a page has at least when it ends with teasers: a whole article before them. */
const MIN_TEASER_ARTICLE = 20

/**
 * A bio or disclosure at the article's end goes on after its first line ("Jane Doe is a co-author of the study.
 * The research was publicly funded (…). The authors declare no …"): each of the last paragraphs that opens with
 * metadata is metadata whole.
 */
function markBioParagraphs(ctx: Context): void {
  const { sentences } = ctx
  for (let end = sentences.length; end > 0; ) {
    const paragraph = sentences[end - 1]!.sentence.paragraph
    let start = end - 1
    while (start > 0 && sentences[start - 1]!.sentence.paragraph === paragraph) start--
    if (!sentences[start]!.meta) return
    for (let i = start; i < end; i++) sentences[i]!.meta = true
    end = start
  }
}

/**
 * "Table 1 compares the timeline of …", "Figure 2 shows where …", "The table below summarizes …": a sentence that opens
 * by naming a table or a figure of the document, by its number or its place, before a verb of describing, tells the reader where to look, not what happened.
 */
function pointsToFigure(s: SentenceContext): boolean {
  if (placedBelow(s)) return true
  // ("The table below summarizes …", "The following figure shows …": a table the text points at by its place.)
  let k = ['the', 'this', 'following'].includes(s.words[0]?.lower ?? '') ? 1 : 0
  if (s.words[k]?.lower === 'following') k++
  const noun = s.words[k]
  const mark = s.words[k + 1]
  const verb = s.words[k + 2]
  const placed = k > 0 && (mark?.lower === 'below' || mark?.lower === 'above')
  return !!noun && !!mark && !!verb && FIGURE_NOUNS.has(noun.lower) && (placed || (k === 0 && /^[\dA-Z][\d.]*$/.test(mark.text))) && DESCRIBING_VERBS.has(verb.lemma)
}

/** The most words of a sentence that only says where in the document something is: "Statistical results are reproduced below". */
const MAX_PLACING_WORDS = 10
/**
 * "Statistical results are reproduced below.", "The full text is available above.": a short sentence that ends by
 * saying, in the passive, that something stands below or above in the document tells the reader where to look.
 */
function placedBelow(s: SentenceContext): boolean {
  const words = s.words.filter((w) => w.pos !== 'PUNCT')
  const [be, said, place] = words.slice(-3)
  if (words.length > MAX_PLACING_WORDS || !place || !['below', 'above'].includes(place.lower)) return false
  return be?.lemma === 'be' && (said?.lower === 'available' || (said?.pos === 'VERB' && /(?:ed|en|wn)$/.test(said.lower)))
}

const DELIVERY_NOUNS = new Set<string>(DATA.dates.deliveryNouns)
const DELIVERY_PARTICIPLES = new Set<string>(DATA.dates.deliveryParticiples)
/** The date after the last "on" of a line: "… in the House of Commons on 29 June 2022." */
const RE_ON_DATE = /\bon\s+(?<date>(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?)\s+\d{4})\.?$/u
/**
 * The date of a line that heads a speech or a statement, telling when it was delivered ("The statement made by
 * Anne-Marie Trevelyan, the Secretary of State for International Trade, in the House of Commons on 29 June 2022."):
 * "The" or "This", a noun of what was said (data/dates.json deliveryNouns), a participle of delivering with who or
 * where after it, and a full date that ends it.
 */
function deliveryDate(s: SentenceContext): string | undefined {
  const opener = s.words[0]
  const n = s.words.findIndex((w, k) => k > 0 && w.pos !== 'ADJ')
  if (!opener || !['the', 'this'].includes(opener.lower) || n < 0 || !DELIVERY_NOUNS.has(s.words[n]!.lower)) return undefined
  const at = n + 1
  const next = s.words[at]
  // (Then who or where: "made by X", "delivered at Y"; not "The statement made clear that …".)
  if (!next || !DELIVERY_PARTICIPLES.has(next.lower) || !['by', 'at', 'in', 'to', 'on', 'before'].includes(s.words[at + 1]?.lower ?? '')) return undefined
  const date = RE_ON_DATE.exec(s.sentence.text)?.groups?.date
  return date ? parseFullDate(date) : undefined
}

/** The names a byline lists, each up to its first comma: "Jane Doe, Professor, X; John Roe, Analyst, Y" → both. */
function bylineNames(byline: string): string[] {
  return byline.split(';').flatMap((part) => RE_BYLINE_NAME.exec(part)?.[1] ?? [])
}

function isByline(tokens: Context['sentences'][number]['tokens']): boolean {
  const words = tokens.filter((t) => !t.punct)
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS || !tokens.some((t) => t.text === ',')) return false
  const capitalised = words.filter((t) => t.cap).length
  return capitalised / words.length >= MIN_CAPITALISED_SHARE
}

/** A web address written in the text: "consumer.ftc.gov", "www.example.org/help". */
const RE_WEB_ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)+(?:gov|com|org|net|edu|int|mil|info|io|uk|eu|au|ca)(?:\/\S*)?$/i

/**
 * "Visit our Enterprise page to learn more", "If you're interested in joining, visit our careers page", "Learn
 * more about X here": the reader is told to go somewhere (an imperative at the start of the sentence or of its
 * main clause, after a leading phrase's comma, perhaps after "please" or "we encourage you to"). Navigation, not a
 * claim.
 */
function isCallToAction(tokens: Context['sentences'][number]['tokens']): boolean {
  // "(For more information, see …)": an opening bracket is no word.
  const first = tokens.findIndex((t) => !/^[(\[]$/.test(t.text))
  const starts = [first, ...tokens.flatMap((t, i) => (t.text === ',' ? [i + 1] : []))]
  // Where the last place word is: a place after the verb is one before it (one pass, however many commas).
  // ("… at consumer.ftc.gov": a web address is a place to go too.)
  const lastPlace = tokens.findLastIndex((t) => CALL_PLACES.has(t.lower) || RE_WEB_ADDRESS.test(t.text))
  // "For more information, see CRS Report R48875": a pointer to further reading, whatever it names.
  const forMore = tokens[first]?.lower === 'for'
  return starts.some((start) => {
    const i = start + leadLength(tokens, start)
    if (CALL_PHRASES.some((words) => words.every((w, k) => tokens[i + k]?.lower === w))) return true
    if (!CALL_VERBS.has(tokens[i]?.lower ?? '')) return false
    // "please apply" asks the reader whatever follows; "see our website" names where to go.
    return tokens[start]?.lower === 'please' || lastPlace > i || (forMore && start > first && tokens[i]!.lower === 'see')
  })
}

/** "Please", "we encourage you to": words before the imperative that leave it an imperative. */
function leadLength(tokens: Context['sentences'][number]['tokens'], i: number): number {
  const lead = CALL_LEADS.find((words) => words.every((w, k) => tokens[i + k]?.lower === w))
  return lead?.length ?? 0
}

