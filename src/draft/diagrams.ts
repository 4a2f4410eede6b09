/**
 * The diagram slides of a deck, each only when the article has material for it:
 *  - actors: the main actors (a person or body dealing with another state folded into its own), grouped into blocs, and how they
 *    relate — at least MIN_ACTORS actors and one relation between states or organisations;
 *  - dynamics: the causal graph, its feedback loop first, then its other clusters; a lone link only when stated
 *    outright — at least MIN_CAUSAL_EDGES links;
 *  - timeline: the dated events in order — at least MIN_EVENTS, for one shows no order.
 */
import type { Slide, SlideOf } from '../outline/schema.ts'
import { headlineOf, LONG_TITLE_WORDS, trimSentence } from './trim.ts'
import { condenseClause } from './condense.ts'
import { endsBeforeItsComplement } from './trim/ends.ts'
import { MONTHS, RE_YEAR } from './trim/vocabulary.ts'
import { type Parse, parseSentence } from './trim/parse.ts'
import { SUBJECT_PRONOUNS } from './select.ts'
import { hasWord, openQuotations, tagWords, type Word } from '../language/index.ts'
import { backReference, hasFiniteVerb, isFiniteVerb, participleForm, verbAfterSubject } from '../language/grammar.ts'
import { LANGUAGE } from '../language/data.ts'
import type { Actor, Analysis, Article, Relation, RelationKind } from '../types.ts'
import relationData from '../../data/relations.json' with { type: 'json' }
import organisationData from '../../data/organisations.json' with { type: 'json' }
import datesData from '../../data/dates.json' with { type: 'json' }
import actorsData from '../../data/actors.json' with { type: 'json' }

/** A diagram read from the back of a room holds about eight actors and ten relations. */
const MAX_ACTORS = 8
const MIN_ACTORS = 3
const MIN_ACTOR_EDGES = 2
const MAX_EDGES = 11
/** The most-mentioned actors count as what the article is about. */
const MAX_PROTAGONISTS = 3
const MAX_FLOW_NODES = 8
const MAX_FLOW_EDGES = 10
const MIN_CAUSAL_EDGES = 2
/** A timeline shows the order of at least this many events. */
const MIN_EVENTS = 2
const MAX_EVENTS = 8
const MAX_LABEL_WORDS = 6
const MAX_EVENT_WORDS = 11
/** What the timeline shows of an event's text (src/render/diagrams/timeline.ts). */
const MAX_EVENT_CHARS = 96
/** How much each kind pulls two actors into one bloc (positive) or apart (negative). */
const AFFINITY: Record<RelationKind, number> = {
  alliance: 3,
  support: 2,
  cooperation: 1.5,
  dialogue: 0.5,
  tension: -1,
  pressure: -0.5,
  condemnation: -1,
  hostility: -1.5,
}
/** The relations that put two actors in one bloc (when their ties outweigh their quarrels). */
const BLOC_KINDS = new Set<RelationKind>(['alliance', 'cooperation'])
/** The relations that keep two actors out of one bloc whatever else ties them. */
const OPPOSING_KINDS = new Set<RelationKind>(['tension', 'condemnation', 'hostility'])
/** The relations that tie two actors, backing included. */
const TIE_KINDS = new Set<RelationKind>([...BLOC_KINDS, 'support'])
/** The relations that set two actors at odds, pressure included. */
const AT_ODDS_KINDS = new Set<RelationKind>([...OPPOSING_KINDS, 'pressure'])
/** Who takes sides by backing another: states and armed groups (not a court, an agency or a company). */
const CAMP_TYPES = new Set(['state', 'group'])
/** Towards these a person or body tied to a state acts for the state. */
const FOLD_TOWARDS = new Set(['state', 'organisation', 'group'])
/**
 * A group named by a common noun ("students", "plaintiffs": the analysis keeps it in lower case), not a named armed
 * group ("the Houthis"): a party or a ministry that deals with it acts as itself, not for its state.
 */
const isCommonGroup = (a: Actor | undefined) => a?.type === 'group' && !/^\p{Lu}/u.test(a.name)
const BLOC_TYPES = new Set(['state', 'group', 'company', 'organisation'])
/** International bodies (data/organisations.json), towards which a state's body acts for its state. */
const INTERNATIONAL = new Set(organisationData.bodies.flatMap((b) => [b.name, ...(b.aliases ?? [])]))
/**
 * Whom a person or body tied to a state deals with on its state's behalf: another state, an armed group, an
 * international body or another state's body — not a body of no state the article names, such as a domestic court
 * ("the district court enjoined the Department of Transportation" is no court against the United States).
 */
function actsForState(a: Actor, b: Actor | undefined): boolean {
  if (!b || !FOLD_TOWARDS.has(b.type) || isCommonGroup(b)) return false
  if (b.type !== 'organisation') return true
  return [b.name, ...b.aliases].some((n) => INTERNATIONAL.has(n)) || (!!b.affiliation && b.affiliation !== a.affiliation)
}
const PRIORITY = relationData.priority as RelationKind[]
const JUDICIAL_HEADS = new Set(relationData.judicialHeads)
/** A court ("the U.S. District Court", "International Court of Justice"): it decides between sides, it takes none. */
const isCourt = (a: Actor | undefined) => !!a && [a.name, ...a.aliases].some((n) => n.split(/\s+/).some((w) => JUDICIAL_HEADS.has(w)))

/**
 * `draftDiagramSlides(article, analyse(article))` → up to three slides: actors, dynamics, timeline. `subjects`: the
 * name a sentence's opening pronoun stands for, by sentence id (the points' reading, src/draft/select.ts).
 */
export function draftDiagramSlides(article: Article, analysis: Analysis, subjects: ReadonlyMap<string, string> = new Map()): Slide[] {
  const slides: (Slide | undefined)[] = [actorsSlide(article, analysis), dynamicsSlide(analysis), timelineSlide(article, analysis, subjects)]
  return slides.filter((s): s is Slide => s !== undefined)
}

// ───────────────────────────── actors ─────────────────────────────

interface Pair {
  a: string
  b: string
  kinds: Map<RelationKind, { from: string; to: string; source: Set<string> }>
}

