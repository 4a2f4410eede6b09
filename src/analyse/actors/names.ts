/** Capitalised name runs, shared by the discovery rules. */
import { DATA, TITLE_WORDS } from '../data.ts'
import { isPluralPossessive, type Token } from '../tokens.ts'
import { CALENDAR_NAMES } from '../../language/data.ts'

export interface Definition {
  name: string
  type: 'organisation' | 'company' | 'person' | 'media' | 'group'
  /** Other surface forms found in the text (an acronym, a surname). */
  forms: string[]
  /** A state id, when the text ties the actor to one. */
  affiliation?: string
  /** An acronym whose expansion is not an actor ("EEZ"): never an actor itself. */
  concept?: boolean
  /** The acronym a local body's name ends in ("New York State DOT"): it is one only where the article defines that acronym as a body's. */
  localOf?: string
  /** The article defines its acronym itself ("the Kosovo Liberation Army (KLA)"): the form is this actor's, whatever the gazetteer says. */
  redefines?: boolean
  /** Found by its given name alone ("founded by Ruth Kamen"): a person only where the article writes no word of it in lower case. */
  byGivenName?: boolean
}

const NOT_FIRST = new Set(DATA.actors.orgNotFirst)
const CONNECTORS = new Set(DATA.actors.orgConnectors)

/** A month or a weekday ("the Court of Appeals on January 5": a name goes on over no connector into a date). */
export const isDateWord = (t: Token | undefined): boolean => !!t && CALENDAR_NAMES.has(t.text)

/** A capitalised word that can be part of a name (not a month, not "However"). */
export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.cap && !t.punct && !CALENDAR_NAMES.has(t.text) && !NOT_FIRST.has(t.text)
}

/** "FY2026 Navy", "FY27 Department of Defense": a fiscal year says when, and is no part of the body's name. */
const RE_FISCAL_YEAR = /^FY\d{2}(?:\d{2})?$/

/** An all-capital word: "RAND", "OECD". */
export const isAcronym = (t: Token | undefined): boolean => !!t && /^[A-Z][A-Z0-9]{1,6}s?$/.test(t.norm)

/** Titles whose possessive stays inside a body's name before an organisation noun: data/actors.json officeHolders. */
const OFFICE_HOLDERS = new Set<string>(DATA.actors.officeHolders)
/** Last words that make a capitalised name an organisation's ('European Commission'): data/actors.json orgSuffixes. */
export const ORG_NOUNS: ReadonlySet<string> = new Set<string>(DATA.actors.orgSuffixes)

/**
 * A possessive inside a name: a capitalised plural's before another capitalised word ("the Workers’ Party", "the
 * People’s Party"), or a title's before an organisation noun ("the U.S. Attorney’s Office", "the Sheriff’s Office").
 */
const inNamePossessive = (tokens: Token[], i: number): boolean =>
  (isPluralPossessive(tokens[i]) && tokens[i]!.cap && !!tokens[i + 1]?.cap && !tokens[i + 1]!.punct) || officePossessive(tokens, i)

