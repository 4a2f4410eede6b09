/**
 * The one word a national body goes by once the article has named it in full (data/agencies.json shortForms):
 * "the Department of the Treasury … Treasury announced …", "the State Department … USAID and State did not plan …".
 * The word alone is no name a gazetteer can trust ("Treasury securities", "a state"), so it counts only in an article
 * that names the body by one of its forms, and no other body with the same short form; and not before a capitalised
 * word ("Treasury Secretary" is a person) nor before "of" ("the State of the Union"; scan.ts).
 */
import type { Mention } from '../context.ts'
import { DATA } from '../data.ts'
import { formKey, STATIC_LEXICON, type LexiconEntry } from './lexicon.ts'

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
