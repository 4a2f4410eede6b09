/**
 * Acronyms. A definition in the text ("Presidential Leadership Council or PLC", "exclusive economic
 * zone (EEZ)") makes the acronym an alias of its expansion, or a concept when the expansion is not a name. An
 * undefined acronym is an organisation when it acts as a noun: possessive ("MIT’s"), after "by/from/of/with", or
 * before punctuation ("a report by RAND, published …") — not as a modifier ("RFID tags").
 */
import { type Mention, type SentenceContext, wordOf } from '../context.ts'
import { DATA } from '../data.ts'
import type { Token } from '../tokens.ts'
import type { Definition } from './names.ts'
import { isAcronym, ORG_NOUNS, runStart, spanText } from './names.ts'
import { isThingName, LEGAL_FORMS } from './companies.ts'
import { formKey, STATIC_LEXICON } from './lexicon.ts'

const STOP = new Set(DATA.actors.stopAcronyms)
const THING_CLASSES = new Set(DATA.actors.thingClassNouns)
const NOUN_BEFORE = new Set(['by', 'from', 'of', 'with', 'at', 'for', 'and'])
const APOSTROPHES = new Set(['’', "'"])

export function findAcronyms(s: SentenceContext, staticMentions: Mention[]): Definition[] {
  const found: Definition[] = []
  const { tokens } = s
  const known = (i: number) => staticMentions.some((m) => m.first <= i && m.last >= i)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const term = definedTerm(s, i)
    if (term) {
      found.push(term)
      continue
    }
    if (!looksLikeAcronym(t) || isAcronym(tokens[i - 1]) || isAcronym(tokens[i + 1])) continue
    // "the Kosovo Liberation Army (KLA)": an acronym the gazetteer knows (KLA, a chipmaker) is what the article
    // defines it as, where it does; elsewhere the gazetteer's.
    if (known(i)) {
      // (An expansion the gazetteer knows too, "the Food and Drug Administration (FDA)", "the Office of Foreign Assets
      // Control, or OFAC,", is its own entry's.)
      const expansionKnown = staticMentions.some((m) => m.last === expansionEnd(tokens, i))
      const own = !expansionKnown && staticMentions.some((m) => m.first === i && m.last === i) ? definedAt(s, i, staticMentions) : undefined
      // ("United Launch Services (ULA), LLC": a company the gazetteer knows stays a company unless its expansion
      // names a body: "Liberation Army".)
      const company = STATIC_LEXICON.entries.get(formKey(t.norm))?.type === 'company' && !ORG_NOUNS.has(own?.name.split(/\s+/).at(-1) ?? '')
      // ("A Corporate Integrity Agreement (CIA) between Eli Lilly and …": an acronym the article defines as a thing's
      // is that thing's there, no actor, and not the gazetteer's body.)
      if (own?.concept && own.name === t.norm && spelledInBrackets(tokens, i)) found.push({ ...own, forms: [t.norm], redefines: true })
      else if (own && own.forms.includes(t.norm)) found.push({ ...own, type: company ? 'company' : own.type, redefines: true })
      continue
    }
    const definition = definedAt(s, i, staticMentions) ?? expandedAfter(s, i)
    if (definition) {
      found.push(definition)
      continue
    }
    const local = localBody(s, i, known)
    if (local) {
      found.push(local)
      continue
    }
    if (STOP.has(t.norm) || !/^[A-Z]{2,6}$/.test(t.norm)) continue
    const next = tokens[i + 1]
    // ("from SARS-CoV-2", "by MQ-9 drones": a hyphen written against it joins it to a code's other part.)
    const hyphened = next?.text === '-' && next.start === t.end
    const nounLike = t.possessive || (NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '') && (!next || next.punct) && !hyphened)
    if (nounLike) found.push({ name: t.norm, type: 'organisation', forms: [] })
  }
  return found
}

/**
 * "the New York State DOT", "the New York City DOT": proper nouns right before an acronym make another body of the
 * same kind, a local one, named in full — not the national body the acronym alone may name. The run's first word
 * is tagged a proper noun, and none is a known form (a state before it, "U.S. DOT", only says whose it is). Kept
 * only where the article defines the acronym as a body's (src/analyse/actors/index.ts): not "OpenAI API".
 */