/** A title's possessive before an organisation noun, inside a body's name: "the U.S. Attorney’s Office". */
export const officePossessive = (tokens: Token[], i: number): boolean =>
  !!tokens[i]?.possessive && OFFICE_HOLDERS.has(tokens[i]!.text.replace(/['’]s$/, '')) && ORG_NOUNS.has(tokens[i + 1]?.text ?? '')

/**
 * A hyphen written between two capitalised words, with no space: inside the name a body's or a company's word ends
 * (runStart's callers start at that word), "the Biden-Harris Administration", "the Export-Import Bank".
 */
const innerHyphen = (tokens: Token[], i: number): boolean => {
  const [before, t, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]]
  // ("Jama’at Nasr al-Islam wal Muslimin": an Arabic article joined to the word after it, inside a name.)
  const article = !!before && ARABIC_ARTICLES.has(before.text) && !!tokens[i - 2]?.cap
  return (t.text === '-' || t.text === '‑') && !!before && (before.cap || article) && !before.punct && !!after?.cap && before.end === t.start && t.end === after.start
}
/** The Arabic article, written in lower case and joined by a hyphen inside a name: "Nasr al-Islam", "Abu Bakr al-Qirbi". */
export const ARABIC_ARTICLES = new Set(['al', 'el'])

/** A place-and-base compound before a name: "California-based", "Seattle-headquartered". */
const RE_BASED = /-(?:based|headquartered)$/i

/**
 * The capitalised run that ends at token `last`, reaching back over connectors ("National Institute on Aging")
 * and a plural's possessive ("Workers’ Party"), trimmed of leading words that cannot start a name. Returns the first token index.
 */
export function runStart(tokens: Token[], last: number): number {
  let first = last
  for (let i = last - 1; i >= 0; i--) {
    const t = tokens[i]!
    if (t.possessive && !inNamePossessive(tokens, i)) break
    // ("California-based Ticketmaster LLC": where a body is based is no word of its name.)
    if (RE_BASED.test(t.text)) break
    if (t.cap && !t.punct) first = i
    // ("Rear Adm. Kirk and Carrier Strike Group": a name right after a title is a person's, not the body's first words.)
    else if (CONNECTORS.has(t.lower) && tokens[i - 1]?.cap && !tokens[i - 1]!.punct && i - 1 >= 0 && !afterTitle(tokens, i - 1)) continue
    else if (innerHyphen(tokens, i)) continue
    else {
      const chain = chainBefore(tokens, i)
      if (chain < 0) break
      i = chain
    }
  }
  // ("the September IAEA Board of Governors meeting": a month or weekday before the name's capitalised words dates the
  // meeting; "March of Dimes" keeps its month.)
  const dated = (k: number) => isDateWord(tokens[k]) && !!tokens[k + 1]?.cap && !tokens[k + 1]!.punct
  while (first < last && (NOT_FIRST.has(tokens[first]!.text) || CONNECTORS.has(tokens[first]!.lower) || RE_FISCAL_YEAR.test(tokens[first]!.text) || tokens[first]!.punct || dated(first))) first++
  return first
}

/** The run of capitalised words (and connectors between them) that starts at `first`; returns its last index. */
export function runEnd(tokens: Token[], first: number): number {
  let last = first
  for (let i = first + 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (tokens[i - 1]!.possessive && !inNamePossessive(tokens, i - 1)) break
    if (t.cap && !t.punct) last = i
    else if (CONNECTORS.has(t.lower) && tokens[i + 1]?.cap && !tokens[i + 1]!.punct && !isDateWord(tokens[i + 1])) continue
    else {
      const chain = chainAfter(tokens, i)
      if (chain < 0) break
      i = chain
    }
  }
  return last
}

/** Prepositions that join the words of one name over "the": "Office of the Prosecutor", "Agency for the Protection of Rivers". */
const CHAIN_PREPOSITIONS = new Set(['of', 'for'])
/**
 * The nouns of a body a chain may follow (data/actors.json orgSuffixes): not "Chair of the …", "Members of the …";
 * nor "Government", whose "Government of the Russian Federation" is the state itself.
 */
const CHAIN_HEADS = new Set<string>((DATA.actors.orgSuffixes as string[]).filter((w) => w !== 'Government'))
const nameWord = (t: Token | undefined): boolean => !!t && t.cap && !t.punct && !isDateWord(t)

/**
 * "Tribunal for the former Yugoslavia", "Office of the Prosecutor": a preposition, "the" and perhaps "former"
 * between a body's noun and a capitalised word, in one name. The index of the preposition when `i` is the chain's
 * last word (reading back), else -1.
 */
function chainBefore(tokens: Token[], i: number): number {
  const at = tokens[i]?.lower === 'former' && tokens[i - 1]?.lower === 'the' ? i - 2 : tokens[i]?.lower === 'the' ? i - 1 : -1
  return at > 0 && CHAIN_PREPOSITIONS.has(tokens[at]!.lower) && CHAIN_HEADS.has(tokens[at - 1]!.text) && nameWord(tokens[i + 1]) ? at : -1
}

/** The same chain read forward from its preposition at `i`: the index of its last word, else -1. */
function chainAfter(tokens: Token[], i: number): number {
  if (!CHAIN_PREPOSITIONS.has(tokens[i]?.lower ?? '') || tokens[i + 1]?.lower !== 'the' || !CHAIN_HEADS.has(tokens[i - 1]?.text ?? '')) return -1
  const end = tokens[i + 2]?.lower === 'former' ? i + 2 : i + 1
  return nameWord(tokens[end + 1]) ? end : -1
}

/** The printed text of tokens `first..last` from the sentence. */
export function spanText(text: string, tokens: Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last]!.start + tokens[last]!.text.length)
}

/** The word at `k` comes right after a title's abbreviation: "Adm. Kirk", "Dr. Roe". */
export function afterTitle(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === '.' && TITLE_WORDS.has(`${tokens[k - 2]?.lower ?? ''}.`)
}
