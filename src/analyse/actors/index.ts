/**
 * Actors: who the article is about.
 *
 * 1. scan every sentence for forms known beforehand (states, capitals, demonyms, international bodies, media);
 * 2. discover the article's own actors, rule by rule: organisations, media, people, acronyms; then across the
 *    article, people named in full and by surname after, and names it keeps repeating;
 * 3. merge the definitions into actors (a surname joins its full name, an acronym its expansion) and drop the
 *    article's own author and publisher — unless the author tells the story as "I", who is then an actor;
 * 4. scan again with the article's forms added, then resolve references ("the South", "Assad’s regime");
 * 5. keep the actors that are mentioned, with the surface forms and sentences that mention them.
 */
import type { Actor } from '../../types.ts'
import type { Context, Mention, SentenceContext } from '../context.ts'
import { slug } from '../text.ts'
import { findAcronyms } from './acronyms.ts'
import { STATIC_LEXICON, addForm, extendLexicon, formKey, type LexiconEntry } from './lexicon.ts'
import { findMedia } from './media.ts'
import { ARABIC_ARTICLES, type Definition, ORG_NOUNS } from './names.ts'
import { findOrganisations } from './organisations.ts'
import { addCompanyShortForms, findCompanies, findRecurringNames, isThingName, LEGAL_FORMS } from './companies.ts'
import { findActingLeaders, findNamedPeople, findPeople, leaderState } from './people.ts'
import { findReferences } from './references.ts'
import { findGroups } from './groups.ts'
import { findModifiedGroups } from './modified-groups.ts'
import { findBench } from './bench.ts'
import { findArmedBodies } from './armed.ts'
import { mergeMetonyms } from './metonyms.ts'
import { findHeadlineGroups } from './headline-groups.ts'
import { actsInArticle, governsInArticle, hasEitherHead } from './acting.ts'
import { findCraftNames, withoutCrafts } from './crafts.ts'
import { DATA } from '../data.ts'
import { isRegion } from './regions.ts'
import { hasWord, quotationSpans } from '../../language/index.ts'
import { words as wordsOf } from '../tokens.ts'

const REGIME_WORDS = new Set<string>(DATA.actors.regimeWords)
const FIRST_PERSON = new Set<string>(DATA.actors.firstPerson)
/** Sentences in the first person that make the author a narrator, not a byline. */
const MIN_FIRST_PERSON = 3
const POSSESSIVE_FIRST_PERSON = new Set(['my'])
/** How far before a name "my" may stand and be that name's: "my [employer ,] Conservancy". */
const OWNED_WINDOW = 3
import { scanTokens } from './scan.ts'
import { licensedShortForms, standsAsName } from './short-forms.ts'

const STATIC_ENTRIES = new Set(STATIC_LEXICON.entries.values())
/** Each actor's first entry among `entries`, by the actor's id. */
function firstById(entries: Iterable<LexiconEntry>): Map<string, LexiconEntry> {
  const byId = new Map<string, LexiconEntry>()
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e)
  return byId
}
/** The gazetteer's entries by actor id (the first of each). */
const STATIC_BY_ID = firstById(STATIC_ENTRIES)
/** The gazetteer's forms of each actor ("CFTC", "Commodity Futures Trading Commission"). */
const STATIC_FORMS = new Map<string, string[]>()
for (const [form, e] of STATIC_LEXICON.entries) STATIC_FORMS.set(e.id, [...(STATIC_FORMS.get(e.id) ?? []), form])

type Rule = (s: Context['sentences'][number], staticMentions: Mention[]) => Definition[]
const DISCOVERY_RULES: Rule[] = [findOrganisations, findArmedBodies, findMedia, findCompanies, findPeople, findAcronyms]

