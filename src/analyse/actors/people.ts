/**
 * People, from three patterns:
 *  - a title before the name, the title maybe led by a state and followed by "to the UN" and a comma:
 *    "President Macron", "UK Foreign Secretary John Smith", "the UK ambassador to the UN, Jane Doe",
 *    "Brazil’s President, Maria Silva", "neuropathologist Caitlin Latimer";
 *  - a role before a name of two words or more: "White House Political Advisor Karl Rove", "economist Jane Doe";
 *  - a name followed by a role in apposition: "John Smith, director of …", "Jane Doe, a veterinary neurologist";
 *  - a two- or three-word name followed by a speech verb: "Jane Doe said".
 * The state that leads the title, or a well-known leader's state (data/leaders.json), is the affiliation.
 */
import { type Context, type Mention, type SentenceContext, wordOf } from '../context.ts'
import { DATA, TITLE_WORDS } from '../data.ts'
import type { Token } from '../tokens.ts'
import { COMPANY_IDS, stateId } from './lexicon.ts'
import type { Definition } from './names.ts'
import { ARABIC_ARTICLES, isAcronym, isNameWord, runEnd, spanText } from './names.ts'

const TITLES = DATA.actors.titles.map((t) => t.toLowerCase().split(' ')).sort((a, b) => b.length - a.length)
const ROLES = new Set(DATA.actors.roles.map((r) => r.toLowerCase()))
const SPEECH = new Set(DATA.actors.speechVerbs)
const ORG_SUFFIXES = new Set([...DATA.actors.orgSuffixes, ...DATA.actors.mediaSuffixes])
const LEADERS = Object.entries(DATA.leaders.leaders as Record<string, string>)
const MAX_NAME_WORDS = 4
const THING_HEADS = new Set(DATA.actors.thingHeads)
const NOT_FIRST = new Set(DATA.actors.orgNotFirst)
const PLACE_FIRST = new Set<string>(DATA.actors.placeFirstWords)
const PLACE_WORDS = new Set<string>(DATA.actors.placeWords)
/** Words for faiths and their followers: "Roman Catholic" is no given name and surname (data/actors.json faithWords). */
const FAITH_WORDS = new Set<string>(DATA.actors.faithWords)
const PARTICLES = new Set<string>(DATA.actors.nameParticles)
const ARTICLES = new Set(['the', 'a', 'an'])
const PARTY = new Set<string>(DATA.actors.partyLabels)
const PLACE_LEADS = new Set<string>(DATA.actors.placePrepositions)
const FIRST_NAMES = new Set<string>(DATA.firstNames.firstNames)
/** How many words may describe a role in apposition to a name, before the role: "an award-winning American investigative journalist". */
const MAX_ROLE_MODIFIERS = 4