function actorsSlide(article: Article, analysis: Analysis): SlideOf<'actors'> | undefined {
  const byId = new Map(analysis.actors.map((a) => [a.id, a]))
  const protagonists = protagonistsOf(article, analysis)
  // A person or body tied to a state acts for it towards another state, an international body or an armed group
  // ("President Trump signed agreements with Malaysia": the United States and Malaysia); towards a company or a
  // person it acts on its own ("a district court ruled for Anthropic", "President Biden met Live Nation", "Trump
  // and Anwar announced deals"). A protagonist is folded only where it keeps a relation of its own, so it is drawn.
  const rebels = againstOwnState(analysis, byId)
  const foldable = (id: string, other: string) => {
    const a = byId.get(id)
    const b = byId.get(other)
    // Two bodies of one state dealing with each other (a court indicting a militia) act as themselves.
    const internal = !!b?.affiliation && b.affiliation === a?.affiliation
    return !!a?.affiliation && byId.has(a.affiliation) && a.type !== 'state' && actsForState(a, b) && !internal && !rebels.has(id)
  }
  const keepsOwn = new Set(analysis.relations.flatMap((r) => [...(foldable(r.from, r.to) ? [] : [r.from]), ...(foldable(r.to, r.from) ? [] : [r.to])]))
  const folds = (id: string, other: string) => foldable(id, other) && (!protagonists.has(id) || keepsOwn.has(id))
  // ("NASA and the Australian Space Agency signed a framework": when the other side is a state's body that stays
  // itself, a protagonist, this one stays itself too: two agencies, not Australia and NASA.)
  const staysBody = (other: string, id: string) => !!byId.get(other)?.affiliation && byId.get(other)!.type !== 'state' && !folds(other, id)
  const fold = (id: string, other: string) => (folds(id, other) && !staysBody(other, id) ? byId.get(id)!.affiliation! : id)
  const pairs = new Map<string, Pair>()
  const listings = listingSentences(analysis.relations)
  for (const r of analysis.relations) {
    if (r.source.every((id) => listings.has(id))) continue
    const from = fold(r.from, r.to)
    const to = fold(r.to, r.from)
    if (from === to) continue
    const [a, b] = from < to ? [from, to] : [to, from]
    const pair = pairs.get(`${a}|${b}`) ?? { a, b, kinds: new Map() }
    const k = pair.kinds.get(r.kind) ?? { from, to, source: new Set<string>() }
    for (const s of r.source) k.source.add(s)
    pair.kinds.set(r.kind, k)
    pairs.set(`${a}|${b}`, pair)
  }
  // How much an actor relates: the sentences that relate it to anyone, each counted once (one sentence listing
  // four signatories is one act, not six relations for each of them).
  const sentencesOf = new Map<string, Set<string>>()
  const weight = (p: Pair) => [...p.kinds.values()].reduce((t, k) => t + k.source.size, 0)
  for (const p of pairs.values())
    for (const id of [p.a, p.b]) {
      const own = sentencesOf.get(id) ?? new Set<string>()
      for (const k of p.kinds.values()) for (const s of k.source) own.add(s)
      sentencesOf.set(id, own)
    }
  const degree = new Map([...sentencesOf].map(([id, s]) => [id, s.size]))
  const mentions = new Map<string, number>()
  for (const a of analysis.actors) mentions.set(a.id, a.mentions.length)
  const score = (id: string) => (protagonists.has(id) ? 1e6 : 0) + (mentions.get(id) ?? 0) + 2 * (degree.get(id) ?? 0)
  // A protagonist no relation reaches is still drawn, on its own, when the others relate: the map shows who the
  // article is about (its relations may be stated in words no cue catches).
  const unrelated = [...protagonists].filter((id) => !degree.has(id) && standsAlone(byId.get(id), article))
  const chosen = [...degree.keys()].sort((x, y) => score(y) - score(x) || x.localeCompare(y)).slice(0, MAX_ACTORS - unrelated.length)
  // A person the article keeps naming stands on her own too, where the related actors leave room: she is one of
  // the people it is about even when no cue catches what she does ("X has been quick to respond").
  const room = MAX_ACTORS - chosen.length - unrelated.length
  const named = analysis.actors.filter((a) => a.type === 'person' && !degree.has(a.id) && !protagonists.has(a.id) && standsAlone(a, article))
  unrelated.push(...named.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id)).slice(0, Math.max(0, room)).map((a) => a.id))
  const inChosen = new Set(chosen)
  const kept = [...pairs.values()].filter((p) => inChosen.has(p.a) && inChosen.has(p.b))
  // One relation is enough when it joins two named actors the article is about: the map shows them and their tie
  // (not "researchers" and a tool: a group named by a common noun is too loose a side to carry a map alone).
  const central = kept.length === 1 && [kept[0]!.a, kept[0]!.b].every((id) => protagonists.has(id) && !isCommonGroup(byId.get(id)))
  if (chosen.length + (central ? unrelated.length : 0) < MIN_ACTORS || (kept.length < MIN_ACTOR_EDGES && !central)) return undefined

  const candidates = kept
    .map((p) => {
      const [kind, k] = [...p.kinds.entries()].sort(
        ([ka, a], [kb, b]) => b.source.size - a.source.size || PRIORITY.indexOf(ka) - PRIORITY.indexOf(kb),
      )[0]!
      return { from: k.from, to: k.to, kind, source: [...k.source].sort(bySentence), strength: weight(p) + (protagonists.has(p.a) || protagonists.has(p.b) ? 0.5 : 0) }
    })
    .sort((x, y) => y.strength - x.strength)
  // Each chosen actor keeps its strongest relation; the rest of the room goes to the strongest relations.
  const picked = new Set<(typeof candidates)[number]>()
  for (const id of chosen) {
    const own = candidates.find((e) => e.from === id || e.to === id)
    if (own && picked.size < MAX_EDGES) picked.add(own)
  }
  for (const e of candidates) if (picked.size < MAX_EDGES) picked.add(e)
  const edges = candidates.filter((e) => picked.has(e)).map(({ strength: _, ...e }) => e)
  const used = [...chosen.filter((id) => edges.some((e) => e.from === id || e.to === id)), ...unrelated]
  const blocs = findBlocs(used, kept, byId, score)
  const nodes = used.map((id) => {
    const a = byId.get(id)!
    return { id, label: a.name, type: a.type, ...(blocs.has(id) ? { bloc: blocs.get(id)! } : {}) }
  })
  return { kind: 'actors', title: 'Actors and alignments', nodes, edges }
}

/** A sentence that relates this many actors each with each lists them (signatories, members), it maps nothing. */
const MIN_LISTED = 5

/**
 * "We, Angola, Argentina, Brazil, … and the United States, … commit to cooperate", "The envoys of the United States,
 * the European Union, France, Germany, … met in Rome": the sentences that relate MIN_LISTED actors or more each with
 * each. Such a sentence lists them (signatories, participants): a map of its relations says only that they are
 * listed together, and picks some of them at random; the points say it better.
 */
function listingSentences(relations: Relation[]): Set<string> {
  const bySentence = new Map<string, Set<string>>()
  for (const r of relations) {
    if (r.source.length !== 1) continue
    const pairs = bySentence.get(r.source[0]!) ?? new Set<string>()
    pairs.add([r.from, r.to].sort().join('|'))
    bySentence.set(r.source[0]!, pairs)
  }
  const listed = new Set<string>()
  for (const [id, pairs] of bySentence) {
    const actors = new Set([...pairs].flatMap((p) => p.split('|')))
    if (actors.size >= MIN_LISTED && pairs.size === (actors.size * (actors.size - 1)) / 2) listed.add(id)
  }
  return listed
}

/**
 * The bodies at war with their own state or with another of its bodies ("the militia fought the Sudanese army"): in
 * a civil war a side acts for itself, not for the state it belongs to. (A court indicting a militia is no war.)
 */
