/**
 * Relations between actors named in one sentence, from cue words (data/relations.json).
 *
 * A cue word counts only where it names a relation: not inside a capitalised name ("Secretary of War"), not as a
 * modifier of a noun ("competition laws", "war crimes"), not as a verb when it is a relation only as a noun
 * ("exercise this option"), not an event told elsewhere ("six months after the merger"), not a participle describing a
 * noun ("the fees charged to consumers"). For each cue that is not negated or ended ("never supported", "may restrict funds", "have never established formal
 * ties", "terminated the agreement") nor only
 * wished for by a third party ("urged Pakistan to cooperate with India", "asked Washington to carry out
 * airstrikes"), nor only supposed ("if ever there was a dispute between A and B"), the rules below pick who takes part, in order — leaving out a state named alone as a place ("in
 * the United States") and, for a symmetric cue, the object of another verb's preposition ("brokered … between
 * Thailand and Cambodia, secured deals with Malaysia"):
 *  1. a coordinated group right before the cue names both sides ("the US-Iran war", "Germany and France
 *     cooperate"), unless "with/against" names the other side ("US-Israel confrontation with Iran");
 *  2. "between A and B" after the cue names them;
 *  3. otherwise the nearest group before the cue and the nearest after it, within the clause, falling back to
 *     the nearest actor in the sentence.
 * Symmetric kinds link every pair taking part; directed kinds go from the side before to the side after.
 * Then a coordinated subject that states a position ("Germany and France have stated …") is linked as cooperating.
 * A cue inside a speaker's quoted words relates only the actors those words name (insideQuote), and a directed
 * relation read both ways in one sentence keeps the way from the actor named first (oneWay). A company's alliance
 * or partnership is cooperation.
 * Relations are aggregated per pair and kind, with all their sentences.
 */
import type { Actor, Relation, RelationKind } from '../../types.ts'
import { type Context, type SentenceContext, wordOf } from '../context.ts'
import { CueMatcher, type CueMatch } from '../cues.ts'
import { DATA, OBJECT_CONTROL, SAYING_VERBS, TIME_PREPOSITIONS } from '../data.ts'
import { clauseOf, groupMentions, MAX_TITLE_WORDS, qualifiesName, type Group } from './groups.ts'
import type { Word } from '../../language/index.ts'
import type { Token } from '../tokens.ts'
import { CLOSING_QUOTES, isFiniteVerb, OPENING_QUOTES, participleForm } from '../../language/grammar.ts'
import { CALENDAR_NAMES, EXAMPLE_LEADS as EXAMPLE_PHRASES, LANGUAGE, NOUN_PHRASE_POS as COMPLEMENT_PHRASE, POSSESSIVE_DETERMINERS, RELATIVE_OPENERS, RELATIVE_PRONOUNS, THOUGHT_VERBS } from '../../language/data.ts'
import { STATIC_LEXICON } from '../actors/lexicon.ts'
import { headedBodies } from './heads.ts'
import { withoutCivilModifiers } from './modifiers.ts'
import { announcerOf, withWriter, writerOf } from './writer.ts'
import { isQuestion, slug } from '../text.ts'
import { BENCH_NAME, isCourtName } from '../actors/bench.ts'

interface KindData {
  symmetric: boolean
  cues: string[]
}
const KINDS = DATA.relations.kinds as Record<RelationKind, KindData>
export const RELATION_CUES = new CueMatcher<RelationKind>(
  Object.entries(KINDS).flatMap(([kind, d]) => d.cues.map((c): [string, RelationKind] => [c, kind as RelationKind])),
)
const NEGATORS = DATA.relations.negators.map((n) => n.split(' '))
/** The negators by their first word, and those of one word. */
const NEGATORS_BY_FIRST = new Map<string, string[][]>()
for (const n of NEGATORS) NEGATORS_BY_FIRST.set(n[0]!, [...(NEGATORS_BY_FIRST.get(n[0]!) ?? []), n])
const ONE_WORD_NEGATORS = new Set(NEGATORS.filter((n) => n.length === 1).map((n) => n[0]!))
const STANCE = new CueMatcher(DATA.relations.stance.map((s): [string, true] => [s, true]))
const NEGATION_WINDOW = 3
const CONDITIONALS = DATA.relations.conditionals.map((c) => c.split(' '))
const DELIBERATIONS = new Set<string>(DATA.relations.deliberations)
const WRITER_SUBJECTS = new Set<string>(DATA.relations.writerSubjects)
const MODALS = new Set<string>(DATA.relations.possibilityModals)
const EXCLUDERS = new Set(DATA.relations.excluders)
const WISHES = new CueMatcher(DATA.relations.wishes.map((w): [string, true] => [w, true]))
const POSITIVE = new Set<RelationKind>([...(DATA.relations.positive as RelationKind[]), 'dialogue'])
const SETTLEMENT_CUES = new Set<string>(DATA.relations.settlementCues)
const RE_ALLY_NOUN = new RegExp(`^(?:${DATA.relations.allyNouns.join('|')})\\*?$`)
const PREPOSITIONS = new Set(['of', 'in', 'to', 'at', 'on', 'into', 'from', 'over', 'near', 'including'])
const SPEECH = new Set([...DATA.actors.speechVerbs, 'urged', 'urges', 'called', 'calls', 'described', 'describes', 'accused', 'accuses', 'labelled', 'labeled', 'termed', 'branded', 'dubbed'])
const MULTILATERAL = new CueMatcher(DATA.relations.multilateralCues.map((c): [string, true] => [c, true]))
const TOPIC_PREPOSITIONS = new Set(DATA.relations.topicPrepositions)
const NOUN_CUES = new Set<string>(DATA.relations.nounCues)
const AGENT_NOUNS = new Set<string>(DATA.relations.agentNouns)
const VERB_CUES = new Set<string>(DATA.relations.verbCues)
/** Cues whose subject must be the actor named right before them (data/relations.json subjectCues). */
const SUBJECT_CUES = new Set<string>(DATA.relations.subjectCues)
const OBJECT_CUES = new Set<string>(DATA.relations.objectCues)
const PEER_CUES = new Set<string>(DATA.relations.peerCues)
/** What one engages in with another (data/relations.json engagementObjects): talks, a conspiracy; not a crackdown. */
const ENGAGEMENT_OBJECTS = new Set<string>(DATA.relations.engagementObjects)
const NOT_CUES = new CueMatcher(DATA.relations.notCues.map((c): [string, true] => [c, true]))
const OTHER_SIDE = new Set<string>(DATA.relations.otherSide)
const REGIME_WORDS = new Set<string>(DATA.actors.regimeWords)
/** How far before a group its topic preposition may stand: "about North Korea’s ballistic missiles". */
const TOPIC_WINDOW = 3

type Link = [from: string, to: string, kind: RelationKind]

/** Nouns for the other parties of a tie, not the tie: "partners", "allies" (data/relations.json partyNouns). */
const PARTY_NOUNS = new Set<string>(DATA.relations.partyNouns)

/** The verbs of "together account for", "together make up" (data/relations.json notCues): adding up, not acting. */
const TOGETHER_NOT = new Set<string>(DATA.relations.notCues.filter((c) => c.startsWith('together ')).map((c) => c.split(' ')[1]!))

/** The word after a group, past auxiliaries and adverbs, in lower case ("A and B [will] oversee" → "oversee"). */
function verbAfterGroup(s: SentenceContext, g: Group): string {
  let k = g.last + 1
  while (k < s.tokens.length && ['AUX', 'ADV', 'PART'].includes(wordAt(s, k)?.pos ?? '')) k++
  return s.tokens[k]?.lower ?? ''
}

/**
 * The last group before the cue in its clause, past an aside that a preposition opens between the subject and its
 * verb ("NASA, on behalf of NOAA, has selected BAE": NASA, not NOAA); the verb group (auxiliaries, adverbs) follows
 * the aside's closing comma.
 */
function pastAside(s: SentenceContext, inClause: Group[], m: CueMatch<RelationKind>): Group | undefined {
  const groups = inClause.filter((g) => g.last < m.first)
  const last = groups.at(-1)
  if (!last) return undefined
  let close = m.first - 1
  while (close > last.last && ['AUX', 'ADV', 'PART'].includes(wordAt(s, close)?.pos ?? '')) close--
  if (s.tokens[close]?.text !== ',' || close <= last.last) return last
  let open = last.first - 1
  while (open >= 0 && s.tokens[open]!.text !== ',') open--
  const subject = groups.at(-2)
  const aside = open > 0 && wordAt(s, open + 1)?.pos === 'ADP' && !s.tokens.slice(last.last + 1, close).some((t) => t.text === ',')
  return aside && subject && subject.last === open - 1 ? subject : last
}

/**
 * A cue that is a verb only (data/relations.json verbCues) in its past participle right after a group and its comma:
 * "A, B and C, selected on the basis of data" says what was done to the group, not what its members did.
 */
function reducedPassive(s: SentenceContext, group: Group, m: CueMatch<RelationKind>): boolean {
  return VERB_CUES.has(m.cue.text) && m.first === group.last + 2 && s.tokens[group.last + 1]!.text === ',' && wordAt(s, m.first)?.pos === 'VERB' && /(?:ed|en)$/.test(s.tokens[m.first]!.lower)
}

/**
 * A cue that names a relation only as a verb is one, not a participle after an article or preposition ("for
 * selected categories", "the directed funds"); a gerund after a preposition is a verb ("acted by ordering X to …").
 */
function verbCue(s: SentenceContext, cue: CueMatch<RelationKind>): boolean {
  const before = wordAt(s, cue.first - 1)?.pos
  const gerund = before === 'ADP' && s.tokens[cue.first]!.lower.endsWith('ing')
  return wordAt(s, cue.first)?.pos === 'VERB' && before !== 'DET' && (before !== 'ADP' || gerund) && before !== 'SCONJ'
}

/** Words that name a body overseeing the one it belongs to (data/relations.json oversightNames). */
const RE_OVERSIGHT = new RegExp(`\\b(?:${(DATA.relations.oversightNames as string[]).join('|')})\\b`)

export function findRelations(ctx: Context): Relation[] {
  const found = new Map<string, Relation>()
  const name = (id: string) => ctx.actors.get(id)?.name ?? id
  // A body and what it belongs to: by affiliation, or by name ("UN Security Council" is part of the "UN").
  const partOf = (a: string, b: string) => name(a).startsWith(`${name(b)} `) || name(b).startsWith(`${name(a)} `)
  // (Up the chain of affiliations: "NASA's Johnson Space Center" belongs to NASA, which belongs to the United States.)
  const within = (a: string, b: string) => {
    const seen = new Set<string>()
    for (let up = ctx.actors.get(a)?.affiliation; up !== undefined && !seen.has(up); up = ctx.actors.get(up)?.affiliation) {
      if (up === b) return true
      seen.add(up)
    }
    return false
  }
  // (An inspector general's findings against its own department are a relation: it oversees the body it is part of.)
  const oversees = (a: string, b: string) => RE_OVERSIGHT.test(name(a)) && !RE_OVERSIGHT.test(name(b))
  const affiliated = (a: string, b: string) => (within(a, b) || within(b, a) || partOf(a, b) || heads.has(`${a}|${b}`)) && !oversees(a, b)
  // "Secretary of Defense X directed the Department of Defense": a body's head directing it is the body's own act.
  const heads = headedBodies(ctx)
  const courts = new Set([...ctx.actors.values()].filter((a) => a.type === 'organisation' && (a.name === BENCH_NAME || isCourtName(a.name))).map((a) => a.id))
  const isState = (id: string) => ctx.actors.get(id)?.type === 'state'
  // "… as we condemn the military": in a body's own statement its "we" is that body.
  const writer = writerOf(ctx)
  // Who acts where a release tells its own acts without their doer: the writer, else the body that announces it.
  const issuer = writer ?? announcerOf(ctx)
  for (const own of ctx.sentences) {
    const whole = writer ? withWriter(own, writer) : own
    // ("Will Japan impose sanctions on China?": a question states no relation.)
    if (whole.meta || whole.mentions.length < 2 || isQuestion(whole.sentence.text)) continue
    // "U.S. seafood producers", "Argentine beef imports": a state modifying people or goods is no side.
    const unglued = withoutCivilModifiers(whole, isState)
    // "the Rwanda-backed M23": a name joined to a participle modifies the name after it; the participle relates the
    // two, and every other cue sees only the one modified ("the conflict between DRC and the Rwanda-backed M23").
    const all = RELATION_CUES.all(unglued.tokens)
    const glued = all.filter((cue) => gluedParticiple(unglued, cue))
    const gluedLinked = glued.flatMap((cue) => gluedLinks(unglued, cue))
    const s = { ...unglued, mentions: unglued.mentions.filter((m) => !glued.some((cue) => cue.first === m.last + 1)) }
    if (s.mentions.length + gluedLinked.length < 2) continue
    const groups = groupMentions(s)
    // A relation word in scare quotes within reported speech is the speaker's word for it ("China urged that …
    // their “hostile” policies"), not a relation the article states.
    const reported = s.tokens.some((t) => SPEECH.has(t.lower))
    const quoted = reported ? quotedRanges(s.sentence.text) : []
    const notCues = NOT_CUES.all(s.tokens)
    // "labeled China a military threat": the slur is what the namer calls the one named, no relation of its own.
    const named = nameCalling(s, groups)
    const matched = all.filter(
      (cue) =>
        !glued.includes(cue) &&
        !named.slurs.includes(cue.first) &&
        !quoted.some(([a, b]) => s.tokens[cue.first]!.start >= a && s.tokens[cue.last]!.end <= b) &&
        !inName(s, groups, cue) &&
        !inGroupName(s, groups, cue) &&
        !notCues.some((n) => n.first <= cue.last && n.last >= cue.first) &&
        !modifier(s, cue) &&
        !counted(s, cue) &&
        !attributive(s, cue) &&
        !domainAdjective(s, cue) &&
        !kindOfThing(s, groups, cue) &&
        formFits(s, cue, ctx.actors),
    )
    // "Despite the close economic ties between the two nations, distrust has long existed between Japan and China":
    // what a leading concession grants gives way to the claim after it; a cue of the other polarity there is not
    // what the sentence says of them.
    const conceded = concessionEnd(s)
    const claimed = (cue: CueMatch<RelationKind>) => cue.first > conceded
    const ceded = (cue: CueMatch<RelationKind>) => cue.last < conceded && matched.some((c) => claimed(c) && POSITIVE.has(c.cue.value) !== POSITIVE.has(cue.cue.value))
    const cues = matched.filter((c) => !ceded(c))
    const spoken = spokenRanges(s.sentence.text)
    // "Boeing settled with the Justice Department": a settlement presses the company, whichever side settles.
    const company = (id: string) => ctx.actors.get(id)?.type === 'company'
    const settled = (cue: CueMatch<RelationKind>, links: Link[]): Link[] =>
      SETTLEMENT_CUES.has(cue.cue.text) ? links.map(([a, b, k]) => (company(a) && !company(b) ? [b, a, k] : [a, b, k])) : links
    const linksOf = (cue: CueMatch<RelationKind>) =>
      settled(cue, backedAgainst(s, groups, cue, truceAsTalks(s, cue, notSelfAimed(received(s, cue, notAmongOwners(s, groups, cue, linksForCue(s, insideQuote(s, groups, cue, spoken), cue, issuer))), cue))))
    const links = oneWay(s, [...cues.flatMap(linksOf), ...gluedLinked, ...stanceLinks(s, groups), ...named.links])
    const owned = ownedBodies(s, groups, ctx)
    for (const [a, b, cued] of links) {
      if (a === b || affiliated(a, b) || owned.has(`${a}|${b}`) || owned.has(`${b}|${a}`)) continue
      // "the states filed a motion asking the court to …", "sued in the district court": a party petitions a court,
      // which decides between the parties and is pressed by no one; the party pressed is the one named after it
      // ("asking the court to enforce its order prohibiting X"), if any.
      if (cued === 'pressure' && courts.has(b)) {
        const pressed = petitioned(s, b, a, courts)
        if (pressed) links.push([a, pressed, cued])
        continue
      }
      // A company's "partnership" or "alliance" is a business tie: cooperation, not a pact between camps.
      const kind: RelationKind = cued === 'alliance' && [a, b].some((x) => ctx.actors.get(x)?.type === 'company') ? 'cooperation' : cued
      const [from, to] = KINDS[kind].symmetric && b < a ? [b, a] : [a, b]
      const key = `${from}|${to}|${kind}`
      const r = found.get(key) ?? { from, to, kind, source: [] }
      if (!r.source.includes(s.sentence.id)) r.source.push(s.sentence.id)
      found.set(key, r)
    }
  }
  return [...found.values()]
}

/**
 * "the Rwanda-backed M23", "an Iran-funded militia": a participle joined by a hyphen to the name before it (the
 * tokenizer splits them: data/relations.json hyphenedParticiples).
 */
function gluedParticiple(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  return m.first === m.last && !!s.tokens[m.first]!.joined
}

/**
 * A participle joined to a name relates that name alone (not the names coordinated with it: "the conflict between
 * DRC and the Rwanda-backed M23") to the actor named right after it ("the Rwanda-backed M23"), or to no one ("an
 * Iranian-backed militia attacked U.S. troops": the militia is backed, not the troops).
 */
function gluedLinks(s: SentenceContext, m: CueMatch<RelationKind>): Link[] {
  const giver = s.mentions.find((x) => x.last === m.first - 1)
  const taker = s.mentions.find((x) => x.first === m.last + 1)
  return giver && taker ? [[giver.actor, taker.actor, m.cue.value]] : []
}

/**
 * "Kelly and Baroni's convictions", "Japan and Korea's joint statement": the members of a group that owns a noun cue
 * together are its owners, not its two sides.
 */
function notAmongOwners(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, links: Link[]): Link[] {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return links
  const k = ownerAt(s, m, SHARED_CUE_MODIFIERS)
  const owners = groups.find((g) => g.last === k && s.tokens[k]!.possessive && g.actors.length > 1)
  return owners ? links.filter(([a, b]) => !(owners.actors.includes(a) && owners.actors.includes(b))) : links
}

/** Words that open a concession: "Despite …,", "Although …,". */
const CONCESSIVES = new Set(['despite', 'although', 'though', 'notwithstanding'])

/** The comma closing a concession that opens the sentence ("Despite the close ties between them, …"), or -1. */
function concessionEnd(s: SentenceContext): number {
  const first = s.tokens.findIndex((t) => !t.punct)
  const opens = CONCESSIVES.has(s.tokens[first]?.lower ?? '') || (s.tokens[first]?.lower === 'in' && s.tokens[first + 1]?.lower === 'spite' && s.tokens[first + 2]?.lower === 'of')
  return opens ? s.tokens.findIndex((t, k) => k > first && t.text === ',') : -1
}

/**
 * The cue is in the form it names a relation in: a noun cue a noun, a verb cue a verb, an object cue with an actor
 * for its object, a peer cue with an actor that is no organisation ("joined the United States", not "joined NATO").
 */
function formFits(s: SentenceContext, cue: CueMatch<RelationKind>, actors: Map<string, Actor>): boolean {
  const text = cue.cue.text
  return (
    (!NOUN_CUES.has(text) || wordAt(s, cue.first)?.pos === 'NOUN' || wordAt(s, cue.first)?.pos === 'PROPN') &&
    (!VERB_CUES.has(text) || verbCue(s, cue)) &&
    (!OBJECT_CUES.has(text) || actorObject(s, cue)) &&
    (!PEER_CUES.has(text) || peerObject(s, cue, actors)) &&
    engagesWithAnother(s, cue) &&
    // "the FTC will require ACT to divest": only an actor right before it (past auxiliaries and adverbs) requires.
    (!SUBJECT_CUES.has(text) || subjectRightBefore(s, cue))
  )
}

/**
 * "engaged in contract negotiations", "engaging in the conspiracy": what is engaged in ties two sides; "engaged in
 * periodic crackdowns", "engaging in the shipment of petroleum" is one side's activity alone, no relation. The head
 * noun of the object of "in" (the last noun of its first run of nouns) decides (data/relations.json engagementObjects).
 */
function engagesWithAnother(s: SentenceContext, cue: CueMatch<RelationKind>): boolean {
  if (!cue.cue.text.startsWith('engag') || s.tokens[cue.last + 1]?.lower !== 'in') return true
  let k = cue.last + 2
  // ("engaged in working with health care providers": a verb's own cue says what it is.)
  if (wordAt(s, k)?.pos === 'VERB') return true
  while (k < s.tokens.length && ['DET', 'ADJ', 'ADV', 'NUM'].includes(wordAt(s, k)?.pos ?? '')) k++
  let head: Word | undefined
  while (k < s.tokens.length && ['NOUN', 'PROPN'].includes(wordAt(s, k)?.pos ?? '')) head = wordAt(s, k++)
  return !!head && ENGAGEMENT_OBJECTS.has(head.lemma.toLowerCase())
}

/** The verb cue's direct object is an actor that is no organisation: a peer, not a body one becomes part of. */
function peerObject(s: SentenceContext, cue: CueMatch<RelationKind>, actors: Map<string, Actor>): boolean {
  const object = objectMention(s, cue)
  return !!object && actors.get(object.actor)?.type !== 'organisation'
}

/** The relation cues of a sentence in the form they name a relation in (for how much a sentence says of relations). */
export function relationCuesOf(s: SentenceContext, actors: Map<string, Actor>): CueMatch<RelationKind>[] {
  return RELATION_CUES.all(s.tokens).filter((cue) => formFits(s, cue, actors))
}

/**
 * "In June 2024, the FTC filed suit against FBA Machine and Rozenfeld alleging that …": the links of an "-ing" verb
 * cue right after a group, before "that", when a subject group and a finite verb stand before that group in the
 * clause: from the subject to the group. Undefined otherwise.
 */
function claimAfterObject(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): Link[] | undefined {
  const w = wordAt(s, m.first)
  if (w?.pos !== 'VERB' || !w.lower.endsWith('ing') || s.tokens[m.last + 1]?.lower !== 'that' || KINDS[m.cue.value].symmetric) return undefined
  const object = groups.find((g) => g.last === m.first - 1)
  if (!object) return undefined
  const [start] = clauseOf(s, m.first)
  const verb = s.words.findIndex((x, i) => x.start >= s.tokens[start]!.start && x.end <= s.tokens[object.first]!.start && isFiniteVerb(s.words, i))
  if (verb < 0) return undefined
  const subject = groups.filter((g) => g.first >= start && s.tokens[g.last]!.end <= s.words[verb]!.start).at(-1)
  return subject ? subject.actors.flatMap((a) => object.actors.filter((b) => b !== a).map((b): Link => [a, b, m.cue.value])) : undefined
}

/** Modifiers that may stand between a noun cue's owner and the cue: "X's proposed acquisition". */
const OWNED_CUE_MODIFIERS = new Set(['ADJ', 'VERB', 'NUM'])
/** And between a group that owns it together and the cue: "Kelly and Baroni's fraud convictions". */
const SHARED_CUE_MODIFIERS = new Set(['ADJ', 'NOUN', 'NUM'])

/** The index of the word before noun cue `m` past the `modifiers` between them, where its owner would end; -1 at the start. */
function ownerAt(s: SentenceContext, m: CueMatch<RelationKind>, modifiers: ReadonlySet<string>): number {
  let k = m.first - 1
  while (k >= 0 && modifiers.has(wordAt(s, k)?.pos ?? '') && !s.tokens[k]!.possessive) k--
  return k
}
/** How far after a noun cue's "of" its "by" may come: "the acquisition of EP Energy LLC (EP Energy) by …". */
const OF_BY_WINDOW = 8

/**
 * The links of a noun cue whose own phrase names its parties, or undefined when it does not: an owner before it that
 * is no actor ("Mars, Incorporated's proposed acquisition of Kellanova": no link, the owner being no actor), or "of X
 * by Y" after it ("the acquisition of EP Energy by EnCap": X and Y, when both are actors).
 */
function nounCueParties(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): Link[] | undefined {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return undefined
  const k = ownerAt(s, m, OWNED_CUE_MODIFIERS)
  const owner = s.tokens[k]
  // (An actor's name may run on into the owner's: "Quantum Energy’s deal" when the actor is "Quantum".)
  if (owner?.possessive && owner.cap && !groups.some((g) => g.first <= k && k <= g.last + 1)) return []
  // "attacks by Russia on Ukraine", "strikes by Israel against Lebanon": a one-sided act whose doer "by" names right
  // after it, and whose target an "on" or "against" names right after that, is done by the one to the other.
  if (s.tokens[m.last + 1]?.lower === 'by' && !KINDS[m.cue.value].symmetric) {
    const doer = groups.find((g) => g.first > m.last + 1 && g.first <= m.last + 3)
    const target = doer && ACT_TARGETS.has(s.tokens[doer.last + 1]?.lower ?? '') ? groups.find((g) => g.first > doer.last + 1 && g.first <= doer.last + 3) : undefined
    if (doer && target) return across(doer.actors, target.actors, m.cue.value)
  }
  // "funding appropriated by Congress will be returned": a participle after the noun names the act's doer with "by";
  // its other party is whom a "to", "for", "on" or "against" names right after ("sanctions imposed by Japan on the
  // communist state"). With none, the act relates no two actors where its phrase is no verb's or preposition's object
  // (where it is, "Armenia discussed the threat posed by Azerbaijan", the clause's subject is the other party).
  const participle = wordAt(s, m.last + 1)
  if (participle?.pos === 'VERB' && participleForm(participle, true) && s.tokens[m.last + 2]?.lower === 'by') {
    const doer = groups.find((g) => g.first > m.last + 2 && g.first <= m.last + 4)
    const target = doer && RECIPIENT_MARKS.has(s.tokens[doer.last + 1]?.lower ?? '') ? groups.find((g) => g.first > doer.last + 1 && g.first <= doer.last + 3) : undefined
    if (doer && target) return across(doer.actors, target.actors, m.cue.value)
    if (doer && !isObjectPhrase(s, m.first)) return []
  }
  if (s.tokens[m.last + 1]?.lower !== 'of') return undefined
  // (Nothing but names, brackets and commas between: no clause of its own, no other phrase.)
  const by = byAfterOf(s, m.last, OF_BY_MARKS)
  if (by < 0) return undefined
  const of = groups.find((g) => g.first === m.last + 2 || (g.first > m.last + 1 && g.last < by && s.tokens[g.first - 1]!.lower === 'of'))
  const agent = groups.find((g) => g.first > by && g.first <= by + 5)
  // ("the arrest of Ukrainian officials by Russia": a one-sided act is done by the one "by" names to the one "of" names.)
  if (!of || !agent) return []
  return KINDS[m.cue.value].symmetric ? across(of.actors, agent.actors, m.cue.value) : across(agent.actors, of.actors, m.cue.value)
}

