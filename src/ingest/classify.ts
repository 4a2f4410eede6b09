import chrome from '../../data/ingest/chrome.json' with { type: 'json' }
import { endsOnLeadIn, endsOnThatClause, isFiniteVerb } from '../language/grammar.ts'
import { tagWords } from '../language/tagger.ts'
import metadata from '../../data/ingest/metadata.json' with { type: 'json' }
import backMatter from '../../data/ingest/backmatter.json' with { type: 'json' }
import actors from '../../data/actors.json' with { type: 'json' }
import type { ArticleMeta } from '../types.ts'
import type { Block, RawDocument } from './blocks.ts'
import { DATE_LEAD_VERBS, headerDate } from './header-date.ts'
import { splitSentences } from './sentences.ts'

/**
 * The second step of ingest, the same for every format: drop page chrome, lift metadata blocks (licence,
 * credits, byline, author bio) out of the content, find the title and the subheadings.
 */

/** Longest block that can be a subheading or a title in plain text, in words. */
const MAX_HEADING_WORDS = 14
/** An author bio is a short paragraph among the last few blocks. */
const MAX_BIO_WORDS = 60
const BIO_WINDOW = 4
/** Bylines and datelines stand among the first few blocks. */
const TOP_WINDOW = 3
/** A paragraph of at least this many words is prose, not a title, a date or a label. */
const MIN_PROSE_WORDS = 12
/** Prose ends its paragraph on a sentence's end mark (a title repeated in bold does not). */
const RE_SENTENCE_END = /[.!?]["”’)]?$/u
const BYLINE_SMALL_WORDS = new Set(['of', 'and', 'for', 'in', 'at', 'the', 'on', 'de', 'du', 'la', 'von', 'van', '&'])

const re = (sources: string[]) => sources.map((s) => new RegExp(s, 'iu'))
const CHROME_EXACT = new Set(chrome.exact)
const CHROME_PATTERNS = re(chrome.patterns)
const CHART_TEXT = re(chrome.chartText)
const LICENCE = re(metadata.licence)
const CREDIT = re(metadata.credit)
const CREDIT_TAIL = re(metadata.creditTail)
const RE_POSITION_LABEL = new RegExp(metadata.positionLabel, 'gu')
const RE_SLASH_CREDIT = new RegExp(metadata.slashCredit, 'u')
const BYLINE = re(metadata.byline)
const DATE_LINE = re(metadata.date)
/** "For release at 2 p.m. EDT", "FOR IMMEDIATE RELEASE": a press release's lead before its date. */
const RE_RELEASE_LEAD = /^for (?:immediate )?release(?:\s+at\s+[\d:.]+\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?)?\s*:?\s*/i
/** "Monday, ": a weekday before a date. */
const RE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i
/** The bar between the parts of a header line. */
const RE_HEADER_BAR = /\s+\|\s+/
/** How many parts a header line set off by " | " may have, and how many words each part: "Office | FOR IMMEDIATE RELEASE | date". */
const MAX_HEADER_PARTS = 5
const MAX_HEADER_PART_WORDS = 6
/** How many words a date line may have once its lead is gone: "Published: 3 March 2024". */
const MAX_DATE_LINE_WORDS = 8

/**
 * The date of a date line, and its author where a part starts with "By" ("By Jane Roe | VOA Khmer | July 20, 2018"),
 * into `meta`. Whether the line is one (a line without a date is left alone).
 */
function liftDateLine(text: string, meta: ArticleMeta): boolean {
  const date = dateOfLine(text)
  if (!date) return false
  meta.date ??= date
  const by = text.split(RE_HEADER_BAR).find((p) => BYLINE.some((r) => r.test(p)))
  if (by) meta.author ??= by.replace(/^by\s+/i, '')
  return true
}

/** The date of a header line among names and labels (header-date.ts), and its author where a part starts with "By", into `meta`. */
function liftHeaderDate(text: string, meta: ArticleMeta): boolean {
  const dated = headerDate(text)
  if (!dated) return false
  meta.date ??= dated.date
  meta.author ??= dated.author
  return true
}

/**
 * The date a short line at the top states and nothing else: "Published: 3 March 2024", "For release at 2 p.m. EDT
 * July 31, 2019", "Department of Justice | Office of Public Affairs | FOR IMMEDIATE RELEASE | Monday, November 20,
 * 2017" (a header of parts, the date among them). Returns the date as written, without its lead or weekday.
 */
function dateOfLine(text: string): string | undefined {
  const parts = text.split(RE_HEADER_BAR).map((p) => p.replace(RE_RELEASE_LEAD, ''))
  const isDate = (p: string) => p.split(/\s+/).length <= MAX_DATE_LINE_WORDS && DATE_LINE.some((r) => r.test(p.replace(RE_WEEKDAY, '')))
  // ("By Jane Roe | VOA Khmer | July 30, 2018 | Phnom Penh": the date may stand among the parts.)
  const date = parts.find(isDate)
  if (!date || parts.length > MAX_HEADER_PARTS || parts.some((p) => p !== date && p.split(/\s+/).length > MAX_HEADER_PART_WORDS)) return undefined
  return date.replace(/^(published|posted|updated)?\s*:?\s*/i, '').replace(RE_WEEKDAY, '')
}
const DATELINE = metadata.dateline.map((s) => new RegExp(s, 'u'))
const WIRE_DATELINE = metadata.wireDateline.map((s) => new RegExp(s, 'u'))
const AUTHOR_LINE = metadata.authorLine.map((s) => new RegExp(s, 'u'))
// Names are case-sensitive: compile without the i flag.
const BIO = metadata.bio.map((s) => new RegExp(s, 'u'))
const PUBLISHER_IN_BIO = metadata.publisherInBio.map((s) => new RegExp(s, 'u'))
const DISCLOSURE = re(metadata.disclosure)
const FUNDING_DISCLOSURE = re(metadata.fundingDisclosure)
const FUNDING_DISCLOSED = new Set(metadata.fundingDisclosed)
/** "… partners. Disclaimer: These documents were prepared …": a disclosure's head after a sentence's end, capitalised. */
const RE_DISCLOSURE_HEAD = new RegExp(`(?<=[.!?;:”"’)]\\s+)(?:${metadata.disclosureHeads.join('|')})\\b:?\\s+(?=\\p{Lu})`, 'u')
/**
 * A disclosure is a short statement: a paragraph of many more words that matches one of its phrases is the article's
 * (a press release run into one paragraph, quoting "We are grateful to …").
 */
const MAX_DISCLOSURE_WORDS = 200
const TABLE_NOTE = re(metadata.tableNote)
// "I help …": case-sensitive, like the names.
const FIRST_PERSON_BIO = metadata.firstPersonBio.map((s) => new RegExp(s, 'u'))
/**
 * "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.", "Tuesday 15 October 2019 by Jane Doe", "Thursday,
 * June 11th, 2009 @ 10:57 UTC by Jane Doe": a date line (with the author), at the top of the article or at its end.
 */
const RE_POSTED =
  /^(?:(?:posted|published|updated|last updated)(?: on)?:?\s+)?(?<date>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)[^]*?\b(?:1[89]|20)\d{2}\b)(?:,?\s+(?:at|@)\s+[\d:.]+\s*(?:am|pm)?(?:\s+(?:UTC|GMT))?)?(?:\s+by\s+(?<author>[^,;]{3,60}?))?\.?$/i