export function findPeople(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  // ("Air Force Secretary James Roche": a well-known company's one-word name after a given name is a surname.)
  const surname = (m: Mention) => m.first === m.last && COMPANY_IDS.has(m.actor) && FIRST_NAMES.has(tokens[m.first - 1]?.lower ?? '') && !!tokens[m.first - 1]?.cap
  const inMention = (i: number) => staticMentions.some((m) => m.first <= i && m.last >= i && !surname(m))
  const name = (first: number) => nameAt(tokens, first, inMention)
  const add = (first: number, last: number, affiliation?: string) => {
    // ("Chief Information Officers": a title's plural after a title names holders of an office, no one person;
    // "Sarah Fellows" is a person still.)
    if (titlePlural(tokens[last]!) && !FIRST_NAMES.has(tokens[first]!.lower)) return
    // ("the leader of Roman Catholic Christianity": a faith is no one's name.)
    if (tokens.slice(first, last + 1).some((t) => FAITH_WORDS.has(t.text))) return
    first = givenNameStart(tokens, first, last)
    found.push({ name: spanText(s.sentence.text, tokens, first, last), type: 'person', forms: [], affiliation: affiliation ?? bodyOf(tokens, last, staticMentions) })
  }

  for (let i = 0; i < tokens.length; i++) {
    // 0. A given name and a well-known company's one-word name: "James Roche", "Michael Bloomberg" are people.
    const company = staticMentions.find((m) => m.first === i + 1 && surname(m))
    if (company && !inMention(i) && !TITLE_WORDS.has(tokens[i]!.lower)) {
      add(i, i + 1)
      i++
      continue
    }
    // "Republican Blackwell": a party's adjective before a name is no part of it.
    if (PARTY.has(tokens[i]!.text) && isNameWord(tokens[i + 1]) && !ORG_SUFFIXES.has(tokens[i + 1]!.text)) continue
    // 1. Title, then name.
    const title = titleAt(tokens, i)
    // ("Ukraine's Prosecutor General's War Crimes Units": what follows a title in the possessive is its holder's, no name.)
    if (title >= 0 && tokens[title]!.possessive) {
      i = title
      continue
    }
    if (title >= 0) {
      let j = title + 1
      // "ambassador to the UN", "Secretary of State for Defence": skip a short prepositional tail.
      // (Its name comes after a comma: "a prosecutor at the U.S. Department of Justice Antitrust Division" names no one.)
      let tailed = false
      if (['to', 'for', 'at'].includes(tokens[j]?.lower ?? '')) {
        const m = staticMentions.find((x) => x.first === j + 1 || x.first === j + 2)
        if (m) {
          j = m.last + 1
          tailed = true
        }
      }
      // "Secretary of Transportation Sean Duffy", "Minister for Health and Care Jane Doe": the office's portfolio,
      // then the name (its last two words, an initial between them allowed).
      const portfolio = ['of', 'for'].includes(tokens[j]?.lower ?? '') ? portfolioName(tokens, j + 1, inMention) : undefined
      if (portfolio) {
        add(portfolio[0], portfolio[1], leadingState(s, staticMentions, i))
        i = portfolio[1]
        continue
      }
      if (tokens[j]?.text === ',') j++
      else if (tailed) j = -1
      const last = j < 0 ? -1 : name(j)
      if (j >= 0 && last >= j) {
        add(j, last, leadingState(s, staticMentions, i))
        i = last
        continue
      }
    }
    // 1b. A role, then a name of two words or more: "Political Advisor Karl Rove", "economist Jane Doe".
    // ("Chief Financial Officer Michael Sears": the name starts after the title's last word.)
    if (ROLES.has(tokens[i]!.lower)) {
      const last = name(i + 1)
      let first = i + 1
      for (let k = i + 1; k <= last; k++) if (ROLES.has(tokens[k]!.lower) || TITLE_WORDS.has(tokens[k]!.lower)) first = k + 1
      if (last > first) {
        add(first, last)
        i = last
        continue
      }
    }
    // 2. Name, then a role in apposition.
    const last = name(i)
    // A given name, a middle initial and a surname: "Ronald J. Grabe", "Mary L. Cleave" (data/first-names.json);
    // a title after it is none of it ("Cheryl E. Clark Director").
    let end = last
    while (end > i + 2 && (TITLE_WORDS.has(tokens[end]!.lower) || ROLES.has(tokens[end]!.lower))) end--
    // (Not one that runs on, hyphenated, into a body's name: "the Steven F. Udvar-Hazy Center".)
    const hyphened = end >= 0 && tokens[end + 1]?.text === '-' && tokens[end + 1]!.start === tokens[end]!.end
    if (end >= i + 2 && FIRST_NAMES.has(tokens[i]!.lower) && isInitial(tokens, i + 1) && tokens[end]!.text.length > 1 && !hyphened) {
      add(i, end)
      i = end
      continue
    }
    // "South America, explains Secretary …", "among South American states": a name led by a word of places
    // (data/actors.json placeFirstWords) is a place's, not a person's.
    if (PLACE_FIRST.has(tokens[i]!.text)) continue
    if (last > i && tokens[last + 1]?.text === ',') {
      let k = last + 2
      if (['a', 'an', 'the'].includes(tokens[k]?.lower ?? '')) k++
      // (The words before the role describe it, "a veterinary neurologist", "an award-winning American investigative
      // journalist" (a known name, a state's demonym, among them); a verb, "explains Secretary …", says the role is
      // someone else's.)
      const describes = (t: Token, at: number) => (!t.cap || inMention(at)) && !ROLES.has(t.lower) && !isVerb(s, t)
      for (let n = 0; n < MAX_ROLE_MODIFIERS && tokens[k] && describes(tokens[k]!, k); n++) k += tokens[k + 1]?.text === '-' && tokens[k + 2] ? 2 : 1
      // (Or a title of office: "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran".)
      if (ROLES.has(tokens[k]?.lower ?? '') || (tokens[k] && titleAt(tokens, k) >= 0)) {
        add(i, last)
        i = last
        continue
      }
    }
    // 2b. Name, then an age set off by commas: "Thomas Sam, 42, and his wife …" (news writing's mark of a person).
    if (last > i && last - i <= 2 && tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && Number(tokens[last + 2]!.text) < 120 && [',', '.'].includes(tokens[last + 3]?.text ?? '')) {
      add(i, last)
      i = last
      continue
    }
    // 3. Name, then a speech verb ("Jane Doe states", not "Latin American states").
    if (last > i && last - i <= 2 && SPEECH.has(tokens[last + 1]?.lower ?? '') && speaks(s, tokens, last + 1)) {
      add(i, last)
      i = last
      continue
    }
    // 3b. A quotation, a speech verb, then a name that opens on a given name: "…,” said Tom Watters of the …".
    if (last > i && last - i <= 2 && FIRST_NAMES.has(tokens[i]!.lower) && SPEECH.has(tokens[i - 1]?.lower ?? '') && afterQuotation(tokens, i - 1)) {
      add(i, last)
      i = last
      continue
    }
    // 4. A given name and one or two surnames the tagger reads as proper nouns, on their own: "founded by Ruth Kamen",
    // "Co-founder of Google, Sergey Brin, met …", "Ricardo Rosselló Nevares" (givenAndSurnames; not after an article or a place's preposition: "the Jordan
    // River", "in Virginia Beach"; nor, src/analyse/actors/index.ts, one whose surname the article writes in lower
    // case: "Sierra Orbital … in orbital flight").
    if (givenAndSurnames(s, i, last) && FIRST_NAMES.has(tokens[i]!.lower) && !(i > 0 && (isNameWord(tokens[i - 1]) || (i > 1 && hyphenAfter(tokens, i - 2)))) && tokens[last]!.text.length > 1 && !ARTICLES.has(tokens[i - 1]?.lower ?? '') && !PLACE_LEADS.has(tokens[i - 1]?.lower ?? '') && wordOf(s, tokens[i])?.pos === 'PROPN' && wordOf(s, tokens[last])?.pos === 'PROPN' && !THING_HEADS.has(tokens[last]!.lower) && !PLACE_WORDS.has(tokens[last]!.text) && !FAITH_WORDS.has(tokens[last]!.text) && !tokens[last]!.possessive) {
      found.push({ name: spanText(s.sentence.text, tokens, i, last), type: 'person', forms: [], affiliation: bodyOf(tokens, last, staticMentions), byGivenName: true })
      i = last
    }
  }
  return found
}

