/**
 * Companies and the article's other own names, which no gazetteer lists:
 *  - a capitalised name ending in a company word ("Live Nation Entertainment", "Acme Corp.", "SeatGeek Inc");
 *  - a name the sentence calls a company ("the chipmaker Nexus", "Anthropic, an AI company", "Ticketmaster’s
 *    chief executive"), or a body ("ACLED, a conflict monitoring organisation,": an organisation);
 *  - across the article (findRecurringNames): a proper noun the tagger marks as such, named at least
 *    MIN_RECURRING times and not as a place ("in Texas", "life on Earth", unless it also acts often: "Acme has acquired"; "the Darfur region"), a product ("Claude, the company’s model"), a thing
 *    the lexicon knows, a name in a case's name ("Louisiana v. Callais"), an eponym (only ever "Alzheimer’s …"), an adjective (only ever "Western analysts …") or one part of a hyphenated compound ("the
 *    Indo-Pacific"), a word of a longer title ("Lower Costs" for … Act) or a phrase also written in lower case; a plural
 *    noun ("the Trustees") is a group; a well-known leader's surname (data/leaders.json) a person; else it is a company when the article speaks of companies or firms ("company", "firm", "startup", "corporation"), else an organisation.
 * Names of documents and events ("Executive Order", "Kuala Lumpur Peace Accords") are never actors.
 */
import { type Context, type Mention, type SentenceContext, wordOf } from '../context.ts'
import type { Token } from '../tokens.ts'
import { DATA } from '../data.ts'
import { tagWords } from '../../language/index.ts'
import { OPENING_QUOTES, participleForm } from '../../language/grammar.ts'
import { EXAMPLE_LEADS } from '../../language/data.ts'
import type { Definition } from './names.ts'
import { isNameWord, ORG_NOUNS as ORG_SUFFIXES, runStart, spanText } from './names.ts'
import { leaderState } from './people.ts'

const SUFFIXES = new Set(DATA.actors.companySuffixes)
/** Last words of a company's name that say what kind it is: data/actors.json companyClassWords ("Mahan Air"). */
const CLASS_WORDS = new Set<string>(DATA.actors.companyClassWords)
/** The company words that are legal forms, written after a comma too: "Lyft, Inc.". */
export const LEGAL_FORMS: ReadonlySet<string> = new Set<string>(DATA.actors.legalForms)
const NOUNS = new Set(DATA.actors.companyNouns)
/** Nouns that say an article speaks of companies, so that a name it keeps naming is one (data/actors.json companyTalkNouns). */
const TALK_NOUNS = new Set(DATA.actors.companyTalkNouns)
const OWNED = new Set(DATA.actors.companyOwned)
const BODY_NOUNS = new Set(DATA.actors.bodyNouns)
const THINGS = new Set(DATA.actors.thingHeads)
const PRODUCT_NOUNS = new Set(DATA.actors.productNouns)
/** Product nouns a body of the product's name runs ("the code hosting service GitHub"): data/actors.json operatedProducts. */
const OPERATED_PRODUCTS = new Set(DATA.actors.operatedProducts)
const PRODUCT_LEADS = DATA.actors.productLeads.map((l) => l.split(' '))
const PRODUCT_TAILS = new Set<string>(DATA.actors.productTails)
const THING_CLASSES = new Set(DATA.actors.thingClassNouns)
const PLACE_PREPOSITIONS = new Set(DATA.actors.placePrepositions)
/** Words after which a recurring name is written as a place: the prepositions of place, and "on" ("life on Earth"). */
const PLACED_AFTER = new Set([...PLACE_PREPOSITIONS, 'on'])
/** A name mostly written at a place is one, unless it acts in more than one of every PLACED_ACTS of those mentions ("Texas sued"). */
const PLACED_ACTS = 4
const PLACE_OF_NOUNS = new Set(DATA.actors.placeOfNouns)
const REGIONS = new Set<string>(DATA.countries.regions)
const MIN_RECURRING = 3
/** A body named by its organisation noun alone ("the Senate", "Congress") that acts in a sentence. */
const MIN_BODY_RECURRING = 2
/** Words before an organisation noun that make it a common noun ("the Commission"), not the body's own name ("Congress"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their'])
/** "the Government", "the Government and people of X": a government word alone refers to a state's government; it is no name. */
const GOVERNMENT_WORDS = new Set<string>(DATA.actors.governmentWords)
const REGIME_WORDS = new Set<string>(DATA.actors.regimeWords)
/** A word holding a web address, a domain or a file path: its letters are no prose. */
const RE_ADDRESS = /[\w-]\.[a-z]{2,}\b|\//
const TITLE_WORDS = new Set([...DATA.actors.titles, ...DATA.actors.roles].flatMap((t) => t.toLowerCase().split(' ')))