/**
 * The actor that does the act a verb cue's object names, when "by" names it right after that object's noun or
 * after the noun's "of" phrase: "condemned [the attack] by X", "[the arrest of Y] by X".
 */
function doerOfObject(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): Group | undefined {
  let head = m.last + 1
  while (head < s.tokens.length && (PHRASE_OPENERS.has(wordAt(s, head)?.pos ?? '') || (s.tokens[head]!.possessive && !s.tokens[head]!.cap))) head++
  if (wordAt(s, head)?.pos !== 'NOUN' || groups.some((g) => g.first <= head && head <= g.last)) return undefined
  const by = s.tokens[head + 1]?.lower === 'by' ? head + 1 : byAfterOf(s, head, BRACKETS)
  if (by < 0) return undefined
  return groups.find((g) => g.first > by && g.first <= by + 3)
}

/** Marks an "of … by" phrase may hold: brackets ("EP Energy LLC (EP Energy)"), and for a noun cue's own phrase commas. */
const BRACKETS = ['(', ')']
const OF_BY_MARKS = [...BRACKETS, ',']

/**
 * The "by" that names the doer of the noun at `head` after its "of" phrase ("the acquisition of EP Energy by …"),
 * within OF_BY_WINDOW words, with no mark but `marks` and no clause of its own between; -1 when there is none.
 */
function byAfterOf(s: SentenceContext, head: number, marks: string[]): number {
  if (s.tokens[head + 1]?.lower !== 'of') return -1
  const by = s.tokens.findIndex((t, i) => i > head + 1 && i <= head + 1 + OF_BY_WINDOW && t.lower === 'by')
  if (by < 0) return -1
  const between = (w: Word) => w.start > s.tokens[head]!.end && w.end <= s.tokens[by]!.start
  return s.tokens.slice(head + 2, by).some((t) => t.punct && !marks.includes(t.text)) || s.words.some((w, i) => between(w) && isFiniteVerb(s.words, i)) ? -1 : by
}

/** Verbs of thanking (data/relations.json gratitudeVerbs). */
const GRATITUDE_VERBS = new Set<string>(DATA.relations.gratitudeVerbs)
/** Possessive determiners that name, after "for", the help of the ones thanked: "for its assistance". */
const HELPERS_OWN = new Set(['its', 'their', 'his', 'her'])

/**
 * "The CFTC thanks and acknowledges the Dutch Authority for the Financial Markets for its assistance": a noun of
 * help after "for" and a possessive, in a clause whose verb thanks, is given by the ones thanked (the verb's objects)
 * to the one thanking (its subject). Undefined when the cue is no such noun.
 */
function thankedFor(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): Link[] | undefined {
  if (wordAt(s, m.first)?.pos !== 'NOUN' || !HELPERS_OWN.has(s.tokens[m.first - 1]?.lower ?? '') || s.tokens[m.first - 2]?.lower !== 'for') return undefined
  const [start] = clauseOf(s, m.first)
  const verb = s.words.findLastIndex((w) => w.start >= s.tokens[start]!.start && w.end <= s.tokens[m.first - 2]!.start && w.pos === 'VERB' && GRATITUDE_VERBS.has(w.lemma.toLowerCase()))
  if (verb < 0) return undefined
  const at = s.tokens.findIndex((t) => t.start === s.words[verb]!.start)
  const givers = groups.filter((g) => g.first > at && g.last < m.first - 2).flatMap((g) => g.actors)
  // (The subject is the group before the verb in its clause: "The CFTC thanks and acknowledges …", where "thanks"
  // may be read as a noun.)
  const subject = groups.filter((g) => g.first >= start && g.last < at && !s.tokens[g.last]!.possessive && isSubject(s, g)).at(-1)
  return across(givers, subject?.actors ?? [], 'support')
}

/** Words a noun's phrase may open with before the noun: "the", "new", "two". */
const PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'PRON'])

/**
 * The noun phrase whose head is at token `head` is a verb's or a preposition's object: "discussed [the threat]",
 * "talks about [the threat]" — not a noun's "of" phrase ("$882 million of [funding]").
 */
function isObjectPhrase(s: SentenceContext, head: number): boolean {
  let k = head - 1
  while (k >= 0 && PHRASE_OPENERS.has(wordAt(s, k)?.pos ?? '')) k--
  const before = wordAt(s, k)
  return !!before && before.lower !== 'of' && ['VERB', 'AUX', 'ADP'].includes(before.pos)
}

/** Prepositions that name whom a one-sided act is done to: "attacks by X [on] Y". */
const ACT_TARGETS = new Set(['on', 'against', 'upon'])
/** …and whom an act is for: "funding appropriated by X [for] Y", "sanctions imposed by X [on] Y". */
const RECIPIENT_MARKS = new Set([...ACT_TARGETS, 'to', 'for'])

/** The first actor the sentence names after the court `court` that is neither a court nor `party`: whom a petition to the court presses. */
function petitioned(s: SentenceContext, court: string, party: string, courts: Set<string>): string | undefined {
  const at = s.mentions.findIndex((m) => m.actor === court)
  return s.mentions.slice(at + 1).find((m) => m.actor !== party && !courts.has(m.actor))?.actor
}

const JOINT_ACTS = new CueMatcher(DATA.relations.jointActs.map((c): [string, true] => [c, true]))

/**
 * "US-Israeli strikes", "Franco-British sanctions": a directed cue naming a one-sided act (data jointActs) right after
 * a coordinated group, with nothing but modifiers between, has that group for its joint doers.
 */
function jointAct(s: SentenceContext, before: Group, m: CueMatch<RelationKind>): boolean {
  if (KINDS[m.cue.value].symmetric) return false
  const act = JOINT_ACTS.all(s.tokens).some((a) => a.first <= m.last && a.last >= m.first)
  if (!act) return false
  for (let i = before.last + 1; i < m.first; i++) if (s.tokens[i]!.punct || wordAt(s, i)?.pos === 'VERB') return false
  return true
}

/** How far after an agreement's cue its truce may be named: "agreed to a two-week ceasefire". */
const TRUCE_WINDOW = 4
const TRUCE_BEFORE = 2
const TRUCE_NOUNS = new Set<string>(DATA.relations.truceNouns)
const APART = new Set<string>(DATA.relations.apart)

/**
 * "A-land and B-land agreed to a two-week ceasefire": an agreement to stop fighting is talks between the sides, not
 * cooperation — they are still at odds.
 */
function truceAsTalks(s: SentenceContext, m: CueMatch<RelationKind>, links: Link[]): Link[] {
  if (m.cue.value !== 'cooperation') return links
  const kind = truceNear(s, m.first, m.last) ? 'dialogue' : souredTie(s, m) ? 'tension' : undefined
  return kind ? links.map(([a, b, k]): Link => [a, b, k === 'cooperation' ? kind : k]) : links
}

/**
 * "Mexico backed the resolution against Peru", "endorsed the campaign against Peru": backing a thing aimed against an
 * actor presses that actor; it does not support it. (The one backed stands before "against": "backed Peru against Chile".)
 */
function backedAgainst(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, links: Link[]): Link[] {
  if (m.cue.value !== 'support') return links
  const aimed = (id: string) => {
    const g = groups.find((x) => x.first > m.last && x.actors.includes(id))
    return !!g && s.tokens.slice(m.last + 1, g.first).some((t) => t.lower === 'against')
  }
  return links.map(([a, b, kind]): Link => (kind === 'support' && aimed(b) ? [a, b, 'pressure'] : [a, b, kind]))
}

/** How far from a bare tie its souring word may stand: "relations with Mexico have deteriorated". */
const SOURING_BEFORE = 2
const SOURING_AFTER = 5
const BARE_TIES = new Set<string>(DATA.relations.bareTies)
const SOURING = new Set<string>(DATA.relations.souring)

/**
 * "strained relations with", "tense ties", "ties with B-land soured": a cue naming a relationship of any quality
 * with a souring word next to it, in its clause, tells tension, not cooperation.
 */
function souredTie(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (!BARE_TIES.has(m.cue.text)) return false
  const before = s.tokens.slice(Math.max(0, m.first - SOURING_BEFORE), m.first)
  const after = s.tokens.slice(m.last + 1, m.last + 1 + SOURING_AFTER)
  const end = after.findIndex((t) => t.punct && t.text !== '-')
  return [...before, ...(end < 0 ? after : after.slice(0, end))].some((t) => SOURING.has(t.lower))
}

/**
 * A truce named right before tokens `first`–`last` ("a peace [deal]") or within TRUCE_WINDOW words after them, in the
 * same clause ("[agreed] to a two-week ceasefire").
 */
function truceNear(s: SentenceContext, first: number, last: number): boolean {
  const after = s.tokens.slice(last + 1, last + 1 + TRUCE_WINDOW)
  const end = after.findIndex((t) => t.punct && t.text !== '-')
  return [...s.tokens.slice(Math.max(0, first - TRUCE_BEFORE), first), ...(end < 0 ? after : after.slice(0, end))].some((t) => TRUCE_NOUNS.has(t.lower))
}

/**
 * "the Russian president could authorise them against aggression against Russia and Belarus": a directed cue whose
 * side before it is also among the sides it acts on is no act of that side's; it links no one (the one acting is
 * not named).
 */
function notSelfAimed(links: Link[], m: CueMatch<RelationKind>): Link[] {
  return !KINDS[m.cue.value].symmetric && links.some(([a, b]) => a === b) ? [] : links
}

/** What a defendant does before the prosecutor (data/relations.json pleaCues): "pleaded guilty". */
const PLEA_CUES = new Set<string>(DATA.relations.pleaCues)
/** Words between a defendant and its plea: "Sharp Corp. [has agreed to] plead guilty", "LG [also] pleaded guilty". */
const BEFORE_PLEA = new Set(['has', 'have', 'had', 'also', 'agreed', 'to', 'today', 'will', 'previously', 'already'])

/**
 * "Sharp Corp. pleaded guilty to three separate conspiracies", in a release the Department of Justice issues: the
 * issuer presses the defendant, the actor right before the plea (past auxiliaries, "agreed to"). No issuer, no one.
 */
function pleaded(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, issuer?: string): Link[] {
  let k = m.first - 1
  while (k >= 0 && BEFORE_PLEA.has(s.tokens[k]!.lower)) k--
  // ("Acme Corp. pleaded": the stop of an abbreviation is the name's.)
  if (s.tokens[k]?.text === '.' && s.tokens[k - 1]?.end === s.tokens[k]!.start) k--
  const defendant = groups.find((g) => g.last === k && !s.tokens[g.last]!.possessive)
  return issuer && defendant ? defendant.actors.filter((a) => a !== issuer).map((a): Link => [issuer, a, 'pressure']) : []
}

/** Verbs whose object is given to their subject: "depends on US support", "welcomed Chilean aid" (data/relations.json receivingVerbs). */
const RECEIVING_VERBS = new Set<string>(DATA.relations.receivingVerbs)

/** Cues whose subject is the one supported ("Peru relies on Chile"): their links run from the other side. */
const RECEIVING_CUES = new Set<string>(DATA.relations.receivingCues)
function received(s: SentenceContext, m: CueMatch<RelationKind>, links: Link[]): Link[] {
  // ("Chile was supported by Peru": a passive's links already run from its agent.)
  return RECEIVING_CUES.has(m.cue.text) && !passive(s, m.first) ? links.map(([a, b, kind]): Link => [b, a, kind]) : links
}

