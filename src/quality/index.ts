/**
 * The quality report: checks of a deck's writing and diagrams that need no annotation, as diagnostics with a
 * rule id and a place (the slide, and the path into outline.yaml). Pure: Outline → Diagnostic[]. The CLI
 * prints a summary, writes quality.json and, with --strict, fails on findings over the thresholds.
 *
 * Each rule is one function in RULES; README's "Quality report" section explains each id and its fix.
 */
import { findLoops } from '../outline/graph.ts'
import type { Outline, Slide } from '../outline/schema.ts'
import type { Diagnostic } from '../types.ts'
import { backReference, frontedReference, hasFiniteVerb, mayReferBack } from '../language/grammar.ts'
import { sameText } from '../language/index.ts'
import { tagWords } from '../language/tagger.ts'
import { LANGUAGE, MODALS, STRANDABLE_PREPOSITIONS } from '../language/data.ts'
import { firstUnfaithfulVoicedWord } from './faithful.ts'

export interface Finding {
  ruleId: RuleId
  message: string
  /** Path into the outline: `slides[3].points[1].text`. */
  path: string
  /** 1-based slide number. */
  slide: number
}

export type RuleId =
  | 'title-not-claim'
  | 'point-cut'
  | 'point-dangling'
  | 'point-fragment'
  | 'point-long'
  | 'duplicate'
  | 'unfaithful'
  | 'own-words'
  | 'quote-no-speaker'
  | 'date-after-publication'
  | 'node-no-edge'
  | 'edge-no-source'
  | 'loop-unsupported'
  | 'overflow'

/** What each rule means, for the summary and the README. */
export const RULES: Record<RuleId, string> = {
  'title-not-claim': 'a content slide title that states no claim (no verb, a label or a list of names)',
  'point-cut': 'a point that ends in "…": cut before its end',
  'point-dangling': 'a point that opens by referring back ("It", "This move") to something not on the slide',
  'point-fragment': 'a point that is not a whole sentence: it ends mid-phrase ("set fees that") or leaves a bracket or quote open',
  'point-long': `a point of more than ${'{MAX}'} words: hard to read at a glance`,
  duplicate: 'the same text on two slides',
  unfaithful: 'a generated title or point whose words are not in its cited sentences, in order',
  'own-words': 'text you wrote yourself (no source, or not the source’s words): yours to check',
  'quote-no-speaker': 'a quote without its speaker',
  'date-after-publication': 'a timeline date after the article was published',
  'node-no-edge': 'a diagram node that no edge touches',
  'edge-no-source': 'a diagram edge or event that cites no sentence',
  'loop-unsupported': 'a feedback loop with an edge that cites no sentence',
  overflow: 'a slide whose content runs past its edge when drawn',
}

/** How many opening words of a point are read for a reference back ("This move …"). */
const OPENING_WORDS = 16
/** Points longer than this are flagged. */
export const MAX_POINT_WORDS_SHOWN = 30
RULES['point-long'] = RULES['point-long'].replace('{MAX}', String(MAX_POINT_WORDS_SHOWN))

/** How many findings of a rule --strict tolerates (per deck); rules not listed tolerate none. */
export const STRICT_LIMITS: Partial<Record<RuleId, number>> = {
  'title-not-claim': 2,
  'point-long': 3,
  'own-words': Infinity,
  'node-no-edge': 1,
}

export interface CheckOptions {
  /** The publication date as YYYY-MM-DD (or YYYY-MM, YYYY), when known. */
  published?: string
  /**
   * Whether the outline is as briefdeck drafted it. In an outline the user edited, text whose words are not the
   * source's is the user's own ('own-words'), not a fault of the draft ('unfaithful').
   */
  generated?: boolean
}

type Rule = (slide: Slide, at: string, outline: Outline, options: CheckOptions) => Omit<Finding, 'slide'>[]

