/**
 * References to states that are not names: "the North" and "the South" when the article names a North/South
 * pair ("Sudan" and "South Sudan"); "Assad’s regime", "the Putin government".
 */
import { type Context, type Mention, wordOf } from '../context.ts'
import { DATA } from '../data.ts'
import { stateId } from './lexicon.ts'
import { armedHead } from './armed.ts'
import { BENCH_NOUNS, BENCH_NAME, isCourtName } from './bench.ts'

const DIRECTIONS = DATA.countries.pairDirections
const REGIME_WORDS = new Set(DATA.actors.regimeWords)
const LEADERS = new Map<string, string>(
  Object.entries({ ...DATA.leaders.leaders, ...DATA.leaders.regimeOnly } as Record<string, string>),
)

export function findReferences(ctx: Context): void {
  const pairs = directionPairs(ctx)
  const bodies = bodyHeads(ctx)
  const offices = officeHolders(ctx)
  const courts = courtMentions(ctx)
  for (const s of ctx.sentences) {
    if (s.meta) continue
    const { tokens } = s
    const found: Mention[] = [...definiteReferences(ctx, s, bodies), ...officeReferences(s, offices), ...benchReferences(s, courts)]
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!
      const prev = tokens[i - 1]!
      const next = tokens[i + 1]
      // "the North" (not "the North Atlantic").
      const paired = pairs.get(t.text)
      if (paired && prev.lower === 'the' && !(next?.cap && !next.punct && !t.possessive))
        found.push({ actor: paired, first: i, last: i, possessive: t.possessive, kind: 'reference' })
      // "Assad’s regime", "the Assad regime".
      const leader = LEADERS.get(t.text)
      const regime = t.possessive ? next : prev.lower === 'the' ? next : undefined
      if (leader && regime && REGIME_WORDS.has(regime.lower))
        found.push({ actor: stateId(leader)!, first: i, last: i, possessive: t.possessive, kind: 'reference' })
    }
    if (found.length === 0) continue
    const free = found.filter((f) => !s.mentions.some((m) => m.first <= f.last && m.last >= f.first))
    s.mentions = [...s.mentions, ...free].sort((a, b) => a.first - b.first)
  }
}

/** One-word titles of an office a person holds, capitalised: "Secretary", "Governor", "President". */
const OFFICE_WORDS = new Set<string>(DATA.actors.titles.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t) && !DATA.actors.honorifics.includes(t)))
/** How far before a person's name the title may start: "New York Governor", "Secretary of Homeland Security". */
const TITLE_WINDOW = 5
const PORTFOLIO_CONNECTORS = new Set(['of', 'for', 'and'])

interface Office {
  /** "secretary of transportation", or "secretary" when the title has no portfolio. */
  phrase: string
  head: string
  person: string
  /** The sentence that first gives the person the title. */
  first: number
}

/**
 * The offices the article gives its people: "Secretary of Transportation Sean Duffy", "New York Governor Kathy
 * Hochul" — an office word, maybe its portfolio, right before a person's name.
 */
function officeHolders(ctx: Context): Office[] {
  const offices: Office[] = []
  for (const s of ctx.sentences) {
    if (s.meta) continue
    for (const m of s.mentions) {
      if (ctx.actors.get(m.actor)?.type !== 'person' || m.kind === 'reference') continue
      let k = m.first - 1
      let head = -1
      while (k >= 0 && m.first - k <= TITLE_WINDOW) {
        const t = s.tokens[k]!
        if (t.possessive || !((t.cap && !t.punct) || PORTFOLIO_CONNECTORS.has(t.lower))) break
        if (OFFICE_WORDS.has(t.text)) head = k
        k--
      }
      if (head < 0) continue
      const phrase = s.tokens.slice(head, m.first).map((t) => t.lower).join(' ')
      if (offices.some((o) => o.person === m.actor && o.phrase === phrase)) continue
      offices.push({ phrase, head: s.tokens[head]!.lower, person: m.actor, first: s.index })
    }
  }
  return offices
}

/**
 * "the Secretary", "the Secretary of Transportation": a capitalised office after "the", with no name after it,
 * refers to the one person the article has given that office (with the same portfolio, when one is named) —
 * after it has given it; an office two people hold refers to neither.
 */
function officeReferences(s: Context['sentences'][number], offices: Office[]): Mention[] {
  const found: Mention[] = []
  const { tokens } = s
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!OFFICE_WORDS.has(t.text) || tokens[i - 1]!.lower !== 'the') continue
    const next = tokens[i + 1]
    let last = i
    if (!t.possessive && next && PORTFOLIO_CONNECTORS.has(next.lower) && next.lower !== 'and' && tokens[i + 2]?.cap) {
      last = i + 2
      while (!tokens[last]!.possessive && tokens[last + 1]?.cap && !tokens[last + 1]!.punct) last++
    } else if (!t.possessive && next?.cap && !next.punct) continue
    const phrase = tokens.slice(i, last + 1).map((x) => x.lower).join(' ')
    const holders = new Set(offices.filter((o) => o.first <= s.index && (last > i ? o.phrase === phrase : o.head === t.lower)).map((o) => o.person))
    if (holders.size !== 1) continue
    found.push({ actor: [...holders][0]!, first: i, last, possessive: tokens[last]!.possessive, kind: 'reference' })
    i = last
  }
  return found
}

