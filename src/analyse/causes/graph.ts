/**
 * The causal graph: the sides of the links merged into situations, and the feedback loops among them.
 *
 * A situation is keyed by its head noun and the actor it belongs to ("North Korea’s fourth nuclear test" and
 * "Pyongyang’s attempted test" are one: head "test", actor North Korea); a phrase without an actor joins the
 * situation of the same head that has one, when there is exactly one ("the test"). Its label is the shortest
 * of its phrases that names the actor, without colourless modifiers ("increased", "the"), at most
 * MAX_LABEL_WORDS words; its id follows the label, not the actor.
 */
import type { CausalGraph, CausalLink } from '../../types.ts'
import { findLoops } from '../../outline/graph.ts'
import { loopPolarity, type CausalRelation } from '../../outline/vocabulary.ts'
import type { Context, Mention } from '../context.ts'
import { DATA, SAYING_VERBS } from '../data.ts'
import { slug } from '../text.ts'
import { glued, headOf, phraseAt, phraseBefore, phraseText, type Phrase } from './phrases.ts'
import { isFiniteVerb, OPENING_QUOTES, ownerForm } from '../../language/grammar.ts'
import { KIND_NOUNS, LANGUAGE } from '../../language/data.ts'
import type { Word } from '../../language/index.ts'
import type { RawLink, Side } from './extract.ts'

const DROP = new Set(DATA.causes.dropModifiers)
const LOSS = new Set(DATA.causes.lossHeads as string[])
const MEASURE = new Set(DATA.causes.measureHeads as string[])
const RE_ACRONYM = /^\p{Lu}{2,}s?$/u
/** Relations whose effect is a quantity that rises or falls. */
const QUANTITY = new Set<CausalRelation>(['increases', 'reduces'])
/** Words that point back to something said before: "the test", "this disaster", "its capabilities". */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her'])
const MAX_LABEL_WORDS = 6
/**
 * A common noun of an event or a condition on its own names the article's topic, a situation ("the war", "the ceasefire"), when the article
 * says it at least TOPIC_MIN_SAID times, at least TOPIC_MIN_DEFINITE of them as "the …": the one war it is about,
 * not war in general ("fear", "innovation", "conditions").
 */
const TOPIC_MIN_SAID = 3
const TOPIC_MIN_DEFINITE = 2
/** Nouns that name an event or a lasting condition: a topic is one of them ("the seabed", "the price" are not). */
const SITUATION_NOUNS = new Set([...(DATA.dates.eventNouns as string[]), ...(DATA.causes.conditionNouns as string[])])
/** How many words past MAX_LABEL_WORDS a label is kept whole rather than cut from its front. */
const MAX_OVER_WORDS = 2
/** The longest "of" phrase a cut label keeps whole, in words. */
const MAX_OF_WORDS = 3
/** The shortest word looked for inside a longer one when an effect is compared with its cause. */
const MIN_INNER_WORD = 4

/** Adds `i` to the list at `key` (in place: a long article's lists are long). */
function push<K>(index: Map<K, number[]>, key: K, i: number): void {
  const list = index.get(key)
  if (list) list.push(i)
  else index.set(key, [i])
}

/**
 * The graph of the links. Phrases of one field of the same actors ("tighter US alliances", "US and Japanese military
 * presence") are one situation only where that closes a feedback loop every link of which is stated: elsewhere the
 * field is a loose likeness, and a node named by another sentence's phrase ("US bases" drawn as "military presence")
 * misnames the link its own sentence states.
 */
export function buildGraph(ctx: Context, raw: RawLink[]): { causes: CausalLink[]; graph: CausalGraph } {
  const facts = factsOf(ctx, raw)
  const own = graphOf(raw, facts, false)
  if (own.graph.loops.length > 0 || !fieldsMayCloseLoop(facts, own.causes)) return own
  const byField = graphOf(raw, facts, true)
  return byField.graph.loops.length > 0 ? byField : own
}

/**
 * Whether joining phrases of one field could close a loop: the links, each between the classes of situations that
 * share a field and an actor, hold a cycle. Cheap (one pass over the links), so the graph is built again with
 * fields joined only when it may find a loop.
 */
function fieldsMayCloseLoop(facts: Fact[], causes: CausalLink[]): boolean {
  const parent = new Map<string, string>()
  const root = (x: string): string => {
    let r = x
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!
    parent.set(x, r)
    return r
  }
  const first = new Map<string, string>()
  facts.forEach((f, i) => {
    const link = causes[i >> 1]!
    const node = i % 2 === 0 ? link.causeNode! : link.effectNode!
    if (f.field === undefined) return
    for (const actor of f.actors) {
      const key = `${f.field}|${actor}`
      const other = first.get(key)
      if (other === undefined) first.set(key, node)
      else if (root(other) !== root(node)) parent.set(root(node), root(other))
    }
  })
  const next = new Map<string, Set<string>>()
  for (const c of causes) {
    const [a, b] = [root(c.causeNode!), root(c.effectNode!)]
    if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b))
  }
  // A cycle: a class met again while its own descent is still open.
  const state = new Map<string, 1 | 2>()
  const cyclic = (x: string): boolean => {
    state.set(x, 1)
    for (const y of next.get(x) ?? []) if (state.get(y) === 1 || (!state.has(y) && cyclic(y))) return true
    state.set(x, 2)
    return false
  }
  return [...next.keys()].some((x) => !state.has(x) && cyclic(x))
}

const relationOf = (raw: RawLink[], i: number) => raw[Math.floor(i / 2)]!.relation