function againstOwnState(analysis: Analysis, byId: Map<string, Actor>): Set<string> {
  const rebels = new Set<string>()
  const stateOf = (id: string) => (byId.get(id)?.type === 'state' ? id : byId.get(id)?.affiliation)
  for (const r of analysis.relations) {
    if (r.kind !== 'hostility' || stateOf(r.from) === undefined || stateOf(r.from) !== stateOf(r.to)) continue
    for (const id of [r.from, r.to]) if (byId.get(id)?.type !== 'state') rebels.add(id)
  }
  return rebels
}

/**
 * Who the article is about: the actors its headline names, and its most-mentioned ones (MAX_PROTAGONISTS in
 * all, the headline's first). They are drawn whenever they relate to anyone (and never folded into a state), and
 * on their own when they relate to no one but stand alone (standsAlone).
 */
function protagonistsOf(article: Article, analysis: Analysis): Set<string> {
  const headline = article.meta.title.toLowerCase()
  const named = analysis.actors.filter((a) =>
    [a.name, ...a.aliases].some((n) => n.length > 1 && hasWord(headline, n.toLowerCase())),
  )
  const most = [...analysis.actors].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, MAX_PROTAGONISTS)
  return new Set([...named, ...most].slice(0, MAX_PROTAGONISTS + named.length).map((a) => a.id))
}

/**
 * Who may be drawn with no relation when the headline does not name it: a state or a person mentioned at least
 * MIN_ALONE_MENTIONS times, a body at least MIN_BODY_ALONE_MENTIONS times. A company or a group the article only keeps
 * naming ("researchers", a name that may be a product, a disease or a figure's label) stands alone only when the
 * headline names it; a news outlet never does.
 */
const ALONE_TYPES = new Set(['state', 'person'])
const HEADLINE_ALONE_TYPES = new Set([...ALONE_TYPES, 'organisation', 'company', 'group'])
const MIN_ALONE_MENTIONS = 3
/**
 * A body (agency, institute, legislature) among the most-mentioned stands alone from this many mentions: an article
 * that keeps naming it is about it, even when no cue catches what it does. (A company's name may be a product's.)
 */
const MIN_BODY_ALONE_MENTIONS = 5

/** A protagonist drawn with no relation: named in the headline or mentioned often, and of an acting type. */
function standsAlone(a: Actor | undefined, article: Article): boolean {
  // (Not the author who tells the story as "I": she is drawn for what she does to others, or not at all.)
  if (!a || a.name === article.meta.author) return false
  const headline = article.meta.title.toLowerCase()
  const named = [a.name, ...a.aliases].some((n) => n.length > 1 && hasWord(headline, n.toLowerCase()))
  if (named) return HEADLINE_ALONE_TYPES.has(a.type)
  // A group the article names by a proper name ("the Houthis", a militia, a party) is kept like a body; one named by a
  // common noun ("researchers") is not.
  const body = a.type === 'organisation' || (a.type === 'group' && !isCommonGroup(a))
  return (ALONE_TYPES.has(a.type) && a.mentions.length >= MIN_ALONE_MENTIONS) || (body && a.mentions.length >= MIN_BODY_ALONE_MENTIONS)
}

/**
 * Blocs: actors each pair of which is joined by an alliance, cooperation or a state's backing that outweighs any
 * pressure, never holding two the article sets against each other (tension, condemnation or hostility stated as often as their ties, or a
 * net negative pair) or that it has only talk or press each other. An actor with no such tie stands in no bloc, however opposed it is to the others.
 */
function findBlocs(ids: string[], pairs: Pair[], byId: Map<string, Actor>, score: (id: string) => number): Map<string, string> {
  const net = new Map<string, number>()
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)
  for (const p of pairs) {
    let sum = 0
    for (const [kind, k] of p.kinds) sum += AFFINITY[kind] * k.source.size
    net.set(key(p.a, p.b), sum)
  }
  const camp = (id: string) => CAMP_TYPES.has(byId.get(id)?.type ?? '')
  // Tension, condemnation or hostility stated as often as their ties sets two actors against each other, whatever the
  // weights; pressure only weighs against their ties ("Riyadh has asked Washington" leaves the alliance standing).
  const sentences = (p: Pair, kinds: Set<RelationKind>) => [...p.kinds].reduce((n, [kind, k]) => n + (kinds.has(kind) ? k.source.size : 0), 0)
  const adverse = new Set(pairs.filter((p) => sentences(p, OPPOSING_KINDS) > 0 && sentences(p, OPPOSING_KINDS) >= sentences(p, BLOC_KINDS)).map((p) => key(p.a, p.b)))
  const members = new Map(ids.map((id) => [id, [id]]))
  const blocOf = new Map(ids.map((id) => [id, id]))
  // States, armed groups, companies and organisations make blocs; people, media and courts stand apart.
  const member = (id: string) => BLOC_TYPES.has(byId.get(id)?.type ?? '') && !isCourt(byId.get(id))
  // Only an alliance, cooperation, or one state or armed group backing another makes a bloc: talks do not, nor a
  // court ruling for one side.
  // A pair the article sets at odds (pressure included) as often as it ties them is tied by an alliance only: trade
  // partners one of which restricts the other's goods ("China is Australia's largest trade partner"; "China
  // restricted imports from Australia") are no bloc.
  const quarrels = (p: Pair) => sentences(p, AT_ODDS_KINDS) > 0 && sentences(p, AT_ODDS_KINDS) >= sentences(p, TIE_KINDS)
  const tie = (p: Pair) =>
    [...p.kinds.keys()].some(
      (kind) => kind === 'alliance' || (!quarrels(p) && (BLOC_KINDS.has(kind) || (kind === 'support' && camp(p.a) && camp(p.b)))),
    )
  const friendly = [...net].filter(([k, v]) => v > 0 && !adverse.has(k) && tie(pairs.find((p) => key(p.a, p.b) === k)!)).sort((x, y) => y[1] - x[1])
  // Two actors that only talk, or only press each other, are no partners: talks are as often held by adversaries.
  const apart = new Set(pairs.filter((p) => [...p.kinds.keys()].every((kind) => !BLOC_KINDS.has(kind) && kind !== 'support')).map((p) => key(p.a, p.b)))
  const against = (x: string, y: string) => adverse.has(key(x, y)) || apart.has(key(x, y)) || (net.get(key(x, y)) ?? 0) < 0
  // A bloc is actors all tied to each other, or one actor and those it is allied with or backs as a camp (drawn
  // "A-land and allies"): partners of partners are not gathered ("A-land cooperates with B-land, B-land with C-land"
  // says nothing of A-land and C-land), nor a state's trade partners — it may trade with two rivals.
  const allied = new Set(friendly.map(([k]) => k))
  const sides = new Set(
    friendly
      .map(([k]) => pairs.find((p) => key(p.a, p.b) === k)!)
      .filter((p) => p.kinds.has('alliance') || (p.kinds.has('support') && camp(p.a) && camp(p.b)))
      .map((p) => key(p.a, p.b)),
  )
  const clique = (ids: string[]) => ids.every((x) => ids.every((y) => x === y || allied.has(key(x, y))))
  const hubOf = (ids: string[]) => clique(ids) || ids.some((c) => ids.every((x) => x === c || sides.has(key(c, x))))
  for (const [k] of friendly) {
    const [a, b] = k.split('|') as [string, string]
    if (!member(a) || !member(b) || !blocOf.has(a) || !blocOf.has(b)) continue
    const ra = blocOf.get(a)!
    const rb = blocOf.get(b)!
    if (ra === rb) continue
    const left = members.get(ra)!
    const right = members.get(rb)!
    if (left.some((x) => right.some((y) => against(x, y))) || !hubOf([...left, ...right])) continue
    for (const id of right) blocOf.set(id, ra)
    members.set(ra, [...left, ...right])
    members.delete(rb)
  }
  const blocs = [...members.values()].filter((m) => m.length > 1)
  const out = new Map<string, string>()
  for (const b of blocs) {
    const name = blocName(b, pairs, byId, score, allied)
    for (const id of b) out.set(id, name)
  }
  return out
}

