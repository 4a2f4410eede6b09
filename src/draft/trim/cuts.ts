/**
 * What a point may lose: a lead (connective, attribution, circumstance, dateline, label), a connective or an
 * appositive inside, parentheses, relative clauses, a trailing phrase and time phrases.
 */
import trimData from '../../../data/draft/trim.json' with { type: 'json' }
import connectives from '../../../data/draft/connectives.json' with { type: 'json' }
import actorsData from '../../../data/actors.json' with { type: 'json' }
import { backReference, hasFiniteVerb, isFiniteVerb, isImperative, participleForm } from '../../language/grammar.ts'
import { type Word } from '../../language/tagger.ts'
import { openQuotations } from '../../language/index.ts'
import { CALENDAR_NAMES, EXAMPLE_LEADS, POSSESSIVE_DETERMINERS, RELATIVE_OPENERS } from '../../language/data.ts'
import { MONTHS, phrases, RE_YEAR, SPAN_CLOSERS, SPAN_OPENERS, TIME_WORDS } from './vocabulary.ts'
import { OBJECT_INFINITIVE_VERBS, SAYING_LEMMAS } from './ends.ts'
import LANGUAGE_DATA from '../../../data/language.json' with { type: 'json' }
import { type Cut, defersObject, firstPhrase, isComma, lastContent, nextComma, type Parse, RE_ELISION, setOffDash, startsWith } from './parse.ts'
import { NOUN_PHRASE_POS } from '../../language/data.ts'
import { COMPLEMENTIZERS, COMPLEX_PREPOSITIONS, EVIDENCE_OPENERS, evidenceReference, EXAMPLE_OPENERS, hasMainClause, isAndOr, isListItemBefore, nounPhraseAfter, RELATIVE, relativeThat, startsClause, startsList, SUBORDINATORS } from './clauses.ts'

const LEADING_CONNECTIVES = phrases(connectives.leading)
/** How many words past a comma the next comma of a lead's clause may stand (an aside's, a list's, a clause's). */
const LEAD_CLAUSE_REACH = 27

