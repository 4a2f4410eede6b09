/**
 * Parse-and-trim (after Hedge Trimmer, Dorr, Zajic & Schwartz 2003): a sentence becomes a slide point by
 * dropping what its claim does not need, and a headline by dropping more; nothing is added, nothing is cut
 * inside a phrase, and what stays keeps its order, so every point and title is a compression of its sentence.
 *
 * What may go, from the tagged words (src/language) and the lists in data/draft/trim.json:
 *   always    leading connectives and attributions or circumstances up to a comma ("However,", "According to
 *             Chinese analysts,", "In the wake of the test,"), when a whole clause follows; ", however,";
 *             appositives that describe someone named (", head of ANU's college,"); a link's language tag ("[es]")
 *   if long   a year that opens the sentence ("In 2018,"), parentheses, non-restrictive relative clauses (", which
 *             …"), trailing circumstance (", despite …", ", following …")
 *   headline  time phrases, the part after the main clause, colouring modifiers, trailing prepositional phrases
 * What never goes: a condition or exception ("If …,", "unless"), a contrast ("but …"), a negation or degree word
 * ("not", "less"), anything inside a quotation.
 *
 * trimSentence('However, in the wake of the test, China seems less optimistic about talks.')
 *   → { point: 'China seems less optimistic about talks', title: 'China seems less optimistic about talks' }
 */
import trimData from '../../data/draft/trim.json' with { type: 'json' }
import { backReference, hasFiniteVerb, isFiniteVerb, participleForm } from '../language/grammar.ts'
import { KIND_NOUNS, NOUN_PHRASE_POS, POINTING_PRONOUNS, RELATIVE_PRONOUNS, VERB_NEGATORS } from '../language/data.ts'
import { type Word } from '../language/tagger.ts'
import { atBoundaries, count, type Cut, defersObject, drop, isComma, isWord, keptWordIndices, keptWords, type Parse, parseSentence, render } from './trim/parse.ts'
import { CLAUSE_CONNECTIVES, hasMainClause, mainVerb, SUBORDINATORS, WH_SUBJECTS } from './trim/clauses.ts'
import { addressCuts, appositiveCuts, asRequiredCuts, authorityCuts, dashAsideCuts, deicticCuts, subjectAsideCuts, subjectExampleCuts, languageTagCuts, leadCuts, midConnectiveCuts, parenCuts, pointerCuts, relativeCuts, reportingTailCut, timeCuts, trailingCuts } from './trim/cuts.ts'
import { dropLooseAdverb, dropLooseEnd, endsBeforeQuotation, endsBeforeWhatWasSaid, endsLoose, SAYING_LEMMAS } from './trim/ends.ts'
import { afterMainClause, trailingCommaPhrase, trailingPrepositionalPhrase, trailingReducedRelative } from './trim/phrases.ts'
import { headline } from './trim/headline.ts'

/** The cut opens on a comma and a participle of saying before "that": ", alleging that …", ", arguing that …". */
function reportsContent(parse: Parse, c: Cut): boolean {
  const verb = parse.words[c.from + 1]
  if (isComma(parse, c.from) && verb?.pos === 'VERB' && verb.lower.endsWith('ing') && SAYING_LEMMAS.has(verb.lemma) && parse.words[c.from + 2]?.lower === 'that') return true
  // "President Biden will travel to Chandler, Arizona[, to visit Intel’s campus and announce that the Department …
  // has reached an agreement …]": a purpose whose verb of saying has a "that" clause is what the journey is for.
  const from = isComma(parse, c.from) ? c.from + 1 : c.from
  if (parse.words[from]?.lower !== 'to' || parse.words[from + 1]?.pos !== 'VERB') return false
  for (let k = from + 1; k < c.to; k++) if (parse.words[k]!.pos === 'VERB' && SAYING_LEMMAS.has(parse.words[k]!.lemma) && parse.words[k + 1]?.lower === 'that') return true
  return false
}

/**
 * The cut takes the "that" clause a verb of saying or holding before it says, past a connective already dropped:
 * "Courts have held[, for example,] that ADA defendants need not …" would end on "held".
 */
function takesWhatIsSaid(parse: Parse, c: Cut, kept: Set<number>): boolean {
  const first = parse.words.findIndex((w, i) => i >= c.from && i <= c.to && kept.has(i) && isWord(w))
  const before = [...kept].filter((i) => i < c.from && isWord(parse.words[i]!)).sort((a, b) => a - b).at(-1)
  const verb = before === undefined ? undefined : parse.words[before]
  return first >= 0 && parse.words[first]!.lower === 'that' && verb?.pos === 'VERB' && SAYING_LEMMAS.has(verb.lemma)
}