const BACK_MATTER = new Set(backMatter.untilEnd)
const BACK_MATTER_OPENERS = backMatter.untilEndOpeners
/** A heading of back matter: one of its names, or a short heading that opens with one of its openers. */
const isBackMatter = (name: string) =>
  BACK_MATTER.has(name) || (name.split(/\s+/).length <= MAX_BACK_HEADING_WORDS && BACK_MATTER_OPENERS.some((o) => name === o || name.startsWith(`${o} `)))
/** "More About the Mission", "About the Space Agency": a back-matter heading is short. */
const MAX_BACK_HEADING_WORDS = 6
const FRONT_SECTIONS = new Set(backMatter.section)
const ASIDES = new Set(backMatter.aside)
const NUMBERED_ASIDES = new Set(backMatter.numberedAside)

export interface ClassifiedDocument {
  meta: ArticleMeta
  /** Content blocks in order; headings are section titles. */
  blocks: Block[]
}

export function classifyBlocks(doc: RawDocument, fallbackTitle: string): ClassifiedDocument {
  const meta: ArticleMeta = { title: '', credits: [], ...withoutUndefined(doc.meta) }
  for (const b of doc.blocks) if (b.type === 'caption' && !meta.credits.includes(b.text)) meta.credits.push(b.text)
  if (meta.author) meta.author = meta.author.replace(/\s*\(?\s*(?:https?:\/\/|www\.)\S+\s*\)?/g, '').trim() || undefined
  // A block of labelled fields may look like page chrome (a table's pipes) but holds the metadata.
  // ("Department of Justice | Office of Public Affairs | FOR IMMEDIATE RELEASE | Monday, November 20, 2017": a page
  // header of parts at the top is chrome, but its last part is the publication date.)
  doc.blocks.slice(0, TOP_WINDOW + 1).some((b) => b.type === 'paragraph' && isTableRow(b.text) && (liftDateLine(b.text, meta) || liftHeaderDate(b.text, meta)))
  let blocks = doc.blocks.filter((b) => b.type !== 'caption' && (b.fields || !isChrome(b.text)) && !isSeparator(b.text))
  blocks = blocks.flatMap(splitSectionLabel).flatMap(splitDisclosure)
  const headerLines = headerEnd(blocks)
  const top = blocks.slice(0, headerLines)
  blocks = liftMetadata(blocks, meta, headerLines)
  // "By Jane Roe, 2011-02-13", "September 30, 2026 (R49432)", "Release Date: February 10, 2026": where no rule above
  // read the date, a header line at the top with the date among names, labels and identifiers states it.
  if (!meta.date) top.some((b) => b.type === 'paragraph' && liftHeaderDate(b.text, meta))
  blocks = liftTitle(blocks, meta, fallbackTitle)
  // Where the page marks its subheadings (Markdown "###", HTML <h2>), a short line it does not mark is no subheading
  // of its own (a chart's title, "U.S. Postal Service (USPS) Total Expenses …, Fiscal Years 2007-2025").
  const marked = blocks.filter((b) => b.type === 'heading' && b.level !== undefined && b.level >= 2).length >= MIN_MARKED_HEADINGS
  blocks = blocks.map((b, i) => (b.type === 'paragraph' && !marked && isPlainHeading(blocks, i) ? { ...b, type: 'heading' } : b))
  // A picture's caption or credit left in the text as a line of its own is no part of the article.
  blocks = blocks.filter((b) => !(b.type === 'paragraph' && isCredit(b.text)))
  blocks = joinRunOns(blocks)
  blocks = dropAround(blocks)
  // The title again (pages repeat it above the text) heads no part of the article.
  blocks = blocks.filter((b) => !(b.type === 'heading' && b.text.toLowerCase() === meta.title.toLowerCase()))
  blocks = dropKicker(blocks)
  // A heading with no paragraph after it heads nothing.
  const lastParagraph = blocks.findLastIndex((b) => b.type === 'paragraph')
  blocks = blocks.filter((b, i) => b.type === 'paragraph' || i < lastParagraph)
  return { meta, blocks }
}