/** Words after which a leading "so" is no connective: a degree word's, a conjunction's or a question's. */
const SO_NOT_CONNECTIVE = new Set(['that', 'many', 'much', 'few', 'far', 'long', 'called', 'what', 'where', 'why', 'how', 'who', 'when', 'to', 'as'])
const COMMA_CONNECTIVES = phrases(connectives.beforeComma)
const LEADING_OPENERS = phrases(trimData.leadingOpeners)
/** The possessive ending the tagger splits off its word: "Today’s" → "Today" + "’s". */
const RE_POSSESSIVE_MARK = /^['’]s$/i
const KEEP_OPENERS = phrases(trimData.keepOpeners)
const FUTURE_CONDITION_OPENERS = new Set<string>(trimData.futureConditionOpeners)
/** Auxiliaries of a main clause in the future, after which a leading "when" clause is a condition. */
const FUTURE_AUXILIARIES = new Set(['will', 'would', 'shall', "'ll", '’ll', 'wo'])
const FIXED_ADVERBIALS = phrases(trimData.fixedAdverbials)
const MID_CONNECTIVES = phrases(trimData.midConnectives)
const TRAILING_OPENERS = phrases(trimData.trailingOpeners)
const TIME_ADVERBIALS = phrases(trimData.timeAdverbials)
const TIME_DETERMINERS = new Set(['this', 'that', 'last', 'next', 'each', 'every'])
const TIME_PREPOSITIONS = new Set(['in', 'on', 'within', 'since', 'by', 'during', 'from', 'after', 'before', 'throughout'])
const RE_ENUMERATOR = /^(?:[a-z]|[ivx]{1,5}|\d{1,2})$/i

/** What a footnote's number may stand before: an article, a pronoun, a preposition, a verb, an adverb, a conjunction. */
const FOOTNOTE_FOLLOWERS = new Set(['DET', 'PRON', 'ADP', 'VERB', 'ADV', 'SCONJ'])

/** How many more items of a list a lead's "and" is looked for over. */
const LIST_ITEMS_AHEAD = 4

/**
 * The list whose item the comma at `c` closes goes on, item by item, to an item with "and" or "or" within
 * LIST_ITEMS_AHEAD items, and a comma closes that last item too: the list is the lead's. (One whose last item runs
 * into a verb is the subject of the clause: "In September 2021, the governments of A, B, and C launched …".)
 */
function andAhead(parse: Parse, c: number): boolean {
  const { words } = parse
  for (let n = 0, k = c; n < LIST_ITEMS_AHEAD; n++) {
    const next = nounPhraseAfter(parse, k)
    if (next < 0) return false
    if (words.slice(k + 1, next).some(isAndOr)) return true
    // (The items before the last are single words, "Development, Test, and …": a name and its title set off by
    // commas, "At 11:30 a.m., Guy Parmelin, Councillor and Minister …, signed", are no list.)
    if (next - k - 1 > 1) return false
    k = next
  }
  return false
}

/**
 * Leading connectives and leading phrases or clauses up to a comma, while a whole clause follows; apart, the leads
 * only a headline drops (`titleOnly`): one naming a place, or a purpose ("To facilitate future work, we …"); and the
 * one a point keeps while it is short (`dated`): a year right before the clause ("In 2018, the congress …").
 */
export function leadCuts(parse: Parse): { cuts: Cut[]; titleOnly: Cut[]; dated?: Cut } {
  const { words } = parse
  const cuts: Cut[] = []
  const titleOnly: Cut[] = []
  let dated: Cut | undefined
  let i = 0
  const label = labelCut(parse) ?? datelineCut(parse)
  if (label) {
    cuts.push(label)
    i = label.to + 1
  }
  // "9 The OPR fund balance is …", "1 We excluded 5 studies", "2 Per OPR procedures, …", "7 According to …": a
  // footnote's number before a capitalised word that is nothing it could count (a page's footnote run into the
  // text) says nothing.
  if (i === 0 && words[0]?.pos === 'NUM' && /^\d{1,2}$/.test(words[0].text) && FOOTNOTE_FOLLOWERS.has(words[1]?.pos ?? '') && /^\p{Lu}/u.test(words[1]!.text)) {
    cuts.push({ from: 0, to: 0 })
    i = 1
  }
  // "(b) The Secretary shall …", "(iv) …": a list's enumerator numbers the item; it says nothing.
  if (words[i]?.text === '(' && words[i + 2]?.text === ')' && RE_ENUMERATOR.test(words[i + 1]?.text ?? '')) {
    cuts.push({ from: i, to: i + 2 })
    i += 3
  }
  while (i < words.length) {
    if (parse.quoted[i]) break
    // "[...] now I have discovered …", "(...) transparency will be …", "But […] now …": an elision mark that opens
    // the words, or follows a connective that does, marks what the writer left out; the point starts after it.
    const elision = elisionAt(words, i)
    if (elision > 0 && words[i + elision]) {
      cuts.push({ from: i, to: i + elision - 1 })
      i += elision
      continue
    }
    // "This affirms that X": the author's conclusion X, without the reference back.
    const evidence = firstPhrase(words, i, EVIDENCE_OPENERS)?.length ?? evidenceReference(words, i)
    if (evidence && startsClause(words.slice(i + evidence))) {
      cuts.push({ from: i, to: i + evidence - 1 })
      i += evidence
      continue
    }
    if (firstPhrase(words, i, FIXED_ADVERBIALS)) break
    const announcing = firstPhrase(words, i, COMMA_CONNECTIVES)
    const enumerates = announcing && isComma(parse, i + announcing.length) ? announcing : undefined
    // "In addition to taking …, the FTC …": a connective that opens a complex preposition is none; its phrase is a lead.
    const connective = enumerates ?? firstPhrase(words, i, LEADING_CONNECTIVES)
    const preposition = connective && COMPLEX_PREPOSITIONS.some((p) => p.length > connective.length && startsWith(words, i, p))
    // ("So desperate is he …", "So many died", "So that …", "So what changes?", "So were people who …": "so" as a
    // degree word, before a conjunction or a question word, or inverted before its verb ("likewise") is no connective.)
    // ("So that is why …": "that" the subject of its verb; "so that" a conjunction otherwise.)
    const thatSubject = words[i + 1]?.lower === 'that' && ['AUX', 'VERB'].includes(words[i + 2]?.pos ?? '')
    const degree = connective?.length === 1 && words[i]!.lower === 'so' && !thatSubject && (['ADJ', 'ADV', 'AUX', 'VERB'].includes(words[i + 1]?.pos ?? '') || SO_NOT_CONNECTIVE.has(words[i + 1]?.lower ?? ''))
    if (connective && !preposition && !degree) {
      const end = i + connective.length - 1
      const next = isComma(parse, end + 1) ? end + 1 : end
      if (hasFiniteVerb(words.slice(next + 1))) {
        cuts.push({ from: i, to: next })
        i = next + 1
        continue
      }
    }
    if (firstPhrase(words, i, KEEP_OPENERS)) break
    const w = words[i]!
    let comma = nextComma(parse, i, i + 26)
    // (An attribution's source may hold a colon in its title: "According to Force Design: A Snapshot, …".)
    if (comma < 0) comma = titledAttributionEnd(parse, i)
    if (comma < 0) break
    // "In 2019 John Smith, the director of the agency, said …", "Last week Jane Doe, a senator from Ohio, proposed …":
    // a lead with no comma of its own runs into the subject's name, whose title is set off after it and whose verb
    // follows: the lead ends before the name.
    const named = subjectNameInLead(parse, i, comma)
    if (named > 0) {
      cuts.push({ from: i, to: named - 1 })
      break
    }
    // "Along with hands-on training, capacity building, and API credits, this access …": the lead holds a list,
    // and ends at the comma after its last item.
    // "In the instances of Milošević, Mladić and Karadžić, it took …": the last item may hold its "and".
    // (Not past a clause: "In places where plague occurs naturally, good hygiene and careful handling of sick, dead
    // or hunted animals lowers …" holds no list.)
    // ("Working closely with partners in the US, Canada and EU, the UK has …": a participle's lead too, when the list
    // is of names and a clause follows it with its verb before any other comma; not an attribution's.)
    const participle = w.pos === 'VERB' && w.lower.endsWith('ing') && !attributionAt(words, i)
    while ((w.pos === 'ADP' || participle) && !hasFiniteVerb(words.slice(i, comma))) {
      const next = nounPhraseAfter(parse, comma)
      const after = next > 0 ? nextComma(parse, next, words.length) : -1
      const names = next > 0 && words.slice(comma + 1, next).every((x) => ['PROPN', 'CCONJ', 'DET'].includes(x.pos))
      if (participle && (!names || !hasFiniteVerb(words.slice(next + 1, after > 0 ? after : words.length)))) break
      const last = isAndOr(words[comma + 1]) || (next > 0 && words.slice(comma + 2, next).some(isAndOr))
      // ("For FY2027 Research, Development, Test, and Evaluation funding, the Army …": a list of more than three
      // items goes on until its "and".)
      // (Nor a title a name set off after it holds: "On January 7, the minister of Mines and Energy, Edison Lobão,
      // declared …" is the subject's.)
      if (next < 0 || !(last || isAndOr(words[next + 1]) || (next - comma - 1 === 1 && andAhead(parse, next))) || nameSetOff(words, next)) break
      comma = next
      if (last) break
    }
    // "On Friday, April 23, 2021, the agency …", "By 11:59 PM EDT, Wednesday, September 23, 2020, submit …": a date
    // written in parts set off by commas is the lead's, to the comma after its last part.
    for (let next = nextComma(parse, comma, comma + 2 + MAX_DATE_PART_TOKENS); next > 0 && isDatePart(words.slice(comma + 1, next)); next = nextComma(parse, comma, comma + 2 + MAX_DATE_PART_TOKENS)) comma = next
    // ("By 5 pm on Friday, April 23, 2021 all federal agencies must …": with no comma after its last part, the date
    // is the lead's up to the clause that follows it.)
    const dateEnd = datePartsEnd(words, comma + 1)
    if (dateEnd > comma + 1 && !isComma(parse, dateEnd) && startsClause(words.slice(dateEnd))) comma = dateEnd - 1
    // "Given that X shares the costs and, in many cases, may not be the requester, USACE asks …": a comma right after
    // a conjunction opens an aside inside the lead, which goes on after it.
    if (words[comma - 1]?.pos === 'CCONJ') {
      const aside = nextComma(parse, comma + 1, comma + APPOSITIVE_WORDS)
      const end = aside > 0 ? nextComma(parse, aside + 1, aside + LEAD_CLAUSE_REACH) : -1
      if (end < 0) break
      comma = end
    }
    // "Following the end of the gold standard, where the dollar was pegged to gold, Congress struck …": a relative
    // clause set off by commas after the lead's noun is the lead's too.
    let relative = -1
    if (RELATIVE.has(words[comma + 1]?.lower ?? '') && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(words[comma - 1]?.pos ?? '')) {
      const close = nextComma(parse, comma + 1, comma + MAX_CHAINED_LEAD)
      if (close > 0 && startsClause(words.slice(close + 1))) (relative = comma), (comma = close)
    }
    // "At the invitation of His Excellency Luong Cuong, President of Viet Nam, His Excellency … paid a visit": the
    // title set off by commas after the lead's last name is the lead's too.
    // (Not a title whose holder a name set off after it gives: "On Monday, the prime minister, Fumio Kishida, said
    // …" is the subject's title, not Monday's.)
    if (w.pos === 'ADP' && words[comma - 1]?.pos === 'PROPN') {
      const close = nextComma(parse, comma + 1, comma + APPOSITIVE_WORDS)
      if (close > 0 && titleAside(words.slice(comma + 1, close)) && startsClause(words.slice(close + 1)) && !nameSetOff(words, close)) comma = close
    }
    // "Waiting for his clients near Phnom Penh’s biggest casino, NAGA World, Sok Ny told …": a name set off after the
    // lead's last noun names that noun, and is the lead's too (not the clause's subject: a clause follows it).
    if ((w.pos === 'ADP' || (w.pos === 'VERB' && w.lower.endsWith('ing'))) && words[comma - 1]?.pos === 'NOUN') {
      const close = nextComma(parse, comma + 1, comma + 1 + MAX_APPOSED_NAME_WORDS)
      const name = close > 0 ? words.slice(comma + 1, close) : []
      // (The clause's subject and verb follow with no comma between: not "…, BNS, among other things, will pay",
      // "…, Chang Suk Chung, a Korean citizen, worked", where the name is the subject.)
      const next = close > 0 ? nextComma(parse, close + 1, words.length) : -1
      const clause = close > 0 ? words.slice(close + 1, next > 0 ? next : words.length) : []
      const subject = ['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM'].includes(clause[0]?.pos ?? '')
      if (name.length > 0 && name.every((x) => x.pos === 'PROPN' || x.pos === 'DET') && name.at(-1)!.pos === 'PROPN' && subject && hasFiniteVerb(clause)) comma = close
    }
    // "While standard security, criminal, and health checks will continue, officials …": a subordinate clause whose
    // subject is a list runs past the list's commas to the comma after its verb.
    // (Only a noun phrase before the comma: "While fishing accounts for 40% of jobs in the north, 30% …, and 20% …,
    // tourism …" has its verb, and its list comes after it.)
    const subjectOnly = words.slice(i + 1, comma).every((x) => NOUN_PHRASE_POS.has(x.pos))
    if (w.pos === 'SCONJ' && w.lower !== 'as' && subjectOnly && !hasFiniteVerb(words.slice(i, comma)) && startsList(parse, comma)) {
      const verb = words.findIndex((_, k) => k > comma && isFiniteVerb(words, k))
      const close = verb > 0 ? nextComma(parse, verb, verb + 26) : -1
      if (close < 0) break
      comma = close
    }
    // "And in growing, dynamic democracies throughout Asia, we see …": a comma between two adjectives of one noun is
    // inside the lead's noun phrase, which goes on to the next comma.
    if (adjectival(words[comma - 1]) && words[comma + 1]?.pos === 'ADJ') {
      const close = nextComma(parse, comma + 1, comma + LEAD_CLAUSE_REACH)
      if (close > 0 && !hasFiniteVerb(words.slice(i, close)) && startsClause(words.slice(close + 1))) comma = close
    }
    const lead = words.slice(i, comma)
    const purpose = w.lower === 'to' && w.pos === 'PART' && words[i + 1]?.pos === 'VERB'
    const opens =
      purpose ||
      firstPhrase(words, i, COMPLEX_PREPOSITIONS) ||
      // (Not a day word that owns the subject: "Today’s actions, in coordination with our partners, cut off …".)
      (firstPhrase(words, i, LEADING_OPENERS) && !RE_POSSESSIVE_MARK.test(words[i + 1]?.text ?? '')) ||
      ['ADP', 'SCONJ'].includes(w.pos) ||
      // (Not a gerund subject whose object is a list: "amending eligibility, benefits, or other rules can have …".)
      // (Nor a gerund subject alone before an aside: "Spamming, the mass sending of emails, is lucrative".)
      (w.pos === 'VERB' && w.lower.endsWith('ing') && !startsList(parse, comma) && !lastItemsFollow(words, comma) && !(lead.length === 1 && asideFollows(words, comma))) ||
      // "Taken together, …", "Founded in 1990, …", "Given X, …", "Designed to operate in spring, …": a past
      // participle's phrase, before its subject (not one that describes the subject's noun: "Improved artillery
      // systems, drones and … have renewed concerns").
      (w.pos === 'VERB' && participleForm(w, true) && (w.lower === 'given' || ['ADP', 'ADV'].includes(words[i + 1]?.pos ?? '') || (words[i + 1]?.lower === 'to' && words[i + 2]?.pos === 'VERB')) && !hasFiniteVerb(lead)) ||
      // "Given that X may …, Y …": a subordinate clause.
      (w.lower === 'given' && words[i + 1]?.lower === 'that') ||
      // "Both a burden and a gift, …": a descriptive phrase with no verb and no name (not a list of names, nor
      // the first item of a listed subject: "The rate, scale, and form of X will determine …").
      // (Nor a subject whose last modifiers a comma lists: "good hygiene and careful handling of sick, dead or hunted
      // animals lowers …" ends on an adjective, not on its noun.)
      (['DET', 'ADJ', 'ADV'].includes(w.pos) && lead.length <= 8 && commentClauseEnd(parse, comma + 1) < 0 && !(lead.length >= 3 && lead.at(-1)?.pos === 'ADJ') && !lead.some((x) => ['VERB', 'AUX', 'PROPN'].includes(x.pos)) && !startsList(parse, comma) && !(lead.some((x) => x.pos === 'NOUN') && asideFollows(words, comma)))
    if (!opens) break
    // "Now – as then – the police have been accused of X, including …": a lead with a verb of its own is a
    // clause; only a subordinate one ("Although X did Y, …") may go.
    // "As AI systems improve, …" is subordinate; "As a result, …" is not (a clause must follow "as").
    const asClause = w.lower === 'as' && startsClause(words.slice(i + 1, comma))
    const subordinating = w.pos === 'SCONJ' || SUBORDINATORS.has(w.lower) || asClause || words.slice(i, i + 2).some((x) => x.pos === 'SCONJ' && x.lower !== 'as')
    // ("In light of the limit that requires waivers, …": a relative clause inside a phrase makes it no clause; nor
    // does a participle in an attribution: "According to data on grants terminated, as of May, HHS had …".)
    const attribution = attributionAt(words, i)
    // (A purpose's infinitive is no finite verb; one after it is in a clause it holds: "To understand how formula is
    // advertised, GAO purchased …".)
    // (A relative clause the lead took has its own verb: "where the dollar was pegged".)
    const own = relative >= 0 ? words.slice(i, relative) : lead
    if (!subordinating && !attribution && !purpose && (w.pos === 'ADP' ? hasMainClause(own, { relativeThat: true }) : hasFiniteVerb(own))) break
    // "Even though my duties are done, and my relationship is no longer formal, I still think …", "As AI systems
    // improve, and are adopted at scale, it's crucial …": a clause or verb phrase joined to a subordinate one by
    // "and" belongs to it.
    // (A subordinator the tagger reads as an adverb is one still: "When/ADV the economy is …, and markets are …, we will …".)
    const subordinate = w.pos === 'SCONJ' || (SUBORDINATORS.has(w.lower) && w.lower !== 'as') || asClause || words.slice(i, i + 3).some((x) => x.pos === 'SCONJ')
    const joined = subordinate && ['and', 'or'].includes(words[comma + 1]?.lower ?? '') ? nextComma(parse, comma + 1, comma + LEAD_CLAUSE_REACH) : -1
    let end = listEnd(parse, joined > 0 && startsClause(words.slice(joined + 1)) ? joined : comma, ['ADP', 'SCONJ'].includes(w.pos))
    // "According to the Afghan team's coach, Alireza Mehraban, in their first matchup, …": the name set off after the
    // one the attribution names is that one's, and goes with it.
    if (attribution) end = apposedNameEnd(words, end)
    // "Unilateral measures, including tariffs …, could undermine …", "as many as 3,000 people, including hundreds of
    // noncombatants, have been killed": examples after the comma are the lead's noun's, and that noun is the
    // subject, no lead; after a subordinate clause ("When X is combined with other information, including A, B, and
    // C, scientists can …") they are the clause's, which ends after them.
    if (EXAMPLE_LEADS.some((p) => startsWith(words, end + 1, p))) {
      if (!subordinating) break
      // (Its end is the comma after which a clause runs to its verb before any other comma.)
      const clauseAfter = (c: number) => {
        const next = nextComma(parse, c + 1, words.length)
        const segment = words.slice(c + 1, next > 0 ? next : words.length)
        return startsClause(segment) && hasFiniteVerb(segment)
      }
      let close = nextComma(parse, end + 1, end + LEAD_CLAUSE_REACH)
      while (close > 0 && !clauseAfter(close)) close = nextComma(parse, close + 1, end + LEAD_CLAUSE_REACH)
      if (close < 0) break
      end = close
    }
    // "Despite efforts by neighboring governments, including the PRC and Thailand, to rein in scam operators, the
    // industry …": an infinitive after the lead's aside completes the lead's noun, and the lead ends after it; left
    // alone it would read as the main clause's purpose.
    if (!purpose && words.slice(i, end).some((x) => x.text === ',') && words[end + 1]?.lower === 'to' && words[end + 2]?.pos === 'VERB') {
      const close = nextComma(parse, end + 1, end + LEAD_CLAUSE_REACH)
      if (close < 0) break
      end = close
    }
    const rest = words.slice(end + 1)
    // "When the virus is under control, businesses will reopen": a time clause before a future is its condition.
    if (FUTURE_CONDITION_OPENERS.has(w.lower) && futureClause(rest)) break
    // ("Taken together, along with the fact that …, these figures suggest …": another lead may come first.)
    if (!hasFiniteVerb(rest) || !(startsClause(rest) || leadsIntoClause(rest, ['ADP', 'SCONJ']))) break
    // 'According to a 2017 NOAA notice, "any rights … are not secured internationally."': the attribution names
    // whose words the quotation after it are; without it they would have no speaker.
    if (attribution && /^["“]$/.test(words[end + 1]?.text ?? '') && parse.quoted[lastContent(parse)]) break
    // "In New Zealand, 80% of the coastline is sinking": where the claim holds is part of it; a headline may lose it.
    if (purpose || placeLead(words.slice(i, end)) || deadlineLead(words.slice(i, end), rest)) titleOnly.push({ from: i, to: end })
    else if (yearLead(words.slice(i, end)) && !dated) dated = { from: i, to: end }
    else cuts.push({ from: i, to: end })
    i = end + 1
  }
  // A date right before the clause, which opens on no reference back (that would hide it: "In 2019, it …"); not
  // one before other words that open the sentence ("In February 2026, less than four months after taking office, she
  // led …"): it goes with the other leads.
  if (!dated) return { cuts, titleOnly }
  const verb = words.findIndex((_, k) => k >= i && isFiniteVerb(words, k))
  const plain = verb > i && startsClause(words.slice(i)) && !words.slice(i, verb).some((w) => w.text === ',') && backReference(words.slice(i)) === undefined
  if (dated.to + 1 === i && plain) return { cuts, titleOnly, dated }
  return { cuts: [...cuts, dated], titleOnly }
}

/** How many tokens an elision mark at `i` takes: "[...]", "(…)" 3, "…" 1; 0 when there is none. */
function elisionAt(words: Word[], i: number): number {
  const bracketed = (words[i]?.text === '[' && words[i + 2]?.text === ']') || (words[i]?.text === '(' && words[i + 2]?.text === ')')
  if (bracketed && RE_ELISION.test(words[i + 1]?.text ?? '')) return 3
  return RE_ELISION.test(words[i]?.text ?? '') ? 1 : 0
}

/**
 * "Within 60 calendar days after issuance of this directive, develop …", "By 5 pm on Friday, April 23, 2021 all
 * federal agencies must …": a time with a number before what must be done (a clause opening on its bare verb, or with
 * "must" or "shall") is the deadline, which is the claim: a point keeps it; a headline may lose it.
 */
function deadlineLead(lead: Word[], rest: Word[]): boolean {
  if (!DEADLINE_OPENERS.some((p) => p.every((x, k) => lead[k]?.lower === x)) || !lead.some((w) => w.pos === 'NUM' || /^\d/.test(w.text))) return false
  const verb = rest.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX')
  return (verb === 0 && rest[0]!.lemma === rest[0]!.lower) || rest.slice(0, verb + 1).some((w) => w.lower === 'must' || w.lower === 'shall')
}
const DEADLINE_OPENERS = [['by'], ['within'], ['no', 'later', 'than'], ['not', 'later', 'than'], ['at']]

/** An adjective or an -ing participle, which may describe a noun after it: "growing, dynamic democracies". */
const adjectival = (w: Word | undefined) => w?.pos === 'ADJ' || (w?.pos === 'VERB' && w.lower.endsWith('ing'))

/** "According to" at `i`. */
function attributionAt(words: Word[], i: number): boolean {
  return words[i]?.lower === 'according' && words[i + 1]?.lower === 'to'
}

/**
 * "According to the Marines' 2024 Force Design: A Snapshot, the ARV is …": the comma closing an attribution at `i`
 * whose source's title holds a colon (no verb between the colon and the comma), or -1.
 */
function titledAttributionEnd(parse: Parse, i: number): number {
  if (!attributionAt(parse.words, i)) return -1
  const colon = parse.words.findIndex((x, k) => k > i && x.text === ':' && !parse.quoted[k])
  const comma = colon > 0 ? nextComma(parse, colon, i + 26) : -1
  return comma > 0 && !hasFiniteVerb(parse.words.slice(colon + 1, comma)) ? comma : -1
}

/** The comma closing a name set off right after the comma at `comma` ("…'s coach, Alireza Mehraban,"), or `comma`. */
function apposedNameEnd(words: Word[], comma: number): number {
  let k = comma + 1
  while (words[k]?.pos === 'PROPN') k++
  // (Only after a person's title or role, and not a list's first member: "According to the report, Acme, Brightmart
  // and Kestrel …", "According to the report, Acme, the largest retailer, …".)
  const role = TITLE_HEADS.has(words[comma - 1]?.lower ?? '')
  return k - comma >= 2 && role && words[k]?.text === ',' && words[k + 1]?.pos !== 'PROPN' && !['and', 'or'].includes(words[k + 1]?.lower ?? '') ? k : comma
}

/**
 * Where the subject's name opens inside the lead that ends at `comma` ("In 2019 [John Smith], the director …, said"):
 * a lead opened by a preposition or a time phrase, its last words a name right after a number or a noun, then a
 * title set off by commas and the name's verb; -1 when the lead is no such one.
 */
function subjectNameInLead(parse: Parse, i: number, comma: number): number {
  const { words } = parse
  let p = comma - 1
  while (p > i && words[p - 1]?.pos === 'PROPN') p--
  if (words[comma - 1]?.pos !== 'PROPN' || p <= i + 1 || !['NUM', 'NOUN'].includes(words[p - 1]!.pos)) return -1
  if (!(words[i]!.pos === 'ADP' || firstPhrase(words, i, LEADING_OPENERS)) || hasFiniteVerb(words.slice(i, p))) return -1
  const close = nextComma(parse, comma + 1, comma + APPOSITIVE_WORDS)
  if (close < 0 || !['DET', 'ADJ', 'NOUN'].includes(words[comma + 1]?.pos ?? '') || hasFiniteVerb(words.slice(comma + 1, close))) return -1
  return isFiniteVerb(words, pastAdverbs(words, close + 1)) ? p : -1
}

/** A name set off by commas right after the comma at `comma`, then the verb it is subject of: ", Fumio Kishida, said". */
function nameSetOff(words: Word[], comma: number): boolean {
  let k = comma + 1
  while (words[k]?.pos === 'PROPN') k++
  return k > comma + 1 && words[k]?.text === ',' && isFiniteVerb(words, pastAdverbs(words, k + 1))
}

/** A person's title set off by commas: "President of the Socialist Republic of Viet Nam", "the agency's director". */
function titleAside(words: Word[]): boolean {
  const from = words.findIndex((w) => w.pos !== 'DET')
  const opens = from >= 0 && TITLE_PHRASES.some((t) => t.every((x, k) => words[from + k]?.lower === x))
  return opens && !words.some((w) => w.pos === 'VERB' || w.pos === 'AUX')
}
/** People's titles and roles (data/actors.json), as lower-case word sequences: "prime minister", "director". */
const TITLE_PHRASES = [...actorsData.titles, ...actorsData.roles].map((t: string) => t.toLowerCase().split(/\s+/))
/** The last words of those titles and roles: "coach", "minister", "spokesperson". */
const TITLE_HEADS = new Set(TITLE_PHRASES.map((t) => t.at(-1)!))

/**
 * "While trade accounts for 67% of A's GDP, 73% of B's GDP, and 37% of C's GDP, it accounts for …": a lead that
 * lists items ends at the comma after its last item (the one "and" or "or" opens), not its first. `comma` is the
 * comma the lead was found to end at; the comma it does end at is returned.
 */
function listEnd(parse: Parse, comma: number, lists: boolean): number {
  if (!lists) return comma
  const { words } = parse
  const item = nounPhraseAfter(parse, comma)
  if (item < 0 || isAndOr(words[comma + 1]) || !isAndOr(words[item + 1])) return comma
  const last = nextComma(parse, item + 1, item + 12)
  if (last < 0 || hasFiniteVerb(words.slice(item + 2, last)) || !startsClause(words.slice(last + 1))) return comma
  return last
}

/** The words open with a phrase of a preposition up to a comma, then a clause: "along with the fact that …, these figures suggest". */
function leadsIntoClause(words: Word[], openers: readonly string[] = ['ADP']): boolean {
  if (!openers.includes(words[0]?.pos ?? '')) return false
  const comma = words.findIndex((w, k) => k > 1 && w.text === ',')
  return comma > 0 && comma <= MAX_CHAINED_LEAD && startsClause(words.slice(comma + 1))
}
const MAX_CHAINED_LEAD = 30

/**
 * "This program's goal, according to U.S. officials, was to …": a phrase or attribution after the comma, set
 * off by another, leaves the noun phrase before it the subject, not a lead ("More broadly, in light of …," is one).
 */
function asideFollows(words: Word[], comma: number): boolean {
  const next = words[comma + 1]
  if (next === undefined) return false
  // ("Further changes in research, facilitated by advances in AI, have raised …": a participle's phrase too.)
  if (next.pos === 'ADP' || next.lower === 'according' || (next.pos === 'VERB' && participleForm(next, true) && words[comma + 2]?.pos !== 'NOUN')) return true
  // "This court, consisting of 12 judges, exercises …", "A key advocate of the idea, archaeologist Jane Doe,
  // mentions …": a phrase with no verb of its own, set off by commas, then the verb the noun phrase is subject of.
  const close = words.findIndex((w, k) => k > comma + 1 && k <= comma + APPOSITIVE_WORDS && w.text === ',')
  const inner = words.slice(comma + 1, close)
  const clausal = (w: Word) => ['AUX', 'SCONJ', 'CCONJ'].includes(w.pos) || (w.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(w.lower))
  // ("The firm, a unit headquartered in Paris, said …": a participle's phrase inside describes the aside's noun;
  // "The report, the ministry said, was late": who said it, set off, is an aside too.)
  const verbless = !hasOwnVerb(inner) || reportingAside(inner)
  // ("A new president, Richard M. Nixon, now sat …": adverbs may stand before the verb.)
  return close > 0 && verbless && !inner.some(clausal) && isFiniteVerb(words, pastAdverbs(words, close + 1))
}

/**
 * "a United Kingdom corporation headquartered in London", "a company based in Houston": in an appositive that
 * opens on an article, a past participle after its noun, its phrase after it, describes that noun; the tagger may
 * read it as the verb of a clause.
 */
function reducedParticiple(inner: Word[], k: number): boolean {
  const x = inner[k]!
  return x.pos === 'VERB' && k > 1 && inner[0]!.pos === 'DET' && participleForm(x) && inner[k - 1]!.pos === 'NOUN' && inner[k + 1]?.pos === 'ADP'
}

/**
 * Whether an aside's words hold a verb of their own (hasFiniteVerb), not counting a participle that only describes
 * its noun ("a United Kingdom corporation headquartered in London").
 */
function hasOwnVerb(inner: Word[]): boolean {
  return inner.some((_, k) => isFiniteVerb(inner, k) && !reducedParticiple(inner, k)) || isImperative(inner)
}

/** "the ministry said", "officials noted": an aside that only says who reported the claim around it. */
function reportingAside(inner: Word[]): boolean {
  const verb = inner.at(-1)
  const speakers = inner.slice(0, -1)
  return !!verb && verb.pos === 'VERB' && TAIL_REPORTING.has(verb.lemma.toLowerCase()) && speakers.length > 0 && speakers.every((w) => SPEAKER_POS.has(w.pos)) && ['NOUN', 'PROPN', 'PRON'].includes(speakers.at(-1)!.pos)
}
/** The first word from `k` on that is no adverb: where a verb after "now", "later", … stands. */
function pastAdverbs(words: Word[], k: number): number {
  while (words[k]?.pos === 'ADV') k++
  return k
}
/** The longest aside between a subject and its verb that `asideFollows` looks for (words). */
const APPOSITIVE_WORDS = 12
/** The most words of a name set off after a lead's noun: "NAGA World", "the Hotel Rwanda". */
const MAX_APPOSED_NAME_WORDS = 4

/** Prepositions of place whose object, when a name, says where a claim holds. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'inside', 'outside'])

/** "In New Zealand", "Across the United States": a short lead naming a place (a name that is no month or day). */
function placeLead(lead: Word[]): boolean {
  const [preposition, ...rest] = lead
  if (!preposition || !PLACE_PREPOSITIONS.has(preposition.lower) || rest.length === 0 || rest.length > PLACE_LEAD_WORDS) return false
  const name = rest[0]?.lower === 'the' ? rest.slice(1) : rest
  return name.length > 0 && name.every((w) => w.pos === 'PROPN' && !CALENDAR_NAMES.has(w.text) && !/\d/.test(w.text))
}
const PLACE_LEAD_WORDS = 4

/**
 * "In 2018,", "Back in 2018,", "Since 2023,", "On 12 May 2022,": a short lead that dates the claim by its year
 * (no verb of its own) says when it held; a point keeps it, a headline may lose it.
 */
function yearLead(lead: Word[]): boolean {
  return lead.length <= YEAR_LEAD_WORDS && ['ADP', 'ADV', 'SCONJ'].includes(lead[0]?.pos ?? '') && lead.some((w) => RE_YEAR.test(w.text)) && !lead.some((w) => w.pos === 'VERB' || w.pos === 'AUX')
}
const YEAR_LEAD_WORDS = 6

/**
 * "Washington, D.C. – Today, the Office announced …": a dateline (a place's name before a dash, and the day
 * after it) says where and when the release was issued, not what it claims.
 */
function datelineCut(parse: Parse): Cut | undefined {
  const { words } = parse
  // (A spaced dash: "Long-term" is one word.)
  // ("Washington D.C., Aug. 9, 2021 --- The Commission …": a dash typed as two or three hyphens is one dash.)
  const hyphens = (k: number) => {
    let end = k
    while (words[end + 1]?.text === '-' && words[end + 1]!.start === words[end]!.end) end++
    return end
  }
  const spaced = (k: number) => words[k]!.start > (words[k - 1]?.end ?? 0) && (words[hyphens(k) + 1]?.start ?? Infinity) > words[hyphens(k)]!.end
  const dash = words.findIndex((w, k) => k <= MAX_DATELINE_WORDS + DATELINE_DAY_WORDS && /^[—–-]$/.test(w.text) && spaced(k))
  const place = words.slice(0, dash)
  // (The place may carry the day: "Washington D.C., Aug. 9, 2021 ---".)
  const dated = place.some((w) => MONTHS.test(w.lower))
  // ("Washington D.C., May 17, 2021 —": the tagger may read "May" as a noun or the modal; a month's name is the day's.)
  // ("FORWARD OPERATING BASE KALSU, Iraq –": a word in capitals is a name's, however the tagger reads it.)
  const name = (w: Word) => w.pos === 'PROPN' || RE_CAPITALS.test(w.text)
  if (dash < 1 || (!dated && dash > MAX_DATELINE_WORDS) || !place.every((w) => name(w) || w.text === ',' || (dated && (w.pos === 'NUM' || MONTHS.test(w.lower)))) || !name(words[0]!)) return undefined
  const dashEnd = hyphens(dash)
  // ("Translocation – moving animals – is …": a pair of dashes sets off an aside; a dateline's place has a comma
  // or capitals, or a day after it.)
  if (words.some((w, k) => k > dashEnd && w.text === words[dash]!.text && spaced(k))) return undefined
  const day = TIME_WORDS.has(words[dashEnd + 1]?.lower ?? '') && words[dashEnd + 2]?.text === ',' ? dashEnd + 2 : dashEnd
  // ("United States - According to NASA's program, the asteroid's risk …": a leading phrase, then the clause, after
  // a name alone is a dateline too.)
  const rest = words.slice(day + 1)
  const leads = leadsIntoClause(rest, ['ADP', 'SCONJ']) || (rest[0]?.lower === 'according' && leadsIntoClause(rest.slice(1)))
  const named = place.some((w) => w.text === ',' || /^\p{Lu}{3,}$/u.test(w.text)) || day > dashEnd || leads
  return named && (startsClause(rest) || leads) ? { from: 0, to: day } : undefined
}
/** A word written in capitals: "FORWARD", "KALSU". */
const RE_CAPITALS = /^\p{Lu}{2,}$/u
/** The longest dateline place `datelineCut` reads (words and commas): "Kansas City, Missouri, U.S.". */
const MAX_DATELINE_WORDS = 6
/** The words a day adds to a dateline's place: ", Aug. 9, 2021". */
const DATELINE_DAY_WORDS = 5

/**
 * A label before a colon that opens the sentence ("SECURING MORE TRADE DEALS: President Trump signed …", "Bottom
 * line: …"): a few words with no verb of their own, before a whole clause. It names the paragraph; it is not the claim.
 */
function labelCut(parse: Parse): Cut | undefined {
  const { words } = parse
  const colon = words.findIndex((w, k) => k < MAX_CAPS_LABEL_WORDS + 1 && w.text === ':' && !parse.quoted[k])
  if (colon < 1) return undefined
  // ("E. coli O157:H7 is …", "at 10:30": a colon glued to the words on both sides is part of a name or a number.)
  if (words[colon - 1]!.end === words[colon]!.start && words[colon + 1]?.start === words[colon]!.end) return undefined
  // ('Secretary of the Air Force James Roche: "No, Sir, …"': the words before a colon that opens a quotation name
  // its speaker, whom the point keeps.)
  if (/^["“]$/.test(words[colon + 1]?.text ?? '') && words[colon - 1]!.pos === 'PROPN') return undefined
  const label = words.slice(0, colon)
  // ("According to the Marines' 2024 Force Design: A Snapshot, the ARV is …": the colon is inside the title of what
  // the attribution names; the attribution runs to its comma.)
  if (titledAttributionEnd(parse, 0) > 0) return undefined
  // A label in capitals is a heading whatever its words ("DELIVERING ON PROMISES TO HELP IMPROVE HEALTHCARE FOR ALL
  // AMERICANS:"): the tagger reads words in capitals poorly.
  // ("NOTE: The Commission issues …": a one-word label of a note, in capitals, too; data/draft/trim.json noteLabels.)
  const caps = (label.length >= 2 || NOTE_LABELS.has(label[0]!.lower)) && label.every((w) => !/\p{Ll}/u.test(w.text)) && label.some((w) => /\p{Lu}{2}/u.test(w.text))
  // ("Restricting U.S. based assets:": a participle after a noun modifies it.)
  const verbal = (w: Word, k: number) => w.pos === 'VERB' && !w.lower.endsWith('ing') && !(participleForm(w) && ['NOUN', 'PROPN'].includes(label[k - 1]?.pos ?? ''))
  // ("Imposing new sanctions:", "Restricting U.S. based assets:": a gerund's phrase names an action; the tagger may
  // read a participle in it as the verb of a clause.)
  // (Capitalised at the sentence's start, the tagger may read the gerund as a name: "Freezing U.K. based accounts:".)
  const gerund = ['VERB', 'PROPN'].includes(label[0]!.pos) && label[0]!.lower.endsWith('ing') && label[1]?.pos !== 'VERB'
  if (!caps && (colon > MAX_LABEL_WORDS || label.some(verbal) || (!gerund && hasFiniteVerb(label)))) return undefined
  const rest = words.slice(colon + 1)
  // ("…: As the President announced yesterday, the government is taking steps …": a clause after a leading one.)
  if (!hasFiniteVerb(rest) || (!caps && !startsClause(rest) && !leadsIntoClause(rest, ['ADP', 'SCONJ']))) return undefined
  return { from: 0, to: colon }
}
const MAX_LABEL_WORDS = 8
const NOTE_LABELS = new Set<string>(trimData.noteLabels)
const MAX_CAPS_LABEL_WORDS = 14

/** ", however," inside the sentence, or a closing ", though". */
export function midConnectiveCuts(parse: Parse): Cut[] {
  const cuts: Cut[] = []
  parse.words.forEach((_, c) => {
    if (!isComma(parse, c)) return
    const p = firstPhrase(parse.words, c + 1, MID_CONNECTIVES)
    if (!p) return
    const after = c + p.length + 1
    // "China, however, refused", "harmed if, for example, they could": both commas go; after a leading phrase
    // ("After the vote, however, the party split", "According to the ISA, however, authorization …") its own comma
    // stays.
    const words = parse.words.slice(0, c)
    const opener = ['ADP', 'SCONJ'].includes(words[0]?.pos ?? '') || COMPLEX_PREPOSITIONS.some((p) => startsWith(words, 0, p))
    const lead = !hasFiniteVerb(words) && opener
    // ("Sudan, meanwhile, which the UN calls …": a relative clause after it keeps its comma.)
    const relative = RELATIVE.has(parse.words[after + 1]?.lower ?? '')
    if (isComma(parse, after)) cuts.push(lead ? { from: c + 1, to: after } : relative ? { from: c, to: after - 1 } : { from: c, to: after })
    else if (after > lastContent(parse)) cuts.push({ from: c, to: after - 1 })
  })
  return cuts
}

/**
 * "Mr President, the United Kingdom firmly believes …", "It is also deeply concerning, Mr President, that Iran …":
 * whom a speech addresses (data/draft/trim.json addressForms), set off by commas, is no part of the claim. It goes
 * with its commas; after a leading word without a verb ("Furthermore, Mr President, it is …") that word's comma
 * stays. Not in a quotation, and not where no comma sets it off ("Mr President Macron said").
 */
export function addressCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((_, i) => {
    const p = parse.quoted[i] ? undefined : firstPhrase(words, i, ADDRESS_FORMS)
    if (!p) return
    const after = i + p.length
    if (i === 0) {
      if (isComma(parse, after)) cuts.push({ from: 0, to: after })
      return
    }
    if (!isComma(parse, i - 1)) return
    const lead = !hasFiniteVerb(words.slice(0, i - 1))
    if (isComma(parse, after)) cuts.push(lead ? { from: i, to: after } : { from: i - 1, to: after })
    else if (after > lastContent(parse)) cuts.push({ from: i - 1, to: after - 1 })
  })
  return cuts
}
const ADDRESS_FORMS = phrases(trimData.addressForms)

/** The most tokens of one part of a date set off by commas: "Wednesday", "September 23, 2020" (its own comma in it). */
const MAX_DATE_PART_TOKENS = 4

/**
 * Where a date written out from `k` ends ("April 23, 2021", "23 April 2021"): the index after its last token, or
 * `k` when it has no month or weekday and a number, or runs past MAX_DATE_PART_TOKENS + 2 tokens.
 */
function datePartsEnd(words: Word[], k: number): number {
  if (!CALENDAR_NAMES.has(words[k]?.text ?? '') && !/^\d{1,2}$/.test(words[k]?.text ?? '')) return k
  let end = k
  while (end - k < MAX_DATE_PART_TOKENS + 2 && end < words.length && (isDateWord(words[end]!) || (words[end]!.text === ',' && /^\d{4}$/.test(words[end + 1]?.text ?? '')))) end++
  // (A month and a number both: "Jan Vale, Federal Councillor …" is a name.)
  const date = words.slice(k, end)
  return date.some((w) => CALENDAR_NAMES.has(w.text)) && date.some((w) => /^\d/.test(w.text)) ? end : k
}

/** Tokens that are one part of a date: a weekday, a month and its day, a day, a year ("September 23, 2020"). */
function isDatePart(words: Word[]): boolean {
  return words.length > 0 && words.length <= MAX_DATE_PART_TOKENS && words.every((w) => isDateWord(w) || w.text === ',')
}
/** A word of a date: a month's or weekday's name, a day or a year ("23rd", "2020"). */
const isDateWord = (w: Word) => CALENDAR_NAMES.has(w.text) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(w.text)

/** The most words of a comment clause's subject: "critics", "many analysts", "the agency's own auditors". */
const COMMENT_SUBJECT_WORDS = 4

/**
 * Where the comment clause that opens at `k` ends (its closing comma), or -1: a subject (a pronoun or a short noun
 * phrase), at most two auxiliaries or adverbs, and a verb of saying or thinking with nothing after it but a comma:
 * "The new rules[, critics argue,] will raise costs", "The policy[, I believe,] has failed". It tells who holds the
 * claim around it; the noun phrase before it is the claim's subject, no lead to drop.
 */
function commentClauseEnd(parse: Parse, k: number): number {
  const { words } = parse
  let v = k
  while (v < words.length && v - k < COMMENT_SUBJECT_WORDS && ['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(words[v]!.pos) && !parse.quoted[v]) v++
  if (v === k || (words[v - 1]!.pos !== 'PRON' && !['NOUN', 'PROPN'].includes(words[v - 1]!.pos))) return -1
  // (A pronoun is a subject only alone: "I", "we"; not "their" before a noun.)
  if (words.slice(k, v).some((w) => w.pos === 'PRON') && v - k > 1) return -1
  let n = 0
  while (n < 2 && ['AUX', 'ADV', 'PART'].includes(words[v]?.pos ?? '')) (v++, n++)
  const verb = words[v]
  if (!verb || verb.pos !== 'VERB' || !SAYING_LEMMAS.has(verb.lemma.toLowerCase()) || !isComma(parse, v + 1)) return -1
  return v + 1
}

/** The longest aside in parentheses that is cut whole (tokens): past it, the brackets may not pair up. */
const MAX_PAREN_TOKENS = 40

/** "(who is now using … (E.O.) 14347 …)": an aside in parentheses, nested ones inside it. */
export function parenCuts(parse: Parse): Cut[] {
  const cuts: Cut[] = []
  let open = -1
  let depth = 0
  parse.words.forEach((w, i) => {
    if (parse.quoted[i] && depth === 0) return
    if (w.text === '(') {
      if (depth === 0) open = i
      depth++
    } else if (w.text === ')' && depth > 0) {
      depth--
      if (depth === 0 && i - open <= MAX_PAREN_TOKENS) cuts.push({ from: open, to: i })
    }
  })
  return cuts
}

/** Words of a legal provision's name (data/draft/trim.json authorityHeads). */
const AUTHORITY_HEADS = new Set<string>(trimData.authorityHeads)
/** Lower-case words inside a provision's name: "Section 10 [of the] Gold Reserve Act", "the Immigration [and] Nationality Act". */
const NAME_JOINERS = new Set(['of', 'the', 'and', '&'])

/**
 * "under Section 212(a)(3)(C) of the Immigration and Nationality Act", "pursuant to the Defense Production Act": the
 * provision by whose right something is done, a phrase of names, numbers and brackets that holds a word of a
 * provision's name (data/draft/trim.json authorityHeads). Optional: the act stands without its legal basis.
 */
export function authorityCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  for (let i = 0; i < words.length; i++) {
    const opener = words[i]!.lower === 'under' ? 1 : words[i]!.lower === 'pursuant' && words[i + 1]?.lower === 'to' ? 2 : 0
    // (Not after a participle it completes: "a 10% tariff imposed under Section 122" would leave "imposed" bare.)
    // ("a withdrawal made under OCSLA Section 12(a)": an irregular one too.)
    const participle = words[i - 1]?.pos === 'VERB' && participleForm(words[i - 1]!, true)
    if (!opener || parse.quoted[i] || participle) continue
    let k = i + opener
    if (words[k]?.lower === 'the') k++
    if (!/^\p{Lu}/u.test(words[k]?.text ?? '')) continue
    let depth = 0
    let last = -1
    let named = false
    for (; k < words.length; k++) {
      const w = words[k]!
      if (w.text === '(') depth++
      else if (w.text === ')' && depth > 0) depth--
      else if (depth === 0 && !(w.pos === 'PROPN' || w.pos === 'NUM' || /^\p{Lu}/u.test(w.text) || NAME_JOINERS.has(w.lower))) break
      if (depth === 0 && w.text !== '(' && !NAME_JOINERS.has(w.lower)) last = k
      if (AUTHORITY_HEADS.has(w.lower)) named = true
    }
    // The name must end where the phrase does, on a provision's word, a number or a bracket: "under Title III of
    // the Americans[ with Disabilities Act]" runs on past a small word and is left whole.
    const closes = AUTHORITY_HEADS.has(words[last]?.lower ?? '') || words[last]?.pos === 'NUM' || words[last]?.text === ')'
    const runsOn = /^\p{Lu}/u.test(words[k + 1]?.text ?? '') && words[k]?.pos === 'ADP'
    // (Nor at the sentence's end, where the provision may be what a claim is about: "claiming trade deficits are not
    // balance-of-payments deficits under Section 122".)
    const ends = !words.slice(last + 1).some((w) => /\p{L}/u.test(w.text))
    if (named && closes && !runsOn && !ends && last > i && depth === 0) cuts.push({ from: i, to: last })
  }
  return cuts
}

/**
 * "condemned [es] and rejected the project", "Kubacki continues [PL]:": a language's code in square brackets after a
 * link's words says what language the linked page is in (data/draft/trim.json languageTags); no word of the claim.
 */
export function languageTagCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, i) => {
    if (w.text !== '[' || words[i + 2]?.text !== ']' || !LANGUAGE_TAGS.has(words[i + 1]!.lower) || i === 0 || parse.quoted[i]) return
    // (Not a bracket that opens the words, nor one inside a quotation, whose words all stay.)
    cuts.push({ from: i, to: i + 2 })
  })
  return cuts
}
const LANGUAGE_TAGS = new Set<string>(trimData.languageTags)

/** The text without the language tags outside quotations ("a protest [pt] against …" → "a protest against …"). */
export function dropLanguageTags(text: string): string {
  return text.replace(RE_LANGUAGE_TAG, (tag, code: string, at: number) => (LANGUAGE_TAGS.has(code.toLowerCase()) && openQuotations(text.slice(0, at)) === 0 ? '' : tag))
}
const RE_LANGUAGE_TAG = /\s?\[([A-Za-z]{2,3})\](?=[\s,.;:!?)”"]|$)/g

/** First words of a bracketed pointer to another part of the document (data/draft/trim.json pointerWords). */
const POINTER_WORDS = new Set<string>(trimData.pointerWords)

/**
 * "(Figure 1)", "(see textbox)", "(Table 2)", "(see H.R. 7567)": a bracketed pointer to another part of the
 * document sends the reader elsewhere; a point never keeps it.
 */
export function pointerCuts(parse: Parse): Cut[] {
  return parenCuts(parse).filter((c) => POINTER_WORDS.has(parse.words[c.from + 1]?.lower ?? ''))
}

/**
 * "… without obtaining their consent [as required by the Children’s Online Privacy Protection Rule]", "… [as defined
 * in Section 2]": "as" and a past participle with its preposition, after a noun, names the rule or text the claim
 * follows, to the end of the sentence or its next comma; a long point may lose it.
 */
export function asRequiredCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, i) => {
    const participle = words[i + 1]
    if (w.lower !== 'as' || parse.quoted[i] || !['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '')) return
    if (!participle || participle.pos !== 'VERB' || !participleForm(participle, true) || words[i + 2]?.pos !== 'ADP') return
    const comma = nextComma(parse, i + 2)
    const to = comma > 0 ? comma - 1 : lastContent(parse)
    if (to > i + 2) cuts.push({ from: i, to })
  })
  return cuts
}

/**
 * "the agency (NIH)—the nation's leading research agency—changed …": a noun phrase set off by a pair of em dashes
 * after a noun, with no verb of its own, describes it; a long point may lose it.
 */
export function dashAsideCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, open) => {
    // (After a noun, a name, a bracket, or the number that ends a name: "P.L. 116-93—".)
    if (!setOffDash(parse, open) || parse.quoted[open] || !['NOUN', 'PROPN', 'NUM'].includes(words[open - 1]?.pos ?? '') && words[open - 1]?.text !== ')') return
    const close = words.findIndex((_, k) => k > open && setOffDash(parse, k))
    // ("– a paramilitary group which has fought the army –": a noun phrase may carry a relative clause of its own,
    // and be as long as examples.)
    // ("statements accompanying P.L. 115-141—which provided $380 million—listed …": or be one, "which" or "who"
    // right after the dash.)
    const relative = words.findIndex((x, k) => k > open && k < close && RELATIVE_OPENERS.has(x.lower) && (k === open + 1 ? x.lower !== 'that' : words[k - 1]!.pos === 'NOUN'))
    if (close < 0 || close - open > (relative > 0 ? MAX_EXAMPLE_ASIDE : MAX_DASH_ASIDE) || close - open < 2) return
    const inner = words.slice(open + 1, relative > 0 ? relative : close)
    // (Not one that adds to the noun: "Those programs—and the role of private funding—have been …".)
    if (inner.length > 0 && (hasFiniteVerb(inner) || inner[0]!.pos === 'CCONJ' || inner.some((x) => x.pos === 'SCONJ' || (x.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(x.lower))))) return
    // The clause goes on after it: a verb follows the closing dash.
    const next = words[close + 1]
    if (isFiniteVerb(words, close + 1) || next?.pos === 'AUX' || (next?.pos === 'VERB' && !next.lower.endsWith('ing'))) cuts.push({ from: open, to: close })
  })
  // "other individuals—to include Amhara forces and members of the TPLF—responsible for …", "allies—such as Japan and
  // Korea—that …": examples between a pair of dashes after a noun go whatever follows them.
  words.forEach((w, open) => {
    if (w.text !== '—' || parse.quoted[open] || !['NOUN', 'PROPN'].includes(words[open - 1]?.pos ?? '') || !firstPhrase(words, open + 1, EXAMPLE_OPENERS)) return
    const close = words.findIndex((x, k) => k > open && x.text === '—')
    if (close < 0 || close - open > MAX_EXAMPLE_ASIDE || hasFiniteVerb(words.slice(open + 1, close)) || cuts.some((c) => c.from === open)) return
    cuts.push({ from: open, to: close })
  })
  return cuts
}
/**
 * "President Kennedy, before a Joint Session of Congress, committed …", "The OIG and the industry, through various
 * organizations such as …, have engaged in …": a phrase of a preposition set off by commas between the subject and
 * its verb says where, when or by what means; a headline may lose it, and reads on from the subject.
 */
