/**
 * The shape of a sentence the relation rules need: clauses, and actors joined into coordinated groups
 * ("Germany, France and Italy", "UK-France", "Spain and Portugal").
 */
import { type Mention, type SentenceContext, wordOf } from '../context.ts'
import { DATA, TITLE_WORDS } from '../data.ts'
import { inJoinedModifier, type Token } from '../tokens.ts'
import { isFiniteVerb } from '../../language/grammar.ts'
import { SUBJECT_PRONOUNS } from '../../language/data.ts'

export interface Group {
  actors: string[]
  first: number
  last: number
  /** The group ends in a possessive or runs straight into the next word ("US-Iran war"). */
  mentions: Mention[]
}

const COORDINATORS = new Set(DATA.relations.coordinators)
/** Title words before a name: "Prime Minister", "Secretary of State". */
export const MAX_TITLE_WORDS = 3
const BREAKS = new Set(DATA.relations.clauseBreaks)
/** Words that open a clause when a personal pronoun follows as its subject: "work with our partners as we condemn X". */
const PRONOUN_BREAKS = new Set(DATA.relations.pronounClauseBreaks)

const PARENTHESES = new Set(['(', ')'])

/** Mentions merged into groups where only coordinators stand between them. */
export function groupMentions(s: SentenceContext): Group[] {
  const groups: Group[] = []
  const qualifiers = s.mentions.filter((x, k) => qualifiesName(s, x, s.mentions[k + 1]))
  const qualifying = (i: number) => qualifiers.some((q) => q.first <= i && i <= q.last)
  for (const m of s.mentions.filter((x) => !qualifiers.includes(x))) {
    const g = groups.at(-1)
    // "President Trump and Cambodian Prime Minister Hun Manet": the qualifier is part of the next one's title.
    // "the Food and Drug Administration (FDA) and the CDC": a name's acronym in parentheses is part of the name.
    // ("DRC and the Rwanda-backed M23": a name joined to a participle modifies the next one.)
    const between = g ? s.tokens.slice(g.last + 1, m.first).filter((t, k) => !qualifying(g.last + 1 + k) && !inJoinedModifier(s.tokens, g.last + 1 + k) && !PARENTHESES.has(t.text)) : []
    if (g && m.actor === g.mentions.at(-1)!.actor && s.tokens[m.first - 1]?.text === '(' && m.first - 1 === g.last + 1) {
      g.last = m.last
      g.mentions.push(m)
      continue
    }
    // "…with Malaysia and Cambodia, and the United States announced …": ", and" before a subject with its verb
    // opens a new clause, not a longer list — when a verb came before the list ("FHWA, the TBTA, and the city
    // signed …" is one subject).
    const newClause = between.some((t) => t.text === ',') && between.some((t) => t.lower === 'and') && g!.actors.length > 1 && followedByVerb(s, m) && verbBefore(s, g!.first)
    // "in Indiana, Ohio, and Pennsylvania, the FTC’s complaint alleges": a list closed by "and" takes no member
    // after a comma alone.
    const closed = !!g && hasJoiner(s.tokens.slice(g.first, g.last + 1)) && !hasJoiner(between)
    if (g && !newClause && !closed && !s.tokens[g.last]!.possessive && (coordinated(between) || titled(between) || coordinatedOverAside(s, between))) {
      if (!g.actors.includes(m.actor)) g.actors.push(m.actor)
      g.last = m.last
      g.mentions.push(m)
    } else groups.push({ actors: [m.actor], first: m.first, last: m.last, mentions: [m] })
  }
  return groups.flatMap((g) => splitCommaOnly(s, g))
}

const hasJoiner = (tokens: Token[]) => tokens.some((t) => t.lower === 'and' || t.lower === 'or')
const coordinated = (between: Token[]) => between.length <= 3 && between.every((t) => COORDINATORS.has(t.lower))

/** The longest participle aside between two coordinated names, in tokens. */
const MAX_ASIDE_TOKENS = 8

/**
 * "SpaceX, using a version of its Starship, and Blue Origin": a participle aside set off by commas after the first
 * name, then ", and": the two are one list.
 */
function coordinatedOverAside(s: SentenceContext, between: Token[]): boolean {
  if (between.length < 4 || between.length > MAX_ASIDE_TOKENS + 3 || between[0]!.text !== ',') return false
  const close = between.findLastIndex((t) => t.text === ',')
  if (close <= 1 || !between.slice(close + 1).every((t) => COORDINATORS.has(t.lower)) || between.slice(close + 1).length === 0) return false
  const verb = wordOf(s, between[1])
  return !!verb && verb.pos === 'VERB' && verb.lower.endsWith('ing') && !between.slice(1, close).some((t) => t.text === ',')
}
/** "President Trump and Prime Minister Anutin", "the National Assembly and president Chávez": a coordinator, then the next one's title. */
const titled = (between: Token[]) =>
  between.length >= 2 && between.length <= 1 + MAX_TITLE_WORDS && COORDINATORS.has(between[0]!.lower) && between[0]!.text !== ',' && between.slice(1).every((t) => TITLE_WORDS.has(t.lower))

/**
 * "Cambodian Prime Minister Hun Manet", "Malaysia’s Prime Minister Anwar Ibrahim": a state's demonym or possessive
 * before a title and a name says whose office it is; the person named takes part, not the state beside them.
 */
