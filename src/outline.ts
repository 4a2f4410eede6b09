import { isDeepStrictEqual } from 'node:util'
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode, type YAMLError } from 'yaml'
import { z } from 'zod'
import type { Diagnostic } from './types.ts'
import { OutlineSchema, SLIDE_KINDS, type Outline } from './outline/schema.ts'

export * from './outline/schema.ts'

/**
 * The outline file: the editable source of truth of a deck. `stringifyOutline` writes it as a commented YAML
 * document; `parseOutline` reads it back and reports every mistake with its line and column.
 *
 * parseOutline(stringifyOutline(o)).outline ≡ o
 */

export const OUTLINE_SCHEMA_FILE = 'outline.schema.json'

const HEADER = (schemaPath: string) => `yaml-language-server: $schema=${schemaPath}
briefdeck outline: the source of truth for slides.md, which is rendered from it.
Edit it freely: reorder, cut or copy slides; reword titles and points; fix diagram nodes, edges and events.
Each \`source\` lists the ids of the article sentences an item comes from (p3.s2 = paragraph 3, sentence 2);
they are listed under \`sentences\` at the end, and the speaker notes quote them.
Slide kinds: ${SLIDE_KINDS.join(', ')}.
Rebuild after editing:  npm run deck -- --outline outline.yaml --out-dir <this folder>`

export interface ParsedOutline {
  outline?: Outline
  /** The YAML document, kept so a rewrite can preserve the user's comments. */
  document: Document
  diagnostics: Diagnostic[]
  /** The line and column of each path's value in the text (see locateInOutline), without reading it again. */
  locate: (paths: string[]) => Map<string, { line: number; column: number }>
}

/** Writes an outline as a commented YAML document. */
export function stringifyOutline(outline: Outline, options: { schemaPath?: string } = {}): string {
  const doc = new Document(outline)
  doc.commentBefore = HEADER(options.schemaPath ?? `./${OUTLINE_SCHEMA_FILE}`)
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n')
  const slides = doc.get('slides', true)
  if (isSeq(slides))
    slides.items.forEach((item, i) => {
      if (isMap(item)) item.commentBefore = ` ── slide ${i + 1} ──`
      flowSourceLists(item as YamlNode)
    })
  const sentences = doc.getIn(['sentences'], true)
  if (sentences && typeof sentences === 'object')
    (sentences as YamlNode).commentBefore = ' The article, sentence by sentence (for reference: edits here change the notes).'
  return doc.toString(TO_STRING)
}

// blockQuote: false, because yaml 2.9 reads a block scalar of blanks back without them (" \n" → "\n").
const TO_STRING = { lineWidth: 0, flowCollectionPadding: false, blockQuote: false } as const

/**
 * The outline text with a new speaking-time budget (`--minutes` on a rebuild from the outline). Only the value
 * of `meta.minutes` changes: every other byte (the user's comments, quoting, indentation, order) stays as it
 * was. `parsed` is what parseOutline made of `text`, a valid outline.
 */
export function setOutlineMinutes(text: string, parsed: ParsedOutline, minutes: number): string {
  return setOutlineMeta(text, parsed, { minutes })
}

/** Meta values a command line option may set in an outline it rebuilds from (`--minutes`, `--theme`, `--reveal`). */
export type MetaPatch = Partial<Pick<Outline['meta'], 'minutes' | 'theme' | 'reveal'>>

/**
 * The outline text with new `meta` values, every other byte kept (comments, quoting, indentation, order): a value
 * already there is replaced where it stands; a new key goes on a line of its own after `minutes:`.
 */