/** The paragraph before a disclosure's head run into it, and the disclosure, as two paragraphs. */
function splitDisclosure(block: Block): Block[] {
  const head = block.type === 'paragraph' ? RE_DISCLOSURE_HEAD.exec(block.text) : null
  if (!head) return [block]
  return [{ ...block, text: block.text.slice(0, head.index).trimEnd() }, { ...block, text: block.text.slice(head.index) }]
}

/**
 * "Sec. 3. Actions. (a) Within 90 days …": an order's, a bill's or a proclamation's numbered section opens its
 * paragraph with its number and name; the name is the section's heading, the rest its first paragraph.
 */
const RE_SECTION_LABEL = /^(?:Sec(?:tion)?\.?|SEC\.|SECTION)\s*\d{1,3}[A-Za-z]?\.\s+(\p{Lu}[\p{L}\p{N} ,'’&/-]{1,80}?)\.\s+(?=\S)/u
function splitSectionLabel(block: Block): Block[] {
  const label = block.type === 'paragraph' ? RE_SECTION_LABEL.exec(block.text) : null
  if (!label) return [block]
  return [{ type: 'heading', text: label[1]!, numbered: true }, { ...block, text: block.text.slice(label[0].length) }]
}

/**
 * "CRS PRODUCT (LIBRARY OF CONGRESS)", "ANALYSIS": a label in capitals above the article's first paragraph, when
 * the article's own subheadings are not in capitals, names the kind of page, not a part of the article.
 */
function dropKicker(blocks: Block[]): Block[] {
  const first = blocks.findIndex((b) => b.type === 'paragraph')
  const heading = blocks.slice(0, first).findLastIndex((b) => b.type === 'heading')
  const isCaps = (t: string) => /\p{Lu}{2}/u.test(t) && !/\p{Ll}/u.test(t)
  if (first < 0 || heading < 0 || !isCaps(blocks[heading]!.text)) return blocks
  const others = blocks.slice(first).filter((b) => b.type === 'heading')
  if (others.length === 0 || others.some((b) => isCaps(b.text))) return blocks
  return blocks.filter((_, i) => i !== heading)
}

/**
 * The parts around the article: from a back-matter heading ("Footnotes", "References", "Disclaimer", "Related
 * articles") to the end, a front-matter section ("Contents", "Figures") up to the next heading, and an aside
 * ("Work with us", "Careers") up to the next heading.
 */
function dropAround(blocks: Block[]): Block[] {
  const name = (b: Block) => b.text.trim().toLowerCase().replace(/[:.]$/, '')
  // Back matter after the article's first paragraph only: a page that opens with "Notes" is not all notes.
  const firstParagraph = blocks.findIndex((b) => b.type === 'paragraph')
  // Back matter is at the back: a "Footnotes" heading with more of the text after it than before it (pages that
  // print their notes above the article) only heads its notes.
  const length = (part: Block[]) => part.reduce((n, b) => n + b.text.length, 0)
  const backs = blocks.flatMap((b, i) => (i > firstParagraph && b.type === 'heading' && isBackMatter(name(b)) ? [i] : []))
  const end = backs.find((i) => length(blocks.slice(i + 1)) <= length(blocks.slice(0, i))) ?? -1
  const early = new Set(backs.filter((i) => end < 0 || i < end))
  const body = withoutTrailingNotes(end > 0 ? blocks.slice(0, end) : blocks)
  const kept: Block[] = []
  let skipping = false
  let aside = false
  body.forEach((b, i) => {
    // A contents list is short lines (which plain-text rules may take for headings); the first real paragraph,
    // or a heading the format marks as one, is the article again. Notes go on while they are numbered. An aside
    // goes on to the next heading.
    if (b.type === 'heading' && (b.level !== undefined || !skipping || aside)) {
      aside = ASIDES.has(name(b)) || (!!b.numbered && NUMBERED_ASIDES.has(name(b)))
      skipping = aside || FRONT_SECTIONS.has(name(b)) || early.has(i)
    } else if (skipping && !aside && b.text.split(/\s+/).length > MAX_HEADING_WORDS && !RE_NOTE.test(b.text)) skipping = false
    if (!skipping) kept.push(b)
  })
  return kept
}

/**
 * "[1] An earlier version of the Trust …", "[2] The structure was designed with …": paragraphs that open with a
 * note's bracketed number and run to the end are the article's notes, with no heading over them. (A bracketed
 * number is a note's mark, where "1." may number a list that ends the article.)
 */
function withoutTrailingNotes(blocks: Block[]): Block[] {
  let start = blocks.length
  while (start > 0 && blocks[start - 1]!.type === 'paragraph' && RE_BRACKETED_NOTE.test(blocks[start - 1]!.text)) start--
  return start < blocks.length && blocks.slice(0, start).some((b) => b.type === 'paragraph') ? blocks.slice(0, start) : blocks
}
const RE_BRACKETED_NOTE = /^\[\d{1,3}\]\s/

/** A numbered note: "1. …", "[2] …", "3) …", "^4 …". */
const RE_NOTE = /^(?:\[\d{1,3}\]|\^?\d{1,3}[.)]|\^\d{1,3})\s/

/** A fence or container marker of some Markdown dialect: ```, ~~~ or ::: with an optional word (`::: danger`). */
const RE_FENCE_MARKER = /^(?::{3,}|`{3,}|~{3,})\s*[\p{L}\p{N}_-]*$/u

/**
 * A line that only separates or fences text (`---`, `* * *`, `::: danger`, ```` ``` ````): no words of its own, so
 * neither content nor a subheading.
 */
export function isSeparator(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text) || RE_FENCE_MARKER.test(text)
}