const CONTENT_KINDS = new Set<Slide['kind']>(['points'])
const RE_NUMBERED = /\(\d+\/\d+\)\s*$/
const RE_ELLIPSIS_END = /(?:…|\.\.\.)\s*$/
const RE_QUOTED_ELLIPSIS_END = /(?:…|\.\.\.)\s*[”"’']\s*$/

const titleRule: Rule = (slide, at) => {
  if (!CONTENT_KINDS.has(slide.kind) || !('title' in slide)) return []
  const title = slide.title
  if (RE_NUMBERED.test(title)) return [{ ruleId: 'title-not-claim', path: `${at}.title`, message: `"${title}" is numbered like a label; state the slide's claim instead` }]
  if (!hasFiniteVerb(tagWords(title))) return [{ ruleId: 'title-not-claim', path: `${at}.title`, message: `"${title}" states no claim (no verb); write the slide's message as a sentence` }]
  return []
}

const pointRules: Rule = (slide, at, outline) => {
  if (!('points' in slide)) return []
  return slide.points.flatMap((p, i) => {
    const path = `${at}.points[${i}].text`
    const out: Omit<Finding, 'slide'>[] = []
    if (RE_ELLIPSIS_END.test(p.text) && !RE_QUOTED_ELLIPSIS_END.test(p.text))
      out.push({ ruleId: 'point-cut', path, message: 'the point ends in "…": condense the sentence to a whole claim' })
    // Only the opening words can refer back: tag those (an outline may hold thousands of points).
    const ref = mayReferBack(p.text) && backReference(tagWords(p.text.split(/\s+/).slice(0, OPENING_WORDS).join(' ')))
    if (ref) out.push({ ruleId: 'point-dangling', path, message: `the point opens with "${ref}", which refers back to something not on the slide` })
    // "Last season he was suspended …": a pronoun subject after an opening phrase (tagged only when one is there).
    const fronted = !ref && RE_FRONTED_PRONOUN.test(p.text.split(/\s+/).slice(1, OPENING_WORDS).join(' ')) && frontedReference(tagWords(p.text))
    if (fronted) out.push({ ruleId: 'point-dangling', path, message: `the point's subject "${fronted}" refers back to something not on the slide` })
    // ("… will be allowed in.", "… where they came from.": a point that ends where its sentence ends is whole.)
    const cited = outline.sentences[p.source?.at(-1) ?? '']
    const fragment = fragmentOf(p.text, !!cited && !isCutOff(cited) && lastWordOf(cited) === lastWordOf(p.text))
    if (fragment) out.push({ ruleId: 'point-fragment', path, message: fragment })
    const words = p.text.split(/\s+/).filter(Boolean).length
    if (words > MAX_POINT_WORDS_SHOWN) out.push({ ruleId: 'point-long', path, message: `${words} words; condense to about 25` })
    return out
  })
}

/** The pronouns frontedReference reads as a main clause's subject. */
const RE_FRONTED_PRONOUN = /\b(?:he|she|they|it|this|these)\b/i

const LOOSE_ENDS = new Set(LANGUAGE.looseEnds)
const PAIRS: [string, string][] = [['(', ')'], ['[', ']'], ['“', '”']]

const ELLIPSIS_TRIGGERS = new Set(LANGUAGE.ellipsisTriggers)
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall'])
/** How far back in its clause a trigger may stand: "the way a person at a keyboard would". */
const ELLIPSIS_REACH = 8

/** "… the way a person at a keyboard would", "… more than consumers are": the verb after the auxiliary is left out. */
function elliptical(text: string, last: string): boolean {
  const clause = text.split(/[,;:—–]/).at(-1)!.toLowerCase().split(/[^\p{L}’']+/u).filter(Boolean)
  // "… the scenarios we might find ourselves in": a preposition stranded after its pronoun.
  if (STRANDING_PRONOUNS.has(clause.at(-2) ?? '') && STRANDABLE_PREPOSITIONS.has(last)) return true
  // "… a different idea of what democracy is for": a preposition stranded by the question word its clause opens with.
  if (STRANDABLE_PREPOSITIONS.has(last) && COPULAS.has(clause.at(-2) ?? '') && clause.slice(-ELLIPSIS_REACH, -2).some((w) => EMBEDDED_QUESTION.has(w))) return true
  if (!AUXILIARIES.has(last)) return false
  // "… it's unclear how effective it will be": the complement the question word fronts ("how effective").
  if ((last === 'be' || last === 'been') && AUXILIARIES.has(clause.at(-2) ?? '') && clause.slice(-ELLIPSIS_REACH, -3).some((w) => EMBEDDED_QUESTION.has(w))) return true
  // The trigger, then a subject of its own, then the auxiliary; or "how concentrated adoption is".
  return clause.slice(-ELLIPSIS_REACH, -2).some((w) => ELLIPSIS_TRIGGERS.has(w) || (last === 'is' || last === 'are' || last === 'was' || last === 'were' ? EMBEDDED_QUESTION.has(w) : false))
}
const STRANDING_PRONOUNS = new Set(LANGUAGE.strandingPronouns)
const COPULAS = new Set(['is', 'are', 'was', 'were'])
const EMBEDDED_QUESTION = new Set(LANGUAGE.embeddedQuestionWords)

/**
 * The last word, lower case: the run of letters, digits, apostrophes and hyphens around the last letter or digit
 * ("… head-on": the whole compound, not the part after its hyphen). Read from the end, not by a pattern anchored
 * at it (which tries every start).
 */
function lastWordOf(text: string): string | undefined {
  const t = text.replace(/(?:…|\.\.\.)\s*$/, '')
  const chars = [...t]
  let last = chars.length - 1
  while (last >= 0 && !RE_LETTER_OR_DIGIT.test(chars[last]!)) last--
  if (last < 0) return undefined
  let start = last
  while (start > 0 && RE_WORD_CHAR.test(chars[start - 1]!)) start--
  let end = last
  while (end + 1 < chars.length && RE_WORD_CHAR.test(chars[end + 1]!)) end++
  return chars.slice(start, end + 1).join('').toLowerCase()
}
const RE_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const RE_WORD_CHAR = /^[\p{L}\p{N}’'-]$/u

/**
 * A sentence cut off where a page or a copy ended: no closing mark, and its last word one that needs what follows
 * ("… we are recommending that the Secretary educate all states about").
 */
export function isCutOff(sentence: string): boolean {
  if (/[.!?…:;"”’)\]]\s*$/u.test(sentence)) return false
  const last = lastWordOf(sentence)
  // ("In addressing China's role …, Congress may consider": a modal and one verb, the list it led into lost.)
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? []
  return (!!last && LOOSE_ENDS.has(last)) || (words.length > 2 && MODALS.has(words.at(-2)!))
}

/** Why a point is not a whole sentence, or undefined: read without tagging (an outline may hold thousands). */
export function fragmentOf(text: string, endsItsSentence = false): string | undefined {
  const last = lastWordOf(text)
  if (last && !endsItsSentence && LOOSE_ENDS.has(last) && !elliptical(text, last)) return `the point ends on "${last}", mid-phrase: condense the sentence to a whole claim`
  for (const [open, close] of PAIRS) if (text.split(open).length !== text.split(close).length) return `the point leaves "${open}" unclosed or closes one it never opened`
  if ((text.match(/"/g) ?? []).length % 2 === 1) return 'the point leaves a quotation open'
  return undefined
}

const faithfulRule: Rule = (slide, at, outline, options) => {
  // A point condenses all the sentences it cites (in order); a title, one of its slide's sentences or what one
  // of its points cites ("It elevates …" read with the sentence that names "it").
  const items: { text: string; source: string[][]; path: string }[] = []
  if ('points' in slide) slide.points.forEach((p, i) => items.push({ text: p.text, source: [p.source], path: `${at}.points[${i}].text` }))
  if (slide.kind === 'points') {
    const single = [...new Set(slide.points.flatMap((p) => p.source))].map((id) => [id])
    const merged = slide.points.filter((p) => p.source.length > 1).map((p) => p.source)
    items.push({ text: slide.title, source: [...single, ...merged], path: `${at}.title` })
  }
  if (slide.kind === 'cover' && slide.subtitle && slide.source) items.push({ text: slide.subtitle, source: [slide.source], path: `${at}.subtitle` })
  const findings: Omit<Finding, 'slide'>[] = []
  for (const { text, source, path } of items) {
    const readings = source.map((ids) => ids.flatMap((id) => outline.sentences[id] ?? [])).filter((r) => r.length > 0)
    const misses = readings.map((sentences) => firstUnfaithfulVoicedWord(text.replace(/…/g, ' '), sentences))
    if (readings.length > 0 && misses.some((m) => m === undefined)) continue
    const missing = misses[0]
    if (!options.generated || readings.length === 0)
      findings.push({ ruleId: 'own-words', path, message: readings.length ? `"${missing}" is not in the cited sentence: your wording` : 'no source cited: your wording' })
    else findings.push({ ruleId: 'unfaithful', path, message: `"${missing}" does not occur (in order) in the cited sentence${source[0]!.length > 1 ? 's' : ''}` })
  }
  return findings
}

const quoteRule: Rule = (slide, at) =>
  slide.kind === 'quotes'
    ? slide.quotes.flatMap((q, i) => (q.speaker ? [] : [{ ruleId: 'quote-no-speaker' as const, path: `${at}.quotes[${i}]`, message: 'no speaker: say who said it, or cut the quote' }]))
    : []

const dateRule: Rule = (slide, at, _outline, options) => {
  if (slide.kind !== 'timeline' || !options.published) return []
  const published = options.published
  return slide.events.flatMap((e, i) =>
    e.date.slice(0, published.length) > published.slice(0, e.date.length)
      ? [{ ruleId: 'date-after-publication' as const, path: `${at}.events[${i}].date`, message: `${e.date} is after the publication date ${published}` }]
      : [],
  )
}

const diagramRule: Rule = (slide, at) => {
  const out: Omit<Finding, 'slide'>[] = []
  if ('edges' in slide) {
    const touched = new Set(slide.edges.flatMap((e) => [e.from, e.to]))
    slide.nodes.forEach((n, i) => {
      if (!touched.has(n.id)) out.push({ ruleId: 'node-no-edge', path: `${at}.nodes[${i}]`, message: `"${n.label}" has no edge` })
    })
    slide.edges.forEach((e, i) => {
      if (e.source.length === 0) out.push({ ruleId: 'edge-no-source', path: `${at}.edges[${i}].source`, message: `${e.from} → ${e.to} cites no sentence` })
    })
    if (slide.kind === 'dynamics') {
      const unsourced = new Set(slide.edges.filter((e) => e.source.length === 0).map((e) => `${e.from}>${e.to}`))
      for (const loop of findLoops(slide.edges)) {
        const bad = loop.some((id, k) => unsourced.has(`${id}>${loop[(k + 1) % loop.length]}`))
        if (bad) out.push({ ruleId: 'loop-unsupported', path: `${at}.edges`, message: `the loop ${loop.join(' → ')} has an edge without a source` })
      }
    }
  }
  if (slide.kind === 'timeline')
    slide.events.forEach((e, i) => {
      if (e.source.length === 0) out.push({ ruleId: 'edge-no-source', path: `${at}.events[${i}].source`, message: `the event "${e.text}" cites no sentence` })
    })
  return out
}

const duplicateRule = (outline: Outline): Finding[] => {
  const seen = new Map<string, number>()
  const out: Finding[] = []
  outline.slides.forEach((slide, s) => {
    const texts: { text: string; path: string }[] = []
    if ('points' in slide) slide.points.forEach((p, i) => texts.push({ text: p.text, path: `slides[${s}].points[${i}].text` }))
    for (const { text, path } of texts) {
      const key = sameText(text)
      const first = seen.get(key)
      if (first !== undefined && first !== s)
        out.push({ ruleId: 'duplicate', path, slide: s + 1, message: `the same text as on slide ${first + 1}` })
      else seen.set(key, s)
    }
  })
  return out
}

const SLIDE_RULES: Rule[] = [titleRule, pointRules, faithfulRule, quoteRule, dateRule, diagramRule]

/** Every finding of the outline, in slide order. */
export function checkOutline(outline: Outline, options: CheckOptions = {}): Finding[] {
  const perSlide = outline.slides.flatMap((slide, s) =>
    SLIDE_RULES.flatMap((rule) => rule(slide, `slides[${s}]`, outline, options).map((f) => ({ ...f, slide: s + 1 }))),
  )
  return [...perSlide, ...duplicateRule(outline)].sort((a, b) => a.slide - b.slide)
}

/** Findings over the --strict limits, by rule. */
export function overStrictLimits(findings: Finding[]): { ruleId: RuleId; count: number; limit: number }[] {
  const counts = new Map<RuleId, number>()
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1)
  return [...counts].flatMap(([ruleId, count]) => {
    const limit = STRICT_LIMITS[ruleId] ?? 0
    return count > limit ? [{ ruleId, count, limit }] : []
  })
}

/** Findings as diagnostics of `file` (places are filled in by the caller, who has the text). */
export function toDiagnostics(findings: Finding[], file: string): Diagnostic[] {
  return findings.map((f) => ({
    message: `slide ${f.slide}: ${f.path}: ${f.message}`,
    path: f.path,
    file,
    ruleId: f.ruleId,
    source: 'quality',
    fatal: false,
    slide: f.slide,
  }))
}