/** Words that with a company word make a legal form written before a name: "State Corporation Rostec". */
const LEGAL_FORM_WORDS = new Set<string>(DATA.actors.legalFormWords)

/**
 * The words from `first` to the company word at `i` are a legal form and nothing else, and a capitalised name
 * follows it: "State Corporation Rostec", "Public Joint Stock Company Sberbank" (not "Microsoft Corporation CEO …").
 */
function legalFormBefore(tokens: Token[], first: number, i: number): boolean {
  const next = tokens[i + 1]
  if (!next?.cap || next.punct || TITLE_WORDS.has(next.lower) || SUFFIXES.has(next.text) || ORG_SUFFIXES.has(next.text)) return false
  return tokens.slice(first, i).every((t) => LEGAL_FORM_WORDS.has(t.text))
}

/** The most words of a short name in brackets after a company's full name. */
const MAX_SHORT_WORDS = 4

/**
 * "EL AL Israel Airlines Ltd. (EL AL)", "Korean Air Lines Ltd. (Korean Air)": capitalised words in brackets right
 * after a company's name (its legal form's full stop between), each a word of the name in its order, are the short
 * name the text then uses for it. (An acronym in brackets is read as one: acronyms.ts.)
 */
function shortFormAfter(s: SentenceContext, first: number, last: number): string[] {
  const { tokens } = s
  let k = last + 1
  if (tokens[k]?.text === '.') k++
  if (tokens[k]?.text !== '(') return []
  const close = tokens.findIndex((t, j) => j > k && t.text === ')')
  if (close < 0 || close - k - 1 < 1 || close - k - 1 > MAX_SHORT_WORDS) return []
  const inner = tokens.slice(k + 1, close)
  // (A single all-capital word is an acronym's to define.)
  if (inner.length === 1 && /^\p{Lu}{2,}$/u.test(inner[0]!.text)) return []
  if (!inner.every((t) => isNameWord(t))) return []
  const name = tokens.slice(first, last + 1).map((t) => t.text)
  let at = 0
  for (const t of inner) {
    at = name.indexOf(t.text, at)
    if (at < 0) return []
    at++
  }
  return [spanText(s.sentence.text, tokens, k + 1, close - 1)]
}