export function isChrome(text: string): boolean {
  const t = text.trim().toLowerCase()
  return CHROME_EXACT.has(t) || (t.split(/\s+/).length <= 12 && CHROME_PATTERNS.some((r) => r.test(t))) || isTableRow(t) || isChartResidue(t)
}

const MIN_CHART_SWITCHES = 6

/**
 * "1M2M3M4M5M6M7M8M9MTotal Environment Interacts…": a chart's axis ticks and legend copied as one line run
 * together, so a word switches between digits and letters again and again (a model name like "GPT-4o" or "A2" switches
 * once or twice). Or what a charting library wrote for screen readers around a chart (data/ingest/chrome.json chartText).
 */
function isChartResidue(t: string): boolean {
  if (CHART_TEXT.some((r) => r.test(t))) return true
  // One pass over the characters (a regular expression with a lookahead backtracks on a word of a million letters).
  let switches = 0
  let last: 'L' | 'N' | undefined
  for (const ch of t) {
    const kind = RE_LETTER.test(ch) ? 'L' : RE_DIGIT.test(ch) ? 'N' : undefined
    if (kind && last && kind !== last && ++switches >= MIN_CHART_SWITCHES) return true
    if (!kind) switches = 0
    last = kind
  }
  return false
}
const RE_LETTER = /\p{L}/u
const RE_DIGIT = /\p{N}/u

/** "| Product Type: | Reports |": a table row that lost its table. */
function isTableRow(t: string): boolean {
  return (t.match(/\|/g)?.length ?? 0) >= 3
}



