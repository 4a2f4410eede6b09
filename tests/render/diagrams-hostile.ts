import type { SlideOf } from '../../src/outline/schema.ts'

/** Labels that would break or hijack a Mermaid diagram, or the page, if they were not escaped. */
export const HOSTILE = [
  'He said "no" and [left] (quickly) {now}',
  'a | b ; c ;; d',
  '%%{init: {"theme": "dark"}}%%',
  'A --> B -.-> C ==> D',
  'click n0 call alert(1)',
  'classDef evil fill:#f00',
  'style n0 fill:#f00',
  'end',
  'subgraph x',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{ 1 + 1 }} and `code` and #35; and &amp; and \\ backslash',
  'line one\nline two\r\n---\n```',
]

/** Labels per diagram: few enough that every one is drawn (none folds), so every one is checked as text. */
const PER_SLIDE = 5

type Hostile = SlideOf<'actors'> | SlideOf<'dynamics'> | SlideOf<'timeline'>

/** Every hostile label in every diagram kind, as node labels, bloc names, edge labels and event texts. */
export function hostileSlides(): Hostile[] {
  const chunks: { labels: string[]; offset: number }[] = []
  for (let i = 0; i < HOSTILE.length; i += PER_SLIDE) chunks.push({ labels: HOSTILE.slice(i, i + PER_SLIDE), offset: i })
  return chunks.flatMap(({ labels, offset }) => {
    const ids = labels.map((_, i) => `x${offset + i}`)
    const other = (i: number) => HOSTILE[(offset + i + 3) % HOSTILE.length]!
    return [
      {
        kind: 'actors',
        title: HOSTILE[2]!,
        description: HOSTILE.join(' '),
        nodes: labels.map((label, i) => ({ id: ids[i]!, label, type: 'state', bloc: i < 3 ? other(i) : undefined })),
        // A star, not a chain: a chain of five labelled edges is too long to draw at 14 px, and would fold.
        edges: ids.slice(1).map((id, i) => ({ from: ids[0]!, to: id, kind: 'hostility', label: labels[i]!, source: ['p1.s1'] })),
      },
      {
        kind: 'dynamics',
        title: HOSTILE[9]!,
        description: HOSTILE[10]!,
        nodes: labels.map((label, i) => ({ id: ids[i]!, label })),
        edges: [
          ...ids.slice(1).map((id, i) => ({ from: ids[0]!, to: id, label: labels[i]!, source: ['p1.s1'] })),
          // A feedback loop, so the loop's styles are escaped too.
          { from: ids[1]!, to: ids[0]!, label: other(0), source: ['p1.s1'] },
        ],
      },
      {
        kind: 'timeline',
        title: HOSTILE[4]!,
        description: HOSTILE[1]!,
        events: labels.map((text, i) => ({
          date: `20${String(10 + ((offset + i) % 3)).padStart(2, '0')}`,
          label: (offset + i) % 2 ? `${offset + i} Jan: ${HOSTILE[offset + i]}` : undefined,
          text,
          source: ['p1.s1'],
        })),
      },
    ] satisfies Hostile[]
  })
}