function linksForCue(s: SentenceContext, allGroups: Group[], m: CueMatch<RelationKind>, issuer?: string): Link[] {
  if (negatedCue(s, m) || barredCue(s, m) || supposed(s, m.first)) return []
  // "five states own nuclear weapons: France (signed 1992), China (1992) …": a cue inside brackets that name no actor
  // is a note on what stands before them, and relates no one. (Brackets that name one may go on with the sentence:
  // "Oman and Kuwait (all of which have been attacked by Iran)".)
  const bracket = bracketAround(s, m.first)
  if (bracket && !allGroups.some((g) => g.first > bracket[0] && g.last < bracket[1])) return []
  const kind = m.cue.value
  if (PLEA_CUES.has(m.cue.text)) return pleaded(s, allGroups, m, issuer)
  const thanked = kind === 'support' ? thankedFor(s, allGroups, m) : undefined
  if (thanked) return thanked
  if (refersBack(s, allGroups, m) || reducedRelative(s, allGroups, m)) return []
  const byAgents = participleOfThing(s, allGroups, m)
  if (byAgents) return byAgents
  // "the FTC filed suit against X alleging that they …": a claim verb in "-ing" right after the main verb's object,
  // before its "that", is said by the main clause's subject, of that object.
  const claimed = claimAfterObject(s, allGroups, m)
  if (claimed) return claimed
  // "review of Mars, Incorporated's proposed acquisition of Kellanova", "the acquisition of EP Energy by a subsidiary
  // of EnCap": a noun cue whose own phrase names its parties (an owner that is no actor, or "of X by Y") relates no
  // one named outside that phrase.
  const ownParties = nounCueParties(s, allGroups, m)
  if (ownParties) return ownParties
  // "the United States and our allies and partners are exposing …": a party noun a possessive determiner leads names
  // the owner's partners, none of the actors the sentence names.
  if (ownersPartners(s, m)) return []
  // "asked Peru how it would pay", "asks whether Chile will join": a question asked presses no one.
  if (asksQuestion(s, m)) return []
  // "X urged Pakistan to cooperate with India": cooperation asked for, not stated; "Riyadh asked Washington to
  // carry out airstrikes on the Houthis": strikes asked for, in the same clause, are not stated either.
  if (POSITIVE.has(kind) ? wishedFor(s, m.first) : wishedFor(s, m.first, clauseOf(s, m.first)[0])) return []
  // "outlined our position on competition with China": a cue that is the topic of a noun before it names no tie of
  // anyone named before that noun's preposition.
  const topicLead = topicOfNoun(s, m)
  // "share intelligence about North Korea’s missiles": the topic of a friendly or talking relation is no party to it.
  let groups = withoutExcluded(s, allGroups).filter(
    (g) =>
      !(POSITIVE.has(kind) && isTopic(s, g, m.last)) &&
      !(isPlace(s, g) && (g.first !== m.last + 1 || g.actors.every((a) => REGION_IDS.has(a)))) &&
      !(!KINDS[kind].symmetric && isVenue(s, g, m.last)) &&
      !isPlatform(s, g) &&
      !isSource(s, g, m) &&
      !(g.first > m.last && isTime(s, g)) &&
      !isDestination(s, g, m) &&
      !(CONFLICT_KINDS.has(kind) && exampleOfCue(s, g, m)) &&
      !(topicLead !== undefined && g.last < topicLead),
  )
  const [start, end] = clauseOf(s, m.first)
  // ("Celebrating Hamas’ attacks, they blocked Jewish Americans …": the object of an opening participle is no side of
  // the main clause's verb, whose subject comes after the comma.)
  const openerEnd = openingParticiple(s)
  if (openerEnd >= 0 && m.first > openerEnd && wordAt(s, m.first)?.pos === 'VERB') groups = groups.filter((g) => g.first > openerEnd)
  const inClause = groups.filter((g) => g.first >= start && g.last < end)
  // "…, Norway will require Peru to divest 35 gas stations, which will be acquired by Chile": a verb in a relative
  // clause set off by a comma has the noun before the comma for its subject; when that is no actor, the cue relates
  // no actor named before the clause.
  if (thingAntecedent(s, groups, m, start)) return []
  // ("NASA, on behalf of NOAA, has selected BAE": the actor of a prepositional aside after the subject is no side.)
  // ("Hungary licensed Czech firearm technology, then agreed with Airbus": an actor modifying an earlier verb's object
  // stands right before a verb cue, but is no side of it; the side is sought as for a cue with one.)
  const modifiesEarlierObject = (g: Group) => g.last < m.first && wordAt(s, m.first)?.pos === 'VERB' && objectModifier(s, g, m)
  const nearestBefore = pastAside(s, inClause, m)
  const before = nearestBefore && modifiesEarlierObject(nearestBefore) ? undefined : nearestBefore
  // "…, with Berlin’s full backing": a backer named after the cue is not what the cue acts on; nor is an actor named
  // in a clause that a comma and a verb open after it ("…, describing them as an offset to X").
  // "the prosecution and sentencing were unjust and denigrated the KLA’s struggle": a directed noun cue that is the
  // subject of a verb acts on no actor named after that verb. (A symmetric one's parties may follow: "The
  // collaboration integrates A’s models with B's platform".)
  const verbAfter = KINDS[kind].symmetric ? undefined : subjectOf(s, m)
  // ("Turkey is under EU sanctions, and was condemned by Egypt": nor, for a noun cue, one past a second predicate of
  // the clause's subject, which ", and" and a verb open.)
  const first = inClause.find((g) => g.first > m.last && !(wordAt(s, m.first)?.pos === 'NOUN' && secondPredicateBetween(s, m.last, g.first)) && !subjectOfObjectRelative(s, g) && (KINDS[kind].symmetric || !isBacker(s, g, m)) && !(verbAfter !== undefined && g.first > verbAfter) && !participleClauseBetween(s, m.last, g.first) && !subjectOfOwnClause(s, g, m) && !coordinatedAfter(s, m, g) && !betweenOfConjunct(s, m, g) && !(KINDS[kind].symmetric && infinitiveBetween(s, m.last, g.first)))
  // ("sanctions on …, including Russia’s largest defense conglomerate, State Corporation Rostec": what the cue acts on
  // is the one the apposition names, not the owner of the noun it restates.)
  // ("condemns today’s arrest of civilian members of Sudan’s Government by the military": what a verb of judging
  // condemns is an act, and the one condemned is its doer, whom "by" names; the one "of" names suffered it.)
  const judgedDoer = kind === 'condemnation' && wordAt(s, m.first)?.pos === 'VERB' ? doerOfObject(s, inClause, m) : undefined
  // "Iranian assistance is received by the Houthis": a noun cue the subject of a verb of handing over in the passive
  // reaches the one it goes to, whom "by" or "to" names after that verb.
  const handed = verbAfter !== undefined ? handedTo(s, inClause, verbAfter) : undefined
  const after = judgedDoer ?? handed ?? ((!KINDS[kind].symmetric && first && ownedApposition(s, inClause, first)) || first)
  const next = s.tokens[m.last + 1]?.lower
  // "The FTC has secured an order with Amazon, as well as Neil Lindsay, settling allegations that Amazon …": a
  // one-sided noun cue that is the object of a participle opening a clause after a comma is the main clause
  // subject's; the actors named between are no doers of it.
  const opener = participleObject(s, m)
  if (opener !== undefined && !KINDS[kind].symmetric) {
    const doers = subjectActors(s, groups, { first: opener })
    return doers.flatMap((a) => (after?.actors ?? []).filter((b) => b !== a).map((b): Link => [a, b, kind]))
  }
  // "the UN condemned the aggression against Georgia", "backed the deal with Iran": a noun cue that is the object of a
  // directed cue is judged, backed or fought by its subject, who does not do it; only an owner before it does
  // ("condemned Russia’s aggression").
  // ("Peru protested Chile's arrest of Bolivian journalists": the owner does the judged act, to the one its own phrase
  // names or to no one named; never to the one who judges it.)
  if (judgedAct(s, m) && (!after || !(before && s.tokens[before.last]!.possessive && m.first - before.last <= 3))) return []
  // "enhancing Hungary’s ability to deter aggression": an act kept from happening relates no one named around it.
  if (preventedAct(s, groups, m)) return []
  // "recorded six settler attacks on Palestinians", "police raids on X": a people noun modifying a one-sided noun cue
  // names who does it; when that group is no actor, no actor named before the compound does it.
  if (!KINDS[kind].symmetric && (doneByPeopleNoun(s, m) || doneByNamedModifier(s, m))) return []
  // "in the wake of the attacks in 2001", "support for X and the war in Y": a one-sided noun cue led by "the" alone,
  // with no party after it, names no side; actors standing near it belong to other phrases.
  if (!KINDS[kind].symmetric && sidelessNoun(s, m)) return []
  // "their direct support for terrorism": a noun cue a possessive pronoun owns whose "for" or "of" names a thing
  // backs or fights that thing, no actor named around it ("Peru thanked Chile for its support" still relates).
  // ("in its investigation and prosecution of conflict-related crimes": two nouns joined share the owner and the "of".)
  const joined = nounsJoined(s, m)
  if (pronounOwned(s, joined) && ofThing(s, groups, joined)) return []
  // "punish those who support X": a verb cue a relative pronoun opens has the pronoun's antecedent for subject; when
  // that is a pronoun ("those", "anyone"), no actor named before it does what the cue says.
  if (relativeOfThing(s, groups, m)) return []
  // "a leader whom Chile accused of abuses": a verb cue in an object relative clause acts on the noun the pronoun
  // stands for; when that noun is no actor, on no one.
  const objectOf = objectRelative(s, groups, m)
  if (objectOf) return objectOf.subject.flatMap((a) => (objectOf.antecedent?.actors ?? []).filter((b) => b !== a).map((b): Link => [a, b, kind]))
  // "terminating the sanctions program", "the termination of the tariffs": a verb or noun that ends a pressure ends
  // it; it presses no one itself.
  if (endsPressure(s, m)) return []
  // "imposed restrictions on economic and security assistance to Ethiopia", "cut off aid to X": support held back is
  // no support; the pressure cue before it relates the two.
  if (withheldSupport(s, m)) return []
  // 1. "US-Iran war", "Germany and France cooperate": a coordinated group and no other side after the cue.
  //    A directed cue takes the group as its two sides only when the group modifies it ("the US-Iran war"), not when
  //    the group is the subject of a verb ("the FTC and DOJ enforce antitrust laws": they act together).
  //    A side named well after the cue is no complement of it ("are struggling to reach a consensus on a response to
  //    Pyongyang’s program"): the group stays both sides.
  // ("ongoing Russia-DPRK cooperation affects Ukraine's security": an actor after another finite verb is that verb's
  // object, no party to a symmetric cue; "US-Israeli strikes affected Iran's ability" still names whom they hit.)
  const complement = after && after.first - m.last <= OBJECT_WINDOW && !(KINDS[kind].symmetric && finiteVerbBetween(s, m.last, after.first)) ? after : undefined
  // "the court agreed with the plaintiffs that … the FTC", "credited negotiations among the commissioners": the
  // other side, or the parties, are the thing after "with" or "among", no actor.
  if (KINDS[kind].symmetric && withThing(s, groups, m)) return []
  // ("Infosys and Anthropic will help clients": a directed verb cue has the group for its subject, not its two sides.)
  // ("El Salvador, Georgia and Tunisia, selected on the basis of …": a verb's participle after the group's comma is
  // said of the group, chosen by someone else; its members do nothing together.)
  if (before && before.actors.length > 1 && reducedPassive(s, before, m)) return []
  // ("agreements with Australia and New Zealand, deals that …": not a group "with" governs, whose members are a third
  // party's partners.)
  if (before && before.actors.length > 1 && m.first - before.last <= 3 && !complement && !ledByWith(s, before) && (KINDS[kind].symmetric || (!verbBetween(s, before.last, m.first) && wordAt(s, m.first)?.pos !== 'VERB')))
    // "US-Israeli strikes killed …": a group modifying a one-sided act does it together; it names no two sides.
    return jointAct(s, before, m) ? [] : pairs(before.actors, kind)
  // "friction between the Council’s permanent members (A, B and C)": the owner of the noun after "between" is no
  // party, and the parties are named only by that noun.
  if (next === 'between' && after && s.tokens[after.last]!.possessive && after.first - m.last <= 3) return []
  // 2. "conflict between A and B", "fighting broke out between A and B".
  // ("competition between" is a cue that ends in it.)
  // ("a joint venture between A and B": the cue's noun phrase may go on to its "between".)
  const nounThenBetween = [1, 2].find((d) => s.tokens[m.last + d + 1]?.lower === 'between' && s.tokens.slice(m.last + 1, m.last + d + 1).every((_, k) => wordAt(s, m.last + 1 + k)?.pos === 'NOUN'))
  const ownBetween = next === 'between' ? m.last + 1 : s.tokens[m.last]!.lower === 'between' ? m.last : nounThenBetween !== undefined ? m.last + nounThenBetween + 1 : -1
  const between = ownBetween >= 0 ? ownBetween : betweenAfterVerb(s, m)
  const sides = between >= 0 ? inClause.find((g) => g.first > between && g.first <= between + 2) : undefined
  if (sides && sides.actors.length > 1) return pairs(betweenPair(s, sides), kind)
  // ("the partnership between the United States and Europe": the sides are the two named there, one of which is no
  // actor; no one named before the cue is one of them.)
  if (sides && ownBetween >= 0) return []
  // ("this power conflict between the opposing segment of the National Assembly and president Chávez": the sides a
  // common noun names after the cue's own "between" are no actors named elsewhere, nor that noun's "of".)
  if (ownBetween >= 0 && !sides && commonNounAfter(s, ownBetween)) return []
  // ("competition between internet listing services like Zillow and Redfin": the sides are the examples.)
  const examples = ownBetween >= 0 && !sides ? inClause.find((g) => g.first > between && g.first <= between + MAX_EXAMPLE_REACH && EXAMPLE_LEADS.has(s.tokens[g.first - 1]?.lower ?? '')) : undefined
  if (examples) return examples.actors.length > 1 ? pairs(betweenPair(s, examples), kind) : []
  // "the end of the Kosovo war", "the impact of the Iran war on American consumers": one actor naming a conflict
  // noun names the conflict; its other side is named in the noun's own phrase ("the Iran war with Iraq"), or not.
  if (before && namesConflict(s, before, m)) {
    const other = complementOf(s, groups, m).filter((a) => !before.actors.includes(a))
    return KINDS[kind].symmetric ? across(before.actors, other, kind) : before.actors.flatMap((a) => other.map((b): Link => [a, b, kind]))
  }
  // 3. "Riyadh’s other regional allies, Turkey and Pakistan": an ally noun links its possessor and apposition.
  if (RE_ALLY_NOUN.test(m.cue.text)) {
    const owner = before && groups[groups.indexOf(before) - 1]
    // "regimes such as Venezuela, and U.S. allies": a list's last member written right before the ally noun is
    // the only one whose allies they are.
    const modifier = before && before.last === m.first - 1 && !s.tokens[before.last]!.possessive
    const taking = modifier ? before.mentions.slice(-1).map((x) => x.actor) : [...(before?.actors ?? [])]
    if (owner && s.tokens[owner.last]!.possessive && before!.first - owner.last <= 3) taking.push(...owner.actors)
    // "U.S. allies, such as the United Kingdom": an apposition, perhaps led by "such as" or "including".
    const lead = next === ',' ? appositionLead(s, m.last + 2) : 0
    const apposition = after && after.first === m.last + 2 + lead && (next === ',' || next === 'with') ? after.actors : []
    // "Riyadh’s other allies, Turkey and Pakistan", "US allies, including Germany, Brazil and Mexico": each is Riyadh’s
    // (the US's) ally, not necessarily the other's.
    if (before && s.tokens[before.last]!.possessive && apposition.length) return across(before.actors, apposition, kind)
    if (modifier && apposition.length) return across(taking, apposition, kind)
    // "Japan is America's closest ally", "Japan, America's closest ally, …": the subject of "be", or the name the
    // phrase is set beside, is the owner's ally.
    const subject = before && s.tokens[before.last]!.possessive && apposition.length === 0 ? groups[groups.indexOf(before) - 1] : undefined
    if (subject && isCopulaOrComma(s.tokens.slice(subject.last + 1, before!.first))) return across(subject.actors, before!.actors, kind)
    // "Japan is an ally of the United States": the subject of "be" is the ally of the one "of" names.
    // (Past the noun's determiner and adjectives: "is [a close] ally of".)
    const of = next === 'of' && after && s.tokens.slice(m.last + 2, after.first).every((t) => DETERMINERS.has(t.lower)) ? after : undefined
    let verbEnd = m.first - 1
    while (verbEnd > (before?.last ?? 0) && (DETERMINERS.has(s.tokens[verbEnd]!.lower) || wordAt(s, verbEnd)?.pos === 'ADJ')) verbEnd--
    if (of && before && !s.tokens[before.last]!.possessive && isCopulaOrComma(s.tokens.slice(before.last + 1, verbEnd + 1))) return across(before.actors, of.actors, kind)
    return pairs([...taking, ...apposition], kind)
  }
  // 4. Nearest on each side: within the clause, or the nearest in the sentence when the clause has one side only.
  //    Each actor of one side relates to each of the other ("signed deals with Malaysia and Cambodia" does not
  //    relate Malaysia to Cambodia; "Russia and China are aligned with Iran" does not ally Russia with China).
  if (KINDS[kind].symmetric) {
    // "Under this tense environment between Chávez and the OAS, opposition deputies met with X": a verb whose subject
    // is a common noun phrase, no actor, ties no actor named before that subject to anyone.
    if (wordAt(s, m.first)?.pos === 'VERB' && commonNounSubject(s, groups, m)) return []
    // "Together, NOAA and NASA will oversee …": an adverb of acting jointly that opens the clause makes its subject's
    // members partners (not when they only add up: "Together, A and B account for half", data notCues).
    const jointSubject = !before && m.first === start && next === ',' && wordAt(s, m.first)?.pos === 'ADV' ? inClause.find((g) => g.first === m.last + 2) : undefined
    if (jointSubject && jointSubject.actors.length > 1) return TOGETHER_NOT.has(verbAfterGroup(s, jointSubject)) ? [] : pairs(jointSubject.actors, kind)
    // "brokered the accords between Thailand and Cambodia, secured trade deals with Malaysia", "travelled to
    // Germany to meet X": the object of another verb's preposition is no side of the cue, and the side before
    // it (the verb's subject) is not named here.
    // ("warm ties to China and a contentious relationship with India": nor is it a side of a noun cue that a
    // coordinator opens a new phrase with.)
    if (before && governed(s, before) && (verbBetween(s, before.last, m.first) || wordAt(s, m.first)?.pos === 'VERB' || coordinatorBetween(s, before.last, m.first))) return []
    // "He visited India, China, and the United States … to shore up ties and meet Sri Lankans": nor is a verb's
    // object a side of a noun cue another verb after it governs, nor the subject of another verb.
    if (before && verbObject(s, before) && (verbBetween(s, before.last, m.first) || wordAt(s, m.first)?.pos === 'VERB')) return []
    // "agreed to withdraw from Kosovo": the object of an infinitive's preposition is no side of the cue either.
    // ("signed a memorandum to improve the cybersecurity of National Security, Department of Defense, and …": a list
    // that a preposition after the infinitive opens is in its object's phrase too.)
    if (after && (governed(s, after) || prepositionAfterInfinitive(s, m.first, after.first)) && infinitiveBetween(s, m.first, after.first)) return []
    // "X signed an executive order terminating sanctions on Y": a verb cue whose object is a thing relates no one
    // named after that object.
    if (after && (thingObject(s, m, after) || modifiesThingObject(s, m, after))) return []
    // "Firms with ties to China must report to Congress", "persons with PRC ties … report to Congress": a tie a "with"
    // phrase gives a noun is that noun's; when it is no actor, no one named elsewhere in the sentence is the other side.
    if (withTiesOfNoun(s, m, before)) return []
    // ("US trade partners had filed suit with the WTO": a party noun an actor modifies, the subject of a verb, names
    // that actor's partners; whoever the verb's phrase names deals with them, not with the actor.)
    if (before && after && partiesActing(s, m, before, after)) return []
    if (before && after) return MULTILATERAL.at(s.tokens, m.first) ? pairs([...before.actors, ...after.actors], kind) : across(before.actors, after.actors, kind)
    // "Courts disagreed and held that A and B are covered": a group after another verb, itself the subject of a verb,
    // is that clause's subject, not the cue's two sides.
    if (!before && after && after.actors.length > 1 && verbBetween(s, m.last, after.first) && verbNext(s, after)) return []
    // "collaborations with A and B", "an agreement with A and B": a group after "with" is the other side of a party
    // not named before the cue; its members are each that party's partners, not each other's.
    if (!before && after && after.actors.length > 1 && withComplement(s, m, after) && !MULTILATERAL.at(s.tokens, m.first))
      return across(after.actors, nearest(groups, m.first, -1, after.actors), kind)
    // "He visited India, China, and the United States", "selected A, B and C": a list that is the object of a verb
    // cue names the subject's partners, each of them, not each other's; with no actor for the subject, no one's.
    if (!before && after && after.actors.length > 1 && wordAt(s, m.first)?.pos === 'VERB' && after.first - m.last <= OBJECT_WINDOW && !verbBetween(s, m.last, after.first) && !MULTILATERAL.at(s.tokens, m.first)) return []
    const taking = [...(before?.actors ?? []), ...(after?.actors ?? [])]
    // One side only: the other is sought elsewhere in the sentence only when that side is the cue's own — its owner
    // or modifier ("with Beijing’s full cooperation", "the largest U.S. trading partner") or the complement of its
    // preposition ("a visit to Beijing", "partnering with X"). A cue no side of which is its own ("the committee
    // would meet on Monday", "filed suit … seeking to block the meeting") names no tie with whoever stands near.
    // ("warm ties to China and a contentious relationship with India": not one named past "and" after the complement,
    // in a phrase of its own.)
    // ("Intel’s investments in Arizona and Ohio are among the largest …, and Arizona has received … since the President
    // took office": nor one named in another clause ", and" or ", but" opens after the cue.)
    const beyond = (g: Group) =>
      (!before && !!after && g.first > after.last && s.tokens.slice(after.last + 1, g.first).some((t) => COORDINATORS.has(t.lower))) ||
      (g.first > m.last && s.tokens.slice(m.last + 1, g.first).some((t, k, ts) => t.text === ',' && ['and', 'but'].includes(ts[k + 1]?.lower ?? '')))
    // ("a show of solidarity with the UK over the attack on former Russian colonel Sergei Skripal": with the side after
    // the cue its complement, the other is named before the cue, after the complement as the agent "by" names, or as
    // the subject of the main clause after a leading phrase ("Partnering with X, my team and I set out", "On a visit to
    // Brazil, the Chilean president praised …")
    // — not in the rest of the complement's phrase.)
    const opener = leadingPhraseEnd(s)
    const agent = (g: Group) => s.tokens[g.first - 1]?.lower === 'by' || (opener > m.last && g.first > opener)
    // ("Hungary licensed Czech firearm technology, then agreed with Airbus": nor one modifying an earlier verb's object,
    // which is no subject of the verb cue.)
    const sought = (g: Group) => !beyond(g) && !(!before && after && g.first > after.last && !agent(g)) && !(g.first > m.last && subjectOfObjectRelative(s, g)) && !modifiesEarlierObject(g)
    if (new Set(taking).size < 2) return ownSide(s, m, before, after) ? across(taking, nearest(groups.filter(sought), m.first, -1, taking), kind) : []
    // ("State and USAID maintained processes for reviewing the performance of potential partners": the partners a
    // noun two phrases below the verb names are the group's, not its members each other.)
    if (!after && PARTY_NOUNS.has(s.tokens[m.last]!.lower) && nestedNoun(s, groups, m, start)) return []
    // ("began negotiations on deals with Canada, with Mexico, the GCC and India", "agreements with Australia and New
    // Zealand, deals that …": a group "with" governs names the partners of a party that is not in it, not each other.)
    if ([before, after].some((g) => g && ledByWith(s, g)) && !MULTILATERAL.at(s.tokens, m.first)) return []
    return pairs(taking, kind)
  }
  // "China’s unwavering support", "with Berlin’s full backing": the possessor is the one acting. The other side is
  // named after the cue, not as another verb's argument ("North Korea’s provocation justifies Japan’s
  // ambitions"), or else earlier ("the council condemned it, with China’s backing").
  // ("Benna's team received funding from NASA": a verb between them makes the possessor's phrase a subject of its own.)
  // ("Israel depends on US support": a name or demonym right before a noun of support is its giver, as an owner is.)
  // (After a verb of receiving only: "according to NSF data, NIH funding accounted for …" names no one funded.)
  const receives = (k: number) => RECEIVING_VERBS.has(wordAt(s, k)?.lemma.toLowerCase() ?? '')
  const giver = !!before && kind === 'support' && wordAt(s, m.first)?.pos === 'NOUN' && before.actors.length === 1 && before.last === m.first - 1 && before.mentions.every((x) => x.kind === 'name' || x.kind === 'demonym') && [1, 2, 3].some((d) => receives(before.first - d))
  // (Not a verb in the passive: "Russia’s offensive was condemned by France" acts on the possessor's thing.)
  if (before && (s.tokens[before.last]!.possessive || giver) && (m.first - before.last <= 3 || ownedConjunct(s, before, m)) && !finiteVerbBetween(s, before.last, m.first) && !passive(s, m.first)) {
    // "mentioned Pogue's conviction to Trump", "Navalny's arrest by Russia": an act done to its owner (no "of" after
    // it) has the owner for the one acted on, and for its doer only the one "by" names.
    if (s.tokens[before.last]!.possessive && UNDERGONE_NOUNS.has(s.tokens[m.last]!.lower) && s.tokens[m.last + 1]?.lower !== 'of') {
      const doers = s.tokens[m.last + 1]?.lower === 'by' ? (agentAfter(s, groups, m) ?? []) : []
      return doers.flatMap((a) => before.actors.filter((b) => b !== a).map((b): Link => [a, b, kind]))
    }
    // ("President Trump’s pressure led Panama to exit …", "Russia’s support enabled Assad to survive": a verb that
    // hands its subject's act on to its object, the one who then acts, makes that object the one acted on.)
    // ("Russia’s illegal war in Ukraine": a war waged in a state is waged on it, though "in" names a place.)
    const own = after && (!verbBetween(s, m.last, after.first) || handsOnTo(s, m, after)) ? after : wagedIn(s, allGroups, m)
    // "Canberra’s endorsement of an inquiry into …": what the possessor backs or fights is the thing after "of".
    if (!own && ofThing(s, groups, m)) return []
    // "Acme’s model hacked three companies": a verb whose object is a thing, no actor, acts on no one named earlier.
    if (!own && wordAt(s, m.first)?.pos === 'VERB' && actsOnThing(s, groups, m)) return []
    // The one acted on, when not named after the cue, is named earlier in the same part of the sentence: not across
    // a colon or semicolon ("… would jeopardise its security twofold: by increasing North Korea’s hostility").
    // ("The World Bank believes that Russia’s war in Ukraine could …": nor is the one who says or thinks the clause
    // the possessor opens.)
    const samePart = groups.filter((g) => !s.tokens.slice(g.last + 1, before.first).some((t) => PART_BREAKS.has(t.text)) && !reportsClause(s, g.last, before.first))
    // "Brazil attacked Peru, with Mexico’s full backing": backing given with an act goes to its doer, the subject.
    const backsDoer = kind === 'support' && !own && ledByWith(s, before)
    // "Peru’s decision overturns Chile’s rejection of the road": a possessor opening a verb's object does its act on
    // something of its phrase; the owner of the verb's subject is no target of it ("enable Ukraine to withstand
    // Russia’s invasion" still relates).
    const lastBefore = samePart.filter((g) => g.last < before.first).at(-1)
    if (!own && !backsDoer && lastBefore && s.tokens[lastBefore.last]!.possessive && possessorOfObject(s, before)) return []
    const target = own?.actors ?? (backsDoer ? subjectActors(s, samePart, before) : earlier(samePart, before, before.actors))
    // "the UAE – the RSF’s main supporter –": a noun for the one acting makes its possessor the one acted on.
    if (AGENT_NOUNS.has(s.tokens[m.last]!.lower)) return target.flatMap((a) => before.actors.map((b): Link => [a, b, kind]))
    return before.actors.flatMap((a) => target.map((b): Link => [a, b, kind]))
  }
  // "one seat is still vacant since the Senate rejected Lula’s nominee": a verb in a clause that a subordinator opens
  // has its subject there; an actor named before the subordinator is no subject of it.
  const opened = subordinateStart(s, m, start)
  const inOwnClause = inClause.filter((g) => g.first >= opened)
  // "Farmers sued the agency in the District Court, alleging …": a participle opening a clause after a comma has the
  // main clause's subject for its own, named before that clause's first verb; an object or a venue after that verb
  // is no subject of it, nor the one the participle acts on, who is named after it ("…, accusing Peru of spying") or
  // not at all. When the subject is no actor the cue relates no one.
  const mainVerb = participleOpening(s, m) ? firstVerb(s, opened, m.first) : undefined
  // "questions the decision of China to arrest Jane Doe": an infinitive after "[noun] of X" is X's act; the
  // subject of the clause does not do it.
  const ofAgent = infinitiveOfAgent(s, inClause, m)
  if (ofAgent) return ofAgent.actors.flatMap((a) => (after?.actors ?? []).filter((b) => b !== a).map((b): Link => [a, b, kind]))
  if (mainVerb !== undefined && (!after || !inOwnClause.some((g) => g.last < mainVerb))) return []
  // ("Brazil signed a deal with Chile and later condemned Peru": an actor inside the first of two coordinated
  // predicates is no subject of the second, whose subject is the first's, named before its verb.)
  const firstPredicate = (g: Group) => inFirstPredicate(s, g, m, opened)
  // ("Yellen said that companies must not support Russia": who says a clause whose subject is a thing, no actor, does
  // not do what it says.)
  const sayer = (g: Group) => saysOfThing(s, g.last, m.first)
  // ("Peru, which borders Chile, condemned Bolivia": nor is one named in a relative clause set off by commas before it.)
  // ("If Peru does not comply, the government will sanction Chile": nor one named in a subordinate clause that a
  // comma closes before the cue's own clause.)
  const subordinate = (g: Group) => inLeadingClause(s, g, m)
  const subjectBefore = inOwnClause.filter((g) => g.last < (mainVerb ?? m.first) && isSubject(s, g) && !modifiesOtherNoun(s, g, m) && !objectModifier(s, g, m) && !coordinatedObject(s, g, m) && !firstPredicate(g) && !sayer(g) && !inRelativeAside(s, g, m) && !subordinate(g) && !siblingOfNoun(s, g, m)).at(-1)
  // "…, which we generate by asking X to answer": the writer acts, no actor named earlier.
  if (writerActs(s, Math.max(opened, subjectBefore ? subjectBefore.last + 1 : 0), m.first)) return []
  // "the delegation was asked to remove a banner", "crimes were prosecuted by the tribunal": a verb in the passive
  // acts on its subject, and the one acting is the actor right after "by", or no one the sentence names.
  if (passive(s, m.first) || agentParticiple(s, m)) {
    // "… highlighted incidents involving radio reporters being detained by the police": a passive with "being" right
    // after a noun that names no actor acts on that noun's people, not on the clause's subject.
    if (beingAfterThing(s, groups, m.first)) return []
    // "LAN Cargo and ABSA are charged with price fixing", in the release the Department of Justice announces: a
    // pressure told in the passive with no "by" at all is the issuer's own act.
    const doers = agentAfter(s, inClause, m) ?? (kind === 'pressure' && issuer ? [issuer] : [])
    return doers.flatMap((a) => (subjectBefore?.actors ?? []).filter((b) => b !== a).map((b): Link => [a, b, kind]))
  }
  // "the threat and promise posed by AI": a noun cue whose own phrase names who does it after a participle's "by" is
  // done by that one; when it is no actor, by no one the sentence names.
  const doer = participleAgent(s, groups, m)
  if (doer && doer.length === 0) return []
  // "researchers helped organise a workshop at X’s centre": a verb cue whose object is another verb's act acts on no
  // actor named in that act's phrase (the one helped stands between: "helped Chile rebuild").
  if (wordAt(s, m.first)?.pos === 'VERB' && wordAt(s, m.last + 1)?.pos === 'VERB') return []
  // The thing acted on, when it belongs to an actor named earlier, names the other side ("condemning the test").
  const owned = objectOwner(s, groups, m)
  // "fighting terrorism", "supporting militants": the cue acts on a thing, and no actor is its object.
  if (owned.length === 0 && !judgedDoer && actsOnThing(s, groups, m)) return []
  // With no object in the clause, the actor named before it is the likelier target ("Following X’s test, the council issued sanctions").
  // A noun cue that is the subject of a verb acts on no one named after that verb ("U.S. tariffs could lead exporters
  // to seek other markets (e.g., Chile)"), there or in the fallback.
  // Nor is a backer named after it ("denounced the sanctions, with Mexico’s support") a fallback target.
  const reachable = groups.filter((g) => (verbAfter === undefined || g.first < verbAfter) && !(g.first > m.last && (isBacker(s, g, m) || subjectOfOwnClause(s, g, m) || subjectOfObjectRelative(s, g))))
  // "approving U.S. trade policy, including tariffs": a noun cue given as an example of a thing acts on the one named
  // after it, or on no one; never on an actor named earlier for another verb.
  // ("…, including support to the Russian defense industrial base": an example whose own phrase names what it acts
  // on is done by the clause's subject; with no actor for that, by no actor named before it.)
  // ("… support for Russia’s war against Ukraine, including support to …": an actor a preposition governs is none.)
  const ownTarget = !!after && !s.tokens.slice(m.last + 1, after.first).some((t) => t.punct)
  const clauseSubject = subjectBefore && wordAt(s, subjectBefore.first - 1)?.pos !== 'ADP' ? subjectBefore : undefined
  if (!owned.length && exampleLead(s, m.first) && (!after || (ownTarget && !clauseSubject && next !== 'from' && next !== 'by'))) return []
  // "imposed a 50% tariff on the full value of copper products", "export controls on advanced chips": a noun cue
  // whose own phrase names a thing it acts on acts on no actor named elsewhere in the sentence.
  if (!owned.length && !after && ofThing(s, groups, m, kind === 'support' ? SUPPORT_TARGETS : TARGET_PREPOSITIONS)) return []
  // "a report on changes to or termination of the Agreement", "the share of funding": a noun cue in a prepositional
  // phrase, no verb's object and no actor's, has no doer the clause names.
  if (!doer && strayNoun(s, groups, m) && next !== 'from' && next !== 'by') return []
  // "GAO's work has highlighted instances of fraud in foreign assistance in countries such as Somalia": a noun cue two
  // prepositional phrases below its clause's verb is no act of that verb's subject.
  if (!doer && nestedNoun(s, groups, m, start)) return []
  // "to diversify from U.S. dollar financing", "within a suite of DHS preparedness grants, … protecting nonprofits": an
  // actor modifying another noun names whose that noun is; it is no one the cue acts on by nearness alone. Nor is an
  // actor of another clause ("…; Peru still demands more", "…, as Peru still demands").
  // ("Jonathan Marcus said Iranian assistance is given to the Houthis": nor is the one who says the clause.)
  const fallback = reachable.filter((g) => !nounModifier(s, g, m) && g.first >= start && g.last < end && !saysClause(s, g.last, m.first))
  const right = owned.length ? owned : (after?.actors ?? nearest(fallback, m.first, -1, subjectBefore?.actors ?? []))
  const left = (subjectBefore?.actors ?? []).filter((a) => !right.includes(a))
  // "Peru has tasked Chile with administering sanctions": with no side after the cue, the one who set its subject to
  // the act is no target of it; that one directs its subject (pressure), or relates to no one.
  const controller = !owned.length && !after && subjectBefore && s.tokens[subjectBefore.last + 1]?.lower === 'with' ? controllerOf(s, inClause, subjectBefore) : undefined
  if (controller && controller.actors.some((a) => right.includes(a)))
    return kind === 'pressure' ? controller.actors.flatMap((a) => left.map((b): Link => [a, b, kind])) : []
  // ("request from Congress $100 billion in funding related to the conflict with Iran": the object of a preposition,
  // words away from a noun cue, is no doer of it; whose conflict it is, the sentence does not say.)
  const own = left.length ? left : earlier(inOwnClause.filter((g) => !modifiesOtherNoun(s, g, m) && !coordinatedObject(s, g, m) && !objectOfPrepositionAway(s, g, m) && !firstPredicate(g) && !sayer(g) && !subordinate(g) && !siblingOfNoun(s, g, m)), subjectBefore ?? m, right)
  const subject = own.length ? own : apposedTo(s, groups, start, m).filter((a) => !right.includes(a))
  // "support from X", "backed by X": X is the one acting. "Peru beat Chile with help from X": help given with an act
  // goes to its doer, the clause's subject, not its object; so does "with the support of X".
  const withAct = cueLedByWith(s, m)
  // ("The SEC appreciates the assistance of the FBI": so is X in "the support of X", the noun's own giver.)
  const givenOf = next === 'of' && kind === 'support' && wordAt(s, m.first)?.pos === 'NOUN' && s.tokens[m.first - 1]?.lower === 'the'
  if (next === 'from' || next === 'by' || (next === 'of' && kind === 'support' && withAct) || givenOf) {
    // ("Conyers requested an investigation by the GAO": who asks for a hostile or pressing act is not its target.)
    if (HOSTILE_KINDS.has(kind) && askedFor(s, m)) return []
    // ("looking for support from international entities and … the OAS": a giver the preposition names is no actor; the
    // one named later in the sentence is no giver.)
    if ((next === 'from' || next === 'by') && !owned.length && after && thingAfterPreposition(s, m.last + 1, after.first)) return []
    const helped = withAct ? subjectActors(s, inClause, m).filter((a) => !right.includes(a)) : subject
    return right.flatMap((a) => helped.map((b): Link => [a, b, kind]))
  }
  return subject.flatMap((a) => right.map((b): Link => [a, b, kind]))
}

/**
 * The preposition at `at` governs a noun of its own before the group at `group` ("from international entities and
 * … the OAS"): a noun, after any determiners, adjectives and numbers, that is not where the group begins.
 */
function thingAfterPreposition(s: SentenceContext, at: number, group: number): boolean {
  let k = at + 1
  while (k < group && ['DET', 'ADJ', 'NUM'].includes(wordAt(s, k)?.pos ?? '')) k++
  return k < group && wordAt(s, k)?.pos === 'NOUN'
}

/**
 * The group stands in a relative clause that commas set off and that closes before the cue: ", which borders
 * Chile," in "Peru, which borders Chile, condemned Bolivia".
 */
function inRelativeAside(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  let open = g.first - 1
  while (open >= 0 && s.tokens[open]!.text !== ',') open--
  if (open < 0 || !RELATIVE_PRONOUNS.has(s.tokens[open + 1]?.lower ?? '')) return false
  const close = s.tokens.findIndex((t, k) => k > g.last && t.text === ',')
  return close > g.last && close < m.first
}

const HOSTILE_KINDS = new Set<RelationKind>(DATA.relations.negative as RelationKind[])
/**
 * Regions inside a state ("Ohio", "Bavaria"; data/countries.json regions): named after a preposition of place, even
 * as a cue's complement ("Intel’s investment in Ohio"), one is where something is done, not a side of it.
 */
const REGION_IDS = new Set((DATA.countries.regions as string[]).map(slug))
const ASKING = DATA.relations.askingVerbs.map((v) => v.split(' '))
/** Words between a verb of asking and the noun cue it asks for: "requested [a full] investigation". */
const ASKED_REACH = 3

/** Whether the noun cue at `m` is the object of a verb of asking ("requested an investigation", "called for sanctions"). */
function askedFor(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  let k = m.first - 1
  while (k >= 0 && m.first - k <= ASKED_REACH && ['DET', 'ADJ', 'NUM'].includes(wordAt(s, k)?.pos ?? '')) k--
  return ASKING.some((v) => v.every((w, j) => {
    const t = k - (v.length - 1) + j
    return j === 0 ? wordAt(s, t)?.lemma.toLowerCase() === w : s.tokens[t]?.lower === w
  }))
}

/** Words that lead the examples of a common noun: "between services like A and B", "such as", "including". */
const EXAMPLE_LEADS = new Set(['like', 'as', 'including'])
/** How far after "between" the examples of its noun may start. */
const MAX_EXAMPLE_REACH = 8

/** The verbs and particles that may stand between a conflict noun and its "between": "fighting broke out between". */
const MAX_BETWEEN_VERB = 2

/** "fighting broke out between A and B": the index of "between" after the noun cue's verb and particle, or -1. */
function betweenAfterVerb(s: SentenceContext, m: CueMatch<RelationKind>): number {
  // The cue is the verb's subject: a noun, or a gerund the tagger reads as a verb ("Since fighting broke out").
  if (!['NOUN', 'VERB'].includes(wordAt(s, m.first)?.pos ?? '') || wordAt(s, m.last + 1)?.pos !== 'VERB') return -1
  for (let i = m.last + 2; i <= m.last + 1 + MAX_BETWEEN_VERB && i < s.tokens.length; i++) {
    if (s.tokens[i]!.lower === 'between') return i
    if (!['ADP', 'PART', 'ADV'].includes(wordAt(s, i)?.pos ?? '')) return -1
  }
  return -1
}