function localBody(s: SentenceContext, i: number, known: (i: number) => boolean): Definition | undefined {
  const { tokens } = s
  const prev = tokens[i - 1]
  if (!prev || !prev.cap || prev.punct || prev.possessive || STOP.has(tokens[i]!.norm)) return undefined
  const first = runStart(tokens, i - 1)
  for (let k = first; k < i; k++) {
    const word = wordOf(s, tokens[k])
    if (known(k) || isAcronym(tokens[k]) || (k === first && word?.pos !== 'PROPN')) return undefined
  }
  return { name: spanText(s.sentence.text, tokens, first, i), type: 'organisation', forms: [], localOf: tokens[i]!.norm }
}

/**
 * "The Department of Education (Department)", "the Federal Trade Commission (Commission)": a body's organisation noun
 * in brackets right after its full name is the short form the text then uses for it ("the Department will …").
 */
function definedTerm(s: SentenceContext, i: number): Definition | undefined {
  const { tokens } = s
  const t = tokens[i]!
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !ORG_NOUNS.has(t.text)) return undefined
  const end = i - 2
  if (!tokens[end]?.cap) return undefined
  const start = runStart(tokens, end)
  const words = tokens.slice(start, end + 1)
  if (words.length < 2 || !words.some((w) => w.text === t.text)) return undefined
  return { name: spanText(s.sentence.text, tokens, start, end), type: 'organisation', forms: [t.text] }
}

const looksLikeAcronym = (t: Token) => /^[A-Z][A-Z0-9/&]{1,7}$/.test(t.norm) && /[A-Z].*[A-Z]/.test(t.norm)

/** "Corporate Integrity Agreement (CIA)": the acronym at `i`, in brackets, spells the capitalised words before them. */
function spelledInBrackets(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !tokens[i - 2]?.cap) return false
  return initialsMatch(tokens.slice(runStart(tokens, i - 2), i - 1), tokens[i]!.norm)
}

/** The last word of the name an acronym at `i` is defined for: before "(" or ", or" ("… Control (OFAC)", "… Control, or OFAC"). */
function expansionEnd(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'or') return i - 2
  return tokens[i - 2]?.text === ',' ? i - 3 : i - 2
}