export function qualifiesName(s: SentenceContext, m: Mention, next: Mention | undefined): boolean {
  if (!next || (m.kind !== 'demonym' && !m.possessive)) return false
  const between = s.tokens.slice(m.last + 1, next.first)
  if (between.length < 1) return false
  if (between.length <= MAX_TITLE_WORDS && between.every((t) => t.cap && TITLE_WORDS.has(t.lower))) return true
  // "Hungarian daily newspaper Magyar Nemzet", "Japanese carmaker Toyota": a demonym before lower-case words that
  // end in a noun for a company, a body or an outlet says where the one named is from; that one takes part.
  const last = between.at(-1)!
  // ("state-owned enterprise": a hyphen joining two lower-case words stays inside them.)
  const word = (t: Token, k: number) => (t.text === '-' ? k > 0 && k < between.length - 1 : !t.cap && !t.punct)
  return m.kind === 'demonym' && between.length <= MAX_TITLE_WORDS + 2 && between.every(word) && KIND_NOUNS.has(last.lower)
}
/** Nouns that say what kind of actor a name is: a company, a body, an outlet (data/actors.json). */
const KIND_NOUNS = new Set<string>([...DATA.actors.companyNouns, ...DATA.actors.bodyNouns, ...DATA.actors.mediaCues.filter((c) => !c.includes(' '))])

/** The word after the mention is a finite verb (from the tagged words): the mention is a clause's subject. */
function followedByVerb(s: SentenceContext, m: Mention): boolean {
  const end = s.tokens[m.last]!.end
  const next = s.words.findIndex((w) => w.start >= end && w.pos !== 'PART')
  return next >= 0 && ['VERB', 'AUX'].includes(s.words[next]!.pos)
}

/** A verb (from the tagged words) stands before token `at`. */
function verbBefore(s: SentenceContext, at: number): boolean {
  const start = s.tokens[at]!.start
  return s.words.some((w) => w.start < start && w.pos === 'VERB')
}

/** "In the Washington Post, Germany urged": a comma alone does not make a list; "A, B and C" does. */
function splitCommaOnly(s: SentenceContext, g: Group): Group[] {
  if (g.mentions.length < 2) return [g]
  const joiners = s.tokens.slice(g.first, g.last + 1).filter((t) => t.lower === 'and' || t.lower === 'or' || t.text === '-')
  // ("the assistance of the Department of Justice, the FBI, the Financial Conduct Authority, and the Metropolitan
  // Police": a list whose "and" item is no actor is a list all the same.)
  const next = s.tokens[g.last + 1]?.text === ',' ? s.tokens[g.last + 2] : s.tokens[g.last + 1]
  if (joiners.length > 0 || (next && (next.lower === 'and' || next.lower === 'or'))) return [g]
  return g.mentions.map((m) => ({ actors: [m.actor], first: m.first, last: m.last, mentions: [m] }))
}

/** A mark written between two words with no space: "O157:H7", "pro–EU" (no clause ends there). */
function joined(s: SentenceContext, i: number): boolean {
  const [prev, t, next] = [s.tokens[i - 1], s.tokens[i]!, s.tokens[i + 1]]
  return t.punct && !!prev && !!next && !prev.punct && !next.punct && prev.end === t.start && t.end === next.start
}

/** Prepositions of place: "programs in 7 states: California, …" lists places, not parties. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'throughout', 'within', 'from', 'to'])

/**
 * "NASA selected two lander providers: SpaceX, using its Starship, and Blue Origin": a colon after a plural noun that
 * opens a list of names, with no verb of its own, names that noun's members; it ends no clause. (Not a list of places:
 * "in 7 states: California, …".)
 */
function announcesList(s: SentenceContext, i: number): boolean {
  if (s.tokens[i]!.text !== ':' || !s.tokens[i + 1]?.cap) return false
  const at = s.words.findIndex((w) => w.end === s.tokens[i]!.start)
  const noun = s.words[at]
  if (!noun || noun.pos !== 'NOUN' || noun.lower === noun.lemma.toLowerCase()) return false
  let k = at - 1
  while (k >= 0 && ['NOUN', 'ADJ', 'NUM', 'DET'].includes(s.words[k]!.pos)) k--
  if (k >= 0 && PLACE_PREPOSITIONS.has(s.words[k]!.lower)) return false
  const after = s.words.filter((w) => w.start >= s.tokens[i]!.end)
  const stop = after.findIndex((w) => w.text === ';')
  const list = stop >= 0 ? after.slice(0, stop) : after
  return !list.some((_, j) => isFiniteVerb(list, j, true))
}

/** The clause breaks of each sentence read so far, in token order (many checks ask for the clause of a token). */
const clauseBreaks = new WeakMap<SentenceContext, number[]>()

function breaksOf(s: SentenceContext): number[] {
  let found = clauseBreaks.get(s)
  if (found) return found
  found = []
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!.lower
    // ("the most significant sanctions yet on Russia", "has not yet sanctioned": "yet" joins clauses only as the
    // sentence's first word or after a comma or "and"; elsewhere it is an adverb of time.)
    const adverb = t === 'yet' && i > 0 && ![',', 'and'].includes(s.tokens[i - 1]!.lower)
    const breaks = (BREAKS.has(t) && !adverb && !announcesList(s, i)) || (PRONOUN_BREAKS.has(t) && SUBJECT_PRONOUNS.has(s.tokens[i + 1]?.lower ?? ''))
    if (breaks && !joined(s, i)) found.push(i)
  }
  clauseBreaks.set(s, found)
  return found
}

/** Token index ranges [start, end) of the clauses of a sentence: the clause of token `at` (a break token belongs to none). */
export function clauseOf(s: SentenceContext, at: number): [number, number] {
  let start = 0
  let end = s.tokens.length
  for (const i of breaksOf(s)) {
    if (i < at) start = i + 1
    else if (i > at) {
      end = i
      break
    }
  }
  return [start, end]
}