/**
 * "France–Germany–Italy" for a small bloc all tied to each other, or "Brazil and allies" for one around an actor tied
 * to every other member (the bloc's hub; the best-scored such when several are).
 */
function blocName(members: string[], pairs: Pair[], byId: Map<string, Actor>, score: (id: string) => number, tied: Set<string>): string {
  const inside = pairs.filter((p) => members.includes(p.a) && members.includes(p.b))
  const ties = (id: string) => inside.filter((p) => (p.a === id || p.b === id) && tied.has(p.a < p.b ? `${p.a}|${p.b}` : `${p.b}|${p.a}`)).length
  const centre = [...members].sort((x, y) => ties(y) - ties(x) || score(y) - score(x))[0]!
  const clique = members.every((x) => ties(x) === members.length - 1)
  const allied = inside.some((p) => (p.a === centre || p.b === centre) && p.kinds.has('alliance'))
  const name = (id: string) => byId.get(id)?.name ?? id
  if (members.length <= 3 && !allied && clique) return [...members].map(name).sort().join('–')
  return `${name(centre)} and ${allied ? 'allies' : 'partners'}`
}

// ───────────────────────────── dynamics ─────────────────────────────

/**
 * The dynamics slide: the causal graph's longest loop that fits, the busiest situations linked to it, then each
 * other cluster of two links or more that fits whole, then each lone link stated outright (`firm`: no "might",
 * no "allow X to …", no generic side) that fits; undefined below MIN_CAUSAL_EDGES links.
 */
export function dynamicsSlide(analysis: Analysis): SlideOf<'dynamics'> | undefined {
  const graph = analysis.graph
  if (!graph || graph.edges.length < MIN_CAUSAL_EDGES) return undefined
  const degree = new Map<string, number>()
  for (const e of graph.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + e.source.length)
  const chosen: string[] = []
  const take = (id: string) => {
    if (!chosen.includes(id) && chosen.length < MAX_FLOW_NODES) chosen.push(id)
  }
  // The longest loop that fits first: it is the story of the slide (every edge of it is stated in a sentence).
  const loopIndex = graph.loops.findLastIndex((l) => l.length <= MAX_FLOW_NODES)
  const loop = graph.loops[loopIndex]
  loop?.forEach(take)
  // A lone link that is hedged or loosely read is one sentence's aside: it joins no slide.
  const clusters = clustersOf(graph.edges, loop?.[0]).filter((c) => c.edges.length > 1 || c.edges[0]!.firm)
  if (clusters.length === 0) return undefined
  const [first, ...others] = clusters
  // Then the busiest situations of the first cluster linked to what is already there.
  const rest = first!.nodes.sort((a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b))
  for (let round = 0; round < 2; round++) {
    for (const id of rest) {
      const linked = chosen.length === 0 || graph.edges.some((e) => (e.from === id && chosen.includes(e.to)) || (e.to === id && chosen.includes(e.from)))
      if (linked) take(id)
    }
  }
  // Then the other clusters that fit whole, biggest first: the article's other stories, none cut in half; then
  // the lone links stated outright, in the article's order.
  let edgeCount = graph.edges.filter((e) => chosen.includes(e.from) && chosen.includes(e.to)).length
  for (const c of others) {
    if (chosen.length + c.nodes.length > MAX_FLOW_NODES || edgeCount + c.edges.length > MAX_FLOW_EDGES) continue
    chosen.push(...c.nodes)
    edgeCount += c.edges.length
  }
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]))
  // The loop's links are kept whatever the limit, then those stated most often.
  const inLoop = (e: { from: string; to: string }) => !!loop && loop.some((id, i) => e.from === id && e.to === loop[(i + 1) % loop.length])
  const between = graph.edges.filter((e) => chosen.includes(e.from) && chosen.includes(e.to)).sort((a, b) => b.source.length - a.source.length)
  const kept = [...between.filter(inLoop), ...between.filter((e) => !inLoop(e))].slice(0, MAX_FLOW_EDGES)
  const edges = between.filter((e) => kept.includes(e)).map((e) => ({ from: e.from, to: e.to, relation: e.relation, source: e.source }))
  if (edges.length < MIN_CAUSAL_EDGES) return undefined
  const used = chosen.filter((id) => edges.some((e) => e.from === id || e.to === id))
  const nodes = used.map((id) => ({ id, label: nodeById.get(id)!.label, source: nodeById.get(id)!.source }))
  // The title names the loop only when every link of it is drawn.
  const polarity = loop && edges.filter(inLoop).length === loop.length ? graph.loopPolarity[loopIndex] : undefined
  // The cues stay with the speaker: each arrow's wording in the article, with its sentence.
  const cue = new Map(graph.edges.map((e) => [`${e.from}>${e.to}`, e.cue]))
  return {
    kind: 'dynamics',
    title: polarity ? `Dynamics: a ${polarity === 'R' ? 'reinforcing' : 'balancing'} loop` : 'Dynamics: what drives what',
    nodes,
    edges,
    notes: edges.map((e) => `${nodeById.get(e.from)!.label} ${e.relation} ${nodeById.get(e.to)!.label}: the article says “${cue.get(`${e.from}>${e.to}`)}” (${e.source.join(', ')}).`),
  }
}

interface Cluster {
  nodes: string[]
  edges: { from: string; to: string; source: string[]; firm?: boolean }[]
}

/**
 * The connected parts of a graph: the one holding `lead` (a loop's node) first, then the one with most edges,
 * then most sentences behind them, then the one the article states first.
 */
