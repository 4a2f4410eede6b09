/**
 * The static lexicon of actors known before reading an article: every state from world-countries (common and
 * official names, alternative spellings, capitals, demonyms), the international bodies and media in
 * data/organisations.json, the national agencies in data/agencies.json and the well-known companies in
 * data/companies.json. Keys are token sequences (`tokenize(form).map(t => t.norm).join(' ')`).
 */
import countriesModule, { type Country } from 'world-countries'
import type { ActorType } from '../../types.ts'
import { DATA } from '../data.ts'
import { slug } from '../text.ts'
import { tokenize } from '../tokens.ts'

export type FormKind = 'name' | 'capital' | 'demonym' | 'reference'

export interface LexiconEntry {
  id: string
  name: string
  type: ActorType
  kind: FormKind
  affiliation?: string
  /** Counts only when the next word is not capitalised ("Chad", not "Chad Smith"). */
  ambiguous?: boolean
  /** A body's one-word short form ("State"), which counts only where it stands as a name (short-forms.ts). */
  shortForm?: boolean
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>
  /** First-token keys, to skip positions where no form can start. */
  firsts: Set<string>
  /** Longest form, in tokens. */
  longest: number
}

// world-countries' types declare named exports; at run time the default export is the array. Sovereign states
// first: where a territory shares a name or demonym with its state ("French" for the French Southern and
// Antarctic Lands), the first entry for a form wins, so the state keeps it.
const worldCountries = [...(countriesModule as unknown as Country[])].sort(
  (a, b) => Number(b.independent ?? false) - Number(a.independent ?? false) || Number(b.unMember) - Number(a.unMember),
)

// An ISO code or a native-script spelling is not how English prose names a state.
const RE_CODE = /^[A-Z]{2,3}$/
const RE_LATIN = /^[\p{Script=Latin}\s.'’()-]+$/u
// A name listed with a trailing abbreviation ("Name D.C.") is known by the name alone.
const RE_TRAILING_ABBREVIATION = /\s+(?:[A-Z]\.)+$/

/** A key for a surface form: `formKey("Germany’s")` → "Germany". */
export function formKey(form: string): string {
  return tokenize(form)
    .map((t) => t.norm)
    .join(' ')
}

export function addForm(lexicon: Lexicon, form: string, entry: LexiconEntry): void {
  const key = formKey(form)
  // A form of one letter ("s" from a name the tokenizer splits) names nothing.
  if (!key || key.replace(/\s/g, '').length < 2 || lexicon.entries.has(key)) return
  lexicon.entries.set(key, entry)
  lexicon.firsts.add(key.split(' ')[0]!)
  lexicon.longest = Math.max(lexicon.longest, key.split(' ').length)
}

/** The id world-countries' entry gets as an actor: "united-kingdom", "south-africa". */
export const stateId = (cca3: string): string | undefined => STATE_IDS.get(cca3)
const STATE_IDS = new Map(worldCountries.map((c) => [c.cca3, slug(c.name.common)]))
/** Whether an actor id is a state's, as the lexicon gives it ("united-kingdom"), not a body's or a company's. */
export const isStateId = (id: string): boolean => STATE_ID_SET.has(id)
const STATE_ID_SET = new Set(STATE_IDS.values())

function buildStaticLexicon(): Lexicon {
  const lexicon: Lexicon = { entries: new Map(), firsts: new Set(), longest: 1 }
  const { display, extraAliases, keepCodes, excluded, ambiguous, demonyms } = DATA.countries
  const skip = new Set(excluded)
  const ambiguousNames = new Set(ambiguous)
  const keep = new Set(keepCodes)
  const add = (form: string, entry: LexiconEntry) => {
    const clean = form.replace(RE_TRAILING_ABBREVIATION, '').trim()
    if (!clean || skip.has(clean) || !RE_LATIN.test(clean) || clean.includes(',')) return
    if (RE_CODE.test(clean) && !keep.has(clean)) return
    addForm(lexicon, clean, { ...entry, ambiguous: ambiguousNames.has(clean) || undefined })
  }
  // Overrides first: the first entry for a form wins.
  for (const [cca3, forms] of Object.entries(demonyms as Record<string, string[]>))
    for (const form of forms) add(form, stateEntry(cca3, 'demonym'))
  for (const [cca3, forms] of Object.entries(extraAliases as Record<string, string[]>))
    for (const form of forms) add(form, stateEntry(cca3, 'name'))
  for (const c of worldCountries) {
    const entry = stateEntry(c.cca3, 'name')
    // world-countries lists some demonyms among the other spellings of a name ("Thai", "Togolese"): they stay
    // demonyms ("Thai royals" are not Thailand acting, and "Thai" never labels it).
    const own = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])
    for (const form of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => !own.has(a))]) add(form, entry)
  }
  for (const c of worldCountries) for (const capital of c.capital) add(capital, stateEntry(c.cca3, 'capital'))
  for (const c of worldCountries) {
    const d = c.demonyms?.eng
    if (!d) continue
    for (const form of new Set([d.m, d.f])) {
      add(form, stateEntry(c.cca3, 'demonym'))
      if (!form.endsWith('s') && !form.endsWith('ese')) add(`${form}s`, stateEntry(c.cca3, 'demonym'))
    }
  }
  for (const body of DATA.organisations.bodies as OrganisationData[]) addBody(lexicon, body, 'organisation')
  for (const body of DATA.organisations.media as OrganisationData[]) addBody(lexicon, body, 'media')
  for (const body of DATA.agencies.agencies as OrganisationData[]) addBody(lexicon, body, 'organisation')
  for (const body of DATA.companies.companies as OrganisationData[]) addBody(lexicon, body, 'company')

  function stateEntry(cca3: string, kind: FormKind): LexiconEntry {
    const c = worldCountries.find((x) => x.cca3 === cca3)!
    const name = (display as Record<string, string>)[cca3] ?? c.name.common
    return { id: STATE_IDS.get(cca3)!, name, type: 'state', kind }
  }
  return lexicon
}

interface OrganisationData {
  name: string
  aliases: string[]
  type?: ActorType
  affiliation?: string
  ambiguous?: boolean
}

function addBody(lexicon: Lexicon, body: OrganisationData, type: ActorType): void {
  const entry: LexiconEntry = {
    id: slug(body.name),
    name: body.name,
    type: body.type ?? type,
    kind: 'name',
    affiliation: body.affiliation ? stateId(body.affiliation) : undefined,
  }
  // A body whose short name is also a common word, a place or another body's acronym ("Shell", "Amazon", "ESA" for
  // the Endangered Species Act) is known by its longer forms only ("Royal Dutch Shell", "European Space Agency"): a
  // gazetteer cannot tell which the one word means; the article's own evidence may still (companies.ts).
  const forms = [body.name, ...body.aliases].filter((f) => !body.ambiguous || f.trim().split(/\s+/).length >= 2)
  for (const form of forms) addForm(lexicon, form, entry)
}

/** Built once per process. */
export const STATIC_LEXICON: Lexicon = buildStaticLexicon()
/** The ids of the well-known companies (data/companies.json). */
export const COMPANY_IDS: ReadonlySet<string> = new Set([...STATIC_LEXICON.entries.values()].filter((e) => e.type === 'company').map((e) => e.id))

/** A copy the article's own forms can be added to without touching the static one. */
export function extendLexicon(base: Lexicon): Lexicon {
  return { entries: new Map(base.entries), firsts: new Set(base.firsts), longest: base.longest }
}