/**
 * The two sides "between A and B" names: its members up to the one after "and" ("between the army and the
 * militia, the country has …" leaves the country out).
 */
function betweenPair(s: SentenceContext, g: Group): string[] {
  const and = s.tokens.findIndex((t, i) => i > g.first && i < g.last && t.lower === 'and')
  if (and < 0) return g.actors
  const upTo = g.mentions.find((x) => x.first > and)
  return upTo ? [...new Set(g.mentions.filter((x) => x.first <= upTo.first).map((x) => x.actor))] : g.actors
}

/** How many words an apposition's noun phrase may hold before its relative pronoun: "a paramilitary group which". */
const MAX_APPOSITION_WORDS = 4

/**
 * "the RSF – a paramilitary group which has fought the army –": in an apposition set off by a dash or a comma, a
 * relative clause's verb has for subject the actor the apposition describes, named right before the mark.
 */
function apposedTo(s: SentenceContext, groups: Group[], start: number, m: CueMatch<RelationKind>): string[] {
  const mark = s.tokens[start - 1]
  if (!mark || !['–', '—', ','].includes(mark.text) || !['a', 'an', 'the'].includes(s.tokens[start]?.lower ?? '')) return []
  const relative = s.tokens.findIndex((t, i) => i > start && i <= start + MAX_APPOSITION_WORDS && RELATIVE_OPENERS.has(t.lower))
  if (relative < 0 || relative > m.first || groups.some((g) => g.first >= start && g.first < relative)) return []
  return groups.find((g) => g.last === start - 2)?.actors ?? []
}

/**
 * "negotiate their rate with HHS's Program Support Center": an actor's possessive right before a body that is no
 * state names whose body it is, one side with it, never a party to it (as "UN Security Council" is the UN's); so does
 * a body's name right before another's ("NASA Goddard", "NASA JPL"), though not a state's ("U.S. Congress").
 */
function ownedBodies(s: SentenceContext, groups: Group[], ctx: Context): Set<string> {
  const pairs = new Set<string>()
  for (let k = 0; k + 1 < groups.length; k++) {
    const owner = groups[k]!
    const body = groups[k + 1]!
    // ("U.S. Agency for International Development’s (USAID) Bureau for …": the owner's acronym in brackets may stand
    // after its possessive, before the body.)
    const bracketed = s.tokens[owner.first - 1]?.text === '(' && s.tokens[owner.last + 1]?.text === ')'
    const possessive = s.tokens[owner.last]!.possessive || (bracketed && !!s.tokens[owner.first - 2]?.possessive)
    const next = body.first === owner.last + 1 || (bracketed && body.first === owner.last + 2)
    if ((!possessive && ctx.actors.get(owner.actors[0]!)?.type === 'state') || !next || owner.actors.length !== 1) continue
    for (const b of body.actors) if (ctx.actors.get(b)?.type !== 'state') pairs.add(`${owner.actors[0]}|${b}`)
  }
  return pairs
}

/** Parts of speech between a cue noun and its owner or modifier: "Australia’s [largest two-way trade] partner". */
const NOUN_PHRASE = new Set(['ADJ', 'NOUN', 'NUM'])
/** How many words (title nouns, determiners, adjectives) may stand between a cue's preposition and its complement. */
const COMPLEMENT_GAP = 3

/**
 * The one side found is the cue's own: it owns or modifies the cue's noun phrase ("Beijing’s full cooperation",
 * "the largest U.S. trading partner"), or it is the complement of the cue's preposition ("a visit to the United
 * States", "partnering with neuropathologist X"); or the other side is named by an ally noun after that preposition
 * ("solidarity with its ally").
 */
function ownSide(s: SentenceContext, m: CueMatch<RelationKind>, before: Group | undefined, after: Group | undefined): boolean {
  // "X agreed to refund fees, …, and report to Y": the subject of a verb cue owns no noun phrase; the verb's other
  // side is its object or complement, or no one.
  if (before && wordAt(s, m.first)?.pos !== 'VERB') {
    let i = m.first - 1
    while (i > before.last && (NOUN_PHRASE.has(wordAt(s, i)?.pos ?? '') || s.tokens[i]!.text === '-' || CLOSING_QUOTES.has(s.tokens[i]!.text) || /ing$/.test(s.tokens[i]!.lower))) i--
    if (i === before.last) return true
  }
  // "in a show of solidarity with its ally": an ally noun after the cue's preposition stands for the other side.
  if (OTHER_SIDE.has(s.tokens[m.last + 1]?.lower ?? '') && RE_ALLY_NOUN.test(s.tokens[m.last + 3]?.lower ?? '') && DETERMINERS.has(s.tokens[m.last + 2]?.lower ?? '')) return true
  if (!after) return false
  let i = m.last + 1
  if (!OTHER_SIDE.has(s.tokens[i]?.lower ?? '') && m.first === m.last) return false
  if (OTHER_SIDE.has(s.tokens[i]?.lower ?? '')) i++
  const nounPhrase = (from: number, to: number) => s.tokens.slice(from, to).every((t, k) => DETERMINERS.has(t.lower) || ['ADJ', 'NOUN', 'NUM'].includes(wordAt(s, from + k)?.pos ?? ''))
  const gap = after.first - i
  if (gap >= 0 && gap <= COMPLEMENT_GAP && nounPhrase(i, after.first)) return true
  // "met with several ticketers, including A and B": the complement's examples stand for it.
  const comma = s.tokens.findIndex((t, k) => k >= i && k < after.first && t.text === ',')
  const lead = comma > 0 ? appositionLead(s, comma + 1) : 0
  return lead > 0 && comma - i <= COMPLEMENT_GAP && nounPhrase(i, comma) && comma + 1 + lead === after.first
}

/** The group `after` is the complement of the cue's "with", past determiners and adjectives only: "collaborations with the A and B". */
function withComplement(s: SentenceContext, m: CueMatch<RelationKind>, after: Group): boolean {
  const w = s.tokens.findIndex((t, i) => i >= m.first && i < after.first && t.lower === 'with')
  if (w < 0 || w > m.last + 1) return false
  return s.tokens.slice(w + 1, after.first).every((_, k) => modifierAt(s, w + 1 + k))
}

/**
 * "uncertainty related to U.S. tariffs and U.S. trade policy": an actor after a directed noun cue, joined to it by
 * "and" or "or" with only determiners and adjectives between, opens a noun phrase coordinated with the cue; it is
 * not what the cue acts on.
 */
function coordinatedAfter(s: SentenceContext, m: CueMatch<RelationKind>, g: Group): boolean {
  if (KINDS[m.cue.value].symmetric || wordAt(s, m.last)?.pos !== 'NOUN') return false
  const conj = s.tokens[m.last + 1]?.lower
  if (conj !== 'and' && conj !== 'or') return false
  return s.tokens.slice(m.last + 2, g.first).every((_, k) => modifierAt(s, m.last + 2 + k))
}

/**
 * "the Russia-Ukraine war and conflict between the United States and Iran": a "between" after a noun cue and a
 * coordinator names the sides of the noun it follows, the one after the coordinator; the actors it leads to are no
 * side of the cue before the coordinator.
 */
function betweenOfConjunct(s: SentenceContext, m: CueMatch<RelationKind>, g: Group): boolean {
  if (wordAt(s, m.last)?.pos !== 'NOUN' || !COORDINATORS.has(s.tokens[m.last + 1]?.lower ?? '')) return false
  for (let i = m.last + 2; i < g.first; i++) if (s.tokens[i]!.lower === 'between') return true
  return false
}

/** How many modifiers may stand between a topic preposition and the noun cue it leads: "views on future military cooperation". */
const TOPIC_MODIFIERS = 3
/** How far a topic cue's phrase may run before "and" joins another noun to it: "competition with the United States and". */
const TOPIC_CONJUNCT = 5

/**
 * "our position on competition with X", "a report about cooperation with Y": a noun cue led by a topic preposition
 * right after a noun is what that noun is about. Returns the preposition's index, or undefined.
 */
function topicOfNoun(s: SentenceContext, m: CueMatch<RelationKind>): number | undefined {
  if (!['NOUN', 'PROPN'].includes(wordAt(s, m.first)?.pos ?? '')) return undefined
  for (let i = m.first - 1; i >= Math.max(1, m.first - 1 - TOPIC_MODIFIERS); i--) {
    // "on competition with X and export controls": a noun joined by "and" to a topic cue's phrase is of the topic too.
    if (s.tokens[i]!.lower === 'and' || s.tokens[i]!.lower === 'or') {
      const prior = RELATION_CUES.all(s.tokens).filter((c) => c.last < i && i - c.last <= TOPIC_CONJUNCT).at(-1)
      return prior && s.tokens.slice(prior.last + 1, i).every((t) => !t.punct) ? topicOfNoun(s, prior) : undefined
    }
    if (TOPIC_PREPOSITIONS.has(s.tokens[i]!.lower)) return wordAt(s, i - 1)?.pos === 'NOUN' && !s.mentions.some((x) => x.first <= i - 1 && x.last >= i - 1) ? i : undefined
    if (!['ADJ', 'NOUN'].includes(wordAt(s, i)?.pos ?? '') || s.mentions.some((x) => x.first <= i && x.last >= i)) return undefined
  }
  return undefined
}

const TERRITORIAL_ACTS = new Set<string>(DATA.relations.territorialActs)

/** The group right after "in" that follows a noun for a war waged on a territory: "[Russia’s] war in Ukraine". */
function wagedIn(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): Group | undefined {
  if (!TERRITORIAL_ACTS.has(s.tokens[m.last]!.lower) || s.tokens[m.last + 1]?.lower !== 'in') return undefined
  return groups.find((g) => g.first === m.last + 2 || (g.first === m.last + 3 && s.tokens[m.last + 2]!.lower === 'the'))
}

/**
 * The verb cue's subject, right before it past auxiliaries and adverbs, is a noun phrase of common nouns that holds no
 * actor ("opposition deputies met", not "Chilean officials met", "Chile met").
 */
function commonNounSubject(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  const k = beforeVerbGroup(s, m.first)
  if (wordAt(s, k)?.pos !== 'NOUN' || s.tokens[k]!.cap) return false
  let first = k
  while (first > 0 && ['NOUN', 'ADJ'].includes(wordAt(s, first - 1)?.pos ?? '') && !s.tokens[first - 1]!.cap) first--
  const before = wordAt(s, first - 1)
  // (The phrase opens the clause: after a comma or a word of time, not an actor's possessive or a preposition's object.)
  if (before && !(s.tokens[first - 1]!.text === ',' || ['DET', 'NUM', 'PROPN'].includes(before.pos))) return false
  return !groups.some((g) => g.last >= first - 1 && g.first <= k)
}

/** After `at`, past determiners and adjectives, a common noun in lower case: "between [the opposing] segment". */
function commonNounAfter(s: SentenceContext, at: number): boolean {
  let k = at + 1
  while (k < s.tokens.length && ['DET', 'ADJ', 'NUM'].includes(wordAt(s, k)?.pos ?? '') && !s.tokens[k]!.cap) k++
  return wordAt(s, k)?.pos === 'NOUN' && !s.tokens[k]!.cap
}

/** The parts of speech of a noun phrase an owner's possessive opens: "Putin’s [war of choice]". */
const OWNED_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET'])

/**
 * "condemn Putin’s war of choice and attacks on Ukraine": a noun cue coordinated by "and" or "or" with a noun phrase
 * an owner's possessive opens, within OWNED_NOUN_WINDOW words of it, is that owner's too.
 */
function ownedConjunct(s: SentenceContext, owner: Group, m: CueMatch<RelationKind>): boolean {
  if (!s.tokens[owner.last]!.possessive || m.first - owner.last > OWNED_NOUN_WINDOW + 1 || wordAt(s, m.first)?.pos !== 'NOUN') return false
  if (!COORDINATORS.has(s.tokens[m.first - 1]!.lower) || wordAt(s, owner.last + 1)?.pos !== 'NOUN') return false
  for (let k = owner.last + 1; k < m.first - 1; k++) if (!OWNED_PHRASE_POS.has(wordAt(s, k)?.pos ?? '')) return false
  return true
}

/** Marks that end one part of a sentence and open another that elaborates it. */
const PART_BREAKS = new Set([':', ';'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those', 'his', 'her'])
/** How far after a possessive actor its noun may stand: "Moscow’s [latest missile] test". */
const OWNED_NOUN_WINDOW = 5

/**
 * The owner of the thing a cue acts on: in "after Moscow’s latest
 * missile test, the council issued sanctions condemning the test", the test condemned is Moscow’s.
 */
function objectOwner(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): string[] {
  let i = m.last + 1
  while (i < s.tokens.length && DETERMINERS.has(s.tokens[i]!.lower)) i++
  const head = s.tokens[i]
  if (!head || head.punct || i === m.last + 1) return []
  for (const g of groups) {
    if (g.last >= m.first || !s.tokens[g.last]!.possessive) continue
    for (let k = g.last + 1; k <= g.last + OWNED_NOUN_WINDOW && k < m.first; k++)
      if (s.tokens[k]!.lower === head.lower) return g.actors
  }
  return []
}

/** Words that join two verbs sharing one subject: "arming Kyiv and applying sanctions". */
const COORDINATORS = new Set(['and', 'or'])
/** Words that can stand between a cue and its object without being the object. */
const LINKING = new Set([...DETERMINERS, ...PREPOSITIONS, 'and', 'or', 'but', 'for', 'with', 'against', 'by', 'as', 'within', 'about', 'toward', 'towards', 'upon', 'after', 'before', 'across', 'under', 'between', 'among', 'amid', 'despite', 'during', 'via', 'than', 'more', 'most', 'further', 'again', 'also'])
/** How far after the cue its object may start: "threatened military action against Iran". */
const OBJECT_WINDOW = 5

/**
 * The cue is followed by a common noun (a lower-case word that links nothing), or by the preposition naming its
 * other side and a common noun, and no actor follows it closely: what is supported, fought or condemned is a thing
/** Prepositions after a directed cue that name the party it acts on or with: "a complaint with", "a case against". */
const PARTY_PREPOSITIONS = new Set(['with', 'against'])

/**
 * The cue is followed by a common noun (a lower-case word that links nothing), or by the preposition naming its
 * other side and a common noun, and no actor follows it closely: what is supported, fought or condemned is a thing
 * or unnamed people ("supporting militants", "condemned the attack", "filed a complaint with the organiser",
 * "terminated the November 2024 agreement").
 */
function actsOnThing(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  let i = m.last + 1
  // (“accusing “settler terrorists” of …”: a quoted common noun is a thing too.)
  while (i < s.tokens.length && (DETERMINERS.has(s.tokens[i]!.lower) || OPENING_QUOTES.has(s.tokens[i]!.text))) i++
  // "filed a complaint with the event organiser": the other side, after its preposition, is a common noun.
  // ("a risk to national security" keeps its target named before it: "to" marks no other side here.)
  if (PARTY_PREPOSITIONS.has(s.tokens[i]?.lower ?? '') && i === m.last + 1) {
    i++
    while (i < s.tokens.length && modifierAt(s, i)) i++
    if (wordAt(s, i)?.pos !== 'NOUN') return false
  }
  // "terminated the November 2024 agreement", "condemned the 2019 Lisbon accord": a date, a number or a name that
  // is no actor before the head noun belongs to the thing named.
  const named = i
  while (i < s.tokens.length && (wordAt(s, i)?.pos === 'NUM' || (s.tokens[i]!.cap && wordAt(s, i)?.pos === 'PROPN' && !s.mentions.some((x) => x.first <= i && x.last >= i)))) i++
  const head = s.tokens[i]
  // "to fund the Quality Samples Program (QSP)", "works to block CSAM on its sites": a name that is no actor, ending
  // the object or followed by a preposition, is the thing acted on.
  const thingName = i > named && wordAt(s, i - 1)?.pos === 'PROPN' && (!head || head.punct || wordAt(s, i)?.pos === 'ADP')
  if (!thingName && (!head || head.punct || head.cap || LINKING.has(head.lower))) return false
  // "support the war crimes units of the Prosecutor General's office": a thing whose "of" names an actor is that
  // actor's; the cue acts on its owner.
  let end = i
  while (wordAt(s, end + 1)?.pos === 'NOUN' && !s.tokens[end + 1]!.punct) end++
  const of = s.tokens[end]?.lower === 'of' ? end : s.tokens[end + 1]?.lower === 'of' ? end + 1 : -1
  if (of > 0 && groups.some((g) => g.first === of + 1 || (g.first === of + 2 && s.tokens[of + 1]!.lower === 'the'))) return false
  // The object ends at the next punctuation: "supporting militants, a charge Islamabad denies". (After a verb, it ends
  // at an infinitive the object is to carry out: "urged companies to stop buying Chilean copper" presses the
  // companies, not Chile.)
  const verb = wordAt(s, m.first)?.pos === 'VERB'
  let stop = m.last + 1
  while (stop < s.tokens.length && stop <= m.last + OBJECT_WINDOW && !s.tokens[stop]!.punct && !(verb && stop > i && infinitiveAt(s, stop))) stop++
  return !groups.some((g) => g.first > m.last && g.first < stop)
}

/** Prepositions after a possessed noun cue that name what it is of or for: "X’s support for the plan". */
const OBJECT_PREPOSITIONS = new Set(['of', 'for'])
/** Prepositions after a noun cue that name what it acts on: "tariffs on steel", "sanctions against the trade". */
const TARGET_PREPOSITIONS = new Set([...OBJECT_PREPOSITIONS, 'on', 'against'])
/** And for support, "to": "provide mental health support to caregivers" names whom it goes to. */
const SUPPORT_TARGETS = new Set([...TARGET_PREPOSITIONS, 'to'])

/**
 * A noun cue followed by "of" or "for" and a common noun, with no actor named closely after: "Canberra’s endorsement
 * of an inquiry", "Acme’s support for the reform" (not "Canberra’s support for Kyiv", "for the people of Kyiv").
 */
function ofThing(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, prepositions: ReadonlySet<string> = OBJECT_PREPOSITIONS): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN' || !prepositions.has(s.tokens[m.last + 1]?.lower ?? '')) return false
  let i = m.last + 2
  while (i < s.tokens.length && modifierAt(s, i)) i++
  if (wordAt(s, i)?.pos !== 'NOUN' || s.tokens[i]!.cap) return false
  // "support for the people of Ukraine" names whom it is for.
  return !groups.some((g) => g.first > m.last && g.first <= i + 2)
}

/**
 * "agreed with the plaintiffs", "cooperate with local authorities": "with" right after the cue names the other
 * side, and it is a common noun, not an actor ("met with officials from Poland" still names Poland). So does
 * "among" the parties to it ("credited intense negotiations among the commissioners": the subject is no party).
 */
function withThing(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  let i = m.last + 1
  // "credited “intense negotiations” among …": a closing quotation mark is not between the cue and its complement.
  while (CLOSING_QUOTES.has(s.tokens[i]?.text ?? '')) i++
  const prep = s.tokens[i]?.lower
  if (prep !== 'with' && prep !== 'among') return false
  i++
  // ("with UK-based biopharmaceutical company AstraZeneca", "with British company AstraZeneca": a name joined by a
  // hyphen to a participle, and a demonym that says where the one named after it is from, are modifiers.)
  while (i < s.tokens.length && (modifierAt(s, i) || hyphenedModifierAt(s, i) || demonymOfName(s, i))) i++
  // "cooperated with the French government": a state's government, named by its demonym, is the side.
  if (REGIME_WORDS.has(s.tokens[i]?.lower ?? '') && groups.some((g) => g.last === i - 1)) return false
  // "partnered with Outbox Technology to create AXS": a name after "with" that is no actor is still the other side;
  // the actor named next is not ("President Biden", "Prime Minister Anwar": a title before a name is no other side).
  if (prep === 'with' && wordAt(s, i)?.pos === 'PROPN' && s.tokens[i]!.cap)
    return !groups.some((g) => g.first >= i && g.first <= i + MAX_TITLE_WORDS && s.tokens.slice(i, g.first).every((t) => t.cap))
  // "solidarity with its ally": an ally noun stands for an actor.
  if (wordAt(s, i)?.pos !== 'NOUN' || RE_ALLY_NOUN.test(s.tokens[i]!.lower) || groups.some((g) => g.first <= i && g.last >= i)) return false
  // "with neuropathologist Caitlin Latimer", "with drug company AstraZeneca": nouns right before a name say what the
  // named one is.
  let run = i
  while (wordAt(s, run + 1)?.pos === 'NOUN') run++
  if (groups.some((g) => g.first === run + 1)) return false
  // "with several ticketers, including Live Nation": the actors named in the noun's own phrase are the side; a phrase
  // naming none leaves the noun a thing ("negotiations with foreign trading partners, including on tariffs").
  // ("spoke with retailers and manufacturers, including Wal-Mart": past nouns joined to it.)
  let head = i
  for (;;) {
    while (wordAt(s, head + 1)?.pos === 'NOUN') head++
    if (!COORDINATORS.has(s.tokens[head + 1]?.lower ?? '') || wordAt(s, head + 2)?.pos !== 'NOUN') break
    head += 2
  }
  const lead = s.tokens.slice(head + 1, head + 4).findIndex((t) => ['of', 'from', 'in', 'at', 'including', 'such'].includes(t.lower))
  if (lead < 0) return true
  const at = head + 1 + lead
  return !groups.some((g) => g.first > at && g.first <= at + NAMED_IN_PHRASE)
}
/** How far after "of", "including" … a noun's phrase names the actors it stands for: "including the Live Nation". */
const NAMED_IN_PHRASE = 3

/** Determiners that point back to something told before: "this support", "these talks", "such cooperation". */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such'])

/**
 * "beginning six months after the merger", "since the talks", "after the Council meeting", "expressed his gratitude for this support": a cue
 * after a time preposition and a determiner, or after a demonstrative, names a relation told elsewhere, whose
 * parties are not the actors around it — unless its own phrase names them ("after the talks with Iran").
 */
function refersBack(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  let i = m.first - 1
  while (i >= 0 && wordAt(s, i)?.pos === 'ADJ') i--
  // "after the Endangered Species Committee meeting": one actor naming whose event it is, not its other side.
  const holder = groups.find((g) => g.last === i && g.actors.length === 1 && !s.tokens[g.last]!.possessive)
  if (holder) i = holder.first - 1
  while (i >= 0 && wordAt(s, i)?.pos === 'ADJ') i--
  const demonstrative = i >= 0 && DEMONSTRATIVES.has(s.tokens[i]!.lower) && wordAt(s, i)?.pos === 'DET'
  if (!demonstrative && (i < 1 || !DETERMINERS.has(s.tokens[i]!.lower) || !TIME_PREPOSITIONS.has(s.tokens[i - 1]!.lower))) return false
  let stop = m.last + 1
  while (stop < s.tokens.length && stop <= m.last + OBJECT_WINDOW && !s.tokens[stop]!.punct) stop++
  return !groups.some((g) => g.first > m.last && g.first < stop)
}

/**
 * "the final ticketing fees charged to consumers", "hackers allegedly aligned with Iran": a participle right after a
 * common noun (maybe past an adverb), followed by a preposition (its own or the cue's last word), describes that
 * noun; the actor before it is not its agent ("fees charged by X" names one: the "by" rule below takes it).
 */
function reducedRelative(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  let before = m.first - 1
  while (before > 0 && wordAt(s, before)?.pos === 'ADV') before--
  const [prev, cue] = [wordAt(s, before), wordAt(s, m.first)]
  if (cue?.pos !== 'VERB' || !/ed$/.test(cue.lower) || prev?.pos !== 'NOUN' || s.tokens[before]!.cap) return false
  // ("aligned with": a cue of two words ends on its preposition.)
  const next = m.first === m.last ? wordAt(s, m.last + 1) : m.last === m.first + 1 ? wordAt(s, m.last) : undefined
  if (next?.pos !== 'ADP' || next.lower === 'by') return false
  return !groups.some((g) => g.first <= before && g.last >= before)
}

/** Closing marks that may stand between a noun and the comma after it: "Executive Order 14059 “Imposing …”, signed by". */
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']'])

/**
 * "…, pursuant to Executive Order 14059, signed by President Biden": a symmetric cue in a past participle that a
 * comma sets after a thing and "by" follows describes that thing; its agent is no party with anyone named before. The
 * agents alone are parties when they are several ("the accord, signed by Chile and Peru"). Undefined when the cue is
 * not such a participle, or the noun before the comma is an actor's ("Japan, visited by the President").
 */
function participleOfThing(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): Link[] | undefined {
  const cue = wordAt(s, m.first)
  if (!KINDS[m.cue.value].symmetric || m.first !== m.last || cue?.pos !== 'VERB' || !/(?:ed|en)$/.test(cue.lower) || s.tokens[m.last + 1]?.lower !== 'by') return undefined
  let comma = m.first - 1
  while (comma > 0 && CLOSERS.has(s.tokens[comma]!.text)) comma--
  if (s.tokens[comma]?.text !== ',') return undefined
  let noun = comma - 1
  while (noun > 0 && CLOSERS.has(s.tokens[noun]!.text)) noun--
  // (A title in quotation marks is a document's, whatever names it holds: "the order “Imposing Sanctions on …”".)
  const quoted = s.tokens.slice(noun + 1, m.first).some((t) => t.text === '”' || t.text === '"')
  if (!quoted && groups.some((g) => g.first <= noun && g.last >= noun)) return undefined
  const agents = groups.find((g) => g.first === m.last + 2 || (g.first > m.last + 1 && g.first <= m.last + 3 && !s.tokens.slice(m.last + 2, g.first).some((t) => t.punct)))
  return agents ? pairs(agents.actors, m.cue.value) : []
}

/** Kinds whose nouns name a conflict a place or party can name: "the Kosovo war", "the Taiwan tensions". */
const CONFLICT_KINDS = new Set<RelationKind>(['hostility', 'tension'])

/**
 * "an ongoing conflict such as Ukraine", "wars like Sudan": the place named as an example of a conflict noun names
 * which conflict, not a side of it.
 */
function exampleOfCue(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  const lead = appositionLead(s, m.last + 1)
  return lead > 0 && g.first === m.last + 1 + lead && wordAt(s, m.first)?.pos === 'NOUN'
}

/** How many adjectives may stand between an actor and the conflict noun it names: "Russian nuclear attacks". */
const MAX_CONFLICT_ADJECTIVES = 2

