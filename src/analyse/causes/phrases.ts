/**
 * Noun phrases over the tagged words of a sentence: the situations a causal cue links ("increased US and
 * Japanese military presence", "China’s crystallising anti-access/area denial capabilities", "the integration
 * of these forces"). A phrase is a run of determiners, possessives, adjectives, numbers, nouns and names that
 * ends in a noun or a name, with one "of" phrase after it.
 */
import type { Word } from '../../language/index.ts'
import { LANGUAGE, MODALS, POSSESSIVE_DETERMINERS } from '../../language/data.ts'
import { DATA } from '../data.ts'
import { CLOSING_QUOTES, OPENING_QUOTES } from '../../language/grammar.ts'

export interface Phrase {
  /** Word indices, inclusive. */
  first: number
  last: number
}

const INSIDE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON'])
const HEADS = new Set(['NOUN', 'PROPN'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'some', 'each', 'every', 'both', 'all'])
/**
 * Adverbs that open a clause, not a phrase: "studies [how misshapen proteins] cause dementia", "costs rise [once
 * late filings] are counted".
 */
const WH = new Set(['how', 'why', 'when', 'where', 'whether', 'once'])
/** Words that make a time of a time noun after them: "next week", "last year", "this month". */
const TIME_DEICTICS = new Set(['next', 'last', 'this', 'that', 'each', 'every', 'previous', 'following', 'same'])
const TIME_NOUNS = new Set<string>(LANGUAGE.timeNouns)

/** Words joined to their neighbours without spaces ("anti-access/area", "US-Japan", "business-as-usual"). */
const JOINERS = new Set(['-', '/', '–'])

/** Participles that say how a thing changes, before its noun: "rising prices", "falling demand". */
const CHANGE_PARTICIPLES = new Set(['rising', 'falling', 'growing', 'declining', 'increasing', 'decreasing', 'mounting', 'shrinking', 'worsening', 'deepening', 'soaring', 'dwindling'])

/** A noun, a name, or a gerund after a determiner ("the pumping of oil"). */
export function isHead(words: Word[], i: number): boolean {
  const w = words[i]
  if (!w) return false
  if (HEADS.has(w.pos)) return true
  // "the scale of need": a bare verb form after a noun's "of" is a noun the tagger misread.
  if (w.pos === 'VERB' && w.lower === w.lemma && words[i - 1]?.lower === 'of' && words[i - 2]?.pos === 'NOUN' && !['NOUN', 'PROPN', 'DET'].includes(words[i + 1]?.pos ?? '')) return true
  // ("the pumping of oil", "the risk of flooding": a gerund after a determiner or after "of", with no object after it;
  // "caused by cooling of the interior": or after another preposition, with an "of" phrase for its object.)
  if (w.pos === 'VERB' && /ing$/.test(w.lower) && words[i - 1]?.pos === 'ADP' && words[i + 1]?.lower === 'of') return true
  return w.pos === 'VERB' && /ing$/.test(w.lower) && (['DET'].includes(words[i - 1]?.pos ?? '') || words[i - 1]?.lower === 'of') && !['NOUN', 'PROPN', 'DET', 'PRON'].includes(words[i + 1]?.pos ?? '')
}

