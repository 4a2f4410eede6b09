/**
 * Bodies named like things: "Program", "Programme", "Movement", "Forum" end the names of actors ("the Uppsala
 * Conflict Data Program estimated …") as often as the names of plans and events ("the CBD Tolling Program does
 * not qualify", "the World Economic Forum"). Such a name is an actor only where the article makes it act as a
 * body that observes and reports: in some sentence it is the subject of an agent verb (data/actors.json
 * agentVerbs: "estimated", "records", "has documented") — right after the name, after an apposition ("the X
 * Program, a research team at …, estimated") or in a coordinated subject ("Both the X Program and ACLED record").
 */
import type { Context, SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'
import { subjectVerb } from './groups.ts'

const THINGS = new Set<string>(DATA.actors.thingHeads)
/** Head nouns that end both bodies' and things' names: the organisation nouns that are also thing heads. */
const EITHER_HEADS = new Set(DATA.actors.orgSuffixes.filter((w) => THINGS.has(w)))
const AGENT_VERBS = new Set<string>(DATA.actors.agentVerbs)
const SPEECH_VERBS = new Set<string>(DATA.actors.speechVerbs)
/** How many words an apposition between commas may hold. */
const MAX_APPOSITION = 15

/** The name's head noun may end an actor's name as well as a thing's ("Program", "Forum"). */
export const hasEitherHead = (name: string): boolean => EITHER_HEADS.has(name.split(/\s+/).at(-1)!)

/** The article makes the named body act: it is the subject of an agent verb in at least one sentence. */
export function actsInArticle(ctx: Context, name: string, isVerb: VerbTest = isAgentVerb, owner = true): boolean {
  return ctx.sentences.some((s) => {
    if (s.meta) return false
    const text = s.sentence.text
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if ((owner || !RE_POSSESSIVE_AFTER.test(text.slice(at + name.length))) && agentAt(s, at, at + name.length, isVerb)) return true
    return false
  })
}

const RE_POSSESSIVE_AFTER = /^['’]s?(?!\p{L})/u

/**
 * The article makes the named one speak ("NASA said", "X, the agency, announced"): crafts and instruments do not.
 * (Not where it owns the speaker: "the rover’s lead scientist said".)
 */
export const speaksInArticle = (ctx: Context, name: string): boolean => actsInArticle(ctx, name, isSpeechVerb, false)

type VerbTest = (s: SentenceContext, k: number) => boolean

/** The name printed at `[start, end)` is the subject of a verb that passes `isVerb`. */
function agentAt(s: SentenceContext, start: number, end: number, isVerb: VerbTest): boolean {
  const { words } = s
  const first = words.findIndex((w) => w.start === start)
  const last = words.findIndex((w) => w.end === end)
  if (first < 0 || last < first) return false
  const before = words[first - 1]
  if (before && (before.pos === 'ADP' || before.pos === 'VERB')) return false
  if (words[last + 1]?.text !== ',') return isVerb(s, subjectVerb(s, last))
  // "the X Program, a research team at Y, estimated": past the apposition, the verb.
  const close = words.findIndex((w, k) => k > last + 1 && w.text === ',')
  return close > 0 && close - last <= MAX_APPOSITION && isVerb(s, close + 1)
}

/** The verb group starting at word `k` ("has long recorded") has an agent verb for its main verb. */
const isAgentVerb: VerbTest = (s, k) => mainVerb(s, k, (w) => AGENT_VERBS.has(w.lemma) || SPEECH_VERBS.has(w.lower))
/** …a verb of saying ("said", "has announced"). */
const isSpeechVerb: VerbTest = (s, k) => mainVerb(s, k, (w) => SPEECH_VERBS.has(w.lower))

const GOVERNING_VERBS = new Set<string>(DATA.actors.governingVerbs)
/**
 * …a verb of governing or going to law ("sued", "has imposed"); not one of reporting ("researchers at a laboratory
 * in Southern California reported": a place before the verb of the phrase it ends).
 */
const isGoverningVerb: VerbTest = (s, k) => mainVerb(s, k, (w) => GOVERNING_VERBS.has(w.lemma))

/** The article makes the named part of a state govern or go to law ("Texas sued Google", "Ontario imposed a levy"). */
export const governsInArticle = (ctx: Context, name: string): boolean => actsInArticle(ctx, name, isGoverningVerb)

/** The main verb of the verb group starting at word `k` passes `test`. */
function mainVerb(s: SentenceContext, k: number, test: (w: SentenceContext['words'][number]) => boolean): boolean {
  if (k < 0) return false
  for (let j = k; j < s.words.length; j++) {
    const w = s.words[j]!
    if (w.pos === 'VERB') return test(w)
    if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') return false
  }
  return false
}