export function subjectAsideCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((_, c1) => {
    if (!isComma(parse, c1) || parse.quoted[c1] || (!['NOUN', 'PROPN'].includes(words[c1 - 1]?.pos ?? '') && words[c1 - 1]?.text !== ')')) return
    const next = words[c1 + 1]
    // ("The document, signed by Sergei Kozlov, head of staff of …, states …": a past participle and its agent, a
    // relative clause said short, is such an aside too.)
    const participle = next?.pos === 'VERB' && participleForm(next, true) && words[c1 + 2]?.pos === 'ADP'
    // (Not "of", whose phrase is part of a name or a relative's: ", of which …"; nor a role or a contrast, part of
    // the claim: "Blackwell, as Secretary of State, assigns …", "China, unlike Russia, has …"; nor an attribution:
    // "A device, according to the OTA, uses …" names whose words the sentence tells.)
    if (!participle && (next?.pos !== 'ADP' || KEPT_ASIDE_PREPOSITIONS.has(next.lower))) return
    // The subject: no verb told before it.
    if (words.slice(0, c1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') || inList(parse, c1)) return
    let c2 = nextComma(parse, c1, c1 + MAX_SUBJECT_ASIDE)
    if (c2 < 0 || c2 - c1 < 3) return
    const verbAfter = (c: number) => {
      const k = pastAdverbs(words, c + 1)
      return isFiniteVerb(words, k) || words[k]?.pos === 'AUX'
    }
    // ("…, signed by Sergei Kozlov, head of staff of the regional government, states": the agent's own appositive is
    // the aside's too, up to the comma before the verb.)
    if (participle && !verbAfter(c2)) {
      const c3 = nextComma(parse, c2, c2 + MAX_SUBJECT_ASIDE)
      if (c3 > 0 && c3 - c1 <= MAX_SUBJECT_ASIDE && !words.slice(c2 + 1, c3).some((x) => ['VERB', 'AUX'].includes(x.pos))) c2 = c3
    }
    const inner = words.slice(c1 + (participle ? 2 : 1), c2)
    if (hasFiniteVerb(inner) || inner.some((x) => x.pos === 'SCONJ' || RELATIVE.has(x.lower))) return
    if (verbAfter(c2)) cuts.push({ from: c1, to: c2 })
  })
  return cuts
}
const KEPT_ASIDE_PREPOSITIONS = new Set(['of', 'as', 'unlike', 'according'])
/** The longest aside between a subject and its verb that `subjectAsideCuts` takes (tokens). */
const MAX_SUBJECT_ASIDE = 25

/**
 * "DHS programs such as FEMA's NSGP are examples of …": examples right after the subject's noun, with no comma,
 * before the clause's verb: a long point or a headline may lose them, and the clause reads on from the noun.
 */
export function subjectExampleCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, i) => {
    if (parse.quoted[i] || !['NOUN', 'PROPN'].includes(words[i - 1]?.pos ?? '')) return
    const opener = firstPhrase(words, i, EXAMPLE_OPENERS)
    // The noun ends the subject: no verb said before it.
    if (!opener || words.slice(0, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return
    let k = i + opener.length
    while (k < words.length && k - i <= MAX_SUBJECT_EXAMPLES && (NOUN_PHRASE_POS.has(words[k]!.pos) || words[k]!.pos === 'CCONJ' || words[k]!.text === ',')) k++
    if (k - i > MAX_SUBJECT_EXAMPLES || !['NOUN', 'PROPN', 'NUM'].includes(words[k - 1]!.pos) || !(isFiniteVerb(words, k) || words[k]?.pos === 'AUX')) return
    cuts.push({ from: i, to: k - 1 })
  })
  return cuts
}
/** The longest examples between a subject's noun and its verb that go (tokens). */
const MAX_SUBJECT_EXAMPLES = 10
/** The longest aside of examples between em dashes that goes (tokens). */
const MAX_EXAMPLE_ASIDE = 30
/** The longest aside between em dashes that `dashAsideCuts` takes (tokens). */
const MAX_DASH_ASIDE = 16