/** `headerLines`: how many blocks at the top a header line may stand among (headerEnd). */
function liftMetadata(blocks: Block[], meta: ArticleMeta, headerLines: number): Block[] {
  const kept: Block[] = []
  const firstProse = firstProseIndex(blocks)
  blocks.forEach((block, i) => {
    // "BEIJING, 29 April 2025 - The attack …": the date is metadata, the rest is the first paragraph.
    const wire = (i < TOP_WINDOW || i === firstProse) && block.type === 'paragraph' ? matchWireDateline(block.text) : undefined
    if (wire?.date) meta.date ??= wire.date
    // "##### January 24, 2019": a heading at the top that states the date is no section.
    if (i <= TOP_WINDOW && block.type === 'heading' && liftHeaderDate(block.text, meta)) return
    // "Published: Apr 2, 2025 Source: https://…": a header of labelled fields run into one paragraph.
    // ("Agency: …", "Date: January 16, 2025", "Release Number: …": a release's fields may run over several
    // paragraphs above its first paragraph of prose.)
    const header = (i < TOP_WINDOW || i < firstProse) && block.type === 'paragraph' ? RE_FIELD_HEADER.exec(block.text) : null
    if (header) {
      meta.date ??= looseDate(header.groups!.date!)
      if (header.groups!.url) meta.url ??= header.groups!.url
      return
    }
    // "Agency: Occupational Safety & Health Administration", "Release Number: 24-2619-ATL": the release's other fields
    // above its first paragraph of prose say nothing of the matter (one set in bold may read as a heading).
    if (i < firstProse && ['paragraph', 'heading'].includes(block.type) && RE_LABEL_FIELD.test(block.text)) return
    if (issuerLine(blocks, i)) {
      meta.publisher ??= block.text.trim()
      return
    }
    // "EducationApr 2, 2025●5 min read Today we're launching …": a page's section, date and reading time run into
    // the first paragraph are page chrome; the date is the publication date.
    const reading = i < TOP_WINDOW && block.type === 'paragraph' ? RE_READING_TIME_LEAD.exec(block.text) : null
    if (reading) {
      meta.date ??= looseDate(reading.groups!.lead!)
      if (reading[0].length === block.text.length) return
    }
    const b = wire ? { ...block, text: wire.rest } : reading ? { ...block, text: block.text.slice(reading[0].length) } : block
    const words = b.text.split(/\s+/).length
    // "X does not work for, consult, own shares in …", "The study is supported by grants from …", "Disclaimer: …".
    if (b.type === 'paragraph' && words <= MAX_DISCLOSURE_WORDS && isDisclosure(b.text) && i >= blocks.length - BIO_WINDOW - 2) return void meta.credits.push(b.text)
    // "Notes: Table includes …", "Source: …": a table's or a chart's notes.
    if (b.type === 'paragraph' && TABLE_NOTE.some((r) => r.test(b.text))) return void meta.credits.push(b.text)
    // "I help companies deploy … I write about …": the author's bio in the first person.
    if (b.type === 'paragraph' && i >= blocks.length - BIO_WINDOW && FIRST_PERSON_BIO.some((r) => r.test(b.text))) {
      meta.byline ??= b.text
      return
    }
    // A block of labelled fields, however long (a report's whole fact table), is metadata.
    const fields = i < TOP_WINDOW + 3 ? b.fields : undefined
    if (fields) {
      const get = (...names: string[]) => names.map((n) => fields[n]).find(Boolean)
      meta.date ??= get('publication date', 'published', 'date', 'publish date', 'posted')
      const author = get('author(s)', 'author', 'authors', 'by')
      // "Cho, Clare Y." or "Blanchard, Christopher M.; Thomas, Clayton": surname first, one name or several.
      const names = author?.split(/\s*;\s*/) ?? []
      if (author) meta.author ??= names.every((n) => /^[^,]+, [^,]+$/.test(n)) ? names.map((n) => n.split(', ').reverse().join(' ')).join(', ') : author
      return
    }
    if (b.type === 'paragraph' && CREDIT_TAIL.some((r) => r.test(b.text.trim()))) return void meta.credits.push(b.text)
    // "Left: … Middle: … Right: …": captions of pictures side by side, labelled by their place.
    if (b.type === 'paragraph' && isPositionCaption(b.text, words)) return void meta.credits.push(b.text)
    if (b.type === 'paragraph' && RE_SLASH_CREDIT.test(b.text.trim())) return void meta.credits.push(b.text)
    if (b.type !== 'paragraph' || words > MAX_BIO_WORDS) return kept.push(b)
    if (CREDIT.some((r) => r.test(b.text))) return void meta.credits.push(b.text)
    if (LICENCE.some((r) => r.test(b.text)) && i >= blocks.length - BIO_WINDOW - 2) {
      meta.licence = meta.licence ? `${meta.licence} ${b.text}` : b.text
      return
    }
    // ("By March, regulators will decide.": a time phrase opening a clause, a verb in lower case after it, is no byline.)
    if (words <= 8 && BYLINE.some((r) => r.test(b.text)) && i < 4 && !hasClauseVerb(b.text)) {
      // ("By Jane Roe, 2011-02-13": the date closing it is no part of the name.)
      meta.author ??= headerDate(b.text)?.author ?? b.text.replace(/^by\s+/i, '')
      return
    }
    const dateline = i < TOP_WINDOW ? matchDateline(b.text) : undefined
    if (dateline) {
      // ("Friday, January 9, 2009": a weekday before the date is no publisher.)
      if (!RE_WEEKDAY.test(`${dateline.publisher} `)) meta.publisher ??= dateline.publisher
      meta.date ??= dateline.date
      return
    }
    const byline = i < TOP_WINDOW && !meta.byline ? matchAuthorLine(b.text) : undefined
    if (byline) {
      meta.author ??= byline.name
      // A byline block may end with its dateline ("… University. The Conversation, 6 October 2026.").
      const { dateline } = byline
      meta.byline ??= dateline ? byline.parts.slice(0, -1).join(' ') : b.text
      meta.publisher ??= dateline?.publisher
      meta.date ??= dateline?.date
      return
    }
    if (i < 4 && liftDateLine(b.text, meta)) return
    // "Posted on Tuesday 15 October 2019 by Bradley M. Kuhn": a date line with the author.
    const posted = (i < TOP_WINDOW + 1 || i >= blocks.length - BIO_WINDOW) && words <= 16 ? RE_POSTED.exec(b.text) : null
    if (posted) {
      meta.date ??= posted.groups!.date!.trim()
      if (posted.groups!.author) meta.author ??= posted.groups!.author.trim()
      return
    }
    const bio = i >= blocks.length - BIO_WINDOW ? matchBio(b.text, meta.author) : undefined
    if (bio) {
      meta.byline ??= b.text
      meta.author ??= bio.name
      meta.publisher ??= bio.publisher
      return
    }
    // "Written by Jane Roe · Posted 21 May 2012", "September 30, 2026 (R49432)": a header line at the top, its date
    // among names, labels and identifiers, is metadata, no paragraph of the article.
    if (i < headerLines && b.type === 'paragraph' && liftHeaderDate(b.text, meta)) return
    kept.push(b)
  })
  return kept
}

/** A paragraph of prose: at least MIN_PROSE_WORDS words, ending on a sentence's end mark. */
const isProse = (b: Block) => b.type === 'paragraph' && b.text.split(/\s+/).length >= MIN_PROSE_WORDS && RE_SENTENCE_END.test(b.text)

/** The first paragraph of prose, however many title, date and summary blocks stand above it; -1 when none. */
function firstProseIndex(blocks: Block[]): number {
  return blocks.findIndex(isProse)
}