/**
 * Whether tokens `i..last` are a given name and one or two surnames ("Ruth Kamen", "Ricardo Rosselló Nevares"),
 * an Arabic article joined to the last ("Abu Mahdi al-Muhandis"): two or three capitalised words, the middle one a
 * proper noun and no owner.
 */
function givenAndSurnames(s: SentenceContext, i: number, last: number): boolean {
  const { tokens } = s
  // ("al-Muhandis": the article and its hyphen join the surname.)
  const end = last >= i + 3 && ARABIC_ARTICLES.has(tokens[last - 2]!.text) && hyphenAfter(tokens, last - 2) ? last - 2 : last
  if (end === i + 1) return true
  return end === i + 2 && wordOf(s, tokens[i + 1])?.pos === 'PROPN' && !tokens[i + 1]!.possessive
}

/**
 * Well-known leaders (data/leaders.json) named without a title where they act: "Putin met Xi", "Xi Jinping said".
 * Run after the other rules: a name they found ("Benjamin Netanyahu") names the person.
 */
export function findActingLeaders(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const { tokens } = s
  const inMention = (i: number) => staticMentions.some((m) => m.first <= i && m.last >= i)
  const found: Definition[] = []
  for (let i = 0; i < tokens.length; i++) {
    const leader = leaderAt(s, tokens, i, inMention)
    if (!leader) continue
    found.push({ name: spanText(s.sentence.text, tokens, i, leader.last), type: 'person', forms: [], affiliation: stateId(leader.cca3) })
    i = leader.last
  }
  return found
}

