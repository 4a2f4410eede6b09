/**
 * Organisations named in the text: a capitalised name whose last word is an organisation noun ("Federal
 * Reserve Board", "Royal Air Force", "National Institute on Aging"). A state named at its start ties it to
 * that state; a lone state in the sentence does too ("In 2019, Germany … the Federal Cabinet").
 */
import type { Mention, SentenceContext } from '../context.ts'
import type { Token } from '../tokens.ts'
import { DATA } from '../data.ts'
import { COMPANY_IDS, isStateId, STATIC_LEXICON } from './lexicon.ts'
import { matchAt } from './scan.ts'
import type { Definition } from './names.ts'
import { leaderState } from './people.ts'
import { isDateWord, ORG_NOUNS as SUFFIXES, runEnd, runStart, spanText } from './names.ts'

/** Last words of a company's name ("GE Healthcare", "Acme Corp"): data/actors.json companySuffixes. */
const COMPANY_SUFFIXES = new Set<string>(DATA.actors.companySuffixes)
const MEDIA_SUFFIXES = new Set(DATA.actors.mediaSuffixes)

export function findOrganisations(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!SUFFIXES.has(t.text) || (tokens[i + 1]?.cap && !t.possessive && !tokens[i + 1]!.punct)) continue
    const end = beforeTitle(tokens, i, extendOverConnectors(s, i, staticMentions))
    const run = runStart(tokens, i)
    const start = stateInitials(tokens, run)
    // "reports to NASA and Congress": a known actor or an acronym, and "and", before the name are another party, not
    // its first words.
    const known = staticMentions.find((m) => m.first === start && m.last < i - 1)
    const otherLast = known ? known.last : /^\p{Lu}{2,}$/u.test(tokens[start]!.text) ? start : undefined
    const other = otherLast !== undefined && otherLast < i - 1 && tokens[otherLast + 1]!.lower === 'and'
    const first = other ? otherLast + 2 : start
    if (first === i && end === i && !other) continue
    if (tokens.slice(first, end + 1).some((x) => MEDIA_SUFFIXES.has(x.text))) continue
    if (isAllCaps(tokens.slice(first, end + 1).map((x) => x.text))) continue
    const prefix = staticMentions.find((m) => m.first === first && m.last < i)
    const whole = staticMentions.find((m) => m.first <= first && m.last >= end)
    if (whole || namesState(tokens, first, i, end, staticMentions)) continue
    // Only a state, not a known agency or company, ties a body to itself by standing alone in its sentence; a state
    // in the possessive is another noun's ("The Advisory Group will support Ukraine’s prosecutors": not Ukraine's body),
    // and a demonym qualifies a noun of its own ("filed in U.S. District Court by Taiwanese executives", "the Center will
    // offer Spanish language products": not Taiwan's court, not Spain's centre).
    const states = new Set(staticMentions.filter((m) => (m.kind === 'name' || m.kind === 'capital') && !m.possessive && isStateId(m.actor)).map((m) => m.actor))
    const initials = start < run ? matchAt(tokens, start, STATIC_LEXICON)?.entry.id : undefined
    // ("the Trump Administration", in a sentence about Haiti: a leader's name at its start ties it to the leader's state.)
    const led = leaderState(tokens[first]!.text)
    const affiliation = prefix?.actor ?? initials ?? possessor(s, staticMentions, first) ?? led ?? (states.size === 1 ? [...states][0] : undefined)
    // "the University of Arizona and the University of California": two bodies, each named whole, are two.
    const and = pairedBodies(tokens, first, end, staticMentions)
    for (const [a, b] of and < 0 ? [[first, end]] : [[first, and - 1], [and + 1, end]])
      found.push({ name: spanText(s.sentence.text, tokens, a!, b!), type: 'organisation', forms: [], affiliation: a === first ? affiliation : undefined })
    i = end
  }
  return found
}

/**
 * "the U.S. Attorney’s Office", "the U.S. District Court for …": a state's initials just before a body's name open it,
 * as "United States" would ("the United States Attorney’s Office"); the run of capitalised words stops at their full
 * stop. The body stays tied to the state.
 */
function stateInitials(tokens: Token[], first: number): number {
  if (tokens[first - 1]?.text !== '.' || first < 2) return first
  // (Read off the gazetteer, not the sentence's mentions: "U.S." before "District Court" is no mention of its own.)
  const state = matchAt(tokens, first - 2, STATIC_LEXICON)
  return state && state.last === first - 1 && state.entry.kind === 'name' && isStateId(state.entry.id) ? first - 2 : first
}

/** The fewest words a second body's name after "and" has: "George Washington University", not "Human Services". */
const MIN_PAIRED_WORDS = 3
const OF_CONNECTORS = new Set(['of', 'for', 'on'])

/**
 * Where "and" parts a run of capitalised words into two bodies' names ("University of Chicago Law School and
 * Georgetown Law Center", "Secret Service and Federal Bureau of Investigation"): the words before it name a body
 * whole (they end on an organisation noun, or hold one with its "of" phrase), and the words after it are a name of
 * their own, with an organisation noun, at least MIN_PAIRED_WORDS long, or another body's acronym ("Department of State
 * and USAID"). -1 when the run is one name ("Department of
 * Health and Human Services", "Office of Management and Budget"), or an acronym in brackets after it says so.
 */