/** One actor, no possessive, right before a conflict noun or its adjectives: "the Kosovo war", "Russian nuclear attacks". */
function namesConflict(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  const between = m.first - 1 - g.last
  const adjectives = between >= 0 && between <= MAX_CONFLICT_ADJECTIVES && s.tokens.slice(g.last + 1, m.first).every((_, k) => wordAt(s, g.last + 1 + k)?.pos === 'ADJ')
  return CONFLICT_KINDS.has(m.cue.value) && g.actors.length === 1 && adjectives && !s.tokens[g.last]!.possessive && wordAt(s, m.first)?.pos === 'NOUN'
}

/**
 * The actors a noun cue's own phrase names as its other side, after its first preposition that names one, before
 * any mark or verb: "war with Iraq", "the US war of choice against Iran", "the blockade of Iranian ports".
 */
function complementOf(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): string[] {
  // A cue that holds its preposition ("war with") starts its complement right after it.
  const first = m.first < m.last && OTHER_SIDE.has(s.tokens[m.last]!.lower) ? m.last : m.last + 1
  for (let i = first; i < s.tokens.length && i <= m.last + OBJECT_WINDOW; i++) {
    const t = s.tokens[i]!
    if (t.punct || wordAt(s, i)?.pos === 'VERB') return []
    if (!OTHER_SIDE.has(t.lower) && t.lower !== 'of') continue
    let k = i + 1
    while (k < s.tokens.length && !groups.some((g) => g.first === k) && (DETERMINERS.has(s.tokens[k]!.lower) || wordAt(s, k)?.pos === 'ADJ')) k++
    const g = groups.find((x) => x.first === k)
    if (g || t.lower !== 'of') return g?.actors ?? []
  }
  return []
}

/** Forms of "be" that make a participle after them passive: "was asked", "were prosecuted". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/**
 * The cue is a verb in the passive: a participle with a form of "be", and only adverbs, before it ("was asked",
 * "were later charged"; not "is accusing").
 */
function passive(s: SentenceContext, at: number): boolean {
  const w = wordAt(s, at)
  if (w?.pos !== 'VERB' || w.lower.endsWith('ing')) return false
  const i = auxiliaryBefore(s, at)
  return i >= 0 && BE_FORMS.has(s.tokens[i]!.lower)
}
/**
 * The passive cue at `at` has "being" for its auxiliary, right after a noun no actor's name covers ("radio reporters
 * being detained"): that noun is what the passive acts on.
 */
function beingAfterThing(s: SentenceContext, groups: Group[], at: number): boolean {
  const i = auxiliaryBefore(s, at)
  if (s.tokens[i]?.lower !== 'being') return false
  const before = wordAt(s, i - 1)?.pos
  return (before === 'NOUN' || before === 'PROPN') && !groups.some((g) => g.first <= i - 1 && i - 1 <= g.last)
}

/**
 * Where the auxiliary of the verb at `at` stands: the word before it past adverbs and ("were both previously
 * convicted") floating quantifiers; -1 at the sentence's start.
 */
function auxiliaryBefore(s: SentenceContext, at: number): number {
  let i = at - 1
  while (i >= 0 && (wordAt(s, i)?.pos === 'ADV' || FLOATING_QUANTIFIERS.has(s.tokens[i]!.lower))) i--
  return i
}
/** Quantifiers that float after the auxiliary of a plural subject: "were both convicted", "are all bound". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each'])

/**
 * The cue is a participle with its agent right after it and no "be" ("a planned purchase opposed by X and blocked
 * by his predecessor"): a reduced passive, which acts on what it describes, done by the one "by" names (not "by"
 * with a gerund, the means of an active verb: "retaliated by imposing").
 */
function agentParticiple(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const w = wordAt(s, m.first)
  return m.first === m.last && w?.pos === 'VERB' && /(?:ed|en)$/.test(w.lower) && s.tokens[m.last + 1]?.lower === 'by' && !/ing$/.test(s.tokens[m.last + 2]?.lower ?? '')
}

/**
 * The actors a passive cue names as acting: the group right after its "by" ("by the EU", "by Iran"); none when the
 * "by" names no actor ("by a jury"); undefined when the passive has no "by" at all.
 */
function agentAfter(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): string[] | undefined {
  // (The cue may end on its "by": "supported by".)
  for (let i = m.first + 1; i < s.tokens.length && i <= m.last + OBJECT_WINDOW; i++) {
    if (s.tokens[i]!.lower !== 'by') continue
    let k = i + 1
    // ("by the African Union": an adjective that begins a name of more than one word is part of the agent; a
    // demonym alone is still skipped, "sued by the French Justice".)
    while (k < s.tokens.length && !s.mentions.some((x) => x.first === k && x.last > k) && (DETERMINERS.has(s.tokens[k]!.lower) || wordAt(s, k)?.pos === 'ADJ')) k++
    // "criticized by Japanese Foreign Minister Nobutaka Machimura": a title (and the demonym before it) stands
    // before the agent's name.
    let named = k
    while (named < s.tokens.length && named - k < MAX_AGENT_TITLE && s.tokens[named]!.cap && !groups.some((g) => g.first === named) && (TITLE_WORDS_LOWER.has(s.tokens[named]!.lower) || named === k)) named++
    const titled = named > k && [...Array(named - k).keys()].some((d) => TITLE_WORDS_LOWER.has(s.tokens[k + d]!.lower))
    return groups.find((g) => g.first === (titled ? named : k))?.actors ?? []
  }
  return undefined
}
/** The most words a title and a demonym before a passive's agent may have: "Japanese Foreign Minister". */
const MAX_AGENT_TITLE = 4
/** The words of people's titles and roles, in lower case: "foreign", "minister", "secretary". */
const TITLE_WORDS_LOWER = new Set<string>([...DATA.actors.titles, ...DATA.actors.roles].flatMap((t: string) => t.toLowerCase().split(/\s+/)))

/**
 * A noun cue's agent named in its own phrase after a past participle and "by" ("the threat posed by AI", "the
 * pressure exerted by Washington"): the actors of the group right after "by" (none when it is no actor), or
 * undefined when the phrase has no such participle.
 */
function participleAgent(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): string[] | undefined {
  if (wordAt(s, m.first)?.pos === 'VERB') return undefined
  for (let i = m.last + 1; i < s.tokens.length - 1 && i <= m.last + OBJECT_WINDOW; i++) {
    const t = s.tokens[i]!
    if (t.punct) return undefined
    if (s.tokens[i + 1]!.lower !== 'by' || wordAt(s, i)?.pos !== 'VERB' || !/(?:ed|en|wn|ne)$/.test(t.lower)) continue
    let k = i + 2
    while (k < s.tokens.length && (DETERMINERS.has(s.tokens[k]!.lower) || wordAt(s, k)?.pos === 'ADJ')) k++
    return groups.find((g) => g.first === k)?.actors ?? []
  }
  return undefined
}

/**
 * A group followed closely by a support cue in its own phrase ("Berlin’s full backing") backs something rather than
 * being its target — unless it is the object right after a verb cue: "condemned Mexico’s support for Peru" condemns
 * Mexico.
 */
function isBacker(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (g.first === m.last + 1 && wordAt(s, m.last)?.pos === 'VERB') return false
  // (Not across a comma: "war against Ukraine, including support to …" names Ukraine, then an example of something else.)
  for (let i = g.last + 1; i <= g.last + 3 && i < s.tokens.length && !s.tokens[i]!.punct; i++)
    if (RELATION_CUES.at(s.tokens, i)?.cue.value === 'support') return true
  return false
}

/** The tagged word at a token, when the tagger and the tokenizer agree where it starts. */
function wordAt(s: SentenceContext, i: number): Word | undefined {
  return wordOf(s, s.tokens[i])
}

/**
 * The group an infinitive cue is the act of when a noun's "of" names it right before the "to": "the decision of
 * [China] to arrest", "an attempt by …" is not read ("of" only).
 */
function infinitiveOfAgent(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): { actors: string[] } | undefined {
  const to = m.first - 1
  if (s.tokens[to]?.lower !== 'to' || wordAt(s, m.first)?.pos !== 'VERB') return undefined
  // The "of" phrase: back from the "to" over its noun phrase (quotation marks too: 'the “Hermit Kingdom”').
  let of = to - 1
  while (of > 0 && of > to - 1 - MAX_OF_AGENT_WORDS && s.tokens[of]!.lower !== 'of' && (NOUN_PHRASE_POS.has(wordAt(s, of)?.pos ?? '') || CLOSERS.has(s.tokens[of]!.text) || OPENING_QUOTES.has(s.tokens[of]!.text) || s.tokens[of]!.text === '(')) of--
  if (s.tokens[of]?.lower !== 'of' || of === to - 1 || wordAt(s, of - 1)?.pos !== 'NOUN') return undefined
  // (When what the phrase names is no actor, the act is still its: no one named elsewhere does it.)
  const g = groups.find((x) => x.first > of && x.last < to)
  return { actors: g?.actors ?? [] }
}
/** The longest "of" phrase read as the doer of the infinitive after it, in tokens. */
const MAX_OF_AGENT_WORDS = 6
/**
 * Parts of speech of a noun phrase's words: those that may stand in "the decision of [the new government] to …", and
 * between a verb and the noun heading its object ("established formal diplomatic ties").
 */
const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])

/** An infinitive ("to withdraw", "to be excluded") stands strictly between tokens `from` and `to`. */
function infinitiveBetween(s: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (infinitiveAt(s, i)) return true
  return false
}

/** The verb of an infinitive, or its auxiliary, stands at token `i`: "to [withdraw]", "to [be] excluded". */
function infinitiveAt(s: SentenceContext, i: number): boolean {
  return ['VERB', 'AUX'].includes(wordAt(s, i)?.pos ?? '') && s.tokens[i - 1]?.lower === 'to'
}

/** A preposition after the first infinitive between tokens `from` and `to`: "to improve the cybersecurity of …". */
function prepositionAfterInfinitive(s: SentenceContext, from: number, to: number): boolean {
  let i = from + 1
  while (i < to && !infinitiveAt(s, i)) i++
  for (i++; i < to; i++) if (wordAt(s, i)?.pos === 'ADP') return true
  return false
}

/**
 * A clause of its own opens between tokens `from` and `to`: a comma, then a verb ("rejected efforts to negotiate
 * limits, describing them as an offset to X", "was the top partner, followed by X"), or a comma and a relative pronoun
 * ("policy toward Mexico, which was the largest U.S. partner"). An actor named in it is no side of a cue before it.
 */
function participleClauseBetween(s: SentenceContext, from: number, to: number): boolean {
  // (", including A and B" lists examples of what stands before it: no clause.)
  for (let i = from + 1; i < to; i++) if (s.tokens[i - 1]!.text === ',' && ((wordAt(s, i)?.pos === 'VERB' && appositionLead(s, i) === 0) || RELATIVE_PRONOUNS.has(s.tokens[i]!.lower))) return true
  return false
}

/**
 * "A has provided funding to advance X, and B has awarded grants", "the share of funding B has required": an actor
 * after the cue with an auxiliary of its own after it, or with a verb after it and "and", "but" or a comma before
 * it, is the subject of a clause of its own, not the cue's other side — unless a preposition governs it or "that"
 * opens its clause; so is one right after a noun, opening a relative clause without its pronoun ("the countries GAO
 * selected"). (A bare verb after the one helped keeps it: "helped Chile rebuild".)
 */
function subjectOfOwnClause(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (g.first <= m.last + 1 || afterPreposition(s, g)) return false
  // "my relationship with the FSF is formal" (the cue's own complement); "alleged that Uber was": the clause a
  // "that" opens tells what the cue is about, and its subject is the one acted on.
  let i = g.first - 1
  while (i > m.last && ['the', 'a', 'an'].includes(s.tokens[i]!.lower)) i--
  // ("alleged that, between January and March, Sandoz misrepresented …": an aside set off by commas after "that".)
  if (s.tokens[i]?.text === ',') {
    let open = i - 1
    while (open > m.last && s.tokens[open]!.text !== ',') open--
    if (open > m.last && s.tokens[open - 1]?.lower === 'that') i = open - 1
  }
  if (s.tokens[i]?.lower === 'that') return false
  // ("…, and Google’s Gemini hacked three companies": an owner of the subject opens the clause as the subject does.)
  let k = g.last + 1
  if (s.tokens[g.last]!.possessive) while (k <= g.last + MAX_OWNED_NOUNS && ['NOUN', 'PROPN'].includes(wordAt(s, k)?.pos ?? '')) k++
  const next = wordAt(s, k)?.pos
  if (next === 'AUX') return true
  if (next !== 'VERB') return false
  // ("assistance in four countries GAO selected for its review": a relative clause with no pronoun, after its noun.)
  if (wordAt(s, g.first - 1)?.pos === 'NOUN') return true
  return s.tokens.slice(m.last + 1, g.first).some((t) => t.text === ',' || t.lower === 'and' || t.lower === 'but')
}

/** How many nouns an owner's possessive may govern before the verb of its clause: "Google’s Gemini model". */
const MAX_OWNED_NOUNS = 2

/** The comma before an -ing participle whose object is the noun cue (", settling [the] allegations"), or undefined. */
function participleObject(s: SentenceContext, m: CueMatch<RelationKind>): number | undefined {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return undefined
  let k = m.first - 1
  while (k > 0 && ['DET', 'ADJ'].includes(wordAt(s, k)?.pos ?? '')) k--
  const verb = wordAt(s, k)
  return verb?.pos === 'VERB' && s.tokens[k]!.lower.endsWith('ing') && !FRONTED_PREPOSITIONS.has(s.tokens[k]!.lower) && s.tokens[k - 1]?.text === ',' ? k - 1 : undefined
}

/**
 * Participles that stand as prepositions (", including support to …", ", following talks"; data/language.json
 * frontedPrepositions): they open no clause.
 */
const FRONTED_PREPOSITIONS = new Set<string>(LANGUAGE.frontedPrepositions)

/** A directed verb cue in -ing right after a comma opens a participle clause: "…, alleging that …". */
function participleOpening(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  return s.tokens[m.first - 1]?.text === ',' && wordAt(s, m.first)?.pos === 'VERB' && s.tokens[m.first]!.lower.endsWith('ing') && !FRONTED_PREPOSITIONS.has(s.tokens[m.first]!.lower)
}

/** A subject pronoun for the writer ("we") stands from token `from` up to `to`, outside parentheses. */
function writerActs(s: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WRITER_SUBJECTS.has(s.tokens[i]!.lower)) return true
  return false
}

/** The first verb (not an auxiliary) from token `from` up to `to`, or undefined. */
function firstVerb(s: SentenceContext, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (wordAt(s, i)?.pos === 'VERB') return i
  return undefined
}

/** Nouns for people who act together ("settlers", "police"), singular or plural: data/actors.json groupNouns. */
const PEOPLE_NOUNS = new Set<string>(DATA.actors.groupNouns)

/** Prepositions before which a bare noun cue names an act of no one in particular: "with help", "under pressure". */
const BARE_NOUN_LEADS = new Set(['with', 'without', 'under', 'amid'])
/**
 * A noun cue led by "the" and adjectives only, or bare after a preposition ("with help"), not followed by a preposition naming a party ("the attacks on X",
 * "the war with Y", "the sanctions by Z") nor by an actor: it refers to an act without saying who does it to whom.
 */
/** Determiners that lead a one-sided noun cue naming no side: "the attacks", "any termination". */
const SIDELESS_LEADS = new Set(['the', 'any'])
/** A lower-case word of parts a hyphen joins, a modifier: "food-borne", "long-range". */
const RE_HYPHENED = /^\p{Ll}+(?:-\p{L}+)+$/u

function sidelessNoun(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  // (The tagger may read a bare noun after a preposition as a verb: "with help/VERB".)
  const bare = BARE_NOUN_LEADS.has(s.tokens[m.first - 1]?.lower ?? '') && !s.tokens[m.first]!.lower.endsWith('ing')
  if (m.first !== m.last || (wordAt(s, m.first)?.pos !== 'NOUN' && !bare)) return false
  // (A date is no side either: "the September 11 attacks".)
  const mentioned = (k: number) => s.mentions.some((x) => x.first <= k && x.last >= k)
  // ("the September 11, 2001 attacks": a comma between numbers is a date's; "food-borne attacks": a hyphen joins a
  // modifier's words.)
  const number = (k: number) => wordAt(s, k)?.pos === 'NUM' || /^\d/.test(s.tokens[k]?.text ?? '')
  const joined = (k: number) => s.tokens[k + 1]?.text === '-' && s.tokens[k + 1]!.start === s.tokens[k]!.end && !s.tokens[k]!.cap
  const modifier = (k: number) =>
    (wordAt(s, k)?.pos === 'ADJ' && !s.tokens[k]!.cap) || number(k) || CALENDAR_NAMES.has(s.tokens[k]!.text) || (s.tokens[k]!.text === ',' && number(k - 1) && number(k + 1)) || s.tokens[k]!.text === '-' || joined(k) || (s.tokens[k - 1]?.text === '-' && s.tokens[k - 1]!.end === s.tokens[k]!.start) || RE_HYPHENED.test(s.tokens[k]!.text)
  let i = m.first - 1
  while (i >= 0 && !mentioned(i) && modifier(i)) i--
  // ("with help", "under pressure": a bare noun right after a preposition names no side either; nor one whose
  // modifiers follow a preposition: "vulnerable to potential food-borne terrorist attacks".)
  // ("following any termination or non-continuation of an HHS award": "any" leads it as "the" does; not "a", the
  // object of a verb whose subject does it: "MTA filed a lawsuit in the District Court".)
  const led = SIDELESS_LEADS.has(s.tokens[i]?.lower ?? '') || (i < m.first - 1 && wordAt(s, i)?.pos === 'ADP' && !s.tokens[i]!.cap)
  if (!led && !(i === m.first - 1 && bare)) return false
  const next = s.tokens[m.last + 1]
  // ("the threat posed by X": a participle after it names its doer.)
  if (!next || PARTY_AFTER.has(next.lower) || next.cap || wordAt(s, m.last + 1)?.pos === 'VERB') return false
  return !s.mentions.some((x) => x.first === m.last + 1)
}

/**
 * The "that" a verb of thinking (or, with `saying`, of saying too) opens a clause with, between `from` and `to`;
 * -1 when there is none.
 */
function thatClause(s: SentenceContext, from: number, to: number, saying = false): number {
  for (let k = from + 1; k < to; k++) {
    const verb = wordAt(s, k - 1)
    if (s.tokens[k]!.lower !== 'that' || verb?.pos !== 'VERB') continue
    if (THOUGHT_VERBS.has(verb.lemma.toLowerCase()) || (saying && SAYING_VERBS.has(verb.lower))) return k
  }
  return -1
}

/** Between `from` and `to`, a verb of saying or thinking opens a "that" clause: "X believes that Y's …". */
function reportsClause(s: SentenceContext, from: number, to: number): boolean {
  return thatClause(s, from, to) >= 0
}

/**
 * Between `from` and `to`, a verb of saying opens the clause that goes on to `to`, "that" or not, with no pronoun
 * after it that could stand for the one who says it: "Jonathan Marcus said [questions remain how much] Iranian
 * assistance …", not "Peru said it welcomed Russia's support".
 */
function saysClause(s: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const verb = wordAt(s, k)
    if (verb?.pos !== 'VERB' || !SAYING_VERBS.has(verb.lower)) continue
    for (let i = k + 1; i < to; i++) if (wordAt(s, i)?.pos === 'PRON') return false
    return true
  }
  return false
}

/**
 * Between `from` and `to`, a verb of saying or thinking opens a "that" clause whose subject is a common noun naming
 * no actor: "Yellen emphasized that companies …", not "X said that it …" nor "X said that Peru …".
 */
function saysOfThing(s: SentenceContext, from: number, to: number): boolean {
  const k = thatClause(s, from, to, true)
  if (k < 0) return false
  const named = (i: number) => s.mentions.some((x) => x.first <= i && i <= x.last)
  let i = k + 1
  while (i < to && ['DET', 'ADJ', 'NUM'].includes(wordAt(s, i)?.pos ?? '') && !named(i)) i++
  return i < to && wordAt(s, i)?.pos === 'NOUN' && !s.tokens[i]!.cap && !named(i)
}

/** An actor, past determiners, is the direct object of the verb cue: "saving TikTok", "saved the Acme company". */
function actorObject(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  return objectMention(s, m) !== undefined
}

/** The actor a verb cue's direct object names first, if it names one ("warned Iran", "joined the United States"). */
function objectMention(s: SentenceContext, m: CueMatch<RelationKind>): SentenceContext['mentions'][number] | undefined {
  let i = m.last + 1
  // ("warned that Iran …": "that" leads a clause, not the object.)
  while (i < s.tokens.length && ARTICLES.has(s.tokens[i]!.lower) && wordAt(s, i)?.pos === 'DET') i++
  return wordAt(s, m.first)?.pos === 'VERB' ? s.mentions.find((x) => x.first === i && x.kind !== 'demonym') : undefined
}

/** Prepositions after a verb's object that name the other side: "signed a memorandum with X", "met the president of X". */
const OBJECT_SIDE = new Set(['with', 'between', 'among', 'of', 'from'])
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'])

/**
 * "to meet their World Trade Organisation commitments", "met China's demands": the actor the verb cue's object names
 * only modifies or owns that object's head, a thing; the verb meets the thing, not the actor. (A head for the
 * actor's own people stands for it: "met Chinese officials", "met China's foreign minister".)
 */
function modifiesThingObject(s: SentenceContext, m: CueMatch<RelationKind>, after: Group): boolean {
  if (wordAt(s, m.first)?.pos !== 'VERB' || after.first - m.last > MAX_OBJECT_LEAD + 1) return false
  if (!s.tokens.slice(m.last + 1, after.first).every((t, k) => DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) || wordAt(s, m.last + 1 + k)?.pos === 'ADJ')) return false
  let k = after.last + 1
  while (wordAt(s, k)?.pos === 'ADJ') k++
  const head = s.tokens[k]
  return !!head && !head.cap && wordAt(s, k)?.pos === 'NOUN' && !ACTING_HEADS.has(head.lower) && !s.mentions.some((x) => x.first <= k && x.last >= k)
}
/** Determiners and adjectives a verb's object may open with before the actor it names: "their", "the new". */
const MAX_OBJECT_LEAD = 3
/** Heads for an actor's own people or bodies, which stand for it (data/relations.json actingHeads): "Chinese officials". */
const ACTING_HEADS = new Set<string>([...DATA.actors.groupHeads, ...DATA.actors.bodyNouns, ...DATA.actors.forceNouns, ...DATA.relations.actingHeads])

/**
 * "signed an executive order terminating …", "met the deadline set by X": a verb cue followed by a noun phrase
 * that names no actor and holds no relation noun (not "signed a trade deal"), with no preposition naming the other
 * side after it, before the actor `after`.
 */
function thingObject(s: SentenceContext, m: CueMatch<RelationKind>, after: Group): boolean {
  if (wordAt(s, m.first)?.pos !== 'VERB') return false
  let i = m.last + 1
  let noun = false
  while (i < after.first && OBJECT_WORDS.has(wordAt(s, i)?.pos ?? '') && !s.mentions.some((x) => x.first <= i && x.last >= i)) {
    if (RELATION_CUES.at(s.tokens, i)) return false
    noun ||= ['NOUN', 'PROPN'].includes(wordAt(s, i)!.pos)
    i++
  }
  // ("selected two lander providers: SpaceX … and Blue Origin": a colon right before the names lists the object's members.)
  // ("spoke with retailers and manufacturers, including Wal-Mart, Target …": so do examples of it.)
  const rest: number[] = []
  for (let k = i; k < after.first; k++) if (s.tokens[k]!.text !== ',') rest.push(k)
  const lead = EXAMPLE_PHRASES.find((l) => rest.slice(-l.length).map((k) => s.tokens[k]!.lower).join(' ') === l.join(' '))
  const examples = !!lead && rest.slice(0, -lead.length).every((k) => COORDINATORS.has(s.tokens[k]!.lower) || ['NOUN', 'ADJ'].includes(wordAt(s, k)?.pos ?? ''))
  return noun && i < after.first && !OBJECT_SIDE.has(s.tokens[i]!.lower) && !(s.tokens[i]!.text === ':' && after.first === i + 1) && !examples
}

/**
 * A noun cue that a preposition governs ("on changes to or termination of", "the share of funding") past its
 * determiners and adjectives, with no actor modifying it right before: no verb takes it for object.
 */
function strayNoun(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  // (A conflict's sides may stand around it: "the threat posed by A to B is a spiral in an ongoing conflict".)
  if (wordAt(s, m.first)?.pos !== 'NOUN' || CONFLICT_KINDS.has(m.cue.value)) return false
  let i = m.first - 1
  // ("thanked Chile for its support": a possessive pronoun owns it.)
  while (i >= 0 && !POSSESSIVE_DETERMINERS.has(s.tokens[i]!.lower) && (DETERMINERS.has(s.tokens[i]!.lower) || ['ADJ', 'NUM'].includes(wordAt(s, i)?.pos ?? ''))) i--
  // ("retaliated with a blockade": an act a verb does with it is the verb's object.)
  if (groups.some((g) => g.last === i) || s.tokens[i]?.lower === 'with') return false
  // ("the war with Russia", "aid to China", "support for Chile": its own phrase names its other side.)
  return (wordAt(s, i)?.pos === 'ADP' || s.tokens[i]?.lower === 'of') && !phraseNamesActor(s, groups, m)
}

/**
 * A noun cue with no actor right before it, two prepositional phrases or more below the verb of its clause
 * ("highlighted instances [of] fraud [in] foreign assistance", "expressed concern [about] the lack [of] support"): the
 * verb's subject does what the verb says, not what the noun names. ("pledged billions in aid to X": one phrase, the
 * subject's act.)
 */
function nestedNoun(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, start: number): boolean {
  // (A tie "with" someone has the subject for its other side: "warned of an escalation in a conflict with Peru".)
  if (wordAt(s, m.first)?.pos !== 'NOUN' || s.tokens[m.last + 1]?.lower === 'with' || groups.some((g) => g.last === m.first - 1)) return false
  let prepositions = 0
  for (let k = m.first - 1; k >= start; k--) {
    const pos = wordAt(s, k)?.pos
    // ("for reviewing the performance of": a gerund after its preposition is inside the phrase.)
    if (pos === 'VERB' && s.tokens[k]!.lower.endsWith('ing') && wordAt(s, k - 1)?.pos === 'ADP') continue
    if (pos === 'VERB' || pos === 'AUX') return prepositions >= 2
    if (pos === 'ADP') prepositions++
    // (Nor across "or" opening another object: "grants given by X for schools or the share of funding for Y".)
    if (pos === 'CCONJ' && s.tokens[k + 1]?.lower === 'the') return false
    if (s.tokens[k]!.punct && ![',', '-'].includes(s.tokens[k]!.text)) return false
  }
  return false
}