function clustersOf(edges: Cluster['edges'], lead?: string): Cluster[] {
  const clusters: Cluster[] = []
  for (const e of edges) {
    const touching = clusters.filter((c) => c.nodes.includes(e.from) || c.nodes.includes(e.to))
    const merged: Cluster = { nodes: [...new Set([...touching.flatMap((c) => c.nodes), e.from, e.to])], edges: [...touching.flatMap((c) => c.edges), e] }
    for (const c of touching) clusters.splice(clusters.indexOf(c), 1)
    clusters.push(merged)
  }
  const weight = (c: Cluster) => c.edges.reduce((n, e) => n + e.source.length, 0)
  const firstSaid = (c: Cluster) => c.edges.flatMap((e) => e.source).sort(bySentence)[0]!
  return clusters.sort(
    (a, b) =>
      Number(b.nodes.includes(lead ?? '')) - Number(a.nodes.includes(lead ?? '')) ||
      b.edges.length - a.edges.length ||
      weight(b) - weight(a) ||
      bySentence(firstSaid(a), firstSaid(b)),
  )
}


/** The first `n` words, with an ellipsis when cut. */
function shorten(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`
}

// ───────────────────────────── timeline ─────────────────────────────

function timelineSlide(article: Article, analysis: Analysis, subjects: ReadonlyMap<string, string>): SlideOf<'timeline'> | undefined {
  // Events of one sentence on one date are one event ("the summit; the Council issued a statement").
  const merged: { date: string; label: string; text: string; source: string[] }[] = []
  for (const e of analysis.events) {
    const same = merged.find((m) => m.date === e.date && m.source.join() === e.source.join())
    if (same) same.text = `${same.text}; ${e.text}`
    else merged.push({ ...e, source: [...e.source] })
  }
  if (merged.length === 0) return undefined
  const salience = (e: (typeof merged)[number]) => Math.max(...e.source.map((id) => analysis.salience[id] ?? 0))
  const events = [...merged]
    .sort((a, b) => salience(b) - salience(a))
    .slice(0, MAX_EVENTS)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({ date: e.date, label: e.label, text: sentenceCase(withDoer(withoutSubordinator(withoutAsideEnd(withoutLeadingDate(eventText(e.text, e.source, article)))), subjects.get(e.source[0]!))), source: e.source }))
    .map((e) => (describesOnly(e.text) ? { ...e, text: sentenceCase(concededClause(e.text)) } : e))
    .filter((e) => e.text && !saysNothing(e.text) && !unnamedDoer(e.text) && !namesNoEvent(e.text) && !describesSomeone(e.text))
  // One dated event shows no order of events: no timeline (its sentence may still make a point).
  if (events.length < MIN_EVENTS) return undefined
  return {
    kind: 'timeline',
    title: 'Timeline',
    events,
    notes: ['Dates without a year, or relative to another event, were resolved from the article’s context.'],
  }
}

/**
 * "the CS Anthem, recently joined the fleet": a text that opens inside an aside ("One such vessel, the CS Anthem,
 * …") keeps a lone comma between its subject and its verb.
 */
function commaBeforeVerb(text: string): boolean {
  const words = tagWords(text)
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  let k = verb - 1
  while (k > 0 && words[k]!.pos === 'ADV') k--
  return verb > 0 && words[k]?.text === ',' && !words.slice(0, k).some((w) => w.text === ',')
}


/**
 * "It is scheduled to launch in 2030", "This happened first in 2018": a pronoun for the whole subject, which no name
 * replaced, names no one; the entry would show an act without its doer. ("This policy was upheld …", "His team
 * delivered …" say what; "We conducted a survey" is the authors'.)
 */
function unnamedDoer(text: string): boolean {
  const words = tagWords(text)
  return UNNAMED_SUBJECTS.has(words[0]?.lower ?? '') && !!verbAfterSubject(words)
}
const UNNAMED_SUBJECTS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'he', 'she'])

/**
 * "A World War II armored battalion commander who later served as Army Chief of Staff": someone described by a
 * relative clause, its only verb, is no one doing something at that time (a career, the namesake of a tank).
 */
function describesSomeone(text: string): boolean {
  const words = tagWords(text)
  const verbs = words.flatMap((_, i) => (isFiniteVerb(words, i) && !['AUX', 'VERB'].includes(words[i - 1]?.pos ?? '') ? [i] : []))
  if (verbs.length !== 1) return false
  let k = verbs[0]! - 1
  while (k > 0 && words[k]!.pos === 'ADV') k--
  return ['who', 'whom'].includes(words[k]?.lower ?? '') && k > 0
}

/**
 * "The Exchange Stabilization Fund is an emergency reserve fund", "The election will be a test of …": a text whose
 * verb is "be" before a noun phrase says what something is, not what anyone did (not "was the first to land …",
 * which tells a feat, nor a passive, "was signed").
 */
export function describesOnly(text: string): boolean {
  const words = tagWords(text)
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  if (verb < 0) return false
  // The verb group's last word ("will be", "has not been", "is not").
  let k = verb
  while (words[k + 1] && (words[k + 1]!.pos === 'AUX' || words[k + 1]!.lower === 'not')) k++
  const be = words[k]!.lower === 'not' ? words[k - 1] : words[k]
  if (be?.lemma !== 'be') return false
  const [det, next] = [words[k + 1], words[k + 2]]
  return !!det && ['DET', 'NUM'].includes(det.pos) && !ORDINAL_WORDS.has(next?.lower ?? '')
}
const ORDINAL_WORDS = new Set(['first', 'last', 'only', 'second', 'third', 'largest', 'biggest', 'youngest', 'oldest'])

/**
 * "Earth Day is not a federal holiday, though public laws designated Earth Day" → "public laws designated Earth Day":
 * of a text that only says what something is, the clause a concession joins to it, with its own subject and verb,
 * tells the act; with none, nothing (empty).
 */
function concededClause(text: string): string {
  const words = tagWords(text)
  const at = words.findIndex((w, i) => CONCESSIVES.has(w.lower) && words[i - 1]?.text === ',')
  const rest = at > 0 ? words.slice(at + 1) : []
  return rest.length && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(rest[0]!.pos) && hasFiniteVerb(rest) && !describesOnly(text.slice(rest[0]!.start)) ? text.slice(rest[0]!.start) : ''
}
const CONCESSIVES = new Set(['though', 'although', 'but', 'while', 'whereas'])

/**
 * "Reaching the gas giant", "The Office of the United States Trade Representative … and Human Services…": a text
 * with no verb of its own that opens with a gerund, or is cut short and names no act (no event noun such as "the
 * 2018 election", no noun made of a verb such as "the establishment of DHS"), tells nothing that happened.
 */
function namesNoEvent(text: string): boolean {
  const words = tagWords(text)
  if (hasFiniteVerb(words, true)) return false
  const first = words.find((w) => w.pos !== 'PUNCT')
  if (first?.pos === 'VERB' && first.lower.endsWith('ing')) return true
  // A noun phrase whole may name an act ("Japanese Navy’s flight of a patrol aircraft"); one cut short, only when it
  // holds an event's noun. (A participle may tell the act: "The Artemis Accords, established by NASA in 2020".)
  if (!text.includes('…') || words.some((w) => w.pos === 'VERB')) return false
  return !words.some((w) => {
    const lower = w.lower.replace(/s$/, '')
    return (w.pos === 'NOUN' || w.pos === 'PROPN') && (EVENT_NOUNS.has(w.lemma.toLowerCase()) || EVENT_NOUNS.has(lower) || RE_ACTION_NOUN.test(lower))
  })
}
const EVENT_NOUNS = new Set<string>(datesData.eventNouns)
/** A noun made of a verb names its act: "the passage of the act", "its closure", "the approval". */
const RE_ACTION_NOUN = /(?:\p{L}{3}ment|\p{L}{3}ation|\p{L}{2}sion|\p{L}{3}ure|\p{L}{4}al)$/u

/**
 * "In June 2023, the Army reported, [a quotation follows]" → "Army reported": a verb of saying without what was said.
 * "Graham told the BBC in 2023": a verb whose object is the one told (data/language.json hearerVerbs), with only
 * that object and a time after it, says nothing either.
 */
function saysNothing(text: string): boolean {
  const words = tagWords(text).filter((w) => w.pos !== 'PUNCT')
  const last = words.at(-1)
  if (last?.pos === 'VERB' && THOUGHT_VERBS.has(last.lemma)) return true
  const verb = words.findLastIndex((w) => w.pos === 'VERB')
  return verb >= 0 && HEARER_VERBS.has(words[verb]!.lemma) && words.slice(verb + 1).every((w) => HEARER_POS.has(w.pos) || TIME_PREPOSITIONS.has(w.lower))
}
const THOUGHT_VERBS = new Set<string>(LANGUAGE.thoughtVerbs)
const HEARER_VERBS = new Set<string>(LANGUAGE.hearerVerbs)
const NAMING_VERBS = new Set<string>(LANGUAGE.namingVerbs)
const HEARER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'])
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during'])

/**
 * "The Agreement Relating to the Implementation of Part XI of the Convention…": a text cut before its verb names a
 * thing and tells no one doing anything; it is left out.
 */
function cutBeforeVerb(text: string): boolean {
  return text.endsWith('…') && !hasFiniteVerb(tagWords(text), true)
}

/** "the 2018 election that" (a cleft sentence's part) → "the 2018 election": no entry ends on a function word. */
function withoutLooseEnd(text: string): string {
  const words = text.split(/\s+/)
  while (words.length > 2 && FUNCTION_WORDS.has(words.at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop()
  return words.join(' ')
}

/**
 * "Provided Ukraine with 31 tanks" (of "The United States has sold … and provided Ukraine with …") → "The United
 * States provided Ukraine with 31 tanks": an entry that opens with its verb takes the sentence's subject before it;
 * with no subject named, it tells no one doing anything and is left out (empty).
 */
function withDoer(text: string, name: string | undefined): string {
  const words = tagWords(text)
  const first = words[0]
  // ("Bonded labour was outlawed", "Live Nation merged": a word the tagger read as a verb before the clause's own verb.)
  // ("Were located in the Persian Gulf", of "Five vessels—…—were located …": an auxiliary with no subject after it.)
  const auxiliary = first?.pos === 'AUX' && !SUBJECT_POS.has(words[1]?.pos ?? '')
  if (!auxiliary && (first?.pos !== 'VERB' || first.lower.endsWith('ing') || words.some((_, i) => i > 0 && isFiniteVerb(words, i, true)))) return named(text, name)
  return name ? `${name} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : ''
}