export function findActors(ctx: Context): void {
  const staticMentions = ctx.sentences.map((s) => (s.meta ? [] : scanTokens(s.tokens, STATIC_LEXICON)))
  const discovered = ctx.sentences
    .flatMap((s) => (s.meta ? [] : DISCOVERY_RULES.flatMap((rule) => rule(s, staticMentions[s.index]!))))
    .filter((d) => !d.byGivenName || namesPerson(d.name, ctx.article.text))
  // "New York State DOT" is a local body only where "DOT" is defined as a body's acronym ("Department of Transportation (DOT)").
  const bodyAcronyms = new Set(discovered.filter((d) => !d.concept && d.type === 'organisation').flatMap((d) => d.forms))
  // ("… Secretary of the Air Force for Acquisition Darleen Druyun": a body's name that runs on into a person's is
  // no body's; the person is named.)
  // (Read at each space of the body's name: a long article names thousands of people and bodies.)
  const people = new Set(discovered.filter((d) => d.type === 'person').map((d) => d.name))
  const endsOnPerson = (name: string) => [...name.matchAll(/ /g)].some((m) => people.has(name.slice(m.index + 1)))
  const perSentence = discovered.filter((d) => (!d.localOf || bodyAcronyms.has(d.localOf)) && !(d.type === 'organisation' && endsOnPerson(d.name)))
  const defined = new Set(perSentence.flatMap((d) => [d.name, ...d.forms, ...ownWords(d)]))
  // ("Ahmed Mohamed … His father Mohamed El-Hassan Mohamed said …": a surname two people share is no other actor's.)
  const surnamesOnly = new Set(perSentence.filter((d) => d.type === 'person').flatMap((d) => d.name.split(/\s+/).slice(1)))
  for (const d of perSentence) for (const w of [d.name, ...d.forms, ...(d.type === 'person' ? [] : ownWords(d))]) surnamesOnly.delete(w)
  // ("Navinder Singh Sarao … his company Nav Sarao Futures Limited PLC": a word of a body's longer name is no name of
  // its own; it may be a person's surname. A person's words stay theirs: "Republican Vale" is Ann Vale.)
  const definedNames = new Set(perSentence.flatMap((d) => [d.name, ...d.forms, ...(d.type === 'person' ? ownWords(d) : [])]))
  const named = findNamedPeople(ctx, defined, staticMentions, surnamesOnly, definedNames)
  for (const d of named) for (const w of [d.name, ...d.name.split(/\s+/)]) defined.add(w)
  // Leaders acting without a title ("Putin met Xi"), where no other rule named them.
  named.push(...ctx.sentences.flatMap((s) => (s.meta ? [] : findActingLeaders(s, staticMentions[s.index]!))).filter((d) => !defined.has(d.name)))
  // Names of things ("Executive Order", "the KITE spacecraft", "Mars") are no actors, whatever rule found them.
  const definitions = withoutCrafts([...perSentence, ...named, ...findRecurringNames(ctx, defined, staticMentions)], findCraftNames(ctx, staticMentions)).filter(
    (d) => (!isThingName(d.name) || (hasEitherHead(d.name) && actsInArticle(ctx, d.name))) && !isRegion(d.name),
  )
  // Parts of states the article makes act ("Texas sued Google", "Ontario imposed a levy"): regional governments.
  definitions.push(...findActingRegions(ctx, new Set(definitions.flatMap((d) => [d.name, ...d.forms]))))
  // Groups named by a common noun that the article makes act ("students", "the plaintiffs").
  definitions.push(...findGroups(ctx))
  // Groups named by a qualified plural noun that the article makes act ("AI companies", "state agencies"), unless
  // the noun alone is already one ("scientists" takes "ecosystem scientists").
  const taken = new Set(definitions.map((d) => d.name))
  const names = new Set(definitions.flatMap((d) => [d.name, ...d.forms]))
  definitions.push(...findModifiedGroups(ctx, names).filter((d) => !taken.has(d.name) && !taken.has(d.name.split(' ').at(-1)!)))
  // The court of a case the article does not name ("the judge granted the motion").
  definitions.push(...findBench(ctx, definitions))
  // "Mahan Air … Mahan": a company's first word alone, where it names nothing else.
  const forms = new Set(definitions.flatMap((d) => [d.name, ...d.forms]))
  // (Nor a word that opens a name the gazetteer knows: "Korean" of "Korean Air" is a demonym, and "Korean People's Army".)
  addCompanyShortForms(ctx, definitions, (f) => forms.has(f) || STATIC_LEXICON.entries.has(formKey(f)) || STATIC_LEXICON.firsts.has(formKey(f)))
  const lexicon = extendLexicon(STATIC_LEXICON)
  // An acronym the article defines is not the gazetteer's any more.
  for (const d of definitions) if (d.redefines) for (const f of d.forms) lexicon.entries.delete(formKey(f))
  // "The U.S. Securities and Exchange Commission (SEC)", "The U.S. Commodity Futures Trading Commission (CFTC)": a
  // body the article names as the gazetteer names it, perhaps after its state, is the gazetteer's body; the forms the
  // article gives it are that body's, not a second one's beside it.
  // (Merged first, so its other names the article gives — "DOJ" — go with it.)
  const merged = mergeDefinitions(definitions, ctx)
  const onto = new Map<LexiconEntry, LexiconEntry>()
  for (const entry of new Set(merged.map(([, e]) => e))) {
    const d = entry.type === 'person' ? undefined : definitions.find((x) => x.name === entry.name && !x.redefines && !x.concept)
    const known = d && knownBody(d.name)
    if (known) onto.set(entry, known)
  }
  // "The U.S. Commodity Futures Trading Commission … the Commission also recognized …": a body named by its
  // organisation noun alone is the one body the article names with that noun for its head, when there is one.
  const heads = new Map<string, LexiconEntry[]>()
  const addHead = (form: string, e: LexiconEntry | undefined) => {
    const head = e?.type === 'organisation' ? headNoun(form) : undefined
    if (head && form !== head && !heads.get(head)?.some((x) => x.id === e!.id)) heads.set(head, [...(heads.get(head) ?? []), e!])
  }
  for (const id of new Set(staticMentions.flat().map((m) => m.actor))) for (const form of STATIC_FORMS.get(id) ?? []) addHead(form, STATIC_BY_ID.get(id))
  for (const [form, e] of merged) addHead(form, onto.get(e) ?? e)
  for (const entry of new Set(merged.map(([, e]) => e))) {
    const bodies = entry.type === 'organisation' ? heads.get(entry.name)?.filter((b) => b.id !== entry.id) : undefined
    if (bodies?.length === 1) onto.set(entry, bodies[0]!)
  }
  for (const [form, own] of merged) {
    const entry = onto.get(own) ?? own
    // ("James Roche … Roche said": a person's surname that is a well-known company's name is the person's here.)
    const known = lexicon.entries.get(formKey(form))
    if (entry.type === 'person' && known?.type === 'company' && STATIC_ENTRIES.has(known) && !form.includes(' ')) lexicon.entries.delete(formKey(form))
    addForm(lexicon, form, entry)
  }
  // "Treasury", "State": a body's one-word name, once the article has named it in full.
  for (const [form, entry] of licensedShortForms(staticMentions)) addForm(lexicon, form, entry)
  const byId = firstById(lexicon.entries.values())
  const headline = ctx.article.meta.title?.toLowerCase() ?? ''
  for (const s of ctx.sentences) s.mentions = s.meta ? [] : dropStateModifiers(s, scanTokens(s.tokens, lexicon).filter((m) => standsAsName(s, m, lexicon)), byId, headline)
  findHeadlineGroups(ctx, lexicon)
  const narrator = addNarrator(ctx, lexicon)
  mergeMetonyms(ctx, lexicon.entries.values())
  collectActors(ctx, lexicon.entries)
  findReferences(ctx)
  collectActors(ctx, lexicon.entries)
  dropSelf(ctx, narrator)
  nameAsWritten(ctx)
}

