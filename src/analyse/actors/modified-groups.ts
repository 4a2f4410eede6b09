/**
 * Groups named by a plural noun for people or bodies and the words that qualify it ("AI companies", "state
 * agencies", "local divers", "health authorities") as actors — only where the article makes the group act: it is
 * the subject of a verb ("state agencies are funding …"), the object of one ("compel AI companies to …") or the
 * agent of a passive ("was slowed by local divers") in at least MIN_ACTING_SENTENCES sentences, or once where the
 * headline names it. The head after "the" ("the companies") counts for the one qualified group the article names
 * with that head; the head alone is no actor; nor is a head qualified only by a quantity ("many companies",
 * "other firms") or by a name ("US companies", "Anthropic researchers": the name's).
 *
 * The nouns are data (data/actors.json groupHeads, groupNouns; genericModifiers); whether a phrase is an actor
 * comes from the tagged words. The label is the phrase as the article writes it most often, in lower case but for
 * a capitalised modifier ("AI companies").
 */
import type { Context, SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'
import { hasWord, type Word } from '../../language/index.ts'
import { STATIC_LEXICON } from './lexicon.ts'
import { subjectVerb } from './groups.ts'
import type { Definition } from './names.ts'

/** Bound group nouns ("20 states") name a party only when counted: groups.ts reads them. */
const HEADS = new Set<string>([...DATA.actors.groupHeads, ...DATA.actors.groupNouns].filter((n) => !DATA.actors.boundGroupNouns.includes(n)))
const GENERIC = new Set<string>(DATA.actors.genericModifiers)
const MIN_ACTING_SENTENCES = 2
/** At most this many words qualify a head: "recreational fishing groups", "consumer advocacy groups". */
const MAX_MODIFIERS = 3
/** The possessive ending as the tagger splits it off: "China's" → "China" "'s". */
const POSSESSIVE = new Set(["'s", '’s', "'", '’'])
const RE_ACRONYM = /^\p{Lu}{2,}$/u
const MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN'])
/** Determiners that make a head alone refer back: "the companies", "these firms". */
const DEFINITE = new Set(['the', 'these', 'those'])
/** Determiners that may stand between a verb and its object: "compel the companies", "fund their workers". */
const OBJECT_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'some', 'many', 'all'])

interface Phrase {
  /** First word of the qualified phrase, and its head. */
  first: number
  head: number
  /** The modifiers and the head, lower case but for capitalised modifiers: "AI companies". */
  key: string
}

export function findModifiedGroups(ctx: Context, names: ReadonlySet<string>): Definition[] {
  const text = ctx.article.text
  const headline = ctx.article.meta.title?.toLowerCase() ?? ''
  const acting = new Map<string, Set<number>>()
  const forms = new Map<string, Map<string, number>>()
  const bareActing = new Map<string, Set<number>>()
  const add = (map: Map<string, Set<number>>, key: string, at: number) => map.set(key, (map.get(key) ?? new Set<number>()).add(at))
  const sentences = ctx.sentences.filter((s) => !s.meta).map((s) => ({ s, found: phrases(s, names, text) }))
  for (const { s, found } of sentences)
    for (const p of found) {
      if (p.first === p.head) continue
      const printed = s.sentence.text.slice(s.words[p.first]!.start, s.words[p.head]!.end)
      const byForm = forms.get(p.key) ?? new Map<string, number>()
      forms.set(p.key, byForm.set(printed, (byForm.get(printed) ?? 0) + 1))
    }
  // Each head, read as the longest qualified phrase the article writes that ends in it, wherever the tagger put
  // its modifiers ("even state agencies are": "state" read as a verb).
  const keys = [...forms.keys()].map((key) => ({ key, words: key.toLowerCase().split(' ') })).sort((a, b) => b.words.length - a.words.length)
  for (const { s, found } of sentences)
    for (const p of found) {
      const written = keys.find(({ words }) => words.every((w, k) => s.words[p.head - words.length + 1 + k]?.lower === w))
      if (written) {
        if (actsAt(s, p.head - written.words.length + 1, p.head)) add(acting, written.key, s.index)
        continue
      }
      // Only "the companies" refers back to a group named before; "companies" alone may be any.
      if (p.first === p.head && DEFINITE.has(s.words[p.first - 1]?.lower ?? '') && actsAt(s, p.first, p.head)) add(bareActing, p.key, s.index)
    }
  const headOf = (key: string) => key.split(' ').at(-1)!.toLowerCase()
  const byHead = new Map<string, string[]>()
  for (const key of forms.keys()) byHead.set(headOf(key), [...(byHead.get(headOf(key)) ?? []), key])
  return [...forms.keys()]
    .filter((key) => {
      const sameHead = byHead.get(headOf(key))!
      // The head alone stands for the one qualified group the article names with it.
      // The qualified phrase itself acts at least once.
      const own = acting.get(key)
      if (!own) return false
      const bare = sameHead.length === 1 ? (bareActing.get(headOf(key)) ?? new Set<number>()) : new Set<number>()
      return new Set([...own, ...bare]).size >= MIN_ACTING_SENTENCES || hasWord(headline, key.toLowerCase())
    })
    .map((key) => {
      const printed = [...forms.get(key)!.keys()]
      return { name: key, type: 'group' as const, forms: [...new Set([...printed, capitalise(key)])].filter((f) => f !== key) }
    })
}

