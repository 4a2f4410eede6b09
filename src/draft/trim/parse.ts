/**
 * A sentence parsed for trimming: its tagged words, what is quoted or in brackets, and what the rules do with the
 * set of kept words (drop a cut, count and render what is left, keep a cut's boundaries on whole phrases).
 */
import { participleForm } from '../../language/grammar.ts'
import { tagWords, type Word } from '../../language/tagger.ts'
import { apostrophes, type Phrase, RE_YEAR } from './vocabulary.ts'
import { ownsFullStop } from '../../ingest/sentences.ts'

/** Punctuation that attaches to the word before it. */
export const RE_CLOSING = /^(?:[,.;:!?)\]}”’%]|['’]s?$|n['’]t$)/
const RE_OPENING = /^[([{“‘]$/
const RE_WORDLIKE = /[\p{L}\p{N}]/u

export interface Cut {
  from: number
  to: number
}

export interface Parse {
  text: string
  words: Word[]
  /** Inside a quotation (depth > 0) at each word. */
  quoted: boolean[]
  /** Inside parentheses at each word: an aside, never the main clause. */
  aside: boolean[]
  /** Brackets without a partner in the sentence (an aside it opens or closes with its neighbour): never shown. */
  unpaired: number[]
  /** Each quotation mark's partner (see quotePartners). */
  partner: Map<number, number>
}


/** The indices of the kept words (not punctuation), in order. */
export function keptWordIndices(parse: Parse, kept: Set<number>): number[] {
  return [...kept].filter((i) => isWord(parse.words[i]!)).sort((a, b) => a - b)
}

export function parseSentence(text: string, tagged?: Word[]): Parse {
  const words = tagged ?? tagWords(text)
  const quoted = insideMarks(words, '“', '”')
  // '… and enhance governance,” said the minister': a sentence that opens inside a quotation begun in the one
  // before it is someone's words up to its first unpaired closing mark.
  const runInEnd = runInQuoteEnd(words)
  for (let i = 0; i <= runInEnd; i++) quoted[i] = true
  // Straight quotes toggle.
  let open = false
  words.forEach((w, i) => {
    if (i === runInEnd) return
    if (w.text === '"') {
      open = !open
      quoted[i] = true
    } else if (open) quoted[i] = true
  })
  // 'for the Pentagon," the company': a comma just inside a closing quote is the sentence's own.
  words.forEach((w, i) => {
    if (w.text === ',' && /^["”]$/.test(words[i + 1]?.text ?? '') && !quoted[i + 2]) quoted[i] = false
  })
  const { inside: aside, unpaired } = brackets(words)
  return { text, words, quoted, aside, unpaired, partner: quotePartners(words) }
}

/**
 * Words inside a pair of brackets (the marks included), and the marks without a partner: "(Some analysts note
 * … plans." opens an aside the next sentence closes, so none of it is an aside here, and its "(" is loose.
 */
function brackets(words: Word[]): { inside: boolean[]; unpaired: number[] } {
  const inside = words.map(() => false)
  const open: number[] = []
  const unpaired: number[] = []
  words.forEach((w, i) => {
    if (w.text === '(') open.push(i)
    else if (w.text === ')') {
      const from = open.pop()
      if (from === undefined) unpaired.push(i)
      else for (let k = from; k <= i; k++) inside[k] = true
    }
  })
  return { inside, unpaired: [...unpaired, ...open] }
}

/** Each pair of square brackets, as [opening index, closing index]; an unpaired one is in none. */
function squarePairs(words: Word[]): [number, number][] {
  const open: number[] = []
  const pairs: [number, number][] = []
  words.forEach((w, i) => {
    if (w.text === '[') open.push(i)
    else if (w.text === ']' && open.length) pairs.push([open.pop()!, i])
  })
  return pairs
}

/** Whether each word is inside a pair of `open` … `close` marks (nested pairs count once), marks included. */
function insideMarks(words: Word[], open: string, close: string): boolean[] {
  let depth = 0
  return words.map((w) => {
    if (w.text === open) depth++
    const inside = depth > 0
    if (w.text === close) depth = Math.max(0, depth - 1)
    return inside
  })
}

/** A word, not punctuation: it holds a letter or a digit (an ASCII one first is the common case, no regex). */
export const isWord = (w: Word) => {
  const code = w.text.charCodeAt(0)
  const lower = code | 0x20
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || RE_WORDLIKE.test(w.text)
}

export function startsWith(words: Word[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => words[i + k] !== undefined && apostrophes(words[i + k]!.lower) === p)
}

export function firstPhrase(words: Word[], i: number, list: Phrase[]): Phrase | undefined {
  const w = words[i]
  if (!w) return undefined
  // Only the phrases that start with this word (longest first, as listed): the lists are read once per word.
  return byFirstWord(list).get(apostrophes(w.lower))?.find((p) => startsWith(words, i, p))
}

const FIRST_WORD_INDEX = new WeakMap<Phrase[], Map<string, Phrase[]>>()
function byFirstWord(list: Phrase[]): Map<string, Phrase[]> {
  let index = FIRST_WORD_INDEX.get(list)
  if (!index) {
    index = new Map()
    for (const p of list) index.set(p[0]!, [...(index.get(p[0]!) ?? []), p])
    FIRST_WORD_INDEX.set(list, index)
  }
  return index
}

/**
 * The word at `i` is a dash that sets off a phrase: an em dash, or an en dash with a space on either side ("the
 * Rapid Support Forces – a paramilitary group – advanced"); not an en dash that joins two words ("US–China").
 */
export function setOffDash(parse: Parse, i: number): boolean {
  const w = parse.words[i]
  if (w?.text === '—') return true
  const spaceBefore = parse.text.slice(parse.words[i - 1]?.end ?? 0, w?.start ?? 0).length > 0
  const spaceAfter = parse.text.slice(w?.end ?? 0, parse.words[i + 1]?.start ?? parse.text.length).length > 0
  // ("1709 schoolchildren - aged 8–10 years, from 88 schools - was carried out": a hyphen spaced on both sides is a
  // typed dash; inside a word it joins.)
  if (w?.text === '-') return spaceBefore && spaceAfter
  if (w?.text !== '–') return false
  return spaceBefore || spaceAfter
}

export function isComma(parse: Parse, i: number): boolean {
  return parse.words[i]?.text === ',' && !parse.quoted[i]
}

/**
 * The word at `i` is a preposition whose object a comma and a conjunction put off: "responsible for, or complicit
 * in, undermining …" (both prepositions share the object said after them).
 */
export function defersObject(parse: Parse, i: number): boolean {
  return parse.words[i]?.pos === 'ADP' && parse.words[i + 1]?.text === ',' && parse.words[i + 2]?.pos === 'CCONJ'
}

/** The next comma (outside quotes) after `i`, before `limit`, or -1. */
export function nextComma(parse: Parse, i: number, limit = parse.words.length): number {
  // "While friction between the members (China, France and the UK) has …, X": a comma inside brackets opened
  // after `i` divides the aside, not the sentence.
  let depth = 0
  for (let k = i + 1; k < Math.min(limit, parse.words.length); k++) {
    const text = parse.words[k]!.text
    if (text === '(' && parse.aside[k]) depth++
    else if (text === ')' && depth > 0) depth--
    if (depth > 0) continue
    // "May 23, 2024": the comma inside a date divides nothing.
    if (isComma(parse, k) && RE_YEAR.test(parse.words[k + 1]?.text ?? '') && parse.words[k - 1]?.pos === 'NUM') continue
    // "into higher-level, anonymized insights": a comma between two modifiers of one noun divides nothing.
    if (isComma(parse, k) && betweenModifiers(parse.words, k)) continue
    if (isComma(parse, k)) return k
    if (/^[;:]$/.test(parse.words[k]!.text) && !parse.quoted[k]) return -1
  }
  return -1
}

/**
 * Whether the comma at `k` stands between two modifiers of the noun right after it: an adjective after a
 * determiner or another adjective ("a large, costly project"), or a hyphenated one ("higher-level, anonymized
 * insights") — not a lead's ("As such, federal agencies …").
 */
export function betweenModifiers(words: Word[], k: number): boolean {
  const next = words[k + 1]
  const modifier = next?.pos === 'ADJ' || (next?.pos === 'VERB' && participleForm(next))
  if (!modifier || words[k + 2]?.pos !== 'NOUN') return false
  const before = words[k - 2]
  const attributive = words[k - 1]?.pos === 'ADJ' && ['DET', 'ADJ'].includes(before?.pos ?? '')
  const hyphenated = before?.text === '-' && words[k - 3]?.pos === 'ADJ'
  return attributive || hyphenated
}

/** The last index before the sentence's closing punctuation. */
export function lastContent(parse: Parse): number {
  let k = parse.words.length - 1
  while (k > 0 && /^[.!?…]$/.test(parse.words[k]!.text)) k--
  return k
}

// ───────────────────────────── cuts ─────────────────────────────

/**
 * A cut may only start and end between separate words: never inside "business-as-usual" or "anti-access/area",
 * whose parts the tagger splits.
 */
export function atBoundaries(parse: Parse, c: Cut): boolean {
  const separate = (i: number) => {
    const a = parse.words[i - 1]
    const b = parse.words[i]
    // The sentence's last em dash, spaced or not, sets off what follows it ("(LAWS)—weapons capable of …").
    const lastDash = setOffDash(parse, i) && !parse.words.some((_, k) => k > i && setOffDash(parse, k))
    return !a || !b || parse.text.slice(a.end, b.start).length > 0 || /^[,;:.!?)”]$/.test(b.text) || /^[(“]$/.test(a.text) || lastDash
  }
  // So does any em dash when the cut takes the rest of the sentence ("… for 60 days[—through May 17—in …]"), unless
  // a modifier before it waits for its noun ("the implications of biometric—specifically facial—technologies").
  // Nor when the words after the aside's closing dash go on with the clause ("It takes time for X[—…—]to spread",
  // "Understanding how Y[—…—]is crucial"): only a phrase of its own may follow it ("—in an attempt to …").
  const dash = () => {
    const before = parse.words[c.from - 1]
    const closing = parse.words.findIndex((_, k) => k > c.from && setOffDash(parse, k))
    const resumes = parse.words[closing + 1]
    const ownPhrase = closing < 0 || (resumes !== undefined && ((resumes.pos === 'ADP' && resumes.lower !== 'to' && resumes.lower !== 'than') || ['SCONJ', 'CCONJ'].includes(resumes.pos)))
    return c.to >= lastContent(parse) && !['ADJ', 'DET', 'ADP'].includes(before?.pos ?? '') && ownPhrase
  }
  return (separate(c.from) || (setOffDash(parse, c.from) && dash())) && separate(c.to + 1)
}

/** The index of the closing mark of a quotation the sentence opens inside of (a ” before any “), or -1. */
function runInQuoteEnd(words: Word[]): number {
  let straight = -1
  let marks = 0
  for (let i = 0; i < words.length; i++) {
    const text = words[i]!.text
    if (text === '“') return -1
    if (text === '”') return i
    if (text === '"') (straight = i), marks++
  }
  // Straight marks: a lone one after the sentence's last word closes a quotation begun before it; so does a lone one
  // glued to what stands before it, with a space or a mark after it ('… what he did," Graham told the BBC', '… was
  // very low", Graham continued', '… each other[,]" Baloch wrote'): an opening mark is glued to the word after it.
  if (marks !== 1) return -1
  const after = words[straight + 1]
  const closes = !!words[straight - 1] && words[straight - 1]!.end === words[straight]!.start && !!after && (after.start > words[straight]!.end || /^[,.;:!?]$/.test(after.text))
  return straight > words.findLastIndex(isWord) || closes ? straight : -1
}

/** Each quotation mark's partner: “ with ”, and straight quotes in turn. */
function quotePartners(words: Word[]): Map<number, number> {
  const partner = new Map<number, number>()
  const curly: number[] = []
  let straight = -1
  words.forEach((w, i) => {
    if (w.text === '“') curly.push(i)
    else if (w.text === '”' && curly.length) {
      const o = curly.pop()!
      partner.set(o, i).set(i, o)
    } else if (w.text === '"') {
      if (straight < 0) straight = i
      else {
        partner.set(straight, i).set(i, straight)
        straight = -1
      }
    }
  })
  return partner
}

export function drop(kept: Set<number>, c: Cut): void {
  for (let i = c.from; i <= c.to; i++) kept.delete(i)
}

export function keptWords(parse: Parse, kept: Set<number>): Word[] {
  return [...kept].sort((a, b) => a - b).map((i) => parse.words[i]!)
}

export function count(parse: Parse, kept: Set<number>): number {
  let n = 0
  for (const i of kept) if (isWord(parse.words[i]!) && !RE_CLOSING.test(parse.words[i]!.text)) n++
  return n
}


/** An elision mark: what the writer left out of the words they give ("…", "..."). */
export const RE_ELISION = /^(?:…|\.\.\.)$/

/**
 * The kept words as text: the sentence's own spacing between neighbours, one space across a cut; no stray
 * punctuation at the ends; the first letter capitalised; no closing full stop.
 */
export function render(parse: Parse, kept: Set<number>): string {
  // A quotation mark whose partner was cut goes too (a cut may end at a comma just inside a closing quote).
  const { partner } = parse
  // 'on "general principles," taking …' cut from its comma: the closing quote stays with the quotation it closes.
  const reclosed = new Set<number>()
  for (const [open, close] of partner) {
    if (close > open && kept.has(open) && !kept.has(close) && !kept.has(close - 1) && parse.words[close - 1]?.text === ',' && kept.has(close - 2)) reclosed.add(close)
  }
  const shown = new Set([...kept, ...reclosed])
  // '“Não ao projeto de Azeredo” [No to the Azeredo Bill, pt]' cut from its comma: a square bracket closes again after
  // the last word kept inside it; one with no word kept inside goes, and a closing one whose opening went goes too.
  for (const [open, close] of squarePairs(parse.words)) {
    // ("[…]": an elision mark in a quotation is one sign, kept or cut whole.)
    if (parse.words.slice(open + 1, close).every((w) => RE_ELISION.test(w.text))) continue
    const inside = [...shown].some((i) => i > open && i < close && isWord(parse.words[i]!))
    if (shown.has(open) && !inside) shown.delete(open)
    if (shown.has(open) && !shown.has(close)) {
      shown.add(close)
      reclosed.add(close)
    }
    if (!shown.has(open)) shown.delete(close)
  }
  const order = [...shown].sort((a, b) => a - b).filter((i) => !partner.has(i) || shown.has(partner.get(i)!))
  // Drop punctuation left dangling at the ends (a comma before a cut, a full stop after one).
  // A straight quote mark opens a quotation there when its partner is kept after it.
  const opening = (i: number) => RE_OPENING.test(parse.words[i]!.text) || (parse.words[i]!.text === '"' && (partner.get(i) ?? -1) > i)
  // ("$1.8 billion of the capital …": a currency sign glued to its figure is the figure's.)
  const currency = (i: number) => /^[$€£¥]$/.test(parse.words[i]!.text) && shown.has(i + 1) && parse.words[i]!.end === parse.words[i + 1]?.start
  while (order.length && !isWord(parse.words[order[0]!]!) && !opening(order[0]!) && !currency(order[0]!)) order.shift()
  // … and a list item's closing "; and" ("Information about products under development; and").
  const loose = (k: number) => /^[,;:—–-]$/.test(parse.words[order[k]!]?.text ?? '')
  while (order.length && (loose(order.length - 1) || (/^(?:and|or)$/i.test(parse.words[order.at(-1)!]!.text) && loose(order.length - 2)))) order.pop()
  let out = ''
  order.forEach((i, k) => {
    const w = parse.words[i]!
    const prev = order[k - 1]
    if (prev === undefined) out = w.text
    else if (prev === i - 1) out += parse.text.slice(parse.words[prev]!.end, w.start) + w.text
    else if ((RE_CLOSING.test(w.text) && w.text !== ',') || reclosed.has(i)) out += w.text
    // "weapon systems[ (LAWS)]—weapons capable of …": an em dash written close keeps close.
    else if (w.text === '—' && parse.text.slice(parse.words[i - 1]?.end ?? w.start, w.start) === '') out += w.text
    else if (w.text === ',' && /[,;:]$/.test(out)) return
    // "testified [on March 18, 2026], that …": the comma that closed a cut date parts no verb from its clause.
    else if (w.text === ',' && parse.words[prev]!.pos === 'VERB' && parse.words[order[k + 1] ?? -1]?.lower === 'that') return
    else out += (w.text === ',' ? '' : ' ') + w.text
  })
  out = out
    .replace(/\s+([,;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[\s,;:—–-]+$/u, '')
  out = (abbreviationEnds(out) ? out : out.replace(/\.$/, '')).trim()
  // A quotation that runs on into the next sentence closes where the point ends: the slide shows its first part.
  const runsOn = order.find((i) => /^["“]$/.test(parse.words[i]!.text) && !partner.has(i) && parse.quoted[i + 1])
  if (runsOn !== undefined && !/["”]$/.test(out)) out += parse.words[runsOn]!.text === '“' ? '”' : '"'
  // One begun in the sentence before opens where the point begins.
  const runIn = runInQuoteEnd(parse.words)
  if (runIn > 0 && order.length && order[0]! < runIn) {
    const straight = parse.words[runIn]!.text === '"'
    out = `${straight ? '"' : '“'}${out}`
    if (!kept.has(runIn) && order.at(-1)! < runIn) out += straight ? '"' : '”'
  }
  return out.replace(/^(["'“‘(]*)(\p{Ll})/u, (_, open: string, c: string) => open + c.toUpperCase())
}

/**
 * The text ends on an abbreviation whose full stop is its own, not the sentence's: "… with Amazon.com, Inc.", "… in
 * the U.S." (the sentence splitter's list, ingest/sentences.ts).
 */
function abbreviationEnds(text: string): boolean {
  return ownsFullStop(/(\S+)\.$/.exec(text)?.[1]?.replace(/^.*[(“"]/, '') ?? '')
}