/** The longest item of a list before an appositive's comma, in words: "Aerosol, Cloud,". */
const LIST_ITEM_WORDS = 2
/** The longest first item of such a list, in words: "the Plankton,". */
const FIRST_ITEM_WORDS = 4

/**
 * The comma at `c` closes an item of a list of bare names: a comma stands at most LIST_ITEM_WORDS words before it,
 * and what comes before that one, back to the clause's last comma or start, is a short bare noun phrase ("the
 * Plankton, Aerosol, Cloud,"); not after an opening phrase ("Within hours of the test, Rory Medcalf,").
 */
function inList(parse: Parse, c: number): boolean {
  const { words } = parse
  let k = c - 1
  while (k >= 0 && c - k <= LIST_ITEM_WORDS + 1 && !isComma(parse, k)) k--
  if (k < 0 || c - k > LIST_ITEM_WORDS + 1 || !words.slice(k + 1, c).every((w) => NOUN_PHRASE_POS.has(w.pos))) return false
  let start = k - 1
  while (start >= 0 && !isComma(parse, start)) start--
  const first = words.slice(start + 1, k)
  if (first.length > 0 && first.length <= FIRST_ITEM_WORDS && first.every((w) => NOUN_PHRASE_POS.has(w.pos))) return true
  // "media such as Peru21, El Comercio, RPP, misinform …": the first item opens after "such as", "including".
  let open = k - 1
  while (open >= 0 && k - open <= FIRST_ITEM_WORDS && NOUN_PHRASE_POS.has(words[open]!.pos) && !LIST_OPENERS.has(words[open]!.lower)) open--
  return open >= 0 && open < k - 1 && LIST_OPENERS.has(words[open]!.lower)
}
/** Words after which a list of examples opens: "such as", "including", "like". */
const LIST_OPENERS = new Set(['as', 'including', 'like', 'namely'])

