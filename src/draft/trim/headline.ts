/**
 * The headline: a point's main clause trimmed to its word limit with a finite verb, whole, or none.
 */
import { DASHES, hasFiniteVerb, isFiniteVerb, participleForm, TIME_NOUNS } from '../../language/grammar.ts'
import { type Word } from '../../language/tagger.ts'
import { atBoundaries, count, type Cut, drop, isComma, isWord, keptWordIndices, keptWords, lastContent, type Parse, render } from './parse.ts'
import { hasMainClause, mainVerb, SUBORDINATORS } from './clauses.ts'
import { timeCuts } from './cuts.ts'
import { CLAUSE_OPENERS, COMPLEMENT_VERBS, cutsItsPhrase, FOCUS_ADVERBS, SAYING_LEMMAS, endsBeforeItsComplement, endsOnAttributive, endsOnPartitive, leavesClauseOpen, lostWhatWasSaid, unfinishedBetween } from './ends.ts'
import { additiveIndices, afterMainClause, descriptorIndices, modifierIndices, personTitleIndices, restrictiveRelativeCuts, trailingCommaPhrase, trailingPrepositionalPhrase } from './phrases.ts'

/** Words that go together or not at all (a title, a name's description): dropped when a claim of 3 words or more is left. */
function dropTogether(parse: Parse, kept: Set<number>, indices: number[]): void {
  if (indices.length === 0) return
  const trial = new Set(kept)
  for (const i of indices) trial.delete(i)
  if (count(parse, trial) >= 3 && hasFiniteVerb(keptWords(parse, trial))) for (const i of indices) kept.delete(i)
}

/**
 * The headline: the point's main clause, trimmed to TITLE_WORDS words, or undefined when it cannot be done
 * without cutting into the claim. In order: optional parts and time phrases; what follows the main clause (a
 * reason, a time, a comparison, a relative clause); trailing prepositional phrases; colouring modifiers; a
 * person's title before the name.
 */
