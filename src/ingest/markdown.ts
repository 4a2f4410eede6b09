/**
 * Markdown input: optional YAML front matter for metadata, then the text blocks of the Markdown itself, read from
 * markdown-it's tokens.
 */
import type MarkdownItType from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { parse as parseYaml } from 'yaml'
import type { ArticleMeta } from '../types.ts'
import { clean, fieldsOf, foldSpace, headlineAbove, isLabel, lazy, MIN_FIELDS, mostlyLinkText, type Block, type RawDocument } from './blocks.ts'
import chrome from '../../data/ingest/chrome.json' with { type: 'json' }

const MarkdownIt = lazy<typeof MarkdownItType>('markdown-it', (m) => m.default ?? m)

const RE_FRONTMATTER = /^---\n([\s\S]*?)\n---\n/

/**
 * "[Association of American Universities](https://…)and the [Association …]", "The DOJ [alleged](https://…)that
 * Uber …": a converted page may lose the space between a link and the word after it, which would glue two words into
 * one ("Universitiesand", "allegedthat"). A word of two letters or more after a link that ends on a letter, a figure
 * or a sentence's mark is a word of its own; an ending is not ("[API](…)s", "[audit](…)ed", data/ingest/chrome.json
 * linkEndings).
 */
const RE_GLUED_LINK = /(\[[^\]]*[\p{L}\p{N}.!?]\]\((?:[^()\s]|\([^()\s]*\))*\))(?=(\p{L}+))/gu
const LINK_ENDINGS = new Set(chrome.linkEndings)
const spaceAfterLinks = (markdown: string): string =>
  markdown.replace(RE_GLUED_LINK, (link: string, _: string, word: string) => (word.length >= 2 && !LINK_ENDINGS.has(word) ? `${link} ` : link))

/**
 * Bold runs a converted page wrote back to back, or left empty, leave runs of four or six stars that CommonMark cannot
 * pair, and the reader would see them ("**.**", "Fund****supports"). On a line that has such a run, the marks are read
 * in order, knowing whether a bold run is open:
 * - inside one, four stars close it and open the next, and the runs join: "**Overseeing the Strategy****.**",
 *   "**Type of ****t****hreat**" (a space goes back between a lower-case letter and a capital: "**Nutrition
 *   Incentive****Program**" is two words);
 * - outside one, four stars are an empty bold run, which held the space between two words: "Trade Fund****supports";
 * - six close the run and add an empty one: "**Sources:******Public Law …" reads "**Sources:** Public Law …";
 * - a space before a closing mark goes after it ("**Sources: **EPA"): CommonMark cannot close a run after a space.
 */
const RE_STAR_RUN = /\*+/g
const RE_LONG_STAR_RUN = /\*{4,}/
function mendStrongRuns(line: string): string {
  if (!RE_LONG_STAR_RUN.test(line) || /^[\s*]*$/.test(line)) return line
  let out = ''
  let from = 0
  let open = false
  for (const m of line.matchAll(RE_STAR_RUN)) {
    const stars = m[0].length
    let before = line.slice(from, m.index)
    const next = line[m.index + stars] ?? ''
    from = m.index + stars
    if (stars === 1 || stars % 2 === 1) {
      out += before + m[0]
      if (stars === 3) open = !open
      continue
    }
    const previous = before.at(-1) ?? out.at(-1) ?? ''
    let mark: string
    if (stars === 2) {
      mark = '**'
      // A closing mark after a space: the space goes after it.
      if (open && /\s$/.test(before) && /\S/.test(next)) {
        before = before.trimEnd()
        mark = '** '
      }
      open = !open
    } else if ((stars / 2) % 2 === 0) {
      // Close and open again (inside a run) or an empty run (outside one): the run goes on as it was.
      const space = open ? /\p{Ll}/u.test(previous) && /\p{Lu}/u.test(next) : /\S/.test(previous) && /[^\s.,;:!?)\]]/u.test(next)
      mark = space ? ' ' : ''
    } else {
      // An odd number of pairs: the run's state flips, with an empty run that held a space.
      const space = /\S/.test(previous) && /[^\s.,;:!?)\]]/u.test(next)
      mark = open ? `**${space ? ' ' : ''}` : `${space ? ' ' : ''}**`
      open = !open
    }
    out += before + mark
  }
  return out + line.slice(from)
}
const joinAdjacentStrong = (markdown: string): string => markdown.split('\n').map(mendStrongRuns).join('\n')