/** How many given names may stand before a leader's surname. */
const MAX_GIVEN_NAMES = 2

/** Each leader's name as words, longest first. */
const LEADER_WORDS = LEADERS.map(([name, cca3]) => ({ words: name.split(' '), cca3 })).sort((a, b) => b.words.length - a.words.length)

/**
 * A well-known leader's name at `i` (data/leaders.json) as a person on its own: not part of a longer name ("Trump
 * Tower", "the Bush Administration", "Gen. Xi"), nor owning something ("Putin's government" names a regime), and
 * the subject of a verb right after it ("Putin met", "Xi has said") or the object of one right before ("met Xi").
 */
function leaderAt(s: SentenceContext, tokens: Token[], i: number, inMention: (i: number) => boolean): { last: number; cca3: string } | undefined {
  if (!tokens[i]?.cap || inMention(i) || isNameWord(tokens[i - 1]) || TITLE_WORDS.has(tokens[i - 1]?.lower ?? '')) return undefined
  const at = (from: number) => LEADER_WORDS.find((l) => l.words.every((w, k) => tokens[from + k]?.text === w))
  // "Donald Trump met …", "met Recep Tayyip Erdoğan": given names before the surname are the name's first words.
  let given = 0
  while (!at(i + given) && given < MAX_GIVEN_NAMES && isNameWord(tokens[i + given]) && !TITLE_WORDS.has(tokens[i + given]!.lower) && !inMention(i + given + 1)) given++
  const match = at(i + given)
  if (!match) return undefined
  const last = i + given + match.words.length - 1
  const next = tokens[last + 1]
  if (isNameWord(next) || /^['’]s?$/.test(next?.text ?? '')) return undefined
  const acts = (!!next && isVerb(s, next)) || (!!tokens[i - 1] && isVerb(s, tokens[i - 1]!))
  return acts ? { last, cca3: match.cca3 } : undefined
}

/** The speech verb at `k` comes right after a quotation's closing mark, a comma maybe before it: '…,” said'. */
function afterQuotation(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? ''
  return CLOSING_QUOTES.has(before) || (before === ',' && CLOSING_QUOTES.has(tokens[k - 2]?.text ?? ''))
}
const CLOSING_QUOTES = new Set(['”', '"', '’', "'"])

/** A plural of a title or a role ("Officers", "Directors"): what a name never ends in. */
function titlePlural(t: Token): boolean {
  const lower = t.lower.replace(/['’]s?$/, '')
  return lower.endsWith('s') && (ROLES.has(lower.slice(0, -1)) || TITLE_WORDS.has(lower.slice(0, -1)))
}

/** A single capital and its dot: "J." of "Ronald J. Grabe". */
function isInitial(tokens: Token[], k: number): boolean {
  return /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.'
}

/** The tagger read the token as a verb. */
function isVerb(s: SentenceContext, t: Token): boolean {
  const pos = wordOf(s, t)?.pos
  return pos === 'VERB' || pos === 'AUX'
}

/**
 * The speech verb at `k` is one: tagged so, or followed by what a verb of saying takes ("Jane Doe states that …",
 * "notes:"), not a plural noun ("Latin American states").
 */
function speaks(s: SentenceContext, tokens: Token[], k: number): boolean {
  return isVerb(s, tokens[k]!) || SAID_OPENERS.has(tokens[k + 1]?.lower ?? '')
}
const SAID_OPENERS = new Set(['that', ':', '"', '“', '‘', "'"])

/** How many words a personal name after a portfolio takes: "Sean Duffy" (an initial between them is allowed). */
const NAME_AFTER_PORTFOLIO = 2

/**
 * The name after an office's portfolio, "[Transportation] Sean Duffy": a capitalised run (connectors allowed)
 * starting at `first`, of which the last NAME_AFTER_PORTFOLIO words are the name and at least one word before
 * them the portfolio. Returns the name's first and last token, or undefined.
 */
function portfolioName(tokens: Token[], first: number, inMention: (i: number) => boolean): [number, number] | undefined {
  // ("Secretary of the Air Force James Roche": a body may be the portfolio, "the" before it.)
  if (tokens[first]?.lower === 'the') first++
  if (!isNameWord(tokens[first])) return undefined
  let last = runEnd(tokens, first)
  // ("… for the Civil Division Gregory G. Katsas": the run goes on past a middle initial's full stop.)
  // (Nor ends at a hyphen written inside a surname: "Lori Chavez-DeRemer".)
  const hyphenated = (k: number) => hyphenAfter(tokens, k) && isNameWord(tokens[k + 2])
  while ((middleInitial(tokens, last) && isNameWord(tokens[last + 2])) || hyphenated(last)) last = runEnd(tokens, last + 2)
  const words = []
  for (let i = first; i <= last; i++) if (tokens[i]!.cap && !tokens[i]!.punct) words.push(i)
  const named = words.filter((i) => tokens[i]!.text.length > 1)
  if (named.length < NAME_AFTER_PORTFOLIO + 1) return undefined
  // (A given name before the last word opens the name: "Gregory G. Katsas", not "Division Gregory G. Katsas".)
  const given = named.findLast((i, k) => k > 0 && k < named.length - 1 && FIRST_NAMES.has(tokens[i]!.lower))
  const start = given ?? named[named.length - NAME_AFTER_PORTFOLIO]!
  const span = tokens.slice(start, last + 1)
  if (span.some((t, k) => (!isNameWord(t) && !(t.text === '-' && hyphenated(start + k - 1))) || inMention(start + k) || ORG_SUFFIXES.has(t.text) || TITLE_WORDS.has(t.lower) || isAcronym(t) && t.text.length > 1)) return undefined
  return [start, last]
}

/** Index of the last token of a title starting at `i`, or -1. */
function titleAt(tokens: Token[], i: number): number {
  if (!TITLE_WORDS.has(tokens[i]!.lower)) return -1
  for (const title of TITLES) {
    if (title.every((w, k) => tokens[i + k]?.lower === w)) return i + title.length - 1
  }
  return -1
}

/** The last token of a personal name starting at `first` (1–4 capitalised words, initials allowed), or -1. */
function nameAt(tokens: Token[], first: number, inMention: (i: number) => boolean): number {
  let last = -1
  for (let i = first; i < tokens.length && i - first < MAX_NAME_WORDS + 1; i++) {
    const t = tokens[i]!
    if (t.text === '.' && last >= 0 && last === i - 1 && tokens[i - 1]!.text.length === 1) continue
    // ("Judge Joseph A. Dickson": a middle initial, though "A" opens no name, stands between its words.)
    if (last >= 0 && last === i - 1 && middleInitial(tokens, i) && isNameWord(tokens[i + 2])) {
      i++
      continue
    }
    // "Lula da Silva", "von der Leyen": a particle between the name's capitalised words.
    if (last === i - 1 && PARTICLES.has(t.text) && (isNameWord(tokens[i + 1]) || PARTICLES.has(tokens[i + 1]?.text ?? ''))) continue
    // "Tracy Stone-Manning", "Lee Myung-Bak": a hyphen written inside the name joins its next word.
    if (last >= 0 && last === i - 1 && hyphenAfter(tokens, i - 1) && isNameWord(tokens[i + 1])) continue
    // "Abu Bakr al-Qirbi", "Abdel Fattah el-Sisi": an Arabic article joined to the next word is inside the name.
    if (last >= 0 && last === i - 1 && ARABIC_ARTICLES.has(t.text) && hyphenAfter(tokens, i) && isNameWord(tokens[i + 2])) {
      i++
      continue
    }
    if (!isNameWord(t) || inMention(i) || isAcronym(t) && t.text.length > 1 || ORG_SUFFIXES.has(t.text)) break
    if (TITLE_WORDS.has(t.lower) && i === first) break
    last = i
    if (t.possessive) break
  }
  // A single initial is not a name.
  if (last === first && tokens[first]!.text.length === 1) return -1
  return last
}

/** "UK Foreign Secretary", "Brazil’s President", "Cambodian Prime Minister": the state before the title. */
function leadingState(s: SentenceContext, mentions: Mention[], titleStart: number): string | undefined {
  for (let i = titleStart - 1; i >= Math.max(0, titleStart - 3); i--) {
    const m = mentions.find((x) => x.last === i)
    if (m) return m.actor
    if (s.tokens[i]!.punct) return undefined
  }
  return undefined
}

/** The most words of the "of" phrase after a name that may hold the body the person works for. */
const MAX_OF_BODY_WORDS = 10

/**
 * "Trial Attorney Patrick Murphy of the Counterespionage Section of the Justice Department’s National Security
 * Division": the first known body the name's "of" phrase names, before any verb or mark, is the one the person works
 * for (a known state too: "Jane Doe of Chile's foreign ministry").
 */
function bodyOf(tokens: Token[], last: number, mentions: Mention[]): string | undefined {
  if (tokens[last + 1]?.lower !== 'of') return undefined
  for (let k = last + 2; k < tokens.length && k <= last + 1 + MAX_OF_BODY_WORDS; k++) {
    const m = mentions.find((x) => x.first === k)
    if (m) return m.actor
    const t = tokens[k]!
    if (t.punct || !(t.cap || ['of', 'the', 'and', 'for', 'on'].includes(t.lower))) return undefined
  }
  return undefined
}

/** The state of a well-known leader whose name this is: "Emmanuel Macron" → france. */
export function leaderState(name: string): string | undefined {
  const tokens = name.split(/\s+/)
  for (const [leader, cca3] of LEADERS) {
    if (name === leader || (!leader.includes(' ') && tokens.at(-1) === leader))
      return stateId(cca3)
  }
  return undefined
}

/**
 * Where a person's name in tokens `first`..`last` starts: at its given name when the capitalised words before it go
 * on from another name, a body's or a place's ("the Civil Division Gregory G. Katsas", "the Eastern District of
 * Pennsylvania Laurie Magid", "the Council on American-Islamic Relations Alia Salem"). (Not after a title, "President
 * Roch Marc Christian Kabore", nor from an initial, "Secretary of State J. Kenneth Blackwell".)
 */
function givenNameStart(tokens: Token[], first: number, last: number): number {
  const t = tokens[first]!
  if (FIRST_NAMES.has(t.lower) || t.text.length === 1) return first
  const before = tokens[first - 1]
  const named = (x: Token | undefined) => !!x && x.cap && !x.punct && !TITLE_WORDS.has(x.lower) && !ROLES.has(x.lower)
  if (!named(before) && !(NAME_JOINERS.has(before?.lower ?? '') && named(tokens[first - 2]))) return first
  for (let k = first + 1; k < last; k++) if (FIRST_NAMES.has(tokens[k]!.lower)) return k
  return first
}
const NAME_JOINERS = new Set(['of', 'for', 'on', 'and'])

/** A hyphen written inside a word right after token `k`, joining it to the next: "Chavez-DeRemer", "Jean-Luc". */
function hyphenAfter(tokens: Token[], k: number): boolean {
  return tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === tokens[k]!.end && tokens[k + 2]?.start === tokens[k + 1]!.end
}

/** A capital letter and its full stop at token `i`, written together: the "S." of "Avtar S. Dhillon". */
function middleInitial(tokens: Token[], i: number): boolean {
  return isInitial(tokens, i) && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]?.start === tokens[i + 1]!.end + 1
}

/**
 * People the article names in full once and by surname after, with no title or speech verb to tell them:
 * "Jean-Luc Mélenchon of La France Insoumise … Mélenchon has made much use of social media", "its presidential
 * candidate, Marine Le Pen … Le Pen has her own appeal". A run of two or three proper nouns (a hyphenated given
 * name is one word) whose last word, or last two, the article also writes alone as a name is a person's name.
 */
export function findNamedPeople(ctx: Context, defined: Set<string>, staticMentions: Mention[][], sharedSurnames: ReadonlySet<string> = new Set(), definedNames: ReadonlySet<string> = defined): Definition[] {
  const runs: { words: string[]; text: string; opens: boolean; thingLike: boolean; given?: string }[] = []
  for (const s of ctx.sentences) {
    if (s.meta) continue
    const { tokens } = s
    const mentions = staticMentions[s.index] ?? []
    const known = (i: number) => mentions.some((m) => m.first <= i && m.last >= i)
    const proper = (i: number) => isNameWord(tokens[i]) && !known(i) && wordOf(s, tokens[i])?.pos === 'PROPN'
    for (let i = 0; i < tokens.length; i++) {
      if (!proper(i) || (i > 0 && isNameWord(tokens[i - 1]))) continue
      const words = [tokens[i]!.text]
      let last = i
      while (last < tokens.length - 1 && !tokens[last]!.possessive) {
        if (hyphenAfter(tokens, last) && proper(last + 2)) {
          words[words.length - 1] += `-${tokens[last + 2]!.text}`
          last += 2
        } else if (middleInitial(tokens, last + 1) && proper(last + 3)) {
          // "Avtar S. Dhillon": a middle initial is written in the name, not counted among its words.
          words.push(tokens[last + 3]!.text)
          last += 3
        } else if (proper(last + 1)) {
          words.push(tokens[last + 1]!.text)
          last++
        } else break
      }
      // A run that goes on into a word no rule reads as a name ("Marine Le Pen Foundation") is not a person's name.
      const opens = tokens.slice(0, i).every((t) => t.punct)
      // "the Internet", "in Aceh", "Internet giants": a name after an article (with no noun after it: not "the Jackson
      // nomination"), after a place's preposition, or bare before a noun it qualifies, is written as a thing's or a
      // place's, not as a person's.
      const after = wordOf(s, tokens[last + 1])
      const qualifies = !tokens[last]!.possessive && !!after && after.pos === 'NOUN' && !tokens[last + 1]!.cap
      const before = tokens[i - 1]?.lower ?? ''
      const thingLike = PLACE_LEADS.has(before) || (ARTICLES.has(before) ? !qualifies : qualifies)
      // ("the Eastern District of Pennsylvania Laurie Magid": the person's name starts at its given name.)
      const start = givenNameStart(tokens, i, last)
      const given = start > i ? spanText(s.sentence.text, tokens, start, last) : undefined
      if (!isNameWord(tokens[last + 1]) || tokens[last]!.possessive) runs.push({ words, text: spanText(s.sentence.text, tokens, i, last), opens, thingLike, given })
      i = last
    }
  }
  // "Commissioners Andrew Ferguson": a leading word the article also writes in lower case is a title, not a name.
  const lowerWords = new Set(ctx.article.text.match(/(?<![\p{L}-])\p{Ll}[\p{L}'’-]*/gu) ?? [])
  // ("Civil Division Gregory G. Katsas": after such a word, the words up to a given name are the rest of the title.)
  const shift = (r: (typeof runs)[number]) => {
    r.words.shift()
    r.text = r.text.slice(r.text.indexOf(' ') + 1)
  }
  for (const r of runs) {
    const before = r.words.length
    // ("Democrat Rod Blagojevich": a party's label before a name is no part of it.)
    while (r.words.length > 1 && (lowerWords.has(r.words[0]!.toLowerCase()) || PARTY.has(r.words[0]!))) shift(r)
    const given = r.words.findIndex((w, k) => k > 0 && k < r.words.length - 1 && FIRST_NAMES.has(w.toLowerCase()))
    if (r.words.length < before && !FIRST_NAMES.has(r.words[0]!.toLowerCase()) && given > 0) for (let k = 0; k < given; k++) shift(r)
  }
  // A word that only opens a sentence and that the article also writes in lower case is no name there ("Wheelchair
  // users have argued" beside "wheelchair users"): "Acme Wheelchair rides" is then no person's name.
  const alone = new Set(
    runs.filter((r) => r.words.length <= 2 && !r.thingLike && !(r.opens && r.words.length === 1 && lowerWords.has(r.words[0]!.toLowerCase()))).map((r) => r.words.join(' ')),
  )
  const found: Definition[] = []
  for (const r of runs) {
    const n = r.words.length
    if (n < 2 || n > 3 || defined.has(r.text) || found.some((f) => f.name === r.text)) continue
    // "University-wide Claude": a word with a lower-case part after its hyphen is no given name.
    // ("the United States Embassy … the U.S. Embassy": a place's word, "Embassy", "Airport", is no surname.)
    if (r.words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || /-\p{Ll}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || ORG_SUFFIXES.has(w) || THING_HEADS.has(w) || NOT_FIRST.has(w) || PLACE_WORDS.has(w) || FAITH_WORDS.has(w))) continue
    const surnames = [r.words.slice(-1).join(' '), ...(n === 3 ? [r.words.slice(-2).join(' ')] : [])]
    // A surname the article also writes in lower case is an ordinary word ("Technological Cooperation" beside
    // "cooperation"), no evidence of a person (nor a form of one: mergeDefinitions).
    // (A surname another person's name ends in may be this one's too, after a given name: "Ahmed Mohamed" beside
    // "Mohamed El-Hassan Mohamed", not "Republican Blackwell" beside "Ken Blackwell".)
    const shared = (x: string) => sharedSurnames.has(x) && FIRST_NAMES.has(r.words[0]!.toLowerCase())
    // (A surname that is only a word of another actor's longer name may still be this person's: "Navinder Singh Sarao
    // … his company Nav Sarao Futures Limited PLC … Sarao".)
    const surname = surnames.find((x) => alone.has(x) && (!definedNames.has(x) || shared(x)) && !lowerWords.has(x.toLowerCase()))
    if (!surname || PLACE_FIRST.has(r.words[0]!)) continue
    // The surname is a name of the same person (merged by its words), so the article's later mentions find them.
    const name = r.given ?? r.text
    found.push({ name, type: 'person', forms: [] }, ...(surname === name ? [] : [{ name: surname, type: 'person' as const, forms: [] }]))
  }
  return found
}