/**
 * Where a header line may stand: among the first blocks and above the first paragraph of prose ("“Keeping the Chip
 * Lead,” Jane Doe, Wall Street Journal, January 6, 2025." after it is an entry of a reading list, not the header).
 * (A header line may itself be long and end with a full stop: "Jane Roe, Specialist …, updated March 11, 2025.")
 */
function headerEnd(blocks: Block[]): number {
  for (let i = 0; i <= TOP_WINDOW && i < blocks.length; i++) if (isProse(blocks[i]!) && !headerDate(blocks[i]!.text)) return i
  return TOP_WINDOW + 1
}

/** Last words of a body's name ("Institute", "Department"): data/actors.json orgSuffixes. */
const ORG_NOUNS = new Set<string>(actors.orgSuffixes)
/** Last words of a company's name ("Corporation", "Inc"): data/actors.json companySuffixes. */
const COMPANY_NOUNS = new Set<string>(actors.companySuffixes)

/**
 * "X does not work for, consult, own shares in …", "Disclaimer: …"; a funding disclosure only about a person named in
 * full ("Theresa Squatrito has previously received research funding from …"), the author ("We received grants from …")
 * or the work ("The Brain Health Study is supported by grants from …"): "Intel Corporation received grants from the
 * Department of Commerce", "The city received funding from the state" are news.
 */
function isDisclosure(text: string): boolean {
  if (DISCLOSURE.some((r) => r.test(text))) return true
  if (!FUNDING_DISCLOSURE.some((r) => r.test(text))) return false
  if (/^(?:I|We)\s/u.test(text)) return true
  const work = /^(?:The|This|Our)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}([\p{L}-]+)/u.exec(text)?.[1]
  if (work && FUNDING_DISCLOSED.has(work.toLowerCase())) return true
  const name = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+(?:has\s+|have\s+)?(?:\p{Ll}+ly\s+)?(?:receives?|received|is|was|does|do)\b/u.exec(text)?.[1]
  return !!name && !name.split(/\s+/).some((w) => ORG_NOUNS.has(w) || COMPANY_NOUNS.has(w.replace(/\.$/, '')))
}
/** Words a body's name may hold in lower case: "Department of Labor", "Food and Drug Administration". */
const NAME_JOINERS = new Set(['of', 'the', 'for', 'and', 'on', '&'])
/** A standfirst under a headline is one short paragraph (src/draft/select.ts leaves it the lede's room too). */
export const MAX_STANDFIRST_WORDS = 25
/** A body's name can run to this many words ("U.S. Department of Health and Human Services"). */
const MAX_ISSUER_WORDS = 8

/**
 * "National Eye Institute", "U.S. Department of Labor": a body's name on a line of its own right under the standfirst
 * (a short paragraph under the headline) is the release's issuer, not a section's heading. (Not the headline printed
 * again: "Treasury’s Exchange Stabilization Fund" above a report's fields.)
 */
function issuerLine(blocks: Block[], i: number): boolean {
  const block = blocks[i]!
  const before = blocks[i - 1]
  if (i < 2 || i >= TOP_WINDOW || before?.type !== 'paragraph' || before.text.split(/\s+/).length > MAX_STANDFIRST_WORDS) return false
  if (!['paragraph', 'heading'].includes(block.type) || !isIssuerLine(block.text)) return false
  const text = block.text.trim().toLowerCase()
  return !blocks.some((b, k) => k !== i && b.text.trim().toLowerCase() === text && (k === 0 || (b.type === 'heading' && b.level === 1)))
}

/** A line that only names a body: capitalised words, one of them an organisation noun, and no sentence. */
function isIssuerLine(text: string): boolean {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > MAX_ISSUER_WORDS || RE_SENTENCE_END.test(text.trim())) return false
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w)) && words.some((w) => ORG_NOUNS.has(w))
}

/** "Published: Apr 2, 2025 Source: https://…", "Date: 2 April 2025": a date field, perhaps with a source field after it. */
const RE_FIELD_HEADER = /^(?:published|posted|updated|date)\s*:\s*(?<date>.{4,40}?)(?:\s+(?:source|url|link)\s*:\s*(?<url>\S+))?\s*$/iu
/**
 * "Release Number: 24-2619-ATL", "Agency: Occupational Safety & Health Administration": a release's field, a label
 * from data/ingest/chrome.json fieldLabels, then a short value that is no sentence.
 */
const RE_LABEL_FIELD = new RegExp(`^(?:${chrome.fieldLabels.join('|')})\\s*:\\s*(?<value>[^.!?:]{1,80}?)\\s*$`, 'iu')
/** "EducationApr 2, 2025●5 min read": up to a reading time at the start of a paragraph. */
const RE_READING_TIME_LEAD = /^(?<lead>[^.!?]{0,80}?)\b\d{1,3}\s*(?:min|mins|minutes?)\s*read(?!\p{Ll})\s*/u
/** A day written with its month's name ("Apr 2, 2025", "29 April 2025") or in ISO form ("2025-04-02"). */
const RE_MONTH_DATE = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}/u

/** The date in a field's value, even run into a label before it ("EducationApr 2, 2025" → "Apr 2, 2025"). */
function looseDate(text: string): string | undefined {
  return RE_MONTH_DATE.exec(text)?.[0]
}

