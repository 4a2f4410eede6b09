/**
 * The court of a case the article tells without naming it: "the court", "the judge" ("the judge granted the
 * motion", "the court is able to render a final judgment"). Where the article names no court of its own, the
 * bench is an actor "court" — only where the article makes it act, as for a group (src/analyse/actors/groups.ts):
 * the subject of a verb in at least two sentences, or in one of the three or more that mention it. The judge of
 * such a case speaks for the court. Where the article names a court ("the U.S. District Court"), "the court" refers
 * back to it instead (src/analyse/actors/references.ts).
 *
 * The nouns are data (data/actors.json benchNouns); whether the bench acts comes from the tagged words.
 */
import type { Context } from '../context.ts'
import { DATA } from '../data.ts'
import { subjectVerb } from './groups.ts'
import type { Definition } from './names.ts'

/** The name of the actor the bench becomes. */
export const BENCH_NAME = 'court'
export const BENCH_NOUNS = new Set<string>(DATA.actors.benchNouns)
const JUDICIAL_HEADS = new Set<string>(DATA.relations.judicialHeads)
const MIN_SUBJECT_SENTENCES = 2
const MIN_RECURRING_SENTENCES = 3

/** A name that is a court's: one of its words is a judicial head ("District Court", "Special Tribunal"). */
export const isCourtName = (name: string): boolean => name.split(/\s+/).some((w) => JUDICIAL_HEADS.has(w))

export function findBench(ctx: Context, definitions: Definition[]): Definition[] {
  if (definitions.some((d) => d.type === 'organisation' && isCourtName(d.name))) return []
  const subjectIn = new Set<number>()
  const mentionedIn = new Set<number>()
  for (const s of ctx.sentences) {
    if (s.meta) continue
    s.words.forEach((w, i) => {
      // "the court", "The judge": definite and in lower case (not "the Court of Appeals", "Judge Smith").
      if (!BENCH_NOUNS.has(w.text) || s.words[i - 1]?.lower !== 'the') return
      mentionedIn.add(s.index)
      if (subjectVerb(s, i) >= 0) subjectIn.add(s.index)
    })
  }
  const acts = subjectIn.size >= MIN_SUBJECT_SENTENCES || (subjectIn.size > 0 && mentionedIn.size >= MIN_RECURRING_SENTENCES)
  return acts ? [{ name: BENCH_NAME, type: 'organisation', forms: [...BENCH_NOUNS] }] : []
}