/** "Name (ACR)", "Name, or ACR", "Name or ACR": the definition ending at acronym token `i`. */
function definedAt(s: SentenceContext, i: number, staticMentions: Mention[]): Definition | undefined {
  const { tokens } = s
  let end = i - 1
  if (tokens[end]?.text === '(' ) end--
  else if (tokens[end]?.lower === 'or') end -= tokens[end - 1]?.text === ',' ? 2 : 1
  else return undefined
  // "Aerolinhas Brasileiras S.A. (ABSA)", "… Development Co. Ltd. (DHID)": a legal form's full stop is no end of
  // the name, nor is one legal form after another.
  if (tokens[end]?.text === '.' && LEGAL_FORMS.has(tokens[end - 1]?.text ?? '')) end--
  while (LEGAL_FORMS.has(tokens[end]?.text ?? '') && tokens[end - 1]?.text === '.' && LEGAL_FORMS.has(tokens[end - 2]?.text ?? '')) end -= 2
  // "Alimentation Couche-Tard Inc.’s (ACT)": a possessive after an abbreviation's full stop is split off; the name
  // ends at the abbreviation.
  if (tokens[end]?.lower === 's' && APOSTROPHES.has(tokens[end - 1]?.text ?? '') && tokens[end - 2]?.text === '.' && tokens[end - 3]?.cap) end -= 3
  if (end < 0) return undefined
  const acronym = tokens[i]!.norm
  if (tokens[end]!.cap) {
    // "the U.S. Department of Health and Human Services (HHS)": a state named first says whose the body is; the
    // acronym spells the rest.
    const start = runStart(tokens, end)
    const state = staticMentions.find((m) => m.first === start && m.last < end)
    const first = state ? state.last + 1 : start
    const expansion = spanText(s.sentence.text, tokens, first, end)
    // "the Housing Acquisitions Review and Transparency (HART) Act": the name of a document, not an actor.
    const after = tokens[i + 1]?.text === ')' ? tokens[i + 2] : tokens[i + 1]
    if (after && isThingName(after.text)) return { name: acronym, type: 'organisation', forms: [], concept: true }
    // "Foreign Market Development (FMD) Cooperator Program", "… (BRIC) grant program": the acronym of a programme,
    // not a body — unless the expansion names a body ("Department of Justice (DOJ) programs" are the department's).
    const afterAt = tokens[i + 1]?.text === ')' ? i + 2 : i + 1
    if (namesProgramme(tokens, afterAt) && !tokens.slice(first, end + 1).some((w) => BODY_NOUNS.has(w.text)))
      return { name: acronym, type: 'organisation', forms: [], concept: true }
    // "Memorandum of Understanding (MOU)", "Treaty on the Non-Proliferation … (NPT)": a document by its head
    // noun (the last word before a connector), or an acronym listed as no actor.
    const words = tokens.slice(first, end + 1)
    // ("Bridge and Tunnel Authority": "and" joins two nouns of one name, whose head is the last.)
    const connector = words.findIndex((w, k) => k > 0 && !w.cap && !w.punct && w.lower !== 'and')
    const head = words[(connector > 0 ? connector : words.length) - 1]!
    if (STOP.has(acronym) || isThingName(head.text) || isThingName(expansion)) return { name: acronym, type: 'organisation', forms: [], concept: true }
    // (The legal form is written in no acronym: "Aerolinhas Brasileiras S.A." ~ "ABSA" or "AB".)
    let spelled = end
    while (spelled > first && LEGAL_FORMS.has(tokens[spelled]!.text)) spelled--
    if (initialsMatch(tokens.slice(first, end + 1), acronym) || initialsMatch(tokens.slice(first, spelled + 1), acronym))
      return { name: expansion, type: 'organisation', forms: [acronym] }
    // "the Kosovo Liberation Army (KLA)": the acronym spells the state's name too, which is then part of the body's.
    if (state && initialsMatch(tokens.slice(start, end + 1), acronym))
      return { name: spanText(s.sentence.text, tokens, start, end), type: 'organisation', forms: [acronym] }
    // "the Kosovo Specialist Chambers and Specialist Prosecutor’s Office (KSC)": two bodies known together by the
    // first one's acronym; it names the first (a possessive inside the second is part of its name).
    let wide = start
    while (tokens[wide - 1]?.possessive && tokens[wide - 1]!.cap) wide = runStart(tokens, wide - 1)
    const and = tokens.findIndex((t, k) => k > wide + 1 && k < end && t.lower === 'and')
    if (and > 0 && !isThingName(tokens[and - 1]!.text) && initialsMatch(tokens.slice(wide, and), acronym))
      return { name: spanText(s.sentence.text, tokens, wide, and - 1), type: 'organisation', forms: [acronym] }
    // "the Workers’ Party (PT)": a body's name translated from another language keeps the original's acronym, whose
    // letters need not match; in brackets right after a name ending in an organisation noun, it is that body's.
    if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && ORG_NOUNS.has(tokens[end]!.text))
      return { name: expansion, type: 'organisation', forms: [acronym] }
    return undefined
  }
  // A lower-case expansion: a concept such as "glial fibrillary acidic protein, or GFAP".
  return { name: acronym, type: 'organisation', forms: [], concept: true }
}

/**
 * "RSA (Ruritanian Space Agency)", "RSA’s (Ruritanian Space Agency’s)": an acronym followed by its expansion
 * in brackets, a name whose capitals spell it and whose head is an organisation noun, is that body's.
 */
function expandedAfter(s: SentenceContext, i: number): Definition | undefined {
  const { tokens } = s
  if (tokens[i + 1]?.text !== '(' || !tokens[i + 2]?.cap) return undefined
  const close = tokens.findIndex((t, k) => k > i + 2 && t.text === ')')
  if (close < 0 || !ORG_NOUNS.has(tokens[close - 1]!.text)) return undefined
  const words = tokens.slice(i + 2, close)
  if (words.some((w) => w.punct) || !initialsMatch(words, tokens[i]!.norm)) return undefined
  return { name: spanText(s.sentence.text, tokens, i + 2, close - 1), type: 'organisation', forms: [tokens[i]!.norm] }
}