/**
 * "July 25, 1990, refined the trajectory as …" (of "Corrections on May 21, 1989, and July 25, 1990, refined …"): the
 * end of a list of dates is no subject, and the verb after it has none: the entry tells no one doing anything and
 * is left out (empty). A bare date set off before its clause ("March 3, 1990, the Senate passed …") is stepped over.
 */
function withoutLeadingDate(text: string): string {
  const words = tagWords(text)
  let k = 0
  while (k < words.length && (MONTHS.test(words[k]!.lower) || RE_YEAR.test(words[k]!.text) || /^\d{1,2}$/.test(words[k]!.text) || words[k]!.text === ',')) k++
  const dated = words.slice(0, k).some((w) => RE_YEAR.test(w.text) || MONTHS.test(w.lower))
  if (!dated || k < 2 || words[k - 1]!.text !== ',' || !words[k]) return text
  return ['VERB', 'AUX'].includes(words[k]!.pos) ? '' : text.slice(words[k]!.start)
}

/**
 * "Shortly before tolling was scheduled to go into effect" (the date's clause, of "…, Governor Hochul halted the
 * program") → "tolling was scheduled to go into effect": the conjunction tied the dated clause to another; on the
 * timeline it stands alone. Only before a clause with its own subject and verb.
 */
function withoutSubordinator(text: string): string {
  const words = tagWords(text)
  let k = 0
  while (k < words.length - 1 && words[k]!.pos === 'ADV' && k < 2) k++
  if (!TIME_SUBORDINATORS.has(words[k]?.lower ?? '') || words[k + 1]?.text === ',') return text
  const rest = words.slice(k + 1)
  const subject = rest[0]
  // ("tolling was scheduled": a gerund before an auxiliary is a subject too.)
  const gerund = subject?.pos === 'VERB' && subject.lower.endsWith('ing') && rest[1]?.pos === 'AUX'
  if (!subject || !(SUBJECT_POS.has(subject.pos) || gerund) || !hasFiniteVerb(rest)) return text
  return text.slice(rest[0]!.start)
}
const TIME_SUBORDINATORS = new Set(['before', 'after', 'until', 'once', 'when', 'while', 'since'])

/**
 * "The tanker Stena Imperative in the reserve fleet—were located …" (of "Five vessels—…, and the tanker …—were
 * located …"): the end of an aside whose subject was cut off is no subject; the text starts at the verb after it,
 * which has none (and so takes the sentence's named subject or is left out).
 */
function withoutAsideEnd(text: string): string {
  const words = tagWords(text)
  const dash = words.findIndex((w) => w.text === '—')
  const one = dash >= 0 && words.findIndex((w, i) => i > dash && w.text === '—') < 0
  return one && ['AUX', 'VERB'].includes(words[dash + 1]?.pos ?? '') && !hasFiniteVerb(words.slice(0, dash)) ? text.slice(words[dash + 1]!.start) : text
}

/** "It filed a lawsuit …" → "The FTC filed a lawsuit …": an opening pronoun becomes the name it stands for. */
function named(text: string, name: string | undefined): string {
  return name ? text.replace(RE_OPENING_PRONOUN, `${name} `) : text
}
const RE_OPENING_PRONOUN = new RegExp(`^(?:${Object.keys(SUBJECT_PRONOUNS).join('|')})\\s+`, 'i')

/** Every entry of the timeline opens the same way: with a capital ("1994 – The agreement entered into force"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What opens a subject after an inverted auxiliary ("Did the board unveil …"). */
const SUBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'])

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'that', 'which', 'who', 'its', 'their', 'his', 'her'])

/**
 * What an event says on the timeline, from the clause around its date: the clause itself when it reads whole
 * (no "…", no loose end) and fits the line; else its headline (main clause, time phrases dropped), else its
 * trimmed point; else the same of the clause condensed (a list's later members, a name's appositive dropped);
 * else the headline of the whole sentence when it is about the same thing; else the (condensed) clause, shortened
 * at a phrase's end.
 */
