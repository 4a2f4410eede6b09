/**
 * Quotations of at least MIN_WORDS words, with the speaker when a pattern names one: "X said/tweeted/asserted
 * …" before the quote, "…,” X said" after it, or "According to X".
 */
import type { Quote } from '../types.ts'
import type { Context, SentenceContext } from './context.ts'
import { DATA } from './data.ts'

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
      // "…,” X said" / "said X".
      const after = s.mentions.find((m) => m.first > v && m.first - v <= 2)
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