/**
 * The words of the clause a verb of saying takes with "that" ("… and announce that X"), when that clause is a claim
 * of a point's length by itself; else undefined.
 */
function saidClause(parse: Parse, kept: Set<number>): Set<number> | undefined {
  const that = [...kept].sort((a, b) => a - b).find((i) => parse.words[i]!.lower === 'that' && !parse.quoted[i] && !parse.aside[i] && parse.words[i - 1]?.pos === 'VERB' && SAYING_LEMMAS.has(parse.words[i - 1]!.lemma))
  if (that === undefined) return undefined
  // Only what an act is for ("travel … to visit X and announce that …", "met to announce that …"): a claim someone
  // states in the main clause keeps who states it.
  if (!inPurpose(parse, kept, that - 1)) return undefined
  const trial = new Set(kept)
  drop(trial, { from: 0, to: that })
  const n = count(parse, trial)
  return n >= POINT_WORDS / 3 && n <= MAX_POINT_WORDS && hasFiniteVerb(keptWords(parse, trial)) ? trial : undefined
}

/**
 * Whether the verb at `verb` is the infinitive of a purpose or joined by "and" to one, with no comma between:
 * "to announce", "to visit Intel’s campus and announce".
 */
function inPurpose(parse: Parse, kept: Set<number>, verb: number): boolean {
  for (let k = verb - 1; k >= 0; k--) {
    const w = parse.words[k]!
    if (!kept.has(k) || w.text === ',' || w.text === ';') return false
    if (w.lower === 'to' && parse.words[k + 1]?.pos === 'VERB') return true
    // (Another verb between, unless "and" joins it: "to visit … and announce".)
    if (w.pos === 'VERB' && parse.words[k - 1]?.lower !== 'to' && parse.words[k - 1]?.lower !== 'and') return false
  }
  return false
}

/** A point should read at a glance: about 25 words. */
export const POINT_WORDS = 25
/** A point this long loses its trailing prepositional phrases. */
const LONG_POINT_WORDS = 30
/** A sentence still this long once trimmed stays whole; longer ones are not used as points. */
export const MAX_POINT_WORDS = 36
/**
 * The article's first sentence of prose, its lede, may stay this long: a release's lede states its news whole ("Lloyds
 * … has agreed to forfeit $350 million …", "the Federal Trade Commission took action … by resolving …"), and a
 * briefing keeps it rather than lose the thesis.
 */
export const MAX_LEDE_WORDS = 45
/** A headline: at most ten words. */
export const TITLE_WORDS = 10

export interface Trimmed {
  /** The point: the sentence without what its claim does not need. */
  point: string
  pointWords: number
  /** The point's words, tagged (offsets into the sentence). */
  words: Word[]
  /** A headline of at most TITLE_WORDS words with a finite verb, when the sentence yields one. */
  title?: string
  /**
   * The headline of at most `maxWords` words (TITLE_WORDS unless given), trimmed from the same parse as the point;
   * worked out when first asked for, once per length.
   */
  headline: (maxWords?: number) => string | undefined
}

