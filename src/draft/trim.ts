/**
 * Parse-and-trim (after Hedge Trimmer, Dorr, Zajic & Schwartz 2003): a sentence becomes a slide point by
 * dropping what its claim does not need, and a headline by dropping more; nothing is added, nothing is cut
 * inside a phrase, and what stays keeps its order, so every point and title is a compression of its sentence.
 *
 * What may go, from the tagged words (src/language) and the lists in data/draft/trim.json:
 *   always    leading connectives and attributions or circumstances up to a comma ("However,", "According to
 *             Chinese analysts,", "In the wake of the test,"), when a whole clause follows; ", however,";
 *             appositives that describe someone named (", head of ANU's college,")
 *   if long   parentheses, non-restrictive relative clauses (", which …"), trailing circumstance (", despite
 *             …", ", following …")
 *   headline  time phrases, the part after the main clause, colouring modifiers, trailing prepositional phrases
 * What never goes: a condition or exception ("If …,", "unless"), a contrast ("but …"), a negation or degree word
 * ("not", "less"), anything inside a quotation.
 *
 * trimSentence('However, in the wake of the test, China seems less optimistic about talks.')
 *   → { point: 'China seems less optimistic about talks', title: 'China seems less optimistic about talks' }
 */
import trimData from '../../data/draft/trim.json' with { type: 'json' }
import connectives from '../../data/draft/connectives.json' with { type: 'json' }
import actorsData from '../../data/actors.json' with { type: 'json' }
import LANGUAGE_DATA from '../../data/language.json' with { type: 'json' }
import { backReference, DASHES, hasFiniteVerb, imperativeVerb, isFiniteVerb, participleForm } from '../language/grammar.ts'
import { tagWords, type Word } from '../language/tagger.ts'
import { CALENDAR_NAMES, POSSESSIVE_DETERMINERS } from '../language/data.ts'

/** A point should read at a glance: about 25 words. */
export const POINT_WORDS = 25
/** A point this long loses its trailing prepositional phrases. */
const LONG_POINT_WORDS = 30
/** A sentence still this long once trimmed stays whole; longer ones are not used as points. */
export const MAX_POINT_WORDS = 36
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
}

type Phrase = string[]
/** Word lists are written as people write ("we're announcing that"); the tagger splits contractions ("we", "'re"). */
const phrases = (list: string[]): Phrase[] =>
  list
    .map((p) => apostrophes(p.toLowerCase()).split(/\s+/).flatMap((w) => /^(.+?)('(?:re|s|ve|ll|d|m)|n't)$/.exec(w)?.slice(1, 3) ?? [w]))
    .sort((a, b) => b.length - a.length)
const apostrophes = (text: string) => (text.includes('’') ? text.replace(/’/g, "'") : text)
const LEADING_CONNECTIVES = phrases(connectives.leading)
const COMMA_CONNECTIVES = phrases(connectives.beforeComma)
const LEADING_OPENERS = phrases(trimData.leadingOpeners)
const KEEP_OPENERS = phrases(trimData.keepOpeners)
const FIXED_ADVERBIALS = phrases(trimData.fixedAdverbials)
const MID_CONNECTIVES = phrases(trimData.midConnectives)
const RELATIVE = new Set(trimData.relativeOpeners)
const TRAILING_OPENERS = phrases(trimData.trailingOpeners)
const KEEP_MODIFIERS = new Set(trimData.keepModifiers)
/** Keep-modifiers that are prepositions before a noun phrase ("questions about the meaning"), not before a number. */
const PREPOSITION_MODIFIERS = new Set(['about', 'around', 'over', 'under'])
const EVIDENCE_OPENERS = phrases(trimData.evidenceOpeners)
const EVIDENCE_VERBS = new Set<string>(trimData.evidenceVerbs)
/** A reference back names what it refers to in at most this many words after its demonstrative ("this relatively small range"). */
const EVIDENCE_SUBJECT_WORDS = 4
const TITLE_STOPS = phrases(trimData.titleStops)
const TIME_ADVERBIALS = phrases(trimData.timeAdverbials)
const TIME_DETERMINERS = new Set(['this', 'that', 'last', 'next', 'each', 'every'])
const TIME_PREPOSITIONS = new Set(['in', 'on', 'within', 'since', 'until', 'by', 'during', 'from', 'after', 'before', 'throughout'])
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/
const RE_YEAR = /^(?:1[89]|20)\d{2}$/
const TIME_WORDS = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'decade', 'decades', 'hours', 'hour', 'time', 'recent', 'past', 'last', 'next', 'early', 'late', 'today', 'yesterday', 'century'])

