/**
 * Weak headlines: a slide title that is a claim in form but says almost nothing. A slide takes one only when none of
 * its points has a better headline (src/draft/index.ts slideTitle); it is never dropped, so the slide keeps a claim.
 *  - a bare passive or a feeling after "be", at the end: "The Delta 4 was developed", "Scientists are excited";
 *  - a demonstrative pointing back before its subject and verb: "Among these individuals are six members", "This
 *    designation follows …" (the slide's reader has not read the sentence before);
 *  - a pronoun standing for what the headline does not name: "It accounts for only 24% of U.S. GDP" (the point
 *    keeps "While trade accounts for …, it …"; its headline lost the clause that named "trade");
 *  - a request to the reader: "Imagine you let the software reason";
 *  - an announcement of what follows: "Here’s how the system has developed".
 */
import { LANGUAGE } from '../language/data.ts'
import { announcesWhatFollows, backReference, READER_IMPERATIVES, TIME_NOUNS } from '../language/grammar.ts'
import { tagWords, type Word } from '../language/index.ts'

const FEELINGS = new Set<string>(LANGUAGE.feelingAdjectives)
const POINTING = new Set(['this', 'these', 'those'])
/** How many opening words a pointing demonstrative is looked for in. */
const OPENING_WORDS = 3

export function isWeakTitle(title: string): boolean {
  const words = tagWords(title).filter((w) => w.pos !== 'PUNCT')
  return endsOnBarePredicate(words) || pointsBack(words) || backReference(words) !== undefined || addressesReader(words) || announcesWhatFollows(words) || endsOnOneAsked(words)
}

/** Verbs whose person object waits for what they ask or tell (data/language.json askingVerbs). */
const ASKING = new Set<string>(LANGUAGE.askingVerbs)
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])

/**
 * The title ends on the one a verb of asking or telling addresses: "We urge those countries", "Hun Sen told hundreds
 * of thousands of citizens" — what was asked or told is not in it.
 */
function endsOnOneAsked(words: Word[]): boolean {
  const verb = words.findLastIndex((w) => w.pos === 'VERB')
  if (verb < 0 || !ASKING.has(words[verb]!.lemma.toLowerCase()) || verb === words.length - 1) return false
  return words.slice(verb + 1).every((w) => OBJECT_POS.has(w.pos) || w.lower === 'of')
}

/** The title opens on a verb that asks the reader to do something (data/language.json readerImperatives). */
function addressesReader(words: Word[]): boolean {
  const w = words[0]
  return !!w && w.pos === 'VERB' && w.lower === w.lemma.toLowerCase() && READER_IMPERATIVES.has(w.lower)
}

function endsOnBarePredicate(words: Word[]): boolean {
  const last = words.at(-1)
  if (!last) return false
  let k = words.length - 2
  while (k >= 0 && words[k]!.pos === 'ADV') k--
  const be = words[k]?.pos === 'AUX' && words[k]!.lemma.toLowerCase() === 'be'
  // ("anyone who falls ill can be isolated": what may happen is a claim.)
  let j = k - 1
  while (j >= 0 && words[j]!.pos === 'ADV') j--
  if (!be || words[j]?.pos === 'AUX' || words[j]?.lower === 'to') return false
  return (last.pos === 'ADJ' && FEELINGS.has(last.lower)) || (last.pos === 'VERB' && /(?:ed|en|wn|ne|lt|nt)$/.test(last.lower))
}

function pointsBack(words: Word[]): boolean {
  const at = words.slice(0, OPENING_WORDS).findIndex((w, i) => POINTING.has(w.lower) && ['NOUN', 'ADJ'].includes(words[i + 1]?.pos ?? ''))
  // Only before the clause's subject and verb: "Among these individuals …", "All of these initiatives …" (not "GAO
  // reached this conclusion").
  if (at >= 0 && words.slice(0, at).every((w) => !['VERB', 'AUX', 'NOUN', 'PROPN'].includes(w.pos))) return true
  // Or inside the subject, before its verb: "Members of this group supported …", "The cumulative effect of these
  // rules would …" (the subject is what the claim is about, and the reader cannot tell which one; not a time: "In
  // this period, …").
  const verb = words.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX')
  return words.slice(0, Math.max(verb, 0)).some((w, i) => POINTING.has(w.lower) && pointedNoun(words, i + 1))
}

/** The noun a demonstrative's phrase names, adjectives skipped, unless it is a time ("this year"). */
function pointedNoun(words: Word[], from: number): boolean {
  let k = from
  while (words[k]?.pos === 'ADJ' || words[k]?.pos === 'NUM') k++
  const head = words[k]
  return !!head && head.pos === 'NOUN' && !TIME_NOUNS.has(head.lemma)
}