function eventText(text: string, source: string[], article: Article): string {
  const clause = text.replace(/^…|…$/g, '').trim()
  // The clause is tagged once for its headlines, its point and its cut.
  const tagged = tagWords(clause)
  const whole = !text.includes('…')
  if (whole && readsWhole(clause)) return clause
  const condensed = condenseClause(clause, tagged)
  // The clause condensed, when it fits whole, keeps more of its own words than its headline would.
  if (whole && condensed && readsWhole(condensed)) return condensed
  const own = wholeEvent(clause, tagged, false)
  if (own) return own
  const short = condensed === undefined ? undefined : { text: condensed, words: tagWords(condensed) }
  const shortened = short && wholeEvent(short.text, short.words, false)
  if (shortened) return shortened
  const report = reported(clause, tagged)
  if (process.env.DBGREP) console.error('REP', JSON.stringify(clause), report)
  if (report) return report
  const words = clause.split(/\s+/).filter(Boolean)
  const sentence = article.sentences.find((x) => x.id === source[0])
  const headline = sentence && headlineOf(sentence.text, undefined, LONG_TITLE_WORDS)
  const ownWords = new Set(words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 3))
  // "This follows the flight of …": a headline whose subject points back says nothing of its own.
  if (headline && headline.length <= MAX_EVENT_CHARS && headline.split(/\s+/).some((w) => ownWords.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))) && !backReference(tagWords(headline))) return headline
  const { text: base, words: baseWords } = short ?? { text: clause, words: tagged }
  return withoutLooseEnd(shortenAtPhrase(base, baseWords) ?? shorten(short ? base : text, MAX_EVENT_WORDS))
}

/**
 * "Rafael Grossi stated that the agency never had information on …" → "Rafael Grossi: the agency never had
 * information on …": a report or ruling too long for the line says who reported or decided what, the verb and its
 * "that" left out, when what was said reads whole (or as its own headline) and fits with the speaker. The speaker
 * is named without an appositive ("Jon Wolfsthal[, an official,] wrote that …"); a name and the acronym the text
 * gives it ("the Government Accountability Office (GAO)") become the acronym where the whole does not fit.
 */
function reported(clause: string, words: Word[]): string | undefined {
  const verb = words.findIndex((w, i) => i > 0 && words[i + 1]?.lower === 'that' && (REPORTING_VERBS.has(w.lemma.toLowerCase()) || REPORTING_VERBS.has(w.lower)) && w.pos === 'VERB' && !w.lower.endsWith('ing') && words[i - 1]!.lower !== 'to')
  if (verb < 0 || !words[verb + 2]) return undefined
  let end = verb - 1
  while (end > 0 && (words[end]!.pos === 'ADV' || words[end]!.pos === 'AUX')) end--
  // "Jon Wolfsthal, a National Security Council official …, wrote": the name before its appositive.
  const comma = words.findIndex((w, i) => i <= end && SPEAKER_BREAKS.has(w.text))
  const appositive = comma > 0 && words[end]!.text === ',' && words[comma]!.text === ','
  if (comma >= 0 && !appositive) return undefined
  const speaker = clause.slice(words[0]!.start, words[appositive ? comma - 1 : end]!.end)
  const content = clause.slice(words[verb + 2]!.start)
  for (const [who, what] of [[speaker, content], [shortNames(speaker), shortNames(content)]] as const) {
    const said = readsWhole(what) ? what : wholeEvent(what, tagWords(what), false)
    const text = said && `${who}: ${said}`
    if (fits(text) && !backReference(tagWords(said!))) return text
  }
  return undefined
}
/** Verbs of reporting, deciding and saying: lemmas, and the speech verbs' forms as written ("announced", "tweeted"). */
const REPORTING_VERBS = new Set<string>([...LANGUAGE.thoughtVerbs, ...LANGUAGE.rulingVerbs, ...actorsData.speechVerbs])
/** Punctuation that ends a speaker's name. */
const SPEAKER_BREAKS = new Set([',', ';', ':', '—', '–', '“', '”', '"'])

/**
 * "the International Emergency Economic Powers Act (IEEPA) does not …" → "IEEPA does not …": a name followed by the
 * acronym of its capitalised words becomes the acronym, without the name's article.
 */