/** Punctuation that attaches to the word before it. */
const RE_CLOSING = /^(?:[,.;:!?)\]}”’%]|['’]s?$|n['’]t$)/
const RE_OPENING = /^[([{“‘]$/
const RE_WORDLIKE = /[\p{L}\p{N}]/u

interface Cut {
  from: number
  to: number
}

interface Parse {
  text: string
  words: Word[]
  /** Inside a quotation (depth > 0) at each word. */
  quoted: boolean[]
  /** Inside parentheses at each word: an aside, never the main clause. */
  aside: boolean[]
  /** Brackets without a partner in the sentence (an aside it opens or closes with its neighbour): never shown. */
  unpaired: number[]
  /** Each quotation mark's partner (see quotePartners). */
  partner: Map<number, number>
}

export function trimSentence(sentence: string, tagged?: Word[], options: { title?: boolean; titleWords?: number } = {}): Trimmed | undefined {
  const parse = parseSentence(sentence, tagged)
  if (parse.words.filter(isWord).length === 0) return undefined
  const kept = new Set(parse.words.map((_, i) => i))
  for (const i of parse.unpaired) kept.delete(i)
  // "The greater the number of X, the higher the risk of Y": its two halves are one claim; a cut would keep half.
  if (isCorrelative(parse.words)) {
    if (count(parse, kept) > MAX_POINT_WORDS) return undefined
    return { point: render(parse, kept), pointWords: count(parse, kept), words: keptWords(parse, kept) }
  }
  const lead = leadCuts(parse)
  for (const c of lead.cuts) drop(kept, c)
  // Connectives inside the sentence and appositives that describe someone the sentence names always go.
  // (Not an appositive to a noun the lead took: "According to the Red Crescent, 261 people, including …, died".)
  const appositives = appositiveCuts(parse).filter((c) => !lead.cuts.some((l) => c.from >= l.from && c.from <= l.to))
  const always = [...midConnectiveCuts(parse), ...appositives].filter((c) => atBoundaries(parse, c))
  for (const c of always) drop(kept, c)
  if (process.env.DEBUG_TRIM) for (const c of [...lead.cuts, ...always]) console.error(`  cut ${c.from}-${c.to}: ${parse.words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')}`)
  // Optional parts, the least needed first, while the point is long.
  const optional = [...parenCuts(parse), ...relativeCuts(parse), ...trailingCuts(parse).reverse()].filter((c) => atBoundaries(parse, c))
  if (process.env.DEBUG_TRIM) for (const c of optional) console.error(`  optional ${c.from}-${c.to}: ${parse.words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')}`)
  for (const c of optional) {
    if (count(parse, kept) <= POINT_WORDS) break
    const trial = new Set(kept)
    drop(trial, c)
    if (hasFiniteVerb(keptWords(parse, trial)) && !endsLoose(keptWords(parse, trial))) drop(kept, c)
  }
  // Still long: time phrases, then trailing prepositional phrases after the verb's complement.
  for (const c of timeCuts(parse)) {
    if (count(parse, kept) <= POINT_WORDS) break
    const trial = new Set(kept)
    drop(trial, c)
    if (atBoundaries(parse, c) && hasFiniteVerb(keptWords(parse, trial))) drop(kept, c)
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
  while (count(parse, kept) > LONG_POINT_WORDS) {
    const pp = trailingPrepositionalPhrase(parse, kept, { point: true })
    if (!pp || !atBoundaries(parse, pp)) break
    drop(kept, pp)
  }
  // Too long to read at a glance even so: the main clause alone ("X brokered A, secured B, …" → "X brokered A").
  if (count(parse, kept) > MAX_POINT_WORDS) {
    const end = afterMainClause(parse, kept, { verbPhrases: true })
    const trial = new Set(kept)
    if (end) drop(trial, end)
    if (end && atBoundaries(parse, end) && count(parse, trial) >= POINT_WORDS / 3 && hasFiniteVerb(keptWords(parse, trial))) drop(kept, end)
    while (count(parse, kept) > LONG_POINT_WORDS) {
      const pp = trailingPrepositionalPhrase(parse, kept, { point: true })
      if (!pp || !atBoundaries(parse, pp)) break
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
    tryCut(trailingCommaPhrase(parse, kept))
  }
  dropLooseAdverb(parse, kept)
  dropLooseEnd(parse, kept)
  const pointWords = count(parse, kept)
  const final = keptWords(parse, kept)
  if (process.env.DEBUG_TRIM) console.error(`  point? ${pointWords}: ${render(parse, kept)}`)
  // "…, Mark Pearce said: “…”": a quotation too long to keep leaves the speaker saying nothing; no point.
  if (pointWords > MAX_POINT_WORDS || !hasFiniteVerb(final) || endsBeforeWhatWasSaid(parse, kept)) return undefined
  // "What changes Congress might implement …", "Whether to request …", "So if the defeat is confirmed in the
  // runoff": one subordinate clause (after a connective, maybe), no claim. ("What matters most is that …" is a
  // claim: a clause opened by a wh-word can be the subject of "is".)
  const opener = final.find((w) => isWord(w) && !(w.pos === 'CCONJ' || CLAUSE_CONNECTIVES.has(w.lower)))
  const copula = WH_SUBJECTS.has(opener?.lower ?? '') && final.slice(2).some((w) => ['is', 'are', 'was', 'were'].includes(w.lower))
  // ("If this is their club – …– then supporters have …": "then" opens the main clause.)
  if (SUBORDINATORS.has(opener?.lower ?? '') && !final.some((w) => w.text === ',' || w.text === ';' || w.lower === 'then') && !copula && !hasMainClause(final)) return undefined
  const demonstrative = namingDemonstrative(parse, kept)
  if (demonstrative !== undefined) kept.delete(demonstrative)
  const point = render(parse, kept)
  const title = options.title === false ? undefined : headline(parse, kept, [...lead.titleOnly, ...optional], options.titleWords)
  return { point, pointWords, words: keptWords(parse, kept), ...(title ? { title } : {}) }
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
  return order[0]
}
/** Prepositions that open a phrase describing the noun before them. */
const NAMING_PREPOSITIONS = new Set(['of', 'for', 'over', 'about', 'against', 'between', 'with', 'toward', 'towards', 'on'])

/** The headline of a sentence alone (what `trimSentence` gives as `title`), for a point chosen without one. */
export function headlineOf(sentence: string, tagged?: Word[], maxWords = TITLE_WORDS): string | undefined {
  return trimSentence(sentence, tagged, { titleWords: maxWords })?.title
}

/** A longer headline, for a slide none of whose points makes one of TITLE_WORDS: still its main clause, with a verb. */
export const LONG_TITLE_WORDS = 14

/**
 * The headline: the point's main clause, trimmed to TITLE_WORDS words, or undefined when it cannot be done
 * without cutting into the claim. In order: optional parts and time phrases; what follows the main clause (a
 * reason, a time, a comparison, a relative clause); trailing prepositional phrases; colouring modifiers; a
 * person's title before the name.
 */
function headline(parse: Parse, pointKept: Set<number>, optional: Cut[], maxWords = TITLE_WORDS): string | undefined {
  const kept = new Set(pointKept)
  const dropped: Cut[] = []
  const tryDrop = (cut: Cut) => {
    if (!atBoundaries(parse, cut)) return false
    // "reform global trade, economic[, and financial governance …]": the list's items the cut leaves go with it.
    const c = listRemnant(parse, kept, cut) ?? cut
    const trial = new Set(kept)
    drop(trial, c)
    if (count(parse, trial) < 3) return false
    const words = keptWords(parse, trial)
    if (hasFiniteVerb(words) && !endsOnAttributive(words)) {
      if (process.env.DEBUG_TRIM) console.error(`    drop ${c.from}-${c.to}: ${parse.words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')}`)
      drop(kept, c)
      dropped.push(c)
      return true
    }
    return false
  }
  for (const c of optional) tryDrop(c)
  for (const c of timeCuts(parse)) tryDrop(c)
  // A headline keeps the first of a list of verb phrases ("X brokered A, secured B, …" → "X brokered A").
  const end = afterMainClause(parse, kept, { verbPhrases: true })
  if (end) tryDrop(end)
  for (const c of restrictiveRelativeCuts(parse, kept)) tryDrop(c)
  if (count(parse, kept) > maxWords) {
    const tail = trailingCommaPhrase(parse, kept)
    if (tail) tryDrop(tail)
  }
  while (count(parse, kept) > maxWords) {
    const pp = trailingPrepositionalPhrase(parse, kept)
    if (!pp || !tryDrop(pp)) break
  }
  for (const i of modifierIndices(parse, kept)) {
    if (count(parse, kept) <= maxWords) break
    tryDrop({ from: i, to: i })
  }
  const titleWords = personTitleIndices(parse, kept)
  if (count(parse, kept) > maxWords && titleWords.length) {
    // The title's words go together ("Secretary of Defense"), or none of them.
    const trial = new Set(kept)
    for (const i of titleWords) trial.delete(i)
    if (count(parse, trial) >= 3 && hasFiniteVerb(keptWords(parse, trial))) for (const i of titleWords) kept.delete(i)
  }
  if (process.env.DEBUG_TRIM) console.error(`  headline? ${count(parse, kept)}: ${render(parse, kept)}`)
  // "… could be consequential for the system [of federal campaign finance]": the complement a cut took comes
  // back when there is room for it.
  if (endsBeforeItsComplement(parse, kept)) for (const i of complementBack(parse, kept, pointKept, dropped, maxWords)) kept.add(i)
  // "… under the name [of Chinese Taipei]": the phrase the noun ends goes too, when one does.
  while (endsBeforeItsComplement(parse, kept)) {
    // A list's first item or a verb before its clause: losing the phrase they end would lose the claim's point.
    const cut = cutsItsPhrase(parse, kept, keptWordIndices(parse, kept).at(-1)!)
    if (cut === 'list' || cut === 'clause') return undefined
    const pp = trailingPrepositionalPhrase(parse, kept)
    if (!pp || !tryDrop(pp)) return undefined
  }
  dropDashTail(parse, kept)
  if (count(parse, kept) > maxWords) return undefined
  const words = keptWords(parse, kept)
  if (!isWholeHeadline(parse, kept, words) || lostWhatWasSaid(parse, kept)) return undefined
  return render(parse, kept)
}

/**
 * "… proposals for a “regulatory ladder”—policies [that scale with risk]": a cut that took what a dash's phrase
 * said leaves its head alone at the end; the dash and the head go too.
 */
function dropDashTail(parse: Parse, kept: Set<number>): void {
  const order = [...kept].sort((a, b) => a - b)
  // An en dash between two words joins them ("Kullback–Leibler", "US–China"); an em dash or a spaced one sets off.
  const spaced = (i: number) => parse.text.slice(parse.words[i - 1]?.end ?? 0, parse.words[i]!.start).length > 0 || parse.text.slice(parse.words[i]!.end, parse.words[i + 1]?.start ?? parse.text.length).length > 0
  const dashes = order.filter((i) => DASHES.has(parse.words[i]!.text) && !parse.quoted[i] && (parse.words[i]!.text === '—' || spaced(i)))
  // The second of a pair closes an aside ("biometric—specifically facial recognition—technologies").
  const dash = dashes.length % 2 === 1 ? dashes.at(-1) : undefined
  if (dash === undefined) return
  const tail = order.filter((i) => i > dash && isWord(parse.words[i]!))
  const cutAfter = tail.length > 0 && !kept.has(tail.at(-1)! + 1) && tail.at(-1)! + 1 < lastContent(parse)
  if (!cutAfter || tail.length > 3 || tail.some((i) => ['VERB', 'AUX'].includes(parse.words[i]!.pos))) return
  const trial = new Set(kept)
  drop(trial, { from: dash, to: order.at(-1)! })
  if (count(parse, trial) >= 3 && hasFiniteVerb(keptWords(parse, trial))) drop(kept, { from: dash, to: order.at(-1)! })
}

/**
 * The words of the "of" phrase a cut took right after the headline's last word ("of federal campaign finance"),
 * when they fit within `maxWords` and the headline then ends whole: its first word and the noun phrase after it,
 * not what the cut held beyond. None otherwise.
 */
function complementBack(parse: Parse, kept: Set<number>, pointKept: Set<number>, dropped: Cut[], maxWords: number): number[] {
  const last = keptWordIndices(parse, kept).at(-1)!
  // Past a closing mark kept ("10%[ of …]") and an aside cut before it ("from X[ (…)] to Y").
  let from = last + 1
  while (kept.has(from) && !isWord(parse.words[from]!)) from++
  let cut = dropped.find((c) => c.from === from)
  if (cut && parse.words[from]!.text === '(') cut = dropped.find((c) => c.from === cut!.to + 1)
  // Only a prepositional phrase ("of …", "to …") comes back: not a list's next item after its comma.
  if (!cut || parse.words[cut.from]!.pos !== 'ADP') return []
  const inPhrase = (i: number) => {
    const w = parse.words[i]!
    const prenominal = w.pos === 'VERB' && ['NOUN', 'ADJ'].includes(parse.words[i + 1]?.pos ?? '') && !isFiniteVerb(parse.words, i)
    return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos) || prenominal || !atBoundaries(parse, { from: i, to: i })
  }
  let end = cut.from + 1
  while (end <= cut.to && inPhrase(end)) end++
  const head = parse.words[end - 1]
  if (!head || !['NOUN', 'PROPN', 'NUM'].includes(head.pos)) return []
  // "for the Biotechnology [and Agricultural Trade Program]": a name goes on past its "and"; so does a phrase whose
  // noun shares its head with the next ("for state [and local election administration]").
  const next = parse.words[end + 1]
  if (parse.words[end]?.pos === 'CCONJ' && ((head.pos === 'PROPN' && /^\p{Lu}/u.test(next?.text ?? '')) || next?.pos === 'ADJ')) return []
  const back: number[] = []
  for (let i = cut.from; i < end; i++) if (pointKept.has(i) && !kept.has(i)) back.push(i)
  const trial = new Set([...kept, ...back])
  return back.length && count(parse, trial) <= maxWords && !endsBeforeItsComplement(parse, trial) ? back : []
}

const SPEECH_VERBS = new Set(actorsData.speechVerbs)

/**
 * "President Trump, in announcing the ceasefire, wrote on social media [that …]": a headline whose verb says
 * someone spoke, without what they said, says nothing.
 */
/** The point stops on a verb of saying whose words came after it in the sentence: "… Mark Pearce said[: “…”]". */
function endsBeforeWhatWasSaid(parse: Parse, kept: Set<number>): boolean {
  const last = keptWordIndices(parse, kept).at(-1)
  if (last === undefined) return false
  const w = parse.words[last]!
  // ('"Russia is placing its bets …," Zelensky argues[, …]': the words said stand before the verb.)
  const quoted = [...kept].some((i) => i < last && /^["”]$/.test(parse.words[i]!.text))
  return w.pos === 'VERB' && (SPEECH_VERBS.has(w.lower) || THOUGHT_VERBS.has(w.lemma)) && !quoted && parse.words.slice(last + 1).some(isWord)
}

function lostWhatWasSaid(parse: Parse, kept: Set<number>): boolean {
  const verb = mainVerb(parse, kept)
  if (verb === undefined || !(SPEECH_VERBS.has(parse.words[verb]!.lower) || THOUGHT_VERBS.has(parse.words[verb]!.lemma))) return false
  const said = parse.words.findIndex((w, i) => i > verb && (w.lower === 'that' || /^["“]$/.test(w.text)))
  // "knows it lacks standards [that …]": a "that" after another verb is that verb's, not what was said.
  const between = parse.words.slice(verb + 1, Math.max(verb + 1, said))
  if (between.some((_, k) => isFiniteVerb(between, k))) return false
  return said > 0 && !kept.has(said)
}

const COMPLEMENT_NOUNS = new Set<string>(LANGUAGE_DATA.complementNouns)
/** A noun's lemma → the preposition whose object it needs ("emphasis" → "on"). */
const GOVERNED_PREPOSITIONS = new Map(LANGUAGE_DATA.governedPrepositions.map((p) => p.split(' ') as [string, string]))
const THOUGHT_VERBS = new Set<string>(LANGUAGE_DATA.thoughtVerbs)
const QUANTIFIERS = new Set<string>(LANGUAGE_DATA.quantifiers)
const AS_COMPLEMENT_VERBS = new Set<string>(LANGUAGE_DATA.asComplementVerbs)
const COMPLEX_PREPOSITIONS = LANGUAGE_DATA.complexPrepositions.map((p) => p.split(' '))

/** How many words before `i` belong with it to a preposition of several words ("such [as]", "because [of]"), or 0. */
function complexPrepositionBefore(parse: Parse, i: number): number {
  const before = (n: number) => parse.words.slice(i - n, i).map((w) => w.lower).join(' ')
  const match = COMPLEX_PREPOSITIONS.find((p) => p.length > 1 && i >= p.length - 1 && p.at(-1) === parse.words[i]!.lower && before(p.length - 1) === p.slice(0, -1).join(' '))
  return match ? match.length - 1 : 0
}

/** Words that make a noun need what follows it: "the first time [that …]", "the only country [to …]". */
const ORDINALS = new Set(['first', 'last', 'only', 'next', 'same'])

/**
 * The headline stops on a definite noun whose complement the sentence goes on with: "under the name [of Chinese
 * Taipei]", "marked the first time [in four decades that …]", or on an infinitive before its object. Cut there,
 * the noun names nothing, and the verb does nothing.
 */
function endsBeforeItsComplement(parse: Parse, kept: Set<number>): boolean {
  const words = keptWordIndices(parse, kept)
  const last = words.at(-1)
  if (last === undefined) return false
  if (cutsItsPhrase(parse, kept, last)) return true
  const next = parse.words[last + 1]
  if (!next || kept.has(last + 1) || !isWord(next)) return false
  // "We will take particular care to elicit [their preferences]": an infinitive without its object.
  // "… to elicit [and document any preferences]": or of two verbs that share it.
  const sharedObject = next.pos === 'CCONJ' && parse.words[last + 2]?.pos === 'VERB'
  if (parse.words[last]!.pos === 'VERB' && parse.words[last - 1]?.lower === 'to' && (['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(next.pos) || sharedObject)) return true
  // "… underwent profound structural change in response [to …]": nor inside a preposition of several words.
  const tail = (n: number) => words.slice(-n).map((i) => parse.words[i]!.lower).join(' ')
  if (COMPLEX_PREPOSITIONS.some((p) => p[p.length - 1] === next.lower && tail(p.length - 1) === p.slice(0, -1).join(' '))) return true
  // "In his farewell address …, António Guterres [reminisced …]": a headline never stops before its verb.
  // (After a common noun a participle may open a reduced relative a headline can lose: "the risks [associated with …]".)
  const lastPos = parse.words[last]!.pos
  if ((next.pos === 'AUX' || (next.pos === 'VERB' && lastPos === 'PROPN')) && isFiniteVerb(parse.words, last + 1)) return true
  // "The government describes the ties [as exceptionally close]": the object's complement.
  const main = mainVerb(parse, kept)
  if (main !== undefined && AS_COMPLEMENT_VERBS.has(parse.words[main]!.lemma) && ['NOUN', 'PROPN'].includes(parse.words[last]!.pos)) {
    const as = parse.words.findIndex((w, i) => i > last && w.lower === 'as' && !parse.quoted[i])
    if (as > 0 && !kept.has(as) && !parse.words.slice(last + 1, as).some((_, k) => isFiniteVerb(parse.words, last + 1 + k))) return true
  }
  // "Regulators can raise capital in one [of two ways]", "Several [of the banks]": a number or quantifier counts
  // what its "of" names.
  if (next.lower === 'of' && (parse.words[last]!.pos === 'NUM' || QUANTIFIERS.has(parse.words[last]!.lower))) return true
  // "Anthropic will support the Ministry [of Health]": a name's words go on too.
  if (!['NOUN', 'PROPN'].includes(parse.words[last]!.pos)) return false
  // "The plan reflects the leaders' emphasis [on growth]": a noun whose sense is its preposition's object.
  if (GOVERNED_PREPOSITIONS.get(parse.words[last]!.lemma.toLowerCase()) === next.lower) return true
  // "Guterres served as prime minister [of Portugal]": an office is of somewhere.
  if (next.lower === 'of' && PERSON_TITLES.some((t) => t.length === 1 && t[0] === parse.words[last]!.lower)) return true
  // "Our new RSP introduces a requirement [that …]", "Reports are another way [to …]".
  const infinitive = next.lower === 'to' && parse.words[last + 2]?.pos === 'VERB'
  if (COMPLEMENT_NOUNS.has(parse.words[last]!.lemma) && (infinitive || next.lower === 'that')) return true
  // "Congress has begun work [on a farm bill]", "The law required periodic re-evaluations [of the plan]": the main
  // verb's object is a bare common noun, with no determiner, number or owner; what it is about is what follows.
  // (Not a relative clause: "… have deployed surveillance systems [that …]" is a claim without it.)
  if (bareObjectBeforeItsComplement(parse, kept, last, next)) return true
  // The noun phrase: back over adjectives and ordinals to its determiner.
  let k = last - 1
  while (k >= 0 && kept.has(k) && (parse.words[k]!.pos === 'ADJ' || ORDINALS.has(parse.words[k]!.lower))) k--
  if (parse.words[k]?.lower !== 'the') return false
  const ordinal = parse.words.slice(k + 1, last).some((w) => ORDINALS.has(w.lower))
  return next.lower === 'of' || ordinal
}

/** Prepositions that open what a bare object is of, for or about (not a place, time or means: "in", "by", "at"). */
const OBJECT_COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'for', 'on'])
const IDIOM_OBJECTS = new Set<string>(LANGUAGE_DATA.idiomObjects)

/**
 * The headline ends on the main verb's object, a common noun with only adjectives before it ("made changes",
 * "authorizes appropriations", "has begun work"), and the sentence goes on with the phrase that says what of.
 */
function bareObjectBeforeItsComplement(parse: Parse, kept: Set<number>, last: number, next: Word): boolean {
  if (parse.words[last]!.pos !== 'NOUN' || parse.quoted[last]) return false
  // ("… has almost unlimited authority [to deal with …]": an infinitive is the noun's, COMPLEMENT_NOUNS's matter.)
  if (!OBJECT_COMPLEMENT_PREPOSITIONS.has(next.lower)) return false
  const after = parse.words.findIndex((w, i) => i > last + 1 && isWord(w))
  // (Nor words quoted after it: they stay whole or out.)
  if (after < 0 || parse.quoted[after] || (next.lower === 'to' && parse.words[after]!.pos === 'VERB')) return false
  const main = verbGroupEnd(parse, kept)
  if (main === undefined || main >= last) return false
  // (Nor a noun that a linking verb describes the subject by, or the subject of a clause a thought verb takes.)
  if (LINKING_VERBS.has(parse.words[main]!.lemma) || THOUGHT_VERBS.has(parse.words[main]!.lemma)) return false
  if (IDIOM_OBJECTS.has(`${parse.words[main]!.lemma} ${parse.words[last]!.lemma}`)) return false
  let k = last - 1
  while (k > main && kept.has(k) && ['ADJ', 'NOUN'].includes(parse.words[k]!.pos)) k--
  return k === main
}

const OBJECT_INFINITIVE_VERBS = new Set<string>(LANGUAGE_DATA.objectInfinitiveVerbs)
const FRACTION_NOUNS = new Set<string>(LANGUAGE_DATA.fractionNouns)
const DURATION_NOUNS = new Set<string>(LANGUAGE_DATA.durationNouns)
/** Words of a noun phrase, between a verb or preposition and the phrase's end. */
const NOUN_PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'SYM'])

/**
 * The index of the sentence's next word after `i`, past closing marks ("most"[ of], 10%[ of]) and an aside in
 * brackets ("two-thirds (66%)[ of]"), or -1.
 */
function nextWordAfter(parse: Parse, i: number): number {
  let n = i + 1
  for (;;) {
    const w = parse.words[n]
    if (!w) return -1
    if (RE_CLOSING.test(w.text) || (/^["”’]$/.test(w.text) && parse.partner.has(n) && parse.partner.get(n)! < n)) n++
    else if (w.text === '(') {
      const close = parse.words.findIndex((x, k) => k > n && x.text === ')')
      if (close < 0) return -1
      n = close + 1
    } else return isWord(w) ? n : -1
  }
}

/**
 * The headline stops inside a phrase the sentence goes on with, so that what is left says something else or
 * nothing: a share before its "of" ("intercepted “most” [of the drones]", "roughly 10% [of …]"); "from X"
 * before its "to Y"; a duration before "after" ("nominated X 29 days [after …]"); "so much X" before its "that
 * …"; a verb of saying or finding before its clause ("surveys show [that …]"); an object before the infinitive
 * its verb needs ("directs the agency [to …]"); an adjective before its noun ("gives schools secure[, reliable
 * access]"); a list's first item ("a mixture of water[, minerals and …]"); a date before its year.
 */
/**
 * "29 days", "ten years": a number of a duration's units, measured from what follows ("… after …"); not the end of
 * a span ("for two to four years", "within 30 days").
 */
function measuredFrom(words: Word[], i: number): boolean {
  if (!DURATION_NOUNS.has(words[i]?.lemma.toLowerCase() ?? '') || words[i - 1]?.pos !== 'NUM') return false
  const before = words[i - 2]
  return !before || !(before.pos === 'ADP' || ['to', 'and', 'or', '-', '–'].includes(before.lower))
}

function cutsItsPhrase(parse: Parse, kept: Set<number>, last: number): 'phrase' | 'list' | 'clause' | undefined {
  const { words } = parse
  const w = words[last]!
  const n = nextWordAfter(parse, last)
  const next = words[n]
  if (!next || kept.has(n) || parse.quoted[n] && !parse.quoted[last]) return undefined
  // "two-thirds [of …]", "“most” [of …]", "10% [of …]".
  if (next.lower === 'of' && (w.pos === 'NUM' || QUANTIFIERS.has(w.lower) || FRACTION_NOUNS.has(w.lower) || PARTITIVES.has(w.lemma) || COUNTING_NOUNS.has(w.lower))) return 'phrase'
  // "30%[ to 60%]", "two[ to four]": a range's end.
  if (w.pos === 'NUM' && ['to', 'and', '-', '–'].includes(next.lower) && words[n + 1]?.pos === 'NUM') return 'phrase'
  // "from simple scripts [to sophisticated systems]", "from a single evening [of readings to a week …]": the
  // range's end.
  const inPhrase = (x: Word) => NOUN_PHRASE_WORDS.has(x.pos) || x.lower === 'of' || !isWord(x)
  let to = n
  while (words[to] && to < n + 8 && !['to', 'into'].includes(words[to]!.lower) && inPhrase(words[to]!)) to++
  if (['to', 'into'].includes(words[to]?.lower ?? '') && !kept.has(to) && words[to + 1]?.pos !== 'VERB') {
    let p = last
    while (p > 0 && kept.has(p) && inPhrase(words[p]!)) p--
    if (kept.has(p) && words[p]!.lower === 'from') return 'phrase'
  }
  // "29 days [after …]": a duration measured from what follows.
  if (measuredFrom(words, last) && ['after', 'before'].includes(next.lower)) return 'phrase'
  if (next.lower === 'that') {
    // "contain so much boron [that …]", "such a strong pull [that …]": the degree's result.
    const main = mainVerb(parse, kept) ?? 0
    const degree = [...kept].some((i) => i > main && i < last && ['so', 'such'].includes(words[i]!.lower) && ['ADJ', 'ADV', 'DET'].includes(words[i + 1]?.pos ?? '') && !words.slice(i, last).some((x) => x.lower === 'that'))
    if (degree) return 'phrase'
    // "Chat boards … show [that …]" (the verb tagged as a noun or not): what was found or said.
    const noun = ['DET', 'ADJ', 'ADP'].includes(words[last - 1]?.pos ?? '')
    if (!noun && (THOUGHT_VERBS.has(w.lemma) || THOUGHT_VERBS.has(w.lower) || SPEECH_VERBS.has(w.lower))) return 'clause'
  }
  // "directs the Secretary of Transportation [to …]": the object of a verb that needs its infinitive.
  const open = /^["“]$/.test(words[n + 1]?.text ?? '') ? 1 : 0
  const infinitive = words[n + 1 + open]?.pos === 'VERB' || (words[n + 1 + open]?.pos === 'ADV' && words[n + 2 + open]?.pos === 'VERB')
  // ("might prompt Members [who are interested in …] to look to …": past the relative clause that describes them.)
  const described = ['who', 'whom'].includes(next.lower) && words.some((x, k) => k > n && x.lower === 'to' && x.pos === 'PART' && words[k + 1]?.pos === 'VERB')
  if (((next.lower === 'to' && infinitive) || described) && ['NOUN', 'PROPN', 'PRON'].includes(w.pos)) {
    let v = last
    while (v > 0 && kept.has(v) && (NOUN_PHRASE_WORDS.has(words[v]!.pos) || ['of', 'and', 'the'].includes(words[v]!.lower) || !isWord(words[v]!) || words[v]!.pos === 'PRON')) v--
    if (kept.has(v) && words[v]!.pos === 'VERB' && OBJECT_INFINITIVE_VERBS.has(words[v]!.lemma)) return 'phrase'
  }
  if (n !== last + 1 && !(isComma(parse, last + 1) && n === last + 2)) return undefined
  // "thousands of kilometres [away]", "two years [ago]": a measure before the word it measures.
  if (n === last + 1 && w.pos === 'NOUN' && MEASURED_WORDS.has(next.lower)) return 'phrase'
  // "gives academic institutions secure[, reliable AI access]", "to introduce customer-first[, AI-powered products]":
  // an adjective whose noun was cut (not one a linking verb or an auxiliary ties to its subject: "remains stable").
  if (w.pos === 'ADJ') {
    let start = last
    while (words[start - 1]?.text === '-' && words[start - 2] && isWord(words[start - 2]!)) start -= 2
    const before = words[start - 1]
    const predicative = !before || before.pos === 'AUX' || before.pos === 'ADV' || (before.pos === 'VERB' && LINKING_VERBS.has(before.lemma))
    if (!predicative && (n === last + 1 ? ['NOUN', 'PROPN'].includes(next.pos) : modifiesNounAhead(words, n))) return 'phrase'
  }
  // "a complex mixture of water[, minerals and …]": a list's first item stands for the list.
  if (isComma(parse, last + 1) && ['NOUN', 'PROPN'].includes(w.pos)) {
    let k = n
    // Of a noun's "of" phrase ("a mixture [of] water, minerals and …"): the list is what the noun is made of.
    let p = last
    while (p > 0 && kept.has(p) && NOUN_PHRASE_WORDS.has(words[p]!.pos)) p--
    if (words[p]?.lower !== 'of' || !['NOUN', 'PROPN'].includes(words[p - 1]?.pos ?? '')) return undefined
    while (k < n + 5 && ['NOUN', 'PROPN', 'ADJ'].includes(words[k]?.pos ?? '')) k++
    if (k > n && (isAndOr(words[k]) || (isComma(parse, k) && ['NOUN', 'PROPN', 'ADJ'].includes(words[k + 1]?.pos ?? '')))) return 'list'
  }
  // "past December 31[, 2026]": a day's year.
  return w.pos === 'NUM' && MONTHS.test(words[last - 1]?.lower ?? '') && isComma(parse, last + 1) && RE_YEAR.test(next.text) ? 'phrase' : undefined
}

/** Words a measure phrase comes before ("200 metres away", "a decade ago", "two years older"). */
const MEASURED_WORDS = new Set(['away', 'ago', 'apart', 'earlier', 'later', 'long', 'wide', 'high', 'deep', 'tall', 'old', 'older', 'younger'])

/** The words from `n` modify a noun a few words on ("reliable AI access", "AI-powered Lyft products"). */
function modifiesNounAhead(words: Word[], n: number): boolean {
  let modifier = false
  for (let k = n; k < n + 6 && words[k]; k++) {
    const w = words[k]!
    if (w.pos === 'ADJ' || (w.pos === 'VERB' && participleForm(w)) || w.text === '-') modifier = true
    else if (['NOUN', 'PROPN'].includes(w.pos)) {
      if (modifier && words[k + 1]?.text !== '-') return true
    } else return false
  }
  return false
}

/**
 * "…, resulting in the establishment of:" (a list follows in the article): a sentence that stops on a function word
 * loses its last phrase set off by a comma, when that phrase has no finite verb and the rest has one.
 */
function dropLooseEnd(parse: Parse, kept: Set<number>): void {
  // "… is noisy, but generally[, as GDP increases, …]": a conjunction and its adverb, left by a cut of the clause
  // they open, go from their comma.
  const [joiner, adverb] = keptWordIndices(parse, kept).slice(-2)
  const opened = joiner !== undefined && adverb === joiner + 1 && parse.words[joiner]!.pos === 'CCONJ' && parse.words[adverb]!.pos === 'ADV' && isComma(parse, adverb + 1) && !kept.has(adverb + 2)
  if (opened && isComma(parse, joiner - 1) && joiner - 1 > (verbGroupEnd(parse, kept) ?? Infinity)) {
    drop(kept, { from: joiner - 1, to: [...kept].sort((a, b) => a - b).at(-1)! })
    return
  }
  if (!endsLoose(keptWords(parse, kept))) return
  // "… covering behaviors such as[:]": the examples were in the list that followed; their opener goes.
  const words = keptWordIndices(parse, kept)
  const opener = [['such', 'as'], ['including'], ['for', 'example']].find((p) => p.join(' ') === words.slice(-p.length).map((i) => parse.words[i]!.lower).join(' '))
  if (opener && words.length > opener.length + 3) {
    drop(kept, { from: words.at(-opener.length)!, to: [...kept].sort((a, b) => a - b).at(-1)! })
    if (!endsLoose(keptWords(parse, kept))) return
  }
  // "address X to boost Y; and": a list item's closing conjunction belongs to the list, not to the item.
  const [mark, conjunction] = [...kept].sort((a, b) => a - b).filter((i) => !/^[.!?…]$/.test(parse.words[i]!.text)).slice(-2)
  if (mark !== undefined && conjunction !== undefined && /^[;,]$/.test(parse.words[mark]!.text) && parse.words[conjunction]!.pos === 'CCONJ') {
    drop(kept, { from: mark, to: conjunction })
    if (!endsLoose(keptWords(parse, kept))) return
  }
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return
  const order = [...kept].sort((a, b) => a - b)
  const comma = order.findLast((i) => i > group && isComma(parse, i) && !parse.quoted[i])
  if (comma === undefined) return
  const trial = new Set(kept)
  drop(trial, { from: comma, to: order.at(-1)! })
  const rest = order.filter((i) => i > comma).map((i) => parse.words[i]!)
  if (!hasFiniteVerb(rest) && hasFiniteVerb(keptWords(parse, trial)) && !endsLoose(keptWords(parse, trial))) drop(kept, { from: comma, to: order.at(-1)! })
}

/** "…of the final rule, potentially [because of state laws …]": an adverb left alone at the end by a cut goes too. */
function dropLooseAdverb(parse: Parse, kept: Set<number>): void {
  const last = keptWordIndices(parse, kept).at(-1)
  if (last === undefined || parse.words[last]!.pos !== 'ADV' || !isComma(parse, last - 1) || !kept.has(last - 1)) return
  // Only when what the adverb modified was cut ("The army withdrew, finally." keeps it).
  const next = parse.words[last + 1]
  if (!next || kept.has(last + 1) || !isWord(next)) return
  kept.delete(last)
  kept.delete(last - 1)
}

/** The indices of the kept words (not punctuation), in order. */
function keptWordIndices(parse: Parse, kept: Set<number>): number[] {
  return [...kept].filter((i) => isWord(parse.words[i]!)).sort((a, b) => a - b)
}

/** The last word leaves the sentence hanging: "the company was", "a list of the". */
function endsLoose(words: Word[]): boolean {
  const last = words.filter(isWord).at(-1)
  // "…, potentially": an adverb set off by a comma modifies what no longer follows it.
  const loneAdverb = last?.pos === 'ADV' && words.at(-2)?.text === ','
  return !last || ['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'].includes(last.pos) || loneAdverb || COMPLEMENT_VERBS.has(last.lemma) || leavesClauseOpen(words) || endsOnPartitive(words) || endsOnAttributive(words) || unfinishedBetween(words)
}

/** "has become [increasingly blurred]": verbs that never end a clause (data/language.json complementVerbs). */
const COMPLEMENT_VERBS = new Set<string>(LANGUAGE_DATA.complementVerbs)

/** "can choose between the CBLR [, …, and risk-weighted requirements]": "between" names two, or a plural. */
function unfinishedBetween(words: Word[]): boolean {
  const at = words.findLastIndex((w) => w.lower === 'between')
  if (at < 0) return false
  const after = words.slice(at + 1)
  return !after.some((w) => ['and', '&', 'to', '-', '–'].includes(w.lower) || (w.pos === 'NOUN' && w.lower !== w.lemma) || w.pos === 'NUM')
}

/**
 * "reform global trade, economic [, and financial governance]", "is likely to use covert [, rather than declared,
 * facilities]": an adjective after a comma, a determiner or a verb that does not link it to a subject describes a
 * noun that was cut. ("The outlook is bleak", "remains uncertain", "grew more cautious" end whole.)
 */
function endsOnAttributive(words: Word[]): boolean {
  const end = words.findLastIndex((w) => !/^[.!?…]$/.test(w.text))
  const last = words[end]
  const before = words[end - 1]
  if (last?.pos !== 'ADJ' || !before) return false
  return before.text === ',' || ['DET', 'ADP', 'NUM'].includes(before.pos) || (before.pos === 'VERB' && !LINKING_VERBS.has(before.lemma))
}
/**
 * A cut that would leave adjectives of a list whose noun it takes ("global trade, economic[, and financial
 * governance]"): the cut from the comma before them, when what is left ends on a noun.
 */
function listRemnant(parse: Parse, kept: Set<number>, c: Cut): Cut | undefined {
  // The kept words just before the cut, nearest first (a few steps back, not the whole sentence).
  const previous = (i: number) => {
    let k = i - 1
    while (k >= 0 && !kept.has(k)) k--
    return k
  }
  let k = previous(c.from)
  if (k < 0 || parse.words[k]!.pos !== 'ADJ') return undefined
  while (k >= 0 && parse.words[k]!.pos === 'ADJ') k = previous(k)
  if (k < 0 || !isComma(parse, k)) return undefined
  const noun = parse.words[previous(k)]
  return noun && ['NOUN', 'PROPN'].includes(noun.pos) ? { from: k, to: c.to } : undefined
}

const LINKING_VERBS = new Set<string>(LANGUAGE_DATA.linkingVerbs)

/** "proposes studying a range", "includes a number": a noun that only counts or measures what its "of" names. */
function endsOnPartitive(words: Word[]): boolean {
  const content = words.filter(isWord)
  const last = content.at(-1)
  if (last && COUNTING_NOUNS.has(last.lower) && content.at(-2)?.lower !== 'the') return true
  return !!last && PARTITIVES.has(last.lemma) && content.at(-2)?.pos === 'DET'
}
const PARTITIVES = new Set(LANGUAGE_DATA.partitiveNouns)
const COUNTING_NOUNS = new Set(LANGUAGE_DATA.countingNouns)

/**
 * "We believe that shaping sensitive circumstances, like retirements": a clause opened by "that", "whether",
 * "which" or "who" that never reaches its verb. (Not "that" before its noun: "rejected that plan".)
 */
function leavesClauseOpen(words: Word[]): boolean {
  // "that" right before a noun or adjective determines it ("vacated that rule").
  const determiner = (i: number) => words[i]!.lower === 'that' && ['NOUN', 'ADJ'].includes(words[i + 1]?.pos ?? '')
  const opener = words.findLastIndex((w, i) => CLAUSE_OPENERS.has(w.lower) && w.pos !== 'DET' && !determiner(i) && i < words.length - 1)
  if (opener < 0) return false
  const rest = words.slice(opener + 1)
  return rest.some(isWord) && !rest.some((w, k) => w.pos === 'AUX' || (w.pos === 'VERB' && !(w.lower.endsWith('ing') && k === 0)))
}
const CLAUSE_OPENERS = new Set(['that', 'whether', 'which', 'who', 'how', 'why'])

/** A headline states something: a finite verb with a content word after it, no loose end, quotes closed. */
function isWholeHeadline(parse: Parse, kept: Set<number>, words: Word[]): boolean {
  if (!hasFiniteVerb(words) || leavesClauseOpen(words) || endsOnPartitive(words) || unfinishedBetween(words)) return false
  // "As AI systems continue to improve": a subordinate clause alone states no claim; nor does a leading phrase
  // whose only verb is in a clause of its own ("In areas where there was limited fishing").
  const first = words.find(isWord)
  if ((SUBORDINATORS.has(first?.lower ?? '') || first?.pos === 'ADP') && !hasMainClause(words)) return false
  const main = mainVerb(parse, kept)!
  const after = [...kept].filter((i) => i > main).map((i) => parse.words[i]!)
  if (!after.some((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(w.pos) && isWord(w))) return false
  const last = words.filter(isWord).at(-1)
  // "Congress may consider whether, and if so how": nor on the word that opens a clause.
  if (!last || ['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'].includes(last.pos) || CLAUSE_OPENERS.has(last.lower) || COMPLEMENT_VERBS.has(last.lemma)) return false
  // Quotes closed: render drops a mark whose partner was cut, so only a mark with no partner at all is loose.
  return ![...kept].some((i) => /^["“”]$/.test(parse.words[i]!.text) && !parse.partner.has(i))
}

/**
 * Where the main clause ends: from a reason, time or comparison after its verb ("… since …", "… rather than
 * …"), or a semicolon, colon or dash, or ", and" before a second verb phrase. Never at "but" (a contrast
 * qualifies the claim) nor at a comma inside a list.
 */
function afterMainClause(parse: Parse, kept: Set<number>, options: { verbPhrases?: boolean } = {}): Cut | undefined {
  const main = verbGroupEnd(parse, kept)
  if (main === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b).filter((i) => i > main)
  const { words } = parse
  for (const i of order) {
    if (parse.quoted[i]) continue
    const w = words[i]!
    // A dash that closes an aside ("A coalition—the plaintiffs who had challenged X—filed …") ends nothing.
    const closesAside = DASHES.has(w.text) && words.slice(0, i).filter((x) => x.text === w.text).length % 2 === 1
    if (/^[;:—–]$/.test(w.text) && !closesAside) return { from: i, to: words.length - 1 }
    // "in the following scenarios": after a determiner or preposition the word describes a noun; it stops nothing.
    // "use covert, rather than declared, facilities": an aside between a noun's modifiers ends no clause either.
    const stop = ['DET', 'ADP'].includes(words[i - 1]?.pos ?? '') || modifierAside(words, i) ? undefined : firstPhrase(words, i, TITLE_STOPS)
    // "as", "since", "before", "after", "until", "when" end the main clause only as conjunctions before a clause.
    // "options such as …": a preposition of several words goes from its first word, in the main clause (after
    // ", so places" the clause that holds it has yet to reach its verb); its "as" is no conjunction.
    const inMain = !order.some((k) => k < i && words[k]!.text === ',')
    const complex = stop && inMain ? complexPrepositionBefore(parse, i) : 0
    // "enable individuals such as terrorists to thwart …": examples before the infinitive the verb governs stay.
    if (complex > 0 && words.some((x, k) => k > i && x.lower === 'to' && x.pos === 'PART' && words[k + 1]?.pos === 'VERB')) continue
    const clausal = stop && stop.length === 1 && complex === 0 && ['as', 'since', 'before', 'after', 'until', 'when'].includes(stop[0]!)
    // "… as A and as B": the conjunction goes with what it joins.
    let joined = ['and', 'or'].includes(words[i - 1]?.lower ?? '') && i - 1 > main + 1 ? i - 1 : i - complex
    // "nominated X 29 days after …": the duration goes with what it measures from.
    if (clausal && ['after', 'before'].includes(w.lower) && measuredFrom(words, i - 1) && i - 2 > main + 1) joined = i - 2
    if (stop && joined > main + 1 && (!clausal || (startsClause(words.slice(i + 1)) && !continuesVerbPhrase(words.slice(i + 1))))) return { from: joined, to: words.length - 1 }
    // "Ticketmaster, TicketWeb, and Tickets.com set fees": ", and" closing a list of names starts no clause.
    // "have joined the protests and have in some cases put …": a second verb phrase, in a headline.
    // (Not the last of a list of verbs that share an object: "photograph, position[ and narrate them]", "organizes,
    // trains[, and equips personnel]".)
    const verbList = (k: number) => words[k - 1]?.text === ',' && (words[k]?.pos === 'VERB' || words[k - 2]?.pos === 'VERB')
    if (options.verbPhrases && w.lower === 'and' && words[i - 1]?.text !== ',' && ['AUX', 'VERB'].includes(words[i + 1]?.pos ?? '') && i > main + 2 && isFiniteVerb(words, i + 1) && !joinsModifiers(words, i) && !reducedRelative(parse, kept) && !verbList(i - 1))
      return { from: i, to: words.length - 1 }
    if (w.text === ',' && (words[i + 1]?.lower === 'and' || words[i + 1]?.lower === 'or') && !isListItemBefore(parse, i) && !verbList(i - 1)) {
      const rest = words.slice(i + 2)
      if (rest.length && (['VERB', 'AUX', 'ADV'].includes(rest[0]!.pos) || startsClause(rest))) return { from: i, to: words.length - 1 }
    }
    // A list of verb phrases ("brokered A, secured B, and signed C"), or a dash before a participle ("– highlighting
    // …"): only when a point must lose the rest to be read at all.
    const next = words[i + 1]
    // Not a list of gerunds ("from placing, accepting, or facilitating wagers").
    const gerunds = w.text === ',' && words[i - 1]?.pos === 'VERB' && words[i - 1]!.lower.endsWith('ing') && next?.lower.endsWith('ing')
    if (options.verbPhrases && (w.text === ',' || /^[—–-]$/.test(w.text)) && next?.pos === 'VERB' && (next.lower.endsWith('ed') || next.lower.endsWith('ing')) && !gerunds && !closesAside)
      return { from: i, to: words.length - 1 }
  }
  return undefined
}

/** Whether `i` opens an aside set off by commas between an adjective and the rest of its noun phrase. */
function modifierAside(words: Word[], i: number): boolean {
  if (words[i - 1]?.text !== ',' || words[i - 2]?.pos !== 'ADJ') return false
  const close = words.findIndex((w, k) => k > i && k <= i + 5 && w.text === ',')
  return close > 0 && ['NOUN', 'ADJ'].includes(words[close + 1]?.pos ?? '')
}

/**
 * "The flow of inputs produced in the US and exported to Mexico … increased activity": the verb taken for the main
 * one is a participle right after its noun, before a preposition — a reduced relative clause, whose "and"
 * joins participles, not the sentence's verb phrases.
 */
function reducedRelative(parse: Parse, kept: Set<number>): boolean {
  const main = mainVerb(parse, kept)
  if (main === undefined) return false
  const { words } = parse
  return participleForm(words[main]!, true) && ['NOUN', 'PROPN'].includes(words[main - 1]?.pos ?? '') && words[main + 1]?.pos === 'ADP'
}

/**
 * "some standard RL and constrained RL algorithms": an "and" between an adjective's noun and a participle before
 * its noun joins two modified nouns, not two verb phrases.
 */
function joinsModifiers(words: Word[], i: number): boolean {
  const participle = words[i + 1]!
  return words[i - 2]?.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '') && participleForm(participle) && ['NOUN', 'PROPN'].includes(words[i + 2]?.pos ?? '')
}

/**
 * "Petri is a tool for building evaluations, both for one-off exploration and …", "We are releasing Safety Gym, a
 * suite of environments …": a phrase set off by a comma after the main clause, with no verb of its own (an
 * appositive, an added prepositional phrase), adds to the claim without stating it. Not a list's comma.
 */
function trailingCommaPhrase(parse: Parse, kept: Set<number>): Cut | undefined {
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b).filter((i) => i > group + 1)
  const comma = order.findLast((i) => isComma(parse, i))
  // "by curating higher-quality, more representative data": a comma between two modifiers of one noun sets nothing off.
  if (comma === undefined || isListItemBefore(parse, comma) || parse.quoted[comma] || betweenModifiers(parse.words, comma)) return undefined
  const rest = order.filter((i) => i > comma).map((i) => parse.words[i]!)
  // A noun phrase or a prepositional phrase; not a verb phrase ("…, violate the law"), which may be the claim.
  if (!['DET', 'ADJ', 'ADV', 'ADP', 'NOUN', 'PROPN', 'NUM'].includes(rest[0]?.pos ?? '') || hasFiniteVerb(rest)) return undefined
  if (order.some((i) => i > comma && parse.quoted[i])) return undefined
  return { from: comma, to: order.at(-1)! }
}

/** "issue on which China and the US can cooperate", "talks that exclude Pyongyang": after a noun. */
function restrictiveRelativeCuts(parse: Parse, kept: Set<number>): Cut[] {
  const { words } = parse
  const main = verbGroupEnd(parse, kept) ?? 0
  const cuts: Cut[] = []
  // "It was at the hospital that she learned …": a cleft's "that" opens what the sentence says, no relative clause.
  const order = [...kept].sort((a, b) => a - b)
  const [first, second] = order.filter((i) => isWord(words[i]!))
  // ("It's easier to recall the math that …", "It's true, we …": an adjective it describes, or a verb before the
  // "that", makes "it" a subject of its own.)
  const copula = first !== undefined && words[first]!.lower === 'it' && ['is', 'was', "'s", '’s'].includes(words[second ?? -1]?.lower ?? '')
  const that = copula ? order.find((i) => i > second! && ['that', 'who'].includes(words[i]!.lower)) : undefined
  const focus = that === undefined ? [] : words.slice(second! + 1, that)
  const predicative = focus[0]?.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(focus[1]?.pos ?? '')
  const cleft = that !== undefined && !predicative && !focus.some((x) => ['VERB', 'AUX', 'PART'].includes(x.pos) || /^[,;:]$/.test(x.text)) ? that : undefined
  for (const i of order) {
    if (i <= main || parse.quoted[i] || i === cleft) continue
    const w = words[i]!
    const afterNoun = ['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '')
    const pronoun = ['which', 'who', 'that', 'whom', 'whose'].includes(w.lower)
    const withPreposition = w.pos === 'ADP' && ['which', 'whom'].includes(words[i + 1]?.lower ?? '')
    if (!afterNoun || !(pronoun || withPreposition)) continue
    const next = words[i + (withPreposition ? 2 : 1)]
    if (!next || !['VERB', 'AUX', 'NOUN', 'PROPN', 'PRON', 'DET', 'ADV'].includes(next.pos)) continue
    const comma = nextComma(parse, i)
    // "… service, TicketsNow, by …": an appositive of the clause's last noun goes with the clause.
    const after = comma > 0 ? nextComma(parse, comma + 1) : -1
    const appositive = after > comma + 1 && after - comma <= 6 && !words.slice(comma + 1, after).some((x) => ['VERB', 'AUX', 'ADP', 'SCONJ'].includes(x.pos))
    // "a MOU that will secure supplies, promote partnerships …": a verb after the comma continues the relative
    // clause's list of verb phrases, so the clause runs to the end.
    // So does a verb after an aside already cut ("statements that suggest other entities[, such as event
    // organizers,] determine the refund policy").
    const nextKept = comma > 0 ? [...kept].sort((a, b) => a - b).find((k) => k > comma) : undefined
    const continues = comma > 0 && (words[comma + 1]?.pos === 'VERB' || (nextKept !== undefined && ['VERB', 'AUX'].includes(words[nextKept]!.pos)))
    cuts.push({ from: i, to: comma < 0 || continues ? lastContent(parse) : appositive ? after - 1 : comma - 1 })
  }
  return cuts
}

/** Titles of people, longest first: "Secretary of Defense" before "Secretary". */
const PERSON_TITLES = phrases(actorsData.titles)

/**
 * "President Xi Jinping" → the title word before a capitalised name; "Secretary of Defense Pete Hegseth" → each
 * word of a title the data lists (data/actors.json) before a two-word name.
 */
function personTitleIndices(parse: Parse, kept: Set<number>): number[] {
  const { words } = parse
  const name = (k: number) => words[k]?.pos === 'PROPN' && words[k + 1]?.pos === 'PROPN' && kept.has(k)
  const listed = [...kept].flatMap((i) => {
    const title = /^\p{Lu}/u.test(words[i]!.text) && (i === 0 || !/^\p{Lu}/u.test(words[i - 1]!.text)) ? firstPhrase(words, i, PERSON_TITLES) : undefined
    return title && title.length > 1 && name(i + title.length) ? title.map((_, k) => i + k) : []
  })
  // Not a word inside a name ("the Maternal and Child Health Bureau").
  const capital = (k: number) => /^\p{Lu}/u.test(words[k]?.text ?? '')
  const single = [...kept].filter((i) => {
    const w = words[i]!
    return /^\p{Lu}/u.test(w.text) && w.pos === 'NOUN' && name(i + 1) && !(['and', 'of', '&', 'for'].includes(words[i - 1]?.lower ?? '') && capital(i - 2))
  })
  // "US President Donald Trump", "New York City Mayor Michael Bloomberg": the title goes with the capitalised words
  // before it that say whose it is (not half of "New York City").
  const owners = single.flatMap((i) => {
    const run: number[] = []
    for (let k = i - 1; k >= 0 && kept.has(k) && capital(k) && isWord(words[k]!); k--) run.push(k)
    return run
  })
  return [...new Set([...listed, ...single, ...owners])]
}

// ───────────────────────────── parsing ─────────────────────────────

function parseSentence(text: string, tagged?: Word[]): Parse {
  const words = tagged ?? tagWords(text)
  const quoted = insideMarks(words, '“', '”')
  // '… and enhance governance,” said the minister': a sentence that opens inside a quotation begun in the one
  // before it is someone's words up to its first unpaired closing mark.
  const runInEnd = runInQuoteEnd(words)
  for (let i = 0; i <= runInEnd; i++) quoted[i] = true
  // Straight quotes toggle.
  let open = false
  words.forEach((w, i) => {
    if (w.text === '"') {
      open = !open
      quoted[i] = true
    } else if (open) quoted[i] = true
  })
  // 'for the Pentagon," the company': a comma just inside a closing quote is the sentence's own.
  words.forEach((w, i) => {
    if (w.text === ',' && /^["”]$/.test(words[i + 1]?.text ?? '') && !quoted[i + 2]) quoted[i] = false
  })
  const { inside: aside, unpaired } = brackets(words)
  return { text, words, quoted, aside, unpaired, partner: quotePartners(words) }
}

/**
 * Words inside a pair of brackets (the marks included), and the marks without a partner: "(Some analysts note
 * … plans." opens an aside the next sentence closes, so none of it is an aside here, and its "(" is loose.
 */
function brackets(words: Word[]): { inside: boolean[]; unpaired: number[] } {
  const inside = words.map(() => false)
  const open: number[] = []
  const unpaired: number[] = []
  words.forEach((w, i) => {
    if (w.text === '(') open.push(i)
    else if (w.text === ')') {
      const from = open.pop()
      if (from === undefined) unpaired.push(i)
      else for (let k = from; k <= i; k++) inside[k] = true
    }
  })
  return { inside, unpaired: [...unpaired, ...open] }
}

/** Whether each word is inside a pair of `open` … `close` marks (nested pairs count once), marks included. */
function insideMarks(words: Word[], open: string, close: string): boolean[] {
  let depth = 0
  return words.map((w) => {
    if (w.text === open) depth++
    const inside = depth > 0
    if (w.text === close) depth = Math.max(0, depth - 1)
    return inside
  })
}

/** A word, not punctuation: it holds a letter or a digit (an ASCII one first is the common case, no regex). */
const isWord = (w: Word) => {
  const code = w.text.charCodeAt(0)
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || RE_WORDLIKE.test(w.text)
}

function startsWith(words: Word[], i: number, phrase: Phrase): boolean {
  return phrase.every((p, k) => words[i + k] !== undefined && apostrophes(words[i + k]!.lower) === p)
}

function firstPhrase(words: Word[], i: number, list: Phrase[]): Phrase | undefined {
  const w = words[i]
  if (!w) return undefined
  // Only the phrases that start with this word (longest first, as listed): the lists are read once per word.
  return byFirstWord(list).get(apostrophes(w.lower))?.find((p) => startsWith(words, i, p))
}

const FIRST_WORD_INDEX = new WeakMap<Phrase[], Map<string, Phrase[]>>()
function byFirstWord(list: Phrase[]): Map<string, Phrase[]> {
  let index = FIRST_WORD_INDEX.get(list)
  if (!index) {
    index = new Map()
    for (const p of list) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p])
    FIRST_WORD_INDEX.set(list, index)
  }
  return index
}

function isComma(parse: Parse, i: number): boolean {
  return parse.words[i]?.text === ',' && !parse.quoted[i]
}

/** The next comma (outside quotes) after `i`, before `limit`, or -1. */
function nextComma(parse: Parse, i: number, limit = parse.words.length): number {
  // "While friction between the members (China, France and the UK) has …, X": a comma inside brackets opened
  // after `i` divides the aside, not the sentence.
  let depth = 0
  for (let k = i + 1; k < Math.min(limit, parse.words.length); k++) {
    const text = parse.words[k]!.text
    if (text === '(' && parse.aside[k]) depth++
    else if (text === ')' && depth > 0) depth--
    if (depth > 0) continue
    // "May 23, 2024": the comma inside a date divides nothing.
    if (isComma(parse, k) && RE_YEAR.test(parse.words[k + 1]?.text ?? '') && parse.words[k - 1]?.pos === 'NUM') continue
    // "into higher-level, anonymized insights": a comma between two modifiers of one noun divides nothing.
    if (isComma(parse, k) && betweenModifiers(parse.words, k)) continue
    if (isComma(parse, k)) return k
    if (/^[;:]$/.test(parse.words[k]!.text) && !parse.quoted[k]) return -1
  }
  return -1
}

/**
 * Whether the comma at `k` stands between two modifiers of the noun right after it: an adjective after a
 * determiner or another adjective ("a large, costly project"), or a hyphenated one ("higher-level, anonymized
 * insights") — not a lead's ("As such, federal agencies …").
 */
function betweenModifiers(words: Word[], k: number): boolean {
  const next = words[k + 1]
  const modifier = next?.pos === 'ADJ' || (next?.pos === 'VERB' && participleForm(next))
  if (!modifier || words[k + 2]?.pos !== 'NOUN') return false
  const before = words[k - 2]
  const attributive = words[k - 1]?.pos === 'ADJ' && ['DET', 'ADJ'].includes(before?.pos ?? '')
  const hyphenated = before?.text === '-' && words[k - 3]?.pos === 'ADJ'
  return attributive || hyphenated
}

/** The last index before the sentence's closing punctuation. */
function lastContent(parse: Parse): number {
  let k = parse.words.length - 1
  while (k > 0 && /^[.!?…]$/.test(parse.words[k]!.text)) k--
  return k
}

// ───────────────────────────── cuts ─────────────────────────────

const RE_ENUMERATOR = /^(?:[a-z]|[ivx]{1,5}|\d{1,2})$/i

/**
 * Leading connectives and leading phrases or clauses up to a comma, while a whole clause follows; apart, the leads
 * only a headline drops (`titleOnly`): one naming a place, or a purpose ("To facilitate future work, we …").
 */
function leadCuts(parse: Parse): { cuts: Cut[]; titleOnly: Cut[] } {
  const { words } = parse
  const cuts: Cut[] = []
  const titleOnly: Cut[] = []
  let i = 0
  const label = labelCut(parse) ?? datelineCut(parse)
  if (label) {
    cuts.push(label)
    i = label.to + 1
  }
  // "(b) The Secretary shall …", "(iv) …": a list's enumerator numbers the item; it says nothing.
  if (words[i]?.text === '(' && words[i + 2]?.text === ')' && RE_ENUMERATOR.test(words[i + 1]?.text ?? '')) {
    cuts.push({ from: i, to: i + 2 })
    i += 3
  }
  while (i < words.length) {
    if (parse.quoted[i]) break
    // "This affirms that X": the author's conclusion X, without the reference back.
    const evidence = firstPhrase(words, i, EVIDENCE_OPENERS)?.length ?? evidenceReference(words, i)
    if (evidence && startsClause(words.slice(i + evidence))) {
      cuts.push({ from: i, to: i + evidence - 1 })
      i += evidence
      continue
    }
    if (firstPhrase(words, i, FIXED_ADVERBIALS)) break
    const announcing = firstPhrase(words, i, COMMA_CONNECTIVES)
    const enumerates = announcing && isComma(parse, i + announcing.length) ? announcing : undefined
    // "In addition to taking …, the FTC …": a connective that opens a complex preposition is none; its phrase is a lead.
    const connective = enumerates ?? firstPhrase(words, i, LEADING_CONNECTIVES)
    const preposition = connective && COMPLEX_PREPOSITIONS.some((p) => p.length > connective.length && startsWith(words, i, p))
    if (connective && !preposition) {
      const end = i + connective.length - 1
      const next = isComma(parse, end + 1) ? end + 1 : end
      if (hasFiniteVerb(words.slice(next + 1))) {
        cuts.push({ from: i, to: next })
        i = next + 1
        continue
      }
    }
    if (firstPhrase(words, i, KEEP_OPENERS)) break
    const w = words[i]!
    let comma = nextComma(parse, i, i + 26)
    if (comma < 0) break
    // "Along with hands-on training, capacity building, and API credits, this access …": the lead holds a list,
    // and ends at the comma after its last item.
    // "In the instances of Milošević, Mladić and Karadžić, it took …": the last item may hold its "and".
    // (Not past a clause: "In places where plague occurs naturally, good hygiene and careful handling of sick, dead
    // or hunted animals lowers …" holds no list.)
    while (w.pos === 'ADP' && !hasFiniteVerb(words.slice(i, comma))) {
      const next = nounPhraseAfter(parse, comma)
      const last = isAndOr(words[comma + 1]) || (next > 0 && words.slice(comma + 2, next).some(isAndOr))
      if (next < 0 || !(last || isAndOr(words[next + 1]))) break
      comma = next
      if (last) break
    }
    // "Given that X shares the costs and, in many cases, may not be the requester, USACE asks …": a comma right after
    // a conjunction opens an aside inside the lead, which goes on after it.
    if (words[comma - 1]?.pos === 'CCONJ') {
      const aside = nextComma(parse, comma + 1, comma + APPOSITIVE_WORDS)
      const end = aside > 0 ? nextComma(parse, aside + 1, aside + 27) : -1
      if (end < 0) break
      comma = end
    }
    const lead = words.slice(i, comma)
    const purpose = w.lower === 'to' && w.pos === 'PART' && words[i + 1]?.pos === 'VERB'
    const opens =
      purpose ||
      firstPhrase(words, i, COMPLEX_PREPOSITIONS) ||
      firstPhrase(words, i, LEADING_OPENERS) ||
      ['ADP', 'SCONJ'].includes(w.pos) ||
      // (Not a gerund subject whose object is a list: "amending eligibility, benefits, or other rules can have …".)
      (w.pos === 'VERB' && w.lower.endsWith('ing') && !startsList(parse, comma)) ||
      // "Taken together, …", "Founded in 1990, …", "Given X, …": a past participle's phrase, before its subject (not
      // one that describes the subject's noun: "Improved artillery systems, drones and … have renewed concerns").
      (w.pos === 'VERB' && participleForm(w, true) && (w.lower === 'given' || ['ADP', 'ADV'].includes(words[i + 1]?.pos ?? '')) && !hasFiniteVerb(lead)) ||
      // "Given that X may …, Y …": a subordinate clause.
      (w.lower === 'given' && words[i + 1]?.lower === 'that') ||
      // "Both a burden and a gift, …": a descriptive phrase with no verb and no name (not a list of names, nor
      // the first item of a listed subject: "The rate, scale, and form of X will determine …").
      // (Nor a subject whose last modifiers a comma lists: "good hygiene and careful handling of sick, dead or hunted
      // animals lowers …" ends on an adjective, not on its noun.)
      (['DET', 'ADJ', 'ADV'].includes(w.pos) && lead.length <= 8 && !(lead.length >= 3 && lead.at(-1)?.pos === 'ADJ') && !lead.some((x) => ['VERB', 'AUX', 'PROPN'].includes(x.pos)) && !startsList(parse, comma) && !(lead.some((x) => x.pos === 'NOUN') && asideFollows(words, comma)))
    if (!opens) break
    // "Now – as then – the police have been accused of X, including …": a lead with a verb of its own is a
    // clause; only a subordinate one ("Although X did Y, …") may go.
    // "As AI systems improve, …" is subordinate; "As a result, …" is not (a clause must follow "as").
    const asClause = w.lower === 'as' && startsClause(words.slice(i + 1, comma))
    const subordinating = w.pos === 'SCONJ' || SUBORDINATORS.has(w.lower) || asClause || words.slice(i, i + 2).some((x) => x.pos === 'SCONJ' && x.lower !== 'as')
    // ("In light of the limit that requires waivers, …": a relative clause inside a phrase makes it no clause; nor
    // does a participle in an attribution: "According to data on grants terminated, as of May, HHS had …".)
    const attribution = w.lower === 'according' && words[i + 1]?.lower === 'to'
    if (!subordinating && !attribution && (w.pos === 'ADP' ? hasMainClause(lead, { relativeThat: true }) : hasFiniteVerb(lead))) break
    // "Even though my duties are done, and my relationship is no longer formal, I still think …", "As AI systems
    // improve, and are adopted at scale, it's crucial …": a clause or verb phrase joined to a subordinate one by
    // "and" belongs to it.
    const subordinate = w.pos === 'SCONJ' || asClause || words.slice(i, i + 3).some((x) => x.pos === 'SCONJ')
    const joined = subordinate && ['and', 'or'].includes(words[comma + 1]?.lower ?? '') ? nextComma(parse, comma + 1, comma + 27) : -1
    const end = joined > 0 && startsClause(words.slice(joined + 1)) ? joined : comma
    const rest = words.slice(end + 1)
    // ("Taken together, along with the fact that …, these figures suggest …": another lead may come first.)
    if (!hasFiniteVerb(rest) || !(startsClause(rest) || leadsIntoClause(rest))) break
    // "In New Zealand, 80% of the coastline is sinking": where the claim holds is part of it; a headline may lose it.
    if (purpose || placeLead(words.slice(i, end))) titleOnly.push({ from: i, to: end })
    else cuts.push({ from: i, to: end })
    i = end + 1
  }
  return { cuts, titleOnly }
}

/** The words open with a phrase of a preposition up to a comma, then a clause: "along with the fact that …, these figures suggest". */
function leadsIntoClause(words: Word[]): boolean {
  if (words[0]?.pos !== 'ADP') return false
  const comma = words.findIndex((w, k) => k > 1 && w.text === ',')
  return comma > 0 && comma <= MAX_CHAINED_LEAD && startsClause(words.slice(comma + 1))
}
const MAX_CHAINED_LEAD = 30

/**
 * "This program's goal, according to U.S. officials, was to …": a phrase or attribution after the comma, set
 * off by another, leaves the noun phrase before it the subject, not a lead ("More broadly, in light of …," is one).
 */
function asideFollows(words: Word[], comma: number): boolean {
  const next = words[comma + 1]
  if (next === undefined) return false
  // ("Further changes in research, facilitated by advances in AI, have raised …": a participle's phrase too.)
  if (next.pos === 'ADP' || next.lower === 'according' || (next.pos === 'VERB' && participleForm(next, true) && words[comma + 2]?.pos !== 'NOUN')) return true
  // "This court, consisting of 12 judges, exercises …", "A key advocate of the idea, archaeologist Jane Doe,
  // mentions …": a phrase with no verb of its own, set off by commas, then the verb the noun phrase is subject of.
  const close = words.findIndex((w, k) => k > comma + 1 && k <= comma + APPOSITIVE_WORDS && w.text === ',')
  const inner = words.slice(comma + 1, close)
  const clausal = (w: Word) => ['AUX', 'SCONJ', 'CCONJ'].includes(w.pos) || (w.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(w.lower))
  return close > 0 && !hasFiniteVerb(inner) && !inner.some(clausal) && isFiniteVerb(words, close + 1)
}
/** The longest aside between a subject and its verb that `asideFollows` looks for (words). */
const APPOSITIVE_WORDS = 12

/** Prepositions of place whose object, when a name, says where a claim holds. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'inside', 'outside'])

/** "In New Zealand", "Across the United States": a short lead naming a place (a name that is no month or day). */
function placeLead(lead: Word[]): boolean {
  const [preposition, ...rest] = lead
  if (!preposition || !PLACE_PREPOSITIONS.has(preposition.lower) || rest.length === 0 || rest.length > PLACE_LEAD_WORDS) return false
  const name = rest[0]?.lower === 'the' ? rest.slice(1) : rest
  return name.length > 0 && name.every((w) => w.pos === 'PROPN' && !CALENDAR_NAMES.has(w.text) && !/\d/.test(w.text))
}
const PLACE_LEAD_WORDS = 4

/**
 * A label before a colon that opens the sentence ("SECURING MORE TRADE DEALS: President Trump signed …", "Bottom
 * line: …"): a few words with no verb of their own, before a whole clause. It names the paragraph; it is not the claim.
 */
/**
 * "Washington, D.C. – Today, the Office announced …": a dateline (a place's name before a dash, and the day
 * after it) says where and when the release was issued, not what it claims.
 */
function datelineCut(parse: Parse): Cut | undefined {
  const { words } = parse
  // (A spaced dash: "Long-term" is one word.)
  const spaced = (k: number) => words[k]!.start > (words[k - 1]?.end ?? 0) && (words[k + 1]?.start ?? Infinity) > words[k]!.end
  const dash = words.findIndex((w, k) => k <= MAX_DATELINE_WORDS && /^[—–-]$/.test(w.text) && spaced(k))
  const place = words.slice(0, dash)
  if (dash < 1 || !place.every((w) => w.pos === 'PROPN' || w.text === ',') || words[0]!.pos !== 'PROPN') return undefined
  // ("Translocation – moving animals – is …": a pair of dashes sets off an aside; a dateline's place has a comma
  // or capitals, or a day after it.)
  if (words.some((w, k) => k > dash && w.text === words[dash]!.text && spaced(k))) return undefined
  const day = TIME_WORDS.has(words[dash + 1]?.lower ?? '') && words[dash + 2]?.text === ',' ? dash + 2 : dash
  const named = place.some((w) => w.text === ',' || /^\p{Lu}{3,}$/u.test(w.text)) || day > dash
  return named && startsClause(words.slice(day + 1)) ? { from: 0, to: day } : undefined
}
/** The longest dateline place `datelineCut` reads (words and commas): "Kansas City, Missouri, U.S.". */
const MAX_DATELINE_WORDS = 6

function labelCut(parse: Parse): Cut | undefined {
  const { words } = parse
  const colon = words.findIndex((w, k) => k < MAX_CAPS_LABEL_WORDS + 1 && w.text === ':' && !parse.quoted[k])
  if (colon < 1) return undefined
  const label = words.slice(0, colon)
  // A label in capitals is a heading whatever its words ("DELIVERING ON PROMISES TO HELP IMPROVE HEALTHCARE FOR ALL
  // AMERICANS:"): the tagger reads words in capitals poorly.
  const caps = label.length >= 2 && label.every((w) => !/\p{Ll}/u.test(w.text)) && label.some((w) => /\p{Lu}{2}/u.test(w.text))
  if (!caps && (colon > MAX_LABEL_WORDS || label.some((w) => w.pos === 'VERB' && !w.lower.endsWith('ing')) || hasFiniteVerb(label))) return undefined
  const rest = words.slice(colon + 1)
  if (!hasFiniteVerb(rest) || (!caps && !startsClause(rest))) return undefined
  return { from: 0, to: colon }
}
const MAX_LABEL_WORDS = 8
const MAX_CAPS_LABEL_WORDS = 14

/** Words that open a clause inside another: "where there was …", "what Congress might do", "that it had". */
const SUBORDINATORS = new Set(['where', 'when', 'what', 'whether', 'why', 'how', 'while', 'whereas', 'because', 'although', 'though', 'if', 'unless', 'as', 'since', 'after', 'before', 'until', 'once'])
/** Words that open a clause that may be a sentence's subject: "What matters most is …". */
const WH_SUBJECTS = new Set(['what', 'whatever', 'where', 'how', 'why', 'whether', 'who'])
/** Connectives that may stand before a subordinate clause: "So if …", "And when …". */
const CLAUSE_CONNECTIVES = new Set(['so', 'yet', 'then', 'thus', 'hence', 'still'])

/**
 * The words hold a main clause: a finite verb with no subordinating word ("where", "if", "which" …) before it
 * since the last comma. "In other words, in areas where there was limited fishing" has none; "If X, Y happens"
 * has one.
 */
function hasMainClause(words: Word[], options: { relativeThat?: boolean } = {}): boolean {
  let start = 0
  return words.some((w, k) => {
    if (w.text === ',' || w.text === ';' || w.text === ':') start = k + 1
    if (!isFiniteVerb(words, k)) return false
    return !words.slice(start, k).some((x, j) => x.pos === 'SCONJ' || SUBORDINATORS.has(x.lower) || RELATIVE.has(x.lower) || (options.relativeThat && relativeThat(words, start + j)))
  })
}

/** "the limit that requires …": "that" as a pronoun after a noun opens a relative clause. */
function relativeThat(words: Word[], k: number): boolean {
  return words[k]!.lower === 'that' && words[k]!.pos === 'PRON' && ['NOUN', 'PROPN'].includes(words[k - 1]?.pos ?? '')
}

/** The words open a clause: a subject (possibly after a connective) before the first finite verb. */
/**
 * "This finding suggests that", "These relatively small ranges indicate that": a demonstrative and the noun it
 * names, then a verb of evidence and "that" — how many words that opener has from `i`, or 0.
 */
function evidenceReference(words: Word[], i: number): number {
  if (!['this', 'these'].includes(words[i]?.lower ?? '')) return 0
  // The tagger may read the noun as a verb ("This finding"), or the verb as a noun ("These results show"): the verb
  // is the word of evidence right before "that", after one to EVIDENCE_SUBJECT_WORDS words of the noun phrase.
  for (let k = i + 2; k <= i + 1 + EVIDENCE_SUBJECT_WORDS && k + 1 < words.length; k++) {
    if (!isWord(words[k - 1]!) || ['DET', 'AUX', 'ADP', 'SCONJ', 'PRON'].includes(words[k - 1]!.pos) && k - 1 > i) return 0
    const verb = words[k]!
    const lemma = verb.lemma === verb.lower && verb.lower.endsWith('s') ? verb.lower.slice(0, -1) : verb.lemma
    if (EVIDENCE_VERBS.has(lemma) && words[k + 1]!.lower === 'that') return k + 2 - i
  }
  return 0
}

function startsClause(words: Word[]): boolean {
  const verb = words.findIndex((_, k) => isFiniteVerb(words, k))
  if (verb <= 0) return false
  const subject = words.slice(0, verb)
  // "the strategic issue on which China … can cooperate": a relative clause inside a noun phrase is no clause of its own.
  if (subject.some((w) => w.pos === 'SCONJ' || RELATIVE.has(w.lower) || w.lower === 'that')) return false
  // "xAI for up to $200 million each “to accelerate … adoption of advanced AI”": a quotation before the verb
  // means the verb is not this subject's.
  if (subject.some((w, k) => /^["“”]$/.test(w.text) && !(k === 0 && w.text !== '“'))) return false
  // "such as the reputation of the ticketer, may also affect …": an example is no subject.
  if (subject[0]!.lower === 'such' && subject[1]?.lower === 'as') return false
  return subject.some((w) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(w.pos))
}

/**
 * "[as] the top trading partner in goods, and in 2025 maintained this position": the first verb follows a
 * conjunction and a phrase of time or place, with no noun of its own, so it continues the verb phrase before
 * the words, and they start no clause.
 */
function continuesVerbPhrase(words: Word[]): boolean {
  const verb = words.findIndex((_, k) => isFiniteVerb(words, k))
  const conjunction = words.slice(0, Math.max(0, verb)).findLastIndex((w) => w.pos === 'CCONJ')
  if (verb <= 0 || conjunction < 0) return false
  const joined = words.slice(conjunction + 1, verb)
  return joined.length > 0 && ['ADP', 'ADV'].includes(joined[0]!.pos)
}

/** ", however," inside the sentence, or a closing ", though". */
function midConnectiveCuts(parse: Parse): Cut[] {
  const cuts: Cut[] = []
  parse.words.forEach((_, c) => {
    if (!isComma(parse, c)) return
    const p = firstPhrase(parse.words, c + 1, MID_CONNECTIVES)
    if (!p) return
    const after = c + p.length + 1
    // "China, however, refused", "harmed if, for example, they could": both commas go; after a leading phrase
    // ("After the vote, however, the party split") its own comma stays.
    const words = parse.words.slice(0, c)
    const lead = !hasFiniteVerb(words) && ['ADP', 'SCONJ'].includes(words[0]?.pos ?? '')
    if (isComma(parse, after)) cuts.push(lead ? { from: c + 1, to: after } : { from: c, to: after })
    else if (after > lastContent(parse)) cuts.push({ from: c, to: after - 1 })
  })
  return cuts
}

/** The longest aside in parentheses that is cut whole (tokens): past it, the brackets may not pair up. */
const MAX_PAREN_TOKENS = 40

/** "(who is now using … (E.O.) 14347 …)": an aside in parentheses, nested ones inside it. */
function parenCuts(parse: Parse): Cut[] {
  const cuts: Cut[] = []
  let open = -1
  let depth = 0
  parse.words.forEach((w, i) => {
    if (parse.quoted[i] && depth === 0) return
    if (w.text === '(') {
      if (depth === 0) open = i
      depth++
    } else if (w.text === ')' && depth > 0) {
      depth--
      if (depth === 0 && i - open <= MAX_PAREN_TOKENS) cuts.push({ from: open, to: i })
    }
  })
  return cuts
}

/** ", head of ANU’s National Security College," between a noun and its verb. */
function appositiveCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, c1) => {
    if (!isComma(parse, c1)) return
    // "The National Institutes of Health (NIH), an agency of …,": the noun may carry its acronym in brackets.
    const noun = words[c1 - 1]?.text === ')' && words[c1 - 3]?.text === '(' ? c1 - 4 : c1 - 1
    if (!['NOUN', 'PROPN'].includes(words[noun]?.pos ?? '')) return
    const c2 = nextComma(parse, c1, c1 + 16)
    if (c2 < 0 || c2 - c1 < 2) return
    const inner = words.slice(c1 + 1, c2)
    if (hasFiniteVerb(inner) || inner.some((x) => x.pos === 'SCONJ' || x.pos === 'VERB' || RELATIVE.has(x.lower))) return
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(inner[0]!.pos)) return
    // "its allies, Turkey and Pakistan," and "the ambassador, Samantha Power,": the names say who; they stay.
    if (words[noun]!.pos === 'NOUN' && inner.some((x) => x.pos === 'PROPN')) return
    // "arbitrary detention, cruel treatment, torture and murder": an item of a list, not an aside ("torture" is
    // no verb there).
    if (isAndOr(words[c2 + 1]) || isAndOr(words[c2 + 2])) return
    // "farming, fishing, shipping, and tourism": nor one in the middle of a list that goes on ("shipping" is no
    // verb there either).
    const c3 = nextComma(parse, c2, c2 + 6)
    if (c3 > 0 && (isAndOr(words[c3 + 1]) || isAndOr(words[c3 + 2])) && !hasFiniteVerb(words.slice(c2 + 1, c3))) return
    let k = c2 + 1
    while (words[k]?.pos === 'ADV') k++
    if (words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX') cuts.push({ from: c1, to: c2 })
    void w
  })
  return cuts
}

/** ", which …", ", of which …" up to the next comma or the end. */
function relativeCuts(parse: Parse): Cut[] {
  const cuts: Cut[] = []
  parse.words.forEach((_, c) => {
    if (!isComma(parse, c)) return
    const next = parse.words[c + 1]
    const relative = RELATIVE.has(next?.lower ?? '') || (next?.pos === 'ADP' && RELATIVE.has(parse.words[c + 2]?.lower ?? ''))
    if (!relative) return
    // "Seoul, which …, announced": the main clause resumes after the next comma; otherwise the clause runs to the end.
    const end = nextComma(parse, c + 1)
    const resumes = end > 0 && ['VERB', 'AUX', 'ADV'].includes(parse.words[end + 1]?.pos ?? '')
    // "Seoul[, which …,] announced": the closing comma goes with the clause when the main verb follows it
    // (before "delaying …" or "rather than …" it still sets off what follows).
    const after = parse.words[end + 1]
    const verbNext = end > 0 && (after?.pos === 'AUX' || (after?.pos === 'VERB' && !after.lower.endsWith('ing')))
    cuts.push({ from: c, to: resumes ? (verbNext ? end : end - 1) : lastContent(parse) })
  })
  return cuts
}

/** ", despite …", ", following …", ", raising …" after the main verb, up to the next comma or the end. */
function trailingCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((_, c) => {
    // Someone's words are not trimmed.
    if (!isComma(parse, c) || parse.quoted[c] || !hasMainClause(words.slice(0, c), { relativeThat: true })) return
    // 'based on "general principles," taking into account …': the phrase opens after the quote the comma is inside.
    const after = parse.partner.has(c + 1) && parse.partner.get(c + 1)! < c ? c + 2 : c + 1
    const opens = firstPhrase(words, after, TRAILING_OPENERS) || (words[after]?.pos === 'VERB' && words[after]!.lower.endsWith('ing'))
    if (!opens || (after > c + 1 && !hasFiniteVerb(words.slice(0, c)))) return
    // "Our expectation is that, in the same way …, we'll measure …": after "that" or a conjunction the clause
    // is still to come; only the aside before it may go.
    const before = words[c - 1]
    if (before && (COMPLEMENTIZERS.has(before.lower) || before.pos === 'SCONJ')) {
      const close = nextComma(parse, c + 1)
      if (close > 0 && (startsClause(words.slice(close + 1)) || ['VERB', 'AUX'].includes(words[close + 1]?.pos ?? ''))) cuts.push({ from: c, to: close })
      return
    }
    // "and" joins a clause of its own ("…, and China agreed"): that is a claim, not detail.
    if (words[c + 1]!.lower === 'and' && hasFiniteVerb(words.slice(c + 2))) return
    // "to Anthropic, Google, OpenAI, and xAI for …": the last item of a list, not a phrase added to the clause.
    if (['and', 'or'].includes(words[c + 1]!.lower) && !['VERB', 'AUX'].includes(words[c + 2]?.pos ?? '') && isListItemBefore(parse, c)) return
    // "businesses offering, displaying, or advertising tickets": a list of participles, not a phrase added.
    const ing = (w: Word | undefined) => (w?.pos === 'VERB' || w?.pos === 'NOUN') && w.lower.endsWith('ing')
    if (ing(words[c - 1]) && ing(words[c + 1]) && [',', 'and', 'or'].includes(words[c + 2]?.lower ?? '')) return
    // "requires all systems, including autonomous weapon systems, be designed to …": the clause resumes after
    // the next comma (a verb follows it), so the phrase is an aside up to that comma.
    // So does "the company was, given its assessment of “…,” unwilling to …": the aside splits a verb from its
    // complement (its closing quote, if the comma is inside one, goes with it).
    const close = nextComma(parse, c + 1)
    const quote = /^["”]$/.test(words[close + 1]?.text ?? '') ? 1 : 0
    const resumes = ['VERB', 'AUX'].includes(words[close + 1 + quote]?.pos ?? '') || words[c - 1]?.pos === 'AUX'
    const aside = words.slice(c + 1, close).filter((_, k) => !parse.quoted[c + 1 + k])
    if (close > 0 && resumes && !hasFiniteVerb(aside)) {
      cuts.push({ from: c, to: close + quote })
      return
    }
    // To the end: a trailing phrase may hold commas of its own ("…, while attacking oil facilities, tankers and …").
    cuts.push({ from: c, to: lastContent(parse) })
  })
  return cuts
}

const COMPLEMENTIZERS = new Set(['that', 'whether', 'if'])

/** The comma at `c` separates items of a list: what follows is a noun phrase that a later ", and" or "and" ends. */
function startsList(parse: Parse, c: number): boolean {
  if (isAndOr(parse.words[c + 1])) return true
  const next = nounPhraseAfter(parse, c)
  return next >= 0 && isAndOr(parse.words[next + 1])
}

/** The next comma after `c`, when what lies between is a noun phrase (a list item: no verb, pronoun or conjunction), or -1. */
function nounPhraseAfter(parse: Parse, c: number): number {
  const next = nextComma(parse, c + 1, c + 12)
  if (next < 0) return -1
  const item = parse.words.slice(c + 1, next)
  return item.every((x) => !['AUX', 'PRON', 'SCONJ'].includes(x.pos)) && !hasFiniteVerb(item) ? next : -1
}

const isAndOr = (w: Word | undefined) => w?.lower === 'and' || w?.lower === 'or'

/** The comma at `c` closes an item of a list of names or nouns: "A, B, C[,] and D". */
function isListItemBefore(parse: Parse, c: number): boolean {
  // "farming, fishing, shipping, and tourism": a gerund is a noun in a list.
  const gerund = (i: number) => parse.words[i]?.pos === 'VERB' && parse.words[i]!.lower.endsWith('ing') && !isFiniteVerb(parse.words, i)
  const nounish = (i: number) => ['NOUN', 'PROPN'].includes(parse.words[i]?.pos ?? '') || gerund(i)
  if (!nounish(c - 1)) return false
  for (let k = c - 2; k >= Math.max(0, c - 5); k--) if (isComma(parse, k)) return nounish(k - 1)
  return false
}

/** The words a time phrase's preposition is followed by before its time word ("in [the next two] years"). */
const TIME_PHRASE_WORDS = 4

/** "in 2015", "on 22 January", "within three weeks", "in recent years", "This time". */
function timeCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, i) => {
    // "… going forward.", "… so far, and …": a fixed time adverbial that ends its clause.
    const adverbial = parse.quoted[i] ? undefined : firstPhrase(words, i, TIME_ADVERBIALS)
    if (adverbial) {
      const end = i + adverbial.length - 1
      const next = words[end + 1]
      if (!next || /^[,;:.!?)—–]$/.test(next.text)) {
        cuts.push({ from: isComma(parse, i - 1) && next?.text !== ',' ? i - 1 : i, to: end })
        return
      }
    }
    if (TIME_DETERMINERS.has(w.lower) && TIME_WORDS.has(words[i + 1]?.lower ?? '') && !parse.quoted[i] && words[i + 2]?.pos !== 'ADP') {
      // "over the next decade": the preposition (and article) go with it; "the next decade will …" is a subject.
      const article = words[i - 1]?.pos === 'DET' ? 1 : 0
      const preposition = words[i - 1 - article]?.pos === 'ADP' ? 1 : 0
      if (article && !preposition) return
      cuts.push({ from: i - article - preposition, to: i + 1 })
      return
    }
    if (!TIME_PREPOSITIONS.has(w.lower) || parse.quoted[i]) return
    // "the exercise, last held in 2017", "heat waves, like the one occurring in 2025": the time is all a participle
    // says; without it the participle dangles.
    const before = words[i - 1]
    if (before?.pos === 'VERB' && (before.lower.endsWith('ing') || words[i - 2]?.pos === 'ADV')) return
    let k = i + 1
    let timely = false
    while (k < words.length && k - i <= (timely ? TIME_PHRASE_WORDS + 2 : TIME_PHRASE_WORDS)) {
      const x = words[k]!
      // A number is a time when it is a year or counts time ("three weeks"); "from 30 states" counts states.
      const timeNumber = x.pos === 'NUM' && (RE_YEAR.test(x.text) || TIME_WORDS.has(words[k + 1]?.lower ?? '') || MONTHS.test(words[k - 1]?.lower ?? '') || MONTHS.test(words[k + 1]?.lower ?? ''))
      // "on an idealized past": "past" names a time only as "the past" ("in the past", "over the past decade").
      const pastNamed = x.lower !== 'past' || words[k - 1]?.lower === 'the'
      if (timeNumber || MONTHS.test(x.lower) || (TIME_WORDS.has(x.lower) && pastNamed)) timely = true
      // "on May 23, 2024": a comma inside the date.
      else if (x.text === ',' && timely && RE_YEAR.test(words[k + 1]?.text ?? '')) timely = true
      // "in April and May 2027": dates joined by "and"/"or" are one phrase.
      // ("in the coming weeks and months": so are time words.)
      else if (timely && ['and', 'or'].includes(x.lower) && (MONTHS.test(words[k + 1]?.lower ?? '') || RE_YEAR.test(words[k + 1]?.text ?? '') || TIME_WORDS.has(words[k + 1]?.lower ?? ''))) timely = true
      else if (!['DET', 'ADJ'].includes(x.pos)) break
      k++
    }
    // "in the January 2026 operation": the date describes the noun after it; the phrase is not a time phrase.
    // "within 60 days of closing the merger": the time is counted from what its "of" names; the phrase goes on.
    // "during the next two budget cycles": the phrase goes on past the time word; it is not cut inside.
    // "so by the time they arrive at Earth it can be …": "the time" with a clause after it opens that clause.
    const conjunction = ['time', 'moment'].includes(words[k - 1]?.lower ?? '') && startsClause(words.slice(k, nextComma(parse, k) > 0 ? nextComma(parse, k) : words.length))
    // "after the September 11, 2001, attacks": a date after "the" and before its noun's comma describes the noun.
    const attributive = words[i + 1]?.lower === 'the' && words[k]?.text === ',' && ['NOUN', 'ADJ'].includes(words[k + 1]?.pos ?? '')
    if (timely && !conjunction && !attributive && !['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(words[k]?.pos ?? '') && words[k]?.lower !== 'of') cuts.push({ from: i, to: k - 1 })
  })
  return cuts
}

/** The first finite verb outside a leading subordinate clause. */
function mainVerb(parse: Parse, kept: Set<number>): number | undefined {
  const order = [...kept].sort((a, b) => a - b)
  const words = order.map((i) => parse.words[i]!)
  // "Engage in joint research that promotes safety": an imperative's verb is the main one.
  const imperative = imperativeVerb(words)
  const finite = (j: number) => !parse.aside[order[j]!] && isFiniteVerb(words, j)
  let k = imperative >= 0 ? imperative : words.findIndex((_, j) => finite(j))
  // "Another option that Members have explored[, …,] is conditioning …", "The BBC's reporter, stationed in the
  // capital, said …": the first verb describes the subject; the clause's own verb comes after a comma.
  if (k >= 0 && imperative < 0 && describesSubject(words, k)) {
    const afterComma = (j: number) => words[j - 1]!.text === ',' || (words[j - 1]!.pos === 'ADV' && words[j - 2]?.text === ',')
    const later = words.findIndex((_, j) => j > k + 1 && afterComma(j) && finite(j) && !describesSubject(words, j))
    if (later > 0) k = later
  }
  return k >= 0 ? order[k] : undefined
}

/** Relative pronouns that open a clause describing the noun before them. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom'])

/**
 * The finite verb at `k`, the sentence's first, is in a clause that describes its subject: a relative clause
 * after the subject's noun ("option [that Members have explored]"), or a participle set off by commas after it
 * ("Harvey[, stationed in Aceh,]").
 */
function describesSubject(words: Word[], k: number): boolean {
  let j = k - 1
  while (j >= 0 && ['AUX', 'ADV', 'PART'].includes(words[j]!.pos)) j--
  const participle = words[k]!.pos === 'VERB' && /(?:ed|en|wn)$/.test(words[k]!.lower)
  if (participle && words[j]?.text === ',' && j === k - 1 && ['NOUN', 'PROPN'].includes(words[j - 1]?.pos ?? '')) return true
  while (j >= 0 && ['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM'].includes(words[j]!.pos) && !RELATIVE_PRONOUNS.has(words[j]!.lower)) j--
  return j > 0 && RELATIVE_PRONOUNS.has(words[j]!.lower) && ['NOUN', 'PROPN'].includes(words[j - 1]!.pos)
}

/** The last word of the main verb group: "were highlighted", "has long been perceived". */
function verbGroupEnd(parse: Parse, kept: Set<number>): number | undefined {
  const main = mainVerb(parse, kept)
  if (main === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b)
  let k = order.indexOf(main)
  while (k + 1 < order.length && ['VERB', 'AUX', 'ADV', 'PART'].includes(parse.words[order[k + 1]!]!.pos) && parse.words[order[k + 1]!]!.lower !== 'to') k++
  return order[k]
}

/**
 * Adverbs that only colour a verb or an adjective ("swiftly condemn", "ardently expanding"), the farthest from
 * the verb first. Adjectives stay: too many name the thing itself ("primary market", "consummated mergers").
 */
function modifierIndices(parse: Parse, kept: Set<number>): number[] {
  const { words } = parse
  const main = mainVerb(parse, kept) ?? 0
  return [...kept]
    .filter((i) => {
      const w = words[i]!
      const next = words[i + 1]
      if (w.pos !== 'ADV' || KEEP_MODIFIERS.has(w.lower) || parse.quoted[i]) return false
      return w.lower.endsWith('ly') && (next?.pos === 'VERB' || next?.pos === 'ADJ')
    })
    .sort((a, b) => Math.abs(b - main) - Math.abs(a - main))
}

/** Words that take "of" for what they count or pick out: "one of the lanes", "some of the funds" (the quantifiers). */
const OF_QUANTIFIERS = new Set(['one', ...QUANTIFIERS])

/**
 * The last "preposition + noun phrase" (or "to" + verb after a noun: "solutions to denuclearise North Korea")
 * of what is kept, after the main verb's complement: the phrase right after the verb group is its complement
 * ("highlighted as a major threat") and stays.
 */
function trailingPrepositionalPhrase(parse: Parse, kept: Set<number>, options: { point?: boolean } = {}): Cut | undefined {
  const order = [...kept].sort((a, b) => a - b)
  const group = verbGroupEnd(parse, kept)
  if (group === undefined) return undefined
  const complement = order.find((i) => i > group)
  // "faced charges including arbitrary detention, cruel treatment, torture and murder": examples after their noun,
  // list and all, which a headline may lose.
  const examples = options.point ? undefined : order.find((i) => i > group && i !== complement && EXAMPLE_OPENERS.has(parse.words[i]!.lower) && !parse.quoted[i] && ['NOUN', 'PROPN'].includes(parse.words[i - 1]?.pos ?? ''))
  if (examples !== undefined) return { from: parse.words[examples - 1]?.text === ',' ? examples - 1 : examples, to: order.at(-1)! }
  // "issued an order directing the agency to …": when no phrase at the end can go, a present participle right after
  // the noun it describes, with its own object, opens a reduced relative clause, which a headline may lose whole.
  const participle = (): Cut | undefined => {
    const main = options.point || complement === undefined ? undefined : mainVerb(parse, kept)
    const from = main === undefined ? undefined : order.find((i, k) => i > complement! && reducedParticiple(parse, order, k, complement!, main))
    return from === undefined ? undefined : { from, to: order.at(-1)! }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!
    if (i <= group || i === complement) return participle()
    const w = parse.words[i]!
    // A headline may lose a phrase that holds a quotation ("for $200 million each “to accelerate …”"); a point
    // keeps what is quoted.
    if (parse.quoted[i]) {
      if (options.point) return undefined
      continue
    }
    const prev = parse.words[order[k - 1] ?? -1]
    if (k === order.length - 1 && /^[.!?…]$/.test(w.text)) continue
    // A preposition right after a verb is its particle ("shore up"), after an auxiliary the complement of "be"
    // ("was in place"); after an adverb or adjective it completes it ("as far as", "close to"): none starts a
    // phrase that can go.
    // "the use of AI models", "a level of risk": "of" completes the noun before it; the phrase to go starts earlier.
    // A point keeps it; a headline, which must be short, may lose it.
    // ("…, one of the world's busiest lanes", "most of the funds": after a number or a quantifier it does too.)
    if (options.point && w.lower === 'of' && (['NOUN', 'PROPN', 'NUM'].includes(prev?.pos ?? '') || OF_QUANTIFIERS.has(prev?.lower ?? ''))) continue
    // ("travel because of the heat": the phrase opens with its preposition's first word.)
    if (w.pos === 'ADP' && !keptModifier(parse, i) && !['VERB', 'AUX', 'ADV', 'ADJ'].includes(prev?.pos ?? '')) return { from: i - complexPrepositionBefore(parse, i), to: order.at(-1)! }
    if (w.lower === 'to' && w.pos === 'PART' && prev?.pos === 'NOUN') return { from: i, to: order.at(-1)! }
    // "for violating the law": a gerund after a preposition is inside the phrase.
    if (w.pos === 'VERB' && w.lower.endsWith('ing') && parse.words[order[k - 1] ?? -1]?.pos === 'ADP') continue
    // "under existing rules", "the growing threat": a participle before its noun describes it. (After a noun it
    // may open a reduced relative clause instead: "the commission investigating the club".)
    const describes = ['DET', 'ADJ', 'ADP', 'NUM'].includes(parse.words[i - 1]?.pos ?? '')
    if (w.pos === 'VERB' && w.lower.endsWith('ing') && describes && order[k + 1] === i + 1 && ['NOUN', 'PROPN'].includes(parse.words[i + 1]!.pos) && !isFiniteVerb(parse.words, i)) continue
    if (!options.point && w.pos === 'VERB' && participleForm(w, true) && !NAMING_PARTICIPLES.has(w.lemma)) {
      const next = parse.words[order[k + 1] ?? -1]
      // "misuse of deployed models": a participle before its noun describes it, inside the phrase.
      if (['NOUN', 'PROPN'].includes(next?.pos ?? '') && !isFiniteVerb(parse.words, i)) continue
      // "the risks associated with systems", "tasks devoted to software": a participle right after the noun it
      // describes, with its preposition, opens a reduced relative clause, which a headline may lose like a
      // prepositional phrase.
      // Not the verb of a clause that has none before it ("found that the fees for 31 events ranged from …"), nor
      // a name the noun is given ("a phenomenon [known as …]", "a plan [called …]"): the name is what is said.
      if (['NOUN', 'PROPN'].includes(prev?.pos ?? '') && order[k - 1] === i - 1 && next?.pos === 'ADP' && verbBefore(parse, order.slice(0, k))) return { from: i, to: order.at(-1)! }
    }
    // "has acquired Vercept to help us push …": an infinitive of purpose after a whole verb phrase, which a
    // headline may lose; not the infinitive a verb or noun governs ("require parties to file", "the ability to").
    if (!options.point && w.pos === 'VERB' && prev?.lower === 'to' && prev.pos === 'PART' && isPurpose(parse, kept, order[k - 2])) continue
    // "software-related": a hyphen inside a word is no boundary.
    if (/^[-‐‑/]$/.test(w.text) && !atBoundaries(parse, { from: i, to: i })) continue
    if (['VERB', 'AUX', 'SCONJ'].includes(w.pos) || (w.pos === 'PUNCT' && w.text !== '’' && w.text !== "'")) return participle()
  }
  return participle()
}

const EXAMPLE_OPENERS = new Set(['including', 'notably', 'especially', 'particularly'])
/** What opens a participle's object: "directing [the agency]", "requiring [its members] …". */
const OBJECT_POS = new Set(['DET', 'PROPN', 'PRON', 'NUM'])
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
const SMALL_CLAUSE_VERBS = new Set<string>(LANGUAGE_DATA.smallClauseVerbs)
const NAMING_PARTICIPLES = new Set<string>(LANGUAGE_DATA.namingVerbs)

/**
 * Whether `order[k]` is a present participle opening a reduced relative clause on the noun right before it
 * ("an order [directing the agency …]"); not after a verb whose object takes a participle of its own ("saw
 * protesters blocking the road", "spent years building it"), nor in someone's words.
 */
function reducedParticiple(parse: Parse, order: number[], k: number, object: number, main: number): boolean {
  const i = order[k]!
  const w = parse.words[i]!
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing') || parse.quoted[i] || order[k - 1] !== i - 1 || parse.words[i - 1]!.pos !== 'NOUN') return false
  // The noun is the verb's object, a plain noun phrase right after it ("issued [an executive order] directing"),
  // not one inside a phrase ("the constitutionality of a state requiring …").
  if (!order.slice(order.indexOf(object), k).every((j) => NOUN_PHRASE_POS.has(parse.words[j]!.pos))) return false
  // Its object opens with a determiner or a name ("directing [the agency]"); "machine learning researchers" is a noun.
  if (!OBJECT_POS.has(parse.words[order[k + 1] ?? -1]?.pos ?? '')) return false
  return main < i - 1 && !SMALL_CLAUSE_VERBS.has(parse.words[main]!.lemma) && verbBefore(parse, order.slice(0, k))
}

/** "to" after `object` opens an infinitive of purpose: the main verb and the noun before it govern no infinitive. */
function isPurpose(parse: Parse, kept: Set<number>, object: number | undefined): boolean {
  const noun = object === undefined ? undefined : parse.words[object]
  if (!noun || !['NOUN', 'PROPN'].includes(noun.pos) || INFINITIVE_NOUNS.has(noun.lemma)) return false
  const main = mainVerb(parse, kept)
  const verbs = [...kept].filter((i) => main !== undefined && i >= main && i < object! && parse.words[i]!.pos === 'VERB')
  return verbs.length > 0 && !verbs.some((i) => CONTROL_VERBS.has(parse.words[i]!.lemma))
}
const CONTROL_VERBS = new Set(LANGUAGE_DATA.infinitiveGoverningVerbs)
const INFINITIVE_NOUNS = new Set(LANGUAGE_DATA.infinitiveGoverningNouns)

/** Whether the clause the last of `kept` ends has a verb already: back to "that", "which" or a conjunction. */
function verbBefore(parse: Parse, kept: number[]): boolean {
  for (let k = kept.length - 1; k >= 0; k--) {
    const w = parse.words[kept[k]!]!
    if (w.pos === 'VERB' || w.pos === 'AUX') return true
    if (w.pos === 'SCONJ' || ['that', 'which', 'who', 'whether'].includes(w.lower)) return false
  }
  return false
}

// ───────────────────────────── output ─────────────────────────────

/**
 * A word a headline must keep: "about 50", "over 300" hedge a figure; "questions about the meaning", "a fight over
 * water" open a phrase that may go like any other.
 */
function keptModifier(parse: Parse, i: number): boolean {
  const w = parse.words[i]!
  if (!KEEP_MODIFIERS.has(w.lower)) return false
  if (!PREPOSITION_MODIFIERS.has(w.lower)) return true
  return !['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(parse.words[i + 1]?.pos ?? '')
}

/**
 * A cut may only start and end between separate words: never inside "business-as-usual" or "anti-access/area",
 * whose parts the tagger splits.
 */
function atBoundaries(parse: Parse, c: Cut): boolean {
  const separate = (i: number) => {
    const a = parse.words[i - 1]
    const b = parse.words[i]
    // The sentence's last em dash, spaced or not, sets off what follows it ("(LAWS)—weapons capable of …").
    const lastDash = b?.text === '—' && !parse.words.some((w, k) => k > i && w.text === '—')
    return !a || !b || parse.text.slice(a.end, b.start).length > 0 || /^[,;:.!?)”]$/.test(b.text) || /^[(“]$/.test(a.text) || lastDash
  }
  // So does any em dash when the cut takes the rest of the sentence ("… for 60 days[—through May 17—in …]"), unless
  // a modifier before it waits for its noun ("the implications of biometric—specifically facial—technologies").
  // Nor when the words after the aside's closing dash go on with the clause ("It takes time for X[—…—]to spread",
  // "Understanding how Y[—…—]is crucial"): only a phrase of its own may follow it ("—in an attempt to …").
  const dash = () => {
    const before = parse.words[c.from - 1]
    const closing = parse.words.findIndex((w, k) => k > c.from && w.text === '—')
    const resumes = parse.words[closing + 1]
    const ownPhrase = closing < 0 || (resumes !== undefined && ((resumes.pos === 'ADP' && resumes.lower !== 'to' && resumes.lower !== 'than') || ['SCONJ', 'CCONJ'].includes(resumes.pos)))
    return c.to >= lastContent(parse) && !['ADJ', 'DET', 'ADP'].includes(before?.pos ?? '') && ownPhrase
  }
  return (separate(c.from) || (parse.words[c.from]?.text === '—' && dash())) && separate(c.to + 1)
}

/** Each quotation mark's partner: “ with ”, and straight quotes in turn. */
/** The index of the closing mark of a quotation the sentence opens inside of (a ” before any “), or -1. */
function runInQuoteEnd(words: Word[]): number {
  let straight = -1
  let marks = 0
  for (let i = 0; i < words.length; i++) {
    const text = words[i]!.text
    if (text === '“') return -1
    if (text === '”') return i
    if (text === '"') (straight = i), marks++
  }
  // Straight marks: a lone one after the sentence's last word closes a quotation begun before it.
  return marks === 1 && straight > words.findLastIndex(isWord) ? straight : -1
}

function quotePartners(words: Word[]): Map<number, number> {
  const partner = new Map<number, number>()
  const curly: number[] = []
  let straight = -1
  words.forEach((w, i) => {
    if (w.text === '“') curly.push(i)
    else if (w.text === '”' && curly.length) {
      const o = curly.pop()!
      partner.set(o, i).set(i, o)
    } else if (w.text === '"') {
      if (straight < 0) straight = i
      else {
        partner.set(straight, i).set(i, straight)
        straight = -1
      }
    }
  })
  return partner
}

function drop(kept: Set<number>, c: Cut): void {
  for (let i = c.from; i <= c.to; i++) kept.delete(i)
}

function keptWords(parse: Parse, kept: Set<number>): Word[] {
  return [...kept].sort((a, b) => a - b).map((i) => parse.words[i]!)
}

function count(parse: Parse, kept: Set<number>): number {
  let n = 0
  for (const i of kept) if (isWord(parse.words[i]!) && !RE_CLOSING.test(parse.words[i]!.text)) n++
  return n
}


/**
 * The kept words as text: the sentence's own spacing between neighbours, one space across a cut; no stray
 * punctuation at the ends; the first letter capitalised; no closing full stop.
 */
export function render(parse: Parse, kept: Set<number>): string {
  // A quotation mark whose partner was cut goes too (a cut may end at a comma just inside a closing quote).
  const { partner } = parse
  // 'on "general principles," taking …' cut from its comma: the closing quote stays with the quotation it closes.
  const reclosed = new Set<number>()
  for (const [open, close] of partner) {
    if (close > open && kept.has(open) && !kept.has(close) && !kept.has(close - 1) && parse.words[close - 1]?.text === ',' && kept.has(close - 2)) reclosed.add(close)
  }
  const shown = new Set([...kept, ...reclosed])
  const order = [...shown].sort((a, b) => a - b).filter((i) => !partner.has(i) || shown.has(partner.get(i)!))
  // Drop punctuation left dangling at the ends (a comma before a cut, a full stop after one).
  // A straight quote mark opens a quotation there when its partner is kept after it.
  const opening = (i: number) => RE_OPENING.test(parse.words[i]!.text) || (parse.words[i]!.text === '"' && (partner.get(i) ?? -1) > i)
  while (order.length && !isWord(parse.words[order[0]!]!) && !opening(order[0]!)) order.shift()
  // … and a list item's closing "; and" ("Information about products under development; and").
  const loose = (k: number) => /^[,;:—–-]$/.test(parse.words[order[k]!]?.text ?? '')
  while (order.length && (loose(order.length - 1) || (/^(?:and|or)$/i.test(parse.words[order.at(-1)!]!.text) && loose(order.length - 2)))) order.pop()
  let out = ''
  order.forEach((i, k) => {
    const w = parse.words[i]!
    const prev = order[k - 1]
    if (prev === undefined) out = w.text
    else if (prev === i - 1) out += parse.text.slice(parse.words[prev]!.end, w.start) + w.text
    else if ((RE_CLOSING.test(w.text) && w.text !== ',') || reclosed.has(i)) out += w.text
    // "weapon systems[ (LAWS)]—weapons capable of …": an em dash written close keeps close.
    else if (w.text === '—' && parse.text.slice(parse.words[i - 1]?.end ?? w.start, w.start) === '') out += w.text
    else if (w.text === ',' && /[,;:]$/.test(out)) return
    // "testified [on March 18, 2026], that …": the comma that closed a cut date parts no verb from its clause.
    else if (w.text === ',' && parse.words[prev]!.pos === 'VERB' && parse.words[order[k + 1] ?? -1]?.lower === 'that') return
    else out += (w.text === ',' ? '' : ' ') + w.text
  })
  out = out
    .replace(/\s+([,;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[\s,;:—–-]+$/u, '')
    .replace(/\.$/, '')
    .trim()
  // A quotation that runs on into the next sentence closes where the point ends: the slide shows its first part.
  const runsOn = order.find((i) => /^["“]$/.test(parse.words[i]!.text) && !partner.has(i) && parse.quoted[i + 1])
  if (runsOn !== undefined && !/["”]$/.test(out)) out += parse.words[runsOn]!.text === '“' ? '”' : '"'
  // One begun in the sentence before opens where the point begins.
  const runIn = runInQuoteEnd(parse.words)
  if (runIn > 0 && order.length && order[0]! < runIn) {
    const straight = parse.words[runIn]!.text === '"'
    out = `${straight ? '"' : '“'}${out}`
    if (!kept.has(runIn) && order.at(-1)! < runIn) out += straight ? '"' : '”'
  }
  return out.replace(/^(["'“‘(]*)(\p{Ll})/u, (_, open: string, c: string) => open + c.toUpperCase())
}
