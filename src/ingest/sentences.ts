import abbreviations from '../../data/ingest/abbreviations.json' with { type: 'json' }
import lostLists from '../../data/ingest/lost-lists.json' with { type: 'json' }
import { boundSentence } from './long-sentences.ts'

/**
 * Sentence splitting, parse-latin style: find every candidate boundary (terminal punctuation, closing quotes,
 * then white space), then let a short ordered list of rules veto it; last, a sentence too long for the later passes
 * is split into pieces (long-sentences.ts). Returns `[start, end)` offsets into `text`.
 *
 * splitSentences('Dr. Li met the U.S. envoy. He said “no.” Then left.') → 3 spans
 */

/**
 * A candidate boundary: terminal punctuation, optional closing quotes/brackets and footnote marks ("…
 * environments.[3] Victim organizations …"), then white space; a full stop that a capitalised word follows with no
 * space, in text copied without its spaces: after a lower-case letter or a
 * bracket ("… when deemed appropriate (21 U.S.C. §350l).FDA must submit …"), or after a digit when the word goes
 * on in lower case ("… held in April 2025.The incumbent …", not "Figure 2.A1"); or the full-width punctuation of
 * Chinese and Japanese (。！？), which needs no space after it; or, in a table's cells run together, a closing bracket
 * glued to the next capitalised word ("… Assistance (AMA)Land retirement programs …": prose puts a space there; "(a)The"
 * with one letter in the brackets is a list's label).
 */