export function setOutlineMeta(text: string, parsed: ParsedOutline, patch: MetaPatch): string {
  if (!parsed.outline) throw new Error('setOutlineMeta: the outline is not valid')
  let edited = text
  let document = parsed.document
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue
    const wanted = { ...parseOutline(edited).outline!, meta: { ...parseOutline(edited).outline!.meta, [key]: value } }
    const next = editMetaValue(edited, document, key, value)
    const reparsed = next === undefined ? undefined : parseOutline(next)
    if (next !== undefined && isDeepStrictEqual(reparsed!.outline, wanted)) {
      edited = next
      document = reparsed!.document
      continue
    }
    // An unusual spelling (an alias, say): set the value in the document tree and print it; comments are kept.
    document = document.clone()
    document.setIn(['meta', key], value)
    edited = document.toString(TO_STRING)
  }
  return edited
}

function editMetaValue(text: string, document: Document, key: string, value: unknown): string | undefined {
  const node = document.getIn(['meta', key], true)
  if (isScalar(node) && node.range) return `${text.slice(0, node.range[0])}${JSON.stringify(value)}${text.slice(node.range[1])}`
  const minutes = document.getIn(['meta', 'minutes'], true)
  if (!isScalar(minutes) || !minutes.range) return undefined
  const lineStart = text.lastIndexOf('\n', minutes.range[0]) + 1
  const indent = /^\s*/.exec(text.slice(lineStart))![0]
  const lineEnd = text.indexOf('\n', minutes.range[1])
  if (lineEnd < 0) return undefined
  return `${text.slice(0, lineEnd + 1)}${indent}${key}: ${JSON.stringify(value)}\n${text.slice(lineEnd + 1)}`
}

/** Short id lists read best on one line: `source: [p1.s2, p3.s1]`. */
function flowSourceLists(node: YamlNode | null | undefined): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value
      if (key === 'source' && isSeq(pair.value)) pair.value.flow = true
      else flowSourceLists(pair.value as YamlNode)
    }
  } else if (isSeq(node)) node.items.forEach((n) => flowSourceLists(n as YamlNode))
}

