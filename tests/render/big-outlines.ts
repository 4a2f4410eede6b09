/** Diagram slides far past what a slide can show, as a remixed outline may hold them (fit.test.ts, diagrams-browser.test.ts). */
import type { SlideOf } from '../../src/outline/schema.ts'

const WORDS = 'regional security council missile defence trade tariffs economic growth sanctions pressure talks'.split(' ')
const words = (i: number, n: number) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ')

/** An actors slide far past what a slide can show: `n` actors in two blocs, each linked to the next three. */
export function bigActors(n: number): SlideOf<'actors'> {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, label: `Actor ${i} ${words(i, 2)}`, type: 'state' as const, bloc: i % 3 === 0 ? 'Bloc one' : i % 3 === 1 ? 'Bloc two' : undefined }))
  const edges = nodes.flatMap((a, i) =>
    [1, 2, 3].filter((d) => i + d < n).map((d) => ({ from: a.id, to: nodes[i + d]!.id, kind: d === 1 ? ('hostility' as const) : ('cooperation' as const), source: ['p1.s1'] })),
  )
  return { kind: 'actors', title: 'Actors and alignments', nodes, edges }
}

export function bigDynamics(n: number): SlideOf<'dynamics'> {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `f${i}`, label: `Factor ${i}: ${words(i, 5)}` }))
  const edges = nodes.flatMap((a, i) => [1, 2].filter((d) => i + d < n).map((d) => ({ from: a.id, to: nodes[i + d]!.id, label: words(i, 2), source: ['p1.s1'] })))
  // A loop over the last three: its factors never fold.
  edges.push({ from: `f${n - 1}`, to: `f${n - 3}`, label: 'fuels', source: ['p1.s1'] })
  return { kind: 'dynamics', title: 'Dynamics', nodes, edges }
}

export function bigTimeline(n: number): SlideOf<'timeline'> {
  const events = Array.from({ length: n }, (_, i) => ({ date: `${1990 + i}`, text: `Event ${i}: ${words(i, 8)}`, source: ['p1.s1'] }))
  return { kind: 'timeline', title: 'Timeline', events }
}