export function trimSentence(sentence: string, tagged?: Word[], options: { title?: boolean; titleWords?: number; maxWords?: number } = {}): Trimmed | undefined {
  const parse = parseSentence(sentence, tagged)
  if (parse.words.filter(isWord).length === 0) return undefined
  const kept = new Set(parse.words.map((_, i) => i))
  for (const i of parse.unpaired) kept.delete(i)
  // "The greater the number of X, the higher the risk of Y": its two halves are one claim; a cut would keep half.
  if (isCorrelative(parse.words)) {
    if (count(parse, kept) > MAX_POINT_WORDS) return undefined
    return { point: render(parse, kept), pointWords: count(parse, kept), words: keptWords(parse, kept), headline: () => undefined }
  }
  const lead = leadCuts(parse)
  // "Although FNS requires states to restrict this practice, most states do not": a clause that leaves out its verb
  // phrase ends on its auxiliary, and the lead holds what it leaves out: the lead stays.
  const withoutLead = new Set(kept)
  for (const c of lead.cuts) drop(withoutLead, c)
  if (!elidesVerbPhrase(keptWords(parse, withoutLead))) for (const c of lead.cuts) drop(kept, c)
  // Connectives inside the sentence, appositives that describe someone the sentence names, pointers to a figure or
  // a table and "today" always go.
  // (Not an appositive to a noun the lead took: "According to the Red Crescent, 261 people, including …, died".)
  const appositives = appositiveCuts(parse).filter((c) => !lead.cuts.some((l) => c.from >= l.from && c.from <= l.to))
  const addresses = addressCuts(parse)
  // (A language's tag is a bracket of its own, even glued to the word before it: 'the “Law of Universities”[es]'.)
  const always = [...[...midConnectiveCuts(parse), ...addresses, ...appositives, ...pointerCuts(parse), ...deicticCuts(parse)].filter((c) => atBoundaries(parse, c)), ...languageTagCuts(parse)]
  for (const c of always) drop(kept, c)
  if (process.env.DEBUG_TRIM) for (const c of [...lead.cuts, ...always]) console.error(`  cut ${c.from}-${c.to}: ${parse.words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')}`)
  // Optional parts, the least needed first, while the point is long.
  // (An aside between em dashes sets its own bounds: a noun before it, the clause's verb after it.)
  // (A point may lose the provision by whose right something is done; a headline keeps it over what follows it,
  // which it would cut short: "opened two inquiries under Section 12 …", not "… into excess capacity and the ban".)
  const authority = authorityCuts(parse).filter((c) => atBoundaries(parse, c))
  const parens = parenCuts(parse).filter((c) => atBoundaries(parse, c))
  const lostAuthority: Cut[] = []
  // (Who reported the claim, closing the sentence, is the least needed part after brackets: "…, the Department
  // announced today.")
  const reporting = [reportingTailCut(parse)].filter((c): c is Cut => !!c && atBoundaries(parse, c))
  const optional = [...parens, ...reporting, ...dashAsideCuts(parse), ...[...asRequiredCuts(parse), ...relativeCuts(parse), ...trailingCuts(parse, addresses).reverse()].filter((c) => atBoundaries(parse, c))]
  if (process.env.DEBUG_TRIM) for (const c of optional) console.error(`  optional ${c.from}-${c.to}: ${parse.words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')}`)
  // (A date that opens the sentence goes first: "In 2018, the congress approved …" keeps it while it fits.)
  if (lead.dated && count(parse, kept) > POINT_WORDS) drop(kept, lead.dated)
  for (const c of [...parens, ...authority, ...optional.slice(parens.length)]) {
    if (count(parse, kept) <= POINT_WORDS) break
    // "sued Uber, alleging that Uber violated the ADA …": what a report in "-ing" says is the point's content (a
    // headline may still stop before it).
    if (reportsContent(parse, c) || takesWhatIsSaid(parse, c, kept)) continue
    const trial = new Set(kept)
    drop(trial, c)
    // "…, to help power the rocket on future missions, beginning with Artemis V": a part that opens at the comma
    // closing this one hangs on it, and goes with it.
    const hanging = optional.filter((d) => d !== c && d.from === c.to && parse.words[c.to]!.text === ',' && participleAt(parse, d.from + 1))
    for (const d of hanging) drop(trial, d)
    if (!hasFiniteVerb(keptWords(parse, trial)) || endsLoose(keptWords(parse, trial))) continue
    for (const x of [c, ...hanging]) drop(kept, x)
    if (authority.includes(c)) lostAuthority.push(c)
  }
  // Still long: time phrases, then trailing prepositional phrases after the verb's complement.
  for (const c of timeCuts(parse)) {
    if (count(parse, kept) <= POINT_WORDS) break
    const trial = new Set(kept)
    drop(trial, c)
    // (Not the complement a verb or a preposition needs: "was [in 2006 when …]", "levels not seen since [before 2018]".)
    if (atBoundaries(parse, c) && hasFiniteVerb(keptWords(parse, trial)) && !endsLoose(keptWords(parse, trial))) drop(kept, c)
  }
  // "directed X to A; bar B; and describe C": what follows a semicolon is a claim of its own; a long point keeps
  // the first, whole, rather than lose the ends of phrases.
  if (count(parse, kept) > LONG_POINT_WORDS) {
    const main = mainVerb(parse, kept)
    const semicolon = [...kept].sort((a, b) => a - b).find((i) => main !== undefined && i > main && parse.words[i]!.text === ';' && !parse.quoted[i] && !parse.aside[i])
    const trial = new Set(kept)
    if (semicolon !== undefined) drop(trial, { from: semicolon, to: parse.words.length - 1 })
    if (semicolon !== undefined && count(parse, trial) >= POINT_WORDS / 3 && hasFiniteVerb(keptWords(parse, trial))) drop(kept, { from: semicolon, to: parse.words.length - 1 })
  }
  const beforePhrases = new Set(kept)
  while (count(parse, kept) > LONG_POINT_WORDS) {
    const pp = trailingPrepositionalPhrase(parse, kept, { point: true })
    if (!pp || !atBoundaries(parse, pp) || leavesLoose(parse, kept, pp)) break
    drop(kept, pp)
  }
  // Too long to read at a glance even so, and what is announced or said is a clause of its own: that clause, whole
  // ("… will travel to Chandler, Arizona, to visit Intel’s campus and announce that the Department of Commerce has
  // reached an agreement with Intel …" → "The Department of Commerce has reached an agreement with Intel …").
  if (count(parse, kept) > MAX_POINT_WORDS) {
    const said = saidClause(parse, beforePhrases)
    if (said) {
      kept.clear()
      for (const i of said) kept.add(i)
    }
  }
  // Too long to read at a glance even so: a leading purpose goes, which a point keeps while it fits ("To ensure fuel
  // continues to flow to impacted communities as quickly as possible, the FMCSA issued …"); its verbs would pass for
  // the main clause's.
  for (const c of lead.titleOnly) {
    if (count(parse, kept) <= MAX_POINT_WORDS) break
    if (parse.words[c.from]!.lower !== 'to') continue
    const trial = new Set(kept)
    drop(trial, c)
    // (Not when the clause's subject stands for what the purpose names: "To get an idea of the scale of Belo Monte,
    // if built it will become …".)
    const rest = keptWords(parse, trial)
    const verb = rest.findIndex((_, k) => isFiniteVerb(rest, k))
    if (verb > 0 && !backReference(rest) && !rest.slice(0, verb + 1).some((w) => POINTING_PRONOUNS.has(w.lower))) drop(kept, c)
  }
  // Too long to read at a glance even so: the main clause alone ("X brokered A, secured B, …" → "X brokered A").
  if (count(parse, kept) > MAX_POINT_WORDS) {
    const end = afterMainClause(parse, kept, { verbPhrases: true })
    const trial = new Set(kept)
    if (end) drop(trial, end)
    if (end && atBoundaries(parse, end) && count(parse, trial) >= POINT_WORDS / 3 && hasFiniteVerb(keptWords(parse, trial))) drop(kept, end)
    while (count(parse, kept) > LONG_POINT_WORDS) {
      const pp = trailingPrepositionalPhrase(parse, kept, { point: true })
      if (!pp || !atBoundaries(parse, pp) || leavesLoose(parse, kept, pp)) break
      drop(kept, pp)
    }
  }
  // Still too long to read: rather than leave the claim out, lose what only adds to it, a phrase set off by a
  // comma at the end with no verb of its own ("…, devoid of almost any other species").
  if (count(parse, kept) > MAX_POINT_WORDS) {
    const tryCut = (c: Cut | undefined) => {
      if (!c || !atBoundaries(parse, c)) return false
      const trial = new Set(kept)
      drop(trial, c)
      const words = keptWords(parse, trial)
      if (count(parse, trial) < POINT_WORDS / 3 || !hasFiniteVerb(words) || endsLoose(words)) return false
      drop(kept, c)
      return true
    }
    tryCut(trailingCommaPhrase(parse, kept)) || tryCut(trailingReducedRelative(parse, kept))
  }
  dropLooseAdverb(parse, kept)
  dropLooseEnd(parse, kept)
  // "…, issued Joint Trade Statements with Thailand and Vietnam, elevated relations[ with Malaysia, and deepened …]":
  // a member of a series cut inside goes whole, from its comma; the members before it stay.
  if (seriesCut(parse, kept)) {
    const cut = { from: memberStarts(parse, kept).at(-1)! - 1, to: keptWordIndices(parse, kept).at(-1)! }
    const trial = new Set(kept)
    drop(trial, cut)
    if (hasFiniteVerb(keptWords(parse, trial))) drop(kept, cut)
  }
  const pointWords = count(parse, kept)
  const final = keptWords(parse, kept)
  if (process.env.DEBUG_TRIM) console.error(`  point? ${pointWords}: ${render(parse, kept)}`)
  // "…, Mark Pearce said: “…”": a quotation too long to keep leaves the speaker saying nothing; no point.
  // Its verb is outside brackets ("Protecting the force to achieve superiority (the condition under which forces can
  // operate …)" states nothing), where it is read after its subject ("Juice (Jupiter Icy Moons Explorer) launched");
  // a sentence all in brackets, an aside of the writer's, is read as it is.
  const outside = [...kept].sort((a, b) => a - b).filter((i) => !parse.aside[i]).map((i) => parse.words[i]!)
  const claims = outside.some(isWord) ? hasFiniteVerb(outside) : hasFiniteVerb(final)
  // "Suggesting that Google acted in support of Posada, Mariacelys tweeted:", "Kubacki continues [PL]:": a sentence
  // that hands over to what follows it, whose point would be its speaker and verb alone, says nothing itself.
  if (announcesOnly(parse, kept)) return undefined
  if (onlyDescribesSubject(parse, kept)) return undefined
  if (pointWords > (options.maxWords ?? MAX_POINT_WORDS) || !claims || onlyRelative(final) || endsBeforeWhatWasSaid(parse, kept) || endsBeforeQuotation(parse, kept) || endsUnfinished(final, () => render(parse, kept)) || cutAfterPreposition(parse, kept) || sharedObjectCut(parse, kept) || seriesCut(parse, kept)) return undefined
  // "What changes Congress might implement …", "Whether to request …", "So if the defeat is confirmed in the
  // runoff": one subordinate clause (after a connective, maybe), no claim. ("What matters most is that …" is a
  // claim: a clause opened by a wh-word can be the subject of "is".)
  // ("Maybe only because FSB-ers are at odds with the Internet": after adverbs too.)
  const opener = final.find((w) => isWord(w) && !(w.pos === 'CCONJ' || (w.pos === 'ADV' && !SUBORDINATORS.has(w.lower) && !WH_SUBJECTS.has(w.lower)) || CLAUSE_CONNECTIVES.has(w.lower)))
  const copula = WH_SUBJECTS.has(opener?.lower ?? '') && final.slice(2).some((w) => ['is', 'are', 'was', 'were'].includes(w.lower))
  // ("If this is their club – …– then supporters have …": "then" opens the main clause; a comma may too, not one
  // before "and", which joins another clause to the subordinate one: "Simply because Skype is closed, and no one …".)
  // (A comma with no word after it ends a quotation's words, '"Whenever there are signs of sending a palm branch,"
  // wrote …': no main clause follows it.)
  const lastWord = final.findLastIndex(isWord)
  const mainAfter = final.some((w, k) => ((w.text === ',' || w.text === ';') && final[k + 1]?.pos !== 'CCONJ' && k < lastWord) || w.lower === 'then')
  if (SUBORDINATORS.has(opener?.lower ?? '') && !mainAfter && !copula && !hasMainClause(final)) return undefined
  const demonstrative = namingDemonstrative(parse, kept)
  if (demonstrative !== undefined) kept.delete(demonstrative)
  const point = render(parse, kept)
  // (Examples after the subject go from a headline only: a point keeps what the article names.)
  const titleCuts = [...lead.titleOnly, ...(lead.dated ? [lead.dated] : []), ...optional, ...[...subjectExampleCuts(parse), ...subjectAsideCuts(parse)].filter((c) => atBoundaries(parse, c))]
  const headlines = new Map<number, string | undefined>()
  // A headline starts from the point with its provision back: it keeps that over what follows, which it would cut short.
  const titleKept = new Set(kept)
  for (const c of lostAuthority) for (let i = c.from; i <= c.to; i++) titleKept.add(i)
  const headlineUpTo = (maxWords = TITLE_WORDS) => {
    if (!headlines.has(maxWords)) headlines.set(maxWords, headline(parse, titleKept, titleCuts, maxWords))
    return headlines.get(maxWords)
  }
  const title = options.title === false ? undefined : headlineUpTo(options.titleWords ?? TITLE_WORDS)
  return { point, pointWords, words: keptWords(parse, kept), headline: headlineUpTo, ...(title ? { title } : {}) }
}


