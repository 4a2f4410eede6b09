/**
 * Quotations of at least MIN_WORDS words, with the speaker when a pattern names one: "X said/tweeted/asserted
 * …" before the quote, "…,” X said" after it, or "According to X".
 */
import type { Quote } from '../types.ts'
import type { Context, SentenceContext } from './context.ts'
import { DATA, TITLE_WORDS } from './data.ts'
import { isNameWord, runEnd } from './actors/names.ts'

const MIN_WORDS = 6
const RE_QUOTE = /“([^”]+)”|"([^"]+)"/g
const SPEECH = new Set(DATA.actors.speechVerbs)
const SPEAKER_TYPES = new Set(['person', 'organisation', 'media', 'state', 'group'])

export function findQuotes(ctx: Context): Quote[] {
  const quotes: Quote[] = []
  for (const p of ctx.article.paragraphs) {
    const text = ctx.article.text.slice(p.start, p.end)
    for (const m of text.matchAll(RE_QUOTE)) {
      const inner = (m[1] ?? m[2]!).trim().replace(/[,.]$/, '')
      if (inner.split(/\s+/).length < MIN_WORDS) continue
      const at = p.start + m.index
      const end = at + m[0].length
      const sentences = ctx.sentences.filter((s) => s.sentence.end > at && s.sentence.start < end && !s.meta)
      if (sentences.length === 0) continue
      const speaker = speakerOf(ctx, sentences[0]!, at - sentences[0]!.sentence.start, end - sentences.at(-1)!.sentence.start, sentences.at(-1)!)
      quotes.push({ text: inner, ...(speaker ? { speaker } : {}), source: sentences.map((s) => s.sentence.id) })
    }
  }
  return quotes
}

function speakerOf(ctx: Context, first: SentenceContext, quoteStart: number, quoteEnd: number, last: SentenceContext): string | undefined {
  const name = (id: string) => ctx.actors.get(id)?.name
  const speaking = (s: SentenceContext, from: number, to: number) => {
    const verbs = s.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= from && t.end <= to && SPEECH.has(t.lower))
    for (const [, v] of verbs) {
      // "X … said": the nearest actor before the verb, preferring people.
      const before = s.mentions.filter((m) => m.last < v && s.tokens[m.first]!.start >= from)
      const person = before.find((m) => ctx.actors.get(m.actor)?.type === 'person')
      const who = person ?? before.find((m) => SPEAKER_TYPES.has(ctx.actors.get(m.actor)?.type ?? ''))
      if (who) return name(who.actor)
      // "…,” X said" / "said X". "said NASA Administrator Bill Nelson", "said the rover's project manager, Jane
      // Roe of JPL": the person the speaker's phrase names, not the body or the thing before her name.
      const after = s.mentions.find((m) => m.first > v && m.first - v <= 2)
      const phrase = speakerPhrase(s, v)
      // The actor right after the verb is the speaker unless it is no person, or a person's owner ("Ingenuity's").
      const afterIsSpeaker = !!after && !after.possessive && ctx.actors.get(after.actor)?.type === 'person'
      if (!afterIsSpeaker) {
        const named = s.mentions.find((m) => m.first > v && m.last <= phrase && ctx.actors.get(m.actor)?.type === 'person')
        if (named) return name(named.actor)
        // A person named once, as the speaker, may be no actor: her name is still in the phrase.
        const written = personName(s, v + 1, phrase)
        if (written) return written
      }
      if (after) return name(after.actor)
    }
    return undefined
  }
  const according = /according to/i.exec(first.sentence.text.slice(0, quoteStart))
  if (according) {
    const m = first.mentions.find((x) => first.tokens[x.first]!.start > according.index)
    if (m) return name(m.actor)
  }
  return speaking(first, 0, quoteStart) ?? speaking(last, quoteEnd, last.sentence.text.length)
}

/** How many words after "said" a speaker's phrase may run to reach the name ("said the agency's deputy project manager, Jane Roe"). */
const SPEAKER_PHRASE_TOKENS = 8
/** Words that end a speaker's phrase: a clause or a second speaker begins. */
const PHRASE_ENDS = new Set(['which', 'who', 'that', 'and', 'adding', 'while', 'when', 'as', 'after', 'before', 'because'])

/** The last token of the speaker's phrase after the speech verb at `v`: up to a clause, a mark or SPEAKER_PHRASE_TOKENS. */
function speakerPhrase(s: SentenceContext, v: number): number {
  let k = v + 1
  while (k < s.tokens.length && k - v <= SPEAKER_PHRASE_TOKENS && !PHRASE_ENDS.has(s.tokens[k]!.lower) && !/^[.;:“”"]$/.test(s.tokens[k]!.text)) k++
  return k - 1
}

/**
 * A person's name written in tokens `from..to` ("NASA Administrator Bill Nelson", "the rover's project manager, Jane
 * Roe of JPL", "Office of Science and Technology Policy Director Michael Kratsios"): in the first run of capitalised
 * words, the two or three after its last title or role, each a capital and lower-case letters. None when the
 * phrase names no one so.
 */
function personName(s: SentenceContext, from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    if (!isNameWord(s.tokens[i]) || s.tokens[i]!.possessive) continue
    const end = Math.min(runEnd(s.tokens, i), to)
    // "Karen St. Germain": a name with an abbreviation in it is not read here.
    if (s.tokens[end + 1]?.text === '.' && s.tokens[end + 1]!.start === s.tokens[end]!.end && s.tokens[end + 2]?.cap) return undefined
    let first = i
    for (let k = i; k <= end; k++) if (SPEAKER_TITLES.has(s.tokens[k]!.lower) || s.tokens[k]!.possessive) first = k + 1
    const words = s.tokens.slice(first, end + 1)
    if (words.length < 2 || words.length > 3 || !words.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return undefined
    return s.sentence.text.slice(words[0]!.start, words.at(-1)!.end)
  }
  return undefined
}
/** Titles and roles that stand before a name ("Administrator", "Director", "Professor"), in lower case. */
const SPEAKER_TITLES = new Set([...TITLE_WORDS, ...DATA.actors.roles.map((r: string) => r.toLowerCase()), ...DATA.actors.speakerTitles])