export function shortNames(text: string): string {
  let out = ''
  let done = 0
  for (const m of text.matchAll(RE_ACRONYM)) {
    const name = nameBefore(text, m.index)
    const capitals = name?.words.filter((w) => /^\p{Lu}/u.test(w)) ?? []
    // The acronym's letters are the initials of the name's capitalised words ("the Government Accountability
    // Office"); not of a part of it ("the Department of Health and Human Services (HHS)").
    if (!name || capitals.map((w) => w[0]).join('') !== m[1]) continue
    // ("the GAO": an acronym said as letters stands without the article its name took.)
    out += text.slice(done, name.start) + m[1]
    done = m.index + m[0].length
  }
  return out + text.slice(done)
}
const RE_ACRONYM = /\(([\p{Lu}]{2,})\)/gu
const RE_NAME_WORD = /^[\p{Lu}][\p{L}’'.-]*$/u
const NAME_JOINERS = new Set(['of', 'and', 'for', 'on', 'the', 'to', '&'])

/**
 * The run of capitalised words (joined by "of", "and", …) right before the bracket at `open`, read backwards word by
 * word (linear in its length), with the article before it: its words and where the replacement starts.
 */
function nameBefore(text: string, open: number): { words: string[]; start: number } | undefined {
  const words: { word: string; at: number }[] = []
  let i = open
  while (i > 0 && /\s/.test(text[i - 1]!)) {
    let end = i - 1
    while (end > 0 && /\s/.test(text[end - 1]!)) end--
    let at = end
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--
    const word = text.slice(at, end)
    if (!RE_NAME_WORD.test(word) && !NAME_JOINERS.has(word)) break
    words.unshift({ word, at })
    i = at
  }
  // The name opens on a capitalised word; "the" or "The" before it is its article.
  while (words.length > 0 && (NAME_JOINERS.has(words[0]!.word) || (words[0]!.word === 'The' && words.length > 1))) {
    const first = words.shift()!
    if (/^[Tt]he$/.test(first.word) && words.length > 0 && !NAME_JOINERS.has(words[0]!.word)) return { words: words.map((w) => w.word), start: first.at }
  }
  if (words.length === 0) return undefined
  return { words: words.map((w) => w.word), start: words[0]!.at }
}

const fits = (t: string | undefined): t is string => !!t && t.length <= MAX_EVENT_CHARS && !commaBeforeVerb(t)

/**
 * The clause fits the line and has no loose end: it can stand as it is. (Not one that stops inside a quotation:
 * 'to direct the establishment of "clear, concise[, and specific guidance …"]'.)
 */
function readsWhole(clause: string): boolean {
  const words = clause.split(/\s+/).filter(Boolean)
  const last = words.at(-1)?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? ''
  return words.length >= 3 && fits(clause) && !FUNCTION_WORDS.has(last) && openQuotations(clause) === 0
}

/** The clause whole when it reads whole and fits the line, else its headline, else its trimmed point. */
function wholeEvent(clause: string, tagged: Word[], whole: boolean): string | undefined {
  if (whole && readsWhole(clause)) return clause
  for (const n of [LONG_TITLE_WORDS, MAX_EVENT_WORDS, LONG_TITLE_WORDS + 4]) {
    const headline = headlineOf(clause, tagged, n)
    if (fits(headline)) return headline
  }
  const point = trimSentence(clause, tagged, { title: false })?.point
  return fits(point) ? point : undefined
}

const PHRASE_END_POS = new Set(['NOUN', 'PROPN', 'NUM'])
const PHRASE_GOES_ON_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PART'])

/**
 * "a series of measures[ to phase out …]": a noun phrase before an infinitive of purpose ends there (not "was
 * meant[ to …]", a verb the tagger read as a noun).
 */
function beforePurpose(words: Word[], i: number): boolean {
  const [next, after] = [words[i + 1], words[i + 2]]
  return words[i]!.pos === 'NOUN' && next?.lower === 'to' && after?.pos === 'VERB' && NOUN_PHRASE_POS.has(words[i - 1]?.pos ?? '')
}
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP'])

/**
 * A whole clause's phrase ending at `i` goes on past it: a noun before more of its own ("a leading[ drug maker]"),
 * a partitive before its "of" ("a series[ of measures]"), an object before the infinitive its verb needs
 * ("directed the agencies[ to …]"; trim's endsBeforeItsComplement).
 */
function phraseGoesOn(parse: Parse, i: number): boolean {
  const [next, after] = [parse.words[i + 1], parse.words[i + 2]]
  if (next?.pos === 'ADJ' && PHRASE_GOES_ON_POS.has(after?.pos ?? '')) return true
  return endsBeforeItsComplement(parse, new Set(parse.words.slice(0, i + 1).map((_, k) => k)))
}

/** A cut must keep at least this many words. */
const MIN_CUT_WORDS = 4

/**
 * The longest start of the clause that fits the line, ends a noun phrase and makes a whole clause: "the Ministry
 * opened two inquiries under Section 12 of the Trade Act of 1990", not "… under Section 12 of the Trade…"; else
 * the longest that ends a noun phrase, with "…" ("the Minister testified that Iran…"). None when no noun phrase
 * ends in reach, or every such start leaves a bracket open.
 */
function shortenAtPhrase(clause: string, words: Word[]): string | undefined {
  let cut: string | undefined
  const parse = parseSentence(clause, words)
  for (let i = words.length - 2; i >= MIN_CUT_WORDS - 1; i--) {
    const w = words[i]!
    if (w.end > MAX_EVENT_CHARS - 1 || !(PHRASE_END_POS.has(w.pos) || endsVerbPhrase(words, i)) || (PHRASE_GOES_ON_POS.has(words[i + 1]!.pos) && !beforePurpose(words, i))) continue
    // "the one[-year goal]": a word a hyphen joins to the next ends no phrase.
    if (!/^[\s,;:)"”’]/.test(clause.slice(w.end))) continue
    const head = clause.slice(0, w.end)
    if (head.split('(').length !== head.split(')').length) continue
    // "the Administration initiated two inquiries under Section 301 of the Trade Act of 1974[ into …]": a cut
    // that leaves a whole clause is a trim, shown as such; one inside a clause ("… testified that Iran…") is not.
    if (wholeClause(words, i, head) && !goesOn(words, i) && !phraseGoesOn(parse, i)) return head
    cut ??= `${head}…`
  }
  return cut
}

/** Words that open what a verb does not take, a time or a circumstance ("differ[ as of April]", "rose[ after …]"). */
const ADJUNCT_OPENERS = ['as of', 'after', 'before', 'since', 'until', 'amid', 'despite', 'during', 'ahead of'].map((o) => o.split(' '))

/**
 * "the two sides' accounts appear to differ[ as of April 9, …]": a verb (not a participle in -ing) with nothing it
 * takes after it, only a time or a circumstance, ends a phrase (not one before its "that" clause: "testified[ that …]").
 */
function endsVerbPhrase(words: Word[], i: number): boolean {
  const [w, next] = [words[i]!, words[i + 1]]
  if (w.pos !== 'VERB' || w.lower.endsWith('ing') || !next) return false
  return next.text === ',' || next.text === ';' || ADJUNCT_OPENERS.some((o) => o.every((x, k) => words[i + 1 + k]?.lower === x))
}

/** Words that open a clause of their own, which then needs its own verb. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whether', 'yet', 'but', 'while', 'although', 'though', 'because', 'if', 'unless', 'whereas', 'when', 'once', 'as'])

/**
 * The phrase ending at `i` goes on past the cut: a name ("the District Court for the Northern District[ of
 * California]"), a clause it is the subject of ("noted the country[ faced …]"), a list ("partnerships across enterprise[, education and …]") or a noun's modifiers ("higher-quality[,
 * more representative data]").
 */
function goesOn(words: Word[], i: number): boolean {
  const [next, after] = [words[i + 1], words[i + 2]]
  // "the strategy noted the country[ faced …]": the noun is the subject of a clause that goes on.
  // (Not a participle on it: "the structure[ called the Trust]", "the stalemate[ caused by …]".)
  if (next?.pos === 'VERB' && !NAMING_VERBS.has(next.lemma) && after?.lower !== 'by' && isFiniteVerb(words, i + 1, true)) return true
  if (next?.lower === 'of' && words[i]!.pos === 'PROPN' && after?.pos === 'PROPN') return true
  if (next?.text !== ',') return false
  // "… higher-quality[, more representative training data]": modifiers of one noun go on to it.
  return (['NOUN', 'PROPN', 'ADJ'].includes(after?.pos ?? '') && words[i]!.pos === after!.pos) || (after?.pos === 'ADJ' && ['NOUN', 'ADJ'].includes(words[i + 3]?.pos ?? ''))
}

/**
 * The words up to `end` make a whole clause: every clause opened has its verb, and every quotation is closed. An
 * event told by a noun phrase alone is whole where a participle phrase on its noun starts ("the flight of a bomber
 * [flanked by fighter jets …]").
 */
function wholeClause(words: Word[], end: number, text: string): boolean {
  if (openQuotations(text) !== 0) return false
  if (!words.some((_, i) => isFiniteVerb(words, i))) return words[end + 1]?.pos === 'VERB' && participleForm(words[end + 1]!) && !isFiniteVerb(words, end + 1)
  const head = words.slice(0, end + 1)
  const opener = head.findLastIndex((w) => w.pos === 'SCONJ' || CLAUSE_OPENERS.has(w.lower))
  return head.some((_, i) => i > opener && isFiniteVerb(head, i))
}


function bySentence(a: string, b: string): number {
  const [pa, sa] = a.slice(1).split('.s').map(Number)
  const [pb, sb] = b.slice(1).split('.s').map(Number)
  return pa! - pb! || sa! - sb!
}