/**
 * An actor stands in the noun cue's own phrase, after a preposition, before any mark or verb: "support for Chile".
 * (An actor with no preposition before it opens a clause of its own: "the share of funding the ministry required".)
 */
function phraseNamesActor(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  let led = false
  for (let i = m.last + 1; i < s.tokens.length && i <= m.last + OBJECT_WINDOW; i++) {
    if (s.tokens[i]!.punct || wordAt(s, i)?.pos === 'VERB') return false
    if (groups.some((g) => g.first === i)) return led
    if (wordAt(s, i)?.pos === 'ADP') led = true
  }
  return false
}

const QUESTION_CUES = new Set<string>(DATA.relations.questionCues)
const QUESTION_WORDS = new Set<string>(DATA.relations.questionWords)

/**
 * "asked Peru how it would pay", "asks whether Chile will join": a question cue followed, before any verb or mark, by a
 * question word asks a question; it presses no one ("asked Peru to withdraw" still does).
 */
function asksQuestion(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (!QUESTION_CUES.has(m.cue.text)) return false
  for (let i = m.last + 1; i < s.tokens.length && i <= m.last + OBJECT_WINDOW; i++) {
    if (QUESTION_WORDS.has(s.tokens[i]!.lower)) return true
    if (s.tokens[i]!.punct || ['VERB', 'AUX', 'PART'].includes(wordAt(s, i)?.pos ?? '')) return false
  }
  return false
}

/** The token at `i` is a determiner or an adjective: a word that may stand before a noun in its phrase. */
function modifierAt(s: SentenceContext, i: number): boolean {
  return DETERMINERS.has(s.tokens[i]!.lower) || wordAt(s, i)?.pos === 'ADJ'
}

/** Verbs that link a subject to what it is: "is", "was", "remains", "became" ("has" only before "been"). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'remains', 'remained', 'became', 'becomes'])
const PERFECT = new Set(['has', 'have', 'had'])

/** The words between a subject and its complement are a linking verb ("is", "has been"), or a comma (an apposition). */
function isCopulaOrComma(between: Token[]): boolean {
  if (between.length === 1 && between[0]!.text === ',') return true
  return between.length > 0 && between.every((t, k) => COPULAS.has(t.lower) || (PERFECT.has(t.lower) && between[k + 1]?.lower === 'been'))
}

/**
 * "British [company AstraZeneca]": a demonym that says where the one named after it is from, as groups.ts reads it
 * (not "Cuban officials", "the Japanese ambassador to China": the state's own people).
 */
function demonymOfName(s: SentenceContext, i: number): boolean {
  const k = s.mentions.findIndex((x) => x.kind === 'demonym' && x.first === i)
  return k >= 0 && qualifiesName(s, s.mentions[k]!, s.mentions[k + 1])
}

/** "UK-based", "state-owned": a word joined by a hyphen to a past participle, before the noun it modifies. */
function hyphenedModifierAt(s: SentenceContext, i: number): boolean {
  return /^[\p{L}.]+-\p{Ll}+(?:ed|wn)$/u.test(s.tokens[i]?.text ?? '')
}

/** A noun cue led by "with" past its determiners and adjectives: "with help from Chile", "with the full support of". */
function cueLedByWith(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  let i = m.first - 1
  while (i >= 0 && modifierAt(s, i)) i--
  return s.tokens[i]?.lower === 'with'
}

/** Words that may stand between a subject and its verb: "has tasked", "formally tasked". */
const SUBJECT_VERB_GAP = new Set(['AUX', 'ADV', 'PART'])

/**
 * "Peru has tasked Chile with imposing sanctions": the group right before the verb whose object `g` is (past its
 * determiners), with only auxiliaries and adverbs between: the subject who set `g` to the act. Undefined when `g` is
 * no such object or that verb's subject is no actor.
 */
function controllerOf(s: SentenceContext, groups: Group[], g: Group): Group | undefined {
  let i = g.first - 1
  while (i >= 0 && wordAt(s, i)?.pos === 'DET') i--
  if (i < 0 || wordAt(s, i)?.pos !== 'VERB' || SPEECH.has(s.tokens[i]!.lower)) return undefined
  let k = i - 1
  while (k >= 0 && SUBJECT_VERB_GAP.has(wordAt(s, k)?.pos ?? '')) k--
  const subject = groups.find((x) => x.last === k)
  return subject && isSubject(s, subject) && !s.tokens[subject.last]!.possessive ? subject : undefined
}

/** The possessor group `g` opens the object of a verb, past determiners: "overturns Peru’s rejection of …". */
function possessorOfObject(s: SentenceContext, g: Group): boolean {
  let i = g.first - 1
  while (i >= 0 && wordAt(s, i)?.pos === 'DET') i--
  return i >= 0 && wordAt(s, i)?.pos === 'VERB' && !SPEECH.has(s.tokens[i]!.lower)
}

/** How many words may stand between a preposition's object and a noun cue it is still a party to: "talks in Doha with X". */
const PREPOSITION_OBJECT_REACH = 3

/**
 * The group before a noun cue is the object of a preposition ("from Congress") and stands more than
 * PREPOSITION_OBJECT_REACH words from it, with no "and" between: it belongs to another phrase.
 */
function objectOfPrepositionAway(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN' || s.tokens[g.last]!.possessive) return false
  const k = beforeDeterminers(s, g.first)
  if (wordAt(s, k)?.pos !== 'ADP') return false
  const between = s.tokens.slice(g.last + 1, m.first)
  return between.length > PREPOSITION_OBJECT_REACH && !between.some((t) => COORDINATORS.has(t.lower))
}

/** A noun cue with the noun joined to it by "and" or "or": "investigation and prosecution", which share an owner and an "of". */
function nounsJoined(s: SentenceContext, m: CueMatch<RelationKind>): CueMatch<RelationKind> {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return m
  const joins = (i: number) => COORDINATORS.has(s.tokens[i]?.lower ?? '')
  const first = joins(m.first - 1) && wordAt(s, m.first - 2)?.pos === 'NOUN' ? m.first - 2 : m.first
  const last = joins(m.last + 1) && wordAt(s, m.last + 2)?.pos === 'NOUN' ? m.last + 2 : m.last
  return { ...m, first, last }
}

/** A noun cue, past its adjectives, owned by a possessive pronoun: "their direct support". */
function pronounOwned(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return false
  let i = m.first - 1
  while (i >= 0 && wordAt(s, i)?.pos === 'ADJ') i--
  return POSSESSIVE_DETERMINERS.has(s.tokens[i]?.lower ?? '')
}

/**
 * "those who support X", "anyone that backs X": a verb cue right after a relative pronoun whose antecedent is a
 * pronoun, no actor.
 */
function relativeOfThing(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  // (Right after the pronoun the cue is a verb, whatever its tag: "those who support/NOUN X".)
  if (wordAt(s, m.first)?.pos !== 'VERB' && !RELATIVE_OPENERS.has(s.tokens[m.first - 1]?.lower ?? '')) return false
  let i = m.first - 1
  while (i >= 0 && ['ADV', 'AUX'].includes(wordAt(s, i)?.pos ?? '')) i--
  const pronoun = s.tokens[i]?.lower ?? ''
  if (!RELATIVE_OPENERS.has(pronoun)) return false
  // ("a paramilitary group which has fought X" describes the actor it stands beside: apposedTo reads it.)
  const noun = i - 1
  return noun >= 0 && !groups.some((g) => g.last === noun) && ['PRON', 'DET'].includes(wordAt(s, noun)?.pos ?? '')
}

/** Relative pronouns that open a clause whose object is their antecedent: "a leader whom X accused". */
const OBJECT_RELATIVES = new Set(['whom', 'which', 'that'])

/**
 * The group right after an object relative pronoun that follows a noun ("a leader whom [Chile] accused"): the
 * subject of the relative clause, no object of a verb before the noun.
 */
function subjectOfObjectRelative(s: SentenceContext, g: Group): boolean {
  const i = beforeDeterminers(s, g.first)
  return OBJECT_RELATIVES.has(s.tokens[i]?.lower ?? '') && wordAt(s, i - 1)?.pos === 'NOUN' && ['VERB', 'AUX'].includes(wordAt(s, g.last + 1)?.pos ?? '')
}

/** The most words of a relative clause's subject: "whom [human rights groups] have accused". */
const MAX_RELATIVE_SUBJECT = 6
/**
 * "a leader whom Chile accused of abuses", "a leader whom human rights groups have accused", "the deal that Peru
 * signed": a verb cue whose subject is the noun phrase right after a relative pronoun that follows a noun. Its object
 * is that noun: the actor it names (`antecedent`), or none; its subject the actors the phrase names, or none.
 */
function objectRelative(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): { subject: string[]; antecedent?: Group } | undefined {
  if (wordAt(s, m.first)?.pos !== 'VERB') return undefined
  let i = m.first - 1
  while (i >= 0 && ['ADV', 'AUX'].includes(wordAt(s, i)?.pos ?? '')) i--
  const last = i
  while (i >= 0 && last - i < MAX_RELATIVE_SUBJECT && (['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART'].includes(wordAt(s, i)?.pos ?? '') || groups.some((g) => g.first <= i && g.last >= i))) i--
  if (i === last || !OBJECT_RELATIVES.has(s.tokens[i]?.lower ?? '') || wordAt(s, i - 1)?.pos !== 'NOUN') return undefined
  const subject = groups.filter((g) => g.first > i && g.last <= last).flatMap((g) => g.actors)
  // "rockets that Hamas was firing into Israel", "the deal that Peru signed with Chile": a cue ending in its
  // preposition acts on the actor that preposition names; the pronoun stands for the verb's other object.
  const target = wordAt(s, m.last)?.pos === 'ADP' ? groups.find((g) => g.first > m.last && g.first <= m.last + 2) : undefined
  return { subject, antecedent: target ?? groups.find((g) => g.last === i - 1) }
}

/** How far after an ending cue its object's pressure noun may stand: "terminating the Syria sanctions program". */
const ENDED_WINDOW = 4
const ENDER_NOUNS = new Set<string>(DATA.relations.enderNouns)
/** Acts done to their owner when no "of" follows: "Pogue's conviction" (data/relations.json undergoneNouns). */
const UNDERGONE_NOUNS = new Set<string>(DATA.relations.undergoneNouns)
/** The kinds whose act can be ended: sanctions, tariffs, a blockade, a war. */
const ENDABLE = new Set<RelationKind>(['pressure', 'condemnation', 'hostility'])
/** A negator of one word that ends what follows it: "terminating", "lifted", "suspended". */
const endsAlone = (word: string) => ONE_WORD_NEGATORS.has(word)

/**
 * A cue that ends what it acts on (a negator such as "terminating", "lifted", or its noun "the termination of") with
 * a pressure, condemnation or hostility noun in its object: the one ending presses no one by it.
 */
function endsPressure(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const ender = endsAlone(s.tokens[m.first]!.lower) || (ENDER_NOUNS.has(s.tokens[m.first]!.lower) && s.tokens[m.last + 1]?.lower === 'of')
  if (!ender || m.first !== m.last) return false
  for (let i = m.last + 1; i <= m.last + 1 + ENDED_WINDOW && i < s.tokens.length; i++) {
    if (s.tokens[i]!.punct) return false
    const cue = RELATION_CUES.at(s.tokens, i)
    if (cue && ENDABLE.has(cue.cue.value) && wordAt(s, i)?.pos === 'NOUN') return true
  }
  return false
}

/** How far before a support noun a pressure cue may hold it in its object: "restrictions on economic and security assistance". */
const WITHHELD_WINDOW = 5

/** A support noun in the object of a pressure cue or a negator before it, within its phrase ("restrictions on … assistance to X"). */
function withheldSupport(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (m.cue.value !== 'support' || wordAt(s, m.first)?.pos !== 'NOUN') return false
  const cues = RELATION_CUES.all(s.tokens)
  for (let i = m.first - 1; i >= Math.max(0, m.first - WITHHELD_WINDOW); i--) {
    const cue = cues.find((c) => c.first <= i && c.last >= i)
    if (s.tokens[i]!.punct || (wordAt(s, i)?.pos === 'VERB' && !cue)) return false
    if (cue?.cue.value === 'pressure' || endsAlone(s.tokens[i]!.lower)) return true
  }
  return false
}

/** A noun cue right after a common noun for people ("settler attacks", "police raids"): they do it. */
function doneByPeopleNoun(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const prev = s.tokens[m.first - 1]
  if (!prev || prev.cap || prev.possessive || wordAt(s, m.first)?.pos !== 'NOUN' || wordAt(s, m.first - 1)?.pos !== 'NOUN') return false
  if (s.mentions.some((x) => x.first <= m.first - 1 && x.last >= m.first - 1)) return false
  return PEOPLE_NOUNS.has(prev.lower) || PEOPLE_NOUNS.has(`${prev.lower}s`)
}

/**
 * "a drop in Arab support for the U.S.", "European backing for the plan": a capitalised word (not an acronym, a fiscal
 * year or a word of a title) right before a noun cue, no actor's name, names who does it; no actor named elsewhere does.
 */
function doneByNamedModifier(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const prev = s.tokens[m.first - 1]
  if (!prev || !/^\p{Lu}\p{Ll}+$/u.test(prev.text) || prev.possessive || m.first - 1 === 0 || wordAt(s, m.first)?.pos !== 'NOUN') return false
  if (!['ADJ', 'PROPN'].includes(wordAt(s, m.first - 1)?.pos ?? '') || s.tokens[m.first]!.cap) return false
  // ("Saudi Arabian support": a capitalised word before it makes it part of a longer name.)
  const before = s.tokens[m.first - 2]
  if (before && before.cap && !before.punct && m.first - 2 > 0) return false
  return !s.mentions.some((x) => x.first <= m.first - 1 && x.last >= m.first - 1)
}

/**
 * "our allies and partners", "its strategic partners": a cue that is a party noun (data partyNouns), led by a
 * possessive determiner, perhaps past another party noun and "and", with no apposition naming them after it.
 */
function ownersPartners(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (!PARTY_NOUNS.has(s.tokens[m.last]!.lower) || [',', ':', '('].includes(s.tokens[m.last + 1]?.text ?? '')) return false
  let i = m.first - 1
  if (s.tokens[i]?.lower === 'and' && PARTY_NOUNS.has(s.tokens[i - 1]?.lower ?? '')) i -= 2
  return POSSESSIVE_DETERMINERS.has(s.tokens[i]?.lower ?? '')
}

/** A verb or auxiliary follows the group: it is the subject of its own clause ("… that A and B are covered"). */
function verbNext(s: SentenceContext, g: Group): boolean {
  return ['VERB', 'AUX'].includes(wordAt(s, g.last + 1)?.pos ?? '')
}

/** The token at `i` is a common noun's possessive ("drivers'", "the agency's"), not an actor's. */
function commonPossessive(s: SentenceContext, i: number): boolean {
  const t = s.tokens[i]!
  return t.possessive && !t.cap && wordAt(s, i)?.pos === 'NOUN'
}

/** A finite verb between tokens `from` and `to` ("Benna's team received funding"; not "the ministry's toughly worded censure"). */
function finiteVerbBetween(s: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (finiteVerbAt(s, i)) return true
  return false
}

/** ", and was condemned", ", but did not …": a comma, "and" or "but", then a verb or an auxiliary, strictly between tokens `from` and `to`. */
function secondPredicateBetween(s: SentenceContext, from: number, to: number): boolean {
  for (let k = from + 1; k + 2 < to; k++) {
    if (s.tokens[k]!.text !== ',' || !['and', 'but'].includes(s.tokens[k + 1]!.lower)) continue
    let v = k + 2
    while (v < to && wordAt(s, v)?.pos === 'ADV') v++
    if (v < to && ['VERB', 'AUX'].includes(wordAt(s, v)?.pos ?? '')) return true
  }
  return false
}

/** A finite verb or an auxiliary, a clause's verb, stands strictly between tokens `from` and `to`. */
function clauseVerbBetween(s: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (finiteVerbAt(s, i) || wordAt(s, i)?.pos === 'AUX') return true
  return false
}

/** The word at token `i` is a finite verb. */
function finiteVerbAt(s: SentenceContext, i: number): boolean {
  const w = wordAt(s, i)
  return w?.pos === 'VERB' && isFiniteVerb(s.words, s.words.indexOf(w))
}

/**
 * Whether the word at `i` is a finite "be" used as a copula, no verb after it (adverbs aside): "Turkey is [already]
 * under EU sanctions"; not an auxiliary before its verb: "are joining the United States".
 */
function copulaAt(s: SentenceContext, i: number): boolean {
  const w = wordAt(s, i)
  if (w?.pos !== 'AUX' || w.lemma !== 'be' || !isFiniteVerb(s.words, s.words.indexOf(w))) return false
  let k = i + 1
  while (wordAt(s, k)?.pos === 'ADV') k++
  return !['VERB', 'AUX'].includes(wordAt(s, k)?.pos ?? '')
}

/** Whether "and" or "or" opens the noun phrase the word `to` heads, after the word `from`: "China and a contentious relationship". */
function coordinatorBetween(s: SentenceContext, from: number, to: number): boolean {
  let i = to - 1
  while (i > from && ['ADJ', 'ADV'].includes(wordAt(s, i)?.pos ?? '')) i--
  if (i > from && wordAt(s, i)?.pos === 'DET') i--
  return i > from && COORDINATORS.has(s.tokens[i]!.lower)
}

/**
 * The cue at `m` is the subject of a verb that governs its object's verb (data/causes.json objectControl: "led X to
 * exit", "prevented X from joining"), and that object is the group `after`, right after the verb (past auxiliaries
 * and adverbs before it): what the cue does is done to that object.
 */
function handsOnTo(s: SentenceContext, m: CueMatch<RelationKind>, after: Group): boolean {
  const verbs = s.tokens.slice(m.last + 1, after.first).map((_, k) => m.last + 1 + k)
  const verb = verbs.filter((k) => wordAt(s, k)?.pos === 'VERB')
  if (verb.length !== 1 || verb[0] !== after.first - 1 || !verbs.every((k) => k === verb[0] || ['AUX', 'ADV'].includes(wordAt(s, k)?.pos ?? ''))) return false
  const lemma = wordAt(s, verb[0]!)!.lemma.toLowerCase()
  const marker = s.tokens[after.last + 1]?.lower
  return (OBJECT_CONTROL.to.has(lemma) && marker === 'to' && wordAt(s, after.last + 2)?.pos === 'VERB') || (OBJECT_CONTROL.from.has(lemma) && marker === 'from')
}

/** The cue is a party noun ("partners") that `before` modifies, and a finite verb stands between it and `after`. */
function partiesActing(s: SentenceContext, m: CueMatch<RelationKind>, before: Group, after: Group): boolean {
  if (!PARTY_NOUNS.has(s.tokens[m.last]!.lower) || s.tokens[before.last]!.possessive) return false
  const modifiers = s.tokens.slice(before.last + 1, m.first).every((t, k) => !t.cap && ['NOUN', 'ADJ'].includes(wordAt(s, before.last + 1 + k)?.pos ?? ''))
  return modifiers && clauseVerbBetween(s, m.last, after.first)
}

/** A verb (not an auxiliary) stands strictly between tokens `from` and `to`. */
function verbBetween(s: SentenceContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (wordAt(s, i)?.pos === 'VERB') return true
  return false
}

/**
 * Whether the noun cue at `m` opens, past its modifiers, a "with" phrase after a noun that names no actor ("foreign
 * persons with PRC ties", "firms with ties to China"): the tie is that noun's. A modifier that names an actor (the
 * group `own`, "PRC") is the tie's other side, not the noun's.
 */
function withTiesOfNoun(s: SentenceContext, m: CueMatch<RelationKind>, own: Group | undefined): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return false
  let k = m.first - 1
  while (k >= 0 && (['DET', 'ADJ'].includes(wordAt(s, k)?.pos ?? '') || (!!own && k >= own.first && k <= own.last))) k--
  if (s.tokens[k]?.lower !== 'with') return false
  const noun = wordAt(s, k - 1)
  return (noun?.pos === 'NOUN' || noun?.pos === 'PROPN') && !s.mentions.some((x) => x.first <= k - 1 && x.last >= k - 1)
}

/**
 * Whether the group is the object of the verb right before it (past an article): "visited India and China". Not a
 * possessor ("reflect Russia's attempt"), nor the subject of a verb after it ("recommended that APHIS and the RSO
 * take steps"), nor an object that does the infinitive after it ("invited Russia to join … as a partner").
 */
function verbObject(s: SentenceContext, g: Group): boolean {
  let i = g.first - 1
  while (i >= 0 && ARTICLES.has(s.tokens[i]!.lower)) i--
  if (i < 0 || wordAt(s, i)?.pos !== 'VERB' || s.tokens[g.last]!.possessive) return false
  // (Past a quotation's opening mark: 'indicated that the United States "has coordinated closely with …"'.)
  let j = g.last + 1
  while (QUOTE_MARKS.has(s.tokens[j]?.text ?? '')) j++
  // ("participating ESA countries": a name before a noun modifies it.)
  if (['VERB', 'AUX', 'NOUN'].includes(wordAt(s, j)?.pos ?? '')) return false
  // "directed HHS and other departments to engage in discussions with Congress": the object does what follows.
  for (let k = j; k < j + CONTROL_REACH && s.tokens[k]; k++) {
    if (s.tokens[k]!.lower === 'to' && wordAt(s, k + 1)?.pos === 'VERB') return false
    if (['VERB', 'AUX'].includes(wordAt(s, k)?.pos ?? '') || (wordAt(s, k)?.pos === 'PUNCT' && s.tokens[k]!.text !== ',')) break
  }
  return true
}
/** Words after a verb's object within which "to" and a verb make the object their doer: "directed HHS and other departments to engage". */
const CONTROL_REACH = 5
const QUOTE_MARKS = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES])

/**
 * The group is the object of a preposition ("between Thailand and Cambodia", "with the United States"), not the
 * subject of a clause a conjunction opens ("unless Washington and Tehran pull back", "until the US meets").
 */
function governed(s: SentenceContext, g: Group): boolean {
  const after = wordAt(s, g.last + 1)
  if (after?.pos === 'VERB' || after?.pos === 'AUX') return false
  const i = beforeDeterminers(s, g.first)
  return i >= 0 && (wordAt(s, i)?.pos === 'ADP' || PREPOSITIONS.has(s.tokens[i]!.lower))
}

/** The most words between an owner and the apposition that restates its noun: "’s largest defense conglomerate". */
const MAX_OWNED_NOUN = 5
/**
 * The actor an apposition names after a noun an owner holds ("Russia’s largest defense conglomerate (State
 * Corporation Rostec)", "Chile’s largest bank, Andes Bank"): the group right after the comma or the bracket, when only
 * adjectives and nouns stand between the owner and it.
 */
function ownedApposition(s: SentenceContext, groups: Group[], owner: Group): Group | undefined {
  if (!s.tokens[owner.last]!.possessive) return undefined
  let k = owner.last + 1
  while (k < s.tokens.length && k - owner.last <= MAX_OWNED_NOUN && ['ADJ', 'NOUN', 'NUM'].includes(wordAt(s, k)?.pos ?? '')) k++
  if (k === owner.last + 1 || ![',', '('].includes(s.tokens[k]?.text ?? '') || wordAt(s, k - 1)?.pos !== 'NOUN') return undefined
  let at = k + 1
  while (at < s.tokens.length && DETERMINERS.has(s.tokens[at]!.lower)) at++
  // (The words of its name before the actor's own: "State Corporation Rostec".)
  const named = (g: Group) => g.first >= at && s.tokens.slice(at, g.first).every((t) => t.cap)
  return groups.find((g) => g.first >= at && g.first - at <= MAX_NAME_LEAD && named(g))
}
/** How many capitalised words of a name may stand before the actor an apposition names: "State Corporation Rostec". */
const MAX_NAME_LEAD = 3

/** How many parties a relation's name may open with and still relate them: "the US-Philippines Treaty". */
const MAX_NAMED_PARTIES = 2
/**
 * A cue written with a capital inside a sentence belongs to a name: "Secretary of War", "Assistant to the
 * President", "the Artemis Accords", "Joint Trade Statements". It names an office or a document, not a relation,
 * unless the name opens with the two parties it joins ("the US-Philippines Mutual Defense Treaty"). A name opening
 * with three or more ("the A-B-C Agreement") names a regional pact: it says who signed it, not how they deal with each other.
 */