/** First-level parts of states (data/countries.json regions). */
const FIRST_LEVEL_REGIONS: readonly string[] = DATA.countries.regions

/**
 * The parts of states (data/countries.json regions: "Texas", "Ontario", "Bavaria") the article makes govern or go to
 * law, each the subject of such a verb at least once (data/actors.json governingVerbs: "Texas sued Google"); a
 * region only ever named as a place ("in Texas") or described ("Texas produces most of the oil") is none; nor is a
 * name another rule has defined ("Victoria" as a person's).
 */
function findActingRegions(ctx: Context, defined: Set<string>): Definition[] {
  const text = ctx.sentences.map((s) => s.sentence.text).join('\n')
  return FIRST_LEVEL_REGIONS.filter((name) => !defined.has(name) && text.includes(name) && hasWord(text, name) && governsInArticle(ctx, name)).map((name) => ({ name, type: 'organisation' as const, forms: [] }))
}

/**
 * An author who tells the story as "I" is one of its actors ("I partnered with my colleague Stephanie McGrath",
 * "I attempted to persuade RMS"): where the article says "I", "me" or "my" outside quotations in at least
 * MIN_FIRST_PERSON sentences, those words are mentions of the author (whose byline names them). Returns the
 * author's id, or undefined.
 */
function addNarrator(ctx: Context, lexicon: ReturnType<typeof extendLexicon>): string | undefined {
  const author = ctx.article.meta.author?.trim()
  // ("Marc Labonte, Andrew P. Scott", "Jane Roe and John Doe": several authors are no one actor.)
  if (!author || author.split(/\s+/).length < 2 || /,|&|\band\b/.test(author)) return undefined
  const spoken = ctx.sentences.map((s) => {
    if (s.meta) return []
    const quoted = quotationSpans(s.sentence.text)
    return s.tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => FIRST_PERSON.has(t.text) && !romanOne(s, i) && !quoted.some(([a, b]) => t.start >= a && t.start < b))
      .map(({ i }) => i)
  })
  if (spoken.filter((x) => x.length > 0).length < MIN_FIRST_PERSON) return undefined
  const key = formKey(author)
  const entry: LexiconEntry = lexicon.entries.get(key)?.type === 'person' ? lexicon.entries.get(key)! : { id: slug(author), name: author, type: 'person', kind: 'name' }
  addForm(lexicon, author, entry)
  ctx.sentences.forEach((s, k) => {
    // "my colleague Stephanie McGrath", "my employer, Conservancy": the one named is the party, not the author.
    const owns = (i: number) => POSSESSIVE_FIRST_PERSON.has(s.tokens[i]!.text) && s.mentions.some((m) => m.first > i && m.first - i <= OWNED_WINDOW)
    const own = spoken[k]!.filter((i) => !owns(i) && !s.mentions.some((m) => m.first <= i && m.last >= i))
    if (own.length === 0) return
    s.mentions = [...s.mentions, ...own.map((i): Mention => ({ actor: entry.id, first: i, last: i, possessive: false, kind: 'reference' }))].sort((a, b) => a.first - b.first)
  })
  return entry.id
}

/**
 * "Category I and II banks", "Title I of the Act", "World War I": an "I" after a capitalised word inside the sentence,
 * or before "and II", is a Roman numeral, not the author.
 */
function romanOne(s: SentenceContext, i: number): boolean {
  const [prev, next, after] = [s.tokens[i - 1], s.tokens[i + 1], s.tokens[i + 2]]
  if (s.tokens[i]!.text !== 'I') return false
  return (!!prev && i - 1 > 0 && prev.cap && !prev.punct) || (['and', 'or', '-', '–'].includes(next?.lower ?? '') && /^I{1,3}V?$|^V$/.test(after?.text ?? ''))
}

/**
 * Each state and organisation is labelled the way the article names it most often ("Turkey", not the
 * gazetteer's "Türkiye"; "United States" where the article writes it out), counting names only — a capital or a
 * demonym ("Beijing", "Chinese") is another way of referring, not the name.
 */