/**
 * "PRC agencies, led by the Ministry of Commerce[, for the first time placed controls …]": the point's only verb is
 * a participle set off after the subject, and the clause's own verb came after what was cut: a subject with its
 * description, no claim.
 */
function onlyDescribesSubject(parse: Parse, kept: Set<number>): boolean {
  const { words } = parse
  const order = keptWordIndices(parse, kept)
  const verbs = order.filter((i) => ['VERB', 'AUX'].includes(words[i]!.pos) && isFiniteVerb(words, i))
  const k = verbs[0]
  if (k === undefined) return false
  // (A participle with its preposition, "led by", "based in"; not "…, M.D., agreed to resolve", a verb of its own.)
  const participle = /(?:ed|en|wn)$/.test(words[k]!.lower) && words[k + 1]?.pos === 'ADP' && words[k + 1]!.lower !== 'to'
  if (verbs.length > 1 || !participle || !isComma(parse, k - 1) || !['NOUN', 'PROPN'].includes(words[k - 2]?.pos ?? '')) return false
  // (Right after the subject, a noun phrase and its "of" phrases: "President Kennedy, before a Joint Session of
  // Congress, committed …" has its verb after an aside.)
  if (!order.filter((i) => i < k - 1).every((i) => NOUN_PHRASE_POS.has(words[i]!.pos) || words[i]!.lower === 'of')) return false
  const last = order.at(-1)!
  return words.some((w, i) => i > last && !kept.has(i) && ['VERB', 'AUX'].includes(w.pos) && isFiniteVerb(words, i))
}