/** Reads an outline; collects every problem (YAML syntax, schema, references) with its place. */
export function parseOutline(text: string, file = 'outline.yaml'): ParsedOutline {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const diag = (message: string, offset: number, path?: string): Diagnostic => ({
    message: path ? `${path}: ${message}` : message,
    place: at(offset),
    path,
    file,
    ruleId: 'outline',
    source: 'outline',
    fatal: true,
  })
  if (document.errors.length > 0) {
    // One message per line: the parser's later complaints about a line are knock-on effects of its first.
    const lines = new Set<number>()
    const diagnostics = document.errors.flatMap((e) => {
      const offset = syntaxErrorOffset(document, e)
      const { line } = at(offset)
      if (lines.has(line)) return []
      lines.add(line)
      // yaml reads nested collections recursively, and reports running out of stack as a syntax error of its own.
      const deep = /Maximum call stack size exceeded/.test(e.message)
      const message = deep
        ? 'the outline nests its lists and maps too deeply to read; an outline needs only a few levels (slides, items, sources)'
        : `YAML syntax error: ${e.message.split('\n')[0]}`
      return [diag(message, offset)]
    })
    return { document, diagnostics, locate: locator(document, lineCounter) }
  }
  if (document.contents === null)
    return { document, diagnostics: [diag('the outline is empty; expected `version`, `meta`, `slides` and `sentences`', 0)], locate: locator(document, lineCounter) }
  let data: unknown
  try {
    data = document.toJS()
  } catch (error) {
    // yaml refuses aliases that expand past its limit (an "alias bomb"): say so in words, at the first alias.
    const alias = /^\s*[^#\n]*?(\*[\w-]+)/m.exec(text)
    const offset = alias ? alias.index + alias[0].length - alias[1]!.length : 0
    return { document, diagnostics: [diag(`the outline's YAML aliases (*name) expand too far to read (${(error as Error).message}); write the repeated parts out instead`, offset)], locate: locator(document, lineCounter) }
  }
  const result = OutlineSchema.safeParse(data)
  const diagnostics = result.success
    ? checkReferences(result.data).map(({ path, message }) => diag(message, offsetOf(document, path), formatPath(path)))
    : result.error.issues.map((issue) =>
        diag(describeIssue(issue, document), offsetOf(document, issue.path as PathKey[]), formatPath(issue.path as PathKey[])),
      )
  // In the order of the file, as an editor lists them.
  diagnostics.sort((a, b) => a.place!.line - b.place!.line || a.place!.column - b.place!.column)
  return { outline: diagnostics.length === 0 && result.success ? result.data : undefined, document, diagnostics, locate: locator(document, lineCounter) }
}

type PathKey = string | number

/**
 * The most characters of article sentences that the speaker notes of a deck may quote, all slides together. Each
 * slide's notes quote the sentences it cites, so ten long sentences cited by each of 200 slides would make a
 * slides.md of hundreds of MB; a deck drafted from the largest article quotes a small fraction of this.
 */
export const MAX_QUOTED_CHARS = 8 * 1024 * 1024

/** Cross-references the schema cannot state: sentence ids that exist, edges between existing nodes. */
function checkReferences(outline: Outline): Array<{ path: PathKey[]; message: string }> {
  const problems: Array<{ path: PathKey[]; message: string }> = []
  const known = new Set(Object.keys(outline.sentences))
  const lastId = [...known].at(-1) ?? 'none'
  const checkSources = (ids: string[] | undefined, path: PathKey[]) =>
    ids?.forEach((id, i) => {
      if (!known.has(id))
        problems.push({
          path: [...path, i],
          message: `unknown sentence id "${id}"; expected one of the ids under \`sentences\` (p1.s1 … ${lastId})`,
        })
    })
  let quoted = 0
  outline.slides.forEach((slide, s) => {
    const base: PathKey[] = ['slides', s]
    if ('points' in slide) slide.points.forEach((p, i) => checkSources(p.source, [...base, 'points', i, 'source']))
    if ('quotes' in slide) slide.quotes.forEach((q, i) => checkSources(q.source, [...base, 'quotes', i, 'source']))
    if ('events' in slide) slide.events.forEach((e, i) => checkSources(e.source, [...base, 'events', i, 'source']))
    if ('nodes' in slide) {
      const ids = new Set<string>()
      slide.nodes.forEach((n, i) => {
        if (ids.has(n.id)) problems.push({ path: [...base, 'nodes', i, 'id'], message: `duplicate node id "${n.id}"` })
        ids.add(n.id)
        if ('source' in n) checkSources(n.source, [...base, 'nodes', i, 'source'])
      })
      slide.edges.forEach((e, i) => {
        checkSources(e.source, [...base, 'edges', i, 'source'])
        for (const end of ['from', 'to'] as const)
          if (!ids.has(e[end]))
            problems.push({
              path: [...base, 'edges', i, end],
              message: `no node with id "${e[end]}"; expected one of ${[...ids].join(', ')}`,
            })
      })
    }
    // The notes quote each sentence the slide cites once (render/index.ts, slideSources).
    const cited = new Set(
      [
        ...('points' in slide ? slide.points : []),
        ...('quotes' in slide ? slide.quotes : []),
        ...('events' in slide ? slide.events : []),
        ...('edges' in slide ? slide.edges : []),
      ].flatMap((item) => item.source),
    )
    const before = quoted
    for (const id of cited) quoted += outline.sentences[id]?.length ?? 0
    if (quoted > MAX_QUOTED_CHARS && before <= MAX_QUOTED_CHARS)
      problems.push({
        path: base,
        message: `the speaker notes up to this slide quote ${(quoted / 1024 / 1024).toFixed(1)} M characters of sentences; a deck's notes may quote at most ${MAX_QUOTED_CHARS / 1024 / 1024} M. Cite fewer or shorter sentences`,
      })
  })
  return problems
}

/**
 * Where to point for a YAML syntax error: an unclosed quote or bracket where it opens, not where the parser
 * noticed (often the end of the file, or the next line).
 */
function syntaxErrorOffset(document: Document, error: YAMLError): number {
  let offset = error.pos[0]
  const contains = (range: YamlNode['range']) => range && range[0] < offset && range[1] >= offset
  if (/closing "quote|closing 'quote/i.test(error.message))
    visit(document, {
      Scalar(_, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && contains(node.range)) offset = node.range![0]
      },
    })
  else if (/end with a [\]}]/.test(error.message))
    visit(document, {
      Collection(_, node) {
        if (node.flow && contains(node.range)) offset = node.range![0] // the innermost, visited last
      },
    })
  return offset
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'keys and values', string: 'a text', number: 'a number' }

