/**
 * What a briefing says: the article's sentences that can stand as points (trimmed, whole, not referring back
 * to what is not on the slide, not metadata), the thesis, the conclusion, and a choice of points that covers the
 * article's claims without saying the same thing twice. Pure.
 */
import { backReference } from '../language/grammar.ts'
import { contentLemmas, tagWords, type Language } from '../language/index.ts'
import type { Analysis, Article, Sentence } from '../types.ts'
import { trimSentence } from './trim.ts'
import selectData from '../../data/draft/select.json' with { type: 'json' }

export interface Candidate {
  sentence: Sentence
  /** Position in the article, 0-based. */
  index: number
  salience: number
  point: string
  /** A headline of at most ten words, when the sentence yields one. */
  title?: string
  /** Opens by referring back ("It", "This move"): not a point on its own. */
  dangling: boolean
  /** Content lemmas of the point, to tell two points that say the same thing. */
  lemmas: Set<string>
}

const MIN_WORDS = 5
/** A link or an e-mail address on a slide is a reference, not a claim. */
const RE_ADDRESS = /https?:\/\/|www\.|\S+@\S+\.\w/
const CONTRAST = new Set(selectData.contrastCues)
const CLAIM_CUES = new Set(selectData.claimCues)
/** Two points sharing this share of the smaller one's content words say the same thing. */
const SAME_CLAIM = 0.6
/** An article concludes in its last paragraphs. */
const CONCLUDING_PARAGRAPHS = 2

/** Every sentence that can stand as a point, in article order. */
export function candidatesOf(article: Article, analysis: Analysis, language: Language): Candidate[] {
  const meta = new Set(analysis.meta)
  const out: Candidate[] = []
  article.sentences.forEach((sentence, index) => {
    if (meta.has(sentence.id) || sentence.text.split(/\s+/).length < MIN_WORDS || /\?\s*["”’]?$/.test(sentence.text)) return
    if (RE_ADDRESS.test(sentence.text)) return
    const trimmed = trimSentence(sentence.text, language.get(sentence.id))
    if (!trimmed) return
    const words = tagWords(trimmed.point)
    out.push({
      sentence,
      index,
      salience: analysis.salience[sentence.id] ?? 0,
      point: trimmed.point,
      ...(trimmed.title ? { title: trimmed.title } : {}),
      dangling: backReference(words) !== undefined,
      lemmas: contentLemmas(words),
    })
  })
  return out
}

/** How much of the smaller set the two share, 0..1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return n / Math.min(a.size, b.size)
}

/**
 * The thesis: the sentence that states what the article argues. It is looked for where articles put it — the
 * lede, the turn after "however" or "but" in the opening, the conclusion — and scored by salience, by how much
 * it shares with the headline, and by claim words ("will", "must", "risk").
 */
export function pickThesis(article: Article, candidates: Candidate[]): Candidate | undefined {
  const paragraphs = article.paragraphs.length
  const headline = contentLemmas(tagWords(article.meta.title))
  let best: { c: Candidate; score: number } | undefined
  for (const c of candidates) {
    if (c.dangling) continue
    const p = c.sentence.paragraph
    const place = p === 1 ? 0.15 : p === 2 ? 0.1 : p === paragraphs ? 0.1 : p <= 4 ? 0.05 : 0
    const lower = c.sentence.text.toLowerCase()
    const turn = [...CONTRAST].some((cue) => lower.startsWith(`${cue} `) || lower.startsWith(`${cue},`) || lower.includes(`, ${cue} `)) ? 0.05 : 0
    const claim = lower.split(/\W+/).some((w) => CLAIM_CUES.has(w)) ? 0.1 : 0
    // A thesis stands on the cover: one with a headline of its own is preferred.
    const headed = c.title ? 0.1 : 0
    const score = 0.3 * c.salience + place + overlap(c.lemmas, headline) + turn + claim + headed
    if (!best || score > best.score) best = { c, score }
  }
  return best?.c
}

/** The conclusion: up to `n` claims of the article's last paragraphs that hold any. */
export function conclusionOf(article: Article, candidates: Candidate[], n: number, exclude: Set<string>): Candidate[] {
  const usable = candidates.filter((c) => !c.dangling && !exclude.has(c.sentence.id))
  const withClaims = [...new Set(usable.map((c) => c.sentence.paragraph))].slice(-CONCLUDING_PARAGRAPHS)
  const pool = usable.filter((c) => withClaims.includes(c.sentence.paragraph))
  return [...pool].sort((a, b) => b.salience - a.salience).slice(0, n).sort((a, b) => a.index - b.index)
}

/**
 * Up to `n` points from `pool`, the most salient first but never two that say the same thing (maximal
 * marginal relevance), returned in article order.
 */
export function choosePoints(pool: Candidate[], n: number, already: Candidate[] = []): Candidate[] {
  const chosen: Candidate[] = []
  const left = pool.filter((c) => !c.dangling)
  while (chosen.length < n && left.length) {
    let bestIndex = -1
    let bestScore = -Infinity
    left.forEach((c, i) => {
      const redundancy = Math.max(0, ...[...already, ...chosen].map((x) => overlap(c.lemmas, x.lemmas)))
      if (redundancy >= SAME_CLAIM) return
      const score = c.salience - 0.5 * redundancy
      if (score > bestScore) (bestScore = score), (bestIndex = i)
    })
    if (bestIndex < 0) break
    chosen.push(left.splice(bestIndex, 1)[0]!)
  }
  return chosen.sort((a, b) => a.index - b.index)
}
