/**
 * The writer's own side. In a government's, agency's or company's own statement, "we", "us" and "our" stand for the
 * actor that speaks: "The United States will continue to work with our allies … as we condemn the actions of the
 * military". That actor opens more of the article's sentences as their subject than any other, and speaks of itself
 * as "we" or "our" later in one of them, or opens the headline ("United States’ Actions To Press for …"). Where no
 * actor opens enough sentences, one whose sentence the next goes on with "We" speaks, if it is the only one ("The
 * United Kingdom will not look away. We will stand with our allies …", a minister's article). No actor speaks so:
 *  - when the writer speaks as a researcher or an author ("our survey", "we found", "my colleagues and I"), whose
 *    "we" is the authors, not an actor the article names;
 *  - when the pronouns stand only in quotations (a speaker's "we").
 */
import { type Context, type Mention, type SentenceContext, wordOf } from '../context.ts'
import { DATA } from '../data.ts'
import { tagWords } from '../../language/index.ts'

const WE = new Set(['we', 'us', 'our', 'ours'])
/** The pronouns that stand for the writer's actor as a party: "our partners" names partners, not a party of their own relation. */
const PARTY_PRONOUNS = new Set(['we', 'us'])
const PARTY_NOUNS = new Set<string>(DATA.relations.partyNouns)
const SPEAKING_TYPES = new Set(['state', 'organisation', 'company'])
const RESEARCH_NOUNS = new Set<string>(DATA.relations.researchVoice.nouns)
const RESEARCH_VERBS = new Set<string>(DATA.relations.researchVoice.verbs)
/** How many sentences must speak as "we", and open on the writer's actor. */
const MIN_VOICED = 2
const MIN_OPENINGS = 2

/** The actor whose "we" the article's own voice is, or undefined. */
export function writerOf(ctx: Context): string | undefined {
  const opens = new Map<string, number>()
  const speaks = new Set<string>()
  let voiced = 0
  // "The United Kingdom will not look away. We will stand with our allies …": an actor whose sentence the next one
  // goes on with "We" is the voice speaking.
  const continued = new Set<string>()
  let previous: Mention | undefined
  for (const s of ctx.sentences) {
    if (s.meta) continue
    const pronouns = ownPronouns(s)
    // "our survey", "we found": the authors' voice, none of the article's actors.
    if (pronouns.some((i) => researchVoice(s, i))) return undefined
    if (pronouns.length) voiced++
    if (previous && pronouns[0] === 0 && s.tokens[0]!.lower === 'we') continued.add(previous.actor)
    const opener = openingActor(ctx, s)
    previous = opener
    if (!opener) continue
    opens.set(opener.actor, (opens.get(opener.actor) ?? 0) + 1)
    if (pronouns.some((i) => i > opener.last)) speaks.add(opener.actor)
  }
  // The headline's own subject or owner speaks too: "United States’ Actions To Press for …", "Acme Launches …" (not
  // "Brazil election: …").
  const titled = headlineActor(ctx)
  const [best, second] = [...opens].sort((a, b) => b[1] - a[1])
  if (voiced >= MIN_VOICED && continued.size === 1 && (!best || best[1] < MIN_OPENINGS || (second && second[1] === best[1]))) return [...continued][0]
  if (voiced < MIN_VOICED || !best || best[1] < MIN_OPENINGS || (second && second[1] === best[1])) return undefined
  if (speaks.has(best[0])) return best[0]
  if (best[0] !== titled) return undefined
  // The headline's owner that never says "we" itself gives way to an actor that does ("The United States and our
  // partners will not be silent" in a statement headed "Russia’s “Filtration” Operations …").
  const voicedOther = [...speaks].sort((a, b) => (opens.get(b) ?? 0) - (opens.get(a) ?? 0))[0]
  return voicedOther ?? titled
}

/**
 * The actor the headline opens on as its subject or owner: a name followed by a possessive or a verb ("Acme to buy
 * …" reports a plan, often in another writer's words).
 */