function nameAsWritten(ctx: Context): void {
  const counts = new Map<string, Map<string, number>>()
  const peoples = new Map<string, Map<string, number>>()
  // How often each one-word form is written after "the" ("the Department"): a common noun standing for a name.
  const definite = new Map<string, number>()
  for (const s of ctx.sentences)
    for (const m of s.mentions) {
      if (m.kind === 'demonym' && m.first === m.last && isPeopleNoun(s, m.first)) {
        const byForm = peoples.get(m.actor) ?? new Map<string, number>()
        const form = s.tokens[m.first]!.text
        byForm.set(form, (byForm.get(form) ?? 0) + 1)
        peoples.set(m.actor, byForm)
      }
      if (m.kind !== 'name') continue
      const form = aliasOf(s, m)
      const byForm = counts.get(m.actor) ?? new Map<string, number>()
      byForm.set(form, (byForm.get(form) ?? 0) + 1)
      counts.set(m.actor, byForm)
      if (s.tokens[m.first - 1]?.lower === 'the' && m.first === m.last) definite.set(`${m.actor}|${form}`, (definite.get(`${m.actor}|${form}`) ?? 0) + 1)
    }
  for (const actor of ctx.actors.values()) {
    // A group named by a common noun keeps it in lower case: "students", not the "Students" that starts a sentence.
    if (actor.type === 'person' || !/^\p{Lu}/u.test(actor.name)) continue
    const forms = [...(counts.get(actor.id) ?? [])].filter(([form]) => /^\p{Lu}/u.test(form))
    // "Palestinians" three times and "Palestine" once: an article that speaks of the people more often than it names
    // their state is about the people, and names them so.
    const people = actor.type === 'state' ? [...(peoples.get(actor.id) ?? [])].sort((a, b) => b[1] - a[1])[0] : undefined
    if (people && people[1] > forms.reduce((n, [, c]) => n + c, 0)) forms.splice(0, forms.length, people)
    // "the Department", "the Commission": an organisation noun the text uses for a body it named in full says which
    // body only there; the map keeps the full name ("Department of Education").
    const commonNoun = ([form, n]: [string, number]) => ORG_NOUNS.has(form) && actor.name.includes(' ') && (definite.get(`${actor.id}|${form}`) ?? 0) * 2 > n
    if (forms.some(commonNoun)) forms.splice(0, forms.length, ...forms.filter((f) => !commonNoun(f)))
    if (forms.length === 0) continue
    const best = forms.sort((a, b) => b[1] - a[1] || (b[0] === actor.name ? 1 : 0) - (a[0] === actor.name ? 1 : 0))[0]![0]
    if (best === actor.name) continue
    actor.aliases = [actor.name, ...actor.aliases.filter((a) => a !== best)]
    actor.name = best
  }
}

/** A demonym standing as a plural noun, for the people: "Palestinians", "Americans" (not "Palestinian prisoners"). */
function isPeopleNoun(s: Context['sentences'][number], i: number): boolean {
  const t = s.tokens[i]
  const at = t ? s.words.findIndex((w) => w.start === t.start) : -1
  const w = s.words[at]
  return !!w && /s$/.test(w.text) && (w.pos === 'NOUN' || w.pos === 'PROPN') && !['NOUN', 'PROPN'].includes(s.words[at + 1]?.pos ?? '')
}

/** People of a nationality who act on their own: a demonym before them names no state (data/actors.json). */
const CIVIL_NOUNS = new Set<string>(DATA.actors.civilNouns)
const NAME_PARTICLES = new Set<string>(DATA.actors.nameParticles)
/** One person of a nationality: "national", "citizen" (data/actors.json nationalityNouns). */
const NATIONALITY_NOUNS = new Set<string>(DATA.actors.nationalityNouns)

/** Token `i` stands before a common noun or adjective it modifies: "national [security]", "citizen [journalists]". */
function beforeCommonNoun(s: Context['sentences'][number], i: number): boolean {
  const t = s.tokens[i + 1]
  const w = t && s.words.find((x) => x.start === t.start)
  return !!w && !t.cap && (w.pos === 'NOUN' || w.pos === 'ADJ')
}
const FAMILY_NAMES_FIRST = new Set<string>(DATA.actors.familyNamesFirst)

/**
 * "the U.S. Attorney General", "a U.S. District Court", "Iranian President Pezeshkian": a state named right before
 * an office, a court or a person names whose they are; the state does not act in the sentence. Its mention is
 * dropped and the office, court or person is tied to the state (when nothing else ties it). A demonym before
 * people who act on their own ("Albanian supporters") is dropped too. `byId`: each actor's first lexicon entry.
 */
function dropStateModifiers(s: Context['sentences'][number], mentions: Mention[], byId: Map<string, LexiconEntry>, headline: string): Mention[] {
  return mentions.filter((m, i) => {
    // "Albanian supporters of X", "Syrian rebels": people of a nationality act on their own, not as their state.
    // (Where the headline names them, "Ukrainian civilians", they are its group: findHeadlineGroups.)
    const noun = s.tokens[m.last + 1]
    if (m.kind === 'demonym' && !m.possessive && noun && CIVIL_NOUNS.has(noun.lower))
      return !noun.cap && hasWord(headline, s.sentence.text.slice(s.tokens[m.first]!.start, noun.end).toLowerCase())
    // "Irish national Daniel Kinahan, currently based in Dubai, was designated": one person's nationality.
    if (m.kind === 'demonym' && !m.possessive && noun && NATIONALITY_NOUNS.has(noun.lower) && !beforeCommonNoun(s, m.last + 1)) return false
    // "the Cuban Missile Crisis", "the American Rescue Plan": a demonym opening the name of an event or a document.
    if (m.kind === 'demonym' && !m.possessive && opensThingName(s.tokens, m.last)) return false
    const next = mentions[i + 1]
    const state = byId.get(m.actor)
    const holder = next && byId.get(next.actor)
    if (!next || !holder || state?.type !== 'state' || m.possessive) return true
    if (holder.type !== 'organisation' && holder.type !== 'person') return true
    const gap = s.tokens.slice(m.last + 1, next.first)
    if (!gap.every((t) => t.text === '.' && t.start === s.tokens[m.last]!.end)) return true
    // The gazetteer's own entries are shared by every article: only the article's own are tied here.
    if (!STATIC_ENTRIES.has(holder)) holder.affiliation ??= m.actor
    return false
  })
}

/** How many capitalised words after a demonym may make up the rest of a name. */
const MAX_NAME_TAIL = 3

/** The capitalised words right after token `last` end a name of a thing ("… Missile Crisis", "… Rescue Plan"). */
function opensThingName(tokens: Context['sentences'][number]['tokens'], last: number): boolean {
  let end = last
  while (end - last < MAX_NAME_TAIL && tokens[end + 1]?.cap && !tokens[end + 1]!.punct && !tokens[end]!.possessive) end++
  return end > last && isThingName(tokens[end]!.text)
}

const isBodyOrCompany = (d: Definition) => (d.type === 'organisation' || d.type === 'company') && d.forms.length === 0 && !d.affiliation