/** A word that can stand inside a noun phrase at `i`. */
function inside(words: Word[], i: number, text: string): boolean {
  const w = words[i]
  if (!w) return false
  if (isHead(words, i)) return true
  if (w.pos === 'PRON') return POSSESSIVE_DETERMINERS.has(w.lower)
  if (w.pos === 'DET') return DETERMINERS.has(w.lower)
  if (INSIDE.has(w.pos)) return true
  // "increased presence", "the attempted test": a participle before a noun, opening the phrase or after a
  // determiner or adjective (not "urged Beijing": a verb and its object).
  if (w.pos === 'VERB' && /ed$/.test(w.lower) && (HEADS.has(words[i + 1]?.pos ?? '') || coordinatedModifier(words, i + 1)) && !['NOUN', 'PROPN', 'PRON', 'VERB', 'AUX'].includes(words[i - 1]?.pos ?? '') ) return true
  if (w.pos === 'VERB' && /ing$/.test(w.lower) && ['NOUN', 'PROPN', 'ADJ'].includes(words[i + 1]?.pos ?? '') && words[i - 1] && ['DET', 'PRON', 'PART', 'PROPN', 'ADV', 'ADJ'].includes(words[i - 1]!.pos)) return true
  // "driven by [rising bread prices]", "exposed to [rising seas]": a participle of change opening the phrase after a preposition.
  if (w.pos === 'VERB' && CHANGE_PARTICIPLES.has(w.lower) && ['NOUN', 'ADJ'].includes(words[i + 1]?.pos ?? '') && words[i - 1]?.pos === 'ADP') return true
  // "Rising inflation has weakened …": a participle opening the sentence before its noun.
  if (w.pos === 'VERB' && /ing$/.test(w.lower) && i === 0 && ['NOUN', 'ADJ'].includes(words[1]?.pos ?? '')) return true
  // "RMS' radical views": an apostrophe glued to a plural or a name ending in s is a possessive.
  if ((w.text === "'" || w.text === '’') && /s$/i.test(words[i - 1]?.text ?? '') && words[i - 1]!.end === w.start && ['ADJ', 'NOUN', 'PROPN'].includes(words[i + 1]?.pos ?? '')) return true
  if (coordinatedModifier(words, i)) return true
  // Joiners glued to both neighbours.
  if (w.pos === 'PUNCT' || w.pos === 'SYM') return glued(words, i)
  // "a lower-than-expected rise", "state-of-the-art systems": a word glued into a compound by joiners on both sides
  // (or, at its end, on the left) belongs to it, whatever its tag.
  if (/^\p{L}/u.test(w.text) && glued(words, i - 1) && (glued(words, i + 1) || isHead(words, i + 1) || words[i + 1]?.pos === 'ADJ')) return true
  // "the far-right", "well-funded groups": an adverb joined by a hyphen to the word after it.
  if (w.pos === 'ADV' && JOINERS.has(words[i + 1]?.text ?? '') && w.end === words[i + 1]!.start && words[i + 2]?.start === words[i + 1]!.end) return true
  // "ever more", "ardently expanding": an adverb before a modifier of the noun.
  // Not "as" of "such as free time": it introduces an example, it modifies nothing.
  if (w.pos === 'ADV' && !WH.has(w.lower) && w.lower !== 'as' && (words[i + 1]?.pos === 'ADJ' || (words[i + 1]?.pos === 'VERB' && /ing$/.test(words[i + 1]!.lower)))) return true
  void text
  return false
}

/**
 * Whether the word at `i` is "and" or "or" inside a coordinated modifier: "US and Japanese military presence",
 * "repeated or very severe stress" (a participle before it, an adverb of degree after it).
 */
function coordinatedModifier(words: Word[], i: number): boolean {
  const w = words[i]
  const prev = words[i - 1]
  if (!w || !prev || !['and', 'or'].includes(w.lower)) return false
  if (!(['PROPN', 'ADJ'].includes(prev.pos) || (prev.pos === 'VERB' && /ed$/.test(prev.lower)))) return false
  const next = words[i + 1]?.pos === 'ADV' ? i + 2 : i + 1
  return ['PROPN', 'ADJ'].includes(words[next]?.pos ?? '') && HEADS.has(nextHead(words, next)?.pos ?? '')
}

function nextHead(words: Word[], from: number): Word | undefined {
  for (let k = from; k < words.length && k < from + 4; k++) if (HEADS.has(words[k]!.pos)) return words[k]
  return undefined
}

/** Plural nouns that count what their "of" phrase names: "thousands [of jobs]" (data/language.json countingNouns). */
const COUNTING = new Set<string>(LANGUAGE.countingNouns)
/** Quantifiers of a part of what the "of" phrase after them names: "some of the harms", "one of the worst crises". */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'each', 'both', 'any', 'several', 'few', 'none', 'much', 'one'])

/** The longest aside in parentheses a noun phrase steps over, in words. */
const MAX_ASIDE_WORDS = 6

/** Nouns whose content follows "about" or "over" (data/causes.json topicHeads): "fears about the outbreak spreading". */
const TOPIC_HEADS = new Set(DATA.causes.topicHeads as string[])
const TOPIC_MARKERS = new Set(['about', 'over'])

