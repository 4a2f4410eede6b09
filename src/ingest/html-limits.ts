/**
 * What an HTML page costs to read, measured and bounded before anything parses it. The HTML parser (jsdom's
 * parse5) and Readability take time that grows with the nesting depth of every element, and Readability (on
 * jsdom) time that grows faster than the number of elements: 2,000 nested `<div>`s around one paragraph took
 * minutes, 10,000 overflowed the stack, and 20,000 paragraphs inside a deep wrapper took over a minute.
 *
 * - Depth: as Chromium does at 512 levels, elements beyond MAX_HTML_DEPTH are not nested further: their start
 *   and end tags are dropped and their content stays, in the element at the limit. Text is never removed.
 * - Elements: counted here, so that the reader can choose how to read the page (see blocks.ts) or refuse it.
 *
 * One pass over the text with indexOf (no backtracking regular expression), so its cost is linear in the size.
 *
 * capHtmlDepth('<div><div><p>x</p></div></div>', 1) → { html: '<div><p>x</p></div>', dropped: 1, elements: 3 }
 */

/**
 * Deeper than article pages need (their text sits some 10–30 levels down; wrappers beyond this only lose their
 * nesting), shallow enough for Readability.
 */
export const MAX_HTML_DEPTH = 32

/** Elements that never have content. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '))
/**
 * Elements whose end tag may be left out: the parser closes them when a sibling starts, so they cannot nest in
 * themselves and do not count towards the depth (a page of 500 unclosed `<p>`s is flat, not 500 deep).
 */
const OPTIONAL_END = new Set('p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp rtc html head body'.split(' '))
/** Elements whose content is text to the parser: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext'])
const RE_NAME_CHAR = /[^\s/>]/
/**
 * Formatting elements left open are re-created by the parser in every block that follows (HTML's "reconstruct the
 * active formatting elements"): 30 unclosed `<b id=…>` before 50,000 paragraphs would make 1.5 million elements.
 * Beyond this many open at once, they are flattened like elements beyond the depth limit.
 */
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '))
export const MAX_OPEN_FORMATTING = 8

export interface CappedHtml {
  html: string
  /** How many elements were flattened into their ancestor at the limit. */
  dropped: number
  /** How many elements the page has (start tags outside comments, scripts and styles). */
  elements: number
}

export function capHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): CappedHtml {
  // ASCII only: full Unicode lower-casing can change the length ('İ' → 'i̇'), and offsets must match `html`.
  const lower = html.replace(/[A-Z]+/g, (s) => s.toLowerCase())
  const out: string[] = []
  /** The open elements that count, innermost last; `kept` says whether their start tag was written. */
  const open: Array<{ name: string; kept: boolean }> = []
  const openCount = new Map<string, number>()
  let depth = 0
  let openFormatting = 0
  let dropped = 0
  let elements = 0
  let copied = 0
  let i = lower.indexOf('<')
  while (i >= 0 && i < html.length) {
    if (lower.startsWith('<!--', i)) {
      const close = lower.indexOf('-->', i + 4)
      if (close < 0) break
      i = lower.indexOf('<', close + 3)
      continue
    }
    const isEnd = lower[i + 1] === '/'
    const nameStart = i + (isEnd ? 2 : 1)
    if (!/[a-z]/.test(lower[nameStart] ?? '')) {
      i = lower.indexOf('<', i + 1)
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < lower.length && RE_NAME_CHAR.test(lower[nameEnd]!)) nameEnd++
    const name = lower.slice(nameStart, nameEnd)
    const tagEnd = endOfTag(lower, nameEnd)
    if (tagEnd < 0) break
    if (!isEnd) elements++
    if (isEnd) {
      if ((openCount.get(name) ?? 0) > 0) {
        // Close down to the matching element, as the parser does for an end tag of an open element.
        let entry
        do {
          entry = open.pop()!
          openCount.set(entry.name, openCount.get(entry.name)! - 1)
          if (entry.kept) depth--
          if (entry.kept && FORMATTING.has(entry.name)) openFormatting--
        } while (entry.name !== name)
        if (!entry.kept) {
          out.push(html.slice(copied, i))
          copied = tagEnd
        }
      }
    } else if (RAW_TEXT.has(name)) {
      // Its content is text, up to its own end tag (then read as an end tag of nothing open): it holds no elements,
      // and it is never flattened (a script's code must not become text).
      const close = lower.indexOf(`</${name}`, tagEnd)
      if (close < 0) break
      i = close
      continue
    } else if (!VOID.has(name) && !OPTIONAL_END.has(name) && !selfClosingForeign(lower, tagEnd, openCount)) {
      const kept = depth < maxDepth && !(FORMATTING.has(name) && openFormatting >= MAX_OPEN_FORMATTING)
      open.push({ name, kept })
      openCount.set(name, (openCount.get(name) ?? 0) + 1)
      if (kept) {
        depth++
        if (FORMATTING.has(name)) openFormatting++
      } else {
        dropped++
        out.push(html.slice(copied, i))
        copied = tagEnd
      }
    }
    i = lower.indexOf('<', tagEnd)
  }
  out.push(html.slice(copied))
  return { html: dropped ? out.join('') : html, dropped, elements }
}

/** `<path/>` inside SVG or MathML closes itself (in HTML, `<div/>` does not). */
function selfClosingForeign(lower: string, tagEnd: number, openCount: Map<string, number>): boolean {
  return lower[tagEnd - 2] === '/' && ((openCount.get('svg') ?? 0) > 0 || (openCount.get('math') ?? 0) > 0)
}

/** The offset just after the `>` that ends a tag whose name ends at `from` (quoted attribute values skipped), or -1. */
function endOfTag(lower: string, from: number): number {
  let quote: string | undefined
  for (let i = from; i < lower.length; i++) {
    const c = lower[i]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") {
      // Only a quote that opens an attribute value (after `=`) quotes; a stray one is a character of a name.
      if (/=\s*$/.test(lower.slice(Math.max(from, i - 8), i))) quote = c
    } else if (c === '>') return i + 1
  }
  return -1
}