/** Given names (data/first-names.json). */
const FIRST_NAMES = new Set<string>(DATA.firstNames.firstNames)
/** The last words of a body's, a company's or a thing's name ("… Institute", "… Corp", "… Program"). */
const NOT_PERSON_TAILS = new Set<string>([...DATA.actors.orgSuffixes, ...DATA.actors.companySuffixes, ...DATA.actors.thingHeads, ...DATA.actors.companyNouns, ...DATA.actors.bodyNouns])

/**
 * "Jasmin Moghbeli", "Ben Wallace": a name of two or three words, the first a given name, the last no word of a
 * body, a company or a thing nor one the article writes in lower case ("Sierra Space": "space"), names a person
 * (a recurring name the rules found no title or company word for).
 */
function namesPerson(name: string, text: string): boolean {
  // ("Abu Mahdi al-Muhandis": an Arabic article joined to a surname is part of it.)
  const words = name.split(/\s+/).map((w) => w.replace(/^(\p{Ll}+)-(?=\p{Lu})/u, (m, article: string) => (ARABIC_ARTICLES.has(article) ? '' : m)))
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return false
  const last = words.at(-1)!
  return FIRST_NAMES.has(words[0]!.toLowerCase()) && !NOT_PERSON_TAILS.has(last) && !hasWord(text, last.toLowerCase())
}

/**
 * A body's name whose last word is an organisation noun, with that noun in lower case: "the Thai Raksa Chart party"
 * after "the Thai Raksa Chart Party" names the same party, not a Thai one.
 */
function lowerCaseHead(name: string): string[] {
  const words = name.split(' ')
  const head = words.at(-1)!
  return words.length > 1 && ORG_NOUNS.has(head) && /^\p{Lu}\p{Ll}+$/u.test(head) ? [[...words.slice(0, -1), head.toLowerCase()].join(' ')] : []
}