/**
 * Whether `p` holds a noun of feeling or debate with its "about" or "over" content ("questions about Indonesia's
 * direction"): a phrase joined to it by "and" is more of that content ("… and U.S.-Indonesia relations").
 */
export function endsInTopic(words: Word[], p: Phrase): boolean {
  for (let k = p.first; k < p.last; k++) if (topicAt(words, k)) return true
  return false
}

/** Word `k` is a noun of feeling or debate and its "about" or "over" follows: "fears [about] …", "concerns [over] …". */
const topicAt = (words: Word[], k: number) => TOPIC_MARKERS.has(words[k + 1]?.lower ?? '') && TOPIC_HEADS.has(words[k]!.lemma.toLowerCase())

/**
 * The noun phrase starting at `from` (after skipping nothing), extended by one "of" phrase, or by one "about" or
 * "over" phrase after a noun of feeling or debate ("fears about the outbreak"); or undefined.
 */
export function phraseAt(words: Word[], from: number, text: string): Phrase | undefined {
  // "some of the more enduring harms": the quantifier says how much of the phrase after "of", which names the thing.
  if (QUANTIFIERS.has(words[from]?.lower ?? '') && words[from + 1]?.lower === 'of') return phraseAt(words, from + 2, text)
  let i = from
  let head = -1
  while (i < words.length) {
    // "very severe (also called chronic) stress": an aside in parentheses between a modifier and its noun.
    if (words[i]!.text === '(' && i > from && head < from) {
      const close = words.findIndex((w, k) => k > i && k <= i + MAX_ASIDE_WORDS && w.text === ')')
      if (close > 0 && isHead(words, close + 1)) {
        i = close + 1
        continue
      }
    }
    // "the “snapback” mechanism": a quoted modifier before the head (its closing mark, then a head).
    if (OPENING_QUOTES.has(words[i]!.text) && head < from) {
      const close = words.findIndex((w, k) => k > i + 1 && k <= i + MAX_QUOTED_MODIFIER + 1 && CLOSING_QUOTES.has(w.text))
      if (close > 0 && quotedModifierStart(words, close) === i && isHead(words, close + 1)) {
        i = close + 1
        continue
      }
    }
    // "new, high-paying jobs": a comma between two adjectives before their noun; "next-generation, high-security
    // computing facilities": or between two hyphenated modifiers (the first one's noun is no head).
    const compounds = i > from + 1 && glued(words, i - 2) && i + 2 < words.length && (words[i + 1]!.pos === 'ADJ' || glued(words, i + 2))
    if (words[i]!.text === ',' && i > from && ((head < from && words[i - 1]!.pos === 'ADJ' && words[i + 1]?.pos === 'ADJ') || compounds)) {
      i++
      continue
    }
    if (!inside(words, i, text)) break
    // "the floods | next week", "prices | last year": a time after the noun is no part of it.
    if (head >= from && TIME_DEICTICS.has(words[i]!.lower) && TIME_NOUNS.has(words[i + 1]?.lemma.toLowerCase() ?? '')) break
    // A determiner after the noun opens something else: "the likelihood | that consumers would …".
    if (words[i]!.pos === 'DET' && head >= from) break
    if (isHead(words, i)) head = i
    // A possessive 's ends a possessor; the phrase goes on to its noun.
    i++
  }
  if (head < from) return undefined
  let last = head
  // "disturbances in self-worth": a word glued to the head by a hyphen belongs to it, whatever its tag.
  while (glued(words, last + 1) && /^\p{L}/u.test(words[last + 2]!.text)) last += 2
  // "the integration of these forces", "the credibility of international sanctions".
  if (words[last + 1]?.lower === 'of' || topicAt(words, last)) {
    const tail = phraseAt(words, last + 2, text)
    // ("tens of thousands of new, high-paying jobs": a counting noun is nothing without what it counts.)
    // (A hyphenated compound counts as one word: "next-generation".)
    const length = tail ? words.slice(last + 1, tail.last + 1).filter((w, k) => w.pos !== 'PUNCT' && !glued(words, last + k)).length : 0
    if (tail && (COUNTING.has(words[last]!.lower) || length <= 6)) last = tail.last
  }
  return { first: from, last }
}