export function headline(parse: Parse, pointKept: Set<number>, optional: Cut[], maxWords: number): string | undefined {
  const kept = new Set(pointKept)
  const dropped: Cut[] = []
  const tryDrop = (cut: Cut) => {
    if (!atBoundaries(parse, cut) || splitsModifierList(parse, cut.from)) return false
    // ("…agreement[, in which … States,] is a “qualified divestiture.”": a cut whose opening word an earlier one took
    // was read on the whole sentence; what it has left is no phrase of its own.)
    if (!kept.has(cut.from) && parse.words[cut.from]!.text === ',' && dropped.some((d) => d.from === cut.from && d.to < cut.to)) return false
    // "reform global trade, economic[, and financial governance …]": the list's items the cut leaves go with it.
    const c = listRemnant(parse, kept, cut) ?? cut
    const trial = new Set(kept)
    drop(trial, c)
    if (count(parse, trial) < 3) return false
    const words = keptWords(parse, trial)
    // ("Born[ on December 11, 1935], in Mirati, Pranab Mukherjee began …": not a verb left alone before its comma at
    // the start.)
    if (hasFiniteVerb(words) && !endsOnAttributive(words) && !(words[0]?.pos === 'VERB' && words[1]?.text === ',')) {
      if (process.env.DEBUG_TRIM) console.error(`    drop ${c.from}-${c.to}: ${parse.words.slice(c.from, c.to + 1).map((w) => w.text).join(' ')}`)
      drop(kept, c)
      dropped.push(c)
      return true
    }
    return false
  }
  for (const c of optional) tryDrop(c)
  for (const i of additiveIndices(parse, kept)) tryDrop({ from: i, to: i })
  for (const c of timeCuts(parse)) tryDrop(c)
  // A headline keeps the first of a list of verb phrases ("X brokered A, secured B, …" → "X brokered A").
  const end = afterMainClause(parse, kept, { verbPhrases: true })
  if (end) tryDrop(end)
  for (const c of restrictiveRelativeCuts(parse, kept)) tryDrop(c)
  if (count(parse, kept) > maxWords) {
    const tail = trailingCommaPhrase(parse, kept)
    if (tail) tryDrop(tail)
  }
  // "to block [medical device supplier] Edwards Lifesciences Corp.’s acquisition of JenaValve": what a name is goes
  // before the phrases that say what the claim is about.
  if (count(parse, kept) > maxWords) dropTogether(parse, kept, descriptorIndices(parse, kept))
  while (count(parse, kept) > maxWords) {
    const pp = trailingPrepositionalPhrase(parse, kept)
    if (!pp || !tryDrop(pp)) break
  }
  for (const i of modifierIndices(parse, kept)) {
    if (count(parse, kept) <= maxWords) break
    tryDrop({ from: i, to: i })
  }
  // "[On January 6, 2025,] FEMA issued a Notice … with $750 million available": a lead a headline loses, kept while
  // the words after it ended on what could not end one, goes once they no longer do.
  const first = keptWordIndices(parse, kept)[0]
  for (const c of optional) if (c.from === first && kept.has(c.from)) tryDrop(c)
  // The title's words go together ("Secretary of Defense"), or none of them.
  if (count(parse, kept) > maxWords) dropTogether(parse, kept, personTitleIndices(parse, kept))
  if (process.env.DEBUG_TRIM) console.error(`  headline? ${count(parse, kept)}: ${render(parse, kept)}`)
  // "… could be consequential for the system [of federal campaign finance]": the complement a cut took comes
  // back when there is room for it.
  if (endsBeforeItsComplement(parse, kept)) for (const i of complementBack(parse, kept, pointKept, dropped, maxWords)) kept.add(i)
  // "… under the name [of Chinese Taipei]": the phrase the noun ends goes too, when one does.
  while (endsBeforeItsComplement(parse, kept)) {
    // A list's first item or a verb before its clause: losing the phrase they end would lose the claim's point.
    const cut = cutsItsPhrase(parse, kept, keptWordIndices(parse, kept).at(-1)!)
    if (cut === 'list' || cut === 'clause') return undefined
    const pp = trailingPrepositionalPhrase(parse, kept)
    if (!pp || !tryDrop(pp)) return undefined
  }
  dropDashTail(parse, kept)
  // "a scheme to acquire items, send the items[ to Iran and mask …]": a list of infinitive phrases whose closing
  // "and" a cut took keeps its first phrase only, not a member cut off from the rest.
  const infinitives = infinitiveListTail(parse, kept)
  if (infinitives && ![...kept].some((i) => i > infinitives.from && ['and', 'or'].includes(parse.words[i]!.lower))) tryDrop(infinitives)
  if (count(parse, kept) > maxWords) return undefined
  const words = keptWords(parse, kept)
  if (!isWholeHeadline(parse, kept, words) || lostWhatWasSaid(parse, kept)) return undefined
  return render(parse, kept)
}

/**
 * "… proposals for a “regulatory ladder”—policies [that scale with risk]": a cut that took what a dash's phrase
 * said leaves its head alone at the end; the dash and the head go too.
 */
function dropDashTail(parse: Parse, kept: Set<number>): void {
  const order = [...kept].sort((a, b) => a - b)
  // An en dash between two words joins them ("Kullback–Leibler", "US–China"); an em dash or a spaced one sets off.
  const spaced = (i: number) => parse.text.slice(parse.words[i - 1]?.end ?? 0, parse.words[i]!.start).length > 0 || parse.text.slice(parse.words[i]!.end, parse.words[i + 1]?.start ?? parse.text.length).length > 0
  const dashes = order.filter((i) => DASHES.has(parse.words[i]!.text) && !parse.quoted[i] && (parse.words[i]!.text === '—' || spaced(i)))
  // The second of a pair closes an aside ("biometric—specifically facial recognition—technologies").
  const dash = dashes.length % 2 === 1 ? dashes.at(-1) : undefined
  if (dash === undefined) return
  const tail = order.filter((i) => i > dash && isWord(parse.words[i]!))
  const cutAfter = tail.length > 0 && !kept.has(tail.at(-1)! + 1) && tail.at(-1)! + 1 < lastContent(parse)
  if (!cutAfter || tail.length > 3 || tail.some((i) => ['VERB', 'AUX'].includes(parse.words[i]!.pos))) return
  const trial = new Set(kept)
  drop(trial, { from: dash, to: order.at(-1)! })
  if (count(parse, trial) >= 3 && hasFiniteVerb(keptWords(parse, trial))) drop(kept, { from: dash, to: order.at(-1)! })
}

/**
 * The words of the "of" phrase a cut took right after the headline's last word ("of federal campaign finance"),
 * when they fit within `maxWords` and the headline then ends whole: its first word and the noun phrase after it,
 * not what the cut held beyond. None otherwise.
 */