/** Definitions → lexicon forms, one entry per actor. People are merged by shared name words. */
function mergeDefinitions(definitions: Definition[], ctx: Context): [string, LexiconEntry][] {
  const concepts = new Set(definitions.filter((d) => d.concept).map((d) => d.name))
  // "Richard M. Stallman (RMS)": an acronym defined for a person's name is that person's.
  const personNames = new Set(definitions.filter((d) => d.type === 'person').map((d) => d.name))
  // ("Canadian resident Frederick L. Sharp … Sharp's services": a one-word name that is the surname of a person the
  // article names in full is that person's, whatever its possessive made of it.)
  const surnames = new Set(definitions.filter((d) => d.type === 'person' && /\s/.test(d.name)).map((d) => d.name.split(/\s+/).at(-1)!))
  // ("ex-PM Yulia Tymoshenko … Tymoshenko said": two capitalised words a rule found no body word for, the last of
  // which names a person on its own, are that person's given name and surname.)
  const soleNames = new Set([...personNames].filter((n) => !/\s/.test(n)))
  const surnamed = (d: Definition) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(d.name) && soleNames.has(d.name.split(' ')[1]!)
  const kept = definitions
    .filter((d) => !d.concept && !concepts.has(d.name))
    .map((d) =>
      (d.type === 'organisation' && personNames.has(d.name)) || (isBodyOrCompany(d) && (namesPerson(d.name, ctx.article.text) || surnames.has(d.name) || surnamed(d))) ? { ...d, type: 'person' as const } : d,
    )
  // "NASA renamed the project after the explorer Ferdinand Magellan": the surname alone names the project, not him.
  const cued = namesakeSentences(ctx)
  const namedAfter = new Set(kept.filter((d) => d.type === 'person' && namesake(cued, d.name)).map((d) => d.name))
  const namesakes = new Set([...namedAfter].map((n) => n.split(/\s+/).at(-1)!))
  const forms: [string, LexiconEntry][] = []
  // (`keys`: the words with their accents dropped, worked out once per person.)
  const people: { words: string[]; keys: string[]; entry: LexiconEntry; names: string[] }[] = []
  const byName = new Map<string, LexiconEntry>()
  const byWord = new NameIndex()
  const peopleByWord = new Map<string, (typeof people)[number][]>()
  // Longest names first, so "Trump" finds "Donald J. Trump".
  for (const d of [...kept].sort((a, b) => b.name.length - a.name.length)) {
    if (d.type === 'person' && namesakes.has(d.name)) continue
    if (d.type === 'person') {
      const words = d.name.split(/\s+/).filter((w) => w !== '.' && !/^\p{Lu}\.?$/u.test(w))
      // (The first person named by all its words: found among those named by its first word. A word with its
      // accents dropped is the same word: "Erdogan said" after "Recep Tayyip Erdoğan".)
      const keys = words.map(withoutAccents)
      const same = words.length === 0 ? people[0] : peopleByWord.get(keys[0]!)?.find((p) => keys.every((k) => p.keys.includes(k)))
      if (same) {
        same.names.push(d.name)
        same.entry.affiliation ??= d.affiliation
        continue
      }
      const entry: LexiconEntry = { id: slug(d.name), name: d.name, type: 'person', kind: 'name', affiliation: d.affiliation }
      const person = { words, keys, entry, names: [d.name] }
      people.push(person)
      for (const w of new Set(keys)) {
        const list = peopleByWord.get(w)
        if (list) list.push(person)
        else peopleByWord.set(w, [person])
      }
      continue
    }
    const known = byName.get(d.name) ?? longerName(d, byName, byWord)
    const opened = known ? undefined : companyOpening(d, byWord, ctx.article.text)
    // (The longer name a company's word opens is then a company's too: "Gateway Services, Inc.")
    if (opened) opened.type = 'company'
    // ("Acme Corporation": a name an organisation noun ends that is a legal form too is a company's, when a company rule
    // also found it; not "the Space Task Group".)
    if (known && known.name === d.name && known.type === 'organisation' && d.type === 'company' && LEGAL_FORMS.has(d.name.split(/\s+/).at(-1)!.replace(/\.$/, ''))) known.type = 'company'
    const existing = known ?? opened
    if (existing) {
      // (An acronym's affiliation is read off no words of its own: "the ALPS Group" is not Sudan's for the "Sudan" its
      // name spells out.)
      if (!abbreviates(d.name, existing.name)) existing.affiliation ??= d.affiliation
      for (const f of existing.name === d.name ? d.forms : [d.name, ...d.forms]) forms.push([f, existing])
      continue
    }
    const entry: LexiconEntry = { id: slug(d.name), name: d.name, type: d.type, kind: 'name', affiliation: d.affiliation }
    byName.set(d.name, entry)
    byWord.add(entry)
    forms.push([d.name, entry], ...d.forms.map((f): [string, LexiconEntry] => [f, entry]), ...lowerCaseHead(d.name).map((f): [string, LexiconEntry] => [f, entry]))
  }
  // A surname two people share names the one the article names first ("Bill Clinton … his wife, Hillary Clinton …
  // Clinton said"): the lexicon keeps a form's first owner.
  const firstAt = new Map(people.map((p) => [p, Math.min(...p.names.map((n) => ctx.article.text.indexOf(n)).filter((i) => i >= 0), Infinity)]))
  people.sort((a, b) => firstAt.get(a)! - firstAt.get(b)!)
  // (A hashtag, a handle or a web address is no ordinary word: "#gaddafi", "@brown", "bit.ly/rice".)
  const prose = ctx.article.text.replace(RE_TAGS_AND_LINKS, ' ')
  for (const p of people) {
    p.entry.affiliation ??= p.names.map(leaderState).find(Boolean)
    for (const n of p.names) forms.push([n, p.entry])
    // A surname alone refers to the person, unless the article also writes it in lower case, as an ordinary word
    // ("Brown" and "brown").
    // With a particle ("Luiz Inácio Lula da Silva", "Charles de Gaulle"), the word before it and the particle with
    // what follows are surnames too ("Lula", "de Gaulle").
    const particle = p.words.findIndex((w, k) => k > 0 && NAME_PARTICLES.has(w))
    // ("Xi Jinping", "Kim Jong-un": a family name written first is the surname; data/actors.json familyNamesFirst.)
    const familyFirst = p.words.length <= 3 && FAMILY_NAMES_FIRST.has(p.words[0]!) ? [p.words[0]!] : []
    // ("Ricardo Rosselló Nevares … Rosselló said": of a given name and two surnames, the first surname alone names the
    // person too; not a second given name, "Mary Ann Smith", nor a patronymic, "Dmitry Aleksandrovich Pumpyanskiy".)
    const paternal = p.words.length === 3 && familyFirst.length === 0 && FIRST_NAMES.has(p.words[0]!.toLowerCase()) && !FIRST_NAMES.has(p.words[1]!.toLowerCase()) && !RE_PATRONYMIC.test(p.words[1]!) ? [p.words[1]!] : []
    const surnames = [...familyFirst, p.words.at(-1)!, ...paternal, ...(particle > 1 ? [p.words[particle - 1]!] : []), ...(particle > 0 ? [p.words.slice(particle).join(' ')] : [])]
    // ("NASA renamed the project after the explorer Ferdinand Magellan": then "Magellan" alone is the project.)
    if (p.names.some((n) => namedAfter.has(n))) continue
    for (const surname of surnames)
      if (p.words.length > 1 && (surname.length > 2 || familyFirst.includes(surname)) && surname !== surname.toLowerCase() && !hasWord(prose, surname.toLowerCase()))
        forms.push([surname, p.entry])
  }
  return forms
}