/** Word `k` is a joiner ("-", "/", "–") glued to the words on both sides of it: the "-" of "next-generation". */
export function glued(words: Word[], k: number): boolean {
  const [a, h, b] = [words[k - 1], words[k], words[k + 1]]
  return !!a && !!b && JOINERS.has(h?.text ?? '') && a.end === h!.start && h!.end === b.start
}

/** The most words a quoted modifier holds ("the “price indexing” formula"). */
const MAX_QUOTED_MODIFIER = 4

/**
 * Where the quoted modifier closing at `close` opens: its opening mark, with at most MAX_QUOTED_MODIFIER words of
 * nouns, names, adjectives, numbers or participles between; undefined when there is none.
 */
function quotedModifierStart(words: Word[], close: number): number | undefined {
  for (let open = close - 1; open >= 0 && open >= close - MAX_QUOTED_MODIFIER - 1; open--) {
    if (OPENING_QUOTES.has(words[open]!.text)) return open < close - 1 ? open : undefined
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(words[open]!.pos)) return undefined
  }
  return undefined
}

/** The noun phrase that ends right before `before` (skipping adverbs, auxiliaries and a comma), or undefined. */
export function phraseBefore(words: Word[], before: number, text: string, skip: Set<string>): Phrase | undefined {
  let i = timeBefore(words, before) - 1
  for (;;) {
    while (i >= 0 && (words[i]!.pos === 'ADV' || words[i]!.text === '(' || words[i]!.pos === 'AUX' || words[i]!.pos === 'PART' && words[i]!.lower !== '’s' && words[i]!.lower !== "'s" || skip.has(words[i]!.lower))) i--
    // "The drought, however, raised prices": a sentence adverb set off by commas after the subject.
    if (words[i]?.text === ',' && words[i - 1]?.pos === 'ADV' && words[i - 2]?.text === ',') i -= 3
    else break
  }
  if (i < 0 || !(isHead(words, i) || numberedName(words, i))) {
    // "… capabilities (A2/AD) were highlighted": step over a parenthesis.
    if (words[i]?.text === ')') {
      while (i >= 0 && words[i]!.text !== '(') i--
      return phraseBefore(words, i, text, skip)
    }
    return undefined
  }
  const last = i
  let first = i
  for (;;) {
    if (first - 1 >= 0 && inside(words, first - 1, text) && !(words[first]!.pos === 'DET' && isHead(words, first - 1))) first--
    // "anti-access/area denial (A2/AD) capabilities": an aside in parentheses inside the phrase.
    else if (words[first - 1]?.text === ')') {
      let open = first - 2
      while (open >= 0 && words[open]!.text !== '(') open--
      if (open > 0 && inside(words, open - 1, text)) first = open - 1
      else break
    } else if (CLOSING_QUOTES.has(words[first - 1]?.text ?? '')) {
      // "the new “price indexing” formula": a name in quotation marks modifying the head.
      const open = quotedModifierStart(words, first - 1)
      if (open === undefined) break
      first = open
      if (open > 0 && inside(words, open - 1, text) && words[open - 1]!.text !== '(') first = open - 1
    } else break
  }
  // "all-in pricing", "government-to-government agreements": a compound is whole; so is "like-minded", whose first
  // word the tagger reads as a preposition, left out above while its joiner was taken.
  if (glued(words, first)) first--
  while (glued(words, first - 1)) first -= 2
  // "the integration of these forces": a phrase ending in an "of" phrase reaches back over it.
  if (words[first - 1]?.lower === 'of') {
    const head = phraseBefore(words, first - 1, text, new Set())
    if (head && first - head.first <= 8) first = head.first
  }
  return { first, last }
}

/** "Section 122", "Pillar 1", "Resolution 2231": a number after a name is the name's last word. */
function numberedName(words: Word[], i: number): boolean {
  return words[i]!.pos === 'NUM' && /^\d+$/.test(words[i]!.text) && words[i - 1]?.pos === 'PROPN'
}

/** Prepositions of a time phrase after a subject: "The drought [from 2021 to 2022] resulted in …". */
const TIME_PREPOSITIONS = new Set(['in', 'from', 'to', 'since', 'until', 'through', 'during', 'between', 'and'])

/**
 * Where a time phrase of years ending right before `before` starts ("from 2021 to 2022", "in 2023"), so that the
 * phrase before the cue is read before it; `before` itself when there is none.
 */