/**
 * "**Notes: **Table includes …", "**Export Programs. **Critics claim …", "**Nutrition Program **grants",
 * "what's* actually* happening": a converted page may put the space that followed an emphasis inside its closing mark
 * (or the one before it inside its opening mark). CommonMark then cannot pair the
 * marks and the reader would see the stars; the space goes back where it was.
 */
const RE_LABEL_SPACE_IN = /(\*\*)(\p{L}[^*\n]{0,80}?:)([ \t\u00A0]+)\*\*(?=\S)/gu
/** The same for any bold run that a word follows (not a link: "**In 2025, the minister **[pledged](…)** to …" is one run). */
const RE_RUN_SPACE_IN = /(?<![\p{L}\p{N}*])(\*\*)(\p{L}[^*\n]{0,80}?\S)([ \t\u00A0]+)\*\*(?=\p{L})/gu
const RE_EMPHASIS_SHIFTED = /(?<=\p{L})(\*{1,2})[ \t\u00A0](\p{L}[^*\n]{0,60}?\p{L})\1(?=[ \t\u00A0])/gu
const respaceEmphasis = (markdown: string): string =>
  markdown.replace(RE_LABEL_SPACE_IN, '$1$2**$3').replace(RE_RUN_SPACE_IN, '$1$2**$3').replace(RE_EMPHASIS_SHIFTED, ' $1$2$1')

/**
 * "March 13<sup>th</sup>", "<b>900 pounds</b>", "line<br>break": Markdown may hold inline HTML for formatting, which
 * markdown-it (HTML off, so nothing of a page's markup runs) would keep as text and a slide would show, tags and all.
 * The tags of inline formatting go, their words stay; a line break is a space.
 */
const RE_INLINE_FORMAT_TAG = /<\/?(?:sup|sub|b|strong|i|em|u|small|span|mark|abbr|s|del|ins|font|cite|q)(?:\s[^<>\n]*)?>/gi
const RE_BREAK_TAG = /<br\s*\/?>/gi
const withoutFormatTags = (markdown: string): string => markdown.replace(RE_BREAK_TAG, ' ').replace(RE_INLINE_FORMAT_TAG, '')

/** Markdown: optional YAML front matter gives metadata; markdown-it's tokens are read as blocks. */
export function markdownToBlocks(markdown: string): RawDocument {
  const fm = markdown.match(RE_FRONTMATTER)
  const meta = fm ? frontmatterMeta(fm[1]!) : {}
  const tokens = new (MarkdownIt())({ html: false, linkify: false }).parse(respaceEmphasis(joinAdjacentStrong(spaceAfterLinks(withoutFormatTags(fm ? markdown.slice(fm[0].length) : markdown)))), {})
  return { blocks: tokenBlocks(tokens, !!meta.title), meta }
}

/**
 * The text blocks of a token stream, in order: each run of inline text is a block, a heading if it is a
 * heading's, else a paragraph (a list item's or a quotation's text included). Code and table cells are not text
 * to read. The same blocks a browser's page of the rendered HTML would give, read without building the page: a
 * 100k-word article is read in a tenth of a second instead of seconds, and without holding its page in memory.
 */
