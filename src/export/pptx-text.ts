/**
 * How much room text takes on a PowerPoint slide, without a browser: the PPTX's overflow rule. The deck's rule is
 * that nothing sticks out of the slide (the tests measure every drawn slide); a PPTX is laid out by whichever
 * client opens it, so its type sizes are chosen here, before any client sees them, from the widths of the theme
 * font, Arial. Arial (or a metric twin: Liberation Sans on Linux) is on every PowerPoint, Keynote, Google Slides
 * and LibreOffice, so the same text breaks into the same lines everywhere and the estimate holds in each.
 *
 * fitFontSize([{ runs: [{ text: 'A point' }] }], { width: 700, height: 300 }, { max: 24, min: 14 }) → 24
 */

/** Advance widths of Arial (= Helvetica's metrics) for U+0020…U+007E, in thousandths of an em. */
const ARIAL_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]
const ARIAL_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
/** Punctuation beyond ASCII that briefings use (curly quotes, dashes, ellipsis…), regular weight. */
const ARIAL_EXTRA: Record<string, number> = {
  '\u2018': 222, '\u2019': 222, '\u201C': 333, '\u201D': 333, '\u2013': 556, '\u2014': 1000, '\u2026': 1000,
  '\u00B7': 278, '\u2022': 350, '\u00A0': 278, '\u2032': 191, '\u00AB': 556, '\u00BB': 556, '\u20AC': 556,
  '\u00A3': 556, '\u00B0': 400, '\u00D7': 584, '\u2192': 1000, '\u2212': 584,
}
/** Characters of unknown width are taken as this wide: wider than any Latin lower-case letter of Arial. */
const UNKNOWN_WIDTH = 650
/** Wide scripts (CJK ideographs, kana, Hangul, full-width forms) and pictographs take a full em. */
const RE_FULL_WIDTH = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u
const RE_COMBINING = /\p{M}/u

/**
 * Line height of single-spaced Arial as a multiple of the type size. Arial's ascent, descent and line gap make
 * 1.15; PowerPoint and LibreOffice round up differently, so 1.2 leaves a margin.
 */
export const LINE_HEIGHT = 1.2

/** The width of `text` at `sizePt`, in points. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const table = bold ? ARIAL_BOLD : ARIAL_REGULAR
  let units = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code >= 0x20 && code <= 0x7e) units += table[code - 0x20]!
    else if (ARIAL_EXTRA[ch] !== undefined) units += ARIAL_EXTRA[ch]! * (bold ? 1.05 : 1)
    else if (RE_COMBINING.test(ch)) continue
    else if (RE_FULL_WIDTH.test(ch)) units += 1000
    else {
      // An accented Latin letter is as wide as its base letter.
      const base = ch.normalize('NFD').codePointAt(0)!
      units += base >= 0x20 && base <= 0x7e ? table[base - 0x20]! : UNKNOWN_WIDTH
    }
  }
  return (units / 1000) * sizePt
}

/** A stretch of text in one style; a paragraph is a list of them. */
export interface TextRun {
  text: string
  bold?: boolean
  /** Size relative to the paragraph's type size (a source reference is smaller). */
  scale?: number
}

export interface TextParagraph {
  runs: TextRun[]
  /** Room before the text for a bullet or a number, in points. */
  indent?: number
}

export interface TextBox {
  /** The room for text inside the box (its size less its insets), in points. */
  width: number
  height: number
}

export interface FitOptions {
  /** The preferred type size, in points. */
  max: number
  /** The smallest type size allowed. */
  min: number
  /** Space between paragraphs, as a multiple of the type size. */
  paragraphGap?: number
  /** Line spacing as a multiple of single spacing. */
  lineSpacing?: number
}

/**
 * How many lines `paragraph` takes at `sizePt` in a column `width` points wide: words are wrapped greedily as the
 * clients do, and a word longer than a line is broken where it meets the edge.
 */
export function countLines(paragraph: TextParagraph, sizePt: number, width: number): number {
  const room = width - (paragraph.indent ?? 0)
  let lines = 1
  let used = 0
  for (const run of paragraph.runs) {
    const size = sizePt * (run.scale ?? 1)
    for (const token of run.text.split(/(\s+)/)) {
      if (token === '') continue
      const w = textWidth(/^\s+$/.test(token) ? ' ' : token, size, run.bold)
      if (/^\s+$/.test(token)) {
        if (used > 0) used += w
        continue
      }
      if (used + w <= room) {
        used += w
        continue
      }
      // The space before the word was already counted; it hangs at the line's end, as in the clients.
      if (used > 0) lines++
      used = 0
      if (w <= room) {
        used = w
        continue
      }
      // A word wider than the line is broken character by character.
      for (const ch of token) {
        const c = textWidth(ch, size, run.bold)
        if (used + c > room && used > 0) {
          lines++
          used = 0
        }
        used += c
      }
    }
  }
  return lines
}

/** The height of `paragraphs` at `sizePt` in a column `width` points wide, in points. */
export function textHeight(paragraphs: TextParagraph[], sizePt: number, width: number, options: Omit<FitOptions, 'max' | 'min'> = {}): number {
  const line = sizePt * LINE_HEIGHT * (options.lineSpacing ?? 1)
  const gap = sizePt * (options.paragraphGap ?? 0)
  const lines = paragraphs.reduce((sum, p) => sum + countLines(p, sizePt, width), 0)
  return lines * line + Math.max(0, paragraphs.length - 1) * gap
}

/** Type sizes are chosen in steps of this many points. */
const SIZE_STEP = 0.5

/**
 * The largest type size from `max` down to `min` at which `paragraphs` fit `box`; `min` when even that does not
 * fit (the draft's limits, five points of about 26 words, keep that from happening on any slide it makes).
 */
export function fitFontSize(paragraphs: TextParagraph[], box: TextBox, options: FitOptions): number {
  for (let size = options.max; size > options.min; size -= SIZE_STEP)
    if (textHeight(paragraphs, size, box.width, options) <= box.height) return size
  return options.min
}

/** True when `paragraphs` fit `box` at `sizePt`. */
export function fits(paragraphs: TextParagraph[], box: TextBox, sizePt: number, options: Omit<FitOptions, 'max' | 'min'> = {}): boolean {
  return textHeight(paragraphs, sizePt, box.width, options) <= box.height
}