function timeBefore(words: Word[], before: number): number {
  let i = before
  while (i >= 2 && /^\d{4}$/.test(words[i - 1]!.text) && TIME_PREPOSITIONS.has(words[i - 2]!.lower)) i -= 2
  return i < before && isHead(words, i - 1) ? i : before
}

/** The phrase's text from the sentence, without leading determiners and asides in parentheses. */
export function phraseText(words: Word[], p: Phrase, text: string): string {
  let first = p.first
  while (first < p.last && words[first]!.pos === 'DET' && !glued(words, first + 1)) first++
  return text
    .slice(words[first]!.start, words[p.last]!.end)
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Possessive marks as the tokenizer gives them: "Hess’s". */
export const POSSESSIVE_MARKS = new Set(['’s', "'s", '’', "'"])
/** Prepositions that give an example of the noun before them: "technologies like rideshare apps". */
const EXAMPLE_MARKS = new Set(['like'])

/**
 * The outermost noun phrase around a phrase that is a prepositional object: "increased US and Japanese military
 * presence in response to [the test]" → the presence, the subject that the verb after it belongs to.
 */
export function climb(words: Word[], p: Phrase, text: string): Phrase {
  let current = p
  for (let n = 0; n < 4; n++) {
    const before = words[current.first - 1]
    // "the president’s decision to withdraw troops threatens": the noun the infinitive completes, with it.
    if (before?.pos === 'VERB' && words[current.first - 2]?.lower === 'to') {
      const noun = phraseBefore(words, current.first - 2, text, new Set())
      return noun && isHead(words, noun.last) && words[noun.last]!.pos === 'NOUN' ? { first: noun.first, last: current.last } : current
    }
    // "sanctions imposed by Japan": the agent of a participle after a noun belongs to that noun's phrase.
    // A particle may come between: "dislocations brought about by the revolution".
    const at = PARTICLES.has(words[current.first - 2]?.lower ?? '') ? current.first - 3 : current.first - 2
    const participle = words[at]
    if (before?.lower === 'by' && participle?.pos === 'VERB' && /(?:ed|en|wn|ght)$/.test(participle.lower)) {
      const noun = phraseBefore(words, at, text, new Set())
      return noun && noun.last === at - 1 ? { first: noun.first, last: current.last } : current
    }
    // "the cyberattack targeting [the pipeline]": the object of a present participle after a subject noun belongs
    // to that noun's phrase, as the agent of a past one does.
    if (before?.pos === 'VERB' && before.lower.endsWith('ing') && ['NOUN', 'PROPN'].includes(words[current.first - 2]?.pos ?? '')) {
      const noun = phraseBefore(words, current.first - 1, text, new Set())
      // (Not a verb's object, which the participle tells more of: "sapped her energy battling the infections".)
      const object = noun && ['VERB', 'AUX'].includes(words[noun.first - 1]?.pos ?? '')
      return noun && noun.last === current.first - 2 && !object ? { first: noun.first, last: current.last } : current
    }
    // "coordination with [allies, partners, and like-minded institutions]": the last member of a series that is a
    // preposition's object hangs, with the whole series, on what the preposition follows.
    if (before?.pos === 'CCONJ') {
      const first = seriesFirst(words, current, text)
      const preposition = first && words[first.first - 1]
      if (!preposition || preposition.pos !== 'ADP' || preposition.lower === 'of') return current
      current = first
      continue
    }
    if (!before || !(before.pos === 'ADP' || before.lower === 'to') || before.lower === 'of') return current
    // "Technologies like rideshare apps have opened up …": an example of a plural noun names the thing; it is no
    // object hanging on it.
    const kind = words[current.first - 2]
    // (A capital opening the sentence may make the tagger read the plural as a name, its lemma unchanged.)
    if (EXAMPLE_MARKS.has(before.lower) && kind && ['NOUN', 'PROPN'].includes(kind.pos) && /[^s]s$/.test(kind.lower)) return current
    let k = current.first - 1
    // ("in response to": a noun between two prepositions is part of one; not a possessor's noun, "Hess’s participation on".)
    while (k > 0 && (words[k]!.pos === 'ADP' || words[k]!.lower === 'to' || (words[k]!.pos === 'NOUN' && ['ADP', 'PART'].includes(words[k - 1]?.pos ?? '') && words[k - 1]!.lower !== 'of' && !POSSESSIVE_MARKS.has(words[k - 1]!.text)))) k--
    const outer = phraseBefore(words, k + 1, text, new Set())
    if (!outer || outer.last >= current.first) return current
    current = { first: outer.first, last: current.last }
    current = outer
  }
  return current
}

/**
 * The first member of a series of noun phrases whose last member is `p`, led by "and" or "or" ("the ministries,
 * armed forces, and [security services]"): back from the conjunction, phrase by phrase while commas part them;
 * undefined when `p` closes no series of three members or more.
 */
export function seriesFirst(words: Word[], p: Phrase, text: string): Phrase | undefined {
  if (!['and', 'or'].includes(words[p.first - 1]?.lower ?? '')) return undefined
  // A series of three members or more, commas between them: "allies, partners(,) and institutions". Not two,
  // whose conjunction may join phrases of another level ("his views on morality and his behaviors"), nor "…, and
  // the President has allowed", where a comma before the conjunction parts two clauses.
  const serial = words[p.first - 2]?.text === ','
  let at = serial ? p.first - 2 : p.first - 1
  const members: Phrase[] = []
  for (let n = 0; n < MAX_MEMBERS; n++) {
    const member = phraseBefore(words, at, text, new Set())
    if (!member || member.last !== at - 1) break
    // "For years, repeated denials and assurances": a phrase opening the sentence with its preposition, then a
    // comma, sets the time or place of the clause; it is no member.
    if (members.length && words[member.first - 1]?.pos === 'ADP' && member.first - 1 === 0) break
    members.push(member)
    if (words[member.first - 1]?.text !== ',') break
    at = member.first - 1
  }
  return members.length >= 2 ? members.at(-1) : undefined
}

/** How many members of a series of noun phrases are followed back through. */
const MAX_MEMBERS = 6

/** The head noun of a phrase (before any "of" or other prepositional phrase: "prices in the secondary market"). */
export function headOf(words: Word[], p: Phrase): Word {
  for (let i = p.first; i <= p.last; i++) if ((words[i]!.lower === 'of' || words[i]!.pos === 'ADP') && i > p.first) return lastHead(words, p.first, i - 1)
  return lastHead(words, p.first, p.last)
}

function lastHead(words: Word[], first: number, last: number): Word {
  for (let i = last; i >= first; i--) if (isHead(words, i)) return words[i]!
  return words[last]!
}

/** Particles of a phrasal participle: "brought about by", "set up by". */
const PARTICLES = new Set(['about', 'up', 'out', 'off', 'down', 'on'])


/** A modal whose verb follows it (adverbs between), not "be": "would purchase", not "would [be] aware". */
function modalOfVerb(words: Word[], k: number): boolean {
  let j = k + 1
  while (words[j]?.pos === 'ADV') j++
  return words[j]?.pos === 'VERB'
}

/** Longest clause label: longer situations are not drawn (a diagram label should read at a glance). */
const MAX_CLAUSE_WORDS = 7

/** Prepositions of time and place that may open a clause before its subject ("In March the port was closed"). */
const FRONTED_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'until', 'throughout', 'amid', 'following', 'across', 'within', 'by'])