function tokenBlocks(tokens: Token[], hasTitle = false): Block[] {
  const blocks: Block[] = []
  let cells = 0
  let heading: number | undefined
  // How many quotation blocks ("> ") the text is inside.
  let quotation = 0
  const titled = hasTitle || tokens.some((t) => t.type === 'heading_open' && t.tag === 'h1')
  for (const token of tokens) {
    if (token.type === 'th_open' || token.type === 'td_open') cells++
    else if (token.type === 'th_close' || token.type === 'td_close') cells--
    else if (token.type === 'heading_open') heading = Number(token.tag.slice(1))
    else if (token.type === 'heading_close') heading = undefined
    else if (token.type === 'blockquote_open') quotation++
    else if (token.type === 'blockquote_close') quotation = Math.max(0, quotation - 1)
    else if (token.type === 'inline' && cells === 0) {
      // A file with no title heading whose first line is a headline, the text on the next: that line is the title.
      const headline = !titled && blocks.length === 0 && heading === undefined ? headlineLine(token.children ?? []) : undefined
      if (headline) blocks.push({ type: 'heading', text: headline.text, level: 1 })
      const children = headline ? headline.rest : (token.children ?? [])
      const parts = heading === undefined ? runInParts(children) : [{ tokens: children }]
      for (const part of parts) {
        const block = inlineBlock(part.tokens, part.heading ? 0 : heading)
        if (block) blocks.push(part.heading ? { type: 'heading', text: block.text } : block.type === 'paragraph' && quotation > 0 ? { ...block, quoted: true } : block)
      }
    }
  }
  return blocks
}

/** A first line that is the title above the text on the next line (blocks.ts headlineAbove), and the rest. */
function headlineLine(children: Token[]): { text: string; rest: Token[] } | undefined {
  const br = children.findIndex((t) => isBreak(t))
  if (br <= 0) return undefined
  const text = foldSpace(children.slice(0, br).map(shownText).join(''))
  const rest = children.slice(br + 1)
  return headlineAbove(text, foldSpace(rest.map(shownText).join(''))) ? { text, rest } : undefined
}

/** One run of inline text as a block: its text as a browser shows it, unless it is mostly links. */
function inlineBlock(children: Token[], heading: number | undefined): Block | undefined {
  const text = foldSpace(children.map(shownText).join(''))
  if (!text) return undefined
  if (mostlyLinkText(text, spans(children, 'link').map((link) => link.map(shownText).join('')))) return undefined
  if (heading !== undefined) return { type: 'heading', text, level: heading }
  const fields = labelledFields(children)
  return { type: 'paragraph', text, ...(fields ? { fields } : {}) }
}

/** Words a bold run may have and still be a subheading run into its paragraph. */
const MAX_RUN_IN_HEADING_WORDS = 12
const RE_SENTENCE_END = /[.!?"”’)\]]$/u
/** Words no subheading ends on: an article, a preposition or a conjunction leads on to more of its sentence. */
const RUN_ON_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'with', 'in', 'on', 'at', 'by', 'from', 'its', 'their', 'our'])
const isBreak = (t: Token | undefined) => t?.type === 'softbreak' || t?.type === 'hardbreak'

/**
 * A paragraph's inline tokens cut where a converted page ran a subheading or a picture into it:
 * - "… of Anthropic.**Basic Structure**The Trust is …": a bold run glued to the sentence before it and to the
 *   capital after it, or alone on its line ("**Our approach**⏎We began …"), is a subheading: a few words without
 *   a sentence's closing stop or a label's colon;
 * - "Claude for Education![…](…)⏎Today we're launching …": a picture that ends its line ends the text before it.
 * Anything else (a bold phrase inside a sentence, a bold label before its text, "**SECURING OUR INTERESTS:** At a
 * time …") stays in the paragraph.
 */
