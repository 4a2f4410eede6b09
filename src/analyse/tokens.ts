/** Word tokens of one sentence, with offsets: the unit every analyse rule works on. */
import actors from '../../data/actors.json' with { type: 'json' }
import relations from '../../data/relations.json' with { type: 'json' }

export interface Token {
  /** The word as printed, possessive ending removed ("Germany’s" → "Germany"). */
  text: string
  /** `text` with dots removed from dotted capitals ("U.S" → "US"), the form lexicons are keyed by. */
  norm: string
  lower: string
  /** Offsets into the sentence text. */
  start: number
  end: number
  /** A possessive ending followed the word ("Germany’s"). */
  possessive: boolean
  /** Starts with a capital letter. */
  cap: boolean
  /** A punctuation mark rather than a word. */
  punct: boolean
  /** A participle joined by a hyphen to the name before it ("Rwanda-backed": "backed"), read as two words. */
  joined?: true
}

// Words join letters and digits across ’ ' . / & and a hyphen that is not followed by a capital, so
// "well-known", "F-35", "AC/DC" and "U.K" are one word while "UK-France" and "Franco-German" are two.
const RE_TOKEN = /[\p{L}\p{N}]+(?:(?:[.'’/&]|-(?!\p{Lu}))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu
const RE_POSSESSIVE = /['’]s$/
const RE_DOTTED = /^(?:\p{Lu}\.)+\p{Lu}$/u
const RE_CAP = /^\p{Lu}/u
const RE_WORD = /[\p{L}\p{N}]/u
/** "the Services’ budget", "the allies' plans": an apostrophe after a plural's s, then a space or a mark. */
const RE_PLURAL_POSSESSIVE = /^['’](?=$|[\s,;:.!?)])/u
/** An opening single quote ("‘the allies’", "'rogue states'"): an apostrophe after it may close it. */
const RE_SINGLE_OPEN = /(?:^|[\s(“"—–])['‘]\p{L}/u
/** "Rwanda-backed", "NATO-led": a capitalised name, a hyphen and a participle of data/relations.json hyphenedParticiples. */
const RE_NAME_PARTICIPLE = /^(\p{Lu}[\p{L}\p{N}.'’]*)-(\p{Ll}+)$/u
const NAME_PARTICIPLES = new Set<string>(relations.hyphenedParticiples)

/** Splits a sentence into tokens: `tokenize("Germany’s plan.")` → Germany(possessive), plan, "." */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // The end of the last word that took the apostrophe after it.
  let taken = 0
  for (const m of text.matchAll(RE_TOKEN)) {
    if (m.index < taken) continue
    let word = m[0]
    const start = m.index
    let possessive = RE_POSSESSIVE.test(word) && word.length > 2
    if (possessive) word = word.slice(0, -2)
    let end = start + m[0].length
    const plural = !possessive && /\p{Ll}s$|\p{Lu}S$/u.test(word) && RE_PLURAL_POSSESSIVE.test(text.slice(end)) && !RE_SINGLE_OPEN.test(text.slice(0, start))
    if (plural) {
      possessive = true
      end++
      taken = end
    }
    // "the Rwanda-backed M23": the name and the participle are two words, so the name is found and the participle
    // read as a cue.
    const joined = RE_NAME_PARTICIPLE.exec(word)
    if (joined && NAME_PARTICIPLES.has(joined[2]!)) {
      const name = joined[1]!
      tokens.push(token(name, start, start + name.length, false))
      tokens.push({ ...token(joined[2]!, start + name.length + 1, end, false), joined: true })
      continue
    }
    tokens.push(token(word, start, end, possessive))
  }
  return tokens
}

function token(word: string, start: number, end: number, possessive: boolean): Token {
  const norm = RE_DOTTED.test(word) ? word.replaceAll('.', '') : word
  return {
    text: word,
    norm,
    lower: word.toLowerCase(),
    start,
    end,
    possessive,
    cap: RE_CAP.test(word),
    punct: !RE_WORD.test(word),
  }
}

/**
 * "Workers’", "Veterans'": a plural's possessive, the apostrophe after its s; or one of a plural made without -s
 * ("People’s": data/actors.json pluralPossessives). A name may go on past it: "the Workers’ Party", "the People’s Party".
 */
export function isPluralPossessive(t: Token | undefined): boolean {
  return !!t && t.possessive && (t.end - t.start === t.text.length + 1 || PLURAL_POSSESSIVES.has(t.text))
}
const PLURAL_POSSESSIVES = new Set<string>(actors.pluralPossessives)

/** Token i is a name a participle is joined to, or that participle: "Rwanda-backed" before "M23" modifies it. */
export function inJoinedModifier(tokens: readonly Token[], i: number): boolean {
  return !!tokens[i]?.joined || !!tokens[i + 1]?.joined
}

/** Lower-case words of a phrase, as a cue list keys them: `words("Share intelligence")` → ["share", "intelligence"]. */
export function words(phrase: string): string[] {
  return tokenize(phrase).filter((t) => !t.punct).map((t) => t.lower)
}