function complementBack(parse: Parse, kept: Set<number>, pointKept: Set<number>, dropped: Cut[], maxWords: number): number[] {
  const last = keptWordIndices(parse, kept).at(-1)!
  // Past a closing mark kept ("10%[ of …]") and an aside cut before it ("from X[ (…)] to Y").
  let from = last + 1
  while (kept.has(from) && !isWord(parse.words[from]!)) from++
  let cut = dropped.find((c) => c.from === from)
  if (cut && parse.words[from]!.text === '(') cut = dropped.find((c) => c.from === cut!.to + 1)
  // Only a prepositional phrase ("of …", "to …") comes back: not a list's next item after its comma.
  if (!cut || parse.words[cut.from]!.pos !== 'ADP') return []
  const inPhrase = (i: number) => {
    const w = parse.words[i]!
    const prenominal = w.pos === 'VERB' && ['NOUN', 'ADJ'].includes(parse.words[i + 1]?.pos ?? '') && !isFiniteVerb(parse.words, i)
    return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(w.pos) || prenominal || !atBoundaries(parse, { from: i, to: i })
  }
  let end = cut.from + 1
  while (end <= cut.to && inPhrase(end)) end++
  const head = parse.words[end - 1]
  if (!head || !['NOUN', 'PROPN', 'NUM'].includes(head.pos)) return []
  // "for the Biotechnology [and Agricultural Trade Program]": a name goes on past its "and"; so does a phrase whose
  // noun shares its head with the next ("for state [and local election administration]").
  const next = parse.words[end + 1]
  if (parse.words[end]?.pos === 'CCONJ' && ((head.pos === 'PROPN' && /^\p{Lu}/u.test(next?.text ?? '')) || next?.pos === 'ADJ')) return []
  const back: number[] = []
  for (let i = cut.from; i < end; i++) if (pointKept.has(i) && !kept.has(i)) back.push(i)
  const trial = new Set([...kept, ...back])
  return back.length && count(parse, trial) <= maxWords && !endsBeforeItsComplement(parse, trial) ? back : []
}

/**
 * A cut that would leave adjectives of a list whose noun it takes ("global trade, economic[, and financial
 * governance]"): the cut from the comma before them, when what is left ends on a noun.
 */
function listRemnant(parse: Parse, kept: Set<number>, c: Cut): Cut | undefined {
  // The kept words just before the cut, nearest first (a few steps back, not the whole sentence).
  const previous = (i: number) => {
    let k = i - 1
    while (k >= 0 && !kept.has(k)) k--
    return k
  }
  let k = previous(c.from)
  if (k < 0 || parse.words[k]!.pos !== 'ADJ') return undefined
  while (k >= 0 && parse.words[k]!.pos === 'ADJ') k = previous(k)
  if (k < 0 || !isComma(parse, k)) return undefined
  const noun = parse.words[previous(k)]
  return noun && ['NOUN', 'PROPN'].includes(noun.pos) ? { from: k, to: c.to } : undefined
}