function inName(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  const t = s.tokens[m.first]!
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false
  const prev = s.tokens.slice(0, m.first).filter((x) => !x.punct || x.text !== '-').at(-1)
  if (!prev || /^[“"‘'(:—–]$/.test(prev.text)) return false
  return !groups.some((g) => g.actors.length > 1 && g.actors.length <= MAX_NAMED_PARTIES && g.last < m.first && m.first - g.last <= 2)
}

/**
 * "Manchester City supporters", "rival supporters": a cue word that is the name of a group of people, or an
 * adjective or noun modifying that name, names who they are, not a relation ("helping researchers" still relates).
 */
function inGroupName(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  const named = (g: Group) => g.mentions.every((x) => !s.tokens[x.first]!.cap || x.first === 0)
  const modifies = m.first === m.last && ['ADJ', 'NOUN'].includes(wordAt(s, m.first)?.pos ?? '')
  return groups.some((g) => (g.first <= m.first && g.last >= m.last) || (modifies && g.first === m.last + 1 && named(g)))
}

/** Words that count a share of things before "of": "92% of deals", "most of the sanctions". */
const SHARE_WORDS = new Set(['%', 'percent', 'per cent', 'most', 'many', 'half', 'all', 'some', 'none', 'few', 'majority', 'share', 'number'])

/**
 * "92% of HSR-reported deals", "most of the deals": a plural cue noun counted as a share of all such acts names
 * no relation between the actors around it.
 */
function counted(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const w = wordAt(s, m.first)
  if (m.first !== m.last || w?.pos !== 'NOUN' || w.lemma === w.lower) return false
  let i = m.first - 1
  // Over determiners and modifiers, a hyphenated one too ("HSR-reported").
  const modifies = (k: number) => DETERMINERS.has(s.tokens[k]!.lower) || s.tokens[k]!.text.includes('-') || ['ADJ', 'NOUN'].includes(wordAt(s, k)?.pos ?? '')
  while (i >= 0 && modifies(i) && !s.mentions.some((x) => x.first <= i && x.last >= i)) i--
  if (s.tokens[i]?.lower !== 'of') return false
  const share = s.tokens[i - 1]
  return !!share && (SHARE_WORDS.has(share.lower) || wordAt(s, i - 1)?.pos === 'NUM')
}

/**
 * A one-word cue that modifies the noun after it ("competition laws", "deal activity", "war crimes", "the agreement’s
 * provisions") names a kind of
 * thing, not a relation — unless a preposition after the compound names the other side ("the sanctions regime
 * against Iran").
 */
function modifier(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (m.first !== m.last || wordAt(s, m.first)?.pos !== 'NOUN') return false
  // "clarification of the agreement’s provisions": a cue owning the noun after it names a thing, not a relation.
  if (s.tokens[m.last]!.possessive) return true
  const next = wordAt(s, m.last + 1)
  if (next?.pos !== 'NOUN') return false
  return !OTHER_SIDE.has(s.tokens[m.last + 2]?.lower ?? '')
}

/**
 * "the attacked Iranian nuclear facilities", "the sanctioned entities", "more targeted requests": a one-word participle
 * cue between a determiner (or an adverb of degree) and the noun it describes tells what the thing is, not who acts on whom in the sentence. (An owner
 * still acts: "his threatened deadline to destroy Iran’s bridges".)
 */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those'])
/** Adverbs of degree that make a participle after them an adjective: "more targeted requests". */
const DEGREE = new Set(['more', 'most', 'less', 'least'])
function attributive(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const prev = s.tokens[m.first - 1]
  // "drivers' alleged refusal": a common noun's possessive before it determines the noun as an article does.
  const determined = ARTICLES.has(prev?.lower ?? '') || DEGREE.has(prev?.lower ?? '') || (!!prev && commonPossessive(s, m.first - 1))
  // ("Sheffield’s alleged conduct": a participle the tagger reads as an adjective describes the noun whoever owns it.)
  const adjective = wordAt(s, m.first)?.pos === 'ADJ' && wordAt(s, m.last + 1)?.pos === 'NOUN'
  if (m.first !== m.last || !(determined || adjective) || !/ed$/.test(s.tokens[m.first]!.lower)) return false
  return ['NOUN', 'PROPN', 'ADJ'].includes(wordAt(s, m.last + 1)?.pos ?? '')
}

/**
 * "recommends regulatory and legislative proposals", "coercive tactics in pursuit of its aims": an adjective a starred
 * cue matches ("regulat*", "coerc*") says what kind its noun is, and relates no one — unless a preposition after
 * that noun names the other side ("retaliatory tariffs on Canada", "restrictive measures against X").
 */
function domainAdjective(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (m.first !== m.last || wordAt(s, m.first)?.pos !== 'ADJ' || !RE_DERIVED_ADJECTIVE.test(s.tokens[m.first]!.lower)) return false
  let noun = m.first + 1
  while (noun < s.tokens.length && ['ADJ', 'CCONJ'].includes(wordAt(s, noun)?.pos ?? '')) noun++
  if (wordAt(s, noun)?.pos !== 'NOUN') return false
  return !(OTHER_SIDE.has(s.tokens[noun + 1]?.lower ?? '') && wordAt(s, noun + 1)?.pos === 'ADP')
}
/** Adjectives derived from a relation's verb or noun: "regulatory", "coercive", "collaborative". */
const RE_DERIVED_ADJECTIVE = /(?:ory|ive)$/

/** Prepositions after a noun cue that name a party to it: "funding from X", "cooperation with Y". */
const PARTY_AFTER = new Set([...OTHER_SIDE, 'from', 'by', 'for', 'of', 'among'])

/**
 * "air quality, and transportation funding", "cost of living pressures": a one-word noun cue after a common noun
 * that modifies it names a kind of thing — unless actors are named right before the compound, words that rank it
 * between ("US-China trade tensions", "Israel's largest trading partner"), or a preposition after it names a party
 * ("defence cooperation with India").
 */
function kindOfThing(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  if (m.first !== m.last || m.first < 1 || wordAt(s, m.first)?.pos !== 'NOUN') return false
  const prev = s.tokens[m.first - 1]!
  if (wordAt(s, m.first - 1)?.pos !== 'NOUN' || prev.cap || prev.possessive) return false
  // ("Israel's largest trading partner", "the UK's 15th largest trading partner": past the words that rank it.)
  let j = m.first - 2
  while (j > 0 && ranks(s, j)) j--
  if (groups.some((g) => g.last >= j && g.first <= m.first - 1)) return false
  return !PARTY_AFTER.has(s.tokens[m.last + 1]?.lower ?? '')
}

/** Words that rank one of a kind (data/relations.json rankingWords): "main", "key". */
const RANKING = new Set<string>(DATA.relations.rankingWords)
/** A word that ranks one of a kind: a superlative ("largest", "second-largest"), an ordinal ("15th"), or RANKING. */
function ranks(s: SentenceContext, i: number): boolean {
  const w = s.tokens[i]!.lower
  return (wordAt(s, i)?.pos === 'ADJ' && /est$/.test(w)) || /^\d+(?:st|nd|rd|th)$/.test(w) || RANKING.has(w)
}

/**
 * "the largest promoter in the United States at the time", "deal activity across Europe": a state named alone,
 * by name, as the place of something. (A cue's own object stays: "invest in X".)
 */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'within', 'inside'])
/** Words of direction before a place: "Southern", "northern" (data/relations.json directionWords). */
const DIRECTION_WORDS = new Set<string>(DATA.relations.directionWords)
/** How many places that are no actors may come first in a list of places. */
const MAX_PLACE_LIST = 4
function isPlace(s: SentenceContext, g: Group): boolean {
  let i = g.first - 1
  // ("in Indiana, Ohio, and Pennsylvania": places listed after a name that is no actor are places too; not a
  // month, nor a clause's subject: "In March, Peru and Chile signed …".)
  const listed = (k: number) => [',', 'and', 'or'].includes(s.tokens[k]!.lower) && s.tokens[k - 1]!.cap && !CALENDAR_NAMES.has(s.tokens[k - 1]!.text)
  // (Before a verb, only over "and" or "or": "investments in Arizona and Ohio are …"; a comma may close a leading
  // phrase whose object is no place: "In March, Peru and Chile signed …".)
  const verbAfter = ['VERB', 'AUX'].includes(wordAt(s, g.last + 1)?.pos ?? '')
  for (let k = 0; k < MAX_PLACE_LIST && i > 0 && listed(i) && !(verbAfter && s.tokens[i]!.text === ','); k++) i -= 2
  // ("in the Gabon capital Libreville": a name after a noun of a place, and the name modifying it, are where.)
  if (placeNoun(wordAt(s, i))) {
    i--
    while (i > 0 && s.tokens[i]!.cap) i--
  }
  // ("in Southern California", "in northern Syria": a word of direction before the place is part of where.)
  if (DIRECTION_WORDS.has(s.tokens[i]?.lower ?? '')) i--
  if (s.tokens[i]?.lower === 'the') i--
  if (!PLACE_PREPOSITIONS.has(s.tokens[i]?.lower ?? '') || g.mentions.some((m) => m.kind !== 'name' && m.kind !== 'capital')) return false
  // "in the US-Japan missile defence matrix": a name modifying a noun is no place, unless the noun is one ("in the
  // Gabon capital Libreville").
  const next = wordAt(s, g.last + 1)
  return !next || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos) || placeNoun(next)
}
/** Nouns for a place within a state (data/relations.json placeNouns): "the Gabon capital", "the Tigray region". */
const PLACE_NOUNS = new Set<string>(DATA.relations.placeNouns)
const placeNoun = (w: Word | undefined) => w?.pos === 'NOUN' && PLACE_NOUNS.has(w.lemma)

/** Verbs of going somewhere (data/relations.json motionVerbs), by lemma: "returned to the White House". */
const MOTION_VERBS = new Set<string>(DATA.relations.motionVerbs)
const DESTINATION_MARKERS = new Set(['to', 'into', 'at'])
/**
 * "since Trump returned to the White House", "after the envoy travelled to Moscow": an actor after a verb of going
 * and its "to", "into" or "at" is where someone goes, no side of a cue outside that verb.
 */
function isDestination(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  // (An owner is no place: "Peru came to Chile’s aid".)
  if (s.tokens[g.last]!.possessive) return false
  const i = beforeDeterminers(s, g.first)
  if (!DESTINATION_MARKERS.has(s.tokens[i]?.lower ?? '')) return false
  const verb = i - 1
  return verb >= 0 && (verb < m.first || verb > m.last) && wordAt(s, verb)?.pos === 'VERB' && MOTION_VERBS.has(wordAt(s, verb)!.lemma.toLowerCase())
}

/**
 * "engagements during the second Trump Administration", "talks since the Obama presidency": an actor named after a
 * time preposition (and a determiner, adjectives or an ordinal) dates what comes before it; it is no side of a cue
 * before it. (An owner stays: "after Moscow’s test" names whose test.)
 */
function isTime(s: SentenceContext, g: Group): boolean {
  if (s.tokens[g.last]!.possessive) return false
  let i = g.first - 1
  while (i >= 0 && (DETERMINERS.has(s.tokens[i]!.lower) || ['ADJ', 'NUM'].includes(wordAt(s, i)?.pos ?? ''))) i--
  // ("tariffs on steel following a Commerce Department investigation": the tagger may read "following" as a verb;
  // after no auxiliary it is the preposition — "is following the case" keeps its verb.)
  const following = s.tokens[i]?.lower === 'following' && wordAt(s, i)?.pos === 'VERB' && wordAt(s, i - 1)?.pos !== 'AUX'
  return i >= 0 && TIME_PREPOSITIONS.has(s.tokens[i]!.lower) && (wordAt(s, i)?.pos === 'ADP' || following)
}

/** The ids of states (the gazetteer's). */
const STATE_FORMS = new Set([...STATIC_LEXICON.entries.values()].filter((e) => e.type === 'state').map((e) => e.id))

/**
 * Words before a body that make it where an act takes place: "filed a lawsuit in the District Court", "before the
 * court" (not "at": "fired tear gas at protesters" names the target).
 */
const VENUE_PREPOSITIONS = new Set(['in', 'before'])

/**
 * "filed a lawsuit in the U.S. District Court": a body after the cue, named after "in" or "before" (and a
 * determiner, adjectives or the state whose it is), is where a directed act takes place, not whom it acts on.
 */
function isVenue(s: SentenceContext, g: Group, cueLast: number): boolean {
  // A state after "in" is a place, not a venue: isPlace decides ("strikes on sites in Pakistan" still hit Pakistan).
  if (g.first <= cueLast + 1 || g.mentions.some((m) => m.kind !== 'name' || STATE_FORMS.has(m.actor))) return false
  let i = g.first - 1
  const modifier = (k: number) => DETERMINERS.has(s.tokens[k]!.lower) || wordAt(s, k)?.pos === 'ADJ' || (s.tokens[k]!.cap && !s.tokens[k]!.punct) || s.tokens[k]!.text === '.'
  while (i > cueLast && modifier(i)) i--
  return i > cueLast && VENUE_PREPOSITIONS.has(s.tokens[i]!.lower) && wordAt(s, i)?.pos === 'ADP'
}

/**
 * "According to CNN, multiple officials pressured Trump": an actor named after "according to" is the source of what the
 * sentence reports, no side of it — unless the cue is inside the source's own noun phrase ("according to NIH
 * scientists and University of Oxford collaborators").
 */
function isSource(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (trailingSpeaker(s, g, m)) return true
  const i = beforeDeterminers(s, g.first)
  if (s.tokens[i]?.lower !== 'to' || s.tokens[i - 1]?.lower !== 'according') return false
  let end = g.last + 1
  while (end < s.tokens.length && !s.tokens[end]!.punct && (SOURCE_PHRASE.has(wordAt(s, end)?.pos ?? '') || s.tokens[end]!.lower === 'of')) end++
  return !(m.first > g.last && m.first < end)
}
/** How many words of a title may stand between a trailing speech verb and the speaker: "said Attorney General Sessions". */
const MAX_SPEAKER_TITLE = 4
/** Marks that close the words a trailing attribution reports. */
const REPORT_ENDS = new Set([',', '”', '"', '’'])

/**
 * "… violated export controls …, said Attorney General Sessions", "… shipped technology to Iran,” Priestap said": the
 * one who says the words, named after them, is no side of a cue in them.
 */
function trailingSpeaker(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (g.first <= m.last) return false
  const report = (k: number) => k > m.last && REPORT_ENDS.has(s.tokens[k]?.text ?? '')
  // ", said [Attorney General] Sessions"
  let i = g.first - 1
  while (i > m.last && g.first - i <= MAX_SPEAKER_TITLE && (s.tokens[i]!.cap || DETERMINERS.has(s.tokens[i]!.lower)) && !SAYING_VERBS.has(s.tokens[i]!.lower)) i--
  if (SAYING_VERBS.has(s.tokens[i]?.lower ?? '') && report(i - 1)) return true
  // ", Sessions said."
  const verb = s.tokens[g.last + 1]
  return !!verb && SAYING_VERBS.has(verb.lower) && report(g.first - 1) && (g.last + 2 >= s.tokens.length || s.tokens[g.last + 2]!.punct)
}

/** Parts of speech of the noun phrase that names a source after "according to". */
const SOURCE_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'CCONJ', 'NUM', 'PART'])

/** Social media platforms by name (data/relations.json platforms). */
const PLATFORMS = new Set<string>(DATA.relations.platforms)
/** Prepositions before a platform where someone speaks: "on Twitter", "via Facebook". */
const PLATFORM_PREPOSITIONS = new Set(['on', 'via', 'through', 'over'])
/**
 * "criticized the decision on Twitter", "the government of Guatemala's Twitter account": a social media platform
 * named after "on", "via", "through" or "over", or before a noun, is where someone speaks, no side of a relation.
 */
function isPlatform(s: SentenceContext, g: Group): boolean {
  if (g.mentions.length !== 1 || !PLATFORMS.has(s.tokens.slice(g.first, g.last + 1).map((t) => t.text).join(' '))) return false
  return PLATFORM_PREPOSITIONS.has(s.tokens[beforeDeterminers(s, g.first)]?.lower ?? '') || (!s.tokens[g.last]!.possessive && wordAt(s, g.last + 1)?.pos === 'NOUN')
}

/** A preposition stands before the group, past its determiners and "both" ("in both A and B", "of the A-B"). */
function afterPreposition(s: SentenceContext, g: Group): boolean {
  let i = g.first - 1
  while (i >= 0 && (DETERMINERS.has(s.tokens[i]!.lower) || s.tokens[i]!.lower === 'both')) i--
  return i >= 0 && (wordAt(s, i)?.pos === 'ADP' || PREPOSITIONS.has(s.tokens[i]!.lower))
}

/** The open and close brackets around token `i`, innermost first, or undefined when it stands in none. */
function bracketAround(s: SentenceContext, i: number): [number, number] | undefined {
  let open = i - 1
  for (let depth = 0; open >= 0; open--) {
    const t = s.tokens[open]!.text
    if (t === ')') depth++
    else if (t === '(' && depth-- === 0) break
  }
  if (open < 0) return undefined
  let close = i + 1
  for (let depth = 0; close < s.tokens.length; close++) {
    const t = s.tokens[close]!.text
    if (t === '(') depth++
    else if (t === ')' && depth-- === 0) break
  }
  return close < s.tokens.length ? [open, close] : undefined
}

/**
 * Not a prepositional object ("of Yemen"), nor the owner of a verb's object ("rescinded FHWA’s approval"), nor an
 * aside in parentheses.
 */
function isSubject(s: SentenceContext, g: Group): boolean {
  const prev = s.tokens[g.first - 1]?.lower ?? ''
  if (PREPOSITIONS.has(prev)) return false
  if (s.tokens[g.last]!.possessive && wordAt(s, g.first - 1)?.pos === 'VERB') return false
  let depth = 0
  for (let i = 0; i < g.first; i++) depth += s.tokens[i]!.text === '(' ? 1 : s.tokens[i]!.text === ')' ? -1 : 0
  return depth <= 0
}

/**
 * "supporter of arming Kyiv and applying sanctions against Moscow", "will tell Nato, and try to persuade Trump": an
 * actor that is one verb's object, followed by "and" or "or" and a second verb that leads to the cue, is no subject
 * of that verb; coordinated verbs share their subject, named before the first (or not at all).
 */
function coordinatedObject(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  const i = beforeDeterminers(s, g.first)
  if (i < 0 || !(wordAt(s, i)?.pos === 'VERB' || gerund(s, i))) return false
  let j = g.last + 1
  if (s.tokens[j]?.text === ',') j++
  if (!COORDINATORS.has(s.tokens[j]?.lower ?? '')) return false
  for (let k = j + 1; k <= m.first && k < s.tokens.length; k++) if (wordAt(s, k)?.pos === 'VERB') return true
  return false
}

/** An actor's name ends right before the cue, past auxiliaries, adverbs and particles: "the FTC will require". */
function subjectRightBefore(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const k = beforeVerbGroup(s, m.first)
  return s.mentions.some((x) => x.last === k)
}

/** The token before the verb group that ends at `at` (its auxiliaries, adverbs and particles): where its subject ends. */
function beforeVerbGroup(s: SentenceContext, at: number): number {
  let k = at - 1
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(wordAt(s, k)?.pos ?? '')) k--
  return k
}

/** Words that join two predicates sharing one subject: "served under X and backed Y". */
const PREDICATE_JOINERS = new Set(['and', 'or', 'but'])
/** What may stand between a predicate's coordinator and its cue: "and [later] condemned", "and [was a] supporter". */
const PREDICATE_LEADS = new Set(['AUX', 'ADV', 'PART', 'DET', 'ADJ'])

/**
 * "His father served under President Sukarno, and was a supporter of Suharto’s New Order", "Brazil signed a deal with
 * Chile and later condemned Peru": the group stands after the first finite verb of the clause (from `start`) and
 * before "and", "or" or "but" that opens the cue's own predicate (a verb or an auxiliary after the coordinator, before
 * the cue). The two predicates share the subject named before the first verb; the group is in the first one's phrase.
 */
function inFirstPredicate(s: SentenceContext, g: Group, m: CueMatch<RelationKind>, start: number): boolean {
  let k = m.first - 1
  let verbal = wordAt(s, m.first)?.pos === 'VERB'
  let auxiliary = false
  while (k > g.last && PREDICATE_LEADS.has(wordAt(s, k)?.pos ?? '')) {
    if (wordAt(s, k)?.pos === 'AUX') verbal = auxiliary = true
    k--
  }
  // (Not a reduced passive's: "the instrument, led by researchers at X and supported by Y", where the passive rules
  // decide. A passive with its auxiliary is a predicate of its own: "Turkey is under EU sanctions, and was condemned
  // by Egypt".)
  if (!auxiliary && (passive(s, m.first) || s.tokens.slice(m.first, m.last + 2).some((t) => t.lower === 'by'))) return false
  if (!verbal || k <= g.last || !PREDICATE_JOINERS.has(s.tokens[k]!.lower)) return false
  // (Not an actor in a clause the first verb reports: "The ARB found that U.S. agencies responded and assisted X".)
  // (The first predicate's verb may be a copula: "Turkey is under EU sanctions, and was condemned by Egypt".)
  let verb = g.first - 1
  while (verb >= start && !finiteVerbAt(s, verb) && !copulaAt(s, verb)) verb--
  if (verb < start) return false
  for (let i = verb + 1; i < g.first; i++) if (s.tokens[i]!.lower === 'that' || wordAt(s, i)?.pos === 'SCONJ') return false
  return true
}

/** A word in -ing after a preposition is a verb's gerund, whatever its tag: "supporter of arming Kyiv". */
function gerund(s: SentenceContext, i: number): boolean {
  return s.tokens[i]!.lower.endsWith('ing') && wordAt(s, i)?.pos === 'NOUN' && wordAt(s, i - 1)?.pos === 'ADP'
}

/** An actor, not possessive, right before a common noun other than the cue: "U.S. institutions", "the CCC authority". */
function nounModifier(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  return !s.tokens[g.last]!.possessive && g.last + 1 !== m.first && wordAt(s, g.last + 1)?.pos === 'NOUN' && !s.tokens[g.last + 1]!.cap
}

/** Words that may stand between a verb and the actor modifying its object's noun: "use the annual EU summit". */
const OBJECT_LEADS = new Set(['DET', 'ADJ', 'NUM'])

/**
 * "plans to use the EU summit to urge …": an actor modifying the noun of a verb's object is no subject of a verb
 * after it (a verb of speech opens a clause whose subject it may be: "said the US military struck …"). When that
 * noun is the cue itself, the actor is whose the cue is ("until Washington meets Iranian demands").
 */
function objectModifier(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (s.tokens[g.last]!.possessive || g.last + 1 >= m.first || wordAt(s, g.last + 1)?.pos !== 'NOUN') return false
  let i = g.first - 1
  while (i >= 0 && OBJECT_LEADS.has(wordAt(s, i)?.pos ?? '')) i--
  return i >= 0 && wordAt(s, i)?.pos === 'VERB' && !SPEECH.has(s.tokens[i]!.lower)
}

/**
 * "an ICC arrest warrant for the aggression against Ukraine": an actor modifying a noun that a preposition links to
 * a noun cue names whose the first noun is, not who does what the cue names.
 */
function modifiesOtherNoun(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN' || s.tokens[g.last]!.possessive || wordAt(s, g.last + 1)?.pos !== 'NOUN') return false
  for (let i = g.last + 2; i < m.first; i++) {
    const pos = wordAt(s, i)?.pos
    if (pos === 'ADP') return true
    if (pos !== 'NOUN' && pos !== 'ADJ') return false
  }
  return false
}

/** Words that open a clause saying when or why: the subject of a verb after one is named after it. */
const SUBORDINATORS = new Set(['since', 'because', 'after', 'when', 'while', 'until', 'before', 'although', 'though', 'whereas', 'once'])
/** What may stand between "and" and a noun cue in a list: "and [countering] threats", "and [the growing] threats". */
const LIST_ITEM_LEAD = new Set(['DET', 'ADJ', 'ADV', 'NUM'])

/**
 * The group is the member before a noun cue's own in a list ("addressing the challenge of an assertive China and
 * countering threats from North Korea", "discussed China and threats from North Korea"): a sibling of the cue's
 * phrase, not the one it acts on.
 */
function siblingOfNoun(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return false
  let i = m.first - 1
  while (i > g.last && (LIST_ITEM_LEAD.has(wordAt(s, i)?.pos ?? '') || (wordAt(s, i)?.pos === 'VERB' && s.tokens[i]!.lower.endsWith('ing')))) i--
  if (i <= g.last || !['and', 'or'].includes(s.tokens[i]!.lower)) return false
  i--
  while (i > g.last && [')', ']', '”', '"', '’'].includes(s.tokens[i]!.text)) {
    // Past a bracket back to its opening: "China (PRC, or China) and …".
    if (s.tokens[i]!.text === ')') {
      while (i > g.last && s.tokens[i]!.text !== '(') i--
      if (s.tokens[i]!.text === '(') i--
      continue
    }
    i--
  }
  return i === g.last
}

/** Verbs by which a thing goes to someone, by the preposition naming that one (data/relations.json handingVerbs). */
const HANDING = new Map(Object.entries(DATA.relations.handingVerbs as Record<string, string[]>).flatMap(([preposition, verbs]) => verbs.map((v) => [v, preposition] as const)))

/**
 * The group a noun cue goes to when it is the subject of a verb of handing over in the passive, the auxiliary at
 * `aux`: "[Iranian assistance] is received by [the Houthis]", "[Chilean aid] was given to [Peru]".
 */
function handedTo(s: SentenceContext, groups: Group[], aux: number): Group | undefined {
  let i = aux
  while (['AUX', 'ADV', 'PART'].includes(wordAt(s, i)?.pos ?? '')) i++
  const verb = wordAt(s, i)
  const preposition = verb?.pos === 'VERB' ? HANDING.get(verb.lemma.toLowerCase()) : undefined
  if (!preposition || s.tokens[i + 1]?.lower !== preposition) return undefined
  return groups.find((g) => g.first > i + 1 && beforeDeterminers(s, g.first) === i + 1)
}

/** Words that open a clause on a condition: "if", "unless". */
const CONDITIONS = new Set(['if', 'unless'])

/**
 * The group is in a subordinate clause that a comma closes before the cue, in the clause the cue is in: "[If Peru
 * does not comply,] the government will sanction Chile", "He added that [if RIM doesn't comply …,] the government will
 * block …". Its subject is none of the main clause's.
 */
function inLeadingClause(s: SentenceContext, g: Group, m: CueMatch<RelationKind>): boolean {
  let opener = -1
  for (let i = g.first - 1; i >= 0 && opener < 0; i--) {
    const t = s.tokens[i]!
    if (t.text === ';' || t.text === ':') return false
    if ((SUBORDINATORS.has(t.lower) || CONDITIONS.has(t.lower)) && wordAt(s, i)?.pos === 'SCONJ') opener = i
  }
  if (opener < 0) return false
  const end = leadingClauseEnd(s, opener)
  return end > g.last && end < m.first && !s.tokens.slice(end + 1, m.first).some((t, k) => wordAt(s, end + 1 + k)?.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(t.lower))
}

/**
 * The comma that closes the clause a subordinator at `opener` opens: the first after the clause's verb (which comes
 * before any comma) that no other comma parts from the next verb ("Since Putin launched his unprovoked, unjustified
 * invasion … a week ago[,] the community has spoken": not the commas of a list of adjectives); -1 when none does.
 */
function leadingClauseEnd(s: SentenceContext, opener: number): number {
  let verb = false
  for (let c = opener + 1; c < s.tokens.length; c++) {
    if (finiteVerbAt(s, c) || wordAt(s, c)?.pos === 'AUX') verb = true
    // ("Because of its drilling operations there, Turkey is …": a comma before any verb closes a phrase, no clause.)
    if (s.tokens[c]!.text === ',' && !verb) return -1
    if (s.tokens[c]!.text !== ',') continue
    for (let k = c + 1; k < s.tokens.length && s.tokens[k]!.text !== ','; k++) if (finiteVerbAt(s, k) || wordAt(s, k)?.pos === 'AUX') return c
  }
  return -1
}