/**
 * "It was further noted that the", "… reducing terrorism and targeted violence by": a sentence whose end the source
 * lost (a list after its colon, cut away by the page) stops on an article, on "by" or on a subordinator; it makes
 * no point.
 */
function endsUnfinished(words: Word[], text: () => string): boolean {
  const last = words.filter(isWord).at(-1)
  // (Not "(a)" closing a citation: "30 U.S.C. §1417(a)"; the point is rendered only to ask that.)
  return !!last && UNFINISHED_ENDS.has(last.lower) && !/\)$/.test(text())
}
/** Marks that end a clause or a sentence (a comma does not: a list may go on after it). */
const CLAUSE_END_MARKS = new Set([';', ':', '—', '–', '.', '!', '?'])

/**
 * "… whether bot accounts should like, share, comment on[, or ignore specific posts …]": a cut that leaves the point
 * ending on a preposition whose object the sentence still had leaves it unfinished. (A sentence of its own may end
 * on one: "where they came from.")
 */
function cutAfterPreposition(parse: Parse, kept: Set<number>): boolean {
  const last = keptWordIndices(parse, kept).at(-1)
  if (last === undefined || parse.words[last]!.pos !== 'ADP') return false
  // (Not a particle before a clause break: "… wasn't too well thought out; when you …".)
  const next = parse.words[last + 1]
  if (!next || CLAUSE_END_MARKS.has(next.text)) return false
  return parse.words.slice(last + 1).some((w, k) => isWord(w) && !kept.has(last + 1 + k))
}