/** ", head of ANU’s National Security College," between a noun and its verb. */
export function appositiveCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, c1) => {
    if (!isComma(parse, c1)) return
    // "The National Institutes of Health (NIH), an agency of …,": the noun may carry its acronym in brackets.
    const noun = words[c1 - 1]?.text === ')' && words[c1 - 3]?.text === '(' ? c1 - 4 : c1 - 1
    // "Spamming, the mass sending of …, is": a gerund opening the sentence is a noun too.
    const gerund = noun === 0 && words[0]!.pos === 'VERB' && words[0]!.lower.endsWith('ing')
    if (!['NOUN', 'PROPN'].includes(words[noun]?.pos ?? '') && !gerund) return
    const c2 = nextComma(parse, c1, c1 + 16)
    if (c2 < 0 || c2 - c1 < 2) return
    // ("Wednesday, September 23, 2020,": a weekday's date is the rest of the date, no aside.)
    if (CALENDAR_NAMES.has(words[noun]!.text) && isDatePart(words.slice(c1 + 1, c2))) return
    // "the Plankton, Aerosol, Cloud, ocean Ecosystem satellite,": a comma that ends an item of a list opened just
    // before it sets off the list's next item, not an aside.
    if (inList(parse, c1)) return
    const inner = words.slice(c1 + 1, c2)
    // ("the mass sending of forged emails": a gerund after a determiner or a modifier is a noun; a participle
    // before its noun, a modifier.)
    const nominal = (x: Word, k: number) => x.pos === 'VERB' && k > 0 && ((x.lower.endsWith('ing') && ['DET', 'ADJ', 'NOUN'].includes(inner[k - 1]!.pos)) || (participleForm(x) && inner[k + 1]?.pos === 'NOUN'))
    // ("a United Kingdom corporation headquartered in London", "a company based in Houston": a participle with its
    // phrase after the appositive's noun describes that noun.)
    if (hasOwnVerb(inner) || inner.some((x, k) => x.pos === 'SCONJ' || (x.pos === 'VERB' && !nominal(x, k) && !reducedParticiple(inner, k)) || RELATIVE.has(x.lower))) return
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(inner[0]!.pos)) return
    // "its allies, Turkey and Pakistan," and "the ambassador, Samantha Power,": the names say who; they stay.
    // (Not an indefinite description, whatever names it holds: "Lloyds TSB Bank plc (Lloyds), a United Kingdom
    // corporation headquartered in London," says what kind, not who.)
    if (words[noun]!.pos === 'NOUN' && inner.some((x) => x.pos === 'PROPN') && !INDEFINITE.has(inner[0]!.lower)) return
    // "Two members of the UN Security Council, Russia and the United States, have …": names joined by "and" say
    // which ones.
    const named = inner[inner[0]!.pos === 'DET' ? 1 : 0]?.pos === 'PROPN'
    if (named && inner.some((x, k) => x.pos === 'CCONJ' && inner.slice(k + 1).some((y) => y.pos === 'PROPN'))) return
    // "to promote human rights, democracy and social progress, serving …": bare nouns joined by "and" after a noun
    // close the list it opened; they are no aside.
    if (words[noun]!.pos === 'NOUN' && !['DET', 'PRON', 'NUM'].includes(inner[0]!.pos) && inner.some((x) => x.pos === 'CCONJ') && inner.every((x) => ['NOUN', 'ADJ', 'CCONJ'].includes(x.pos))) return
    // "arbitrary detention, cruel treatment, torture and murder": an item of a list, not an aside ("torture" is
    // no verb there).
    if (isAndOr(words[c2 + 1]) || isAndOr(words[c2 + 2])) return
    // "farming, fishing, shipping, and tourism": nor one in the middle of a list that goes on ("shipping" is no
    // verb there either).
    // ("approvals, rights of way, permits, leases, and loans": over several more short items to its "and".)
    if (listGoesOn(parse, c2)) return
    let k = c2 + 1
    while (words[k]?.pos === 'ADV') k++
    // "will tackle deepfake detection, advance AI safety, enable …", "forming a startup, product-market fit, raising
    // capital": after a verb's object, a verb of the same form as that verb goes on a series of them; the words
    // between are one of the series, no aside ("sued Acme Technologies, Inc., alleging …" has one).
    let start = noun
    while (start > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PUNCT'].includes(words[start - 1]!.pos) && words[start - 1]!.text !== ',') start--
    const governing = words[start - 1]
    if (governing?.pos === 'VERB' && words[k]?.pos === 'VERB' && verbForm(governing) !== undefined && verbForm(governing) === verbForm(words[k]!)) return
    if (words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX') cuts.push({ from: c1, to: c2 })
    void w
  })
  const title = speakerTitleCut(parse)
  return title ? [...cuts, title] : cuts
}

