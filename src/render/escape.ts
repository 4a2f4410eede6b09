/**
 * The one place where article text is made inert for Slidev. Each target has its own function, and every
 * renderer uses these, never its own escaping (SLIDEV-NOTES §2 lists what each case broke when left raw).
 *
 * - `mdText`: slide bodies and headings — Markdown compiled to a Vue template.
 * - `noteText`: speaker notes — Markdown rendered to raw HTML inside an HTML comment, not compiled by Vue.
 * - `yamlString`: frontmatter values.
 * - `vueProp`: a component prop bound with `:prop="…"`.
 * Mermaid labels are escaped in `mermaid.ts`.
 */

/**
 * Markdown-it syntax that article text could trigger inside one line of inline content. Each rule names what it
 * defuses; the rest of the punctuation is left alone so that titles read cleanly in Slidev's parsed data.
 */
const INLINE_RULES: Array<[RegExp, string]> = [
  // emphasis, code, strikethrough, math, tables, link ends, backslashes themselves
  [/[\\`*_~$|\]]/g, '\\$&'],
  // typographer: -- and --- become dashes, +- becomes ±, (c) (r) (tm) (p) become symbols, ... becomes …
  [/-(?=-)|(?<=-)-/g, '\\-'],
  [/\+(?=-)/g, '\\+'],
  [/\((?=(?:c|r|tm|p)\))/gi, '\\('],
  [/\.(?=\.)/g, '\\.'],
  // typographer: ,, becomes , and a run of four or more ? and ! is cut to three
  [/,(?=,)/g, '\\,'],
  [/[?!](?=[?!])/g, '\\$&'],
  // MDC/slot sugar ::name::
  [/:(?=:)/g, '\\:'],
  // linkify: a dot inside a word ("example.com", "a@b.org") or a scheme's colon ("https://") breaks the link
  [/\.(?=[\p{L}\p{N}])/gu, '\\.'],
  [/:(?=\/\/)/g, '\\:'],
  // linkify's other schemes: "mailto:a@b" and "//host/path" become links even without a dot
  [/(?<=mailto):/gi, '\\:'],
  [/\/(?=\/)/g, '\\/'],
]
/** Block syntax that only counts at the start of a line: headings, quotes, lists, setext underlines. */
const RE_BLOCK_START = /^(?:[#>+\-=*]|\d+(?=[.)]))/
/** Hashes at the end of a line after a space close an ATX heading, and vanish. */
const RE_CLOSING_HASHES = /(\s)(#+)$/
/** Vue interpolation opens with `{{`; an empty HTML comment between the braces keeps it text. */
const RE_MUSTACHE = /\{(?=\{)/g

/** Escapes article text for a slide body or heading (one line). mdText('a {{ b }} <c> *d*') → 'a {<!---->{ b }} &lt;c> \*d\*' */
export function mdText(text: string): string {
  return commonEscape(oneLine(text)).replace(RE_MUSTACHE, '{<!---->')
}

/**
 * Escapes article text for speaker notes. Notes are not compiled by Vue, so `{{` stays as it is; `-->` would
 * close the comment and `[click]` would become a click marker, and both are broken by the escapes below.
 */
export function noteText(text: string): string {
  return commonEscape(oneLine(text))
}

/**
 * Frontmatter values: JSON-quoted strings are valid YAML. Slidev renders the headmatter's `title` as Markdown
 * compiled by Vue (its title renderer, behind `<Toc>` and the go-to dialog) and `info` as Markdown with HTML (the
 * info dialog), so the text is Markdown-escaped as in `mdText`; a raw `<img src=x>` in an article's title failed
 * `slidev build`. `{{` is split with a zero-width space, which stays invisible in `document.title` (Slidev reduces
 * the title's Markdown to text there, dropping the backslashes).
 */
export function yamlString(text: string): string {
  return JSON.stringify(commonEscape(oneLine(text)).replace(RE_MUSTACHE, '{\u200B'))
}

/** A value for a bound component prop, `:prop="${vueProp(v)}"`: JSON, then HTML-attribute escaped. */
export function vueProp(value: unknown): string {
  return JSON.stringify(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** A value for a plain (unbound) component attribute. */
export function htmlAttr(text: string): string {
  return oneLine(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function commonEscape(text: string): string {
  let out = text
  for (const [re, replacement] of INLINE_RULES) out = out.replace(re, replacement)
  out = out.replace(RE_BLOCK_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`))
  // a heading's closing sequence: "Title #" would show as "Title"
  out = out.replace(RE_CLOSING_HASHES, '$1\\$2')
  // Entities last: their `#` and `;` must not be escaped, and `&` first among them.
  return out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\[/g, '&#91;')
}

/**
 * The text a reader sees for a line written by `mdText` (used where Slidev hands back raw Markdown, such as a
 * slide's parsed title). plainText(mdText(s)) === s for one-line s.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{<!---->/g, '{')
    .replace(/\\(.)/gu, '$1')
    .replace(/&#91;/g, '[')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
}

/**
 * Characters a terminal or a browser acts on instead of showing: C0 controls but white space (ESC, BEL, …), DEL,
 * C1 controls, and the bidi embeddings, overrides and isolates (an unclosed U+202E reverses the rest of the line,
 * its citation included). Dropped here too for outlines edited by hand; ingest drops them from articles.
 */
const RE_UNSAFE_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

/** Article text never spans lines on a slide: a line break could start a separator, fence or slot. */
function oneLine(text: string): string {
  return text.replace(RE_UNSAFE_CHARS, '').replace(/[\r\n\u2028\u2029\t\v\f]+/g, ' ').replace(/\s{2,}/g, ' ').trim()
}
