/**
 * What a briefing says: the article's sentences that can stand as points (trimmed, whole, not referring back
 * to what is not on the slide, not metadata), the thesis, the conclusion, and a choice of points that covers the
 * article's claims without saying the same thing twice. Pure.
 */
import { inAnotherLanguage } from '../language/other-language.ts'
import { backReference, announcesItems, announcesWhatFollows, endsOnLeadIn, endsOnReference, endsOnReport, leadsIntoQuotation, frontedReference, isFiniteVerb, isPluralNoun, objectReference, sameStem, isNavigation, ownerForm, participleForm, verbAfterSubject } from '../language/grammar.ts'
import { contentLemmas, hasWord, openQuotations, quoteDepthAfter, sameText, tagWords, type Language, type Word } from '../language/index.ts'
import { LANGUAGE, POINTING_PRONOUNS, RELATIVE_OPENERS, RELATIVE_PRONOUNS } from '../language/data.ts'
import type { Actor, Analysis, Article, Sentence } from '../types.ts'
import { HANDOVER_VERBS, headlineOf, LAST_TITLE_WORDS, LONG_TITLE_WORDS, MAX_LEDE_WORDS, MAX_POINT_WORDS, TITLE_WORDS, trimSentence } from './trim.ts'
import { startsClause } from './trim/clauses.ts'
import { isCompression } from '../quality/faithful.ts'
import { fragmentOf, isCutOff } from '../quality/index.ts'
import { endsOnLostList } from '../ingest/sentences.ts'
import { MAX_STANDFIRST_WORDS } from '../ingest/classify.ts'
import { MONTHS, RE_YEAR } from './trim/vocabulary.ts'
import selectData from '../../data/draft/select.json' with { type: 'json' }
import actorData from '../../data/actors.json' with { type: 'json' }

export interface Candidate {
  sentence: Sentence
  /** The sentences the point cites: its own, and the one before when a pronoun was replaced by its name. */
  source: string[]
  /** Position in the article, 0-based. */
  index: number
  salience: number
  point: string
  /** A headline of at most ten words, when the sentence yields one. */
  title?: string
  /** A headline of at most LONG_TITLE_WORDS words, for a slide none of whose points has a short one. */
  longTitle?: string
  /** A headline of at most LAST_TITLE_WORDS words: rather than a label, when no point of the slide has a shorter one. */
  lastTitle?: string
  /** Opens by referring back ("It", "This move"): not a point on its own. */
  dangling: boolean
  /** The name the sentence's opening pronoun stands for, when the point says it ("They" → "The Houthis"). */
  subjectName?: string
  /** Content lemmas of the point, to tell two points that say the same thing. */
  lemmas: Set<string>
  /** Someone's words inside a quotation, the point opening with the speaker's name. */
  voiced?: boolean
}

/** A headline, unless it only announces what follows ("… issued the following statement"). */
const announcing = (headline: string | undefined) => (headline && RE_FOLLOWING_END.test(headline) ? undefined : headline)

/** The fewest words a headline of someone's words keeps beside the speaker's name. */
const MIN_VOICED_HEADLINE_WORDS = 5

const MIN_WORDS = 5
/** The pronouns a point may open with for a name the paragraph gave, and the kind of name each agrees with. */
export const SUBJECT_PRONOUNS: Record<string, 'plural' | 'person' | 'thing'> = { they: 'plural', he: 'person', she: 'person', it: 'thing' }
/** Possessive pronouns that open a subject ("His announcement followed …"), and whom they stand for. */
const OWNER_PRONOUNS: Record<string, 'plural' | 'person' | 'thing'> = { their: 'plural', his: 'person', her: 'person', its: 'thing' }
/** A sentence in another script than Latin, shown whole, fits a slide line up to this many characters. */
const MAX_WHOLE_CHARS = 160

/** A letter of another script than Latin (most sentences have none, and need no counting). */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u

/** Words, or for scripts written without spaces (Chinese, Japanese) about one word per two characters. */
function wordsIn(text: string): number {
  const spaced = text.split(/\s+/).filter(Boolean).length
  if (!NON_LATIN_LETTER.test(text)) return spaced
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
  return Math.max(spaced, Math.round(ideographs / 2))
}

/** Of an article's sentences, the share in Latin script an article headlined in Latin script has at least. */
const LATIN_SHARE = 0.4

/** Most of the sentence's letters are Latin: the English tagger and the trimming rules apply. */
function isLatin(text: string): boolean {
  if (!NON_LATIN_LETTER.test(text)) return true
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return letters === 0 || latin / letters >= 0.5
}

/** A sentence kept whole as a point (no trimming rules for its language), when it is short enough to read. */
function wholeSentence(text: string, words: Word[]): { point: string; words: Word[] } | undefined {
  const point = text.trim().replace(/[.。．]$/u, '')
  return [...point].length <= MAX_WHOLE_CHARS ? { point, words } : undefined
}
/**
 * Whether a point that opens on a quotation mark lost the speaker its sentence names: the sentence has words
 * before that quotation ('The report further claims, "…"'), or the point is the quotation alone and the sentence
 * goes on after it ('"…," according to a tweet by Mike Pompeo').
 */
