/**
 * Things named like actors: spacecraft, rovers, instruments, missions and the celestial bodies they go to. They
 * neither act nor ally, pressure or support, however often the article names them or makes them the subject
 * ("Zephyr will wake up daily", "KITE will help us learn"). A name is a craft's where the article writes it
 *  - as the first words of a capitalised name whose head is a craft noun ("the agency's Zephyr Mars Helicopter"; the
 *    head's own names, "Particle Counting Detector", are things by data/actors.json thingHeads already);
 *  - right before a lower-case craft noun ("the KITE spacecraft", "the Vela rover", "the ORX mission"),
 *    or before a noun a maker's name may qualify too, with a celestial body between ("the Zephyr Mars
 *    helicopter", not "Acme helicopters");
 *  - right after a lower-case noun of a craft ("space shuttle Atlantis", "the probe Magellan");
 *  - after a ship's prefix, with it ("USS Theodore Roosevelt", "HMS Defender");
 * and the celestial bodies (data/actors.json celestialBodies) are always things. A name the text shows to be a
 * body's (a state or body known beforehand, a name ending in an organisation noun, an acronym defined as one, a name
 * the article makes speak: "NASA said") is never a craft's: "the ESA mission" is the agency's.
 */
import { type Context, type Mention, type SentenceContext, wordOf } from '../context.ts'
import { DATA } from '../data.ts'
import type { Definition } from './names.ts'
import { isAcronym, isNameWord, ORG_NOUNS as ORG_SUFFIXES, spanText } from './names.ts'
import { speaksInArticle } from './acting.ts'

const CRAFT_NOUNS = new Set<string>(DATA.actors.craftNouns)
const MAKER_CRAFT_NOUNS = new Set<string>(DATA.actors.makerCraftNouns)
/** Capitalised craft nouns that head a craft's full name: "Mars Helicopter", "Assessment Detector". */
const CRAFT_HEADS = new Set([...CRAFT_NOUNS, ...MAKER_CRAFT_NOUNS].map((w) => w[0]!.toUpperCase() + w.slice(1)))
const CELESTIAL = new Set<string>(DATA.actors.celestialBodies)
const CRAFT_LEADS = new Set<string>(DATA.actors.craftLeads)
const SHIP_PREFIXES = new Set<string>(DATA.actors.shipPrefixes)
const COMPANY_SUFFIXES = new Set<string>(DATA.actors.companySuffixes)
/** How many capitalised words a craft's name may run to before its head: "James Webb Space Telescope". */
const MAX_NAME_WORDS = 4

/** The names the article gives its crafts, instruments and missions, with the celestial bodies. */
export function findCraftNames(ctx: Context, staticMentions: Mention[][]): Set<string> {
  const names = new Set<string>(CELESTIAL)
  for (const s of ctx.sentences) {
    if (s.meta) continue
    const known = staticMentions[s.index] ?? []
    for (let i = 0; i < s.tokens.length; i++) {
      if (!isNameWord(s.tokens[i])) continue
      let last = i
      while (last - i < MAX_NAME_WORDS && !s.tokens[last]!.possessive && isNameWord(s.tokens[last + 1])) last++
      const name = craftName(s, i, last)
      if (name && !known.some((m) => m.first <= i && m.last >= i)) names.add(name)
      i = last
    }
  }
  // "The NASA mission will reach the comet … NASA said": a name that speaks is the body that runs the craft.
  for (const name of names) if (!CELESTIAL.has(name) && speaksInArticle(ctx, name)) names.delete(name)
  return names
}

/**
 * The craft's name in the capitalised run `first`…`last`, or undefined: the run without its craft head and the
 * celestial bodies before it ("Zephyr Mars Helicopter" → "Zephyr"), the run before a craft noun ("the KITE
 * spacecraft") or a run a craft noun is apposed to ("Zephyr Beacon, an autonomous navigation payload"). Never a
 * body's name ("… Space Center").
 */
function craftName(s: SentenceContext, first: number, last: number): string | undefined {
  const { tokens } = s
  const headed = CRAFT_HEADS.has(tokens[last]!.text)
  let end = headed ? last - 1 : last
  let celestial = false
  while (end >= first && CELESTIAL.has(tokens[end]!.text)) {
    celestial = true
    end--
  }
  if (end < first || !properName(s, first, end) || bodyName(tokens[last]!.text)) return undefined
  if (!tokens[last]!.possessive && apposedCraft(s, last)) return spanText(s.sentence.text, tokens, first, last)
  // "USS Theodore Roosevelt", "HMS Defender": a ship's prefix opens the name (data/actors.json shipPrefixes).
  if (last > first && SHIP_PREFIXES.has(tokens[first]!.text) && !tokens[last]!.possessive) return spanText(s.sentence.text, tokens, first, last)
  // "space shuttle Atlantis", "the probe Magellan": a craft noun right before the name (data/actors.json craftLeads).
  const lead = tokens[first - 1]
  if (!headed && !celestial && lead && !lead.cap && CRAFT_LEADS.has(lead.lower)) return spanText(s.sentence.text, tokens, first, last)
  if (headed) return spanText(s.sentence.text, tokens, first, end)
  const noun = tokens[last + 1]
  if (tokens[last]!.possessive || !noun || noun.cap || !(CRAFT_NOUNS.has(noun.lower) || (celestial && MAKER_CRAFT_NOUNS.has(noun.lower)))) return undefined
  return spanText(s.sentence.text, tokens, first, end)
}

/** How many words an apposition may run to before its head noun: "an autonomous navigation payload". */
const MAX_APPOSITION = 6

/**
 * The name ending at `last` is followed by an apposition led by an article whose head noun is a craft noun:
 * "Zephyr Beacon, an autonomous navigation payload that …".
 */
function apposedCraft(s: SentenceContext, last: number): boolean {
  const { tokens } = s
  if (tokens[last + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[last + 2]?.lower ?? '')) return false
  let head = ''
  for (let k = last + 3; k < Math.min(tokens.length, last + 3 + MAX_APPOSITION); k++) {
    const t = tokens[k]!
    const word = wordOf(s, t)
    if (t.possessive || t.cap || !word || (word.pos !== 'NOUN' && word.pos !== 'ADJ' && !(t.text === '-'))) break
    if (word.pos === 'NOUN') head = t.lower
  }
  return CRAFT_NOUNS.has(head)
}

/** Every word of `first`…`last` is a proper noun (or an acronym) to the tagger: "KITE", "Vela"; not "Western". */
function properName(s: SentenceContext, first: number, last: number): boolean {
  return s.tokens.slice(first, last + 1).every((t) => isAcronym(t) || wordOf(s, t)?.pos === 'PROPN')
}

/**
 * The definitions that name no craft (findCraftNames): neither their name nor one of their forms is one, nor the
 * acronym of a craft's name ("the Zephyr Lunar Beacon (ZLB) experiment" takes a later "ZLB’s data" with it).
 * A person, or a body whose name ends in an organisation or company noun ("European Space Agency", with its form
 * "ESA"), never names one.
 */
export function withoutCrafts(definitions: Definition[], crafts: Set<string>): Definition[] {
  const names = new Set(crafts)
  const named = (d: Definition) => d.type !== 'person' && !bodyName(d.name) && [d.name, ...d.forms].some((n) => names.has(n))
  for (const d of definitions) if (named(d)) for (const f of d.forms) names.add(f)
  return definitions.filter((d) => !named(d))
}

const bodyName = (name: string): boolean => {
  const head = name.split(/\s+/).at(-1)!
  return ORG_SUFFIXES.has(head) || COMPANY_SUFFIXES.has(head)
}
