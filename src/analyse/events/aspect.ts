/**
 * How the verb of a date's clause frames the date: as the time something happened ("the court ruled in May",
 * "Anthropic has acquired Vercept today"), or as the time of a state, a description or a possibility ("FDI has
 * been falling since 2021", "Both samples come from November 2025", "Pillar 1 would allow purchases in 2030").
 * Read from the tagged words of the sentence, no tagging again.
 */
import { DASHES, isFiniteVerb } from '../../language/grammar.ts'
import type { Word } from '../../language/index.ts'
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, VERB_NEGATORS } from '../../language/data.ts'
import { DATA, EVENT_NOUNS } from '../data.ts'

/** The finite verb and the auxiliaries after it, up to the main verb: "has not met", "would allow", "covers". */
export interface VerbGroup {
  /** "would", "may", "could": what might be or would be, not what happened. */
  modal: boolean
  /** Tensed in the present: "covers", "is expected", "has been falling", "has acquired". */
  present: boolean
  /** With "have" and a participle: "has acquired", "have not met", "has been". */
  perfect: boolean
  /** With "be" and an "-ing" form: "has been falling". */
  progressive: boolean
  negated: boolean
  /** With an adverb of habit: "regularly reported", "have periodically engaged". */
  habitual: boolean
  /** The main verb's lemma: "fall" of "has been falling", "be" of "has been active". */
  lemma: string
  /** The index of the group's last word. */
  last: number
  /**
   * "be" as the main verb, before what the subject was, not an event noun's time: "was a trade deficit", "was in
   * Paris" ("was held", "was gifted by", "the vote was on 21 November" are not).
   */
  copula: boolean
}

const MODALS = new Set<string>(DATA.dates.hypotheticalModals)
const STATE_VERBS = new Set<string>(DATA.dates.stateVerbs)
const SAME_PAST = new Set<string>(DATA.dates.samePastVerbs)
const PERFORMATIVE = new Set<string>(DATA.dates.performativeVerbs)
const HABITUAL = new Set<string>(DATA.dates.habitualAdverbs)
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'has', 'have', "'ve", '’ve', 'do', 'does'])

const NEGATIVE_SUBJECTS = new Set(['no', 'none', 'nothing', 'nobody', 'neither'])
/** Words a subject of none may stand before its verb: "no additional federal funding [has]". */
const NEGATIVE_SUBJECT_REACH = 4

/** The verb group that starts at the finite verb `i`. */
export function verbGroupAt(words: Word[], i: number): VerbGroup {
  const first = words[i]!
  const group: VerbGroup = { modal: MODALS.has(first.lower), present: isPresentForm(first), perfect: false, progressive: false, negated: VERB_NEGATORS.has(words[i - 1]?.lower ?? ''), habitual: HABITUAL.has(words[i - 1]?.lower ?? ''), lemma: first.lemma.toLowerCase(), last: i, copula: false }
  // "No additional funding has been set aside since March": a subject of none is a negation too.
  for (let k = i - 1; k >= 0 && i - k <= NEGATIVE_SUBJECT_REACH; k--) {
    const w = words[k]!
    if (NEGATIVE_SUBJECTS.has(w.lower)) group.negated = true
    if (!['ADJ', 'NOUN', 'ADV', 'DET', 'PRON'].includes(w.pos)) break
  }
  let haveSeen = first.pos === 'AUX' && first.lemma === 'have'
  for (let k = i + (first.pos === 'VERB' ? 0 : 1); k < words.length; k++) {
    const w = words[k]!
    if (VERB_NEGATORS.has(w.lower)) group.negated = true
    else if (HABITUAL.has(w.lower)) group.habitual = true
    else if (w.pos === 'AUX') {
      group.last = k
      if (haveSeen) group.perfect = true
      haveSeen ||= w.lemma === 'have'
      group.lemma = w.lemma.toLowerCase()
    } else if (w.pos === 'VERB') {
      if (haveSeen && k > i) group.perfect = true
      group.progressive = w.lower.endsWith('ing') && words[k - 1]?.lemma === 'be'
      group.lemma = w.lemma.toLowerCase()
      group.last = k
      break
    } else if (w.pos !== 'ADV') break
  }
  group.copula = group.lemma === 'be' && words[group.last]!.pos === 'AUX' && predicative(words, group.last) && !EVENT_NOUNS.has(subjectHead(words, i)?.lemma ?? '')
  return group
}

/**
 * What "be" at `k` is followed by says what the subject was ("a trade deficit", "the largest", "vocal"), not where
 * or when it took place ("was in Chicago in 2009", "was on 21 November"): a noun phrase or an adjective, not a
 * participle the tagger read as one ("was gifted by", "were [quickly] spotted").
 */
function predicative(words: Word[], k: number): boolean {
  let j = k + 1
  while (words[j]?.pos === 'ADV') j++
  const w = words[j]
  if (!w) return false
  // ("were due to start", "was able to sign": the infinitive tells the act.)
  if (words[j + 1]?.lower === 'to') return false
  if (w.pos === 'ADJ') return !/(?:ed|en)$/.test(w.lower)
  return PREDICATIVE_POS.has(w.pos)
}
const PREDICATIVE_POS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'])

/** The noun right before the finite verb at `i`: the head of its subject ("the vote [was]"), if one stands there. */
function subjectHead(words: Word[], i: number): Word | undefined {
  const w = words[i - 1]
  return w && (w.pos === 'NOUN' || w.pos === 'PROPN') ? { ...w, lemma: w.lemma.toLowerCase() } : undefined
}