/**
 * "… responsible for, or complicit[ in, undermining …]": a preposition before a comma shares the object said at the
 * end; when the end is cut, it has none.
 */
function sharedObjectCut(parse: Parse, kept: Set<number>): boolean {
  const order = keptWordIndices(parse, kept)
  const last = order.at(-1)
  if (last === undefined || !parse.words.slice(last + 1).some((w, k) => isWord(w) && !kept.has(last + 1 + k))) return false
  if (verbDefersObject(parse, last)) return true
  // (Not a particle, "where it can't easily flow through, driving …", nor "whether, and under what …".)
  return order.some((i) => defersObject(parse, i) && !SUBORDINATORS.has(parse.words[i]!.lower) && isComma(parse, i + 1) && kept.has(i + 1) && !parse.quoted[i])
}

/** How many words a verb set off by commas after another may run to: ", or caused to be submitted,". */
const MAX_DEFERRING_VERB_WORDS = 6

/**
 * "Dr. Raia submitted[, or caused to be submitted, thousands of claims …]": a verb before a comma, with a second verb
 * joined to it and set off by commas, shares the object said after both; a point that stops on it has lost it.
 * (Not a verb phrase of its own after the comma: "…, as charged, and also imposes a penalty".)
 */
function verbDefersObject(parse: Parse, last: number): boolean {
  const { words } = parse
  if (words[last]!.pos !== 'VERB' || !isComma(parse, last + 1) || words[last + 2]?.pos !== 'CCONJ' || !['VERB', 'AUX'].includes(words[last + 3]?.pos ?? '')) return false
  const close = words.findIndex((w, k) => k > last + 3 && k <= last + 3 + MAX_DEFERRING_VERB_WORDS && isComma(parse, k))
  if (close < 0) return false
  const second = words.slice(last + 3, close)
  return second.every((w) => ['VERB', 'AUX', 'PART', 'ADV'].includes(w.pos) || w.lower === 'to') && ['DET', 'NUM', 'NOUN', 'ADJ', 'PROPN'].includes(words[close + 1]?.pos ?? '')
}