/** "a", "an": an appositive that opens on one describes; it does not name. */
const INDEFINITE = new Set(['a', 'an'])

/** How many more short items a list may run over after an item before its "and" or "or". */
const MORE_ITEMS = 3

/**
 * After the comma at `c`, the list goes on: short items without a verb of their own, each closed by a comma, up to
 * one the "and" or "or" of its last item follows.
 */
function listGoesOn(parse: Parse, c: number): boolean {
  const { words } = parse
  for (let items = 0, at = c; items < MORE_ITEMS; items++) {
    const next = nextComma(parse, at, at + 6)
    if (next < 0 || hasFiniteVerb(words.slice(at + 1, next))) return false
    if (isAndOr(words[next + 1]) || isAndOr(words[next + 2])) return true
    at = next
  }
  return false
}

/** A verb's form for a series: "-ing", or the bare form ("tackle", "enable"); undefined for any other. */
function verbForm(w: Word): 'ing' | 'bare' | undefined {
  return w.lower.endsWith('ing') ? 'ing' : w.lower === w.lemma.toLowerCase() ? 'bare' : undefined
}

/** The most words a speaker's title after the name may have: "Director of the FTC’s Bureau of Consumer Protection". */
const SPEAKER_TITLE_WORDS = 14

/**
 * '“…,” said Jane Roe, Director of the Agency’s Bureau of X.': the title after a speaker's name, which ends the
 * sentence, says what she is, not what she said; the name says who.
 */
function speakerTitleCut(parse: Parse): Cut | undefined {
  const { words } = parse
  const end = lastContent(parse)
  const comma = words.findLastIndex((w, i) => i < end && isComma(parse, i))
  if (comma < 2 || end - comma > SPEAKER_TITLE_WORDS || parse.quoted[comma]) return undefined
  let name = comma - 1
  while (name > 0 && words[name - 1]!.pos === 'PROPN') name--
  if (words[comma - 1]!.pos !== 'PROPN' || !SAYING_LEMMAS.has(words[name - 1]?.lemma.toLowerCase() ?? '')) return undefined
  const title = words.slice(comma + 1, end + 1)
  if (hasFiniteVerb(title) || !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(title[0]!.pos)) return undefined
  return { from: comma, to: end }
}

/** ", which …", ", of which …" up to the next comma or the end. */
export function relativeCuts(parse: Parse): Cut[] {
  const cuts: Cut[] = []
  parse.words.forEach((_, c) => {
    if (!isComma(parse, c)) return
    // 'issued the memorandum “Temporary Withdrawal …,” which mandated …': the clause opens after the quote the comma
    // is inside (the quote is closed again where the point ends).
    const quoted = parse.partner.has(c + 1) && parse.partner.get(c + 1)! < c ? 1 : 0
    const next = parse.words[c + 1 + quoted]
    const relative = RELATIVE.has(next?.lower ?? '') || (next?.pos === 'ADP' && RELATIVE.has(parse.words[c + 2 + quoted]?.lower ?? ''))
    if (!relative) return
    if (quoted) {
      // (Only to the end: a clause that closes before the main verb resumes leaves the quote's comma to set it off.)
      if (nextComma(parse, c + 2) < 0) cuts.push({ from: c, to: lastContent(parse) })
      return
    }
    // "Seoul, which …, announced": the main clause resumes after the next comma; otherwise the clause runs to the end.
    let end = nextComma(parse, c + 1)
    // "…, which a UN commission of inquiry, leading scholars and rights groups have concluded amounted to genocide":
    // a comma before the clause's verb is inside its subject; the clause goes on past it.
    while (end > 0 && !parse.words.slice(c + 2, end).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) end = nextComma(parse, end)
    // "Johnson, who played a key role in …, and under Kennedy served as …, worked with …": a verb phrase "and" joins to
    // the relative clause is of it; the main clause resumes after that one.
    const joined = end > 0 && isAndOr(parse.words[end + 1]) ? nextComma(parse, end + 1) : -1
    if (joined > 0 && joinsVerbPhrase(parse.words.slice(end + 2, joined)) && verbResumes(parse.words[joined + 1])) end = joined
    // "the Gaza Health Ministry, whose figures the UN uses, reports …": after a clause with its own verb, an -s word
    // the tagger read as a noun is the main verb (not a list's next item: "… work with venues, promoters, …").
    const after = parse.words[end + 1]
    const listGoesOn = isComma(parse, end + 2) || isAndOr(parse.words[end + 2])
    const mainVerbAsNoun = end > 0 && after?.pos === 'NOUN' && /^\p{Ll}+s$/u.test(after.text) && !listGoesOn && hasFiniteVerb(parse.words.slice(c + 2, end))
    const resumes = end > 0 && (['VERB', 'AUX', 'ADV'].includes(after?.pos ?? '') || mainVerbAsNoun) && !describedItem(parse, c, end)
    // "Seoul[, which …,] announced": the closing comma goes with the clause when the main verb follows it
    // (before "delaying …" or "rather than …" it still sets off what follows).
    const verbNext = end > 0 && (after?.pos === 'AUX' || (after?.pos === 'VERB' && !after.lower.endsWith('ing')) || mainVerbAsNoun)
    cuts.push({ from: c, to: resumes ? (verbNext ? end : end - 1) : lastContent(parse) })
  })
  return cuts
}

/**
 * After the comma at `end`, a participle describes the next item of a list the clause opened at `c` holds, not the
 * main verb: "X impedes the war effort, which has been plagued by poor morale[,] broken supply chains, and logistical
 * failures" — the main clause has its verb before the clause, and after the participle come only nouns and adjectives
 * up to a comma before "and"/"or" (not "The ministry, which oversees the ports, banned imports, and …").
 */
function describedItem(parse: Parse, c: number, end: number): boolean {
  const { words } = parse
  if (!hasFiniteVerb(words.slice(0, c))) return false
  const after = words[end + 1]
  if (after?.pos !== 'VERB' || !participleForm(after, true) || !['NOUN', 'ADJ'].includes(words[end + 2]?.pos ?? '')) return false
  const close = nextComma(parse, end + 1)
  return close > 0 && isAndOr(words[close + 1]) && words.slice(end + 2, close).every((w) => ['NOUN', 'ADJ', 'PROPN'].includes(w.pos))
}

/**
 * Words with a verb and no subject of their own: a verb phrase, maybe after adverbs or a phrase of a preposition
 * ("later served as …", "under Kennedy served as the Chair": "under Kennedy" is no subject).
 */
function joinsVerbPhrase(words: Word[]): boolean {
  const verb = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX')
  if (verb < 0 || words[verb]!.lower.endsWith('ing') || words.some((w) => (w.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(w.lower)) || w.pos === 'SCONJ')) return false
  const before = words.slice(0, verb)
  return before.every((w) => w.pos === 'ADV') || (before[0]!.pos === 'ADP' && before.slice(1).every((w) => NOUN_PHRASE_POS.has(w.pos)))
}
/** The word is the main clause's verb going on: an auxiliary, or a verb not in "-ing". */
function verbResumes(w: Word | undefined): boolean {
  return !!w && (w.pos === 'AUX' || (w.pos === 'VERB' && !w.lower.endsWith('ing')))
}

/** The verb a series item opens with at `k`: after "and"/"or" and adverbs. */
function itemVerb(words: Word[], k: number): Word | undefined {
  if (isAndOr(words[k])) k++
  while (words[k]?.pos === 'ADV') k++
  return words[k]?.pos === 'VERB' ? words[k] : undefined
}
/** Two verbs of one series share their form: both "-ing", or both past forms. */
const sameForm = (a: Word, b: Word) => a.lower.endsWith('ing') === b.lower.endsWith('ing') && (a.lower.endsWith('ing') || (participleForm(a, true) && participleForm(b, true)))

/**
 * The comma at `c` ends a bare verb of a series whose items share what follows ("have interrogated, detained, and
 * deported X"): a cut there would leave the verbs without their object.
 */
function sharesObject(words: Word[], c: number): boolean {
  const next = itemVerb(words, c + 1)
  const before = words[c - 1]
  if (!next || before?.pos !== 'VERB' || !sameForm(before, next)) return false
  // The series ends with "and"/"or" before a verb of its form (not "streamlined permitting, cutting times").
  return isAndOr(words[c + 1]) || words.some((w, k) => k > c + 1 && isAndOr(w) && !!itemVerb(words, k) && sameForm(itemVerb(words, k)!, next))
}

/**
 * The phrase after the comma at `c` is an item of a series of verbs, not an aside: a verb opens it and a verb of the
 * same form the item after it ("– overwhelming our schools, lowering our wages, reducing …"). It may go with the
 * rest of the series, not alone.
 */
function seriesItem(words: Word[], c: number, close: number): boolean {
  const next = itemVerb(words, c + 1)
  const after = close > 0 ? itemVerb(words, close + 1) : undefined
  return !!next && !!after && sameForm(after, next)
}

/** Verbs of choosing someone for a task, whose infinitive says what for (data/language.json choosingVerbs). */
const CHOOSING_VERBS = new Set<string>(LANGUAGE_DATA.choosingVerbs)

/**
 * The last verb before `c`, outside asides, is finite (or after its auxiliary) and one whose object an infinitive
 * completes ("directs X, in consultation with Y, to …") or says what it was chosen for ("selected X, to develop …").
 */
function governsInfinitive(parse: Parse, c: number): boolean {
  const { words } = parse
  // (Not one inside an aside: "(formerly known as …)".)
  const verb = words.findLastIndex((w, k) => k < c && !parse.aside[k] && (w.pos === 'VERB' || w.pos === 'AUX'))
  const finite = verb >= 0 && (isFiniteVerb(words, verb) || (words[verb]!.pos === 'VERB' && words[verb - 1]?.pos === 'AUX'))
  return finite && (OBJECT_INFINITIVE_VERBS.has(words[verb]!.lemma) || CHOOSING_VERBS.has(words[verb]!.lemma))
}

/**
 * An infinitive right after the comma at `c`, perhaps opening a quotation: ", to update …", ', to “issue …' (after
 * the mark the tagger may read the verb as a noun; its plain form tells).
 */