/** A value as the user wrote it, briefly: `"Alpha condemned…"`, `a list`, `keys and values`. */
function showValue(value: unknown): string {
  if (value === null) return 'an empty value'
  if (Array.isArray(value) || isSeq(value)) return 'a list'
  if (value && typeof value === 'object') return 'keys and values'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 56)}…"` : text
}

function describeIssue(issue: z.core.$ZodIssue, document: Document): string {
  const value = document.getIn(issue.path as PathKey[])
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'kind')
    return value === undefined
      ? `missing; expected one of ${SLIDE_KINDS.join(', ')}`
      : `unknown slide kind ${JSON.stringify(value)}; expected one of ${SLIDE_KINDS.join(', ')}`
  if (issue.code === 'invalid_type' && value === undefined) return `missing; expected ${issue.expected}`
  if (issue.code === 'invalid_type') return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${showValue(value)}`
  if (issue.code === 'too_small' && issue.origin === 'array')
    return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const count = isSeq(value) ? value.items.length : undefined
    const last = issue.path.at(-1)
    const noun = last === 'slides' || last === 'nodes' || last === 'edges' || last === 'events' ? last : 'items'
    const has = count === undefined ? `too many ${noun}` : `${count} ${noun}`
    if (noun === 'slides') return `${has}; one deck holds at most ${issue.maximum}: cut some, or split the briefing into two decks`
    if (noun !== 'items') return `${has}; a diagram holds at most ${issue.maximum}, or it is too small to read on a slide: keep the main ones`
    return `${has}; at most ${issue.maximum} are allowed`
  }
  if (issue.code === 'unrecognized_keys')
    return `unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`
  if (issue.code === 'invalid_value') return `${JSON.stringify(value)} is not allowed; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  const got = value === undefined ? '' : `, not ${showValue(value)}`
  return `${issue.message}${got}`
}

/** The offset of the node at `path`, or of its nearest existing parent (for a missing key). */
function offsetOf(document: Document, path: PathKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = document.getIn(path.slice(0, n), true) as YamlNode | undefined
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0]
  }
  return 0
}

/** formatPath(['slides', 3, 'points', 1]) → 'slides[3].points[1]' */
export function formatPath(path: PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('')
}

/** The JSON Schema of the outline, for editors (yaml-language-server). */
export function outlineJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(OutlineSchema, { io: 'input' }), null, 2)}\n`
}

/** parsePath('slides[3].points[1].text') → ['slides', 3, 'points', 1, 'text'] */
export function parsePath(path: string): PathKey[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!))
}

/** The line and column of each path's value in an outline's text (its nearest existing parent for a missing key). */
export function locateInOutline(text: string, paths: string[]): Map<string, { line: number; column: number }> {
  // No paths, no places: the outline of a long article is not parsed again for nothing.
  if (paths.length === 0) return new Map()
  // The article's sentences close the outline (most of it, for a long article); places on the slides are found in
  // what comes before them, whose offsets are the same.
  const end = paths.every((p) => !p.startsWith('sentences')) ? text.search(/^sentences:/m) : -1
  const lineCounter = new LineCounter()
  return locator(parseDocument(end > 0 ? text.slice(0, end) : text, { lineCounter, prettyErrors: false }), lineCounter)(paths)
}

function locator(document: Document, lineCounter: LineCounter) {
  return (paths: string[]): Map<string, { line: number; column: number }> => {
    const places = new Map<string, { line: number; column: number }>()
    for (const path of paths) {
      const { line, col } = lineCounter.linePos(offsetOf(document, parsePath(path)))
      places.set(path, { line, column: col })
    }
    return places
  }
}