function speakerCut(point: string, sentence: string): boolean {
  if (!RE_OPENS_QUOTE.test(point)) return false
  // (The point's first letter may have been raised: '“millions of …' → '“Millions of …'.)
  const opens = sentence.toLowerCase().indexOf(point.slice(1, 1 + QUOTE_PROBE_CHARS).toLowerCase())
  if (opens < 0) return false
  const before = sentence.slice(0, opens).replace(/["“]\s*$/, '')
  // (Not a name in quotation marks that a clause goes on from: '“The Year of Mexico in France” is to be celebrated …'.)
  const close = point.slice(1).search(/["”]/)
  const quoted = close < 0 ? point : point.slice(0, close + 2)
  if (wordsIn(quoted) < QUOTED_SHARE * wordsIn(point)) return false
  if (/[\p{L}\p{N}]/u.test(before)) return true
  return RE_WHOLE_QUOTE.test(point) && /[\p{L}\p{N}]/u.test(sentence.slice(opens + point.length - 2).replace(/^[^"”]*["”]/, ''))
}
/** Text that opens on a quotation mark. */
const RE_OPENS_QUOTE = /^["“]/
/** How much of a quotation's opening is looked for in its sentence. */
const QUOTE_PROBE_CHARS = 20
/** The share of a point's words a quotation holds when the words are someone's, not a name the point quotes. */
const QUOTED_SHARE = 0.5
/** A sentence that ends on the mark closing a quotation, with no speaker after it (its full stop may follow the mark: '… concerns".'). */
const RE_CLOSES_QUOTE = /^[^“”"]*[”"][.!?]?\s*$/
/** A sentence that is one quotation, marks and all: '“We need a way ahead that is affordable.”'. */
const RE_WHOLE_QUOTE = /^\s*(?:“[^“”]*”|"[^"“”]*")\s*$/
/** The ellipsis a point ends on outside a quotation (its last stop taken for the sentence's: ".."). */
const RE_TRAILS_OFF = /\s*(?:…|\.\.\.?)\s*$/
/** A link or an e-mail address on a slide is a reference, not a claim. */
const RE_ADDRESS = /https?:\/\/|www\.|\S+@\S+\.\w/
const CONTRAST = new Set(selectData.contrastCues)
const CLAIM_CUES = new Set(selectData.claimCues)
const STANCE_VERBS = new Set(selectData.stanceVerbs)
const FIRST_PERSON = new Set(selectData.firstPerson)
/** The opening share of a long article, where a report or a study states what it is about. */
const OPENING_SHARE = 0.15
/** Two points sharing this share of the smaller one's content words say the same thing. */
const SAME_CLAIM = 0.6
/** How many of the best thesis candidates are weighed for a headline of their own. */
const THESIS_SHORTLIST = 8
/** An article concludes in its last paragraphs. */
const CONCLUDING_PARAGRAPHS = 2
/**
 * What a concluding paragraph's first sentence gains over its others (salience is 0..1). Dev eval: key claims
 * 84%/73% → 85%/75% and thesis on a slide 23 → 24 of 28 (4 articles better, none worse; 0.15–0.3 alike).
 */
const TOPIC_SENTENCE_WEIGHT = 0.2
/**
 * A concluding sentence whose content words are this much names (other than the article's actors) and figures,
 * with no claim language, is a detail ("… held a 53-47 majority", an attendance list): no takeaway. Dev eval
 * unchanged at 0.4; weighing claim language or this share into the conclusion's score instead cost key claims.
 */
const DETAIL_SHARE = 0.4
/** A name in this many of the article's candidate sentences is one of its actors. */
const ACTOR_MENTIONS = 3
/**
 * What a paragraph of one sentence gains as a thesis candidate, scaled by how rare such paragraphs are in the
 * article: a writer whose paragraphs run to several sentences sets a claim apart by giving it a paragraph of its
 * own. Tuned by leave-one-article-out on dev: thesis picked exactly 6 → 9 of 28 (0.1–0.3 alike).
 */
const SET_APART_WEIGHT = 0.15

/**
 * "The following is a sequential email exchange …", "Below are the key provisions", "The text of the following
 * statement was released by …": the subject points to what follows (not a time: "The following year was …").
 */
const RE_FOLLOWING_START =
  /^(?:(?:the (?:full )?text of )?the following(?:\s+(?!(?:years?|months?|weeks?|days?|decades?|morning|evening|night|season|spring|summer|autumn|fall|winter)\b)[\p{L}-]+){0,2}|below|here)\s+(?:is|are|was|were|lists?|shows?)\b/iu
/** "… outlined our position in the following pieces": a lead-in that ends by pointing to what follows. */
const RE_FOLLOWING_END = /\bthe following(?:\s+(?!(?:years?|months?|weeks?|days?|decades?|morning|evening|night|season|spring|summer|autumn|fall|winter)\b)[\p{L}-]+){0,2}\s*[:.]?\s*$/iu

/** A quoted title at the start, then only names, places and dates: no verb outside the quotation. */
function isReferenceEntry(text: string, words: Word[]): boolean {
  const quote = /^[“"][^”"]{3,}[”"],?\s/u.exec(text)
  if (!quote) return false
  const rest = words.filter((w) => w.start >= quote[0].length)
  return rest.length > 0 && rest.length <= MAX_REFERENCE_WORDS && !rest.some((w) => w.pos === 'VERB' || w.pos === 'AUX')
}
const MAX_REFERENCE_WORDS = 20

/** Every sentence that can stand as a point, in article order. */
export function candidatesOf(article: Article, analysis: Analysis, language: Language): Candidate[] {
  const meta = new Set(analysis.meta)
  const out: Candidate[] = []
  // Names the analysis knows as a body's (a company, a club, a state), which "it" may stand for whatever their length.
  const bodies = new Set(analysis.actors.filter((a) => a.type !== 'person').map((a) => a.name.toLowerCase()))
  const isBody = (name: string) => bodies.has(name.replace(/^the\s+/i, '').toLowerCase())
  // The one person each sentence names, as it prints the name ("President Nixon"): whom "he" or "she" opening the
  // next sentence stands for when that sentence's subject is no person ("The STG delivered its report to President
  // Nixon …. Instead, he directed NASA …").
  // (Worked out only for the sentence before one that opens on such a pronoun.)
  const peopleIn = new Map<string, Analysis['actors']>()
  for (const a of analysis.actors) if (a.type === 'person') for (const id of a.mentions) peopleIn.set(id, [...(peopleIn.get(id) ?? []), a])
  const solePerson = (sentence: Sentence): string | undefined => {
    const people = peopleIn.get(sentence.id) ?? []
    if (people.length !== 1) return undefined
    // (A surname keeps the title before it: "President Nixon"; not another capitalised word: "Whenever García can
    // accuse …" names "García", "Minister of Communication and Information Tifatul Sembiring" names "Tifatul Sembiring".)
    const printed = (f: string) => {
      const found = new RegExp(`(?:\\p{Lu}[\\p{L}.]*\\s+)*${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').exec(sentence.text)?.[0]
      const words = found?.split(/\s+/) ?? []
      const start = words.length - f.split(/\s+/).length
      let k = start
      while (k > 0 && TITLE_WORDS_BEFORE_NAMES.has(words[k - 1]!)) k--
      // ("Turkish President Recep Tayyip Erdoğan", "FTC Chair Khan": with the word that says whose title it is.)
      if (k < start && k > 0) k--
      return found && words.slice(k).join(' ')
    }
    const forms = [people[0]!.name, ...people[0]!.aliases].filter((f) => hasWord(sentence.text, f)).map(printed)
    return forms.filter((f): f is string => !!f && f.split(/\s+/).length >= 2).sort((a, b) => b.length - a.length)[0]
  }
  // The name a pronoun at the start of the next sentence would stand for, and the sentence that gave it.
  let named: { name: string; id: string; paragraph: number } | undefined
  // The sentence that opens a list ("… agreed to do the following:"), while the paragraphs after it are its items.
  // A lead-in that reports someone's words ("Marine leadership remarked that") is `reported`: the paragraphs after
  // it are those words, a list of items or a quotation set apart.
  let leadIn: { sentence: Sentence; clause?: string; reported?: boolean } | undefined
  // The paragraph whose first sentence was joined to a reported lead-in: the rest of it is inside the words quoted.
  let reportedParagraph: number | undefined
  // What the article has said already: a sentence printed again (a pull quote, a page that repeats its text) is
  // said once, where it first stands.
  const printed = new Set<string>()
  // A page in English with a translation run in (each paragraph followed by its Chinese): the translation repeats
  // what the English says, in a script the reader of an English deck may not read.
  // The headline says which the article's language is; its sentences must be at least that in part.
  const english = isLatin(article.meta.title) && article.sentences.filter((s) => isLatin(s.text)).length >= LATIN_SHARE * article.sentences.length
  // How many quotations the paragraph has opened and not closed before the sentence.
  let quoting = 0
  let ledeTried = false
  article.sentences.forEach((sentence, index) => {
    const words0 = language.get(sentence.id) ?? []
    const opensParagraph = article.sentences[index - 1]?.paragraph !== sentence.paragraph
    if (opensParagraph) quoting = 0
    // '"Having experienced Waymo … / I would have to say the experience is much better. / I feel like …," says Tu
    // Le.': a sentence inside a quotation that neither opens nor closes there is someone's words with no marks
    // and no speaker on the slide.
    // '… / And thanks to the team, it may teach us new lessons."': the sentence that closes such a quotation, with no
    // speaker after its closing mark, is the same.
    const inside = quoting > 0 && ((openQuotations(sentence.text) === 0 && !/["“”]/.test(sentence.text)) || RE_CLOSES_QUOTE.test(sentence.text))
    // '“Winning the race is non-negotiable. America must …,” said the Secretary.': a sentence that opens a quotation
    // the paragraph closes later is someone's words whose speaker is not in it either.
    const opening = RE_OPENS_QUOTE.test(sentence.text.trim()) && openQuotations(sentence.text) > 0
    // '“We need to look outside the box …”': so is a sentence that is a quotation whole.
    const whole = RE_WHOLE_QUOTE.test(sentence.text)
    quoting = quoteDepthAfter(quoting, sentence.text)
    // '“A,” said Jane Roe. “B. C.”', 'Roe issued the following statement: “A. B.”': words inside a quotation whose
    // speaker an earlier sentence of the paragraph names are hers, and the point says so ("Jane Roe: B").
    // A paragraph of a quotation block is the words of whoever the sentence before the block names ("Blogger Jane Roe
    // writes: > …"): said with her name when that sentence gives one.
    const block = !!article.paragraphs[sentence.paragraph - 1]?.quoted
    const voice = inside || opening || whole ? voiceOf(article, analysis, index) : block ? blockVoice(article, analysis, language, index) : ownVoice(analysis, sentence)
    if ((inside || opening || whole) && !voice) return
    if (opensParagraph && leadIn && !leadIn.reported && !isListItem(words0)) leadIn = undefined
    // A reported lead-in reaches over the paragraph after it: the text does not say where a list of such words ends.
    if (opensParagraph && leadIn?.reported && article.sentences[index - 1]!.paragraph !== leadIn.sentence.paragraph) leadIn = undefined
    if (!opensParagraph && sentence.paragraph === reportedParagraph) return
    const next = article.sentences[index + 1]
    if (endsOnReport(words0) && !meta.has(sentence.id) && next && next.paragraph !== sentence.paragraph) {
      leadIn = { sentence, clause: sentence.text.trim(), reported: true }
      return
    }
    if (RE_LEAD_IN.test(sentence.text) && !meta.has(sentence.id) && next && next.paragraph !== sentence.paragraph && isListItem(language.get(next.id) ?? [])) {
      // A lead-in states nothing by itself: its items do, each joined to it.
      // Its clause is worked out once, for all its items.
      leadIn = { sentence, clause: leadClause(sentence.text) }
      return
    }
    // "Possible issues on which Members could engage include": a lead-in whose colon was lost is no claim at all;
    // nor is one with its colon whose items are no sentences of their own ("… could include the following:"), nor
    // one whose subject points to what follows ("The following is an exchange of emails …").
    // Nor one whose list the copy lost ("The historic monetary judgment includes:", then the paragraph's next sentence).
    const lost = endsOnLostList(sentence.text) && next?.paragraph === sentence.paragraph
    if (endsOnLeadIn(sentence.text.replace(RE_LEAD_IN, '')) || RE_FOLLOWING_END.test(sentence.text) || RE_FOLLOWING_START.test(sentence.text) || lost) return
    // "“Trump Can Keep America’s AI Advantage,” Dario Amodei & Matthew Pottinger, Wall Street Journal, January 6,
    // 2025": an entry of a reading list (a quoted title, then who and where) states nothing.
    if (isReferenceEntry(sentence.text, words0)) return
    // "(Public schools receive funding …, but are not typically eligible for the NSGP.)", "(Study included mostly WIC
    // participants.)": a sentence the author put in brackets whole is an aside, as a bracket inside a sentence is.
    if (isBracketed(sentence.text)) return
    // "… we are recommending that the Secretary of Agriculture educate all states about": the rest of the sentence
    // went with a page break.
    if (isCutOff(sentence.text)) return
    const subject = definedSubjectName(words0, sentence.text) ?? subjectName(words0, sentence.text)
    const carried = named && named.paragraph === sentence.paragraph ? named : undefined
    named = subject ? { ...subject, id: sentence.id, paragraph: sentence.paragraph } : carried && SUBJECT_PRONOUNS[words0.find((w) => w.pos !== 'CCONJ' && w.pos !== 'PUNCT')?.lower ?? ''] ? carried : undefined
    if (meta.has(sentence.id) || wordsIn(sentence.text) < MIN_WORDS || /[?？]\s*["”’]?$/.test(sentence.text)) return
    // (Or in another language in Latin script: "Es lo último que faltaba …", a quotation before its translation.)
    if (english && (!isLatin(sentence.text) || inAnotherLanguage(sentence.text))) return
    const key = sameText(sentence.text)
    if (printed.has(key)) return
    printed.add(key)
    if (RE_ADDRESS.test(sentence.text)) return
    // "See Table 2 for …", "Read more: …": the reader is sent elsewhere; nothing is stated.
    if (isNavigation(words0)) return
    // "Live Nation and Ticketmaster … agreed to do the following:" then "Not retaliate against venues …": an item
    // that opens with a verb says what the lead-in's subject does, so it is read after the lead-in's clause ("Live
    // Nation and Ticketmaster agreed to not retaliate …"), and the point cites both.
    // '… remarked that' then "The Marine Corps is working with BAE Systems …": the words reported, read after the
    // lead-in ("… remarked that the Marine Corps is working …"), cite both.
    const lead = !voice && opensParagraph && leadIn && (leadIn.reported || isListItem(words0)) ? leadIn.clause : undefined
    if (lead && leadIn?.reported) reportedParagraph = sentence.paragraph
    // "… the following disclosures required by the revised form:" then "information about products … under
    // development …;": an item of a list the paragraph before opened, in lower case, that no lead-in's clause joins
    // and that is no clause of its own (a noun phrase, "whether to …"), states nothing by itself.
    if (!lead && opensParagraph && listContinues(article.sentences[index - 1], sentence) && (!startsClause(words0) || QUESTION_OPENERS.has(words0[0]?.lower ?? ''))) return
    // "The statement placed particular emphasis on the following disclosures …:": so does the lead-in that points to
    // such items ("the following", "as follows"); one that states something first ("Annan implemented reforms,
    // resulting in the establishment of:") is a claim without them.
    if (RE_POINTS_AHEAD.test(sentence.text) && next && next.paragraph !== sentence.paragraph && listContinues(sentence, next)) return
    // "… makes the following claim regarding the results:", "Jane Roe wrote on her blog:", then a paragraph of the
    // words themselves: a lead-in to a quotation states nothing by itself either.
    if (next && next.paragraph !== sentence.paragraph && ((RE_POINTS_AHEAD.test(sentence.text) && RE_OPENS_QUOTE.test(next.text)) || leadsIntoQuotation(words0))) return
    const proper = words0[0]?.pos === 'PROPN' || words0[0]?.text === 'I'
    const quoted = voice ? (voice.quote ?? withoutQuoteMarks(sentence.text)) : undefined
    const text = quoted ?? (lead ? `${lead} ${proper ? sentence.text[0] : sentence.text[0]!.toLowerCase()}${sentence.text.slice(1)}` : sentence.text)
    const tagged = lead || quoted ? tagWords(text) : language.get(sentence.id)
    // The tagger reads English: a sentence in another script is a point as it stands, untrimmed, with no headline.
    // (The lede, the first sentence that gets this far, may stay longer: MAX_LEDE_WORDS. A standfirst before it, a
    // short paragraph of one sentence under the headline ("Revoli Construction Co. Inc. assessed $4.6M in proposed
    // penalties"), needs no such room and leaves it to the lede.)
    const isLede = !ledeTried
    const standfirst = opensParagraph && next?.paragraph !== sentence.paragraph && wordsIn(sentence.text) <= MAX_STANDFIRST_WORDS
    if (!standfirst) ledeTried = true
    const parsed = isLatin(text) ? trimSentence(text, tagged, { title: false, ...(isLede ? { maxWords: MAX_LEDE_WORDS } : {}) }) : undefined
    const trimmed = isLatin(text) ? parsed : wholeSentence(text, tagged ?? [])
    if (!trimmed) {
      // Too long to be one point, a sentence of two clauses is two.
      if (!lead && !quoted && isLatin(text) && wordsIn(text) > MAX_POINT_WORDS)
        for (const part of clauseParts(text, tagged ?? [])) {
          out.push({
            sentence,
            source: [sentence.id],
            index,
            salience: analysis.salience[sentence.id] ?? 0,
            point: part.point,
            get title() {
              return announcing(part.headline())
            },
            get longTitle() {
              return announcing(part.headline(LONG_TITLE_WORDS))
            },
            get lastTitle() {
              return announcing(part.headline(LAST_TITLE_WORDS))
            },
            dangling: false,
            lemmas: contentLemmas(part.words),
          })
        }
      return
    }
    let { point } = trimmed
    // (The point's own parse gives its headlines, unless the sentence was taken whole.)
    // (Nor does a headline of a quotation alone whose speaker only the whole sentence names, below: 'By this time,
    // "her skin was weeping …", according to …'.)
    let spoken: Word[] | undefined
    const headlineOfText = (n?: number) => {
      const h = parsed ? parsed.headline(n) : headlineOf(text, tagged, n)
      return spoken && h && RE_OPENS_QUOTE.test(h) ? undefined : h
    }
    // "Members may consider several areas for oversight" (its "such as …" trimmed off), "The collaboration focuses
    // on three key areas": a point that only announces what follows states nothing.
    // "Here’s how China’s AI governance system has developed in stages": so does one that announces what the
    // paragraphs after it tell (not when it goes on to say it after a colon: "Here is where I say the thing …: I think …").
    // "I now share my primary comments on …", "I appreciate the invitation to testify", "Let me first provide some
    // background": the speaker's words about their own, none about the matter (nor a thesis, then).
    if (announcesItems(trimmed.words) || stopsOnFunctionWord(text, trimmed.words) || (announcesWhatFollows(trimmed.words) && !trimmed.point.includes(':'))) return
    if (presentsOwnWords(trimmed.words) || thanksSomeone(trimmed.words) || greetsOccasion(trimmed.words) || (RE_LET_ME.test(trimmed.point) && !trimmed.point.includes(':'))) return
    // "Chairman Ferguson issued the following statement[ …: “…”]": trimmed, it only announces what follows.
    if (RE_FOLLOWING_END.test(trimmed.point)) return
    // Someone's words: with the speaker's name, citing the sentence that gives it; not when they open by pointing
    // back ("It …", "This …").
    if (voice) {
      const said = `${voice.name}: ${trimmed.point}`
      const sources = voice.id === sentence.id ? [sentence.text] : [voice.text, sentence.text]
      if (backReference(trimmed.words) !== undefined || !isCompression(said, sources)) return
      // Its headline, when it has one, heads a slide with the speaker's name too ("Jane Roe: Markets that work lower
      // costs"), within the title's words.
      const named = voice.name.split(/\s+/).length
      const heading = (n: number) => {
        const h = n - named >= MIN_VOICED_HEADLINE_WORDS ? headlineOfText(n - named) : undefined
        return h && `${voice.name}: ${h}`
      }
      const candidate = {
        sentence,
        source: voice.id === sentence.id ? [sentence.id] : [voice.id, sentence.id],
        index,
        salience: analysis.salience[sentence.id] ?? 0,
        point: said,
        get title() {
          return heading(TITLE_WORDS)
        },
        get longTitle() {
          return heading(LONG_TITLE_WORDS)
        },
        get lastTitle() {
          return heading(LAST_TITLE_WORDS)
        },
        dangling: false,
        // (A quotation whose speaker its own sentence names was a sentence of the article's telling before it was
        // a label and words: it stays a candidate beside the author's claims.)
        // (So is a quotation block's: the article gives it set apart, as its own material.)
        voiced: voice.id !== sentence.id && !('block' in voice),
        lemmas: contentLemmas(trimmed.words),
      }
      out.push(candidate)
      return
    }
    // 'The report further claims, "American direct intervention …"', '"The airline transports weapons …," according
    // to a tweet by …': trimmed to the quotation, the words have no one to say them. The sentence whole names who,
    // when it is short enough to be a point; else it makes none.
    if (speakerCut(point, text)) {
      const whole = wholeSentence(text, tagged ?? [])
      if (!whole) return
      point = whole.point
      spoken = whole.words
    }
    let source = lead ? [leadIn!.sentence.id, sentence.id] : [sentence.id]
    let words = spoken ?? trimmed.words
    // The headline is worked out only for the candidates that need one (slide titles, the thesis).
    // (Words reported after a lead-in head the slide by themselves: "The Marine Corps is working with BAE Systems …".)
    const reported = !!lead && !!leadIn?.reported
    let title = (): string | undefined => (reported ? headlineOf(sentence.text, words0) : headlineOfText())
    let dangling = backReference(words) !== undefined
    // A clause whose pronoun stands for a noun of the lead makes no headline of any length.
    let headless = false
    // "They have made gains …" after "The Houthis …": the pronoun becomes the name it stands for, and the point
    // cites both sentences, so its words are still theirs, in order.
    // "As Congress considers …, it might consider …": the name in the clause the trimming dropped comes first.
    const inner = dangling ? leadSubject(words0, words[0], sentence) : undefined
    const before = article.sentences[index - 1]
    const personName = dangling && before && before.paragraph === sentence.paragraph && !meta.has(before.id) ? solePerson(before) : undefined
    const person = personName ? { name: personName, id: before!.id, paragraph: before!.paragraph } : undefined
    // "The task reference links scattered records to one job. It does not itself confer authority": "it" stands for
    // the thing the sentence right before opens with as its subject.
    const thing =
      dangling && /^It\s/.test(sentence.text) && before && before.paragraph === sentence.paragraph && !meta.has(before.id) && refersToThing(words) ? thingSubject(language.get(before.id) ?? [], before.text) : undefined
    // ("He's also leaving …": a pronoun written with a verb's clitic keeps it; the name cannot take it in the
    // sentence's own words.)
    const clitic = /^\p{L}+['’]\p{L}/u.test(point)
    const antecedent = clitic
      ? undefined
      : inner && agrees(words, inner.name, isBody(inner.name))
        ? inner
        : dangling && carried && !meta.has(carried.id) && agrees(words, carried.name, isBody(carried.name))
          ? carried
          : person && agrees(words, person.name)
            ? person
            : thing
              ? { name: thing.name, id: before!.id }
              : undefined
    // ("His announcement followed …" → "Ricardo Rosselló Nevares’s announcement followed …".)
    const standIn = antecedent && (OWNER_PRONOUNS[words[0]!.lower] ? ownerForm(antecedent.name, article.text) : antecedent.name)
    if (antecedent && standIn) {
      point = `${standIn} ${point.slice(words[0]!.text.length).trimStart()}`
      const own = title
      title = () => {
        const t = own()
        return t && `${standIn} ${t.slice(t.indexOf(' ') + 1)}`
      }
      source = antecedent.id === sentence.id ? [sentence.id] : [antecedent.id, sentence.id]
      words = tagWords(point)
      dangling = backReference(words) !== undefined
    }
    // "Since the uncertainty can be quantified, this uncertainty is no reason for delay": what the demonstrative
    // names is in the lead the trimming dropped, so the sentence is read whole.
    if (dangling && !antecedent && namesInLead(words0, words)) {
      const whole = wholeSentence(text, tagged ?? [])
      if (whole) {
        // ("It accounts for only 24% of U.S. GDP" heads no slide: its "it" stands for a noun of the lead.)
        if (opensWithPronoun(words)) (title = () => undefined), (headless = true)
        point = whole.point
        words = whole.words
        dangling = false
      }
    }
    // "But because the telescope could still detect comets and asteroids …, Mainzer proposed to restart the spacecraft
    // to keep an eye on them": a plural pronoun with nothing plural before it in the point stands for what the dropped
    // lead names, so the sentence is read whole; too long for that, the point refers to what it does not say.
    if (!dangling && !antecedent && pluralInLead(words0, words)) {
      const whole = wholeSentence(text, tagged ?? [])
      if (whole) {
        point = whole.point
        words = whole.words
      } else dangling = true
    }
    // "Hegseth directed DOD to designate Anthropic a supply-chain risk. This designation follows a months-long
    // dispute …": the thing a demonstrative names is the previous sentence's, so the point says both, in order.
    // (Or the one before that: "USPS has taken several actions … In addition, Congress provided some relief …
    // However, these actions have not been enough …".)
    const joined = dangling && !antecedent ? joinedBack(index, (k) => joinedToBefore(point, words, sentence, article.sentences[k]!, meta, language, k === index - 1)) : undefined
    if (joined) {
      point = joined.point
      source = [joined.id, sentence.id]
      words = tagWords(point)
      dangling = false
      // Its headline is the sentence before's, which the point opens with and cites.
      title = () => joined.headline
    }
    // "But as our new research shows, this process can work in reverse; when groundwater is replenished, cities can
    // rise": what follows the semicolon is a claim of its own that names what it is about.
    const after = dangling && !antecedent && !joined ? afterSemicolon(sentence.text) : undefined
    if (after) {
      point = after.point
      words = after.words
      dangling = false
      title = () => after.headline()
    }
    // "Despite these restrictions, which include …, South Korean media has reported that …": a leading phrase whose
    // object points back goes, and the clause after it names what it is about.
    const clause = dangling && !antecedent && !joined && !after ? afterLeadingReference(point) : undefined
    if (clause) {
      point = clause.point
      words = clause.words
      dangling = false
      title = () => clause.headline()
    }
    // "Osaka provided the perfect setting to explore this": what the point ends on is in a sentence not on the slide.
    // "Last season he was suspended twice": the subject after an opening phrase stands for someone not on the slide.
    if (source.length === 1 && (endsOnReference(words) || objectReference(words) || frontedReference(words))) dangling = true
    // '"I will never recognize this defeat," he said at a press conference': words whose speaker is only "he" or
    // "she" name no one on the slide.
    if (RE_PRONOUN_SPEAKER.test(point)) dangling = true
    // Amodei stated that autonomous weapons "may prove critical for our national defense. But today, frontier AI
    // systems are simply not reliable enough …": someone's words that run on into the next sentence are shown whole
    // when it closes them (a "But" there may turn the claim), and the point cites both.
    const said = !dangling && source.length === 1 ? quoteRunOn(point, sentence, article.sentences[index + 1]) : undefined
    if (said) {
      point = said.point
      source = [sentence.id, said.id]
      words = tagWords(point)
    } else if (source.length === 1 && turnsInQuote(sentence, article.sentences[index + 1])) dangling = true
    let cached: string | null | undefined
    let cachedLong: string | null | undefined
    const headline = title
    const long = (n = LONG_TITLE_WORDS): string | undefined => {
      if (headless) return undefined
      const t = reported ? headlineOf(sentence.text, words0, n) : headlineOfText(n)
      return t && standIn ? `${standIn} ${t.slice(t.indexOf(' ') + 1)}` : t
    }
    out.push({
      sentence,
      source,
      index,
      salience: analysis.salience[sentence.id] ?? 0,
      point,
      get title() {
        // ("Chairman Roe issued the following statement[: “…”]": a headline that only announces what follows is none.)
        if (cached === undefined) cached = announcing(headline()) ?? null
        return cached ?? undefined
      },
      get longTitle() {
        if (cachedLong === undefined) cachedLong = announcing(joined ? joined.longHeadline : long()) ?? null
        return cachedLong ?? undefined
      },
      get lastTitle() {
        return joined ? undefined : announcing(long(LAST_TITLE_WORDS))
      },
      dangling,
      ...(antecedent && antecedent.id !== sentence.id ? { subjectName: antecedent.name } : {}),
      lemmas: contentLemmas(words),
    })
  })
  // Someone else's words brief an article that is mostly theirs (a statement, a transcript); beside the author's own
  // claims they would take the claims' place.
  const own = out.filter((c) => !c.voiced && !c.dangling).length
  // "The IAC report has opened a new chapter …, this time under the Russian flag...": a sentence that trails off
  // ends without its dots on a slide ("…" marks an omission only inside a quotation).
  for (const c of out) if (RE_TRAILS_OFF.test(c.point)) c.point = c.point.replace(RE_TRAILS_OFF, '')
  return own < out.filter((c) => c.voiced).length ? out : out.filter((c) => !c.voiced)
}


/**
 * The name a sentence's subject gives, when its subject is a name ("The Houthis", "Anthropic", "Dario Amodei")
 * opening its clause: what a pronoun opening the next sentences of the paragraph can stand for.
 */
function subjectName(words: Word[], text: string): { name: string } | undefined {
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  if (verb <= 0) return undefined
  let last = verb - 1
  while (last >= 0 && words[last]!.pos === 'ADV') last--
  // "Jamieson Greer, President Donald Trump's choice to be the top U.S. trade negotiator, promised …": the name that
  // opens the sentence, set off from its verb by one appositive (not "Thomas Sam, 42, and his wife Manju Sam, …, are").
  if (words[last]?.text === ',') {
    let end = 0
    while (words[end]?.pos === 'PROPN') end++
    const aside = words.slice(end + 1, last)
    const one = end > 0 && words[end]?.text === ',' && aside.length > 0 && !aside.some((w) => w.text === ',' || w.pos === 'CCONJ')
    return one ? { name: text.slice(words[0]!.start, words[end - 1]!.end) } : undefined
  }
  // "the U.S. government", "the Trump administration": a common noun after "the" and a name is a name too; so is
  // a capitalised one, whatever the tagger says ("Manchester City").
  const named = words[last]?.pos === 'NOUN' && words[last - 1]?.pos === 'PROPN'
  const capitalised = named && /^\p{Lu}/u.test(words[last]!.text)
  if (words[last]?.pos !== 'PROPN' && !named) return undefined
  let first = named ? last - 1 : last
  while (first > 0 && words[first - 1]!.pos === 'PROPN') first--
  if (words[first - 1]?.lower === 'the') first--
  else if (named && !capitalised) return undefined
  // Nothing but connectives, or a leading phrase closed by a comma, before it.
  const before = words.slice(0, first).filter((w) => w.pos !== 'PUNCT' && w.pos !== 'CCONJ')
  if (before.length > 0 && words[first - 1]?.text !== ',') return undefined
  return { name: text.slice(words[first]!.start, words[last]!.end).replace(/^the\b/, 'The') }
}

/**
 * The common noun phrase a sentence opens with as its subject, singular, which "it" opening the next sentence may
 * stand for: "The task reference [links …]", "Sporting integrity [is …]", "Beijing’s latest set of measures [is
 * called …]" (its head before one "of" phrase), after a connective or a leading phrase closed by a comma ("Among
 * other uses, helium [is used …]"). Not one that points back itself ("This rank", "Such a tactic"), a name (the
 * analysis's actors are read elsewhere), a plural or a person's noun. Its first letter in upper case.
 */
function thingSubject(words: Word[], text: string): { name: string } | undefined {
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  if (verb <= 0) return undefined
  let last = verb - 1
  while (last >= 0 && words[last]!.pos === 'ADV') last--
  const comma = words.slice(0, last + 1).findLastIndex((w) => w.text === ',')
  let first = comma + 1
  while (words[first]?.pos === 'CCONJ') first++
  const phrase = words.slice(first, last + 1)
  if (phrase.length === 0 || backReference(phrase) !== undefined) return undefined
  const of = phrase.findIndex((w) => w.lower === 'of')
  const core = of > 0 ? phrase.slice(0, of) : phrase
  const tail = of > 0 ? phrase.slice(of + 1) : []
  const head = core.at(-1)
  const modifier = (w: Word, k: number, all: Word[]) =>
    THING_MODIFIERS.has(w.pos) || (k === 0 && (w.pos === 'DET' ? THING_DETERMINERS.has(w.lower) : w.pos === 'PRON' && THING_OWNERS.has(w.lower))) || (/^['’]s$/.test(w.text) && all[k - 1]?.pos === 'PROPN')
  if (!head || head.pos !== 'NOUN' || head.lower !== head.lemma.toLowerCase() || !core.every(modifier)) return undefined
  if (tail.length > 0 && (!tail.every(modifier) || !['NOUN', 'PROPN'].includes(tail.at(-1)!.pos))) return undefined
  if (PERSON_NOUNS.has(head.lemma.toLowerCase()) || RE_PERSON_SUFFIX.test(head.lemma)) return undefined
  const name = text.slice(phrase[0]!.start, phrase.at(-1)!.end)
  return { name: `${name[0]!.toUpperCase()}${name.slice(1)}` }
}
/** Words before the head of a thing's noun phrase: "sporting", "latest", "task", "Beijing", "30". */
const THING_MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM'])
/** Determiners a thing's noun phrase may open with (not "this", "such", "these": they point back). */
const THING_DETERMINERS = new Set(['the', 'a', 'an'])
/** Owners a thing's noun phrase may open with: the writer's ("my doctoral research"). */
const THING_OWNERS = new Set(['my', 'our'])
/** The words of a person's title, which stay before the name: "President", "Prime Minister", "Dr.", "Chair" (data/actors.json). */
const TITLE_WORDS_BEFORE_NAMES = new Set(
  [...actorData.titles, ...actorData.honorifics, ...actorData.officeHolders, ...actorData.roles.map((r) => `${r[0]!.toUpperCase()}${r.slice(1)}`)]
    .flatMap((t) => t.split(/\s+/))
    .filter((w) => /^\p{Lu}/u.test(w)),
)
/** Nouns of people, whom "it" never stands for. */
const PERSON_NOUNS = new Set([...selectData.peopleNouns, ...actorData.roles].map((w) => w.toLowerCase()))
/** Endings of nouns of people: "scientist", "physician", "engineer" (not "career"). */
const RE_PERSON_SUFFIX = /(?:ist|ian|[^r]eer)$/i

/**
 * A point that opens with "it" as the subject of its verb, not an empty "it": not "It is worth …", "It was the
 * consensus that …", "It is untenable for companies to …", "It seems …", "It took a change of government …".
 */
function refersToThing(words: Word[]): boolean {
  if (words[0]?.lower !== 'it') return false
  const verb = verbAfterSubject(words)
  if (!verb || EMPTY_IT_VERBS.has(verb.lemma)) return false
  const k = words.indexOf(verb)
  if (verb.lemma !== 'be') return true
  // After "is": a clause or an infinitive within a few words is what "it" stands in for.
  const ahead = words.slice(k + 1, k + 1 + EMPTY_IT_REACH)
  return !ahead.some((w, i) => ['that', 'whether', 'worth', 'for'].includes(w.lower) || (w.lower === 'to' && ahead[i + 1]?.pos === 'VERB'))
}
/** Verbs whose "it" stands for nothing before: "It seems that …", "It takes time …". */
const EMPTY_IT_VERBS = new Set(selectData.emptyItVerbs)
/** How many words after "it is" a clause that "it" stands in for may start. */
const EMPTY_IT_REACH = 5

/**
 * "The U.S. Postal Service (USPS) continues to …. It has lost money …": the short name the article defines in
 * brackets right after a subject's name is the name it goes on with, and the one "it" stands for.
 */
function definedSubjectName(words: Word[], text: string): { name: string } | undefined {
  const open = words.findIndex((w, i) => w.text === '(' && words[i - 1]?.pos === 'PROPN' && RE_ACRONYM.test(words[i + 1]?.text ?? '') && words[i + 2]?.text === ')')
  if (open < 0) return undefined
  const plain = [...words.slice(0, open), ...words.slice(open + 3)]
  const verb = plain.findIndex((_, i) => isFiniteVerb(plain, i))
  let last = verb - 1
  while (last >= 0 && plain[last]!.pos === 'ADV') last--
  return last === open - 1 && (subjectName(plain, text) || opensWithName(words.slice(0, open))) ? { name: words[open + 1]!.text } : undefined
}
/**
 * The words are a name of several words opening the sentence, its words in capitals joined by "of", "and", "for" or
 * "on" ("The Union of Rationalist Atheists and Agnostics"), after nothing or a leading phrase closed by a comma.
 */
function opensWithName(words: Word[]): boolean {
  let first = words.length
  while (first > 0 && (words[first - 1]!.pos === 'PROPN' || (NAME_JOINERS.has(words[first - 1]!.lower) && words[first - 2]?.pos === 'PROPN'))) first--
  if (first === words.length || words[first]!.pos !== 'PROPN') return false
  if (words[first - 1]?.lower === 'the') first--
  return first === 0 || words[first - 1]!.text === ','
}
const NAME_JOINERS = new Set(['of', 'and', 'for', 'on'])
const RE_ACRONYM = /^\p{Lu}[\p{Lu}&.-]*\p{Lu}$/u

/**
 * Who speaks the words of the sentence at `index`, inside a quotation: the speaker the analysis gives its
 * quotation, when an earlier sentence of the paragraph names that speaker (the one that opened the statement, or
 * the one whose "said X" the quotation goes on after). Undefined when the speaker is named only after the words.
 */
function voiceOf(article: Article, analysis: Analysis, index: number): { name: string; id: string; text: string; quote?: string } | undefined {
  const sentence = article.sentences[index]!
  const quote = analysis.quotes.find((q) => q.speaker && q.source.includes(sentence.id))
  if (!quote) return undefined
  for (let k = index - 1; k >= 0 && article.sentences[k]!.paragraph === sentence.paragraph; k--) {
    const before = article.sentences[k]!
    if (before.text.includes(quote.speaker!)) return { name: quote.speaker!, id: before.id, text: before.text }
  }
  return undefined
}

/**
 * Who speaks the words of a quotation block: the sentence before the block hands over to them, ending on a colon
 * with a verb of saying ("Blogger Jane Roe writes:", "Professor Kevin Fenton, …, said:"), and its speaker is the
 * actor named nearest before that verb, as the sentence writes the name. Undefined when no such sentence stands
 * before the block, or it names no actor before its verb ("a comment by a reader predicted …:").
 */
function blockVoice(article: Article, analysis: Analysis, language: Language, index: number): { name: string; id: string; text: string; quote?: string; block: true } | undefined {
  let k = index - 1
  while (k >= 0 && article.paragraphs[article.sentences[k]!.paragraph - 1]?.quoted) k--
  const before = article.sentences[k]
  if (!before || !/:\s*$/.test(before.text)) return undefined
  const words = language.get(before.id) ?? tagWords(before.text)
  const verb = words.find((w) => w.pos === 'VERB' && (HANDOVER_VERBS.has(w.lemma.toLowerCase()) || SPEECH_VERBS.has(w.lower)))
  if (!verb) return undefined
  // ("Suggesting that Google acted in support of Posada, Mariacelys tweeted:": a clause that opens the sentence on a
  // participle or a subordinator, up to its comma, names no one who speaks.)
  const opener = words[0] && ((words[0].pos === 'VERB' && /ing$/.test(words[0].lower)) || words[0].pos === 'SCONJ') ? words.find((w) => w.text === ',' && w.start < verb.start) : undefined
  // ("Professor Kevin Fenton, National Director … at PHE, said:": a person before the verb is who speaks, the first
  // one named; a body speaks only when no person is named, the one nearest the verb.)
  const named = analysis.actors
    .filter((a) => BLOCK_SPEAKER_TYPES.has(a.type) && a.mentions.includes(before.id))
    .flatMap((a) => [a.name, ...a.aliases].map((surface) => ({ surface, person: a.type === 'person', at: before.text.indexOf(surface) })))
    // ("John … takes Gore's lack of involvement less lightly, saying:": an owner is not who speaks.)
    .filter((x) => x.at >= (opener?.end ?? 0) && x.at + x.surface.length <= verb.start && !/^['’]s\b/u.test(before.text.slice(x.at + x.surface.length)))
  const people = named.filter((x) => x.person).sort((x, y) => x.at - y.at || y.surface.length - x.surface.length)
  const bodies = named.sort((x, y) => y.at + y.surface.length - (x.at + x.surface.length) || y.surface.length - x.surface.length)
  const speaker = people[0] ?? bodies[0]
  return speaker && { name: speaker.surface, id: before.id, text: before.text, block: true }
}
/** Verbs of speech as printed (data/actors.json speechVerbs), beside the handover verbs' lemmas. */
const SPEECH_VERBS = new Set<string>(actorData.speechVerbs)
/** Who may speak a quotation block. */
const BLOCK_SPEAKER_TYPES = new Set(['person', 'organisation', 'media', 'group'])

/**
 * '“Our modeling suggests …,” said Tom Watters of the Smithsonian Institution, lead author of …': a quotation that
 * opens the sentence and whose speaker the sentence names after it is the speaker's words ("Tom Watters: Our
 * modeling suggests …"), not a sentence to trim with the speaker's titles kept.
 */
function ownVoice(analysis: Analysis, sentence: Sentence): { name: string; id: string; text: string; quote: string } | undefined {
  const text = sentence.text.trim()
  if (!RE_OPENS_QUOTE.test(text)) return undefined
  const quote = analysis.quotes.find((q) => q.speaker && q.source.length === 1 && q.source[0] === sentence.id)
  if (!quote || !text.slice(1).trimStart().startsWith(quote.text)) return undefined
  if (text.indexOf(quote.speaker!, 1 + quote.text.length) < 0) return undefined
  return { name: quote.speaker!, id: sentence.id, text: sentence.text, quote: quote.text }
}

/**
 * The clause after a sentence's last semicolon (none inside brackets or quotation marks), trimmed, when it is a
 * whole claim that does not point back itself.
 */
function afterSemicolon(text: string): { point: string; words: Word[]; headline: () => string | undefined } | undefined {
  const at = text.lastIndexOf(';')
  if (at < 0) return undefined
  if (!closesAll(text.slice(0, at))) return undefined
  const rest = text.slice(at + 1).trim()
  if (!/^\p{Ll}/u.test(rest)) return undefined
  const clause = raised(rest)
  const words = tagWords(clause)
  const trimmed = trimSentence(clause, words, { title: false })
  if (!trimmed || !words.some((_, i) => isFiniteVerb(words, i))) return undefined
  // Short, and opening on its condition, it is the point whole ("When groundwater is replenished, cities can rise"):
  // trimmed, the claim would lose the condition it holds under.
  const conditional = CONDITION_OPENERS.has(words[0]?.lower ?? '') && words.filter((w) => w.pos !== 'PUNCT').length <= WHOLE_CLAUSE_WORDS
  const whole = conditional ? wholeSentence(clause, words) : undefined
  const point = whole ?? trimmed
  // Nothing in it may point back ("the agreement scheduled these expirations …").
  if (point.words.some((w) => POINTING_WORDS.has(w.lower))) return undefined
  return { point: point.point, words: point.words, headline: () => trimmed.headline() }
}
/**
 * "Japan's Constitution forbids the nation from exercising military strength …, but Japan's ruling party … has
 * proposed constitutional amendments …": a sentence too long to be one point that joins two clauses, each with a
 * subject of its own, at ", and", ", but", ", yet" or a semicolon, is two points, each clause trimmed as a
 * sentence (the second's first letter raised as a sentence's is). The first such joint is taken; a clause that
 * does not trim to a point, or, after the first, has a word pointing back ("their positions …"), is left out.
 */
function clauseParts(text: string, words: Word[]): { point: string; words: Word[]; headline: (n?: number) => string | undefined }[] {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!
    const comma = words[i - 1]!.text === ',' && CLAUSE_JOINTS.has(w.lower) && w.pos === 'CCONJ'
    if (!comma && w.text !== ';') continue
    const left = text.slice(0, comma ? words[i - 1]!.start : w.start).trim()
    const right = text.slice(w.start + w.text.length).trim()
    // (Not inside a list after a colon, nor "not only …, but …", nor "…, but that …": one clause's parts.)
    if (!closesAll(left) || !/^\p{L}/u.test(right) || left.includes(':') || /\bnot only\b/i.test(left) || /^that\b/i.test(right)) continue
    const clauses = [left, raised(right)].map((t) => ({ t, words: tagWords(t) }))
    if (!clauses.every((c) => startsClause(c.words) && !modifiesSubject(c.words))) continue
    return clauses.flatMap((c, k) => {
      const trimmed = trimSentence(c.t, c.words, { title: false })
      if (!trimmed || backReference(trimmed.words) !== undefined || (k > 0 && trimmed.words.some((x) => POINTING_WORDS.has(x.lower)))) return []
      // (Nor one that ends as a fragment would: the first clause ends before its sentence does.)
      if (fragmentOf(trimmed.point, k > 0 && trimmed.point === c.t.replace(/[.!?]\s*$/, ''))) return []
      return [{ point: trimmed.point, words: trimmed.words, headline: (n?: number) => trimmed.headline(n) }]
    })
  }
  return []
}
/**
 * "The delegations of Iraq, led by …": a participle after a comma describes the noun before it; it is no clause's
 * verb ("Japan's ruling party, the LDP, has proposed …" is one).
 */
function modifiesSubject(words: Word[]): boolean {
  const verb = words.findIndex((_, k) => isFiniteVerb(words, k))
  return words[verb - 1]?.text === ',' && words[verb]!.pos === 'VERB' && participleForm(words[verb]!, true)
}
/** A clause taken out of its sentence, its first letter raised as a sentence's is: the words are the sentence's still. */
const raised = (clause: string) => clause.charAt(0).toUpperCase() + clause.slice(1)
/** The conjunctions after a comma that may join two clauses of their own. */
const CLAUSE_JOINTS = new Set(['and', 'but', 'yet'])
/**
 * The main clause after a leading phrase whose object points back ("Despite these restrictions, which include …,
 * [South Korean media has reported that …]", "Among those countries, [Chile …]"), trimmed as a point, or undefined
 * when the point opens otherwise or the clause points back too.
 */
function afterLeadingReference(text: string): { point: string; words: Word[]; headline: () => string | undefined } | undefined {
  const reference = backReference(tagWords(text))
  if (!reference || !/^\S+ (?:these|those)\b/i.test(reference)) return undefined
  for (let at = text.indexOf(',', reference.length); at >= 0; at = text.indexOf(',', at + 1)) {
    if (!closesAll(text.slice(0, at))) continue
    const clause = raised(text.slice(at + 1).trim())
    const words = tagWords(clause)
    // ("But whether these will have any impact …, or help to improve relations, has yet to be seen": what "or" or
    // "and" opens after the comma goes on with the phrase before it.)
    if (!startsClause(words) || words[0]?.pos === 'CCONJ') continue
    const trimmed = trimSentence(clause, words, { title: false })
    if (!trimmed || backReference(trimmed.words) !== undefined) return undefined
    return { point: trimmed.point, words: trimmed.words, headline: () => trimmed.headline() }
  }
  return undefined
}

/** The text closes every quotation and bracket it opens: a mark after it parts the sentence, not an aside. */
function closesAll(text: string): boolean {
  return openQuotations(text) === 0 && (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length
}

/** A clause after a semicolon this short, opening on one of CONDITION_OPENERS, is a point whole. */
const WHOLE_CLAUSE_WORDS = 16
const CONDITION_OPENERS = new Set(['when', 'if', 'where', 'once', 'unless', 'whenever'])
const POINTING_WORDS = new Set([...POINTING_PRONOUNS, 'that', 'them', 'such', 'there'])

/** A sentence in brackets whole: "(…)" or "(….)", its opening bracket closed only at its end. */
function isBracketed(text: string): boolean {
  const t = text.trim()
  if (!t.startsWith('(') || !/\)[.!?]?$/.test(t)) return false
  let depth = 0
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++
    else if (t[i] === ')' && --depth === 0) return /^\)[.!?]?$/.test(t.slice(i))
  }
  return false
}

/** The sentence without the quotation marks that open or close it, and the comma before a closing one. */
function withoutQuoteMarks(text: string): string {
  return text.trim().replace(/^[“"‘]\s*/u, '').replace(/,?\s*[”"’]\s*$/u, '').replace(/,?\s*[”"]\s*$/u, '')
}

/** A quotation closed, then "he said", "she added": the speaker only a pronoun. */
const RE_PRONOUN_SPEAKER = /["”]\s*,?\s+(?:he|she)\s+(?:\w+\s+)?(?:said|says|added|adds|told|tells|wrote|writes|warned|warns|insisted|stated|noted|argued|explained|declared)\b/i

/** A point that joins the sentence before reads at a glance only this short. */
const JOINED_POINT_WORDS = 32

/** The first join `join` makes with one of the JOIN_BACK sentences before the one at `index`, the nearest first. */
function joinedBack<T>(index: number, join: (k: number) => T | undefined): T | undefined {
  for (let k = index - 1; k >= Math.max(0, index - JOIN_BACK); k--) {
    const joined = join(k)
    if (joined) return joined
  }
  return undefined
}
/** How far back the thing a demonstrative names is looked for. */
const JOIN_BACK = 2

/**
 * The point joined to the sentence before, when it opens with a demonstrative whose noun that sentence's headline
 * names ("This designation …" after "… directed DOD to designate Anthropic …"; "These ticketers …" after
 * "Ticketers might provide …"): both headlines, or the headline before and the point, in at most
 * JOINED_POINT_WORDS words. Same paragraph, not metadata.
 */
function joinedToBefore(point: string, words: Word[], sentence: Sentence, before: Sentence, meta: Set<string>, language: Language, next: boolean): { point: string; id: string; headline?: string; longHeadline?: string } | undefined {
  if (before.paragraph !== sentence.paragraph || meta.has(before.id)) return undefined
  const noun = demonstrativeNoun(words)
  // "Pumping drained the aquifers. This led the government to regulate wells": a bare "this" or "that" before its
  // verb stands for what the sentence right before states, which the point then says first.
  const stated = !noun && next && standsForStatement(words)
  if (!noun && !stated) return undefined
  const tagged = language.get(before.id)
  const short = headlineOf(before.text, tagged)
  const longHeadline = short ? undefined : headlineOf(before.text, tagged, LONG_TITLE_WORDS)
  // (What "this" stands for is all the sentence before states, trimmed, when the two fit: "… recalibrated the
  // dataset, resulting in updates to sea levels; that includes …", not its headline alone.)
  const whole = stated ? trimSentence(before.text, tagged, { title: false })?.point : undefined
  const fits = !!whole && whole.split(/\s+/).length + point.split(/\s+/).length <= JOINED_POINT_WORDS
  const headline = fits ? whole : (short ?? longHeadline)
  if (!headline) return undefined
  const previous = tagWords(headline)
  const names = stated || previous.some((w) => w.lemma === noun!.lemma || sameStem(w.lower, noun!.lower))
  if (!names || backReference(previous)) return undefined
  const room = JOINED_POINT_WORDS - previous.filter((w) => w.pos !== 'PUNCT').length
  const own = point.split(/\s+/).length <= room ? point : headlineOf(sentence.text, language.get(sentence.id), room)
  if (!own) return undefined
  return { point: `${headline}; ${own[0]!.toLowerCase()}${own.slice(1)}`, id: before.id, headline: short, longHeadline }
}

/** A sentence that opens a list: it ends on a colon. */
const RE_LEAD_IN = /:\s*$/
/** A lead-in that points to what follows it: "… on the following disclosures required by the form:", "… as follows:". */
const RE_POINTS_AHEAD = /\b(?:the following|as follows)\b[^.;]*:\s*$/i
/** "do the following", "as follows": the words of a lead-in that only point to its items. */
const RE_POINTER = /,?\s*(?:(?:(?:do|take|undertake|make)\s+)?the\s+following(?:\s+\w+)?|as\s+follows)\s*$/i
/** Words of the noun phrase that is a lead-in's subject. */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'CCONJ', 'NUM', 'PART'])
/** The year that closes a date written with commas ("April 23, 2021"): a four-digit year after a comma. */
const datedYear = (words: Word[], k: number) => /^(?:1[89]|20)\d\d$/.test(words[k]!.text) && words[k - 1]?.text === ','

/** Parts of speech of a word that cannot end a clause: a preposition, an infinitive's "to", a determiner, a conjunction. */
const FUNCTION_POS = new Set(['ADP', 'PART', 'DET', 'SCONJ', 'CCONJ'])

/**
 * A lead-in whose point, trimmed, still stops before its colon on a word its items complete: "… take additional
 * actions to:", "… by enacting legislation that:" (its items not read as joined to it). "…, resulting in the
 * establishment of:" is trimmed to its main clause and stands.
 */
function stopsOnFunctionWord(text: string, point: Word[]): boolean {
  const last = point.filter((w) => w.pos !== 'PUNCT').at(-1)
  return RE_LEAD_IN.test(text) && !!last && (FUNCTION_POS.has(last.pos) || RELATIVE_OPENERS.has(last.lower) || RELATIVE_PRONOUNS.has(last.lower))
}

/** Words that open an indirect question, an item that asks rather than states: "whether to request …". */
const QUESTION_OPENERS = new Set(['whether', 'how', 'what', 'why', 'when', 'which', 'who'])
/** The sentence opens a paragraph in lower case after one that ends on a colon or a semicolon (perhaps with "and"). */
function listContinues(before: Sentence | undefined, sentence: Sentence): boolean {
  return !!before && /^\p{Ll}/u.test(sentence.text) && /[:;]\s*(?:and|or)?\s*$/.test(before.text)
}

/** A list item that says what someone does: it opens with a verb in its plain form ("Provide …", "Not retaliate …"). */
function isListItem(words: Word[]): boolean {
  const [first, second] = words
  const plain = (w: Word | undefined) => w?.pos === 'VERB' && w.lower === w.lemma
  return plain(first) || (first?.lower === 'not' && plain(second))
}

/**
 * A lead-in's subject and what follows its verb, without the words that point to the list: "To address the
 * concerns, Live Nation and Ticketmaster, in a consent decree, agreed to do the following:" → "Live Nation and
 * Ticketmaster agreed to".
 */
function leadClause(text: string): string | undefined {
  const stripped = text.replace(/:\s*$/, '').replace(RE_POINTER, '')
  if (stripped === text.replace(/:\s*$/, '') && !/\b(?:to|will|would|shall|should|must|can|may)$/i.test(stripped)) return undefined
  const words = tagWords(stripped)
  // ("… mitigate further compromise by taking the following actions:" then "Scan for BRICKSTORM …": an item's verb
  // cannot follow a gerund or a preposition, "by taking scan for".)
  const end = words.findLast((w) => w.pos !== 'PUNCT')
  if (end && (end.pos === 'ADP' || (end.pos === 'VERB' && end.lower.endsWith('ing')))) return undefined
  const verb = words.findIndex((_, i) => isFiniteVerb(words, i))
  if (verb <= 0) return undefined
  // Over an aside between the subject and its verb (", in a consent decree,").
  let last = verb - 1
  if (words[last]?.text === ',') {
    const open = words.slice(0, last).findLastIndex((w) => w.text === ',')
    if (open <= 0) return undefined
    last = open - 1
  }
  let first = last
  // (Not into a date's year after its comma: "By 5 pm on Friday, April 23, 2021 all federal agencies must:".)
  while (first > 0 && SUBJECT_WORDS.has(words[first - 1]!.pos) && !datedYear(words, first - 1)) first--
  const subject = words.slice(first, last + 1)
  if (!subject.length || !subject.some((w) => ['NOUN', 'PROPN', 'PRON'].includes(w.pos)) || !SUBJECT_WORDS.has(subject[0]!.pos)) return undefined
  // ("We’ve directed agencies to:": a contraction's verb is written against its subject, with no space.)
  const space = words[verb]!.start === words[last]!.end ? '' : ' '
  const lead = `${stripped.slice(words[first]!.start, words[last]!.end)}${space}${stripped.slice(words[verb]!.start).trim()}`
  return lead[0]!.toUpperCase() + lead.slice(1)
}

/**
 * The point with the rest of a quotation it opens and the next sentence of the paragraph closes, when the point
 * ends where the sentence does (the trimming closed the quotation there) and both read as one point.
 */
function quoteRunOn(point: string, sentence: Sentence, next: Sentence | undefined): { point: string; id: string } | undefined {
  if (!next || !quoteGoesOnInto(sentence, next) || !/[”"]$/.test(point)) return undefined
  // The next sentence closes the quotation at its end, and opens none.
  const rest = next.text.trim()
  if (!/[”"]$/.test(rest) || /[“]/.test(rest) || (rest.match(/["”]/g)?.length ?? 0) !== 1) return undefined
  // The point must end on the sentence's last words, quotation mark aside.
  const tail = (text: string) => text.replace(/[\s.,;:!?”"]+$/u, '').split(/\s+/).slice(-3).join(' ')
  if (tail(point) !== tail(sentence.text)) return undefined
  const joined = `${point.replace(/[”"]$/, '')}. ${rest.replace(/[.!?]([”"])$/, '$1')}`
  if (joined.split(/\s+/).length > JOINED_POINT_WORDS) return undefined
  return { point: joined, id: next.id }
}

/** The sentence opens one quotation it does not close, and the next sentence is of the same paragraph. */
function quoteGoesOnInto(sentence: Sentence, next: Sentence): boolean {
  return next.paragraph === sentence.paragraph && openQuotations(sentence.text) === 1 && !/[”"]\W*$/.test(sentence.text.trim())
}

/**
 * The sentence opens a quotation that the next sentence of the paragraph goes on with and turns ("… may prove
 * critical for our national defense. But today, frontier AI systems are simply not reliable enough …"): the first
 * part alone says the contrary of the speaker, so it is no point when the two do not fit in one.
 */
function turnsInQuote(sentence: Sentence, next: Sentence | undefined): boolean {
  if (!next || !quoteGoesOnInto(sentence, next)) return false
  const first = next.text.trim().split(/\s+/)[0]?.replace(/[^\p{L}]/gu, '').toLowerCase() ?? ''
  return CONTRAST.has(first)
}

/** Words that open a subordinate clause and that the tagger reads as adverbs ("When the government appealed …, it …"). */
const TIME_SUBORDINATORS = new Set(['when', 'whenever', 'once'])

/** The name that is the subject of a leading clause the point no longer holds ("As Congress considers …, it …"). */
function leadSubject(all: Word[], first: Word | undefined, sentence: Sentence): { name: string; id: string } | undefined {
  if (!first || first.start === 0) return undefined
  const lead = all.filter((w) => w.end <= first.start)
  const from = ['SCONJ', 'ADP'].includes(lead[0]?.pos ?? '') || TIME_SUBORDINATORS.has(lead[0]?.lower ?? '') ? 1 : 0
  const subject = subjectName(lead.slice(from), sentence.text)
  return subject && { ...subject, id: sentence.id }
}

/**
 * The point opens with a demonstrative and its noun ("this uncertainty"), and the sentence's lead before it names
 * that noun; or with "it" or "they" after a subordinate clause, whose noun it may stand for ("While trade accounts
 * for 67% of A's output, it accounts for 24% of B's").
 */
function namesInLead(all: Word[], words: Word[]): boolean {
  const lead = all.filter((w) => w.end <= words[0]!.start)
  const noun = demonstrativeNoun(words)
  if (noun) return lead.some((w) => w.lemma === noun.lemma)
  return opensWithPronoun(words) && subordinateLead(lead)
}

/**
 * The point keeps "they", "them" or "their" after its first word with no plural before it (a plural noun, or nouns
 * joined by "and"), and the lead clause the trimming dropped holds one: the pronoun stands for the lead's.
 */
function pluralInLead(all: Word[], words: Word[]): boolean {
  const lead = all.filter((w) => w.end <= words[0]!.start)
  const k = words.findIndex((w, i) => i > 0 && w.pos === 'PRON' && PLURAL_PRONOUNS.has(w.lower))
  // (A lead with a verb, a clause: not a label, "Tactics and Techniques: The actor used …".)
  return k > 0 && lead.some((w) => w.pos === 'VERB') && !namesPlural(words.slice(0, k)) && namesPlural(lead)
}
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs'])

/** Words that name many: a plural noun ("asteroids"), or nouns joined by "and" ("scholarship and creative writing"). */
function namesPlural(words: Word[]): boolean {
  const noun = (w: Word | undefined) => !!w && (w.pos === 'NOUN' || w.pos === 'PROPN')
  return words.some((w, i) => {
    if (isPluralNoun(w)) return true
    if (w.lower !== 'and' || !noun(words[i - 1])) return false
    let j = i + 1
    while (words[j]?.pos === 'ADJ') j++
    return noun(words[j])
  })
}

/** The point opens with "it" or "they", which a headline cannot open with once its lead is gone. */
function opensWithPronoun(words: Word[]): boolean {
  const pronoun = SUBJECT_PRONOUNS[words[0]?.lower ?? '']
  return pronoun === 'thing' || pronoun === 'plural'
}

/** A subordinate clause with a noun for its subject ("While trade accounts for …", "Although the rules help …"). */
function subordinateLead(lead: Word[]): boolean {
  const opener = lead.findIndex((w) => w.pos === 'SCONJ')
  return opener >= 0 && lead.slice(opener + 1).some((w) => w.pos === 'NOUN')
}

/** The noun of a point's opening reference back of a demonstrative and a noun ("This designation …"), if it has one. */
/** A point that opens with "this" or "that" as its subject, right before its verb ("This led …", "That is why …"). */
function standsForStatement(words: Word[]): boolean {
  const [first, next, third] = words
  // ("That is, courts have accepted …": "that is" before a comma only rephrases.)
  return !!first && ['this', 'that'].includes(first.lower) && first.pos !== 'DET' && !!next && (next.pos === 'VERB' || next.pos === 'AUX') && third?.text !== ','
}

function demonstrativeNoun(words: Word[]): Word | undefined {
  const reference = backReference(words)
  if (!reference || reference.split(' ').length !== 2 || words[0]?.pos !== 'DET' || words[1]?.pos !== 'NOUN') return undefined
  return words[1]
}

/**
 * A pronoun agrees with a name: "they" a plural ("The Houthis"), "he"/"she" a person's full name, "it" a singular
 * name. `body`: the analysis knows the name as a body (a club, a company, a state), never a person's ("Manchester
 * City … It will pursue the appeal").
 */
function agrees(words: Word[], name: string, body = false): boolean {
  const pronoun = SUBJECT_PRONOUNS[words[0]?.lower ?? ''] ?? OWNER_PRONOUNS[words[0]?.lower ?? '']
  // ("It also argued …": an adverb may stand before the verb; "His announcement followed …": a possessive's noun.)
  if (!pronoun || !(verbAfterSubject(words) || ownsSubject(words))) return false
  const parts = name.replace(/^The\s+/, '').split(/\s+/)
  const plural = /[^s]s$/.test(parts.at(-1)!) || /^The\s/.test(name) && /s$/.test(parts.at(-1)!)
  if (pronoun === 'plural') return plural
  if (pronoun === 'person') return parts.length >= 2 && !/^The\s/.test(name) && !body
  // ("The U.S. government": a name after "the" is no person's.)
  return !plural && (parts.length === 1 || /^The\s/.test(name) || body)
}
/** A possessive pronoun opens the subject, a noun (after its modifiers) before the verb: "His announcement followed". */
function ownsSubject(words: Word[]): boolean {
  if (!OWNER_PRONOUNS[words[0]?.lower ?? '']) return false
  let k = 1
  while (['ADJ', 'NOUN'].includes(words[k]?.pos ?? '') && k <= MAX_OWNED_WORDS) k++
  return k > 1 && words[k - 1]!.pos === 'NOUN' && ['VERB', 'AUX'].includes(words[k]?.pos ?? '')
}
/** The longest subject a possessive pronoun opens, in words. */
const MAX_OWNED_WORDS = 3

/**
 * Two points make the same claim when most of their content words are shared, unless one states a figure the
 * other does not ("President Trump signed an order imposing tariffs on countries that import Venezuelan oil" and
 * "President Trump is levying a 25% tariff on all goods from any country that imports Venezuelan oil": the second
 * says how much).
 */
function sameClaim(c: Candidate, x: Candidate): boolean {
  if (overlap(c.lemmas, x.lemmas) < SAME_CLAIM) return false
  const theirs = figures(x)
  return [...figures(c)].every((f) => theirs.has(f))
}

/**
 * The amounts, shares and counts a point states ("25%", "2.9", "60,000"). A date says when, not how much, and is
 * none: a year, or a day next to its month ("X did Y on 4 June 2020" restates "X did Y").
 */
function figures(c: Candidate): Set<string> {
  const known = FIGURES.get(c)
  if (known) return known
  const tokens = c.point.split(/\s+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ''))
  const month = (t: string | undefined) => MONTHS.test(t?.toLowerCase() ?? '')
  const found = tokens.flatMap((t, i) => {
    const day = /^\d{1,2}(?:st|nd|rd|th)?$/.test(t) && (month(tokens[i - 1]) || month(tokens[i + 1]))
    return day ? [] : (t.match(RE_FIGURE) ?? []).filter((f) => !RE_YEAR.test(f))
  })
  const set = new Set(found)
  FIGURES.set(c, set)
  return set
}
/** Each candidate's figures, read once: choosing points compares every pair of near-duplicates. */
const FIGURES = new WeakMap<Candidate, Set<string>>()
const RE_FIGURE = /\d[\d.,]*%?/g

/** How much of the smaller set the two share, 0..1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return n / Math.min(a.size, b.size)
}

/**
 * The thesis: the sentence that states what the article argues. It is looked for where articles put it — the
 * lede, the turn after "however" or "but" in the opening, the conclusion, a paragraph of its own — and scored by
 * salience, by how much it shares with the headline, and by claim words ("will", "must", "risk").
 */
export function pickThesis(article: Article, candidates: Candidate[]): Candidate | undefined {
  // A thesis stands on the cover: of the best few, one with a headline of its own is preferred.
  const top = thesisScores(article, candidates).slice(0, THESIS_SHORTLIST)
  return top.map((x) => ({ ...x, score: x.score + (x.c.title ? 0.1 : 0) })).sort((a, b) => b.score - a.score)[0]?.c
}

/**
 * What the first sentence that can be a point gains as the thesis when it restates a headline of at least
 * LEDE_HEADLINE_WORDS content words. Judged by hand on 62 unannotated articles (CRS reports, news, product posts):
 * 38 → 41 theses right; dev thesis on a slide unchanged.
 */
const LEDE_WEIGHT = 0.1
const LEDE_HEADLINE_WORDS = 3

/** Every candidate that could be the thesis, with its score, best first. */
export function thesisScores(article: Article, candidates: Candidate[]): { c: Candidate; score: number; parts: Record<string, number> }[] {
  const paragraphs = article.paragraphs.length
  const headline = headlineLemmas(article)
  const setApart = setApartParagraphs(article)
  // The article's text opens with its first paragraph that holds a point: a page's header line before it ("… Updated
  // April 10, 2026"), a heading, a short tagline, is not its lede.
  const before = (candidates[0]?.sentence.paragraph ?? 1) - 1
  // The lede that restates the headline states the article's point (a headline of fewer words names a topic, which
  // any opening sentence may restate).
  const lede = candidates.find((c) => !c.dangling && !RE_LEAD_IN.test(c.sentence.text))
  const restates = (c: Candidate) => c === lede && headline.size >= LEDE_HEADLINE_WORDS && overlap(c.lemmas, headline) >= 0.5
  const scored: { c: Candidate; score: number; parts: Record<string, number> }[] = []
  for (const c of candidates) {
    // "We found three key patterns:" announces what follows; it states nothing itself.
    // "The MRC system is also known as the Typhon missile system": a sentence that gives a thing its name argues nothing.
    // "Congress may consider whether …": an option a report lays out for lawmakers is none of its own claims.
    if (c.dangling || RE_LEAD_IN.test(c.sentence.text) || givesName(c.point) || putsOption(c.point)) continue
    // The paragraph's place in the text, 1 for its first.
    const p = c.sentence.paragraph - before
    const last = c.sentence.paragraph === paragraphs
    const place = p === 1 ? 0.15 : p === 2 ? 0.1 : last ? 0.1 : p <= Math.max(4, OPENING_SHARE * (paragraphs - before)) ? 0.05 : 0
    const lower = c.sentence.text.toLowerCase()
    // ("Gaza, however, …": a turn set off by commas inside the sentence too.)
    const turn = opensWith(lower, CONTRAST) || [...CONTRAST].some((cue) => lower.includes(`, ${cue} `) || lower.includes(`, ${cue},`)) ? 0.05 : 0
    const claim = lower.split(/\W+/).some((w) => CLAIM_CUES.has(w)) && !putsOption(c.point) ? 0.1 : 0
    const stance = authorStance(c.sentence.text) ? 0.1 : 0
    const announces = announcesOwnAct(c.point) ? OWN_ACT_WEIGHT : 0
    const parts = { salience: 0.3 * c.salience, place, headline: 0.5 * overlap(c.lemmas, headline), turn, claim, stance, apart: SET_APART_WEIGHT * (setApart.get(c.sentence.paragraph) ?? 0), lede: restates(c) ? LEDE_WEIGHT : 0, announces }
    scored.push({ c, score: Object.values(parts).reduce((a, b) => a + b, 0), parts })
  }
  // "The Games drew to a close on October 4 … Despite the official slogan, fragmented regional politics came to the
  // fore.": a lede that sets the scene and that the next sentence of its paragraph turns against; the turn states the
  // point, and takes the lede's score, and a turn's weight over it.
  const ledeScore = scored.find((x) => x.c === lede)
  // (A scene: names, dates and figures, no claim language.)
  const scene = lede && !claimLanguage(lede.sentence.text) && specificity(tagWords(lede.point)) >= DETAIL_SHARE
  const turn = scene && scored.find((x) => x.c.index === lede.index + 1 && x.c.sentence.paragraph === lede.sentence.paragraph && opensWithTurn(x.c.sentence.text))
  if (ledeScore && turn && turn.score < ledeScore.score + OPENING_TURN_WEIGHT) {
    turn.parts.opening = ledeScore.score + OPENING_TURN_WEIGHT - turn.score
    turn.score = ledeScore.score + OPENING_TURN_WEIGHT
  }
  return scored.sort((a, b) => b.score - a.score)
}

/**
 * The content lemmas of the headline. A headline in title case ("Designations of ISIS-Mozambique, JNIM, and
 * al-Shabaab Leaders") is read in sentence case first: a capitalised word the body writes in lower case (or its
 * singular) is a common word ("leaders" → "leader"), which the tagger would otherwise take for a name and leave
 * unlemmatised.
 */
function headlineLemmas(article: Article): Set<string> {
  const title = article.meta.title
  // (Words of four letters or more, acronyms aside: title case leaves short function words in lower case.)
  const words = title.split(/\s+/).map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, '')).filter((w) => w.length >= 4 && w !== w.toUpperCase())
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  if (words.length < 3 || capitalised < TITLE_CASE_SHARE * words.length) return contentLemmas(tagWords(title))
  const cased = title.replace(/(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?![\p{L}\p{N}'’-])/gu, (w) => (hasWord(article.text, w.toLowerCase()) || (/s$/.test(w) && hasWord(article.text, w.toLowerCase().slice(0, -1))) ? w.toLowerCase() : w))
  return contentLemmas(tagWords(cased))
}
/** The share of a headline's words that are capitalised when it is written in title case. */
const TITLE_CASE_SHARE = 0.6

/** A clause the speaker opens as "I" or "we", its words without adverbs and punctuation; undefined otherwise. */
function speakersClause(point: Word[]): Word[] | undefined {
  const words = point.filter((w) => w.pos !== 'ADV' && w.pos !== 'PUNCT')
  return ['i', 'we'].includes(words[0]?.lower ?? '') ? words : undefined
}

/**
 * The speaker presents their own words or thanks for the chance to: "I" or "we", a verb of presenting or thanking
 * (data/draft/select.json presentingVerbs), then "my"/"our" and a noun ("my primary comments") or "the invitation",
 * "the opportunity".
 */
function presentsOwnWords(point: Word[]): boolean {
  const words = speakersClause(point)
  if (!words || !PRESENTING_VERBS.has(words[1]?.lemma.toLowerCase() ?? '')) return false
  const [det, noun] = [words[2]?.lower ?? '', words[3]?.lower ?? '']
  return ((det === 'my' || det === 'our') && words.slice(3, 6).some((w) => w.pos === 'NOUN')) || (det === 'the' && OCCASION_NOUNS.has(noun))
}
const PRESENTING_VERBS = new Set<string>(selectData.presentingVerbs)

/**
 * The speaker makes their own act known as they tell it: "I" or "we", then a verb of announcing in the present
 * (data/draft/select.json announcingVerbs), perhaps after "am", "are", "pleased to" ("I am announcing the designation
 * of …", "Today, we are pleased to announce …"; "today", which the tagger may read as a noun, and adverbs aside). Not
 * what was announced before ("we announced in May").
 */
function announcesOwnAct(point: string): boolean {
  if (![...ANNOUNCING_VERBS].some((v) => point.toLowerCase().includes(v.slice(0, -1)))) return false
  const words = speakersClause(tagWords(point).filter((w) => w.lower !== 'today'))
  const verb = words?.findIndex((w, k) => k > 0 && w.pos === 'VERB')
  if (!words || verb === undefined || verb < 1 || !ANNOUNCING_VERBS.has(words[verb]!.lemma.toLowerCase()) || /ed$/.test(words[verb]!.lower)) return false
  return words.slice(1, verb).every((w) => w.pos === 'AUX' || w.pos === 'ADJ' || w.lower === 'to')
}
const ANNOUNCING_VERBS = new Set<string>(selectData.announcingVerbs)
/** What a speaker's announcement of their own act weighs for the thesis: in a statement, it is the news. */
const OWN_ACT_WEIGHT = 0.25

/**
 * The speaker's courtesy to someone: "I would especially like to congratulate Governor Kim …", "We want to thank all
 * of the locations …" (a wish to thank, data/draft/select.json courtesyVerbs); it addresses the room.
 */
function thanksSomeone(point: Word[]): boolean {
  const words = speakersClause(point)
  if (!words) return false
  let k = 1
  if (['AUX'].includes(words[k]?.pos ?? '') && ['would', "'d", '’d'].includes(words[k]!.lower)) k++
  return WISHING.has(words[k]?.lemma.toLowerCase() ?? '') && words[k + 1]?.lower === 'to' && COURTESY_VERBS.has(words[k + 2]?.lemma.toLowerCase() ?? '')
}
const COURTESY_VERBS = new Set<string>(selectData.courtesyVerbs)

/**
 * The speaker greets the occasion: "It is an enormous pleasure to be here in Lucknow today", "It's a real privilege to
 * speak to you" — "it is", a noun of courtesy (data/draft/select.json courtesyNouns) past its adjectives, then "to" and
 * a verb of being there or speaking (occasionVerbs); "It was an honor to sign the arrangement" tells of an act.
 */
function greetsOccasion(point: Word[]): boolean {
  const words = point.filter((w) => w.pos !== 'ADV' && w.pos !== 'PUNCT')
  if (words[0]?.lower !== 'it' || !PRESENT_BE.has(words[1]?.lower ?? '') || !['a', 'an'].includes(words[2]?.lower ?? '')) return false
  let k = 3
  while (words[k]?.pos === 'ADJ') k++
  return COURTESY_NOUNS.has(words[k]?.lower ?? '') && words[k + 1]?.lower === 'to' && OCCASION_VERBS.has(words[k + 2]?.lemma.toLowerCase() ?? '')
}
const COURTESY_NOUNS = new Set<string>(selectData.courtesyNouns)
const OCCASION_VERBS = new Set<string>(selectData.occasionVerbs)
const PRESENT_BE = new Set(['is', "'s", '’s'])
const WISHING = new Set(['like', 'want', 'wish'])
/** "Let me first provide …", "Let us turn to …", "Let’s go back 3 years": a speaker leading the audience through the talk. */
const RE_LET_ME = /^Let(?: me| us|['’]s)\b/
const OCCASION_NOUNS = new Set(['invitation', 'opportunity', 'chance', 'privilege'])

/**
 * The main clause only names something: "be" then a naming participle (data/language.json namingVerbs: "is also
 * known as", "are called", "was named"), before any comma.
 */
function givesName(point: string): boolean {
  if (!RE_NAMING_HINT.test(point)) return false
  const words = tagWords(point)
  const verb = words.findIndex((w) => w.pos === 'AUX' && w.lemma.toLowerCase() === 'be')
  if (verb < 0 || words.slice(0, verb).some((w) => w.text === ',' || w.pos === 'VERB')) return false
  let k = verb + 1
  while (words[k]?.pos === 'ADV') k++
  return words[k]?.pos === 'VERB' && NAMING_VERBS.has(words[k]!.lemma.toLowerCase())
}
const NAMING_VERBS = new Set<string>(LANGUAGE.namingVerbs)
/** (Tagged only when a naming participle is in the text at all.) */
const RE_NAMING_HINT = /\b(?:known|called|named|dubbed|termed|titled|labell?ed|branded|nicknamed|styled)\b/i

/** What the turn right after the lede gains over the lede it turns against. */
const OPENING_TURN_WEIGHT = 0.05
const CONCESSIVE_OPENERS = selectData.concessiveOpeners

/** The sentence opens by turning against what was said ("But …", "However, …", "Despite …, X", "While …, X"). */
function opensWithTurn(text: string): boolean {
  return opensWith(text.trim().toLowerCase(), [...CONTRAST, ...CONCESSIVE_OPENERS])
}

/** The lower-cased text opens with one of the cues, as a word: "but …", "however, …". */
function opensWith(lower: string, cues: Iterable<string>): boolean {
  return [...cues].some((cue) => lower.startsWith(`${cue} `) || lower.startsWith(`${cue},`))
}

/**
 * The paragraphs of a single sentence, each weighed 0..1 by how rare such paragraphs are in the article: 1 when
 * every other paragraph holds several sentences, 0 when every paragraph is a single sentence (a list, a fact sheet).
 * The items of a list (the paragraphs after one that ends on a colon) are not set apart.
 */
export function setApartParagraphs(article: Article): Map<number, number> {
  const paragraphs = new Map<number, Sentence[]>()
  for (const s of article.sentences) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s])
  const singles: number[] = []
  let listed = false
  let before: Sentence[] | undefined
  for (const [p, sentences] of paragraphs) {
    // A lead-in opens a list; its items run on while they are paragraphs of one sentence.
    listed = !!before && (RE_LEAD_IN.test(before.at(-1)!.text) || (listed && before.length === 1))
    if (sentences.length === 1 && !listed) singles.push(p)
    before = sentences
  }
  const rarity = paragraphs.size ? 1 - [...paragraphs.values()].filter((s) => s.length === 1).length / paragraphs.size : 0
  return new Map(singles.map((p) => [p, rarity]))
}

/** "I think …", "my colleagues and I show that …", "our findings suggest …": the author says what they hold. */
function authorStance(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}']+/u)
  // "our research shows": the verb may agree with a subject the author owns.
  const stance = (w: string) => STANCE_VERBS.has(w) || (w.endsWith('s') && STANCE_VERBS.has(w.slice(0, -1)))
  return words.some((w, i) => stance(w) && words.slice(Math.max(0, i - 4), i).some((x) => FIRST_PERSON.has(x)))
}

/** The conclusion: up to `n` claims of the article's last paragraphs that hold any. */
export function conclusionOf(article: Article, candidates: Candidate[], n: number, exclude: Set<string>): Candidate[] {
  // A report that ends on its background or method ("Why GAO Did This Study") concludes in the section before.
  const aside = new Set(article.sections.filter((s) => asideHeading(s.title)).flatMap((s) => s.paragraphs.map((p) => p.index)))
  const usable = candidates.filter((c) => !c.dangling && !exclude.has(c.sentence.id) && !aside.has(c.sentence.paragraph))
  const withClaims = [...new Set(usable.map((c) => c.sentence.paragraph))].slice(-CONCLUDING_PARAGRAPHS)
  const pool = usable.filter((c) => withClaims.includes(c.sentence.paragraph))
  // A paragraph's first sentence states its topic: of a conclusion, its claims.
  const opens = (c: Candidate) => article.sentences[c.index - 1]?.paragraph !== c.sentence.paragraph
  // A name the article keeps returning to is one of its actors, not a detail.
  const mentions = new Map<string, number>()
  for (const c of candidates) for (const l of c.lemmas) mentions.set(l, (mentions.get(l) ?? 0) + 1)
  const known = new Set([...mentions].filter(([, k]) => k >= ACTOR_MENTIONS).map(([l]) => l))
  const detail = (c: Candidate) => specificity(tagWords(c.point), known)
  const score = (c: Candidate) => c.salience + (opens(c) ? TOPIC_SENTENCE_WEIGHT : 0)
  // A detail (mostly names and figures) with no claim language concludes nothing: fewer takeaways rather than it.
  const concludes = (c: Candidate) => claimLanguage(c.sentence.text) || detail(c) < DETAIL_SHARE
  return [...pool].filter(concludes).sort((a, b) => score(b) - score(a)).slice(0, n).sort((a, b) => a.index - b.index)
}

/** Words of a subheading over a report's background or method (data/draft/select.json asideHeadings). */
const ASIDE_HEADINGS = (selectData.asideHeadings as string[]).map((h) => h.split(' '))

/** "Why GAO Did This Study", "Scope and Methodology": a subheading over what the report did, not what it found. */
function asideHeading(title: string | undefined): boolean {
  const words = (title ?? '').toLowerCase().split(/[^\p{L}]+/u)
  return ASIDE_HEADINGS.some((h) => words.some((_, i) => h.every((w, k) => words[i + k] === w)))
}

/**
 * "Congress may consider …", "Members who are interested in X might choose …": a report laying out an option for
 * lawmakers (its subject one of data/draft/select.json optionSubjects, a verb after a modal of possibility).
 */
function putsOption(point: string): boolean {
  // (Tagged only when it holds a modal at all.)
  if (!point.toLowerCase().split(/[^\p{L}']+/u).some((w) => POSSIBILITY_MODALS.has(w))) return false
  const words = tagWords(point)
  const subject = words.findIndex((w) => w.pos === 'NOUN' || w.pos === 'PROPN')
  // (A capitalised "Members" may be tagged as a name, its plural kept as its lemma.)
  const lemma = words[subject]?.lemma.toLowerCase() ?? ''
  if (subject < 0 || !(OPTION_SUBJECTS.has(lemma) || OPTION_SUBJECTS.has(lemma.replace(/s$/, '')))) return false
  // ("Congress may also restrict funds …": an adverb may stand between the modal and its verb.)
  return words.some((w, i) => i > subject && POSSIBILITY_MODALS.has(w.lower) && (words[i + 1]?.pos === 'VERB' || (words[i + 1]?.pos === 'ADV' && words[i + 2]?.pos === 'VERB')))
}
const OPTION_SUBJECTS = new Set<string>(selectData.optionSubjects)
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could', 'can'])

/** Whether the sentence speaks as a claim: a modal, an evaluation, a stance (data/draft/select.json claimCues). */
export function claimLanguage(text: string): boolean {
  return text.toLowerCase().split(/[^\p{L}']+/u).some((w) => CLAIM_CUES.has(w)) || authorStance(text)
}

/** The share of a sentence's content words that are names and figures: 1 for a list of names or amounts, 0 for a general claim. */
export function specificity(words: Word[], known: Set<string> = new Set()): number {
  const content = words.filter((w) => CONTENT_POS.has(w.pos))
  const specific = (w: Word) => w.pos === 'NUM' || (w.pos === 'PROPN' && !known.has(w.lemma) && !known.has(w.lower))
  return content.length ? content.filter(specific).length / content.length : 0
}
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ', 'ADV'])

/**
 * Up to `n` points from `pool`, the most salient first but never two that say the same thing (maximal
 * marginal relevance), returned in article order. `already` is weighed against (the thesis); a candidate that
 * makes the same claim as one of `said` (an earlier section's points) is left out, with no other weight.
 */
export function choosePoints(pool: Candidate[], n: number, already: Candidate[] = [], said: Candidate[] = []): Candidate[] {
  const chosen: Candidate[] = []
  // A claim another section already makes is not made again.
  const left = pool.filter((c) => !c.dangling && !said.some((x) => sameClaim(c, x)))
  while (chosen.length < n && left.length) {
    let bestIndex = -1
    let bestScore = -Infinity
    left.forEach((c, i) => {
      const others = [...already, ...chosen]
      if (others.some((x) => sameClaim(c, x))) return
      const redundancy = Math.max(0, ...others.map((x) => overlap(c.lemmas, x.lemmas)))
      const score = c.salience - 0.5 * redundancy
      if (score > bestScore) (bestScore = score), (bestIndex = i)
    })
    if (bestIndex < 0) break
    chosen.push(left.splice(bestIndex, 1)[0]!)
  }
  return chosen.sort((a, b) => a.index - b.index)
}