const RE_BOUNDARY = /([.!?…]+)((?:["'”’)\]]|\[\d{1,3}\])*)(\s+|(?<=[\p{Ll})\]]\.)(?=\p{Lu}\p{L})|(?<=\p{N}\.)(?=\p{Lu}\p{Ll}))|([。！？]+)(["'”’」』）)\]]*)(\s*)|(?<=\p{L}{2})(\))(?=\p{Lu}\p{Ll})/gu
/**
 * A colon after a word no clause ends on (data/ingest/lost-lists.json), then a capitalised word: the list of items
 * the colon led into was lost in the copy, and the next sentence starts there ("… includes: Additionally, the
 * settlement requires …").
 */
const RE_LOST_LIST = new RegExp(`(?<=\\b(?:${lostLists.leads.join('|')})):(\\s+)(?=\\p{Lu}\\p{Ll})`, 'giu')
const RE_LOST_LIST_END = new RegExp(`\\b(?:${lostLists.leads.join('|')}):\\s*$`, 'iu')

/** The sentence ends on a colon after a word no clause ends on ("… includes:", "… will:"): the lead-in of a lost list. */
export function endsOnLostList(text: string): boolean {
  return RE_LOST_LIST_END.test(text)
}

const RE_INITIAL = /^[A-Z]$/
const RE_DOTTED_ACRONYM = /^(?:\p{L}\.){1,}\p{L}$/u
/** A capital's abbreviation chained to words by dots: "H.Con" and "H.Con.Res" of "H.Con.Res. 113", "S.J.Res". */
const RE_ABBREVIATION_CHAIN = /^\p{Lu}\.(?:\p{L}+\.)*\p{L}+$/u
/** A sentence cannot start in lower case (other scripts, digits and symbols can start one). */
const RE_NEXT_LOWERCASE = /^["'“‘(\[]*[\p{Ll},;:]/u
/** After a dotted acronym ("U.S."), only these words make us believe a new sentence starts. */
const SENTENCE_STARTERS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'However', 'In', 'On',
  'At', 'A', 'An', 'As', 'Its', 'Their', 'His', 'Her', 'Our', 'There', 'Yet', 'So', 'Still', 'Meanwhile',
])

/** Abbreviations written with a full stop of their own ("Inc.", "Dr."); a month's ("Jan.") is no sentence end either. */
const OWN_STOP = new Set<string>([...abbreviations.titles, ...abbreviations.other])
const NON_TERMINAL = new Set<string>([...OWN_STOP, ...abbreviations.months])
const BEFORE_QUOTE = new Set<string>(abbreviations.beforeQuote)
/** An opening quotation mark, then a capital: a quotation that starts a sentence. */
const RE_QUOTE_OPENS = /^[“"‘]\p{Lu}/u
const BEFORE_NUMBERS = new Set<string>(abbreviations.beforeNumbers)

interface Candidate {
  /** The word right before the punctuation (without it). */
  word: string
  punctuation: string
  /** Text after the white space. */
  next: string
}

type Rule = (c: Candidate) => boolean

/** A capitalised word or an acronym, then a lower-case word that is no connector of a name ("ACT currently …"). */
const RE_SUBJECT_OPENS = /^\p{Lu}[\p{L}-]*\s+(?!(?:of|and|for|de|du|la|von|van)\b)\p{Ll}/u

/** Words that open a sentence with a phrase or a clause before its subject ("Under the order, …", "After the vote, …"). */
const CLAUSE_OPENERS = new Set(['Under', 'After', 'Before', 'Since', 'During', 'While', 'When', 'If', 'Although', 'Despite', 'Following', 'According'])

/** The first word of the text after a candidate boundary ("The", "Under"), or "". */
const nextWord = (c: Candidate) => c.next.match(/^[\p{L}']+/u)?.[0] ?? ''

/** Ordered vetoes: each returns true when the candidate is NOT a sentence boundary. */
const VETOES: Rule[] = [
  function lowercaseFollows(c) {
    return RE_NEXT_LOWERCASE.test(c.next)
  },
  // ". . ." (a spaced ellipsis, as legal writing marks an omission): a dot followed by another is inside it.
  function spacedEllipsis(c) {
    return /^\.(?:\s|$)/.test(c.next)
  },
  // ("… as WK Kellogg Co. “The Commission …”", "… founded Widget Inc. He has since left": an abbreviation that ends a
  // name, before a quotation that opens on a capital or a word that opens sentences, ends the sentence.)
  // ("… from Giant Eagle, Inc. ACT currently operates …": so does a capitalised word or an acronym with a lower-case
  // word after it, the subject of a new sentence; a name's words after it run on in capitals: "Acme Inc. Chief
  // Executive Jane Doe".)
  // ("PORT ST. LUCIE, FL – …": a dateline in capitals writes its abbreviations in capitals too.)
  function knownAbbreviation(c) {
    return c.punctuation === '.' && (NON_TERMINAL.has(c.word) || (c.word.length > 1 && c.word === c.word.toUpperCase() && NON_TERMINAL.has(c.word[0] + c.word.slice(1).toLowerCase()) && /^\p{Lu}{2,}/u.test(c.next))) && !(BEFORE_QUOTE.has(c.word) && (RE_QUOTE_OPENS.test(c.next) || SENTENCE_STARTERS.has(nextWord(c)) || RE_SUBJECT_OPENS.test(c.next)))
  },
  // "grant n. 2023-00160-16", "case no. 5": "number" before a number or a code.
  function numberAbbreviation(c) {
    return c.punctuation === '.' && BEFORE_NUMBERS.has(c.word) && /^[\p{Lu}]{0,3}\d/u.test(c.next)
  },
  // ("John F. Kennedy"; not "… under the brand Circle K. Under the proposed order, …": a letter before a word that
  // opens sentences ends one.)
  function initial(c) {
    if (c.punctuation !== '.' || !RE_INITIAL.test(c.word)) return false
    // ("Colin D. A. MacDonald": another initial is no word that opens a sentence.)
    const next = nextWord(c)
    return !((SENTENCE_STARTERS.has(next) || CLAUSE_OPENERS.has(next)) && !/^\p{Lu}\./u.test(c.next))
  },
  // "(H.Con.Res. 113)": a chain of abbreviations runs on past each of its dots, unless a word that opens sentences
  // follows.
  function abbreviationChain(c) {
    return c.punctuation === '.' && RE_ABBREVIATION_CHAIN.test(c.word) && !SENTENCE_STARTERS.has(nextWord(c))
  },
  function dottedAcronym(c) {
    if (c.punctuation !== '.' || !RE_DOTTED_ACRONYM.test(c.word)) return false
    return !SENTENCE_STARTERS.has(nextWord(c))
  },
]

type Boundary = [at: number, punctuation: string, closers: string, space: string]

/** Splits one paragraph into sentence spans; leading and trailing white space is excluded from each span. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let start = skipSpace(text, 0)
  // Each boundary: where its punctuation starts, the punctuation, closing quotes or brackets, and the space after.
  const lost = [...text.matchAll(RE_LOST_LIST)].map((m): Boundary => [m.index, ':', '', m[1]!])
  const boundaries = [...[...text.matchAll(RE_BOUNDARY)].map((m): Boundary => (m[1] !== undefined ? [m.index, m[1], m[2]!, m[3]!] : m[4] !== undefined ? [m.index, m[4], m[5]!, m[6]!] : [m.index, '', m[7]!, ''])), ...lost]
  if (lost.length) boundaries.sort((a, b) => a[0] - b[0])
  for (const [punctStart, punctuation, closers, space] of boundaries) {
    const end = punctStart + punctuation.length + closers.length
    const candidate: Candidate = {
      word: lastWord(text, start, punctStart),
      punctuation,
      next: text.slice(end + space.length, end + space.length + 40),
    }
    if (VETOES.some((veto) => veto(candidate))) continue
    if (end > start) spans.push([start, end])
    start = skipSpace(text, end)
  }
  const tail = text.trimEnd().length
  if (tail > start) spans.push([start, tail])
  return spans.flatMap((span) => boundSentence(text, span))
}

/** The word that ends at `end` (not before `from`), without opening quotes: found backwards, so its cost is its length. */
function lastWord(text: string, from: number, end: number): string {
  let i = end
  // "S. 1272/H.R. 2665": a slash joins two words; the abbreviation is the last. So does a comma or a semicolon
  // that lost its space ("(7 U.S.C. §5679),P.L. 119-37"), and a hyphen ("then-U.S. Trade Representative").
  while (i > from && !/[\s/,;-]/.test(text[i - 1]!)) i--
  return text.slice(i, end).replace(/^["'“‘(\[]+/, '')
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i]!)) i++
  return i
}

/** Whether a word's full stop is its own ("Inc.", "Jr.", "U.S."), not a sentence's: the word without that stop. */
export function ownsFullStop(word: string): boolean {
  return OWN_STOP.has(word) || RE_DOTTED_ACRONYM.test(word)
}