function infinitiveAfter(words: Word[], c: number): boolean {
  if (words[c + 1]?.lower !== 'to') return false
  const quoted = words[c + 3]
  return words[c + 2]?.pos === 'VERB' || (QUOTE_OPENERS.has(words[c + 2]?.text ?? '') && !!quoted && (quoted.pos === 'VERB' || quoted.pos === 'NOUN') && quoted.lower === quoted.lemma.toLowerCase())
}
/** Marks that open a quotation. */
const QUOTE_OPENERS = new Set(['“', '"', '‘'])

/** ", despite …", ", following …", ", raising …" after the main verb, up to the next comma or the end. */
export function trailingCuts(parse: Parse, addresses: Cut[] = addressCuts(parse)): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  // ("I would also like, Mr President, to applaud …": the comma closing an address opens no phrase; the clause resumes.)
  const addressed = new Set(addresses.map((x) => x.to))
  words.forEach((_, c) => {
    // Someone's words are not trimmed.
    if (!isComma(parse, c) || parse.quoted[c] || addressed.has(c) || !hasMainClause(words.slice(0, c), { relativeThat: true })) return
    // 'based on "general principles," taking into account …': the phrase opens after the quote the comma is inside.
    const after = parse.partner.has(c + 1) && parse.partner.get(c + 1)! < c ? c + 2 : c + 1
    const opens = firstPhrase(words, after, TRAILING_OPENERS) || (words[after]?.pos === 'VERB' && words[after]!.lower.endsWith('ing'))
    if (!opens || (after > c + 1 && !hasFiniteVerb(words.slice(0, c)))) return
    // "directs the Secretary, in consultation with X, to update …": the comma that closes an aside before the
    // infinitive the verb governs opens no phrase of its own. (The infinitive may open a quotation: 'to “issue …'.)
    const toVerb = infinitiveAfter(words, c)
    if (toVerb && cuts.some((x) => x.to === c)) return
    // "has selected BAE Systems of Boulder, Colorado, to develop …": nor one after the object of a verb that governs
    // the infinitive (data/language.json objectInfinitiveVerbs), no other verb between.
    if (toVerb && governsInfinitive(parse, c)) return
    // "Our expectation is that, in the same way …, we'll measure …": after "that" or a conjunction the clause
    // is still to come; only the aside before it may go. So after a relative pronoun ("volunteers who, despite taking
    // medications, experienced relapses").
    const before = words[c - 1]
    if (before && (COMPLEMENTIZERS.has(before.lower) || before.pos === 'SCONJ' || RELATIVE.has(before.lower))) {
      const close = nextComma(parse, c + 1)
      if (close > 0 && (startsClause(words.slice(close + 1)) || ['VERB', 'AUX'].includes(words[close + 1]?.pos ?? ''))) cuts.push({ from: c, to: close })
      return
    }
    // "and" joins a clause of its own ("…, and China agreed"): that is a claim, not detail.
    if (words[c + 1]!.lower === 'and' && hasFiniteVerb(words.slice(c + 2))) return
    // "responsible for, or complicit in, undermining …": after the second of two prepositions that share it, the
    // phrase is their object ("the Moon and beyond, beginning with …" is a phrase of its own).
    const shared = words.slice(0, c - 1).some((_, k) => defersObject(parse, k))
    if (before?.pos === 'ADP' && shared) return
    // "have interrogated, detained, and deported X": the verbs of a series share what follows.
    if (sharesObject(words, c)) return
    // "to Anthropic, Google, OpenAI, and xAI for …": the last item of a list, not a phrase added to the clause.
    if (['and', 'or'].includes(words[c + 1]!.lower) && !['VERB', 'AUX'].includes(words[c + 2]?.pos ?? '') && isListItemBefore(parse, c)) return
    // "businesses offering, displaying, or advertising tickets": a list of participles, not a phrase added.
    const ing = (w: Word | undefined) => (w?.pos === 'VERB' || w?.pos === 'NOUN') && w.lower.endsWith('ing')
    if (ing(words[c - 1]) && ing(words[c + 1]) && [',', 'and', 'or'].includes(words[c + 2]?.lower ?? '')) return
    // "authorizes the Secretary[, in response to a threat that represents …,] to “issue …”": an aside right after the
    // object of a verb that governs the infinitive runs to the comma before that infinitive, whatever it holds.
    if (['NOUN', 'PROPN'].includes(before?.pos ?? '') && governsInfinitive(parse, c)) {
      const resume = words.findIndex((_, k) => k > c && isComma(parse, k) && !parse.quoted[k] && infinitiveAfter(words, k))
      if (resume > 0) {
        cuts.push({ from: c, to: resume })
        return
      }
    }
    // "requires all systems, including autonomous weapon systems, be designed to …": the clause resumes after
    // the next comma (a verb follows it), so the phrase is an aside up to that comma.
    // So does "the company was, given its assessment of “…,” unwilling to …": the aside splits a verb from its
    // complement (its closing quote, if the comma is inside one, goes with it).
    const close = nextComma(parse, c + 1)
    const quote = /^["”]$/.test(words[close + 1]?.text ?? '') ? 1 : 0
    // ("directs the Secretary, in consultation with X, to update …": so does an infinitive the verb governs.)
    const infinitive = words[close + 1]?.lower === 'to' && words[close + 2]?.pos === 'VERB'
    // ("requires all models, including algorithms, that use the data to be retrained": so does the relative clause
    // that restricts the noun before the aside.)
    // ("decided, following recent technical talks, that …": so does the "that" clause the verb before it takes.)
    const restricts = words[close + 1]?.lower === 'that' && ['NOUN', 'PROPN', 'VERB'].includes(words[c - 1]?.pos ?? '')
    // ("…, affecting government buildings in 2006, enclosed public places in 2007, and …": a participle before a
    // noun modifies it, the next item of the phrase's list; no verb resumes the clause.)
    const resumer = words[close + 1 + quote]
    const modifies =
      resumer?.pos === 'VERB' &&
      participleForm(resumer) &&
      ['ADJ', 'NOUN'].includes(words[close + 2 + quote]?.pos ?? '') &&
      words.some((w, k) => k > close + 2 && isAndOr(w) && isComma(parse, k - 1))
    const resumes = (['VERB', 'AUX'].includes(resumer?.pos ?? '') && !modifies) || words[c - 1]?.pos === 'AUX' || infinitive || restricts
    const aside = words.slice(c + 1, close).filter((_, k) => !parse.quoted[c + 1 + k])
    // ("…, such as distributing equipment to voters, increasing access to curbside voting, and relocating …": the
    // verb after the comma is the next item of the list the phrase opens, which runs to the end.)
    const listed = aside.find((w) => w.pos === 'VERB')
    const resumed = itemVerb(words, close + 1)
    const series = (!!listed && !!resumed && sameForm(listed, resumed)) || seriesItem(words, c, close)
    if (close > 0 && resumes && !series && !hasFiniteVerb(aside)) {
      cuts.push({ from: c, to: close + quote })
      return
    }
    // "Many functions …, including evaluation, accountability for AI companies, … and government oversight are
    // already embedded in …": examples whose list ends on the verb the subject before them still waits for.
    const examplesEnd = firstPhrase(words, after, EXAMPLE_OPENERS) ? examplesBeforeVerb(parse, c) : -1
    if (examplesEnd > 0) {
      cuts.push({ from: c, to: examplesEnd })
      return
    }
    // To the end: a trailing phrase may hold commas of its own ("…, while attacking oil facilities, tankers and …").
    cuts.push({ from: c, to: lastContent(parse) })
  })
  return cuts
}

/**
 * The last word of a list of examples opened after the comma at `c` ("including A, B for C and D"), when a finite
 * verb follows its last noun ("… and D are already embedded") and the words before the comma have no verb but a
 * participle ("Many functions now presented as …"): the list sat between a subject and its verb. -1 when something
 * other than noun phrases, their "of/for" phrases, commas and "and/or" comes first.
 */
function examplesBeforeVerb(parse: Parse, c: number): number {
  const { words } = parse
  const verbs = words.slice(0, c).filter((w) => w.pos === 'VERB' || w.pos === 'AUX')
  if (!verbs.length || verbs.some((w) => w.pos === 'AUX' || !participleForm(w, true))) return -1
  let sawAndOr = false
  for (let k = c + 2; k < words.length; k++) {
    const w = words[k]!
    if (parse.quoted[k]) return -1
    if (isAndOr(w)) sawAndOr = true
    else if (w.pos === 'AUX' || (w.pos === 'VERB' && isFiniteVerb(words, k))) return sawAndOr && ['NOUN', 'PROPN'].includes(words[k - 1]?.pos ?? '') ? k - 1 : -1
    else if (!NOUN_PHRASE_POS.has(w.pos) && w.pos !== 'ADP' && !isComma(parse, k)) return -1
  }
  return -1
}

/** The words a time phrase's preposition is followed by before its time word ("in [the next two] years"). */
const TIME_PHRASE_WORDS = 4

/** Words for a day that may stand alone as a time: "today", "yesterday". */
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight'])

/** A day of the month in figures. */
const RE_DAY = /^(?:[1-9]|[12]\d|3[01])$/

/** Words that place a time phrase within its time (data/draft/trim.json timeParts): "early next year". */
const TIME_PARTS = new Set<string>(trimData.timeParts)
const TIME_MODIFIERS = new Set<string>(trimData.timeModifiers)