function headlineActor(ctx: Context): string | undefined {
  const title = ctx.article.meta.title.replace(/^the\s+/i, '')
  let words: ReturnType<typeof tagWords> | undefined
  for (const a of ctx.actors.values()) {
    if (!SPEAKING_TYPES.has(a.type)) continue
    for (const name of [a.name, ...a.aliases]) {
      if (!title.startsWith(name)) continue
      words ??= tagWords(title)
      const next = words.find((w) => w.start >= name.length)
      if (next && (/^['’]s?$/.test(next.text) || next.pos === 'VERB' || next.pos === 'AUX')) return a.id
    }
  }
  return undefined
}

/** The actor a sentence opens on as its subject ("The United States condemns …", "Acme has …"), if any. */
function openingActor(ctx: Context, s: SentenceContext): Mention | undefined {
  const m = s.mentions[0]
  if (!m || m.first > 1 || (m.first === 1 && s.tokens[0]!.lower !== 'the')) return undefined
  return SPEAKING_TYPES.has(ctx.actors.get(m.actor)?.type ?? '') ? m : undefined
}

/** The sentence with its own "we" and "us" (outside quotations) as mentions of the writer's actor. */
export function withWriter(s: SentenceContext, writer: string): SentenceContext {
  const pronouns = ownPronouns(s).filter((i) => PARTY_PRONOUNS.has(s.tokens[i]!.lower) || ownsAct(s, i))
  if (pronouns.length === 0) return s
  const added: Mention[] = pronouns.map((i) => ({ actor: writer, first: i, last: i, possessive: s.tokens[i]!.lower === 'our', kind: 'reference' }))
  return { ...s, mentions: [...s.mentions, ...added].sort((a, b) => a.first - b.first) }
}

/**
 * "our cooperation with the US", "our support for Ukraine": "our" before a noun, past its adjectives, that is no
 * party's ("our partners", "our allies" name others) owns the writer's own act.
 */
function ownsAct(s: SentenceContext, i: number): boolean {
  if (s.tokens[i]!.lower !== 'our') return false
  let k = i + 1
  while (k < s.tokens.length && wordOf(s, s.tokens[k])?.pos === 'ADJ') k++
  return wordOf(s, s.tokens[k])?.pos === 'NOUN' && !PARTY_NOUNS.has(s.tokens[k]!.lower)
}

/** Token indices of the first person plural outside quotation marks. */
function ownPronouns(s: SentenceContext): number[] {
  const quoted = [...s.sentence.text.matchAll(/“[^”]*”|"[^"]*"/g)].map((m): [number, number] => [m.index, m.index + m[0].length])
  // ("US" in capitals is the state.)
  return s.tokens.flatMap((t, i) => (WE.has(t.lower) && t.text !== t.text.toUpperCase() && !quoted.some(([a, b]) => t.start >= a && t.end <= b) ? [i] : []))
}

/** "our survey", "we surveyed", "we found": an author speaking of research. */
function researchVoice(s: SentenceContext, i: number): boolean {
  const pronoun = s.tokens[i]!.lower
  const [next, after] = [s.tokens[i + 1]?.lower ?? '', s.tokens[i + 2]?.lower ?? '']
  if (pronoun === 'our') return RESEARCH_NOUNS.has(next) || (s.tokens[i + 1]?.cap === false && RESEARCH_NOUNS.has(after))
  return pronoun === 'we' && (RESEARCH_VERBS.has(next) || RESEARCH_VERBS.has(after))
}

/** How many of its first sentences a release names its announcer in. */
const ANNOUNCING_SENTENCES = 3
const ANNOUNCING = new Set(['announced', 'announces', 'announce'])
/** Words that may stand between the announcer and its verb: "the Department of Justice [today] announced". */
const BEFORE_ANNOUNCING = new Set(['today', 'also', 'has', 'have', 'jointly', 'recently'])

/**
 * The body a release's opening sentences name as announcing it ("…, the Department of Justice announced today",
 * "The Treasury Department today announced …").
 */
export function announcerOf(ctx: Context): string | undefined {
  for (const s of ctx.sentences.filter((x) => !x.meta).slice(0, ANNOUNCING_SENTENCES))
    for (const m of s.mentions) {
      if (!SPEAKING_TYPES.has(ctx.actors.get(m.actor)?.type ?? '')) continue
      let k = m.last + 1
      while (k < s.tokens.length && BEFORE_ANNOUNCING.has(s.tokens[k]!.lower)) k++
      if (ANNOUNCING.has(s.tokens[k]?.lower ?? '')) return m.actor
    }
  return undefined
}