/** "covers", "goes", "is", "has": a form of the present ("cut", "set" are as much the past: not counted). */
function isPresentForm(w: Word): boolean {
  if (w.pos === 'AUX') return PRESENT_AUX.has(w.lower)
  if (w.pos !== 'VERB' || SAME_PAST.has(w.lower)) return false
  // A word the tagger did not know keeps itself as its lemma: "officialsannounced" is no present.
  if (/[^e]ed$/.test(w.lower)) return false
  return w.lower === w.lemma || w.lower === `${w.lemma}s` || w.lower === `${w.lemma}es`
}

/**
 * The verb groups of the clause [from, to) that a date at [start, end) belongs to: those before the date, from the
 * last subordinating word on when it has any ("… is vacant since the Senate rejected the nominee in May" →
 * "rejected"), or else the first after the date ("In 2024, Mexico surpassed Canada"). None when the date follows a
 * participle, whose time it is ("the Act, enacted in 2011").
 */
export function clauseVerbs(words: Word[], start: number, end: number, from: number, to: number): VerbGroup[] {
  const inClause = words.map((_, i) => i).filter((i) => words[i]!.start >= from && words[i]!.end <= to)
  const before = inClause.filter((i) => words[i]!.end <= start)
  const near = before.findLast((i) => !['ADP', 'ADV', 'PUNCT', 'DET'].includes(words[i]!.pos))
  if (near !== undefined && isBareParticiple(words, near)) return []
  const sub = before.findLast((i) => isSubordinator(words[i]!)) ?? -1
  const groups = (from: number[]) => {
    const found: VerbGroup[] = []
    for (const i of from) if (i > (found.at(-1)?.last ?? -1) && isFiniteVerb(words, i, true)) found.push(verbGroupAt(words, i))
    return found
  }
  // (Only the nearest when it opens a relative clause with no relative word, its subject a pronoun right after the
  // noun it describes: "resigned from the position [he had occupied] since April 2010" → "had occupied".)
  const nearest = (found: VerbGroup[]) => (found.length > 1 && zeroRelative(words, found.at(-1)!.last) ? found.slice(-1) : found)
  const own = groups(before.filter((i) => i > sub))
  if (own.length) return nearest(own)
  const all = groups(before)
  if (all.length) return nearest(all)
  // After the date, not in a relative clause between commas ("On 13 March, the secretary, who is using a second
  // title, sent a letter" → "sent"), nor in an aside between dashes or in brackets ("In 2022, the militia – a
  // movement which has fought the army since 2019 – seized the port" → "seized").
  let aside = false
  let dash: string | undefined
  let depth = 0
  const after = inClause.filter((i) => {
    const w = words[i]!
    if (w.start < end) return false
    // A bracket never closed ("[name](https://…" cut by the sentence splitter) opens no aside.
    if (w.text === '(' && inClause.some((j) => j > i && words[j]!.text === ')')) depth++
    else if (w.text === ')' && depth > 0) return !!depth--
    else if (DASHES.has(w.text)) dash = dash === w.text ? undefined : (dash ?? w.text)
    else if (w.text === ',') aside = false
    else if (RELATIVE_PRONOUNS.has(w.lower) && words[i - 1]?.text === ',') aside = true
    return !aside && !dash && depth === 0 && !DASHES.has(w.text)
  })
  return groups(after).slice(0, 1)
}

/** The verb group ending at `last` has a personal pronoun for subject right after a noun: "the position [he had occupied]". */
function zeroRelative(words: Word[], last: number): boolean {
  let k = last
  while (k > 0 && ['AUX', 'VERB', 'ADV', 'PART'].includes(words[k - 1]!.pos)) k--
  const subject = words[k - 1]
  return !!subject && subject.pos === 'PRON' && SUBJECT_PRONOUNS.has(subject.lower) && ['NOUN', 'PROPN'].includes(words[k - 2]?.pos ?? '')
}

/** "the Act, enacted [in 2011]": a participle outside a verb group (not "was enacted", "to enact", "falling"). */
function isBareParticiple(words: Word[], i: number): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  return w.pos === 'VERB' && !w.lower.endsWith('ing') && prev?.pos !== 'AUX' && prev?.lower !== 'to' && !isFiniteVerb(words, i, true)
}

/** "since", "when", "who", "which", "that" (a pronoun): a word that opens a clause of its own. */
const isSubordinator = (w: Word) => w.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(w.lower) || (w.lower === 'that' && w.pos === 'PRON')

/**
 * Whether a verb group frames its date as no event: a modal ("would allow … in 2030"), a habit ("regularly
 * reported … in 1965"), a negation ("did not meet in 2025"), the present when the date
 * is not to come ("Data in this section covers November 2025", "The Court is expected to rule"), or a perfect
 * that tells a state lasting since the date ("has been falling since 2021", "has been in place since 1965",
 * "have not met since January 2022"). The perfect of an act ("has acquired", "have made gains since July") and
 * the present of what is to come ("when France goes to the polls in 2027") tell events.
 */
export function framesNoEvent(group: VerbGroup, to: { future: boolean }): boolean {
  // "Russia did not carry out any such activity in 2025": what did not happen is no event.
  if (group.modal || group.habitual || group.negated) return true
  // "It was a trade deficit in 2019", "In 2008, the firm was the largest promoter": how things stood then.
  if (group.copula && !group.progressive) return true
  if (group.perfect) return group.progressive || STATE_VERBS.has(group.lemma)
  // "we're announcing a collaboration": an act done as it is told.
  if (group.progressive && PERFORMATIVE.has(group.lemma)) return false
  // "In 1949, dollar liabilities were growing": what was going on then, the background of events.
  if (group.progressive && !group.present) return true
  return group.present && !to.future
}