/** "South" → south-sudan and "North" → sudan, when both states are mentioned. */
function directionPairs(ctx: Context): Map<string, string> {
  const pairs = new Map<string, string>()
  const names = new Map([...ctx.actors.values()].filter((a) => a.type === 'state').map((a) => [a.name, a.id]))
  for (const [name, id] of names) {
    const [direction, ...rest] = name.split(' ')
    if (!DIRECTIONS.includes(direction!) || rest.length === 0) continue
    const base = rest.join(' ')
    const counterpart =
      DIRECTIONS.filter((d) => d !== direction)
        .map((d) => names.get(`${d} ${base}`))
        .find(Boolean) ?? names.get(base)
    if (counterpart) {
      pairs.set(direction!, id)
      if (!names.get(base) || counterpart !== names.get(base)) continue
      // "Sudan" and "South Sudan": "the North" is Sudan.
      const other = DIRECTIONS.find((d) => d !== direction)!
      if (!pairs.has(other)) pairs.set(other, counterpart)
    }
  }
  return pairs
}

/** Shortest head of a body's name a definite reference may use: "the district court", "the court of appeals". */
const MIN_HEAD_WORDS = 2

/**
 * The lower-case heads of the article's bodies: "District Court" → "district court", "Court of Appeals" →
 * "court of appeals", "District Court for California" → also "district court", "U.S. District Court" → "district
 * court". A head two bodies share names neither.
 */
function bodyHeads(ctx: Context): BodyHeads {
  const heads = new Map<string, { id: string; first: number } | null>()
  // The sentence that first names each actor, in one pass.
  const firstNamed = new Map<string, number>()
  for (const s of ctx.sentences) for (const m of s.mentions) if (!firstNamed.has(m.actor)) firstNamed.set(m.actor, s.index)
  for (const a of ctx.actors.values()) {
    if (a.type !== 'organisation') continue
    const first = firstNamed.get(a.id) ?? -1
    // The name, and its head before "for" ("District Court [for California]"), without a state's initials that open
    // it ("[U.S.] District Court").
    const name = a.name.toLowerCase().replace(/^(?:\p{L}\.){2,}\s+/u, '')
    for (const head of new Set([name, name.split(' for ')[0]!])) {
      const words = head.split(/\s+/)
      if (words.length < MIN_HEAD_WORDS || words.some((w) => !/^\p{L}+$/u.test(w))) continue
      heads.set(head, heads.has(head) ? null : { id: a.id, first })
    }
    // "the army" after "the Sudanese army": an armed body's noun alone, where the article names one such body.
    const armed = armedHead(a.name)
    if (armed) heads.set(armed, heads.has(armed) ? null : { id: a.id, first })
  }
  // Indexed by the first word of the head, the one a description must start with.
  const byFirst: BodyHeads = new Map()
  for (const [head, body] of heads) {
    if (!body) continue
    const first = head.split(' ')[0]!
    const list = byFirst.get(first)
    if (list) list.push([head, body])
    else byFirst.set(first, [[head, body]])
  }
  return byFirst
}

/** Bodies' lower-case heads ("district court"), by the head's first word ("district"). */
type BodyHeads = Map<string, [string, { id: string; first: number }][]>

/**
 * "the district court granted …", "a federal district court vacated …" after "the U.S. District Court for the
 * Eastern District of Texas": a definite description in lower case that repeats a body's name refers back to it,
 * once the body has been named.
 */
function definiteReferences(ctx: Context, s: Context['sentences'][number], bodies: BodyHeads): Mention[] {
  const found: Mention[] = []
  if (bodies.size === 0) return found
  const { tokens } = s
  for (let i = 0; i < tokens.length; i++) {
    if (!['the', 'a', 'an'].includes(tokens[i]!.lower)) continue
    // One adjective may stand between: "a federal district court".
    for (const skip of [0, 1]) {
      const start = i + 1 + skip
      if (skip && wordOf(s, tokens[i + 1])?.pos !== 'ADJ') continue
      for (const [head, body] of bodies.get(tokens[start]?.lower ?? '') ?? []) {
        const n = head.split(' ').length
        const span = tokens.slice(start, start + n)
        if (span.length < n || span.some((t) => t.cap || t.punct) || span.map((t) => t.lower).join(' ') !== head) continue
        if (body.first < 0 || body.first > s.index) continue
        const next = tokens[start + n]
        if (next && next.cap && !next.punct) continue
        found.push({ actor: body.id, first: start, last: start + n - 1, possessive: tokens[start + n - 1]!.possessive, kind: 'reference' })
      }
    }
  }
  return found
}

/** Each sentence that names a court the article names (not the unnamed bench), with the court: [sentence, actor]. */
function courtMentions(ctx: Context): [number, string][] {
  const courts = new Set([...ctx.actors.values()].filter((a) => a.type === 'organisation' && a.name !== BENCH_NAME && isCourtName(a.name)).map((a) => a.id))
  return ctx.sentences.flatMap((s) => s.mentions.filter((m) => courts.has(m.actor) && m.kind !== 'reference').map((m): [number, string] => [s.index, m.actor]))
}

/**
 * "the court held …", "the judge granted …" after "the U.S. District Court": the bench in lower case refers to the
 * court the article named last, in this sentence or before.
 */
function benchReferences(s: Context['sentences'][number], courts: [number, string][]): Mention[] {
  const named = courts.filter(([at]) => at <= s.index).at(-1)
  if (!named) return []
  const { tokens } = s
  const found: Mention[] = []
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!BENCH_NOUNS.has(t.text) || tokens[i - 1]!.lower !== 'the') continue
    found.push({ actor: named[1], first: i, last: i, possessive: t.possessive, kind: 'reference' })
  }
  return found
}