/** What each side (cause 2k, effect 2k + 1 of link k) is about: its actors, head, words, field; read once. */
function factsOf(ctx: Context, raw: RawLink[]) {
  const sides = raw.flatMap((l) => [l.cause, l.effect])
  const bodies = orgAcronyms(ctx)
  const topics = topicsOf(ctx)
  return sides.map((said, i) => {
    const owned = withOwnerNamed(ctx, said)
    const resolved = topics.has(headOf(owned.s.words, owned.phrase).lower) ? owned : withAntecedent(ctx, owned)
    // (Named or not, "its website" says no more than "website": bareness is read before the possessor is named.)
    const side = withPossessorNamed(resolved)
    const actors = actorsOf(side)
    const head = headOf(side.s.words, side.phrase)
    // "threatens Beijing": what is threatened in an actor is its security.
    const bare = head.pos === 'PROPN' && side.phrase.last - side.phrase.first <= 2 && i % 2 === 1 && ['threatens', 'reduces'].includes(relationOf(raw, i))
    // "the stalemate blocks Macron": who is blocked or deterred is the party acted on, not a bare name.
    const acted = i % 2 === 1 && ['blocks', 'deters'].includes(relationOf(raw, i))
    const words = side.s.words.slice(side.phrase.first, side.phrase.last + 1)
    const content = new Set(words.filter((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(w.pos) && !DROP.has(w.lower)).map((w) => w.lemma))
    const definite = DEFINITE.has(words[0]?.lower ?? '')
    // What a loss is of: its nouns but the head ("the loss of kelp", "kelp declines" → kelp).
    const lost = new Set(words.filter((w) => w !== head && ['NOUN', 'PROPN'].includes(w.pos) && !LOSS.has(w.lemma)).map((w) => w.lemma.toLowerCase()))
    // A clause ("the waiting period to expire") names what happens to a thing, not the thing.
    const verbal = words.some((w) => w.pos === 'VERB' && !DROP.has(w.lower))
    // Its nouns: "turf algae growth" → turf, algae, growth.
    const nouns = new Set(words.filter((w) => ['NOUN', 'PROPN'].includes(w.pos)).map((w) => w.lemma.toLowerCase()))
    const single = content.size === 1 && head.pos === 'NOUN' && !/\s/.test(side.text.trim())
    const topic = single && SITUATION_NOUNS.has(head.lemma.toLowerCase()) && topics.has(head.lower) ? topics.get(head.lower) : undefined
    // ("tariffs on U.S. steel" are no one's tariffs: an actor named only in what follows the head is what the
    // situation is about, not whose it is, and "U.S. Section 338 tariffs" is another situation.)
    return { side, actors, head: head.lemma, lost, verbal, nouns, field: bare ? 'security interests' : fieldOf(side), bare: bare || acted || topic ? false : isBareSide(resolved, bodies, i % 2 === 0), content, definite, owned: actors.length > 0 && !complementOnly(side, head), topic }
  })
}
type Fact = ReturnType<typeof factsOf>[number]

function graphOf(raw: RawLink[], base: Fact[], byField: boolean): { causes: CausalLink[]; graph: CausalGraph } {
  // A copy: a phrase's actors may be filled in below ("the test" takes the one owner of tests).
  const facts = base.map((f) => ({ ...f }))
  // Two phrases of one head without an owner are one situation when they say the same, or the shorter points
  // back to the longer ("the test" … "nuclear test"); "tickets" in general is not "speculative tickets".
  const sameThing = (f: Fact, g: Fact): boolean => {
    // A name on its own is who acts, not what happens to it: "the Fund" is not "the Fund to stay outside the budget".
    const name = (x: Fact) => x.bare && x.owned
    if ((name(f) && g.verbal) || (name(g) && f.verbal)) return false
    if (f.owned && g.owned) return true
    const [small, big] = f.content.size <= g.content.size ? [f, g] : [g, f]
    // "the conflict" opening "the conflict could spiral out of control" of the same sentence: the same words.
    if (small.side.s === big.side.s && big.side.phrase.first === small.side.phrase.first && small.side.phrase.last <= big.side.phrase.last) return true
    if (![...small.content].every((c) => big.content.has(c))) return false
    if (small.content.size === big.content.size) return true
    // "the waiting period" does not point back to "the waiting period to expire": the period is not its expiry.
    if (big.verbal && !small.verbal) return false
    // "this price" points back to one price; with "total ticket price" and "prices in the secondary market" it is
    // neither (phrases linked to a bare name or noun do not count: they draw no arrow).
    const larger = new Set((byHead.get(small.head) ?? []).filter((k) => { const h = facts[k]!; return !facts[k ^ 1]!.bare && h.actors.join() === small.actors.join() && h.content.size > small.content.size && [...small.content].every((c) => h.content.has(c)) }).map((k) => [...facts[k]!.content].sort().join()))
    return small.definite && larger.size === 1 && larger.has([...big.content].sort().join())
  }
  const byHead = new Map<string, number[]>()
  facts.forEach((f, i) => push(byHead, f.head, i))
  // "the loss of kelp" and "precipitous kelp declines": two words for something going, of the same nouns.
  const sameLoss = (f: Fact, g: Fact): boolean =>
    LOSS.has(f.head) && LOSS.has(g.head) && f.lost.size > 0 && f.lost.size === g.lost.size && [...f.lost].every((x) => g.lost.has(x))
  // "turf algae growth" and "turf algae": a quantity of a thing is the thing as a causal-loop node.
  const measureOf = (f: Fact, g: Fact): boolean =>
    !f.verbal && !g.verbal && MEASURE.has(f.head) && !MEASURE.has(g.head) && g.nouns.size > 0 && f.nouns.size === g.nouns.size + 1 && [...g.nouns].every((x) => f.nouns.has(x))
  // Situations: the same head and actors; an ownerless phrase with a head one actor owns ("the test"); the same
  // field of the same actors ("tighter US alliances" ~ "US and Japanese military presence"), in the build `byField` only.
  const parent = facts.map((_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const join = (a: number, b: number) => {
    parent[root(a)] = root(b)
  }
  const owners = new Map<string, Set<string>>()
  for (const f of facts) for (const a of f.actors) owners.set(f.head, (owners.get(f.head) ?? new Set()).add(a))
  // Earlier phrases indexed by what a pair must share to be one situation, so that a long article is not compared
  // pair by pair (1 MiB of text has some 12,000 phrases). Phrases that would decide alike (the same actors, head,
  // words and kind) are one representative: a phrase like an earlier one joins it, and the earlier one has already
  // been compared with the rest.
  const special = (g: Fact) => LOSS.has(g.head) || MEASURE.has(g.head)
  const representative = new Map<string, number>()
  const byHead2 = new Map<string, number[]>()
  const byActorsRep = new Map<string, number[]>()
  const bySpecial = new Map<string, number[]>()
  const byFieldRep = new Map<string, number[]>()
  const fieldRep = new Map<string, number>()
  const bySentence = new Map<unknown, number[]>()
  facts.forEach((f, i) => {
    if (f.actors.length === 0 && f.definite && owners.get(f.head)?.size === 1) f.actors = [...owners.get(f.head)!]
    const actors = f.actors.join()
    const kind = `${actors}|${f.head}|${f.owned}|${f.definite}|${f.verbal}|${[...f.content].sort().join()}|${[...f.nouns].sort().join()}|${[...f.lost].sort().join()}`
    const twin = representative.get(kind)
    const fieldKind = f.field === undefined ? undefined : `${f.field}|${actors}`
    const fieldTwin = fieldKind === undefined ? undefined : fieldRep.get(fieldKind)
    const candidates = new Set([
      ...(twin !== undefined ? [twin] : (byHead2.get(`${actors}|${f.head}`) ?? [])),
      ...(twin !== undefined ? [] : special(f) ? (byActorsRep.get(actors) ?? []) : (bySpecial.get(actors) ?? [])),
      ...(bySentence.get(f.side.s) ?? []),
      ...(fieldTwin !== undefined ? [fieldTwin] : f.field !== undefined ? (byFieldRep.get(f.field) ?? []) : []),
    ])
    for (const j of candidates) {
      const g = facts[j]!
      const sameActors = actors === g.actors.join()
      const overlapping = f.actors.length > 0 && g.actors.length > 0 && (f.actors.every((a) => g.actors.includes(a)) || g.actors.every((a) => f.actors.includes(a)))
      if ((sameActors && f.head === g.head && sameThing(f, g)) || (sameActors && (sameLoss(f, g) || measureOf(f, g) || measureOf(g, f))) || (byField && overlapping && f.field !== undefined && f.field === g.field)) join(i, j)
    }
    if (twin === undefined) {
      representative.set(kind, i)
      push(byHead2, `${actors}|${f.head}`, i)
      push(byActorsRep, actors, i)
      if (special(f)) push(bySpecial, actors, i)
    }
    if (fieldKind !== undefined && fieldTwin === undefined) {
      fieldRep.set(fieldKind, i)
      push(byFieldRep, f.field!, i)
    }
    push(bySentence, f.side.s, i)
  })
  const groups = new Map<number, number[]>()
  facts.forEach((_, i) => push(groups, root(i), i))
  const groupOf = new Map<number, string>()
  const nodes = new Map<string, { phrases: string[]; heads: string[]; source: string[]; actor?: string; bare: boolean }>()
  for (const [r, members] of groups) {
    const key = String(r)
    // The label comes from the phrases that name a situation: "ticketers offer pricing tools", not "Ticketers".
    // (A phrase cut before its noun, "this Compact should serve as an enduring", names nothing either.)
    const named = members.filter((i) => !facts[i]!.bare && !isFragment(facts[i]!.side))
    // A causal-loop node is a quantity: a phrase said to rise or fall ("raises North Korea’s nuclear hostility")
    // names the situation better than an event of it ("the test"), when it names whose.
    const quantity = named.filter((i) => i % 2 === 1 && QUANTITY.has(relationOf(raw, i)) && isNamedLabel(facts[i]!.side.text))
    const phrases = (quantity.length ? quantity : named.length ? named : members).map((i) => ({ text: facts[i]!.side.text, head: facts[i]!.head }))
    const source: string[] = []
    for (const i of members) if (!source.includes(facts[i]!.side.s.sentence.id)) source.push(facts[i]!.side.s.sentence.id)
    const actor = members.map((i) => facts[i]!.actors[0]).find(Boolean)
    const bare = named.length === 0
    nodes.set(key, { phrases: phrases.map((p) => p.text), heads: phrases.map((p) => p.head), source, ...(actor ? { actor } : {}), bare })
    for (const i of members) groupOf.set(i, key)
  }
  // A topic said on its own is labelled as the article says it: "the war".
  const topicOf = (members: number[]) => members.map((i) => facts[i]!.topic).find(Boolean)
  const labels = new Map([...nodes].map(([key, n]) => {
    const label = labelOf(n.phrases, n.heads)
    const topic = topicOf(groups.get(Number(key))!)
    return [key, topic && !/\s/.test(label) ? topic : label]
  }))
  const ids = uniqueIds([...labels])
  const causes: CausalLink[] = []
  const edges = new Map<string, CausalGraph['edges'][number]>()
  // A situation that is one common noun ("disease", "sanctions") names no one's situation, and an actor on its own
  // ("Trump", "Ticketers") is who acts, not what happens: no arrow starts or ends there.
  const bare = new Set([...nodes].filter(([key, n]) => n.bare || isBare(labels.get(key)!)).map(([key]) => ids.get(key)!))
  raw.forEach((l, k) => {
    const from = ids.get(groupOf.get(2 * k)!)!
    const to = ids.get(groupOf.get(2 * k + 1)!)!
    const id = l.sentence.sentence.id
    causes.push({ cause: l.cause.text, effect: l.effect.text, cue: l.cue, relation: l.relation, source: [id], causeNode: from, effectNode: to })
    if (from === to || bare.has(from) || bare.has(to) || isLater(l.cause.text, l.effect.text) || restates(facts[2 * k]!.side, facts[2 * k + 1]!.content)) return
    if (isFragment(l.cause) || isFragment(l.effect)) return
    const key = `${from}>${to}`
    const e = edges.get(key) ?? { from, to, relation: l.relation, cue: l.cue, source: [] }
    if (!e.source.includes(id)) e.source.push(id)
    if (!l.hedged && !l.cause.loose && !l.effect.loose) e.firm = true
    if (!l.cause.loose && !l.effect.loose) e.sided = true
    edges.set(key, e)
  })
  const graphNodes = [...nodes].filter(([key]) => !bare.has(ids.get(key)!)).map(([key, n]) => ({
    id: ids.get(key)!,
    label: labels.get(key)!,
    phrases: [...new Set(n.phrases)],
    ...(n.actor ? { actor: n.actor } : {}),
    source: n.source,
  }))
  const graphEdges = [...edges.values()]
  const loops = findLoops(graphEdges)
  const relation = (a: string, b: string) => graphEdges.find((e) => e.from === a && e.to === b)?.relation as CausalRelation | undefined
  return {
    causes,
    graph: {
      nodes: graphNodes,
      edges: graphEdges,
      loops,
      loopPolarity: loops.map((loop) => loopPolarity(loop.map((id, i) => relation(id, loop[(i + 1) % loop.length]!)))),
    },
  }
}

/**
 * The actors a phrase is about, sorted: those it names ("US and Japanese military presence" → US, Japan), or,
 * for "its …" / "their …", the actor named last before it in the sentence.
 */
function actorsOf(side: Side): string[] {
  const inside = mentionsInside(side).map((m) => m.actor)
  if (inside.length) return [...new Set(inside)].sort()
  const owner = possessorOf(side)
  return owner ? [owner.actor] : []
}

/** The mentions of actors inside a side's phrase, in order. */
function mentionsInside(side: Side): Mention[] {
  const { s, phrase } = side
  const start = s.words[phrase.first]!.start
  const end = s.words[phrase.last]!.end
  return s.mentions.filter((m) => s.tokens[m.first]!.start >= start && s.tokens[m.last]!.end <= end)
}

/**
 * Every actor the side names stands after its head, in a complement other than "of" ("tariffs on U.S. steel",
 * "sanctions against Russia"); "the appointment of Sheffield" is Sheffield's appointment.
 */
function complementOnly(side: Side, head: Side['s']['words'][number]): boolean {
  const inside = mentionsInside(side)
  const after = side.s.words.find((w) => w.start >= head.end)
  return inside.length > 0 && inside.every((m) => side.s.tokens[m.first]!.start >= head.end) && after?.pos === 'ADP' && after.lower !== 'of'
}

/**
 * Whose "its …" or "their …" a side is: the subject that acts before it in the sentence ("Beijing recognises that
 * … jeopardise its security"), else the nearest name before it.
 */
function possessorOf(side: Side): Mention | undefined {
  const { s, phrase } = side
  const start = s.words[phrase.first]!.start
  if (!/^(?:its|their)\b/i.test(s.sentence.text.slice(start, s.words[phrase.last]!.end))) return undefined
  const before = s.mentions.filter((m) => s.tokens[m.last]!.end <= start)
  const acting = before.filter((m) => {
    const next = s.words.find((w) => w.start >= s.tokens[m.last]!.end)
    return next && ['VERB', 'AUX'].includes(next.pos)
  })
  const owner = acting.at(-1) ?? before.at(-1)
  // "charged nine individuals … for their participation": a plural noun between a name of one and "their" is whose
  // it is (not after a plural name: "the cases of Afghans awaiting resettlements, preventing their deportation").
  const plural = owner && /s(?:['’]s?)?$/i.test(s.sentence.text.slice(s.tokens[owner.first]!.start, s.tokens[owner.last]!.end))
  if (owner && !plural && /^their\b/i.test(s.sentence.text.slice(start)) && s.words.some((w) => w.start >= s.tokens[owner.last]!.end && w.end <= start && w.pos === 'NOUN' && w.lemma !== w.lower && /s$/.test(w.lower))) return undefined
  return owner
}

/**
 * A side opening "its …" or "their …" said with its possessor's name as the sentence prints it ("its support for
 * Russia" → "North Korea's support for Russia"): a diagram's node is read without the sentence. As it is when no
 * one is named before it.
 */
function withPossessorNamed(side: Side): Side {
  const owner = possessorOf(side)
  if (!owner) return side
  const { s, phrase } = side
  // "imposed on Burma's Ministry of Defense, the Ministry of Home Affairs, armed forces … in response to their
  // activities": a name in a series is one of several whose it may be.
  const series = (w: string | undefined) => w === ',' || w === 'and' || w === 'or'
  const at = s.words.findIndex((w) => w.start >= s.tokens[owner.last]!.end)
  const opens = s.words.findLastIndex((w) => w.end <= s.tokens[owner.first]!.start)
  if (series(s.words[at]?.lower) || series(s.words[opens]?.lower)) return side
  const name = s.sentence.text.slice(s.tokens[owner.first]!.start, s.tokens[owner.last]!.end).replace(/['’]s$/, '')
  const rest = side.text.replace(/^(?:its|their)\s+/i, '')
  if (rest === side.text || phrase.first === phrase.last) return side
  return { ...side, text: owner.kind === 'demonym' ? `${name} ${rest}` : `${ownerForm(name, s.sentence.text)} ${rest}` }
}

/** Determiners that point back to a thing said before: "the acquisition", "such agreements". */
const POINTING_BACK = new Set(['the', 'this', 'that', 'these', 'those', 'such'])
/** Prepositions whose short phrase after a noun says which thing it is. */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'in', 'for', 'on'])
/** How many sentences back a definite noun's antecedent is looked for. */
const ANTECEDENT_WINDOW = 6
/** The most words an antecedent phrase holds, to be a label. */
const MAX_ANTECEDENT_WORDS = 7

/**
 * A side that is a pointing determiner and one noun ("the acquisition", "such a tactic") said as the phrase it points
 * back to: the nearest earlier phrase of the same head with words of its own, in this sentence or up to
 * ANTECEDENT_WINDOW sentences before ("Edwards' proposed acquisition of JenaValve Technology"). The node then cites
 * that sentence, and the arrow its own. The side as it is when there is none, or when two different phrases could be
 * meant.
 */
function withAntecedent(ctx: Context, side: Side): Side {
  const { s, phrase } = side
  const words = s.words.slice(phrase.first, phrase.last + 1)
  const det = words.filter((w) => POINTING_BACK.has(w.lower) || w.lower === 'a' || w.lower === 'an')
  const head = words.at(-1)
  // (The phrase may start after its determiner: "concerns that [the] acquisition would …".)
  const pointing = POINTING_BACK.has(words[0]!.lower) || (words.length === 1 && POINTING_BACK.has(s.words[phrase.first - 1]?.lower ?? '') && s.words[phrase.first - 1]!.pos === 'DET')
  if (!head || head.pos !== 'NOUN' || !pointing || det.length + 1 !== words.length) return side
  const candidates: Side[] = []
  for (let k = s.index; k >= 0 && k >= s.index - ANTECEDENT_WINDOW; k--) {
    const other = ctx.sentences[k]!
    const before = k === s.index ? phrase.first : other.words.length
    for (let j = before - 1; j >= 0; j--) {
      const w = other.words[j]!
      if (w.pos !== 'NOUN' || w.lemma !== head.lemma || other.words[j + 1]?.pos === 'NOUN') continue
      const found = phraseBefore(other.words, j + 1, other.sentence.text, new Set())
      if (!found) continue
      let last = found.last
      // "acquisition of JenaValve Technology", "prices in the secondary market": a short "of", "in", "for" or "on"
      // phrase says which; of a series, its first member
      // ("a global network of AI Safety Institutes [and other offices]").
      const tail = COMPLEMENT_PREPOSITIONS.has(other.words[last + 1]?.lower ?? '') ? phraseAt(other.words, last + 2, other.sentence.text) : undefined
      const join = tail ? other.words.findIndex((x, m) => m > tail.first && m <= tail.last && (x.pos === 'CCONJ' || x.text === ',')) : -1
      const tailLast = join > 0 ? join - 1 : (tail?.last ?? last)
      if (tail && tailLast - last <= MAX_OF_WORDS + 1) last = tailLast
      // "could present additional challenges": a word after an auxiliary is a verb, whatever its tag.
      let first = other.words[found.first - 1]?.pos === 'AUX' ? found.first + 1 : found.first
      // Too long, it keeps what comes after its possessor: "[medical device supplier Edwards Lifesciences
      // Corp.’s (Edwards)] proposed acquisition of JenaValve Technology".
      if (last - first + 1 > MAX_ANTECEDENT_WORDS) {
        const owner = other.words.findLastIndex((x, m) => m >= first && m < j && (/^['’]s$/.test(x.text) || x.text === ')'))
        if (owner >= 0) first = owner + 1
      }
      const span = { first, last }
      const spanWords = other.words.slice(span.first, span.last + 1)
      const content = spanWords.filter((x) => ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(x.pos) && !DROP.has(x.lower))
      if (content.length < 2 || spanWords.length > MAX_ANTECEDENT_WORDS || spanWords.some((x) => x.pos === 'VERB' && !/(?:ed|en)$/.test(x.lower))) continue
      candidates.push({ text: phraseText(other.words, span, other.sentence.text), s: other, phrase: span })
    }
  }
  // Two different things it could point back to ("prices in the secondary market", "the total ticket price"): none.
  return new Set(candidates.map((f) => f.text.toLowerCase())).size === 1 ? candidates[0]! : side
}

const OWNER_NOUNS = new Map(Object.entries(DATA.causes.ownerNouns as Record<string, string[]>).flatMap(([type, nouns]) => nouns.map((n) => [n, type] as const)))

/**
 * A side opening "the country's …" (data/causes.json ownerNouns) with the actor it stands for: the one of that type
 * the sentence names last before it, in the sentence's words ("US-Israeli strikes killed senior Iranian leaders and
 * damaged the country's nuclear programme" → "Iranian nuclear programme"); the side as it is when none is named.
 */
function withOwnerNamed(ctx: Context, side: Side): Side {
  const { s, phrase } = side
  const [det, noun, mark] = [s.words[phrase.first], s.words[phrase.first + 1], s.words[phrase.first + 2]]
  if (det?.lower !== 'the' || !noun || !mark || !/^['’]s$/.test(mark.lower) || phrase.first + 2 >= phrase.last) return side
  const type = OWNER_NOUNS.get(noun.lower)
  if (!type) return side
  // Not who the sentence's subject names: a writer speaks of the subject's own as "its"; nor a capital, which names
  // a government, not the country; and only when one actor is left.
  const verb = s.words.findIndex((_, k) => isFiniteVerb(s.words, k))
  const subjectEnd = verb < 0 ? -1 : s.words[verb]!.start
  const subject = new Set(s.mentions.filter((m) => s.tokens[m.last]!.end <= subjectEnd).map((m) => m.actor))
  const candidates = s.mentions.filter((m) => s.tokens[m.first]!.start >= subjectEnd && s.tokens[m.last]!.end <= det.start && m.kind !== 'capital' && !subject.has(m.actor) && ctx.actors.get(m.actor)?.type === type)
  const owner = candidates.at(-1)
  if (!owner || new Set(candidates.map((m) => m.actor)).size > 1) return side
  const name = s.sentence.text.slice(s.tokens[owner.first]!.start, s.tokens[owner.last]!.end)
  const rest = s.sentence.text.slice(s.words[phrase.first + 3]!.start, s.words[phrase.last]!.end)
  return { ...side, text: owner.kind === 'demonym' || owner.possessive ? `${name} ${rest}` : `${name}'s ${rest}` }
}

/**
 * Whether a phrase names no situation: one common noun ("Ticketers" opening a sentence, "the disease"), or only
 * names ("Trump", "Live Nation", "the FTC"): who acts, not what happens.
 */
function isBareSide(side: Side, bodies: Set<string>, cause: boolean): boolean {
  const { s, phrase } = side
  const content = s.words.slice(phrase.first, phrase.last + 1).filter((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(w.pos))
  // "his behaviors", "its website": one noun owned by someone the phrase does not name says no more than the noun.
  if (content.length === 1 && content[0]!.pos !== 'PROPN' && (!/\s/.test(side.text.trim()) || RE_PERSON_OWNED.test(side.text.trim()))) return true
  const named = (w: (typeof content)[number]) => s.mentions.some((m) => s.tokens[m.first]!.start <= w.start && w.end <= s.tokens[m.last]!.end)
  // "President Donald J. Trump": a title before a name is part of who acts ("China's national security" is not).
  const firstNamed = content.find(named)
  // "US President Donald Trump": a title after a state's name, before the person's, too.
  const inTitle = titleWords(s.words, phrase.first, phrase.last)
  const title = (w: (typeof content)[number]) => inTitle.has(w.start) && content.some((x) => named(x) && w.end <= x.start)
  // An acronym that is no actor is a document or a programme ("the MOU", "the BOTS Act" is two words): a thing.
  // So is a name that is no actor after "a" ("a “Second Request”", "an Executive Order"): one of a kind of things.
  // An acronym the article defines as a body's ("… Tunnel Authority (TBTA)") is who acts.
  if (isPhenomenon(content, s.words[0]!, named)) return false
  // "the U.S. government": a state's name with its government's noun is the state acting (data/actors.json governmentWords).
  const governs = (w: (typeof content)[number]) => !!firstNamed && GOVERNMENT_WORDS.has(w.lower)
  // "Hong Kong officials", "Houthi rebels", "the Treasury Secretary": as a cause, a noun for people, an office or a
  // body after the names and adjectives that say whose is who acts, not a situation (data/actors.json civilNouns,
  // groupNouns, groupHeads, roles; data/causes.json whoNouns). (As an effect it is who is hurt or helped: "threatens
  // US consumers".)
  // ("Human rights groups", "individuals in Sihanoukville": its modifiers may be nouns, and a name may follow it.)
  if (cause && whoActs(s.words, phrase, named)) return true
  return content.length > 0 && content.every((w) => named(w) || title(w) || governs(w) || bodies.has(w.text) || (w.pos === 'PROPN' && !RE_ACRONYM.test(w.text) && !indefinite(s.words, phrase.first)))
}

/**
 * Whether the phrase is a noun for people, an office or a body (WHO_NOUNS), after nouns, adjectives and names that
 * say whose, and before at most a preposition and a name ("officials of China", "individuals in Sihanoukville").
 */
function whoActs(words: Word[], phrase: Phrase, named: (w: Word) => boolean): boolean {
  const head = headOf(words, phrase)
  const at = words.indexOf(head)
  if (head.pos !== 'NOUN' || !WHO_NOUNS.has(head.lower) || at < phrase.first) return false
  const content = (w: Word) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(w.pos)
  const before = words.slice(phrase.first, at).filter(content)
  const after = words.slice(at + 1, phrase.last + 1)
  const ownerAfter = after.length === 0 || (after[0]!.pos === 'ADP' && after.slice(1).filter(content).every((w) => w.pos === 'PROPN' || named(w)))
  return ownerAfter && before.every((w) => named(w) || ['ADJ', 'PROPN', 'NOUN'].includes(w.pos))
}

/**
 * Whether a phrase of names only is a phenomenon or an event, not who acts ("El Niño", "the Great Depression"):
 * no actor is named in it, a word of it past the sentence's first is capitalised (a capital of position, as in
 * "Ticketers" opening a sentence, makes no name) and its last word makes no body of it ("the Court").
 */
function isPhenomenon<W extends { pos: string; text: string; start: number }>(content: W[], first: W, named: (w: W) => boolean): boolean {
  return (
    content.length > 0 &&
    content.every((w) => w.pos === 'PROPN' && !named(w) && !RE_ACRONYM.test(w.text)) &&
    content.some((w) => w.start > first.start) &&
    !ORG_SUFFIXES.has(content.at(-1)!.text)
  )
}

const STOP_HEADS = new Set(DATA.causes.stopHeads as string[])
const ASKED = new Set(DATA.causes.askedHeads as string[])
const METHOD = new Set(DATA.causes.methodVerbs as string[])
const CATAPHORIC = new Set(DATA.causes.cataphoric as string[])
/** Possessives of the writer or reader: "our new tool", "your data" name the speaker's own thing, not a situation. */
const SPEAKER_OWNED = new Set(['our', 'my', 'your'])
/** What a verb's object opens with: a clause label ending on its verb right before one was cut short. */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'])
/** Words after a verb that say where or how much, not what: "travelling there", "sinking more than ten centimetres". */
const NOT_OBJECTS = new Set(['there', 'here', 'more', 'less', 'much', 'fewer', 'further'])
/** Articles: a phrase that ends on one and a word that is no noun is cut before its noun. */
const ARTICLES = new Set(['a', 'an', 'the'])

/**
 * Whether a side is a piece of a clause, not a situation an analyst would draw: it opens with a preposition or a
 * subordinator ("after reviewing the application", "as members introduced") or a bare "to"; it is the speaker's
 * own ("our new tool"); it opens with a word that takes it out of a list ("including funding provided"); it is a step of the analysis ("adjusting for task success", data/causes.json
 * methodVerbs); it points forward to a list ("the following factors"); it names a question, not what happens
 * ("questions about the term"); it ends on a verb of saying ("… Beggs said") or on an article and a word that is no
 * noun ("should serve as an enduring"); or it ends on a verb whose object the sentence goes on with ("clerks to do"
 * of "clerks to do all of the filing").
 */
export function isFragment(side: Side): boolean {
  const { words } = side.s
  const { first, last } = side.phrase
  let k = first
  while (k < last && ['NUM', 'PUNCT', 'SYM'].includes(words[k]!.pos)) k++
  const opener = words[k]!
  // ("Off-label marketing", "in-house research": a preposition joined by a hyphen to the next word is part of a
  // compound modifier, and opens no phrase of its own.)
  const compound = words[k + 1]?.text === '-' && glued(words, k + 1)
  if ((['ADP', 'SCONJ'].includes(opener.pos) && !compound) || opener.lower === 'to' || SPEAKER_OWNED.has(opener.lower) || LIST_OPENERS.has(opener.lower)) return true
  if (opener.pos === 'VERB' && opener.lower.endsWith('ing') && METHOD.has(opener.lemma)) return true
  for (let i = first; i <= last; i++) if (CATAPHORIC.has(words[i]!.lower)) return true
  if (ASKED.has(headOf(words, side.phrase).lemma.toLowerCase())) return true
  // "NASA Administrator James M. Beggs said": a phrase ending on its verb of saying is someone speaking, whose words
  // follow; the situation is in them, not in the speaking.
  if (words[last]!.pos === 'VERB' && SAYING_VERBS.has(words[last]!.lemma) && last > first) return true
  // "this Compact should serve as an enduring": an article and a word that is no noun at the end wait for their noun.
  if (last > first && ARTICLES.has(words[last - 1]!.lower) && !['NOUN', 'PROPN', 'NUM', 'PRON'].includes(words[last]!.pos)) return true
  const next = words[last + 1]
  return words[last]!.pos === 'VERB' && !!next && ((OBJECT_OPENERS.has(next.pos) && !NOT_OBJECTS.has(next.lower)) || next.lower === 'that')
}

/** Words that open an example or an exception taken out of a list (data/causes.json listOpeners): "including …". */
const LIST_OPENERS = new Set(DATA.causes.listOpeners as string[])

const GOVERNMENT_WORDS = new Set((DATA.actors.governmentWords as string[]).map((w) => w.toLowerCase()))

/** A phrase opening with a pronoun's possessive: "his behaviors", "her presence", "its website", "their rhetoric". */
const RE_PERSON_OWNED = /^(?:his|her|its|their|our|my|your)\s/i
/** Nouns for who acts: people, an office, a body (their plurals too); not a force ("strategic nuclear forces" are an arsenal too). */
const WHO_NOUNS = new Set(
  [DATA.actors.civilNouns, DATA.actors.groupNouns, DATA.actors.groupHeads, DATA.actors.roles, DATA.causes.whoNouns as string[]]
    .flat()
    .flatMap((n) => [n.toLowerCase(), `${n.toLowerCase()}s`]),
)
const ORG_SUFFIXES = new Set(DATA.actors.orgSuffixes as string[])
const RE_DEFINED_ACRONYM = /\((\p{Lu}{2,}s?)\)/gu

/**
 * The common nouns the article is about, each with how it says it after "the" ("war" → "the war"): said at least
 * TOPIC_MIN_SAID times, at least TOPIC_MIN_DEFINITE of them right after "the".
 */
function topicsOf(ctx: Context): Map<string, string> {
  const said = new Map<string, number>()
  const definite = new Map<string, number>()
  for (const s of ctx.sentences)
    s.words.forEach((w, i) => {
      if (w.pos !== 'NOUN') return
      said.set(w.lower, (said.get(w.lower) ?? 0) + 1)
      if (s.words[i - 1]?.lower === 'the') definite.set(w.lower, (definite.get(w.lower) ?? 0) + 1)
    })
  const out = new Map<string, string>()
  for (const [word, n] of said) if (n >= TOPIC_MIN_SAID && (definite.get(word) ?? 0) >= TOPIC_MIN_DEFINITE) out.set(word, `the ${word}`)
  return out
}

/**
 * Acronyms the article defines as bodies: "the Triborough Bridge and Tunnel Authority (TBTA)" → TBTA, a name whose
 * last word makes it an organisation (data/actors.json orgSuffixes). Such an acronym is who acts, not a thing
 * ("a memorandum of understanding (MOU)" stays a thing).
 */
function orgAcronyms(ctx: Context): Set<string> {
  const out = new Set<string>()
  for (const s of ctx.sentences) {
    for (const m of s.sentence.text.matchAll(RE_DEFINED_ACRONYM)) {
      const before = s.sentence.text.slice(Math.max(0, m.index - 40), m.index).trim().split(/\s+/).at(-1) ?? ''
      if (ORG_SUFFIXES.has(before)) out.add(m[1]!)
    }
  }
  return out
}

/** The words of people's titles (data/actors.json titles): "President", "Prime", "Minister". */
/** Titles (data/actors.json), each as its lower-case words: "national security adviser" → national, security, adviser. */
const TITLES = (DATA.actors.titles as string[]).map((t) => t.toLowerCase().split(/[\s-]+/))

/**
 * Where the words of a whole title stand between `first` and `last` (by where each word starts): "President",
 * "National Security Adviser" — not "national security" alone, which is no one's title.
 */
function titleWords(words: Side['s']['words'], first: number, last: number): Set<number> {
  const out = new Set<number>()
  for (let i = first; i <= last; i++) {
    // (A hyphen between a title's words, as in "Vice-President", is a word of the text but not of the title.)
    const at = words.slice(i, last + 1).filter((w) => w.text !== '-')
    for (const t of TITLES) if (t.every((x, k) => at[k]?.lower === x)) for (const w of at.slice(0, t.length)) out.add(w.start)
  }
  return out
}

/** Whether the phrase at `first` opens with "a" or "an", or follows one over an opening quotation mark. */
function indefinite(words: Side['s']['words'], first: number): boolean {
  let k = first
  if (!['a', 'an'].includes(words[k]?.lower ?? '')) {
    k = first - 1
    while (k >= 0 && OPENING_QUOTES.has(words[k]!.text)) k--
  }
  return ['a', 'an'].includes(words[k]?.lower ?? '')
}

const FIELDS = Object.entries(DATA.causes.fields as Record<string, string[]>).map(([name, lemmas]) => ({ name, lemmas: new Set(lemmas) }))

/** The semantic field most of the phrase's words belong to, if any. */
function fieldOf(side: Side): string | undefined {
  const lemmas = side.s.words.slice(side.phrase.first, side.phrase.last + 1).flatMap((w) => [w.lemma, w.lower])
  let best: { name: string; n: number } | undefined
  for (const f of FIELDS) {
    const n = lemmas.filter((l) => f.lemmas.has(l)).length
    if (n > 0 && (!best || n > best.n)) best = { name: f.name, n }
  }
  return best?.name
}

/**
 * Whether an effect only restates its cause: every word of it is in the cause's words ("Nontransferable ticket
 * policies" → "tickets being transferred"). The link defines the cause; it states nothing that happens.
 */
function restates(cause: Side, effect: Set<string>): boolean {
  const words = cause.s.words.slice(cause.phrase.first, cause.phrase.last + 1).map((w) => w.lower)
  // A word of four letters or more may stand inside a longer one: "transfer" in "nontransferable".
  const said = (lemma: string) => words.some((w) => w === lemma || (lemma.length >= MIN_INNER_WORD && w.includes(lemma)))
  return effect.size > 0 && [...effect].every((lemma) => said(lemma.toLowerCase()))
}

const RE_YEAR = /(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,.]\d|\d)/g

/**
 * Whether a cause is dated after its effect by the years the two phrases name ("the 2024 rule" → "the 2016
 * ruling"): a later event cannot cause an earlier one, so the link was misread and draws no arrow. Only when
 * every year the cause names comes after every year the effect names.
 */
export function isLater(cause: string, effect: string): boolean {
  const years = (p: string) => [...p.matchAll(RE_YEAR)].map((m) => Number(m[1]))
  const [c, e] = [years(cause), years(effect)]
  return c.length > 0 && e.length > 0 && Math.min(...c) > Math.max(...e)
}

function isBare(label: string): boolean {
  return !/\s/.test(label.trim()) && !/^\p{Lu}/u.test(label.trim())
}

/** Ids from labels, made unique: "chinas-a2-ad-capabilities", "us-bases", "us-bases-2". */
function uniqueIds(entries: [string, string][]): Map<string, string> {
  const taken = new Set<string>()
  const out = new Map<string, string>()
  for (const [key, label] of entries) {
    // At most 40 characters, cut between words.
    const full = slug(label)
    const base = (full.length <= 40 ? full : full.slice(0, 41).replace(/-[^-]*$/, '')) || 'situation'
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    out.set(key, id)
  }
  return out
}

/**
 * The label of a situation: of its phrases, one that names someone (a capitalised word) and is not "its …",
 * said most often, then the shortest of two or more words; colourless modifiers and quotation marks dropped;
 * at most MAX_LABEL_WORDS words.
 */
export function labelOf(phrases: string[], heads: string[] = []): string {
  // Quotation marks go; a closing ’ stays when nothing opened it: "RMS’ radical views" is a possessive.
  const cleaned = phrases.map((p) => stripModifiers(p.replace(/[“”"]/g, '').replace(/‘([^’]*)’/g, '$1').replace(/(\w) - (\w)/g, '$1-$2')))
  const headOfPhrase = new Map(cleaned.map((p, i) => [p, heads[i] ?? '']))
  // The head said most often in the situation ("capabilities" twice over "capacity" once), then the phrase itself.
  const tally = (list: string[]) => list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())
  const headCount = tally(heads)
  const phraseCount = tally(cleaned)
  const count = (p: string) => (headCount.get(headOfPhrase.get(p)!) ?? 0) * 10 + phraseCount.get(p)!
  const named = cleaned.filter((p) => /\p{Lu}/u.test(p) && !/^(?:its|their)\b/i.test(p))
  const multi = (named.length ? named : cleaned).filter((p) => p.split(/\s+/).length >= 2)
  const pool = (multi.length ? multi : named.length ? named : cleaned).sort(
    // Of two as long, a compound before an "of" phrase: "kelp declines" names the thing first, "loss of kelp" its head.
    (a, b) => count(b) - count(a) || a.split(/\s+/).length - b.split(/\s+/).length || Number(/\sof\s/i.test(a)) - Number(/\sof\s/i.test(b)) || a.length - b.length,
  )
  // "tens of thousands of new, high-paying jobs": too long, a label leaves out the count rather than the head.
  const best = pool[0]!.split(/\s+/).length > MAX_LABEL_WORDS ? withoutCount(pool[0]!) : pool[0]!
  const words = best.split(/\s+/)
  // "large businesses to avoid entity-level taxes": a clause of who is brought to do what is already short (see
  // controlledClause); cut, it would lose its doer or its verb's object.
  const controlled = words.indexOf('to') > 0 && words.length <= MAX_LABEL_WORDS + 2 && !STOP_HEADS.has(words[0]!.toLowerCase())
  if (words.length <= MAX_LABEL_WORDS) return best
  return controlled ? words.filter((w, k) => k === 0 || !SPARE.has(w.toLowerCase())).join(' ') : withoutLooseEnd(shorten(words))
}

/** "tens of thousands of", "hundreds of": counting nouns and their "of" (data/language.json countingNouns). */
const RE_COUNT = new RegExp(`^(?:(?:${LANGUAGE.countingNouns.join('|')}) of )+`, 'i')

/** "tens of thousands of new, high-paying jobs" → "new, high-paying jobs": the count goes, when two words or more remain. */
function withoutCount(p: string): string {
  const rest = p.replace(RE_COUNT, '')
  return rest !== p && rest.split(/\s+/).length >= 2 ? rest : p
}

/**
 * Words a cut label may not end on: what points to or owns the noun that was cut, the "of" before them, and a
 * preposition or infinitive "to" whose phrase was cut ("deployment of an international force to[ help …]").
 */
const LOOSE_ENDS = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'such', 'to', 'in', 'on', 'for', 'by', 'with', 'from', 'at', 'into'])

/** "Biden Administration's implementation of this" → "Biden Administration's implementation": a cut label ends on a noun. */
function withoutLooseEnd(label: string): string {
  const words = label.split(/\s+/)
  // ("Tehran's subsequent expansion of the country's" → "Tehran's subsequent expansion": an owner whose noun was cut.)
  while (words.length > 1 && (LOOSE_ENDS.has(words.at(-1)!.toLowerCase()) || /['’]s?$/.test(words.at(-1)!))) words.pop()
  return words.join(' ')
}

/** A label that names whose situation it is, in two words or more: "North Korea’s nuclear hostility", not "its security". */
function isNamedLabel(p: string): boolean {
  return /\p{Lu}/u.test(p) && !/^(?:its|their)\b/i.test(p) && stripModifiers(p).split(/\s+/).length >= 2
}

function stripModifiers(p: string): string {
  const words = p.split(/\s+/)
  // "new forms of work", "new ways of working": a noun of a kind needs the word before it to say which.
  // (Not one joined to the next: "new and serious threats" would leave "and serious threats".)
  while (words.length > 1 && DROP.has(words[0]!.toLowerCase()) && !KIND_NOUNS.has(words[1]!.toLowerCase()) && !['and', 'or'].includes(words[1]!.toLowerCase())) words.shift()
  // "Much of the difference", "most of the increase": a quantity's "of" goes with it, and what follows its own determiners.
  if (words.length > 2 && words[0]!.toLowerCase() === 'of' && words.length < p.split(/\s+/).length) return stripModifiers(words.slice(1).join(' '))
  return words.join(' ')
}

/** Words a long label can spare before it is cut: articles and auxiliaries ("Yemeni and Saudi forces launched counteroffensive"). */
const SPARE = new Set(['a', 'an', 'the', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'been', 'does', 'do', 'did'])

/** A long label keeps its head: "the credibility of international sanctions and punitive measures" → up to the "of" phrase's noun. */
function shorten(words: string[]): string {
  const spared = words.filter((w, k) => k === 0 || !SPARE.has(w.toLowerCase()))
  if (spared.length <= MAX_LABEL_WORDS) return spared.join(' ')
  // "Enhanced resources for the Bureau of Industry and Security": a name of several words closing the label says
  // whose thing it is; cut, the label would lose it or split it. Kept whole when a word or two too long.
  if (spared.length <= MAX_LABEL_WORDS + MAX_OVER_WORDS && endsInName(spared)) return spared.join(' ')
  const of = words.findIndex((w) => w.toLowerCase() === 'of')
  // A short "of" phrase is kept whole and the modifiers before the head go: "massive and violent campaign of
  // ethnic cleansing" → "violent campaign of ethnic cleansing", not "… campaign of ethnic"; never a name.
  const dropped = words.slice(0, words.length - MAX_LABEL_WORDS)
  if (of > 0 && words.length - of - 1 <= MAX_OF_WORDS && dropped.every((w) => !/\p{Lu}/u.test(w))) return words.slice(words.length - MAX_LABEL_WORDS).join(' ').replace(/^(?:of|and|or|the|a|an)\s+/i, '')
  // ("approval of applications for new cryptocurrency[ mines]": a cut that falls inside a later preposition's phrase
  // ends before that preposition instead: "approval of applications".)
  const later = words.findIndex((w, k) => k > of + 1 && k < MAX_LABEL_WORDS && CUT_PREPOSITIONS.has(w.toLowerCase()))
  if (of > 0 && of < MAX_LABEL_WORDS && later > 0) return words.slice(0, later).join(' ')
  if (of > 0 && of < MAX_LABEL_WORDS) return words.slice(0, Math.min(words.length, MAX_LABEL_WORDS)).join(' ').replace(/\s+(?:of|and|the|a)$/i, '')
  // A label a word or two too long is kept whole: cut from the front it would lose its subject ("[supply] chains
  // already exist at enormous scale"), from the end its head ("UN refugee agency underwent profound structural[
  // change]").
  if (spared.length <= MAX_LABEL_WORDS + MAX_OVER_WORDS) return spared.join(' ')
  // A name opening the label (an acronym, or two capitalised words) is kept, the end cut instead: "KLA formed
  // in 1995 to fight back against Serbian forces" → "KLA formed in 1995 to fight".
  if (/^\p{Lu}{2,}/u.test(words[0]!) || (/^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!))) return words.slice(0, MAX_LABEL_WORDS).join(' ').replace(/\s+(?:of|and|or|the|a|an|to|in|on|for|by|with)$/i, '')
  return words.slice(Math.max(0, words.length - MAX_LABEL_WORDS)).join(' ')
}

/** Prepositions before which a long label may end, its head and "of" phrase kept whole. */
const CUT_PREPOSITIONS = new Set(['for', 'in', 'on', 'to', 'with', 'at', 'from', 'by', 'into', 'against', 'over', 'under', 'between', 'among', 'through', 'during'])

/** Whether words end in a name of two capitalised words or more, joined by "of" or "and": "Bureau of Industry and Security". */
function endsInName(words: string[]): boolean {
  let names = 0
  for (let k = words.length - 1; k > 0; k--) {
    if (/^\p{Lu}/u.test(words[k]!)) names++
    else if (!(['of', 'and'].includes(words[k]!) && /^\p{Lu}/u.test(words[k - 1]!))) break
  }
  return names >= 2
}