/** Per sentence: names with a company word, and names the sentence calls a company. */
export function findCompanies(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  const known = (i: number) => staticMentions.some((m) => m.first <= i && m.last >= i)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    // "Live Nation Entertainment", "Acme Corp."
    if (SUFFIXES.has(t.text.replace(/\.$/, '')) && i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.possessive) {
      let first = runStart(tokens, i - 1)
      // ("Boar's Head Provisions Co.": a capitalised word's possessive right before the name is part of it, unless it
      // names an actor the gazetteer knows or a leader: "Amazon's Whole Foods Market Inc.".)
      // (Only before a legal form: "the President’s Working Group" is an office's body.)
      const bare = (k: number) => withoutPossessive(tokens[k]!.text)
      const own = (k: number) => !!tokens[k]?.possessive && tokens[k]!.cap && tokens[k]!.end + 1 === tokens[k + 1]?.start && !known(k) && !leaderState(bare(k)) && !TITLE_WORDS.has(bare(k).toLowerCase())
      if (LEGAL_FORMS.has(t.text.replace(/\.$/, '')) && first > 0 && own(first - 1)) first = runStart(tokens, first - 1)
      // "State Corporation Rostec", "Public Joint Stock Company Sberbank": a legal form before the company's own
      // name names no company; the name after it does.
      if (legalFormBefore(tokens, first, i)) continue
      // ("Redfin Corporation", then "Redfin": a legal form is dropped after the first mention; a word such as
      // "Airlines" or "Motors" is not, "United Airlines" is no "United".)
      const short = LEGAL_FORMS.has(t.text.replace(/\.$/, '')) && first < i ? [spanText(s.sentence.text, tokens, first, i - 1)] : []
      const bracketed = shortFormAfter(s, first, i)
      if (!known(first)) found.push({ name: spanText(s.sentence.text, tokens, first, i), type: 'company', forms: [...short, ...bracketed] })
      continue
    }
    // "Lyft, Inc.", "Acme, LLC": a legal form after a comma names the company before it (written without it after).
    if (LEGAL_FORMS.has(t.text.replace(/\.$/, '')) && tokens[i - 1]?.text === ',' && isNameWord(tokens[i - 2]) && !tokens[i - 2]!.possessive) {
      let first = i - 2
      while (first > 0 && isNameWord(tokens[first - 1]) && !tokens[first - 1]!.possessive && i - first < MAX_NAME_WORDS + 1) first--
      if (!known(first)) found.push({ name: spanText(s.sentence.text, tokens, first, i - 2), type: 'company', forms: [] })
      continue
    }
    if (!isNameWord(t) || known(i)) continue
    const body = BODY_NOUNS.has(appositionHead(s, i))
    if (i === 0 && !t.possessive && !body && !nextIsCompanyCue(s, i)) continue
    // "the chipmaker Nexus", "AI company Anthropic".
    const before = tokens[i - 1]
    if (before && NOUNS.has(before.lower) && !before.cap) {
      const last = nameEnd(tokens, i)
      found.push({ name: spanText(s.sentence.text, tokens, i, last), type: 'company', forms: [] })
      i = last
      continue
    }
    const company = nextIsCompanyCue(s, i)
    if (company || body) {
      // "LAN Cargo, a Chilean company": the cue comes after the name's last word; the name is the whole run.
      const first = runStart(tokens, i)
      const whole = first < i && !known(first) && tokens.slice(first, i).every((w) => isNameWord(w)) ? first : i
      found.push({ name: spanText(s.sentence.text, tokens, whole, i), type: company ? 'company' : 'organisation', forms: [] })
    }
  }
  found.push(...exampleCompanies(s, known))
  return found
}

/**
 * "spoke with retailers and manufacturers, including Wal-Mart, Target, Reckitt, and Gerber": the names a list of
 * examples gives for a plural company noun ("retailers", "firms", "companies") are companies, each of them.
 */
function exampleCompanies(s: SentenceContext, known: (i: number) => boolean): Definition[] {
  const { tokens } = s
  const found: Definition[] = []
  for (let i = 1; i < tokens.length; i++) {
    const lead = EXAMPLE_LEADS.find((l) => l.every((w, k) => tokens[i + k]?.lower === w))
    if (!lead) continue
    const noun = tokens[i - 1]?.text === ',' ? i - 2 : i - 1
    const word = wordOf(s, tokens[noun])
    if (!word || word.pos !== 'NOUN' || word.lower === word.lemma || !NOUNS.has(word.lemma)) continue
    let k = i + lead.length
    for (;;) {
      // A name: capitalised words, or parts joined by a hyphen with no space ("Wal-Mart").
      const first = k
      while (isNameWord(tokens[k]) || (tokens[k]?.text === '-' && tokens[k - 1]?.end === tokens[k]!.start && isNameWord(tokens[k + 1]))) k++
      if (k === first || k - first > MAX_NAME_WORDS + 2) break
      if (!known(first) && !tokens[k - 1]!.possessive) found.push({ name: spanText(s.sentence.text, tokens, first, k - 1), type: 'company', forms: [] })
      if (tokens[k]?.text === ',') k++
      if (['and', 'or'].includes(tokens[k]?.lower ?? '')) k++
      if (k === first || !isNameWord(tokens[k])) break
    }
  }
  return found
}

