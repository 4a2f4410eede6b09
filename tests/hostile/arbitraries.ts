/**
 * fast-check arbitraries for hostile article text and for valid outlines that carry it in every text field.
 * Text is a mix of syntax fragments (Vue, HTML, Markdown, Slidev, Mermaid, YAML), arbitrary Unicode, control and
 * invisible characters, line breaks, non-Latin scripts and very long words.
 */
import fc from 'fast-check'
import type { Outline, Slide } from '../../src/outline/schema.ts'
import { MAX_LABEL_CHARS, RELATION_KINDS } from '../../src/outline/schema.ts'
import { outlineOver } from '../helpers.ts'

/** Fragments that mean something to one of the languages a deck passes through. */
export const FRAGMENTS: readonly string[] = [
  // Vue
  '{{ x }}', '{{', '}}', '{{ 1 + 1 }}', '{{ a b }}', '@click="x"', 'v-if="x"', 'v-html="x"', ':is="x"', '#default',
  // HTML
  '<script>alert(1)</script>', '<script>window.__pwned=1</script>', '<img src=x onerror=alert(1)>', '<div>', '</div>',
  '<Foo>', '<style>p{color:red}</style>', '<!--', '-->', '<!---->', '<a href="javascript:alert(1)">x</a>', '&amp;', '&lt;',
  '&#123;', '&#91;', '&nbsp;', '<', '>', 'a<b', '</',
  // Markdown and Slidev
  '---', '----', '--- x', '~~~', '```', '```js', '::right::', '::', '$x$', '$$', '[click]', '[click:3]', '[x](javascript:alert(1))',
  '![i](http://example.com/x.png)', '[^1]', '[!NOTE]', '- [ ] ', '# ', ' #', '##', '> ', '1. ', '1) ', '+ ', '* ', '_', '*', '~~',
  '`', '\\', '\\\\', '\\{{', '|', '||', '=', '===', '(c)', '(tm)', '+-', '...', '--', '!!!!', '????', ',,', ':smile:', ':icon',
  '<https://example.com>', 'https://example.com/a_b?c=d&e=f#g', 'www.example.com', 'a@b.org', 'mailto:a@b', '//localhost/x',
  'http://localhost', 'ftp://x.y', 'layout: two-cols', 'src: ./evil.md', 'title: x',
  // Mermaid
  '%%{init: {}}%%', '%%{init: {"securityLevel": "loose"}}%%', '%%', 'click n0 call alert(1)', 'click n0 "javascript:alert(1)"',
  'classDef', 'classDef evil fill:#f00', 'class n0 evil', 'style n0 fill:#f00', 'linkStyle 0 stroke:red', 'end', 'subgraph', 'subgraph x',
  'section ', 'title ', 'accTitle: x', 'accDescr {', 'graph TD', 'A-->B', '-->', '---', '==>', '-.->', '|', ';', '"', "'", '#35;',
  '#quot;', '#', ':', '[', ']', '(', ')', '{', '}', '%',
  // YAML and JSON
  '"', "'", ': ', '- ', '? ', '&anchor', '*alias', '!!str', '#!', '\\u0000', '\\n',
  // characters
  '\n', '\r', '\r\n', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029', '\u00A0', '\u3000', '\u200B', '\u200C', '\u200D', '\uFEFF',
  '\u200E', '\u200F', '\u202E', '\u2066', '\u0007', '\u001B[31m', '\u007F', '\u0080', '\u009F', '\uFFFD', '\uFFFE', '\u0301',
  '🙂', '👩‍👩‍👧', '🇰🇷', '中文标题', 'مرحبا بالعالم', 'Привет, мир', 'שלום', 'ไทย', 'हिन्दी',
  // sizes
  'x'.repeat(300), `https://example.com/${'a/'.repeat(150)}?q=${'b'.repeat(100)}`, 'Donaudampfschifffahrtsgesellschaftskapitän',
]

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '  ', 'a', 'Word') },
)

/** Any text, possibly empty or blank. */
export const hostileText: fc.Arbitrary<string> = fc.array(piece, { minLength: 0, maxLength: 10 }).map((parts) => parts.join(''))

/** Text for fields the schema requires to be non-empty after trimming. */
export const requiredText: fc.Arbitrary<string> = hostileText.map((s) => (s.trim() === '' ? `x${s}` : s))

const optionalText = fc.option(hostileText, { nil: undefined })

/** A diagram label: hostile text within the schema's length for labels (a longer one is refused with its place). */
const fit = (s: string) => s.slice(0, MAX_LABEL_CHARS)
const requiredLabel = requiredText.map(fit).map((s) => (s.trim() === '' ? `x${s.slice(1)}` : s))
const optionalLabel = fc.option(hostileText.map(fit), { nil: undefined })

/** Ids that are Mermaid keywords or otherwise awkward; the renderer must never write them into a diagram. */
const nodeIdArb = fc.oneof(
  fc.constantFrom('end', 'class', 'click', 'subgraph', 'style', 'graph', 'flowchart', 'default', 'classdef', 'linkstyle', 'n0', 'b0', 'x-y', '1'),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
)

