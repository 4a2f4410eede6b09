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

/** Markdown punctuation that could start syntax (emphasis, links, headings, lists, tables, math, slots…). */
const RE_MARKDOWN_PUNCT = /[\\`*_\]()#+\-.!|~>$:]/g
/** Vue interpolation opens with `{{`; an empty HTML comment between the braces keeps it text. */
const RE_MUSTACHE = /\{(?=\{)/g

/** Escapes article text for a slide body or heading (one line). mdText('a {{ b }} <c>') → 'a {<!---->{ b }} &lt;c\>' */
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

/** Frontmatter values: JSON-quoted strings are valid YAML; `{{` is split so title renderers keep it literal. */
export function yamlString(text: string): string {
  return JSON.stringify(oneLine(text).replace(RE_MUSTACHE, '{\u200B'))
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
  // Backslashes first (they are in RE_MARKDOWN_PUNCT), entities last (their `#` must not be escaped).
  return text
    .replace(RE_MARKDOWN_PUNCT, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\[/g, '&#91;')
}

/** Article text never spans lines on a slide: a line break could start a separator, fence or slot. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\t\v\f]+/g, ' ').replace(/\s{2,}/g, ' ').trim()
}