/** A word with its accents dropped: "Erdoğan" → "Erdogan". */
function withoutAccents(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

/** A Slavic patronymic: "Aleksandrovich", "Igorevich", "Petrovna". */
const RE_PATRONYMIC = /(?:ov|ev|yev)(?:ich|na)$/u

/** Hashtags, handles and web addresses: "#gaddafi", "@CNN", "http://bit.ly/huSYxm". */
const RE_TAGS_AND_LINKS = /[#@][\p{L}\p{N}_]+|\bhttps?:\/\/\S+/gu

/**
 * Whether the article names something after the person: their full name follows a namesake cue in its
 * sentence (data/actors.json namesakeCues: "named … after", "in honour of"), within NAMESAKE_WINDOW words before
 * the name ("renamed the project in 1985 after the 16th century Portuguese explorer Ferdinand Magellan").
 */
function namesake(cued: string[], name: string): boolean {
  if (!name.includes(' ')) return false
  return cued.some((text) => {
    const at = text.indexOf(name)
    return at >= 0 && NAMESAKE_CUES.some((cue) => cueIn(wordsOf(text.slice(0, at)).slice(-NAMESAKE_WINDOW), cue))
  })
}

/** The texts of the sentences that hold a namesake cue anywhere (only there can one stand before a name). */
function namesakeSentences(ctx: Context): string[] {
  return ctx.sentences.map((s) => s.sentence.text).filter((text) => {
    const words = wordsOf(text)
    return NAMESAKE_CUES.some((cue) => cueIn(words, cue))
  })
}
const NAMESAKE_WINDOW = 12
/** Each cue as its runs of words, "…" parting them: "named … after" → [["named"], ["after"]]. */
const NAMESAKE_CUES = (DATA.actors.namesakeCues as string[]).map((c) => c.split('…').map(wordsOf))

/** The cue's runs of words stand in the words in order, each run whole. */
function cueIn(ws: string[], runs: string[][]): boolean {
  let from = 0
  for (const run of runs) {
    let k = from
    while (k + run.length <= ws.length && !run.every((w, j) => ws[k + j] === w)) k++
    if (k + run.length > ws.length) return false
    from = k + run.length
  }
  return true
}

/** Words that name a body on their own: "Congress", "Parliament" (data/actors.json orgSuffixes). */

/**
 * The words of a name that another rule may not take for a name of its own ("Biden" of "Joe Biden"): all but a
 * body's own name after "of" ("Members of Congress", "Library of Congress": Congress is a body of its own).
 */
function ownWords(d: Definition): string[] {
  const words = d.name.split(/\s+/)
  // (A person's surnames together are theirs too: "Posada Carriles" after "Luis Posada Carriles".)
  return d.type === 'person' ? [...words, ...words.slice(1, -1).map((_, k) => words.slice(k + 1).join(' '))] : words.filter((w, k) => !(words[k - 1] === 'of' && k === words.length - 1 && ORG_NOUNS.has(w)))
}

/** Words that join a body's name to what it is of or for: "Working Group on Digital Asset Markets". */
const NAME_JOINERS = ['of', 'on', 'for', 'to', 'in']

/**
 * "the Working Group" after "the President's Working Group on Digital Asset Markets", "the Advisory Group" after
 * "the Atrocity Crimes Advisory Group": a body's name that opens the one longer name found of a body, before its
 * "on", "of" or "for", or ends it, is that body's short name.
 */
function longerName(d: Definition, byName: Map<string, LexiconEntry>, byWord: NameIndex): LexiconEntry | undefined {
  const words = d.name.split(/\s+/)
  if (words.length < 2) return undefined
  const opens = (e: LexiconEntry) => NAME_JOINERS.some((j) => e.name.startsWith(`${d.name} ${j} `))
  // ("New York" does not end "District Court for the Southern District of New York": a name after "of" or "for" is
  // what the longer one is of, not its head.)
  const ends = (e: LexiconEntry) => d.type === 'organisation' && e.type === 'organisation' && e.name.endsWith(` ${d.name}`) && !/\b(?:of|for|on)\b/.test(e.name.slice(0, -d.name.length))
  // (A name that opens another shares its first two words; one that ends it, its last two.)
  const candidates = new Set([...byWord.opening(words.slice(0, 2).join(' ')), ...byWord.ending(words.slice(-2).join(' '))])
  const longer = [...candidates].filter((e) => e.type !== 'person' && (opens(e) || ends(e)))
  if (longer.length === 1) return longer[0]
  // "the Aligned for Advancing Lifesaving and Peace in Sudan Group … The ALPS Group": a body's acronym the article
  // uses without defining it, the initials of its name's words in order (after Schwartz & Hearst 2003).
  const body = (type: string) => type === 'organisation' || type === 'company'
  if (!body(d.type) || !mayAbbreviate(d.name)) return undefined
  const initialled = [...byName.values()].filter((e) => body(e.type) && abbreviates(d.name, e.name))
  return initialled.length === 1 ? initialled[0] : undefined
}

/**
 * The lexicon's names by their first word, first two and last two, for finding the longer names a name opens or
 * ends ("Gateway" opens "Gateway Services, Inc."; "Kyiv Court" opens "Kyiv Court of Appeal").
 */
class NameIndex {
  private first = new Map<string, LexiconEntry[]>()
  private last = new Map<string, LexiconEntry[]>()
  add(e: LexiconEntry): void {
    const words = e.name.split(/\s+/)
    const keys = [...new Set([words[0]!, words.slice(0, 2).join(' ')])]
    for (const [index, word] of [...keys.map((k) => [this.first, k] as const), [this.last, words.slice(-2).join(' ')] as const]) {
      const list = index.get(word)
      if (list) list.push(e)
      else index.set(word, [e])
    }
  }
  /** The names whose first word, or first two words, are `words`. */
  opening(words: string): LexiconEntry[] {
    return this.first.get(words) ?? []
  }
  /** The names whose last two words are `words` (a one-word name's is that word). */
  ending(words: string): LexiconEntry[] {
    return this.last.get(words) ?? []
  }
}

/**
 * "Gateway Services … and its subsidiary Gateway US Holdings … Gateway adopted …": a company's one-word name that
 * opens the longer names of companies (or of bodies without "of", "for" …) goes by the one the article names first (a
 * parent before its subsidiaries).
 */
function companyOpening(d: Definition, byWord: NameIndex, text: string): LexiconEntry | undefined {
  if (d.type !== 'company' || /\s/.test(d.name)) return undefined
  const joined = (e: LexiconEntry) => e.name.split(/\s+/).some((w) => NAME_JOINERS.includes(w))
  const longer = byWord.opening(d.name).filter((e) => (e.type === 'company' || (e.type === 'organisation' && !joined(e))) && e.name.startsWith(`${d.name} `) && text.includes(e.name))
  return longer.sort((a, b) => text.indexOf(a.name) - text.indexOf(b.name))[0]
}

/** Whether `name` has the shape of an acronym for a longer name: 3 to 6 capitals, maybe one word after ("ALPS Group"). */
function mayAbbreviate(name: string): boolean {
  const [acronym, ...head] = name.split(/\s+/)
  return (!!acronym && /^\p{Lu}{3,6}$/u.test(acronym) && head.length <= 1) || leadAndInitials(name) !== undefined
}

/** A name of a lead word and an acronym ("S&P DJI"): the two, or undefined. */
function leadAndInitials(name: string): [string, string] | undefined {
  const words = name.split(/\s+/)
  return words.length === 2 && /^\p{Lu}{2,5}$/u.test(words[1]!) && /^\p{Lu}/u.test(words[0]!) ? [words[0]!, words[1]!] : undefined
}

/**
 * `short` ("ALPS Group") is `long` ("Aligned for Advancing Lifesaving and Peace in Sudan Group") by its initials:
 * the same last word when `short` has one after its acronym, and the acronym's letters the initials of the other
 * capitalised words, in order, the first word's and the last's among them, at most one word passed over.
 */
function abbreviates(short: string, long: string): boolean {
  // "S&P DJI" for "S&P Dow Jones Indices LLC": the same first word, then the initials of the other words but a legal form.
  const led = leadAndInitials(short)
  if (led) {
    const [lead, ...rest] = long.split(/\s+/)
    while (rest.length && LEGAL_FORMS.has(rest.at(-1)!.replace(/[.,]$/, ''))) rest.pop()
    return lead === led[0] && rest.length === led[1].length && rest.every((w, k) => w[0] === led[1][k])
  }
  if (!mayAbbreviate(short)) return false
  const [acronym, ...head] = short.split(/\s+/) as [string, ...string[]]
  const words = long.split(/\s+/)
  if (head.length === 1 && words.at(-1) !== head[0]) return false
  const capitals = words.slice(0, head.length ? -1 : undefined).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!)
  if (capitals.length < acronym.length || capitals.length > acronym.length + 1) return false
  if (capitals[0] !== acronym[0] || capitals.at(-1) !== acronym.at(-1)) return false
  let k = 0
  for (const c of capitals) if (c === acronym[k]) k++
  return k === acronym.length
}

/** Actors from the mentions, with their aliases and the sentences that mention them. */
function collectActors(ctx: Context, entries: Map<string, LexiconEntry>): void {
  const byId = firstById(entries.values())
  ctx.actors.clear()
  for (const s of ctx.sentences) {
    for (const m of s.mentions) {
      const entry = byId.get(m.actor) ?? stateEntry(ctx, m.actor)
      if (!entry) continue
      let actor = ctx.actors.get(m.actor)
      if (!actor) {
        actor = { id: entry.id, name: entry.name, type: entry.type, aliases: [], mentions: [] }
        if (entry.affiliation && entry.affiliation !== entry.id) actor.affiliation = entry.affiliation
        ctx.actors.set(actor.id, actor)
      }
      const alias = aliasOf(s, m)
      if (alias !== actor.name && !actor.aliases.includes(alias) && !FIRST_PERSON.has(alias)) actor.aliases.push(alias)
      if (actor.mentions.at(-1) !== s.sentence.id) actor.mentions.push(s.sentence.id)
    }
  }
}

/** The surface form as printed: "U.K.", "the South", "Assad’s regime". */
function aliasOf(s: Context['sentences'][number], m: Mention): string {
  const last = s.tokens[m.last]!
  const text = s.sentence.text
  if (m.kind !== 'reference') return text.slice(s.tokens[m.first]!.start, last.start + last.text.length)
  const prev = s.tokens[m.first - 1]
  const start = prev?.lower === 'the' ? prev.start : s.tokens[m.first]!.start
  // "Assad’s regime", "the Putin government": the regime word after the leader belongs to the alias.
  const next = s.tokens[m.last + 1]
  const end = next && REGIME_WORDS.has(next.lower) && (m.possessive || prev?.lower === 'the') ? next.end : last.end
  return text.slice(start, end)
}

function stateEntry(ctx: Context, id: string): LexiconEntry | undefined {
  const actor = ctx.actors.get(id)
  return actor && { id, name: actor.name, type: actor.type, kind: 'name', affiliation: actor.affiliation }
}

/** The article's own author and publisher are not actors in it — unless the author tells the story as "I". */
function dropSelf(ctx: Context, narrator?: string): void {
  const norm = (n: string) => n.toLowerCase().replace(/^the\s+/, '').trim()
  const self = new Set(ctx.self.map(norm))
  const dropped = new Set(
    [...ctx.actors.values()].filter((a) => a.id !== narrator && [a.name, ...a.aliases].some((n) => self.has(norm(n)))).map((a) => a.id),
  )
  for (const id of dropped) ctx.actors.delete(id)
  for (const s of ctx.sentences) s.mentions = s.mentions.filter((m) => !dropped.has(m.actor))
  for (const a of ctx.actors.values()) if (a.affiliation && !ctx.actors.has(a.affiliation)) delete a.affiliation
}

/**
 * The organisation noun a body's name has for its head: its last word ("Commodity Futures Trading Commission"), or
 * the word before the "of", "for" or "on" that opens its complement ("Department of Justice", "Commission on Human
 * Rights").
 */
function headNoun(name: string): string | undefined {
  const words = name.split(/\s+/)
  const complement = words.findIndex((w, k) => k > 0 && ['of', 'for', 'on'].includes(w))
  const head = complement > 0 ? words[complement - 1]! : words.at(-1)!
  return ORG_NOUNS.has(head) ? head : undefined
}

/** The gazetteer's body (no person, no state) that `name` names, perhaps after a state's name ("U.S. Commodity Futures Trading Commission"). */
function knownBody(name: string): LexiconEntry | undefined {
  const words = name.split(/\s+/)
  for (let k = 0; k <= Math.min(3, words.length - 1); k++) {
    if (k > 0 && STATIC_LEXICON.entries.get(formKey(words.slice(0, k).join(' ')))?.type !== 'state') continue
    const known = STATIC_LEXICON.entries.get(formKey(words.slice(k).join(' ')))
    if (known && known.type !== 'person' && known.type !== 'state') return known
  }
  return undefined
}