/** "BEIJING, 29 April 2025 - The attack …" → the date and the paragraph's text after the dash. */
function matchWireDateline(text: string): { date?: string; rest: string } | undefined {
  const g = WIRE_DATELINE.map((r) => r.exec(text)?.groups).find(Boolean)
  return g ? { date: (g.date ?? g.dateInBrackets)?.trim() || undefined, rest: g.rest! } : undefined
}

/** "The Conversation, 6 October 2026." / "The White House, Fact Sheets, October 26, 2025" */
function matchDateline(text: string): { publisher: string; date: string } | undefined {
  const g = DATELINE.map((r) => r.exec(text)?.groups).find(Boolean)
  return g ? { publisher: g.publisher!.trim(), date: g.date!.trim() } : undefined
}

/**
 * "Julie Moreno, Associate Professor of …, Colorado State University." — a name, a comma, then titles and
 * institutions: nearly every word capitalised, as in a byline and never in a sentence of prose. With its
 * sentences and the dateline that may close it.
 */
function matchAuthorLine(text: string): { name: string; parts: string[]; dateline?: { publisher: string; date: string } } | undefined {
  const name = AUTHOR_LINE.map((r) => r.exec(text)?.groups?.name).find(Boolean)
  // ("Merger Would Harm Competition, Resulting in Higher Bills …": a headline's dek in title case has a verb where a
  // name has none.)
  if (!name || name.split(/\s+/).some((w) => NAME_NOT_WORDS.has(w.toLowerCase()))) return undefined
  // ("Donald Trump, Vladimir Putin and Xi Jinping ignored the United Nations.": names that are a clause's subject are
  // the lede, no byline: the first word in lower case after them, "and" aside, is its verb. A byline's is a title's
  // "of", "for" or a word of its dateline, "republished".)
  const rest = tagWords(text.slice(name.length))
  const first = rest.findIndex((w) => /^\p{Ll}/u.test(w.text) && w.lower !== 'and')
  if (first >= 0 && !DATE_LEAD_VERBS.has(rest[first]!.lower) && isFiniteVerb(rest, first)) return undefined
  const words = text.slice(name.length).split(/[\s,;]+/).filter(Boolean)
  const titled = words.filter((w) => /^[\p{Lu}\d(&]/u.test(w) || BYLINE_SMALL_WORDS.has(w)).length
  // "Jane Roe, Postdoctoral researcher of football cultures, University of X. The Conversation, 1 October 2026.": a
  // dateline closing the block says it is a byline, though a title in it is written in lower case.
  const parts = splitSentences(text).map(([s, e]) => text.slice(s, e))
  const dateline = parts.length > 1 ? matchDateline(parts.at(-1)!) : undefined
  return words.length <= MAX_BIO_WORDS && titled / words.length >= (dateline ? MIN_TITLED_DATED : MIN_TITLED) ? { name, parts, dateline } : undefined
}
/** A finite verb in lower case, not one that leads a date ("updated"): a clause's, which no byline has. */
function hasClauseVerb(text: string): boolean {
  const words = tagWords(text)
  return words.some((w, i) => /^\p{Ll}/u.test(w.text) && !DATE_LEAD_VERBS.has(w.lower) && isFiniteVerb(words, i))
}
/** Auxiliary and modal verbs: no word of a person's name. */
const NAME_NOT_WORDS = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did'])
/** The share of a byline's words after the name that are capitalised (titles, institutions): most of them. */
const MIN_TITLED = 0.8
/** … and when the block ends with its dateline. */
const MIN_TITLED_DATED = 0.6

function matchBio(text: string, author?: string): { name: string; publisher?: string } | undefined {
  for (const r of BIO) {
    const name = r.exec(text)?.groups?.name
    if (!name) continue
    // A bio is about the author: when the author is known, another name is not a bio.
    if (author && !author.includes(name) && !name.includes(author)) continue
    const publisher = PUBLISHER_IN_BIO.map((p) => p.exec(text)?.groups?.publisher).find(Boolean)
    return { name, publisher: publisher?.replace(/^the\s+/i, '') }
  }
  return undefined
}

function liftTitle(blocks: Block[], meta: ArticleMeta, fallbackTitle: string): Block[] {
  const first = blocks[0]
  const h1 = blocks.findIndex((b) => b.type === 'heading' && b.level === 1)
  if (h1 >= 0) {
    // A page title is often the headline plus the site's name ("Headline - Site"): the headline is the article's.
    const heading = blocks[h1]!.text
    if (!meta.title || (meta.title.startsWith(heading) && meta.title.length > heading.length)) meta.title = heading
    return blocks.filter((_, i) => i !== h1)
  }
  if (first && first.text === meta.title) return blocks.slice(1)
  // A lone title-like line is a title with no article under it (as `# Title` alone is in Markdown), not content.
  if (!meta.title && first && looksLikeTitle(first.text)) {
    meta.title = first.text
    return blocks.slice(1)
  }
  meta.title ||= fallbackTitle
  return blocks
}

function looksLikeTitle(text: string): boolean {
  return text.split(/\s+/).length <= MAX_HEADING_WORDS + 6 && !/[.,;:]$/.test(text)
}

/** A block that ends as a sentence or a clause does (a stop, a comma, a closing quote or bracket). */
const RE_CLOSED = /[.,;:!?"”’)。！？]$/u

/**
 * "The Act provides that the agency shall, with the concurrence of the department" + "require that the
 * notification …": a paragraph with no closing punctuation before one that starts in lower case is one sentence
 * broken around a quotation; it is read as one paragraph.
 */
function joinRunOns(blocks: Block[]): Block[] {
  const out: Block[] = []
  for (const b of blocks) {
    const last = out.at(-1)
    if (last?.type === 'paragraph' && b.type === 'paragraph' && !last.fields && !RE_CLOSED.test(last.text) && /^\p{Ll}/u.test(b.text))
      out[out.length - 1] = { ...last, text: `${last.text} ${b.text}` }
    else out.push(b)
  }
  return out
}

/** A paragraph that opens with a picture's place ("Left: …"): short, or labelling another picture too. */
function isPositionCaption(text: string, words: number): boolean {
  const labels = [...text.trim().matchAll(RE_POSITION_LABEL)]
  return labels[0]?.index === 0 && (words <= MAX_BIO_WORDS || labels.length >= 2)
}

/** In plain text a subheading is a short line without closing punctuation (or a question) before a paragraph. */
function isPlainHeading(blocks: Block[], i: number): boolean {
  const b = blocks[i]!
  const next = blocks[i + 1]
  if (!next || next.type !== 'paragraph' || i === 0) return false
  // "http://www.usdoj.gov/usao/or/PressReleases/2009/NicholsonIndictment.pdf": an address alone is a link, no heading.
  if (RE_BARE_ADDRESS.test(b.text)) return false
  // Nor is a post quoted ("Pizango no quiere responder … #bagua", "… cc:@lemondefr"), a line a dash opens ("—Zinichev
  // calling a temporary halt …", a caption or an attribution), a picture's credit ("… Image Courtesy Dinmojur Blog"),
  // or an interviewer's question ("JO: Will you ask for international recognition …?").
  if (RE_POST_MARK.test(b.text) || /^[—–]/.test(b.text) || isCredit(b.text) || RE_LABELLED_QUESTION.test(b.text)) return false
  // "The Act provides that the agency shall" before "require that …": a sentence running on into a quotation.
  if (/^\p{Ll}/u.test(next.text)) return false
  // "CPO", "PPO", "PPO-Lagrangian": a run of labels (a chart's legend) heads nothing; a heading above a subheading
  // ("Requirements for Tickets", "Speculative Tickets") is a run of two.
  if (labelRun(blocks, i) >= MIN_LEGEND_LABELS) return false
  // Scripts written without spaces count about a word per two characters.
  const ideographs = b.text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
  const words = Math.max(b.text.split(/\s+/).length, Math.round(ideographs / 2))
  // "… Nutrition Program (SFMNP); and": a line that ends on a conjunction goes on in the next; it is a list's item.
  // "Addressing readiness, Marine leadership remarked that" leads into the words after it.
  const leadsIn = endsOnLeadIn(b.text) || (/\sthat$/i.test(b.text) && endsOnThatClause(tagWords(b.text)))
  return words <= MAX_HEADING_WORDS && !/[.,;:!"”’)。！？，；：」』）]$/u.test(b.text) && !RE_CONJUNCTION_END.test(b.text) && !leadsIn && next.text.length > b.text.length
}


const RE_CONJUNCTION_END = /[\s;,](?:and|or|nor|but)$/i
/** A web address alone: "http://www.usdoj.gov/…/NicholsonIndictment.pdf", "www.example.org". */
const RE_BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i
/** A hashtag or a handle: "#bagua", "@lemondefr". */
const RE_POST_MARK = /(?:^|[\s(:])[#@][\p{L}\p{N}_]{2,}/u
/** "JO: Will you …?": a speaker's label of one to three words, a colon, a question. */
const RE_LABELLED_QUESTION = /^(?:[\p{Lu}][\p{L}.'’-]*\s?){1,3}:\s.*\?$/u
const CAPTION_MARKERS: string[] = chrome.captionMarkers
/**
 * "Google Earth View of Shahjalal Airport. Image Courtesy Dinmojur Blog", "Image by flickr user X, used under a CC
 * BY-NC-SA 2.0 license": a short line holding a caption's or a credit's words (data/ingest/chrome.json captionMarkers).
 */
function isCredit(text: string): boolean {
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false
  const lower = text.toLowerCase()
  return CAPTION_MARKERS.some((m) => lower.includes(m))
}
/** How many subheadings the page must mark for its unmarked short lines to be read as no subheadings. */
const MIN_MARKED_HEADINGS = 2

const MAX_LABEL_WORDS = 3
const MIN_LEGEND_LABELS = 3

/** How many labels in a row the block at i is one of (0 if it is no label), counted up to MIN_LEGEND_LABELS. */
function labelRun(blocks: Block[], i: number): number {
  if (!isLabel(blocks[i]!)) return 0
  let first = i
  let last = i
  while (first > 0 && i - first < MIN_LEGEND_LABELS && isLabel(blocks[first - 1]!)) first--
  while (last + 1 < blocks.length && last - i < MIN_LEGEND_LABELS && isLabel(blocks[last + 1]!)) last++
  return Math.min(last - first + 1, MIN_LEGEND_LABELS)
}

/** A paragraph of a few words without closing punctuation: a label copied from a chart or a list. */
function isLabel(b: Block): boolean {
  return b.type === 'paragraph' && b.text.split(/\s+/).length <= MAX_LABEL_WORDS && !RE_CLOSED.test(b.text)
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