/** "in 2015", "on 22 January", "within three weeks", "in recent years", "This time". */
export function timeCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, i) => {
    // "… going forward.", "… so far, and …": a fixed time adverbial that ends its clause.
    const adverbial = parse.quoted[i] ? undefined : firstPhrase(words, i, TIME_ADVERBIALS)
    if (adverbial) {
      const end = i + adverbial.length - 1
      const next = words[end + 1]
      if (!next || /^[,;:.!?)—–]$/.test(next.text)) {
        cuts.push({ from: isComma(parse, i - 1) && next?.text !== ',' ? i - 1 : i, to: end })
        return
      }
    }
    // "The Commission today moved to block …": a day word between the subject and its verb.
    if (DAY_WORDS.has(w.lower) && !parse.quoted[i] && i > 0 && ['NOUN', 'PROPN'].includes(words[i - 1]!.pos) && isFiniteVerb(words, i + 1)) {
      cuts.push({ from: i, to: i })
      return
    }
    // ("this past week", "this coming week": a modifier between goes with the phrase.)
    const modified = TIME_MODIFIERS.has(words[i + 1]?.lower ?? '') && TIME_WORDS.has(words[i + 2]?.lower ?? '') ? 1 : 0
    if (TIME_DETERMINERS.has(w.lower) && TIME_WORDS.has(words[i + 1 + modified]?.lower ?? '') && !parse.quoted[i] && words[i + 2 + modified]?.pos !== 'ADP') {
      // "over the next decade": the preposition (and article) go with it; "the next decade will …" is a subject.
      const article = words[i - 1]?.pos === 'DET' ? 1 : 0
      const preposition = words[i - 1 - article]?.pos === 'ADP' ? 1 : 0
      if (article && !preposition) return
      // ("Next year will be a five-star year": before its verb, with nothing before it, the phrase is the subject.)
      if (!preposition && (i === 0 || isComma(parse, i - 1) || words[i - 1]!.pos === 'CCONJ') && isFiniteVerb(words, i + 2 + modified)) return
      // ("Early next year I hope …": a word of part goes with the phrase.)
      const part = !article && !preposition && TIME_PARTS.has(words[i - 1]?.lower ?? '') ? 1 : 0
      // ("and [later that year,] Congress passed …": the comma that closes the phrase after a conjunction goes with it.)
      const from = i - article - preposition - part
      const closing = isComma(parse, i + 2 + modified) && (from === 0 || words[from - 1]!.pos === 'CCONJ') ? 1 : 0
      cuts.push({ from, to: i + 1 + modified + closing })
      return
    }
    if (!TIME_PREPOSITIONS.has(w.lower) || parse.quoted[i]) return
    // "the exercise, last held in 2017", "heat waves, like the one occurring in 2025": the time is all a participle
    // says; without it the participle dangles.
    const before = words[i - 1]
    if (before?.pos === 'VERB' && (before.lower.endsWith('ing') || words[i - 2]?.pos === 'ADV')) return
    // ("… is to amplify the Incident Report published on Jan. 30, 2026, and …": so with a participle right after its
    // noun, the clause's verb before them.)
    if (before?.pos === 'VERB' && participleForm(before, true) && ['NOUN', 'PROPN'].includes(words[i - 2]?.pos ?? '') && hasFiniteVerb(words.slice(0, i - 2))) return
    let k = i + 1
    let timely = false
    while (k < words.length && k - i <= (timely ? TIME_PHRASE_WORDS + 2 : TIME_PHRASE_WORDS)) {
      const x = words[k]!
      // A number is a time when it is a year or counts time ("three weeks"); "from 30 states" counts states.
      // ("on December 1 and 2, 2004": a second day of the month joined to the first.)
      const secondDay = RE_DAY.test(x.text) && ['and', 'or'].includes(words[k - 1]?.lower ?? '') && RE_DAY.test(words[k - 2]?.text ?? '') && MONTHS.test(words[k - 3]?.lower ?? '')
      const timeNumber = x.pos === 'NUM' && (RE_YEAR.test(x.text) || TIME_WORDS.has(words[k + 1]?.lower ?? '') || MONTHS.test(words[k - 1]?.lower ?? '') || MONTHS.test(words[k + 1]?.lower ?? '') || secondDay)
      // "on an idealized past": "past" names a time only as "the past" ("in the past", "over the past decade").
      const pastNamed = x.lower !== 'past' || words[k - 1]?.lower === 'the'
      if (timeNumber || MONTHS.test(x.lower) || (TIME_WORDS.has(x.lower) && pastNamed)) timely = true
      // "on May 23, 2024": a comma inside the date.
      else if (x.text === ',' && timely && RE_YEAR.test(words[k + 1]?.text ?? '')) timely = true
      // "in April and May 2027": dates joined by "and"/"or" are one phrase.
      // ("in the coming weeks and months": so are time words; "on 4 February and 23 February": and days of months.)
      else if (timely && ['and', 'or'].includes(x.lower) && (MONTHS.test(words[k + 1]?.lower ?? '') || RE_YEAR.test(words[k + 1]?.text ?? '') || TIME_WORDS.has(words[k + 1]?.lower ?? '') || (RE_DAY.test(words[k + 1]?.text ?? '') && (MONTHS.test(words[k - 2]?.lower ?? '') || MONTHS.test(words[k + 2]?.lower ?? ''))))) timely = true
      // "from 1985 to 2022", "from March through June": a span is one phrase, its end with its start.
      else if (timely && SPAN_OPENERS.has(words[i]!.lower) && SPAN_CLOSERS.has(x.lower) && (MONTHS.test(words[k + 1]?.lower ?? '') || RE_YEAR.test(words[k + 1]?.text ?? ''))) timely = true
      else if (!['DET', 'ADJ'].includes(x.pos)) break
      k++
    }
    // "in the January 2026 operation": the date describes the noun after it; the phrase is not a time phrase.
    // "within 60 days of closing the merger": the time is counted from what its "of" names; the phrase goes on.
    // "during the next two budget cycles": the phrase goes on past the time word; it is not cut inside.
    // "so by the time they arrive at Earth it can be …": "the time" with a clause after it opens that clause.
    const conjunction = ['time', 'moment'].includes(words[k - 1]?.lower ?? '') && startsClause(words.slice(k, nextComma(parse, k) > 0 ? nextComma(parse, k) : words.length))
    // "after the September 11, 2001, attacks": a date after "the" and before its noun's comma describes the noun.
    const attributive = words[i + 1]?.lower === 'the' && words[k]?.text === ',' && ['NOUN', 'ADJ'].includes(words[k + 1]?.pos ?? '')
    // "alleges that within two days, Acme signed …": a time phrase that opens a clause takes its comma with it.
    const opensClause = i === 0 || words[i - 1]!.lower === 'that' || ['SCONJ', 'CCONJ'].includes(words[i - 1]!.pos) || isComma(parse, i - 1)
    // (Set off by a comma on each side, it takes both: "The firm, in 2020, bought …" → "The firm bought …"; not the
    // comma after an opening adverb: "Reportedly, in May 2025, the chief stated" → "Reportedly, the chief stated".)
    // ("before the Committee on May 7, 2025, stated that …": a comma after the year closes the date its own comma opened.)
    // (Not the date a participle says: "First held on April 22, 1970, it is …".)
    const dateClosed = isComma(parse, k) && RE_YEAR.test(words[k - 1]?.text ?? '') && words.slice(i + 1, k - 1).some((x) => x.text === ',') && before?.pos !== 'VERB'
    const comma = isComma(parse, k) && (opensClause || dateClosed) ? 1 : 0
    // (A word that opens a clause is no such adverb: "a deal whereby, on October 29, HDT acquired …" → "a deal whereby HDT
    // acquired …".)
    const leading = comma && isComma(parse, i - 1) && (words[i - 2]?.pos !== 'ADV' || SUBORDINATORS.has(words[i - 2]!.lower)) ? 1 : 0
    if (!timely || conjunction || attributive || ['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(words[k]?.pos ?? '') || words[k]?.lower === 'of') return
    // "H.R. 1883, introduced in May 2025, would require …", "a policy introduced in 2020 sparked protests": the time
    // is all a participle that describes the subject says; the clause's verb comes right after. Without the time,
    // the participle dangles ("H.R. 1883, introduced, would require").
    const verbAfter = words[isComma(parse, k) ? k + 1 : k]
    if (before?.pos === 'VERB' && participleForm(before, true) && (verbAfter?.pos === 'AUX' || (verbAfter?.pos === 'VERB' && !verbAfter.lower.endsWith('ing')))) return
    // "during the time [in which it was in effect]": the relative clause that says which time goes with it, up to its
    // comma or the end.
    const relative = !comma && ((words[k]?.pos === 'ADP' && words[k + 1]?.lower === 'which') || ['when', 'which'].includes(words[k]?.lower ?? ''))
    const close = relative ? nextComma(parse, k) : -1
    cuts.push({ from: i - leading, to: relative ? (close > 0 ? close - 1 : lastContent(parse)) : k - 1 + comma })
  })
  return cuts
}

/**
 * "Matching the user, provider and particular agent across those records gets …": after the comma, a bare noun (no
 * determiner) and "and" or "or" within a few words close the list the gerund's object opened; the comma is the
 * list's, and the gerund's phrase the subject.
 */
function lastItemsFollow(words: Word[], comma: number): boolean {
  if (words[comma - 1]?.pos !== 'NOUN' || words[comma + 1]?.pos !== 'NOUN') return false
  for (let k = comma + 2; k <= comma + 1 + LAST_ITEM_WORDS; k++) {
    const x = words[k]
    if (!x || !['NOUN', 'ADJ'].includes(x.pos)) return x?.lower === 'and' || x?.lower === 'or'
  }
  return false
}
/** How many words the item right after the comma may hold before its "and". */
const LAST_ITEM_WORDS = 3

/**
 * Lemmas of the verbs that close a sentence on who said it ("…, the Department announced today."): verbs that
 * report, not those that hold or allege ("…, the complaint alleges" keeps its claim an allegation).
 */
const TAIL_REPORTING = new Set<string>(trimData.tailReportingVerbs)
/** Words a time phrase after that verb may open with ("announced today", "said on Monday", "said in a statement"). */
const TAIL_TIME_OPENERS = new Set<string>(trimData.tailTimeOpeners)
/** The most words such a time phrase may have. */
const TAIL_TIME_WORDS = 6
/** A speaker's words: a name with its title, a body, a pronoun; joined by "and", with "of" phrases. */
const SPEAKER_POS = new Set([...NOUN_PHRASE_POS, 'ADP', 'CCONJ', 'PRON'])

/**
 * "The company will pay a $10 million penalty, Assistant Attorney General Jane Roe announced today.", "…, the
 * ministry said on Monday.", "…, said the minister.": the clause that closes the sentence on who reported the claim
 * before it, from its comma to the end. The speakers may be a list of names with titles ("A of the Criminal
 * Division, B and C, District Attorney for X, announced today").
 */
export function reportingTailCut(parse: Parse): Cut | undefined {
  const { words } = parse
  const end = lastContent(parse)
  const speaker = (from: number, to: number) => {
    const span = words.slice(from, to)
    // (A possessive's mark is the speaker's too: "Department of Health and Human Services' Inspector General Jane Roe".)
    const possessive = (w: Word, k: number) => /^['’]s?$/i.test(w.text) && k > 0 && span[k - 1]!.end === w.start
    return span.length > 0 && span.every((w, k) => SPEAKER_POS.has(w.pos) || w.text === '(' || w.text === ')' || possessive(w, k)) && !['CCONJ', 'ADP'].includes(span[0]!.pos) && ['NOUN', 'PROPN', 'PRON'].includes(span.at(-1)!.pos) && !span.some((w, k) => parse.quoted[from + k])
  }
  // The verb, then perhaps a time phrase up to the end.
  let verb = -1
  for (let k = end; k >= Math.max(1, end - TAIL_TIME_WORDS); k--) {
    const w = words[k]!
    if (w.pos === 'VERB' && TAIL_REPORTING.has(w.lemma.toLowerCase())) {
      const time = words.slice(k + 1, end + 1)
      if (time.length === 0 || (TAIL_TIME_OPENERS.has(time[0]!.lower) && !time.some((x) => ['VERB', 'AUX'].includes(x.pos) || x.text === ','))) verb = k
      break
    }
    if (w.text === ',' || ['VERB', 'AUX'].includes(w.pos)) break
  }
  if (verb < 2) return undefined
  const closes = (c: number) => isComma(parse, c) && !parse.quoted[c] && !['“', '”', '"'].includes(words[c - 1]!.text) && hasMainClause(words.slice(0, c))
  // "…, said the minister": the verb opens the tail, the speaker follows it.
  if (isComma(parse, verb - 1)) {
    if (closes(verb - 1) && speaker(verb + 1, end + 1)) return { from: verb - 1, to: end }
    // "…, Robert Roe, District Attorney for X, announced": a title set off after the speaker's name.
    const title = words.findLastIndex((w, i) => i < verb - 1 && isComma(parse, i))
    if (title < 0 || !speaker(title + 1, verb - 1) || words[title - 1]!.pos !== 'PROPN') return undefined
    return speakersFrom(parse, title, closes, speaker, end)
  }
  // "…, the ministry said": the speaker before the verb (over an adverb: "Roe further explained"; over its
  // auxiliaries: "…, the Office of Inspector General is announcing today", "…, officials have said").
  let subjectEnd = verb
  while (['ADV', 'AUX'].includes(words[subjectEnd - 1]?.pos ?? '')) subjectEnd--
  return speakersFrom(parse, subjectEnd, closes, speaker, end)
}

/**
 * The speakers ending before `at`, back to the comma that opens them, and the cut from there to `end`. Names
 * listed with commas ("A of the Criminal Division, B and C") go back item by item, each a capitalised name of a few
 * words, while the last item is joined by "and".
 */
function speakersFrom(parse: Parse, at: number, closes: (c: number) => boolean, speaker: (from: number, to: number) => boolean, end: number): Cut | undefined {
  const { words } = parse
  let c = words.findLastIndex((w, i) => i < at && isComma(parse, i))
  if (c < 1 || !speaker(c + 1, at)) return undefined
  if (words.slice(c + 1, at).some((w) => w.lower === 'and')) {
    for (;;) {
      const before = words.findLastIndex((w, i) => i < c && isComma(parse, i))
      if (before < 1 || words[before + 1]!.pos !== 'PROPN' || c - before - 1 < 3 || !speaker(before + 1, c)) break
      c = before
    }
  }
  return closes(c) ? { from: c, to: end } : undefined
}

/** Words that say when relative to the day the article was written. */
const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tonight'])

/**
 * "The Department of Justice today filed a lawsuit", "Global stock markets fell today, …": a day said relative to
 * the article's own ("today") means nothing on a slide read later; the date is the deck's. Only the word alone, as
 * an adverb between the subject and its verb or after a verb where the clause ends — not "today's", not "until
 * today", not in a quotation.
 */
export function deicticCuts(parse: Parse): Cut[] {
  const { words } = parse
  const cuts: Cut[] = []
  words.forEach((w, i) => {
    if (!DEICTIC_DAYS.has(w.lower) || parse.quoted[i] || /^['’]s$/i.test(words[i + 1]?.text ?? '')) return
    const prev = words[i - 1]
    const next = words[i + 1]
    const beforeVerb = !!prev && ['NOUN', 'PROPN'].includes(prev.pos) && next?.pos === 'VERB'
    // (After a verb only where the clause ends: "the tariffs imposed today make …" would read "imposed make".)
    // (Not after a verb of saying, whose point would end on it: "…, the Commission announced today" keeps it whole.)
    const afterVerb = prev?.pos === 'VERB' && !SAYING_LEMMAS.has(prev.lemma.toLowerCase()) && (!next || next.pos === 'PUNCT')
    if (beforeVerb || afterVerb) cuts.push({ from: i, to: i })
  })
  return cuts
}

/**
 * The rest of the sentence speaks of the future: an auxiliary of the future or "going to" in it ("businesses will
 * reopen", "then it's not going to perform"). (Read anywhere in it, past other leads: keeping a lead is the safe side.)
 */
function futureClause(words: Word[]): boolean {
  return words.some((w, k) => FUTURE_AUXILIARIES.has(w.lower) || (w.lower === 'going' && words[k + 1]?.lower === 'to' && words[k + 2]?.pos === 'VERB'))
}
