/**
 * The one place where text is made inert for Mermaid (SLIDEV-NOTES §3). Labels always go inside double quotes
 * with synthetic node ids (`n1["…"]`), and every character that Mermaid or the label's HTML could read as syntax
 * becomes a Mermaid entity (`#35;`, `#quot;`), which Mermaid turns back into the character as text.
 */

/**
 * Characters written as `#<code>;`, in one pass so that the `#` and `;` of an inserted entity are never escaped
 * again: `#` becomes `#35;` as if it were replaced first (SLIDEV-NOTES §3), then `"`, `<`, `>` and the rest.
 * `$` too: Mermaid draws `$$…$$` in a label with KaTeX ("US $$ and $$ EU" showed as math).
 */
const RE_SPECIAL = /[#"<>&|;%`[\]{}()\\:=~*_/$]/g
const NAMED: Record<string, string> = { '#': '#35;', '"': '#quot;', '<': '#lt;', '>': '#gt;' }
const RE_LINE_BREAKS = /[\r\n\u2028\u2029\t\v\f]+/g

/**
 * Escapes text for a quoted Mermaid label: `n1["${mermaidLabel(t)}"]`, `-->|"${mermaidLabel(t)}"|`.
 * mermaidLabel('a "b" <c> #1') → 'a #quot;b#quot; #lt;c#gt; #35;1'
 */
export function mermaidLabel(text: string): string {
  // `[""]` and `|""|` do not parse: an empty label is a space
  return oneLine(text).replace(RE_SPECIAL, (c) => NAMED[c] ?? `#${c.charCodeAt(0)};`) || ' '
}

/**
 * Text for a place that takes no quotes: `accTitle:`, `accDescr:`, timeline periods and events. Mermaid
 * entities are not decoded there, so characters that could end the statement or start syntax are dropped or
 * replaced by look-alike punctuation, and the text is cut to `max` characters. Never empty.
 * mermaidPlain('a: b; c # d') → 'a – b, c d'
 */
export function mermaidPlain(text: string, max = 400): string {
  const plain = oneLine(text)
    // `$$…$$` would be drawn with KaTeX, and entities are not decoded here: a zero-width space parts each `$$`.
    .replace(/\$(?=\$)/g, '$\u200B')
    .replace(/:\s*/g, ' – ')
    .replace(/;/g, ',')
    .replace(/[#%{}<>"`\\|[\]]/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
  const cut = plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`
  // An empty `accTitle:` takes the next line as its text, and an empty timeline period or event does not parse.
  if (cut === '') return '–'
  // At the start of a timeline line, `title x`, `section x`, `timeline x` and `accTitle`/`accDescr` are statements
  // (in any case), and so
  // is a period "title" or "section" alone, which its ` : event` follows: a zero-width space in front keeps them
  // text. (The word "timeline" alone is left as it is here, because it is the usual accTitle; a period of exactly
  // "timeline" is guarded where periods are written.)
  return RE_LEADING_KEYWORD.test(cut) ? `\u200B${cut}` : cut
}

/** The timeline lexer's statements (mermaid 11 timeline grammar, case-insensitive). */
const RE_LEADING_KEYWORD = /^(?:title(?:\s|$)|section(?:\s|$)|timeline\b.|acc(?:title|descr)\b)/i

/** Control characters and bidi embeddings, overrides and isolates: dropped, as in escape.ts. */
const RE_UNSAFE_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

function oneLine(text: string): string {
  return text.replace(RE_UNSAFE_CHARS, '').replace(RE_LINE_BREAKS, ' ').replace(/\s{2,}/g, ' ').trim()
}

/** A synthetic node id: `nodeId(3)` → "n3". Never article text, so never `end`, `class` or `click`. */
export const nodeId = (i: number): string => `n${i}`