/**
 * "Presidential Leadership Council" ~ "PLC", "Department of Justice" ~ "DOJ": the capitals of the expansion spell
 * the acronym, with or without the connectors' initials — or the acronym aligns with the expansion's words
 * (alignsWith): "Federal Highway Administration" ~ "FHWA", "Department of Health and Human Services" ~ "HHS",
 * "Centers for Disease Control and Prevention" ~ "CDC".
 */
function initialsMatch(words: Token[], acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '')
  const initials = words.filter((w) => w.cap).map((w) => w.text[0]).join('')
  const withConnectors = words.filter((w) => !w.punct).map((w) => w.text[0]!.toUpperCase()).join('')
  return initials === letters || withConnectors === letters || acronym.startsWith(initials) || alignsWith(words.filter((w) => !w.punct), letters) || sameInitials(initials, letters)
}

/**
 * "Liberal Party (PL)", "Brazilian Social Democracy Party (PSDB)": a name translated from a language that puts its
 * head noun first keeps the original's acronym, whose letters are the capitals' initials in another order.
 */
function sameInitials(initials: string, letters: string): boolean {
  const sorted = (x: string) => [...x].sort().join('')
  return initials.length >= 2 && initials !== letters && sorted(initials) === sorted(letters)
}

/** Organisation nouns that only a body's name ends in ("Agency", "Department"; not "Program" or "Fund"). */
const BODY_NOUNS = new Set<string>(DATA.actors.orgSuffixes.filter((w) => !isThingName(w)))

/**
 * A noun for a kind of thing ("program", "system", "initiative") at `k`, or after one word that qualifies it ("grant
 * program", "Cooperator Program"): what the name before it names is a thing of that kind.
 */
function namesProgramme(tokens: Token[], k: number): boolean {
  const classNoun = (t: Token | undefined) => !!t && !t.punct && THING_CLASSES.has(t.text.toLowerCase())
  return classNoun(tokens[k]) || (!tokens[k]?.punct && !tokens[k]?.possessive && classNoun(tokens[k + 1]))
}

/** How many capitalised words of an expansion its acronym may pass over (a leading "Department", a last "Prevention"). */
const MAX_SKIPPED_WORDS = 1
/** Organisation nouns that an acronym may leave out when they open the name: "Department of …" ~ "HHS". */

/**
 * The acronym's letters, in order, taken from the words: each capitalised word gives its initial and, after it,
 * any of its later letters ("Highway" → "HW"), or is passed over (at most MAX_SKIPPED_WORDS of them); a
 * connector gives its initial or nothing. Every letter comes from some word, and at least two words give one.
 * Bounded: words × letters states, each visited once.
 */
function alignsWith(words: Token[], letters: string): boolean {
  const seen = new Set<string>()
  const go = (w: number, k: number, skipped: number, used: number): boolean => {
    // The words left over are passed over too.
    if (k === letters.length) return used >= 2 && skipped + words.slice(w).filter((x) => x.cap).length <= MAX_SKIPPED_WORDS
    if (w === words.length) return false
    const key = `${w}|${k}|${skipped}|${Math.min(used, 2)}`
    if (seen.has(key)) return false
    seen.add(key)
    const word = words[w]!
    const upper = word.text.toUpperCase()
    // Pass the word over: a connector, an organisation noun that opens the name, or (at the end) the last word.
    const passable = !word.cap || (skipped < MAX_SKIPPED_WORDS && w === 0 && ORG_NOUNS.has(word.text))
    if (passable && go(w + 1, k, skipped + (word.cap ? 1 : 0), used)) return true
    if (upper[0] !== letters[k]) return false
    // Its initial, then as many of its later letters, in order, as the acronym goes on with.
    let next = k + 1
    if (go(w + 1, next, skipped, used + 1)) return true
    if (!word.cap) return false
    for (let c = 1; c < upper.length && next < letters.length; c++) {
      if (upper[c] !== letters[next]) continue
      next++
      if (go(w + 1, next, skipped, used + 1)) return true
    }
    return false
  }
  return letters.length >= 2 && go(0, 0, 0, 0)
}