/** Where the point keeps a member of a series of verb phrases: a verb right after a kept comma. */
function memberStarts(parse: Parse, kept: Set<number>): number[] {
  return keptWordIndices(parse, kept).filter((i, k) => k > 0 && parse.words[i]!.pos === 'VERB' && isComma(parse, i - 1) && kept.has(i - 1))
}

/** How far after a point's end the last member of a series it cut may start, in words. */
const SERIES_TAIL_REACH = 12

/**
 * "… to continue developing the LTV, deliver it[ to the surface of the Moon, and validate its performance]": a
 * point that ends inside a member of a series of verb phrases, one after its comma kept and the last one, after
 * ", and", cut.
 */
function seriesCut(parse: Parse, kept: Set<number>): boolean {
  const order = keptWordIndices(parse, kept)
  const last = order.at(-1)
  if (last === undefined) return false
  const { words } = parse
  // (Ending where a member ends, at its comma, is the series' first members: "X will land A, make B[, and …]".)
  if (memberStarts(parse, kept).length === 0 || words[last + 1]?.pos === 'PUNCT') return false
  const rest = words.slice(last + 1, last + 1 + SERIES_TAIL_REACH)
  return rest.some((w, k) => isComma(parse, last + 1 + k) && ['and', 'or'].includes(rest[k + 1]?.lower ?? '') && rest[k + 2]?.pos === 'VERB' && !kept.has(last + 1 + k))
}

/**
 * Words that never end a sentence: an article waits for its noun, "by" for its agent or means, a subordinator for
 * its clause ("The small number of reviews for Apple and Netflix are because[: …]").
 */
const UNFINISHED_ENDS = new Set(['the', 'a', 'an', 'by', 'because', 'whereas', 'although', 'unless', 'whether'])

/** Dropping `c` would leave the point ending loose ("… what it refers to[ as long-range fires …]"). */
function leavesLoose(parse: Parse, kept: Set<number>, c: Cut): boolean {
  const trial = new Set(kept)
  drop(trial, c)
  return endsLoose(keptWords(parse, trial))
}

/** "The more X, the more Y", "The greater the number of …, the higher …": a comparative correlative. */
function isCorrelative(words: Word[]): boolean {
  const comparative = (w: Word | undefined) => !!w && (COMPARATIVES.has(w.lower) || (w.pos === 'ADJ' && /er$/.test(w.lower) && w.lemma !== w.lower))
  return words[0]?.lower === 'the' && comparative(words[1]) && words.some((w, k) => k > 2 && w.lower === 'the' && words[k - 1]?.text === ',' && comparative(words[k + 1]))
}
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'greater', 'higher', 'lower', 'larger', 'smaller', 'better', 'worse', 'longer', 'shorter', 'earlier', 'later', 'faster', 'slower', 'bigger'])

/**
 * "This nostalgia for protests of the past is serving the far left": a demonstrative before a noun that its own
 * phrase describes ("for protests of the past") can go, as headlines drop articles: what is left names the thing
 * ("Nostalgia for protests of the past …"). "This move deepens …" says too little without it and stays (a
 * reference back: the point is not used alone).
 */
function namingDemonstrative(parse: Parse, kept: Set<number>): number | undefined {
  const order = [...kept].sort((a, b) => a - b).filter((i) => isWord(parse.words[i]!))
  const words = order.map((i) => parse.words[i]!)
  const reference = backReference(words)
  // Someone's words are shown as they said them.
  if (!reference || words[0]!.pos !== 'DET' || reference.split(' ').length !== 2 || parse.quoted[order[0]!]) return undefined
  let k = 1
  while (words[k] && ['ADJ', 'NOUN', 'PROPN'].includes(words[k]!.pos)) k++
  const head = words[k - 1]
  if (k < 2 || !head || !['NOUN', 'PROPN'].includes(head.pos) || words[k]?.pos !== 'ADP' || !NAMING_PREPOSITIONS.has(words[k]!.lower)) return undefined
  // "This kind of ebb and flow": a noun of kind names no thing; the demonstrative points back through it.
  if (k === 2 && KIND_NOUNS.has(head.lower)) return undefined
  return order[0]
}

/** Prepositions that open a phrase describing the noun before them. */
const NAMING_PREPOSITIONS = new Set(['of', 'for', 'over', 'about', 'against', 'between', 'with', 'toward', 'towards', 'on'])

/**
 * "Vice President Lyndon B. Johnson, who played a key role in establishing NASA": a name and the relative clause on
 * it, the main clause's verb lost, say nothing of it.
 */
