/**
 * Salience of each sentence, 0..1: how much a briefing needs it. A weighted sum (data/salience.json) of
 *  - centrality: how much of what it is about the rest of the article is about too (its content lemmas,
 *    counted over the other sentences);
 *  - headline: the share of the headline's content words it repeats;
 *  - signals: the actors it names, its relation and causal cues, a date, a quotation, and its place (the
 *    argument comes first);
 *  - claim words (modality, evaluation, findings: "will", "risk", "found") and named entities.
 * Very short and very long sentences lose a share of their score, and so does the author telling what they did
 * ("My team and I set out to see …": a first-person subject and no claim word or stance verb). Metadata sentences
 * score 0.
 * The weights were fitted on the dev split of the eval corpus (mean percentile rank of the annotated claims).
 */
import type { Analysis } from '../types.ts'
import { contentLemmas, tagWords } from '../language/index.ts'
import type { Context } from './context.ts'
import { DATA } from './data.ts'
import { relationCuesOf } from './relations/index.ts'

const { weights, positionSpan, idealWords, lengthPenalty, actorSaturation, cueSaturation, nameSaturation } = DATA.salience
const CLAIM_WORDS = new Set<string>(DATA.salience.claimWords)
const FIRST_PERSON = new Set<string>(DATA.salience.firstPerson)
const STANCE_WORDS = new Set<string>(DATA.salience.stanceWords)
const STANCE_PHRASES = new Set<string>(DATA.salience.stancePhrases)
/** The author's subject shows within the sentence's first words ("My team and I set out …", "In 2019 we …"). */
const SUBJECT_WORDS = 6

export function scoreSalience(ctx: Context, analysis: Pick<Analysis, 'events' | 'quotes' | 'causes'>): Record<string, number> {
  // The telling an event's text comes from (its first source), not the other sentences that tell it again.
  const dated = new Set(analysis.events.map((e) => e.source[0]))
  const quoted = new Set(analysis.quotes.flatMap((q) => q.source))
  const causal = new Map<string, number>()
  for (const c of analysis.causes) for (const id of c.source) causal.set(id, (causal.get(id) ?? 0) + 1)
  const lemmas = ctx.sentences.map((s) => (s.meta ? new Set<string>() : contentLemmas(s.words)))
  const frequency = new Map<string, number>()
  for (const set of lemmas) for (const l of set) frequency.set(l, (frequency.get(l) ?? 0) + 1)
  const centrality = lemmas.map((set) => {
    let shared = 0
    for (const l of set) shared += frequency.get(l)! - 1
    return set.size ? shared / Math.sqrt(set.size) : 0
  })
  const mostCentral = Math.max(1e-9, ...centrality)
  const headline = contentLemmas(tagWords(ctx.article.meta.title))
  const n = Math.max(1, ctx.sentences.length - 1)
  const scores: Record<string, number> = {}
  for (const s of ctx.sentences) {
    const id = s.sentence.id
    if (s.meta) {
      scores[id] = 0
      continue
    }
    const own = lemmas[s.index]!
    const position = Math.max(0, 1 - s.index / n / positionSpan)
    const actors = Math.min(1, new Set(s.mentions.map((m) => m.actor)).size / actorSaturation)
    const cues = Math.min(1, (relationCuesOf(s, ctx.actors).length + (causal.get(id) ?? 0)) / cueSaturation)
    const signals = (position + actors + cues + (dated.has(id) ? 1 : 0) + (quoted.has(id) ? 1 : 0)) / 5
    const repeated = headline.size ? [...own].filter((l) => headline.has(l)).length / headline.size : 0
    const names = Math.min(1, s.words.filter((w) => w.pos === 'PROPN').length / nameSaturation)
    const claims = s.words.some((w) => CLAIM_WORDS.has(w.lemma))
    let score =
      weights.centrality * (centrality[s.index]! / mostCentral) +
      weights.headline * repeated +
      weights.signals * signals +
      weights.claim * (claims ? 1 : 0) +
      weights.names * names
    if (narrative(s.words, claims)) score *= 1 - DATA.salience.narrativePenalty
    const words = s.tokens.filter((t) => !t.punct).length
    if (words < idealWords[0]! || words > idealWords[1]!) score *= 1 - lengthPenalty
    scores[id] = Math.round(Math.min(1, score) * 1000) / 1000
  }
  return scores
}

/**
 * The author tells what they did ("My team and I set out to see …", "I had learned that dogs also get dementia"):
 * a first-person subject among the first words, and no claim word or stance verb ("we found", "I think", "I call
 * on", "we condemn", "I am announcing").
 */
function narrative(words: { lower: string; lemma: string; pos: string }[], claims: boolean): boolean {
  if (claims) return false
  const opening = words.filter((w) => w.pos !== 'PUNCT').slice(0, SUBJECT_WORDS)
  const phrase = (i: number) => STANCE_PHRASES.has(`${words[i]!.lemma} ${words[i + 1]?.lower ?? ''}`)
  return opening.some((w) => FIRST_PERSON.has(w.lower)) && !words.some((w, i) => STANCE_WORDS.has(w.lemma) || phrase(i))
}