function pairedBodies(tokens: Token[], first: number, end: number, staticMentions: Mention[]): number {
  // "… Animal and Plant Health Inspection Service (USDA/APHIS)": an acronym after the run defines it as one name.
  if (tokens[end + 1]?.text === '(' && /^\p{Lu}{2,}/u.test(tokens[end + 2]?.text ?? '')) return -1
  // "Siemens Healthineers and Semmelweis University": a known company's name opens the words before "and", its unit's;
  // "Sandia National Laboratories and NASA Ames Research Center": or they end on a company's last word (data/actors.json
  // companySuffixes).
  const company = staticMentions.some((m) => m.first === first && m.kind !== 'reference' && COMPANY_IDS.has(m.actor))
  const whole = (a: number) => {
    const left = tokens.slice(first, a)
    return (company && left.length > 1) || SUFFIXES.has(left.at(-1)!.text) || (left.length > 1 && COMPANY_SUFFIXES.has(left.at(-1)!.text)) || left.some((t, k) => SUFFIXES.has(t.text) && OF_CONNECTORS.has(left[k + 1]?.lower ?? ''))
  }
  // "The Department of State and USAID": another body's acronym after "and".
  if (end - 1 > first && tokens[end - 1]!.lower === 'and' && /^\p{Lu}{2,}$/u.test(tokens[end]!.text) && whole(end - 1)) return end - 1
  for (let a = end - MIN_PAIRED_WORDS; a > first; a--) {
    if (tokens[a]!.lower !== 'and') continue
    if (whole(a) && tokens.slice(a + 1, end + 1).some((t) => SUFFIXES.has(t.text))) return a
  }
  return -1
}

/** Single words that open a person's title ("Director", "Secretary", "Administrator"): data/actors.json roles. */
const TITLE_HEADS = new Set((DATA.actors.roles as string[]).map((r) => r.toLowerCase()))

/**
 * "Office of Science and Technology Policy Director Michael Kratsios": a name run on past the organisation into a
 * title and a person's name ends before the title.
 */
function beforeTitle(tokens: Token[], noun: number, end: number): number {
  for (let k = noun + 2; k < end; k++) {
    if (!TITLE_HEADS.has(tokens[k]!.lower) || !tokens[k + 1]?.cap || tokens[k + 1]!.punct) continue
    // ("Medicare Office of the Chief Actuary": what is left before the title ends on its connector, and goes.)
    let last = k - 1
    while (last > noun && (OF_CONNECTORS.has(tokens[last]!.lower) || tokens[last]!.lower === 'the')) last--
    return last
  }
  return end
}

/**
 * "National Institute on Aging", "Office of the Inspector General": an organisation noun followed by "on/of/for"
 * (or "of the") and more capitalised words. A state named there ends the name ("the Government of Rwanda and
 * Acme": Acme is not part of it).
 */
function extendOverConnectors(s: SentenceContext, i: number, staticMentions: Mention[]): number {
  const next = s.tokens[i + 1]
  const from = ['of', 'for'].includes(next?.lower ?? '') && s.tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2
  // (Not a code: "lifted off from the Kennedy Space Center on STS-1" names no "Center on STS-1".)
  if (next && !s.tokens[i]!.possessive && ['on', 'of', 'for'].includes(next.lower) && s.tokens[from]?.cap && !isDateWord(s.tokens[from]) && !/\d/.test(s.tokens[from]!.text)) {
    const state = staticMentions.find((m) => m.first === from && m.kind === 'name')
    return state ? state.last : runEnd(s.tokens, from)
  }
  return i
}

const GOVERNMENT_WORDS = new Set<string>(DATA.actors.governmentWords)

/**
 * "the Government of Rwanda", "the Rwandan Government": a government word with a state's name and nothing else
 * names the state, whose mention stays.
 */
function namesState(tokens: SentenceContext['tokens'], first: number, head: number, end: number, staticMentions: Mention[]): boolean {
  if (!GOVERNMENT_WORDS.has(tokens[head]!.text)) return false
  const state = (from: number, to: number) => staticMentions.some((m) => m.first === from && m.last === to)
  // ("the Government of the United States of America".)
  const after = tokens[head + 2]?.lower === 'the' ? head + 3 : head + 2
  return (first === head && end > head + 1 && state(after, end)) || (end === head && first < head && state(first, head - 1))
}

const isAllCaps = (words: string[]) => words.length > 1 && words.every((w) => w === w.toUpperCase())

/** "Iran’s new Persian Gulf Strait Authority": a possessive actor up to two lower-case words before the name. */
export function possessor(s: SentenceContext, mentions: Mention[], first: number): string | undefined {
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const t = s.tokens[i]!
    if (t.possessive) return mentions.find((m) => m.last === i)?.actor
    if (t.cap || t.punct) return undefined
  }
  return undefined
}