/** A headline states something: a finite verb with a content word after it, no loose end, quotes closed. */
function isWholeHeadline(parse: Parse, kept: Set<number>, words: Word[]): boolean {
  if (!hasFiniteVerb(words) || leavesClauseOpen(words) || endsOnPartitive(words) || unfinishedBetween(words)) return false
  // "As AI systems continue to improve": a subordinate clause alone states no claim; nor does a leading phrase
  // whose only verb is in a clause of its own ("In areas where there was limited fishing").
  // Nor does one whose first verb is a subordinate clause's ("A year after the ceasefire was signed").
  // ("Today, as it reaffirms its reputation as a political battleground": after a word of time and its comma.)
  const opening = words[1]?.text === ',' && words[0]!.pos !== 'VERB' ? words.slice(2) : words
  // ("Maybe only because …": after adverbs.)
  const first = opening.find((w) => isWord(w) && (w.pos !== 'ADV' || SUBORDINATORS.has(w.lower)))
  if ((SUBORDINATORS.has(first?.lower ?? '') || first?.pos === 'ADP' || opensSubordinate(words)) && !hasMainClause(words)) return false
  const main = mainVerb(parse, kept)!
  // "The document, signed by Sergei Kozlov, head of staff": a past participle and its agent after the subject's
  // comma tell who made it (a relative clause said short); the clause's own verb comes later, and was cut.
  const verb = parse.words[main]!
  if (isComma(parse, main - 1) && participleForm(verb, true) && parse.words[main + 1]?.lower === 'by') return false
  if (inContactClause(parse, kept, main)) return false
  const after = [...kept].filter((i) => i > main).map((i) => parse.words[i]!)
  if (!after.some((w) => ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(w.pos) && isWord(w))) return false
  const last = words.filter(isWord).at(-1)
  // "Congress may consider whether, and if so how": nor on the word that opens a clause.
  // ("charged the fees even [when …]": nor on an adverb that singles out what followed it.)
  if (!last || ['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'].includes(last.pos) || CLAUSE_OPENERS.has(last.lower) || SUBORDINATORS.has(last.lower) || COMPLEMENT_VERBS.has(last.lemma) || (last.pos === 'ADV' && FOCUS_ADVERBS.has(last.lower))) return false
  if (verbSeriesCut(parse, kept) || listCut(parse, kept, main) || modifierListCut(parse, kept)) return false
  // "FEMA issued an advisory update on April 16 saying": a participle of saying whose words were cut.
  // (The tagger may read "saying" as a noun; "a warning", "a broader understanding" are nouns.)
  const stem = last.lower.slice(0, -3)
  const lastAt = keptWordIndices(parse, kept).at(-1)!
  const participle = last.pos === 'VERB' || (last.pos === 'NOUN' && !['DET', 'ADJ', 'ADP'].includes(parse.words[lastAt - 1]?.pos ?? ''))
  if (last.lower.endsWith('ing') && participle && [last.lemma.toLowerCase(), stem, `${stem}e`].some((x) => SAYING_LEMMAS.has(x))) return false
  // "First held, it is celebrated each year": a leading participle whose phrase was cut down to itself.
  const [w0, w1, w2] = words
  // (The tagger may read "First" as a noun there.)
  if ((w0?.pos === 'VERB' && participleForm(w0, true) && w1?.text === ',') || (w0 && LEAD_ADVERBS.has(w0.lower) && w1?.pos === 'VERB' && participleForm(w1, true) && w2?.text === ',')) return false
  // Quotes closed: render drops a mark whose partner was cut, so only a mark with no partner at all is loose.
  return ![...kept].some((i) => /^["“”]$/.test(parse.words[i]!.text) && !parse.partner.has(i))
}

/**
 * "the framework covers AI model and data risks, vulnerabilities[ in open source models, AI’s effects … and …]": a
 * headline that ends on a noun phrase after a comma (its own "in …" allowed), a noun before that comma, and an "and"
 * or "or" in what was cut after it, stops inside a list of nouns, and would pass its first items off as all.
 */
function listCut(parse: Parse, kept: Set<number>, main: number): boolean {
  const order = keptWordIndices(parse, kept)
  const last = order.at(-1)!
  const comma = [...kept].filter((i) => i > main && isComma(parse, i)).sort((a, b) => a - b).at(-1)
  if (comma === undefined || kept.has(last + 1) || parse.words[last]!.pos !== 'NOUN' || parse.words[comma - 1]?.pos !== 'NOUN') return false
  const item = parse.words.slice(comma + 1, last + 1)
  if (item.some((w) => ['VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'PUNCT'].includes(w.pos))) return false
  const andOr = (i: number) => ['and', 'or'].includes(parse.words[i]!.lower)
  return parse.words.some((_, i) => i > last && !kept.has(i) && andOr(i))
}

/**
 * "The ACA will reinforce current EU[, US and UK efforts …]", "support current French[, German and Italian efforts]": a
 * headline that stops on the first of a list of modifiers whose noun comes after the last has cut the noun phrase
 * in two.
 */
function modifierListCut(parse: Parse, kept: Set<number>): boolean {
  const last = keptWordIndices(parse, kept).at(-1)!
  return !kept.has(last + 1) && splitsModifierList(parse, last + 1)
}

/** The comma at `at` parts the modifiers of one noun ("current EU[,] US and UK efforts"): a cut must not start there. */
function splitsModifierList(parse: Parse, at: number): boolean {
  if (splitsNounModifierList(parse, at)) return true
  if (!isComma(parse, at) || !['ADJ', 'PROPN'].includes(parse.words[at - 1]?.pos ?? '')) return false
  let k = at
  let joined = false
  while (k < parse.words.length && (isComma(parse, k) || MODIFIER_LIST_POS.has(parse.words[k]!.pos))) {
    if (parse.words[k]!.pos === 'CCONJ') joined = true
    k++
  }
  // (Not a time after a list of names: "to Iran, Syria and Venezuela last year".)
  return joined && parse.words[k]?.pos === 'NOUN' && !TIME_NOUNS.has(parse.words[k]!.lemma) && ['ADJ', 'PROPN'].includes(parse.words[k - 1]!.pos)
}
const MODIFIER_LIST_POS = new Set(['ADJ', 'PROPN', 'CCONJ'])

/**
 * "a training[, advising, assisting, and intelligence-sharing role]": the comma after the first of a determiner's
 * nouns or gerunds that modify the noun the list's last item ends on (one word each, the last item a modifier and
 * its noun).
 */
function splitsNounModifierList(parse: Parse, at: number): boolean {
  const { words } = parse
  const item = (w: Word | undefined) => !!w && (w.pos === 'NOUN' || w.pos === 'ADJ' || (w.pos === 'VERB' && w.lower.endsWith('ing')))
  if (!isComma(parse, at) || words[at - 2]?.pos !== 'DET' || !item(words[at - 1])) return false
  let k = at
  while (isComma(parse, k) && item(words[k + 1]) && isComma(parse, k + 2)) k += 2
  if (isComma(parse, k)) k++
  if (words[k]?.pos !== 'CCONJ') return false
  const start = ++k
  while (item(words[k]) || /^[-‐‑]$/.test(words[k]?.text ?? '')) k++
  const head = words[k - 1]
  return k - start >= 2 && head?.pos === 'NOUN' && !TIME_NOUNS.has(head.lemma)
}

/**
 * "It sets out a broad approach to identifying[, grading and responding to risks]", "will … independently
 * monitor[ and assure the safety of …]": a headline that stops on the first verbs of a series whose object comes
 * after the last has cut them from their object. So has one that stops on a participle that needs what follows
 * ("the rocket, known[ as the Space Launch System]", "barriers including[, for example, …]").
 */
function verbSeriesCut(parse: Parse, kept: Set<number>): boolean {
  const last = keptWordIndices(parse, kept).at(-1)!
  const w = parse.words[last]!
  if (w.pos !== 'VERB' || kept.has(last + 1)) return false
  if (NEEDS_COMPLEMENT.has(w.lower)) return true
  const next = parse.words[last + 1]
  if (!next || !(next.text === ',' || next.pos === 'CCONJ')) return false
  // The verb opens its phrase ("to identifying", "independently monitor", ", maximize"): after a noun it is its
  // participle ("the information required"), after "be" a passive ("can be isolated [and treated]"), which stand
  // without an object.
  if (!['ADP', 'PART', 'ADV', 'PUNCT', 'CCONJ'].includes(parse.words[last - 1]?.pos ?? '')) return false
  let k = last + 1
  while (k < parse.words.length && k <= last + SERIES_REACH && ['PUNCT', 'CCONJ', 'ADV'].includes(parse.words[k]!.pos)) k++
  const member = parse.words[k]
  // A member of the series has the form of the first ("identifying, grading", which the tagger may read as a noun);
  // ", giving us …" after "circulated" is a participle's clause, no member.
  const verbal = member?.pos === 'VERB' || (verbForm(w) === 'ing' && member?.pos === 'NOUN' && member.lower.endsWith('ing'))
  return !!member && verbal && verbForm(member) === verbForm(w) && !NEEDS_COMPLEMENT.has(member.lower)
}
const verbForm = (w: Word) => (w.lower.endsWith('ing') ? 'ing' : /(?:ed|en)$/.test(w.lower) ? 'ed' : 'plain')
/** Adverbs of time before a leading participle: "First held …,", "Originally built …,". */
const LEAD_ADVERBS = new Set(['first', 'once', 'originally', 'initially', 'newly', 'recently', 'later', 'long'])
/** How far the next verb of a series may follow the comma or conjunction after the last: "monitor [and assure]". */
const SERIES_REACH = 3
/** Participles that need what follows them: "known [as X]", "titled [“X”]", "including [X]". */
const NEEDS_COMPLEMENT = new Set(['known', 'called', 'named', 'dubbed', 'titled', 'entitled', 'termed', 'labeled', 'labelled', 'nicknamed', 'including', 'such'])

/**
 * The headline opens with a time before a clause ("A year after the ceasefire was signed", "Weeks after Iran allowed
 * the reopening", "Days before the vote was held"): the clause is the time's, not the claim.
 */
function opensSubordinate(words: Word[]): boolean {
  const k = words.findIndex((w) => TIME_CONJUNCTIONS.has(w.lower))
  if (k < 1 || k > MAX_TIME_WORDS || !words.slice(0, k).some((w) => TIME_NOUNS.has(w.lemma))) return false
  if (!words.slice(0, k).every((w) => ['DET', 'NUM', 'ADJ', 'ADV', 'NOUN'].includes(w.pos))) return false
  const comma = words.findIndex((w, i) => i > k && w.text === ',')
  return words.slice(k + 1, comma < 0 ? words.length : comma).some((_, i) => isFiniteVerb(words, k + 1 + i))
}
const TIME_CONJUNCTIONS = new Set(['after', 'before', 'since', 'until'])
/** "A few short weeks after": the time before the conjunction is a short phrase. */
const MAX_TIME_WORDS = 4

/**
 * "engaged in a scheme to acquire U.S.-origin items, send the items to Iran and mask its involvement": the comma that
 * opens the second of a list of infinitive phrases after the main verb (a bare verb after it, no finite verb since
 * the "to"), to the sentence's end. Undefined when there is none.
 */
function infinitiveListTail(parse: Parse, kept: Set<number>): Cut | undefined {
  const { words } = parse
  const main = mainVerb(parse, kept)
  if (main === undefined) return undefined
  const order = [...kept].sort((a, b) => a - b).filter((i) => i > main && !parse.quoted[i])
  const bare = (k: number) => words[k]?.pos === 'VERB' && words[k]!.lower === words[k]!.lemma.toLowerCase()
  const to = order.find((i) => words[i]!.lower === 'to' && words[i]!.pos === 'PART' && bare(i + 1))
  if (to === undefined) return undefined
  const comma = order.find((i) => i > to + 1 && words[i]!.text === ',' && bare(i + 1))
  if (comma === undefined || words.slice(to + 2, comma).some((_, k) => isFiniteVerb(words, to + 2 + k))) return undefined
  return { from: comma, to: words.length - 1 }
}

/**
 * "Even the most ambitious trade deal on services the EU has ever struck[ – with Canada – falls short …]": the
 * headline's only verb is that of a relative clause with no "that", a noun phrase after the subject's noun, and the
 * clause's own verb was cut.
 */
function inContactClause(parse: Parse, kept: Set<number>, main: number): boolean {
  const before = keptWordIndices(parse, kept).filter((i) => i < main)
  // Back over the verb group and the clause's subject (a determiner, then names or nouns) to the word before it.
  let k = before.length - 1
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(parse.words[before[k]!]!.pos)) k--
  const subjectEnd = k
  while (k >= 0 && ['PROPN', 'NOUN', 'ADJ'].includes(parse.words[before[k]!]!.pos)) k--
  if (k === subjectEnd || parse.words[before[k] ?? -1]?.pos !== 'DET') return false
  // (Right before the determiner: no comma between, "Osaka, home to …, the ground is rising".)
  const head = before[k - 1] === before[k]! - 1 ? parse.words[before[k - 1]!] : undefined
  // The noun the clause hangs on, with no verb before it, and no verb kept after the clause's.
  if (!head || head.pos !== 'NOUN' || before.slice(0, k - 1).some((i) => ['VERB', 'AUX'].includes(parse.words[i]!.pos))) return false
  // (Not a question's noun: "how much grass the savannas produce could affect …".)
  if (before.slice(Math.max(0, k - 4), k - 1).some((i) => ['how', 'what', 'which', 'whose'].includes(parse.words[i]!.lower))) return false
  // (Past the clause's verb group, to its verb: "the EU has ever struck".)
  let end = main
  while (parse.words[end]!.pos !== 'VERB' && ['AUX', 'ADV', 'PART', 'VERB'].includes(parse.words[end + 1]?.pos ?? '')) end++
  return !keptWordIndices(parse, kept).some((i) => i > end && (parse.words[i]!.pos === 'AUX' || isFiniteVerb(parse.words, i)))
}