/** How many capitalised words a company's name named after a company noun may hold: "software company Hugging Face". */
const MAX_NAME_WORDS = 3

/**
 * The last token of a name that starts at token `i` right after a company noun: its capitalised words, up to a
 * possessive ("the startup Hugging Face’s model") and short of a title ("the firm Acme CEO Jane Doe").
 */
function nameEnd(tokens: SentenceContext['tokens'], i: number): number {
  let last = i
  while (last - i < MAX_NAME_WORDS - 1 && !tokens[last]!.possessive && isNameWord(tokens[last + 1]) && !TITLE_WORDS.has(tokens[last + 1]!.lower) && !/^[A-Z]{2,}$/.test(tokens[last + 1]!.text)) last++
  return last
}

/** A word without its possessive ending: "Boar's" → "Boar", "Putin’s" → "Putin". */
const withoutPossessive = (word: string) => word.replace(/['’]s?$/, '')

/**
 * "Anthropic’s chief executive", "Ticketmaster’s customers"; "Anthropic, an AI company,": an apposition led by
 * an article whose head noun (its last word) is a company noun — not "Claude, the company’s model".
 */
function nextIsCompanyCue(s: SentenceContext, i: number): boolean {
  const { tokens } = s
  const t = tokens[i]!
  if (t.possessive) {
    // ("Putin’s revenues": a well-known leader's are his state's.)
    if (leaderState(withoutPossessive(t.text))) return false
    const next = tokens[i + 1]?.lower ?? ''
    const after = `${next} ${tokens[i + 2]?.lower ?? ''}`
    return OWNED.has(next) || OWNED.has(after)
  }
  return NOUNS.has(appositionHead(s, i))
}

/**
 * The head noun (last word) of an apposition led by an article right after the name at token `i` ("ACLED, a global
 * conflict monitoring organisation," → "organisation"), or '' when there is none or it holds a possessive.
 */
function appositionHead(s: SentenceContext, i: number): string {
  const { tokens } = s
  if (tokens[i + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[i + 2]?.lower ?? '')) return ''
  for (let k = i + 3; k < Math.min(tokens.length, i + 12); k++) {
    const w = tokens[k]!
    // ("BrucePac, a Durant, Okla. establishment", "a Jarratt, Va., establishment": a place and its state's
    // abbreviation, after a comma, are part of it.)
    const state = w.text === ',' && !!tokens[k - 1]?.cap && !!tokens[k + 1]?.cap && tokens[k + 2]?.text === '.' && tokens[k + 2]!.start === tokens[k + 1]!.end
    if (state) {
      k = tokens[k + 3]?.text === ',' ? k + 3 : k + 2
      continue
    }
    if (w.punct) return tokens[k - 1]!.possessive ? '' : tokens[k - 1]!.lower
    if (w.possessive) return ''
  }
  return ''
}

/**
 * Proper nouns the article keeps naming that no rule defined: each becomes an organisation (a company, when the
 * article speaks of companies) unless it is mostly named as a place, is a product, or a document.
 */
export function findRecurringNames(ctx: Context, defined: Set<string>, staticMentions: Mention[][]): Definition[] {
  const counts = new Map<string, { n: number; placed: number; product: boolean; starts: number; owners: number; acts: number; modifies: number; quoted: number; titled: number; bare: number; place?: boolean; party?: boolean; classed?: boolean }>()
  let companyTalk = false
  for (const s of ctx.sentences) {
    if (s.meta) continue
    if (s.words.some((w) => TALK_NOUNS.has(w.lower))) companyTalk = true
    const { tokens } = s
    const mentions = staticMentions[s.index] ?? []
    const known = new Uint8Array(tokens.length) // the tokens a mention of a known actor covers
    for (const m of mentions) known.fill(1, m.first, m.last + 1)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (!isNameWord(t) || known[i]) continue
      // A run of capitalised words is one name; a single word is the common case ("Anthropic").
      let last = i
      while (isNameWord(tokens[last + 1]) && !tokens[last]!.possessive && last - i < 3) last++
      const name = spanText(s.sentence.text, tokens, i, last)
      const word = wordOf(s, t)
      // "Figure 3", "Table 2": a capitalised word before a number labels a part of the text.
      if ((word && word.pos !== 'PROPN') || inCompound(tokens, i, last, mentions) || /^\d/.test(tokens[last + 1]?.text ?? '')) {
        i = last
        continue
      }
      const c = counts.get(name) ?? { n: 0, placed: 0, product: false, starts: 0, owners: 0, acts: 0, modifies: 0, quoted: 0, titled: 0, bare: 0 }
      c.n++
      if (tokens[last]!.possessive) c.owners++
      // "the Secretary of Transportation": the office's portfolio is a word of the title, no actor.
      if (inThingTitle(tokens, i, last) || portfolioOf(tokens, i)) c.titled++
      const after = wordOf(s, tokens[last + 1])
      // ("Sumatran and Javan rhinos": so does one joined to another before the noun they both qualify.)
      const joinedModifier = after?.pos === 'CCONJ' && isNameWord(tokens[last + 2]) && !tokens[last + 2]!.possessive && !!tokens[last + 3] && !tokens[last + 3]!.cap && wordOf(s, tokens[last + 3]!)?.pos === 'NOUN'
      if (!tokens[last]!.possessive && after && ((!tokens[last + 1]!.cap && ['NOUN', 'ADJ'].includes(after.pos)) || joinedModifier)) c.modifies++
      if (i === 0) c.starts++
      if (OPENING_QUOTES.has(tokens[i - 1]?.text ?? '')) c.quoted++
      // "in Texas", "at the South Pole", "life on Earth" (not "in the Senate", "in Congress": a body's members sit in
      // it; nor "called on Congress", "reported to Congress").
      const lead = tokens[i - 1]?.lower === 'the' && !ORG_SUFFIXES.has(tokens[last]!.text) ? i - 2 : i - 1
      const body = i === last && ORG_SUFFIXES.has(t.text)
      if (PLACED_AFTER.has(tokens[lead]?.lower ?? '') && !body) c.placed++
      else if (!tokens[last]!.possessive && (actsNext(s, last) || passiveAgent(s, i))) c.acts++
      if (body && !DETERMINERS.has(tokens[i - 1]?.lower ?? '')) c.bare++
      if (afterPlaceOf(tokens, i) || beforePlaceNoun(tokens, last)) c.place = true
      if (inCaseName(tokens, i, last)) c.party = true
      if (tokens[last + 1]?.text === ',' && (PRODUCT_NOUNS.has(productHead(tokens, last + 2)) || PRODUCT_NOUNS.has(appositionNoun(s, last + 2)))) c.product = true
      // "its antipsychotic drug Zyprexa", "the chatbot Claude", "a model called Gemini": the product noun right before
      // the name, or before "called" or "named" before it, says what kind of thing it names (not one a body of the
      // name runs: "the code hosting service GitHub").
      const noun = ['called', 'named'].includes(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1
      if (PRODUCT_NOUNS.has(tokens[noun]?.lower ?? '') && !OPERATED_PRODUCTS.has(tokens[noun]!.lower) && !tokens[noun]!.cap) c.product = true
      // "powered by Claude", "a version of Claude", "Claude-powered features": words that only a product takes.
      if (PRODUCT_LEADS.some((lead) => lead.every((w, k) => tokens[i - lead.length + k]?.lower === w))) c.product = true
      if (tokens[last + 1]?.text === '-' && PRODUCT_TAILS.has(tokens[last + 2]?.lower ?? '') && tokens[last + 1]!.start === tokens[last]!.end) c.product = true
      // "the Orion capsule", "the Artemis program": the noun after the name says what kind of thing it names.
      // (Not a verb of the same spelling: "Congress exercises oversight".)
      if (!tokens[last]!.possessive && THING_CLASSES.has(tokens[last + 1]?.text ?? '') && wordOf(s, tokens[last + 1]!)?.pos !== 'VERB') c.classed = true
      counts.set(name, c)
      i = last
    }
  }
  const found: Definition[] = []
  // A word the article also writes in lower case is a common word, capitalised at a sentence's start or in a title.
  // (Not inside a web or file address: "anthropic.com", "images/acme-logo.svg".)
  const prose = ctx.article.text.replace(/\S+/g, (w) => (RE_ADDRESS.test(w) ? ' ' : w))
  const lowerWords = new Set(prose.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? [])
  const writtenWords = new Set(prose.match(/\p{L}[\p{L}'’-]*/gu) ?? [])
  for (const [name, c] of counts) {
    // "the Senate rejected …": a body named by its organisation noun alone needs fewer mentions when it acts.
    // (Not a word for a government, which "an Administration" may name in general.)
    const bodyNoun = ORG_SUFFIXES.has(name) && !REGIME_WORDS.has(name.toLowerCase()) && c.acts > 0
    // "ordered by Congress", "Parliament voted": an organisation noun the article never writes after "the" or "a" is
    // the body's own name, and one mention where it acts makes it a party.
    const ownName = bodyNoun && c.bare === c.n
    if (c.n < (ownName ? 1 : bodyNoun ? MIN_BODY_RECURRING : MIN_RECURRING) || defined.has(name) || LEGAL_FORMS.has(name) || GOVERNMENT_WORDS.has(name) || c.product || c.place || c.party || (c.placed * 2 >= c.n && c.acts * PLACED_ACTS <= c.placed) || c.starts === c.n) continue
    // A thing of a kind ("the Orion capsule") is no actor, unless the article also makes it an owner ("SpaceX's …").
    if (c.classed && c.owners === 0) continue
    // "Alzheimer’s disease", "Alzheimer’s researchers": a name only ever written as an owner names a thing after
    // someone (an eponym); an actor is also named on its own.
    if (c.owners === c.n) continue
    // “WarGames”, ‘Dune’: a name the article mostly writes in quotation marks is the title of a work (a film, a book, a
    // report), not an actor.
    if (c.quoted * 2 >= c.n) continue
    // "Western analysts", "Western military intervention": a word only ever written before a noun it qualifies is
    // an adjective, not a name.
    if (c.modifies === c.n && !name.includes(' ')) continue
    const words = name.split(' ')
    if (THINGS.has(words.at(-1)!) || words.some((w) => !/^\p{Lu}\p{Ll}{2,}/u.test(w) || titleWord(w))) continue
    if (words.length === 1 && lowerWords.has(name.toLowerCase())) continue
    // "Linear Algebra": a run of words the article also writes, as a whole, in lower case is a common phrase in title case.
    if (words.length > 1 && writtenLower(prose, name)) continue
    // "Lower Costs" (for Everyday Americans Act), "Fair" (Agreement on Reciprocal, Fair, and Balanced Trade): a name
    // mostly written inside a longer title of a document or an event is a word of that title.
    if (c.titled * 2 >= c.n) continue
    // "Congress", "the Senate": a name ending in an organisation noun is a body even where companies are talked of;
    // so is a province or federal state ("California", "Maharashtra"), whose government acts.
    const body = ORG_SUFFIXES.has(words.at(-1)!) || REGIONS.has(name)
    // "Putin’s war … for Putin as he faces": a well-known leader (data/leaders.json) the article names by surname
    // alone, never acting right after it, is still that person, not a company of the business the article talks of.
    const state = leaderState(name)
    if (state) found.push({ name, type: 'person', forms: [], affiliation: state })
    // "the Trustees", "Christians": a plural common noun written with a capital names a group of people.
    else if (pluralNoun(name, writtenWords)) found.push({ name, type: 'group', forms: [] })
    else found.push({ name, type: companyTalk && !body ? 'company' : 'organisation', forms: [] })
  }
  return found
}

/** Offices whose portfolio follows "of" or "for": data/actors.json portfolioHeads. */
const PORTFOLIO_HEADS = new Set<string>(DATA.actors.portfolioHeads)

/** The name at `first` is an office's portfolio: "Secretary of Transportation", "Minister for Health". */
function portfolioOf(tokens: SentenceContext['tokens'], first: number): boolean {
  return ['of', 'for'].includes(tokens[first - 1]?.lower ?? '') && PORTFOLIO_HEADS.has(tokens[first - 2]?.text ?? '')
}

/** A verb follows the name at `last`, maybe past an adverb: "Congress closed", "Congress temporarily closed". */
function actsNext(s: SentenceContext, last: number): boolean {
  const pos = (k: number) => wordOf(s, s.tokens[k])?.pos ?? ''
  const next = pos(last + 1) === 'ADV' ? last + 2 : last + 1
  return ['VERB', 'AUX'].includes(pos(next))
}

/** The name at `first` is the agent of a passive: "was ordered by Congress", "appropriated by Congress". */
function passiveAgent(s: SentenceContext, first: number): boolean {
  const before = wordOf(s, s.tokens[first - 2])
  return s.tokens[first - 1]?.lower === 'by' && before?.pos === 'VERB' && participleForm(before, true)
}

/** Whether the article writes `name` in lower case, as a whole ("linear algebra"). */
function writtenLower(prose: string, name: string): boolean {
  const lower = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(^|[^\\p{L}])${lower}($|[^\\p{L}])`, 'u').test(prose)
}

/** Lower-case words that join the capitalised words of a title: "Agreement on Reciprocal Trade", "Lower Costs for Americans Act". */
const TITLE_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'in', 'the', 'to'])
/** The connectors that tie a name to a title's head; "and" alone may join two names ("the Paris Agreement and Acme"). */
const TITLE_JOINERS = new Set(['of', 'for', 'on', 'in', 'to'])
/** How far from a name a title's head word may stand. */
const TITLE_REACH = 8

/**
 * Whether the name at tokens `first`…`last` stands inside a longer capitalised title whose head is a document's or an
 * event's word (data `thingHeads`): capitalised words, commas and connectors lead from it to the head, through at
 * least one connector ("Agreement on Reciprocal, Fair, and Balanced Trade"; not "the Agreement, Acme said").
 */
function inThingTitle(tokens: SentenceContext['tokens'], first: number, last: number): boolean {
  const reach = (from: number, step: 1 | -1): boolean => {
    let joined = false
    for (let k = from, n = 0; k >= 0 && k < tokens.length && n < TITLE_REACH; k += step, n++) {
      const t = tokens[k]!
      if (TITLE_CONNECTORS.has(t.text)) joined ||= TITLE_JOINERS.has(t.text)
      else if (t.text === ',') continue
      else if (!t.cap || t.punct) return false
      else if (joined && THINGS.has(t.text)) return true
    }
    return false
  }
  return reach(last + 1, 1) || reach(first - 1, -1)
}

/**
 * Whether a one-word name is a plural noun: the tagger reads it, in lower case, as a noun whose dictionary form is
 * shorter ("trustees" → "trustee"), or the article also writes it without its final "s" ("Muslims" beside "Muslim").
 */
function pluralNoun(name: string, written: Set<string>): boolean {
  if (name.includes(' ') || !name.endsWith('s') || name.endsWith('ss')) return false
  const [word] = tagWords(name.toLowerCase())
  return (word?.pos === 'NOUN' && word.lemma !== word.lower) || written.has(name.slice(0, -1))
}

/** A title or role word, or its plural: "Administrator", "Members" (of Congress). */
function titleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return TITLE_WORDS.has(lower) || (lower.endsWith('s') && TITLE_WORDS.has(lower.slice(0, -1)))
}

/** "Louisiana v. Callais", "Thornburg v Gingles": a name beside "v." or "vs." is a party named in a case's name. */
function inCaseName(tokens: SentenceContext['tokens'], first: number, last: number): boolean {
  const versus = (k: number) => ['v', 'vs'].includes(tokens[k]?.lower ?? '')
  return versus(first - 1) || versus(first - 2) || versus(last + 1)
}

/**
 * "the Indo-Pacific", "Asia-Pacific": a name joined by a hyphen to another capitalised word that names no known actor
 * is one part of a compound name (a region, a field), not a name of its own. ("US-Acme talks" keeps "Acme".)
 */
function inCompound(tokens: SentenceContext['tokens'], first: number, last: number, mentions: Mention[]): boolean {
  const unknownName = (k: number) => isNameWord(tokens[k]) && !mentions.some((m) => m.first <= k && m.last >= k)
  return (tokens[first - 1]?.text === '-' && unknownName(first - 2)) || (tokens[last + 1]?.text === '-' && unknownName(last + 2))
}

/**
 * "the Port of Savannah", "the ports of New York and Houston", "our biggest island Crete": a name after a place noun
 * and "of", or after it in the list that follows, or right after the noun, is a place.
 */
function afterPlaceOf(tokens: SentenceContext['tokens'], i: number): boolean {
  let k = i - 1
  while (k > 0 && ((tokens[k]!.cap && !tokens[k]!.punct) || tokens[k]!.text === ',' || tokens[k]!.lower === 'and')) k--
  if (k === i - 1 && !!tokens[k] && !tokens[k]!.cap && PLACE_OF_NOUNS.has(tokens[k]!.lower)) return true
  return tokens[k]?.lower === 'of' && PLACE_OF_NOUNS.has(tokens[k - 1]?.lower ?? '')
}

/** "the Darfur region", "the Kherson province": a name right before a lower-case place noun names a place. */
function beforePlaceNoun(tokens: SentenceContext['tokens'], last: number): boolean {
  const next = tokens[last + 1]
  return !tokens[last]!.possessive && !!next && !next.cap && PLACE_OF_NOUNS.has(next.lower)
}

/** The noun heading an apposition: "the company’s generative AI model" → "model". */
function productHead(tokens: SentenceContext['tokens'], from: number): string {
  for (let k = from; k < Math.min(tokens.length, from + 7); k++) {
    const w = tokens[k]!
    if (w.punct) return tokens[k - 1]?.lower ?? ''
  }
  return tokens[Math.min(tokens.length, from + 7) - 1]?.lower ?? ''
}

/** The tags of the words an apposition's noun phrase is made of before its head noun's end. */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'])

/**
 * The head noun of the noun phrase that opens at token `from`, by its tags: its last common noun before a word of
 * another kind ("a modular platform designed to …" → "platform"), or ''.
 */
function appositionNoun(s: SentenceContext, from: number): string {
  let head = ''
  for (let k = from; k < s.tokens.length; k++) {
    const word = wordOf(s, s.tokens[k])
    if (!word || !NOUN_PHRASE.has(word.pos)) break
    if (word.pos === 'NOUN') head = s.tokens[k]!.lower
  }
  return head
}

/**
 * A name whose last word, or the head before its first "of", makes it a document, an event or a place: never an
 * actor ("Executive Order", "Notice of Funding Opportunity", "Memorandum of Understanding"; not "Bank of America").
 */
export function isThingName(name: string): boolean {
  const words = name.split(/\s+/)
  // ("Attorney’s Office for the Southern District of New York": the noun before the first "of" or "for" is the head.)
  const of = words.findIndex((w) => w === 'of' || w === 'for')
  const last = words.at(-1)!.replace(/[’']s$/, '')
  // "High Mobility Artillery Rocket Systems": systems of a thing are things ("Textron Systems" is a company).
  const systems = last === 'Systems' && THINGS.has(words.at(-2) ?? '')
  return THINGS.has(last) || systems || (of > 0 && THINGS.has(words[of - 1]!))
}

/**
 * "Iranian airline Mahan Air … Mahan flies fighters and cargo to Syria": a company named in full by a word and a word
 * of its kind (data/actors.json companyClassWords) goes by that first word alone, where the article writes it alone,
 * capitalised, and it names nothing else (`taken`: another actor's name or form, or the gazetteer's).
 */
export function addCompanyShortForms(ctx: Context, definitions: Definition[], taken: (form: string) => boolean): void {
  for (const d of definitions) {
    const words = d.name.split(/\s+/)
    if (d.type !== 'company' || words.length !== 2 || !CLASS_WORDS.has(words[1]!)) continue
    const short = words[0]!
    if (short.length < 3 || !/^\p{Lu}\p{Ll}/u.test(short) || d.forms.includes(short) || taken(short)) continue
    const alone = ctx.sentences.some((s) => !s.meta && s.tokens.some((t, i) => t.text === short && i > 0 && !s.tokens[i + 1]?.cap))
    if (alone) d.forms.push(short)
  }
}
