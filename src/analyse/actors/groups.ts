/**
 * Groups named by a common noun ("students", "the police", "the plaintiffs") as actors — only where the article
 * makes the group act: it is the subject of a verb in at least MIN_SUBJECT_SENTENCES sentences ("students have
 * been complaining", "The plaintiffs argued", "the students and young people have genuine concerns"), or in one
 * sentence of the MIN_RECURRING_SENTENCES or more the article gives it ("the police … have been accused", then
 * "the police response", "between police and students"). A group the article never makes act ("police actions
 * against the students"), or names once in passing ("Scientists warned"), is not an actor.
 *
 * The nouns are data (data/actors.json groupNouns); whether one is an actor comes from the tagged words.
 */
import type { Context, SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'
import { STATIC_LEXICON } from './lexicon.ts'
import type { Definition } from './names.ts'
import { POSSESSIVE_DETERMINERS } from '../../language/data.ts'

const GROUP_NOUNS = new Set<string>(DATA.actors.groupNouns)
/** The armed men of a state or a side (data/actors.json forceNouns). */
const FORCE_NOUNS = new Set<string>(DATA.actors.forceNouns)
/** Group nouns that name a party only when counted or definite ("20 states", "the same states"): data/actors.json boundGroupNouns. */
const BOUND_NOUNS = new Set<string>(DATA.actors.boundGroupNouns)
/** Words that make a bound noun definite: "the states", "these states"; "same" may follow ("the same states"). */
const DEFINITE = new Set(['the', 'these', 'those'])
const MIN_SUBJECT_SENTENCES = 2
/** …or the subject of a verb once, in an article that comes back to it in at least this many sentences. */
const MIN_RECURRING_SENTENCES = 3
/** Words that may stand between a subject and its verb: "also", "themselves", "ultimately". */
const BETWEEN_POS = new Set(['ADV', 'PART'])
const REFLEXIVE = new Set(['themselves'])
/** A coordinated subject's other member, or a short phrase after the noun ("across France"): at most this many words. */
const MAX_SKIP = 4

export function findGroups(ctx: Context): Definition[] {
  const subjectIn = new Map<string, Set<number>>()
  const mentionedIn = new Map<string, Set<number>>()
  const add = (map: Map<string, Set<number>>, noun: string, at: number) => map.set(noun, (map.get(noun) ?? new Set<number>()).add(at))
  for (const s of ctx.sentences) {
    if (s.meta) continue
    s.words.forEach((w, i) => {
      // A capitalised noun is part of a name ("Workers’ Party"), unless it only starts the sentence.
      if (!GROUP_NOUNS.has(w.lower) || (w.pos === 'PROPN' && s.words.slice(0, i).some((x) => x.pos !== 'PUNCT'))) return
      if (ownedByName(s, i)) return
      if (BOUND_NOUNS.has(w.lower) && !bound(s, i)) return
      add(mentionedIn, w.lower, s.index)
      if (isSubject(s, i)) add(subjectIn, w.lower, s.index)
    })
  }
  return [...subjectIn]
    .filter(([noun, sentences]) => sentences.size >= MIN_SUBJECT_SENTENCES || mentionedIn.get(noun)!.size >= MIN_RECURRING_SENTENCES)
    .map(([noun]) => ({ name: noun, type: 'group', forms: [noun[0]!.toUpperCase() + noun.slice(1)] }))
}

/**
 * "20 states filed …", "the same states asked …": a bound group noun right after a number or a definite determiner
 * (maybe with "same"), the phrase not the object of a preposition ("AGs from 30 states") — not "some states", "many
 * states", "northern states", which name no party.
 */
function bound(s: SentenceContext, i: number): boolean {
  let k = i - 1
  if (s.words[k]?.lower === 'same') k--
  const det = s.words[k]
  if (!det || !(det.pos === 'NUM' || DEFINITE.has(det.lower))) return false
  return s.words[k - 1]?.pos !== 'ADP'
}

/**
 * "Russian troops", "Israeli settlers", "LFI representatives": a group qualified by a name is that name's, and acts
 * for it — a capitalised word right before the noun, unless it only starts the sentence ("Several scientists");
 * a state's name or demonym counts there too ("Russian troops attacked …").
 */
function ownedByName(s: SentenceContext, i: number): boolean {
  const before = s.words[i - 1]
  // "its troops perform on the battlefield": a force a possessive determiner owns is its owner's.
  if (before && FORCE_NOUNS.has(s.words[i]!.lower) && POSSESSIVE_DETERMINERS.has(before.lower)) return true
  if (!before || !/^\p{Lu}/u.test(before.text)) return false
  const first = s.words.slice(0, i - 1).every((x) => x.pos === 'PUNCT')
  return !first || STATIC_LEXICON.entries.has(before.text)
}

/**
 * The group noun at word `i` is the subject of a verb: a finite verb or auxiliary follows, past adverbs and
 * "themselves", a coordinated member ("students and workers took") or a short phrase ("the police across
 * France have been accused"). A noun right after it makes it a modifier ("police response"); a preposition or
 * a verb before it makes it an object ("against the students", "condemned the students").
 */
export function isSubject(s: SentenceContext, i: number): boolean {
  return subjectVerb(s, i) >= 0
}

/**
 * The index of the finite verb or auxiliary whose subject is the noun at word `i` (isSubject), or -1; `first`: the
 * first word of the noun's phrase, where it has modifiers ("state agencies").
 */
export function subjectVerb(s: SentenceContext, i: number, first = i): number {
  const before = s.words[first - 1]
  if (before && (before.pos === 'ADP' || before.pos === 'VERB')) return -1
  let j = i + 1
  const next = s.words[j]
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return -1
  let skipped = 0
  while (j < s.words.length) {
    const w = s.words[j]!
    if (w.pos === 'VERB' || w.pos === 'AUX') return j
    // "committed 10,000 troops to aid Russia": an infinitive after the noun says what for; it is no verb of it.
    if (w.lower === 'to' && s.words[j + 1]?.pos === 'VERB') return -1
    if (BETWEEN_POS.has(w.pos) || REFLEXIVE.has(w.lower)) {
      j++
      continue
    }
    if (w.pos === 'PUNCT' || skipped >= MAX_SKIP) return -1
    skipped++
    j++
  }
  return -1
}