function onlyRelative(words: Word[]): boolean {
  const comma = words.findIndex((w, k) => w.text === ',' && RELATIVE_PRONOUNS.has(words[k + 1]?.lower ?? ''))
  // (The words before it are a noun phrase: "Australia partners with …, which …" has a verb the tagger read as a noun.)
  if (comma <= 0 || !words.slice(0, comma).every((w) => NOUN_PHRASE_POS.has(w.pos) || w.lower === 'of')) return false
  // (Nor does a clause the main verb goes on after: "The Act of 2022, which required …, offers …", the verb read as a
  // noun.)
  const afterComma = (k: number) => words[k - 1]!.text === ',' || (/^["”’]$/.test(words[k - 1]!.text) && words[k - 2]?.text === ',')
  const resumes = words.some((w, k) => k > comma + 1 && afterComma(k) && (w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === 'NOUN' && /^\p{Ll}+s$/u.test(w.text))))
  return !resumes && !hasMainClause(words)
}

/** The headline of a sentence alone (what `trimSentence` gives as `title`), for a point chosen without one. */
export function headlineOf(sentence: string, tagged?: Word[], maxWords = TITLE_WORDS): string | undefined {
  return trimSentence(sentence, tagged, { title: false })?.headline(maxWords)
}

/** A longer headline, for a slide none of whose points makes one of TITLE_WORDS: still its main clause, with a verb. */
export const LONG_TITLE_WORDS = 14
/** The last resort before a section's heading: a headline this long, for a slide none of whose points has a shorter one. */
export const LAST_TITLE_WORDS = 18

/** A participle opens the words at `i` ("beginning with Artemis V", "led by …"). */
function participleAt(parse: Parse, i: number): boolean {
  const w = parse.words[i]
  return w?.pos === 'VERB' && (w.lower.endsWith('ing') || participleForm(w))
}

/**
 * The clause ends on a negated auxiliary, its verb phrase left out: "most states do not", "elite opinion did not".
 * (Not a bare auxiliary, which ends an embedded question as often: "how effective it will be", "what it does".)
 */
function elidesVerbPhrase(words: Word[]): boolean {
  const content = words.filter(isWord)
  return content.length > 2 && VERB_NEGATORS.has(content.at(-1)!.lower) && content.at(-2)!.pos === 'AUX'
}

/**
 * The sentence ends on a colon, and nothing of the point follows its main verb but asides in brackets, or it ends on
 * a verb of saying or going on (data/draft/trim.json handoverVerbs): "…, Mariacelys tweeted:",
 * "Kubacki continues [PL]:", "Professor Sir Muir Gray, Clinical Adviser for the One You campaign, said:".
 */
function announcesOnly(parse: Parse, kept: Set<number>): boolean {
  const last = parse.words.filter((w) => !/^["“”'’)\]]$/.test(w.text)).at(-1)
  if (last?.text !== ':') return false
  const words = [...kept].sort((a, b) => a - b).filter((i) => isWord(parse.words[i]!) && !parse.aside[i] && !/^\[/.test(parse.words[i - 1]?.text ?? ''))
  // Nothing after the main verb ("The report also found:", "The plan will:"), or a verb of saying last, where the
  // tagger read a word before it as the verb ("the One You campaign, said:").
  const main = mainVerb(parse, kept)
  if (main !== undefined && !words.some((i) => i > main)) return true
  // ("Local Development Network of Africa asks on Twitter:", "Blogger Sochol Zahid writes on his blog[bn]:": a verb
  // of saying with only where it was said after it.)
  if (main !== undefined && HANDOVER_VERBS.has(parse.words[main]!.lemma.toLowerCase()) && parse.words[words.find((i) => i > main)!]?.pos === 'ADP' && !words.some((i) => i > main && parse.words[i]!.pos === 'VERB')) return true
  // (Not after a clause "and" joins before it, which states something: "The drones have been striking targets …,
  // and researcher Atiaf Alwazir commented:".)
  const verb = parse.words[words.at(-1) ?? -1]
  return verb?.pos === 'VERB' && HANDOVER_VERBS.has(verb.lemma.toLowerCase()) && !words.some((i) => parse.words[i]!.pos === 'CCONJ')
}
/** Verbs that hand over to the words after a colon (data/draft/trim.json handoverVerbs), by lemma. */
export const HANDOVER_VERBS: ReadonlySet<string> = new Set<string>(trimData.handoverVerbs)