function runInParts(children: Token[]): Array<{ tokens: Token[]; heading?: boolean }> {
  const parts: Array<{ tokens: Token[]; heading?: boolean }> = []
  let from = 0
  const textOf = (tokens: Token[]) => tokens.map(shownText).join('')
  for (let i = 0; i < children.length; i++) {
    const token = children[i]!
    if (token.type === 'image' && isBreak(children[i + 1]) && textOf(children.slice(from, i)).trim()) {
      parts.push({ tokens: children.slice(from, i) })
      from = i + 1
      continue
    }
    if (token.type !== 'strong_open') continue
    const close = children.findIndex((t, k) => k > i && t.type === 'strong_close' && t.level === token.level)
    if (close < 0) break
    const run = foldSpace(textOf(children.slice(i + 1, close)))
    const before = textOf(children.slice(from, i))
    // (markdown-it leaves empty text tokens around a run's marks.)
    const next = children.slice(close + 1).find((t) => !(t.type === 'text' && t.content === ''))
    const previous = children.slice(from, i).findLast((t) => !(t.type === 'text' && t.content === ''))
    const after = next?.type === 'text' ? next.content : ''
    const words = run.split(' ').length
    // ("**Released a**⏎[**guide**](…) **for designing …**": a run ending on a function word goes on past its line.)
    const headingLike = /\p{L}/u.test(run) && words <= MAX_RUN_IN_HEADING_WORDS && !/[.!?;,:]$/u.test(run) && !RUN_ON_WORDS.has(run.split(' ').at(-1)!.toLowerCase())
    const lineStart = !before.trim() || isBreak(previous)
    const opens = lineStart || RE_SENTENCE_END.test(before)
    const standsAlone = (lineStart && isBreak(next)) || (opens && /^\p{Lu}/u.test(after))
    if (headingLike && opens && standsAlone && textOf(children.slice(close + 1)).trim()) {
      if (before.trim()) parts.push({ tokens: children.slice(from, i) })
      parts.push({ tokens: children.slice(i + 1, close), heading: true })
      from = close + 1
      i = close
    }
  }
  parts.push({ tokens: children.slice(from) })
  return parts
}

/** What an inline token shows: text and code as written, a line break as a break, nothing for markup. */
const shownText = (token: Token): string =>
  token.type === 'text' ? withoutStrayMarks(token.content) : token.type === 'code_inline' ? token.content : token.type === 'softbreak' || token.type === 'hardbreak' ? '\n' : ''

/**
 * Emphasis marks Markdown could not pair, left in the text by a converter that wrapped part of a word or its
 * punctuation ("balance_-of-_payments", "deficit__s", "recall it voluntarily_._", "Launch** (NSSL)**"): a run of
 * two or more asterisks or underscores, and an underscore at a word's edge, are marks, not text. An underscore
 * between two letters or digits stays ("node_modules"), as does a single asterisk (a footnote's mark).
 */
function withoutStrayMarks(text: string): string {
  return text.replace(RE_STRAY_MARKS, '')
}
const RE_STRAY_MARKS = /\*{2,}|_{2,}|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu

/** The tokens inside each `<kind>_open` … `<kind>_close` pair at the top level of `children`. */
function spans(children: Token[], kind: string): Token[][] {
  const found: Token[][] = []
  let depth = 0
  let current: Token[] = []
  for (const token of children) {
    if (token.type === `${kind}_open` && depth++ === 0) current = []
    else if (token.type === `${kind}_close` && --depth === 0) found.push(current)
    else if (depth > 0) current.push(token)
  }
  return found
}

/** "**Publication Date:** 04/22/2026 **Author(s):** …": each bold label with the text up to the next label. */
function labelledFields(children: Token[]): Record<string, string> | undefined {
  const labelled: Array<{ label: string; value: string }> = []
  let depth = 0
  let bold = ''
  for (const token of children) {
    if (token.type === 'strong_open' && depth++ === 0) bold = ''
    else if (token.type === 'strong_close' && --depth === 0) {
      if (isLabel(bold)) labelled.push({ label: bold, value: '' })
      else if (labelled.length) labelled.at(-1)!.value += bold
    } else if (depth > 0) bold += shownText(token)
    else if (labelled.length) labelled.at(-1)!.value += shownText(token)
  }
  return labelled.length >= MIN_FIELDS ? fieldsOf(labelled) : undefined
}


function frontmatterMeta(yamlText: string): Partial<ArticleMeta> {
  let data: unknown
  try {
    // Silent: a tag yaml does not know (`!foo`) is read as plain data, and its warnings are no user's business.
    data = parseYaml(yamlText, { logLevel: 'silent' })
  } catch {
    return {}
  }
  if (!data || typeof data !== 'object') return {}
  const d = data as Record<string, unknown>
  const str = (...keys: string[]) => {
    for (const k of keys) if (typeof d[k] === 'string' || typeof d[k] === 'number') return clean(String(d[k]))
    return undefined
  }
  return {
    title: str('title'),
    author: str('author', 'authors', 'byline'),
    publisher: str('publisher', 'site', 'source'),
    licence: str('licence', 'license'),
    url: str('url', 'link', 'canonical'),
    date: str('date', 'published'),
  }
}

