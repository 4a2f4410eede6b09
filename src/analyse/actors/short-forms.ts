/**
 * The one word a national body goes by once the article has named it in full (data/agencies.json shortForms):
 * "the Department of the Treasury … Treasury announced …", "the State Department … USAID and State did not plan …".
 * The word alone is no name a gazetteer can trust ("Treasury securities", "a state"), so it counts only in an article
 * that names the body by one of its forms, and no other body with the same short form; not before a capitalised word
 * ("Treasury Secretary" is a person: an ambiguous form, scan.ts); and only where it stands as a name (standsAsName).
 */
import type { Mention, SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'
import { formKey, STATIC_LEXICON, type Lexicon, type LexiconEntry } from './lexicon.ts'

interface Body {
  name: string
  shortForms?: string[]
}

/** Each short form with the entries of the bodies that go by it. */
const BY_SHORT_FORM = new Map<string, LexiconEntry[]>()
for (const body of DATA.agencies.agencies as Body[]) {
  const entry = STATIC_LEXICON.entries.get(formKey(body.name))
  if (!entry) continue
  for (const form of body.shortForms ?? []) BY_SHORT_FORM.set(form, [...(BY_SHORT_FORM.get(form) ?? []), entry])
}

/**
 * The short forms the article licenses, given the gazetteer's mentions in its sentences: each with the entry of the
 * one body it then names.
 */
export function licensedShortForms(mentions: Mention[][]): [string, LexiconEntry][] {
  const named = new Set(mentions.flat().map((m) => m.actor))
  return [...BY_SHORT_FORM].flatMap(([form, entries]): [string, LexiconEntry][] => {
    const present = entries.filter((e) => named.has(e.id))
    return present.length === 1 ? [[form, { ...present[0]!, kind: 'name', ambiguous: true, shortForm: true }]] : []
  })
}

/**
 * A short form counts where it stands as a noun phrase of its own: before a verb ("Treasury announced", "State did
 * not plan"), an adverb, a mark or a preposition ("repaid Treasury in June"), or "and" and another name ("State and
 * USAID"). Not where it modifies what follows ("State regulators", "Treasury securities", "State and local
 * governments"), nor before "of" ("the State of the Union").
 */
export function standsAsName(s: SentenceContext, m: Mention, lexicon: Lexicon): boolean {
  if (m.first !== m.last || !lexicon.entries.get(s.tokens[m.first]!.norm)?.shortForm) return true
  if (m.possessive) return true
  const at = s.words.findIndex((w) => w.start >= s.tokens[m.first]!.end)
  const next = s.words[at]
  if (!next) return true
  // ("the State of the Union": a longer name.)
  if (next.lower === 'of') return false
  if (['VERB', 'AUX', 'ADV', 'PUNCT', 'ADP', 'PART'].includes(next.pos)) return true
  return ['and', 'or'].includes(next.lower) && /^\p{Lu}/u.test(s.words[at + 1]?.text ?? '')
}
