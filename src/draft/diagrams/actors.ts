/**
 * The actors slide: the main actors (a person or body dealing with another state folded into its own), grouped
 * into blocs, and how they relate — at least MIN_ACTORS actors and MIN_ACTOR_EDGES relations (or one between two
 * named protagonists).
 */
import type { SlideOf } from '../../outline/schema.ts'
import { hasWord } from '../../language/index.ts'
import type { Actor, Analysis, Article, Relation, RelationKind } from '../../types.ts'
import relationData from '../../../data/relations.json' with { type: 'json' }
import organisationData from '../../../data/organisations.json' with { type: 'json' }
import { bySentence } from './order.ts'

/** A diagram read from the back of a room holds about eight actors and ten relations. */
const MAX_ACTORS = 8
const MIN_ACTORS = 3
const MIN_ACTOR_EDGES = 2
const MAX_EDGES = 11
/** The most-mentioned actors count as what the article is about. */
const MAX_PROTAGONISTS = 3
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

interface Pair {
  a: string
  b: string
  kinds: Map<RelationKind, { from: string; to: string; source: Set<string> }>
}

export function actorsSlide(article: Article, analysis: Analysis): SlideOf<'actors'> | undefined {
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

/** The shortest surname a headline may name a person by: "Sherman’s Visit to …". */
const MIN_SURNAME = 3
/**
 * Whether the headline (in lower case) names the actor: by its name or an alias, or a person by the surname the
 * article may never write alone, as an owner ("Deputy Secretary Sherman’s Visit …" for Wendy Sherman).
 */
function namedIn(headline: string, a: Actor): boolean {
  if ([a.name, ...a.aliases].some((n) => n.length > 1 && hasWord(headline, n.toLowerCase()))) return true
  const surname = a.type === 'person' && /\s/.test(a.name) ? a.name.split(/\s+/).at(-1)!.toLowerCase() : ''
  return surname.length >= MIN_SURNAME && [`${surname}’s`, `${surname}'s`].some((owner) => hasWord(headline, owner))
}

/**
 * Who the article is about: the actors its headline names, and its most-mentioned ones (MAX_PROTAGONISTS in
 * all, the headline's first). They are drawn whenever they relate to anyone (and never folded into a state), and
 * on their own when they relate to no one but stand alone (standsAlone).
 */
function protagonistsOf(article: Article, analysis: Analysis): Set<string> {
  const headline = article.meta.title.toLowerCase()
  const named = analysis.actors.filter((a) => namedIn(headline, a))
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
  const named = namedIn(headline, a)
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
