/**
 * Acronyms. A definition in the text ("Presidential Leadership Council or PLC", "exclusive economic
 * zone (EEZ)") makes the acronym an alias of its expansion, or a concept when the expansion is not a name. An
 * undefined acronym is an organisation when it acts as a noun: possessive ("MIT’s"), after "by/from/of/with", or
 * before punctuation ("a report by RAND, published …") — not as a modifier ("RFID tags").
 */
import type { Mention, SentenceContext } from '../context.ts'
import { DATA } from '../data.ts'
import type { Token } from '../tokens.ts'
import type { Definition } from './names.ts'
import { isAcronym, runStart, spanText } from './names.ts'
import { isThingName } from './companies.ts'

const STOP = new Set(DATA.actors.stopAcronyms)
const NOUN_BEFORE = new Set(['by', 'from', 'of', 'with', 'at', 'for', 'and'])

export function findAcronyms(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  const known = (i: number) => staticMentions.some((m) => m.first <= i && m.last >= i)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!looksLikeAcronym(t) || known(i) || isAcronym(tokens[i - 1]) || isAcronym(tokens[i + 1])) continue
    const definition = definedAt(s, i)
    if (definition) {
      found.push(definition)
      continue
    }
    if (STOP.has(t.norm) || !/^[A-Z]{2,6}$/.test(t.norm)) continue
    const next = tokens[i + 1]
    const nounLike = t.possessive || NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '') && (!next || next.punct)
    if (nounLike) found.push({ name: t.norm, type: 'organisation', forms: [] })
  }
  return found
}

const looksLikeAcronym = (t: Token) => /^[A-Z][A-Z0-9/&]{1,7}$/.test(t.norm) && /[A-Z].*[A-Z]/.test(t.norm)

/** "Name (ACR)", "Name, or ACR", "Name or ACR": the definition ending at acronym token `i`. */
function definedAt(s: SentenceContext, i: number): Definition | undefined {
  const { tokens } = s
  let end = i - 1
  if (tokens[end]?.text === '(' ) end--
  else if (tokens[end]?.lower === 'or') end -= tokens[end - 1]?.text === ',' ? 2 : 1
  else return undefined
  if (end < 0) return undefined
  const acronym = tokens[i]!.norm
  if (tokens[end]!.cap) {
    const first = runStart(tokens, end)
    const expansion = spanText(s.sentence.text, tokens, first, end)
    // "the Housing Acquisitions Review and Transparency (HART) Act": the name of a document, not an actor.
    const after = tokens[i + 1]?.text === ')' ? tokens[i + 2] : tokens[i + 1]
    if (after && isThingName(after.text)) return { name: acronym, type: 'organisation', forms: [], concept: true }
    // "Memorandum of Understanding (MOU)", "Treaty on the Non-Proliferation … (NPT)": a document by its head
    // noun (the last word before a connector), or an acronym listed as no actor.
    const words = tokens.slice(first, end + 1)
    const connector = words.findIndex((w, k) => k > 0 && !w.cap && !w.punct)
    const head = words[(connector > 0 ? connector : words.length) - 1]!
    if (STOP.has(acronym) || isThingName(head.text) || isThingName(expansion)) return { name: acronym, type: 'organisation', forms: [], concept: true }
    if (initialsMatch(tokens.slice(first, end + 1), acronym))
      return { name: expansion, type: 'organisation', forms: [acronym] }
    return undefined
  }
  // A lower-case expansion: a concept such as "glial fibrillary acidic protein, or GFAP".
  return { name: acronym, type: 'organisation', forms: [], concept: true }
}

/**
 * "Presidential Leadership Council" ~ "PLC", "Department of Justice" ~ "DOJ": the capitals of the expansion spell
 * the acronym, with or without the connectors' initials.
 */
function initialsMatch(words: Token[], acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '')
  const initials = words.filter((w) => w.cap).map((w) => w.text[0]).join('')
  const withConnectors = words.filter((w) => !w.punct).map((w) => w.text[0]!.toUpperCase()).join('')
  return initials === letters || withConnectors === letters || acronym.startsWith(initials)
}
