import fc from 'fast-check'
import { OutlineSchema, RELATION_KINDS, type Outline } from '../../src/outline.ts'
import { outlineOver } from '../helpers.ts'

/**
 * Outlines valid per the schema (and its cross-references), with text that stresses YAML and Markdown: colons,
 * hashes, quotes, dashes, brackets, YAML keywords, numbers, line breaks, Unicode, Vue and HTML look-alikes.
 */

const TRICKY = [
  ': ', ' #', '#', '- ', '-', '---', '...', "'", '"', '\\', '\n', '\r\n', '\t', '  ', '{{ x }}', '{', '}', '[', ']',
  ',', '?', '|', '>', '<', '<script>', '</div>', '<!--', '-->', '&a', '*a', '!tag', '%YAML', '@', '`', '*', '_', '~',
  'yes', 'no', 'null', 'true', 'Off', '0x1F', '1e3', '.inf', '0o7', '12:30', '2016-01-06', 'é', 'Ωμέγα', '中文',
  '😀', '👩‍👩‍👧', '\u00a0', '\u2028', '\u200b', '\u0085', '$$', 'p3.s2', '::', '<<', '=', '%', '^', '|-', '>-',
]

/** Any short string, tricky more often than not. */
export const anyText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TRICKY) }, { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) }), {
    maxLength: 5,
  })
  .map((parts) => parts.join(''))

/** A slide text: the schema trims it and wants something left. */
export const someText = anyText.filter((s) => s.trim().length > 0)

const nodeId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/)
const date = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
)
const notes = fc.array(anyText, { maxLength: 3 })

function slideArbitrary(ids: string[]) {
  const some = (min: number, max: number) => fc.subarray(ids, { minLength: min, maxLength: Math.min(max, ids.length) })
  const source = some(1, 3)
  const point = fc.record({ text: someText, source })
  const nodesAndEdges = <N, E>(node: (id: string) => fc.Arbitrary<N>, edge: (from: string, to: string) => fc.Arbitrary<E>) =>
    fc.uniqueArray(nodeId, { minLength: 1, maxLength: 5 }).chain((nodeIds) =>
      fc.record({
        nodes: fc.tuple(...nodeIds.map(node)),
        edges: fc.array(
          fc.tuple(fc.constantFrom(...nodeIds), fc.constantFrom(...nodeIds)).chain(([from, to]) => edge(from, to)),
          { maxLength: 6 },
        ),
      }),
    )
  const withKind = <T extends object>(kind: string, a: fc.Arbitrary<T>) => a.map((v) => ({ kind, ...v }))
  return fc.oneof(
    withKind('cover', fc.record({ title: someText, subtitle: anyText, notes }, { requiredKeys: ['title'] })),
    withKind('agenda', fc.record({ title: someText, items: fc.array(someText, { maxLength: 4 }), notes }, { requiredKeys: ['title', 'items'] })),
    withKind('section', fc.record({ title: someText, notes }, { requiredKeys: ['title'] })),
    withKind('points', fc.record({ title: someText, points: fc.array(point, { minLength: 1, maxLength: 4 }), notes }, { requiredKeys: ['title', 'points'] })),
    withKind(
      'quotes',
      fc.record(
        {
          title: someText,
          quotes: fc.array(fc.record({ text: someText, speaker: anyText, source }, { requiredKeys: ['text', 'source'] }), { minLength: 1, maxLength: 3 }),
          notes,
        },
        { requiredKeys: ['title', 'quotes'] },
      ),
    ),
    withKind(
      'actors',
      fc
        .tuple(
          fc.record({ title: someText, description: anyText, notes }, { requiredKeys: ['title'] }),
          nodesAndEdges(
            (id) =>
              fc
                .record(
                  { label: someText, type: fc.constantFrom('state', 'organisation', 'person', 'media', 'group'), bloc: anyText },
                  { requiredKeys: ['label'] },
                )
                .map((n) => ({ id, ...n })),
            (from, to) =>
              fc.record({ kind: fc.constantFrom(...RELATION_KINDS), label: anyText, source: some(0, 2) }, { requiredKeys: ['kind', 'source'] }).map((e) => ({ from, to, ...e })),
          ),
        )
        .map(([head, graph]) => ({ ...head, ...graph })),
    ),
    withKind(
      'dynamics',
      fc
        .tuple(
          fc.record({ title: someText, description: anyText, notes }, { requiredKeys: ['title'] }),
          nodesAndEdges(
            (id) => fc.record({ label: someText, source: some(0, 2) }, { requiredKeys: ['label'] }).map((n) => ({ id, ...n })),
            (from, to) => fc.record({ label: anyText, source: some(0, 2) }, { requiredKeys: ['source'] }).map((e) => ({ from, to, ...e })),
          ),
        )
        .map(([head, graph]) => ({ ...head, ...graph })),
    ),
    withKind(
      'timeline',
      fc.record(
        {
          title: someText,
          description: anyText,
          events: fc.array(fc.record({ date, label: anyText, text: someText, source }, { requiredKeys: ['date', 'text', 'source'] }), { minLength: 1, maxLength: 4 }),
          notes,
        },
        { requiredKeys: ['title', 'events'] },
      ),
    ),
    withKind('takeaways', fc.record({ title: someText, points: fc.array(point, { minLength: 1, maxLength: 3 }), notes }, { requiredKeys: ['title', 'points'] })),
    withKind('sources', fc.record({ title: someText, notes }, { requiredKeys: ['title'] })),
  ).map((s) => s as unknown as Outline['slides'][number])
}

/** A whole outline, normalised by the schema (trimmed texts, defaults) as parseOutline would return it. */
export const outlineArbitrary: fc.Arbitrary<Outline> = fc
  .uniqueArray(
    fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 })).map(([p, s]) => `p${p}.s${s}`),
    { minLength: 1, maxLength: 8 },
  )
  .chain((ids) => outlineOver(ids, { title: someText, text: anyText, slide: slideArbitrary, maxCredits: 3, maxSlides: 8 }))
  .map((candidate) => OutlineSchema.parse(candidate))