/** The qualified group phrases of a sentence, and its bare heads (first === head). */
export function phrases(s: SentenceContext, names: ReadonlySet<string>, text = s.sentence.text): Phrase[] {
  const found: Phrase[] = []
  s.words.forEach((w, i) => {
    if (!HEADS.has(w.lower) || isCapitalised(s, i)) return
    const next = s.words[i + 1]
    // A noun right after makes the head a modifier itself ("company executives").
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return
    let first = i
    while (first > 0 && i - first < MAX_MODIFIERS && isModifier(s, first - 1)) first--
    // "US companies", "Anthropic researchers", "China's AI companies": a name before the phrase owns the group.
    const owner = POSSESSIVE.has(s.words[first - 1]?.text ?? '') ? first - 2 : first - 1
    if (s.words[owner] && isName(s, owner, names, text)) return
    if (s.words.slice(first, i).some((m, k) => isName(s, first + k, names, text))) return
    while (first < i && GENERIC.has(s.words[first]!.lower)) first++
    const key = s.words
      .slice(first, i + 1)
      .map((m, k) => (isCapitalised(s, first + k) || RE_ACRONYM.test(m.text) ? m.text : m.lower))
      .join(' ')
    found.push({ first, head: i, key })
  })
  return found
}

/**
 * A word that qualifies the head: a noun or an adjective ("state", "local"), or a capitalised one ("AI") — not a
 * plural noun, which is a verb the tagger misread more often than a modifier ("the guide guides students").
 */
function isModifier(s: SentenceContext, k: number): boolean {
  const w = s.words[k]!
  if (w.pos === 'NOUN' && w.lemma !== w.lower) return false
  return MODIFIER_POS.has(w.pos) && !s.sentence.text.slice(w.end, s.words[k + 1]!.start).trim()
}

/** A capitalised word that does not only start the sentence. */
function isCapitalised(s: SentenceContext, k: number): boolean {
  const w = s.words[k]!
  return /^\p{Lu}/u.test(w.text) && s.words.slice(0, k).some((x) => x.pos !== 'PUNCT')
}

/**
 * A capitalised word that names an actor or a place: a state, a demonym, a body ("US", "Chinese", "Anthropic",
 * "California") — a word the article never writes in lower case, other than an acronym ("AI").
 */
function isName(s: SentenceContext, k: number, names: ReadonlySet<string>, text: string): boolean {
  const w = s.words[k]!
  if (!/^\p{Lu}/u.test(w.text) || !MODIFIER_POS.has(w.pos)) return false
  if (STATIC_LEXICON.entries.has(w.text) || names.has(w.text)) return true
  return !RE_ACRONYM.test(w.text) && !hasWord(text, w.lower)
}

/**
 * The phrase from word `first` to its head acts: the subject of a verb (groups.ts subjectVerb), the object of a
 * verb (maybe after a determiner), or the agent of a passive ("slowed down by local divers").
 */
export function actsAt(s: SentenceContext, first: number, head: number): boolean {
  const w = s.words
  let before = first - 1
  if (w[before] && OBJECT_DETERMINERS.has(w[before]!.lower)) before--
  const prev: Word | undefined = w[before]
  if (prev?.pos === 'VERB') return true
  if (prev?.lower === 'by' && (w[before - 1]?.pos === 'VERB' || (w[before - 1]?.pos === 'ADP' && w[before - 2]?.pos === 'VERB'))) return true
  return subjectVerb(s, head, first) >= 0
}

const capitalise = (key: string) => key[0]!.toUpperCase() + key.slice(1)
