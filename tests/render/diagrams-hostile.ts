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

export function hostileSlides(): (SlideOf<'actors'> | SlideOf<'dynamics'> | SlideOf<'timeline'>)[] {
  const ids = HOSTILE.map((_, i) => `x${i}`)
  return [
    {
      kind: 'actors',
      title: HOSTILE[2]!,
      description: HOSTILE.join(' '),
      nodes: HOSTILE.map((label, i) => ({ id: ids[i]!, label, type: 'state', bloc: i < 6 ? HOSTILE[i + 3]! : undefined })),
      edges: ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id, kind: 'hostility', label: HOSTILE[i]!, source: ['p1.s1'] })),
    },
    {
      kind: 'dynamics',
      title: HOSTILE[9]!,
      description: HOSTILE[10]!,
      nodes: HOSTILE.map((label, i) => ({ id: ids[i]!, label })),
      edges: [...ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id, label: HOSTILE[i]!, source: ['p1.s1'] })), { from: ids.at(-1)!, to: ids[0]!, label: HOSTILE[3]!, source: ['p1.s1'] }],
    },
    {
      kind: 'timeline',
      title: HOSTILE[4]!,
      description: HOSTILE[1]!,
      events: HOSTILE.map((text, i) => ({ date: `20${String(10 + (i % 3)).padStart(2, '0')}`, label: i % 2 ? `${i} Jan: ${HOSTILE[i]}` : undefined, text, source: ['p1.s1'] })),
    },
  ]
}