const dateArb = fc
  .tuple(fc.integer({ min: 1000, max: 2999 }), fc.option(fc.integer({ min: 1, max: 12 })), fc.integer({ min: 1, max: 28 }), fc.boolean())
  .map(([y, m, d, withDay]) => {
    const pad = (n: number) => String(n).padStart(2, '0')
    if (m === null) return String(y)
    return withDay ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`
  })

function sourcesArb(ids: string[]): fc.Arbitrary<string[]> {
  return fc.subarray(ids, { minLength: 0, maxLength: Math.min(3, ids.length) })
}

const notesArb = fc.option(fc.array(hostileText, { maxLength: 3 }), { nil: undefined })

function withNotes<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T & { notes?: string[] }> {
  return fc.tuple(arb, notesArb).map(([slide, notes]) => (notes === undefined ? slide : { ...slide, notes }))
}

/** Drops keys whose value is undefined, as a YAML round trip does. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

const uniqueNodeIds = (min: number, max: number) => fc.uniqueArray(nodeIdArb, { minLength: min, maxLength: max })

function actorsArb(ids: string[]): fc.Arbitrary<Slide> {
  return uniqueNodeIds(1, 7).chain((nodeIds) =>
    fc.record({
      kind: fc.constant('actors' as const),
      title: requiredText,
      description: optionalText,
      nodes: fc.tuple(
        ...nodeIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            label: requiredLabel,
            type: fc.option(fc.constantFrom('state', 'organisation', 'person', 'media', 'group') as fc.Arbitrary<'state'>, { nil: undefined }),
            bloc: fc.option(fc.oneof(hostileText.map(fit), fc.constantFrom('west', 'east')), { nil: undefined }),
          }).map(compact),
        ),
      ),
      edges: fc.array(
        fc.record({
          from: fc.constantFrom(...nodeIds),
          to: fc.constantFrom(...nodeIds),
          kind: fc.constantFrom(...RELATION_KINDS),
          label: optionalLabel,
          source: sourcesArb(ids),
        }).map(compact),
        { maxLength: 8 },
      ),
    }).map(compact),
  ) as fc.Arbitrary<Slide>
}

function dynamicsArb(ids: string[]): fc.Arbitrary<Slide> {
  return uniqueNodeIds(1, 7).chain((nodeIds) =>
    fc.record({
      kind: fc.constant('dynamics' as const),
      title: requiredText,
      description: optionalText,
      nodes: fc.tuple(
        ...nodeIds.map((id) => fc.record({ id: fc.constant(id), label: requiredLabel, source: fc.option(sourcesArb(ids), { nil: undefined }) }).map(compact)),
      ),
      edges: fc.array(
        fc.record({ from: fc.constantFrom(...nodeIds), to: fc.constantFrom(...nodeIds), label: optionalLabel, source: sourcesArb(ids) }).map(compact),
        { maxLength: 8 },
      ),
    }).map(compact),
  ) as fc.Arbitrary<Slide>
}

function timelineArb(ids: string[]): fc.Arbitrary<Slide> {
  return fc
    .record({
      kind: fc.constant('timeline' as const),
      title: requiredText,
      description: optionalText,
      events: fc.array(
        fc.record({ date: dateArb, label: optionalLabel, text: requiredText, source: sourcesArb(ids) }).map(compact),
        { minLength: 1, maxLength: 8 },
      ),
    })
    .map(compact) as fc.Arbitrary<Slide>
}

export function diagramSlideArb(ids: string[] = ['p1.s1']): fc.Arbitrary<Slide> {
  return withNotes(fc.oneof(actorsArb(ids), dynamicsArb(ids), timelineArb(ids))) as fc.Arbitrary<Slide>
}

function slideArb(ids: string[]): fc.Arbitrary<Slide> {
  const point = fc.record({ text: requiredText, source: sourcesArb(ids) })
  const arbs: fc.Arbitrary<Slide>[] = [
    fc.record({ kind: fc.constant('cover' as const), title: requiredText, subtitle: optionalText }).map(compact),
    fc.record({ kind: fc.constant('agenda' as const), title: requiredText, items: fc.array(requiredText, { maxLength: 5 }) }),
    fc.record({ kind: fc.constant('section' as const), title: requiredText }),
    fc.record({ kind: fc.constant('points' as const), title: requiredText, points: fc.array(point, { minLength: 1, maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('quotes' as const),
      title: requiredText,
      quotes: fc.array(fc.record({ text: requiredText, speaker: optionalText, source: sourcesArb(ids) }).map(compact), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('takeaways' as const), title: requiredText, points: fc.array(point, { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('sources' as const), title: requiredText }),
    actorsArb(ids),
    dynamicsArb(ids),
    timelineArb(ids),
  ]
  return withNotes(fc.oneof(...arbs)) as fc.Arbitrary<Slide>
}

/** A valid outline (it passes the schema and the reference checks) with hostile text everywhere text goes. */
export const outlineArb: fc.Arbitrary<Outline> = fc.integer({ min: 1, max: 5 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `p${i + 1}.s${(i % 2) + 1}`)
  return outlineOver(ids, { title: requiredText, text: hostileText, slide: slideArb, maxCredits: 5, maxSlides: 10 })
})

/**
 * Whitespace-insensitive form of a text: what a reader sees, whichever spaces or line breaks it had, and without
 * the control characters and bidi controls that the renderers drop (a terminal or a browser would act on them).
 */
export const norm = (s: string): string => withoutControls(s).replace(/\s+/g, ' ').trim()

/** A text without the control characters and bidi controls the renderers drop. */
export const withoutControls = (s: string): string => s.replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '')