/**
 * A clause as a situation ("the Strait of Hormuz remains partially inoperable", "the conflict could quickly
 * spiral out of control"): its words without leading determiners, auxiliaries and -ly adverbs, when it has a
 * noun and a verb or adjective and fits MAX_CLAUSE_WORDS; else undefined. `text` is the label.
 */
export function clauseAt(words: Word[], first: number, last: number, sentence: string): { phrase: Phrase; text: string } | undefined {
  while (first <= last && ['PUNCT', 'CCONJ', 'SCONJ'].includes(words[first]!.pos)) first++
  // "[During the campaign] the site was unavailable": a phrase of time or place fronted without a comma is no part
  // of what happens; the clause opens at the subject after it.
  if (FRONTED_PREPOSITIONS.has(words[first]?.lower ?? '') && words[first]!.pos === 'ADP') {
    const fronted = phraseAt(words, first + 1, sentence)
    const subject = fronted && fronted.last < last ? phraseAt(words, fronted.last + 1, sentence) : undefined
    if (fronted && subject && ['AUX', 'VERB'].includes(words[subject.last + 1]?.pos ?? '')) first = fronted.last + 1
  }
  // Not a particle ending the clause after its verb: "helicopters are unable to touch down".
  while (last >= first && ['PUNCT', 'CCONJ', 'ADP'].includes(words[last]!.pos) && !(VERB_PARTICLES.has(words[last]!.lower) && words[last - 1]?.pos === 'VERB')) last--
  if (first > last) return undefined
  // A pronoun for its subject names nothing out of context: "they may face threats due to …", "this is far from …".
  const opener = words[first]!
  if ((opener.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(opener.lower)) || (DEMONSTRATIVES.has(opener.lower) && ['AUX', 'VERB'].includes(words[first + 1]?.pos ?? ''))) return undefined
  const kept = words
    .slice(first, last + 1)
    // An -ly adverb goes ("could quickly spiral"), but not one that ends the clause after its verb: it says how the
    // verb's thing is done ("technologies are developed domestically"), and the verb alone would read as a modifier.
    // ("Violence has risen": the perfect's "has" before its participle stays, or the label reads "Violence risen".)
    // (A determiner that negates stays: "no price existed" is not "price existed".)
    .filter((w, k, all) => !(k === 0 && w.pos === 'DET' && !NEGATIVE_DETERMINERS.has(w.lower)) && (w.pos !== 'AUX' || (MODALS.has(w.lower) && modalOfVerb(all, k)) || all[k - 1]?.lower === 'to' || (PERFECT.has(w.lower) && all[k + 1]?.pos === 'VERB' && all[k + 1]!.lower !== all[k + 1]!.lemma && !/ed$/.test(all[k + 1]!.lower))) && !(w.pos === 'ADV' && /ly$/.test(w.lower) && !(k === all.length - 1 && all[k - 1]?.pos === 'VERB')) && (w.pos !== 'PUNCT' || seriesComma(all, k)))
  const hasNoun = kept.some((w) => ['NOUN', 'PROPN'].includes(w.pos))
  const hasPredicate = kept.some((w) => ['VERB', 'ADJ'].includes(w.pos))
  const counted = kept.filter((w) => w.pos !== 'PUNCT').length
  if (!hasNoun || !hasPredicate || counted > MAX_CLAUSE_WORDS || counted < 2) return undefined
  const text = joinWords(kept, sentence).replace(/ (['’]s)\b/g, '$1').replace(/ - /g, '-')
  return { phrase: { first, last }, text }
}

/** Determiners that deny what the clause says of their noun. */
export const NEGATIVE_DETERMINERS = new Set(['no', 'neither'])

/** Auxiliaries of the perfect. */
const PERFECT = new Set(['has', 'have', 'had'])

/** A comma between members of a series of nouns, kept in a label: "fined bakers, grocers and butchers". */
function seriesComma(words: Word[], k: number): boolean {
  return words[k]!.text === ',' && words[k - 1]?.pos === 'NOUN' && ['NOUN', 'ADJ', 'CCONJ'].includes(words[k + 1]?.pos ?? '')
}

/** Demonstratives that stand for a noun when a verb follows them: "this is far from …". */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])

/** Words kept from a sentence, spaced as it spaces them: "$212 billion", "5%" stay glued. */
export function joinWords(kept: Word[], sentence: string): string {
  return kept.map((w, k) => (k > 0 && kept[k - 1]!.end === w.start ? '' : k > 0 ? ' ' : '') + sentence.slice(w.start, w.end)).join('')
}

/** Particles of a phrasal verb: "touch down", "pull back", "jack up prices". */
export const VERB_PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away'])

/**
 * The particle right after the verb at `v` that belongs to it, not to a noun phrase after it ("helicopters are
 * unable to touch [down] because …", not "run [towards] them"): its index, or `v`.
 */
export function withParticle(words: Word[], v: number): number {
  const next = words[v + 1]
  if (!next || !VERB_PARTICLES.has(next.lower) || !['ADP', 'PART', 'ADV'].includes(next.pos)) return v
  return ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(words[v + 2]?.pos ?? '') ? v : v + 1
}