/** The verb cue is in a relative clause (", which …") whose subject is the pronoun, standing for a noun no actor is part of. */
function thingAntecedent(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, start: number): boolean {
  if (wordAt(s, m.first)?.pos !== 'VERB') return false
  let i = m.first - 1
  // ("the Senate report on corruption which accused Ali Bongo": "which" right after its noun opens one too.)
  const opens = (k: number) => RELATIVE_PRONOUNS.has(s.tokens[k]!.lower) && (s.tokens[k - 1]!.text === ',' || (s.tokens[k]!.lower === 'which' && wordAt(s, k - 1)?.pos === 'NOUN'))
  while (i > start && !opens(i)) {
    if (s.tokens[i]!.punct) return false
    i--
  }
  const noun = s.tokens[i - 1]?.text === ',' ? i - 2 : i - 1
  // (An actor between the pronoun and the verb is the clause's subject: "a proposal, which Iran rejected".)
  if (i <= start || !RELATIVE_PRONOUNS.has(s.tokens[i]!.lower) || wordAt(s, noun)?.pos !== 'NOUN' || groups.some((g) => g.first > i && g.first < m.first)) return false
  // (The noun with its modifiers: "the US-Japan missile defence matrix, which threatens Beijing" is the allies'.)
  let k = noun
  while (k > start && ['NOUN', 'ADJ', 'NUM'].includes(wordAt(s, k - 1)?.pos ?? '') && !s.tokens[k - 1]!.cap) k--
  // ("Peru – a state which has fought Chile –": a noun set off after an actor, in apposition, describes that actor.)
  let lead = k - 1
  while (lead >= 0 && wordAt(s, lead)?.pos === 'DET') lead--
  if (noun === i - 1 && ['–', '—', '-', ',', '('].includes(s.tokens[lead]?.text ?? '')) return false
  return !groups.some((g) => g.last >= k - 1 && g.first <= noun)
}

/**
 * Where the clause of a verb cue starts when a subordinator opens it ("…, and one seat is vacant since [the Senate
 * rejected …]"): right after the subordinator, or `start` for a noun cue or a cue in no such clause.
 */
function subordinateStart(s: SentenceContext, m: CueMatch<RelationKind>, start: number): number {
  if (wordAt(s, m.first)?.pos !== 'VERB') return start
  for (let i = m.first - 2; i >= start; i--) if (SUBORDINATORS.has(s.tokens[i]!.lower) && wordAt(s, i)?.pos === 'SCONJ') return i + 1
  return start
}

/**
 * The subject before `at`: the first group there that a verb follows ("Brazil attacked …", "Following X’s test, the
 * council issued …"), not an owner ("X’s test") nor an object; none when no actor is the subject.
 */
function subjectActors(s: SentenceContext, groups: Group[], at: { first: number }): string[] {
  const verbNext = (g: Group) => ['VERB', 'AUX'].includes(wordAt(s, g.last + 1)?.pos ?? '')
  return groups.find((g) => g.last < at.first && !s.tokens[g.last]!.possessive && isSubject(s, g) && verbNext(g))?.actors ?? []
}

/**
 * A group led by "with" and perhaps a determiner: "with Berlin’s full backing", "with the EU’s support", "with
 * Mexico, the GCC and India".
 */
function ledByWith(s: SentenceContext, g: Group): boolean {
  return s.tokens[beforeDeterminers(s, g.first)]?.lower === 'with'
}

/** The token before `at`, past the determiners right before it: "with [the] EU", "including [the] sanctions"; -1 at the start. */
function beforeDeterminers(s: SentenceContext, at: number): number {
  let i = at - 1
  while (i >= 0 && DETERMINERS.has(s.tokens[i]!.lower)) i--
  return i
}

/** The nearest group before `at` with actors not in `exclude`: the subject when the object repeats the same actor. */
function earlier(groups: Group[], at: { first: number }, exclude: string[]): string[] {
  const g = groups.filter((x) => x.last < at.first && x.actors.some((a) => !exclude.includes(a))).at(-1)
  return g?.actors.filter((a) => !exclude.includes(a)) ?? []
}

/** A group after the cue led by "about", "concerning", "on" …, with only a few words between. */
function isTopic(s: SentenceContext, g: Group, cueLast: number): boolean {
  if (g.first <= cueLast) return false
  for (let i = g.first - 1; i >= Math.max(cueLast + 1, g.first - TOPIC_WINDOW); i--) {
    const t = s.tokens[i]!
    if (TOPIC_PREPOSITIONS.has(t.lower)) return true
    // "cooperation in … regional concerns including DPRK, Iran", "issues such as Taiwan": examples of a noun of issues
    // are topics too.
    const noun = s.tokens[i - 1]?.lower === 'such' ? s.tokens[i - 2] : s.tokens[i - 1]
    if (EXAMPLE_LEADS.has(t.lower) && TOPIC_NOUNS.has(noun?.lower ?? '')) return true
    if (t.punct || t.cap) return false
  }
  return false
}
/** Nouns of issues whose examples are topics (data/relations.json topicNouns). */
const TOPIC_NOUNS = new Set<string>(DATA.relations.topicNouns)

/** Groups less the actors right after "exclude"/"without": "talks that exclude Moscow". */
function withoutExcluded(s: SentenceContext, groups: Group[]): Group[] {
  return groups.filter((g) => !EXCLUDERS.has(s.tokens[g.first - 1]?.lower ?? '') && !opensPactName(s, g) && !inThingName(s, g) && !stanceOf(s, g))
}

/** The comma that ends a phrase with no finite verb opening the sentence ("On a visit to Brazil, …"), or -1. */
function leadingPhraseEnd(s: SentenceContext): number {
  const comma = s.tokens.findIndex((t) => t.text === ',')
  if (comma < 0) return -1
  return clauseVerbBetween(s, -1, comma) ? -1 : comma
}

/** The comma that ends a participle clause opening the sentence ("Celebrating X’s attacks, they …"), or -1. */
function openingParticiple(s: SentenceContext): number {
  const first = wordAt(s, 0)
  if (first?.pos !== 'VERB' || !/ing$/.test(first.lower)) return -1
  return s.tokens.findIndex((t) => t.text === ',')
}

/** Prefixes that make a name an attitude's: "pro-Hamas", "anti-American". */
const STANCE_PREFIXES = new Set(['pro', 'anti'])

/** "pro-Hamas vandalism", "anti-American colleges": a name after "pro-" or "anti-" tells a stance of someone else, not an actor in the sentence. */
function stanceOf(s: SentenceContext, g: Group): boolean {
  const [dash, lead] = [s.tokens[g.first - 1], s.tokens[g.first - 2]]
  return dash?.text === '-' && !!lead && STANCE_PREFIXES.has(lead.lower) && lead.end === dash.start && dash.end === s.tokens[g.first]!.start
}

/** How many capitalised words may follow an actor inside a thing's name before its head: "America First Trade Promotion Program". */
const MAX_THING_NAME_WORDS = 5
/** Small words a thing's name may hold between its capitalised words: "Confidence in Elections Act". */
const NAME_LINKS = new Set(['of', 'in', 'for', 'and', 'the', 'to', 'on'])

/**
 * "the Let America Vote Act", "the America First Trade Promotion Program": one actor inside the capitalised name of
 * a law, programme or place (data/actors.json thingHeads), with another capitalised word before the head, is part
 * of that name; it takes no part in a cue around it. (A head that is itself a cue, "the US-Iran Deal", is left to
 * the cue's own rules, and so are the parties opening a pact's name.)
 */
function inThingName(s: SentenceContext, g: Group): boolean {
  if (g.actors.length > 1 || s.tokens[g.last]!.possessive) return false
  let words = 0
  for (let k = g.last + 1; k < s.tokens.length && words < MAX_THING_NAME_WORDS; k++) {
    const t = s.tokens[k]!
    if (NAME_LINKS.has(t.text) && s.tokens[k + 1]?.cap) continue
    // "American Confidence in Elections (ACE) Act": the name's acronym in brackets stays inside it.
    if (t.text === '(' && s.tokens[k + 2]?.text === ')' && s.tokens[k + 1]!.cap) {
      k += 2
      continue
    }
    if (!t.cap || t.punct || s.mentions.some((x) => x.first <= k && x.last >= k)) return false
    if (THING_HEADS.has(t.text) && !RELATION_CUES.at(s.tokens, k)) return words > 0 || s.tokens.slice(0, g.first).some((x, i) => i === g.first - 1 && x.cap && !x.punct)
    words++
  }
  return false
}

const THING_HEADS = new Set<string>(DATA.actors.thingHeads)
/** How many capitalised words may stand between a name's parties and its head: "A-B-C Free Trade Agreement". */
const MAX_PACT_WORDS = 3

/**
 * "the United States-Mexico-Canada Agreement": three or more parties opening a document's name say who signed it;
 * the name is no side of a cue ("renew the A-B-C Agreement, because the deal …"), as in inName.
 */
function opensPactName(s: SentenceContext, g: Group): boolean {
  if (new Set(g.actors).size <= MAX_NAMED_PARTIES || s.tokens[g.last]!.possessive) return false
  for (let k = g.last + 1; k <= g.last + MAX_PACT_WORDS && s.tokens[k]?.cap && !s.tokens[k]!.punct; k++) if (THING_HEADS.has(s.tokens[k]!.text)) return true
  return false
}

/** The nearest group on one side of the cue, or on the other side when there is none there. */
function nearest(groups: Group[], at: number, direction: 1 | -1, exclude: string[] = []): string[] {
  const usable = groups.filter((g) => g.actors.some((a) => !exclude.includes(a)))
  const before = usable.filter((g) => g.last < at).at(-1)
  const after = usable.find((g) => g.first > at)
  const pick = direction < 0 ? (before ?? after) : (after ?? before)
  return pick?.actors.filter((a) => !exclude.includes(a)) ?? []
}

/** Character ranges of quoted words longer than scare quotes: what a speaker said. */
function spokenRanges(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”|"[^"]*"/g)].filter((m) => m[0].split(/\s+/).length > 3).map((m) => [m.index, m.index + m[0].length])
}

/**
 * "a 2025 statement posited that “Russia is very unlikely to use nuclear weapons in the conflict …”": a cue inside
 * a speaker's quoted words relates only the actors those words name; whoever is quoted, or named around the
 * quotation, takes no part in it.
 */
function insideQuote(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>, spoken: [number, number][]): Group[] {
  const range = spoken.find(([a, b]) => s.tokens[m.first]!.start >= a && s.tokens[m.last]!.end <= b)
  if (!range) return groups
  // 'officials said that the United States "has coordinated closely with …"': a quotation that opens on a verb
  // goes on with the sentence's own clause, whose subject, named right before it, is the quoted verb's too.
  const open = s.tokens.findIndex((t) => t.start === range[0])
  const subject = groups.find((g) => g.last === open - 1)
  const continues = !!subject && ['VERB', 'AUX'].includes(wordAt(s, open + 1)?.pos ?? '')
  return groups.filter((g) => (continues && g === subject) || (s.tokens[g.first]!.start >= range[0] && s.tokens[g.last]!.end <= range[1]))
}

/**
 * A directed relation read both ways in one sentence ("the court enjoined the Secretary and DOT from taking any
 * action to enforce …" read as each pressing the other) keeps the way from the actor the sentence names first: the
 * subject acts on the object, not the other way round.
 */
function oneWay(s: SentenceContext, links: Link[]): Link[] {
  const key = (a: string, b: string, kind: RelationKind) => `${a}|${b}|${kind}`
  const all = new Set(links.map(([a, b, kind]) => key(a, b, kind)))
  const at = (id: string) => s.mentions.find((m) => m.actor === id)?.first ?? Infinity
  return links.filter(([a, b, kind]) => KINDS[kind].symmetric || !all.has(key(b, a, kind)) || at(a) < at(b))
}

/** Character ranges of scare quotes: one to three words in quotation marks (“hostile”), not a speaker's sentence. */
function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)/g)]
    .filter((m) => m[0].split(/\s+/).length <= 3)
    .map((m) => [m.index, m.index + m[0].length])
}

/** Every actor of one side with every actor of the other. */
function across(a: string[], b: string[], kind: RelationKind): Link[] {
  return [...new Set(a)].flatMap((x) => [...new Set(b)].filter((y) => y !== x).map((y): Link => [x, y, kind]))
}

function pairs(actors: string[], kind: RelationKind): Link[] {
  const unique = [...new Set(actors)]
  const out: Link[] = []
  for (let i = 0; i < unique.length; i++)
    for (let j = i + 1; j < unique.length; j++) out.push([unique[i]!, unique[j]!, kind])
  return out
}

/** A wish word ("urged", "hopes", "called on") earlier in the sentence than token `at`. */
function wishedFor(s: SentenceContext, at: number, from = 0): boolean {
  return WISHES.all(s.tokens).some((w) => w.first >= from && w.last < at)
}

/**
 * "protocols for what I should do if ever there was a disagreement between Conservancy and FSF": a cue in a clause
 * opened by a conditional word (data/relations.json) supposes the relation; it does not state it. So does one after a
 * verb of weighing in a sentence with a modal (deliberated), anywhere in its clause.
 */
function supposed(s: SentenceContext, at: number): boolean {
  for (let i = at - 1; i >= 0 && !s.tokens[i]!.punct; i--) if (CONDITIONALS.some((c) => c.every((part, k) => s.tokens[i + k]?.lower === part))) return true
  for (let i = at - 1; i >= clauseOf(s, at)[0]; i--) if (deliberated(s, i)) return true
  return false
}

/**
 * "Congress may consider whether to support X", "could debate the role of tariffs, and monitor collaboration with
 * Mexico": a verb of weighing (data/relations.json deliberations) in a sentence that a modal of possibility makes an
 * option opens a clause that weighs what follows; it does not state it.
 */
function deliberated(s: SentenceContext, i: number): boolean {
  if (!DELIBERATIONS.has(s.tokens[i]!.lower) || wordAt(s, i)?.pos !== 'VERB') return false
  for (let k = 0; k < i; k++) if (MODALS.has(s.tokens[k]!.lower) && wordAt(s, k)?.pos === 'AUX') return true
  return false
}

/** How far back from a noun cue the verb whose object it is may stand. */
const GOVERNOR_WINDOW = 6

/**
 * The verb whose object a noun cue heads: "have never established formal diplomatic ties" → "established",
 * "terminated the November 2024 agreement" → "terminated". Undefined for a cue that is no noun or has no such verb.
 */
function governingVerb(s: SentenceContext, m: CueMatch<RelationKind>): number | undefined {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return undefined
  for (let i = m.first - 1; i >= Math.max(0, m.first - GOVERNOR_WINDOW); i--) {
    const pos = wordAt(s, i)?.pos
    if (pos === 'VERB') return i
    if (!(pos && NOUN_PHRASE_POS.has(pos)) && s.tokens[i]!.text !== '-') return undefined
  }
  return undefined
}

/**
 * The auxiliary of a verb a noun cue is the subject of, right after it or after a noun joined to it ("the
 * prosecution and sentencing were"), if any.
 */
function subjectOf(s: SentenceContext, m: CueMatch<RelationKind>): number | undefined {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return undefined
  let i = m.last + 1
  if ((s.tokens[i]?.lower === 'and' || s.tokens[i]?.lower === 'or') && wordAt(s, i + 1)?.pos === 'NOUN') i += 2
  // An auxiliary only: a participle after the noun may describe it ("sanctions imposed by Japan").
  return wordAt(s, i)?.pos === 'AUX' ? i : undefined
}

/**
 * "deter aggression", "counter coercion", "combat terrorism": a one-sided noun cue that a verb of preventing or
 * resisting governs (data/relations.json preventingVerbs) names an act kept from happening. Only the sides the noun
 * names itself make it one: an actor modifying it ("deter Russian aggression") or one its preposition names ("prevent
 * attacks by X on Y").
 */
function preventedAct(s: SentenceContext, groups: Group[], m: CueMatch<RelationKind>): boolean {
  if (KINDS[m.cue.value].symmetric) return false
  const verb = governingVerb(s, m)
  if (verb === undefined || verb === m.first || !PREVENTING_VERBS.has(wordAt(s, verb)?.lemma.toLowerCase() ?? '')) return false
  const named = groups.some((g) => (g.last < m.first && g.last >= verb) || (g.first > m.last && g.first <= m.last + 2 && OWN_SIDE_PREPOSITIONS.has(s.tokens[m.last + 1]?.lower ?? '')))
  return !named
}
const PREVENTING_VERBS = new Set<string>(DATA.relations.preventingVerbs)
const OWN_SIDE_PREPOSITIONS = new Set(['by', 'from', 'against', 'on', 'of'])

/** A noun cue whose governing verb is a directed cue of another kind ("condemned the aggression"). */
function judgedAct(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  const verb = governingVerb(s, m)
  if (verb === undefined || verb === m.first) return false
  const governor = RELATION_CUES.at(s.tokens, verb)
  return !!governor && governor.cue.value !== m.cue.value && !KINDS[governor.cue.value].symmetric
}

/**
 * "bar defense contractors from working with Anthropic", "banned firms from cooperating with X": a cue in "-ing" after
 * "from" that a verb of barring (data/relations.json barringVerbs) governs is kept from happening.
 */
function barredCue(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (s.tokens[m.first - 1]?.lower !== 'from' || !s.tokens[m.first]!.lower.endsWith('ing')) return false
  // (The barred may be a list: "bar its contractors, suppliers, and partners from …".)
  for (let i = m.first - 2; i >= Math.max(0, m.first - 1 - MAX_BARRED_OBJECT); i--) {
    if (s.tokens[i]!.text === ';' || s.tokens[i]!.text === ':') return false
    if (BARRING_VERBS.has(wordAt(s, i)?.lemma.toLowerCase() ?? '')) return true
  }
  return false
}
const BARRING_VERBS = new Set<string>(DATA.relations.barringVerbs)
/** How many words the barred party may take between the verb and "from": "bar defense contractors, suppliers, and partners". */
const MAX_BARRED_OBJECT = 8

/**
 * The cue is denied or ended: a negation just before it ("do not support"), or, for a noun cue, before the verb
 * whose object it is, or that verb itself ending it ("have never established formal diplomatic ties",
 * "terminated the 2024 cooperative agreement").
 */
function negatedCue(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (negated(s, m.first) || deniedClause(s, m.first) || deniedComplement(s, m)) return true
  const verb = governingVerb(s, m)
  if (verb === undefined || verb === m.first) return false
  return ONE_WORD_NEGATORS.has(s.tokens[verb]!.lower) || negated(s, verb)
}

/** How far back from a noun cue a negated copula may stand: "is not a party to last Friday's agreement". */
const COPULA_WINDOW = 8
const COMPLEMENT_PREPOSITIONS = new Set(['to', 'of', 'in'])

/**
 * "X is not party to Friday's agreement", "was not part of the talks": a noun cue in the complement of a negated
 * copula is denied for the subject ("was not invited to the talks" too); the phrase between is nouns, determiners and
 * "to", "of" or "in" only.
 */
function deniedComplement(s: SentenceContext, m: CueMatch<RelationKind>): boolean {
  if (wordAt(s, m.first)?.pos !== 'NOUN') return false
  for (let i = m.first - 1; i >= Math.max(1, m.first - COPULA_WINDOW); i--) {
    const t = s.tokens[i]!
    if (ONE_WORD_NEGATORS.has(t.lower)) return wordAt(s, i - 1)?.pos === 'AUX'
    const pos = wordAt(s, i)?.pos
    // (The tagger may read the noun right after "not" as a verb: "is not party to".)
    const afterNegator = ONE_WORD_NEGATORS.has(s.tokens[i - 1]?.lower ?? '')
    if (!afterNegator && !(pos && COMPLEMENT_PHRASE.has(pos)) && !COMPLEMENT_PREPOSITIONS.has(t.lower) && !t.possessive) return false
  }
  return false
}

/** How far before a cue the "that" opening its clause may stand: "did not find that Russia’s conduct threatened". */
const THAT_WINDOW = 8

/**
 * "the department did not determine that X threatened Y": a cue in a "that" clause whose verb is negated, or
 * denies ("denied that"), is not asserted (the one speaking declines to say it).
 */
function deniedClause(s: SentenceContext, at: number): boolean {
  for (let i = at - 1; i >= Math.max(1, at - THAT_WINDOW); i--) {
    // "did not say that, but …": "that" standing for a thing opens no clause.
    if (s.tokens[i]!.lower !== 'that' || [',', ';', ':', '.'].includes(s.tokens[i + 1]?.text ?? '')) continue
    let verb = i - 1
    while (verb > 0 && CLOSING_QUOTES.has(s.tokens[verb]!.text)) verb--
    // "Brazil denied that it had attacked Peru": a verb that denies what its clause says asserts none of it either.
    const denies = ONE_WORD_NEGATORS.has(s.tokens[verb]?.lower ?? '')
    return wordAt(s, verb)?.pos === 'VERB' && (negated(s, verb) || denies)
  }
  return false
}

/** Determiners that negate the noun phrase they open: "no meetings or talks", "neither talks nor …". */
const NEGATING_DETERMINERS = new Set(['no', 'neither'])
/** Parts of speech a noun phrase coordinated under one determiner holds: "no high-level meetings or direct talks". */
const COORDINATED_NOUN_PHRASE = new Set(['ADJ', 'NOUN', 'CCONJ', 'PUNCT', 'NUM'])

function negated(s: SentenceContext, at: number): boolean {
  // "no high-level meetings or direct talks between A and B": "no" negates every noun of its coordinated phrase.
  for (let i = at - 1; i >= 0 && COORDINATED_NOUN_PHRASE.has(wordAt(s, i)?.pos ?? '') && ![',', ';', ':'].includes(s.tokens[i]!.text); i--)
    if (NEGATING_DETERMINERS.has(s.tokens[i - 1]?.lower ?? '') && at - i > NEGATION_WINDOW - 1) return true
  for (let i = Math.max(0, at - NEGATION_WINDOW); i < at; i++) {
    const w = s.tokens[i]!.lower
    if (w.endsWith("n't") || w.endsWith('n’t')) return true
    if (NEGATORS_BY_FIRST.get(w)?.some((n) => n.every((part, k) => s.tokens[i + k]?.lower === part) && i + n.length <= at)) return true
  }
  return false
}

/**
 * "Germany and France have stated that …": a coordinated subject taking one position. A group a preposition governs
 * is no subject ("manufacturers in both Germany and France have stated …": the manufacturers state, each at home).
 */
function stanceLinks(s: SentenceContext, groups: Group[]): Link[] {
  const links: Link[] = []
  for (const g of groups) {
    if (g.actors.length < 2 || afterPreposition(s, g)) continue
    for (let i = g.last + 1; i <= g.last + 3 && i < s.tokens.length; i++) {
      // "A and B each said …", "both claimed victory": each takes its own position, not one together.
      if (APART.has(s.tokens[i]!.lower)) break
      const stance = STANCE.at(s.tokens, i)
      if (stance) {
        // "Russia and China are aligned with Iran": each takes a side with another, not one position together.
        // "A and B agreed to a ceasefire": talks between sides still at odds (truceAsTalks).
        if (s.tokens[stance.last + 1]?.lower !== 'with') links.push(...pairs(g.actors, truceNear(s, stance.first, stance.last) ? 'dialogue' : 'cooperation'))
        break
      }
    }
  }
  return links
}

const NAMING_VERBS = new Set<string>(DATA.relations.namingVerbs)
const SLURS = new Set<string>(DATA.relations.slurs)
/** How many words after the one named a slur may come ("… and the opposition as “traitors”"). */
const SLUR_REACH = 6
/** What may stand between the one named and the slur besides quotation marks: "as", determiners, modifiers, others named. */
const SLUR_BETWEEN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'ADP'])

/**
 * "Mugabe described Tsvangirai and the opposition as “traitors”", "Trump called Zelenskyy a “dictator”", "labeled
 * China a military threat": a verb of naming (data/relations.json namingVerbs) with an actor as its object and a slur
 * after it (slurs) is the subject's condemnation of the one named.
 */
function nameCalling(s: SentenceContext, groups: Group[]): { links: Link[]; slurs: number[] } {
  const links: Link[] = []
  const slurs: number[] = []
  for (const g of groups) {
    const verb = beforeDeterminers(s, g.first)
    const v = wordAt(s, verb)
    // (The tagger may read the participle as an adjective: "branded/ADJ".)
    if (!v || !['VERB', 'ADJ'].includes(v.pos) || !naming(v)) continue
    // ("Australian officials have not labeled China a military threat": a naming denied names nothing.)
    if (negated(s, verb)) continue
    let slur = -1
    for (let i = g.last + 1; i <= g.last + SLUR_REACH && i < s.tokens.length && slur < 0; i++) {
      const w = wordAt(s, i)
      // (The tagger may read a slur after "as a" as an adjective: "as a terrorist/ADJ".)
      if (w && (w.pos === 'NOUN' || (w.pos === 'ADJ' && i > g.last + 1 && DETERMINERS.has(s.tokens[i - 1]!.lower))) && SLURS.has(w.lemma)) slur = i
      const t = s.tokens[i]!
      if (t.punct ? !/^["“”'‘’]$/.test(t.text) : !(t.lower === 'as' || SLUR_BETWEEN.has(w?.pos ?? ''))) break
    }
    if (slur < 0) continue
    // The subject right before the verb, or before the nouns of its people ("the United States government labeled
    // …"), as a verb the tagger read as an adjective has it ("Mugabe branded/ADJ …").
    const before = groups.find((x) => x.last < verb && !s.tokens[x.last]!.possessive && !afterPreposition(s, x) && s.tokens.slice(x.last + 1, verb).every((_, k) => wordAt(s, x.last + 1 + k)?.pos === 'NOUN'))
    const namers = before?.actors ?? subjectActors(s, groups, { first: verb })
    for (const from of namers) for (const to of g.actors) links.push([from, to, 'condemnation'])
    slurs.push(slur)
  }
  return { links, slurs }
}

/** A verb of naming by its lemma, or by its form where the tagger read it as an adjective ("branded", "labelled"). */
function naming(w: Word): boolean {
  return NAMING_VERBS.has(w.lemma) || (/ed$/.test(w.lower) && [w.lower.slice(0, -2), w.lower.slice(0, -1), w.lower.slice(0, -3)].some((x) => NAMING_VERBS.has(x)))
}

/** An apposition of examples leads to token `at`: "policy, including tariffs", "measures such as the sanctions". */
function exampleLead(s: SentenceContext, at: number): boolean {
  const i = beforeDeterminers(s, at)
  const w = s.tokens[i]?.lower
  return w === 'including' || w === 'like' || (w === 'as' && s.tokens[i - 1]?.lower === 'such')
}

/** How many words from token `i` lead an apposition of examples ("such as the"), or 0. */
function appositionLead(s: SentenceContext, i: number): number {
  const lead = EXAMPLE_PHRASES.find((words) => words.every((w, k) => s.tokens[i + k]?.lower === w))?.length ?? 0
  return lead + (lead > 0 && s.tokens[i + lead]?.lower === 'the' ? 1 : 0)
}
