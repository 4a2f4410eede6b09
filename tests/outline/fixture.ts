import type { Outline } from '../../src/outline.ts'

/** A small hand-written outline with one slide of every kind, for tests that must not depend on analysis. */
export function sampleOutline(): Outline {
  return {
    version: 1,
    meta: { title: 'A sample briefing', author: 'A. Writer', publisher: 'Example Press', credits: ['Image: someone'], minutes: 10 },
    slides: [
      { kind: 'cover', title: 'A sample briefing', subtitle: 'A 10-minute briefing', notes: ['Welcome.'] },
      { kind: 'agenda', title: 'Agenda', items: ['Background', 'Who stands where'] },
      {
        kind: 'points',
        title: 'Background',
        points: [
          { text: 'Alpha condemned the test.', source: ['p1.s1'] },
          { text: 'Beta and Gamma agreed to share intelligence.', source: ['p1.s2', 'p2.s1'] },
        ],
        notes: ['Two points.'],
      },
      { kind: 'quotes', title: 'In their words', quotes: [{ text: 'Just what we do not need', speaker: 'An Analyst', source: ['p2.s1'] }] },
      {
        kind: 'actors',
        title: 'Who stands where',
        nodes: [
          { id: 'alpha', label: 'Alpha', type: 'state', bloc: 'west' },
          { id: 'beta', label: 'Beta', type: 'state', bloc: 'west' },
          { id: 'gamma', label: 'Gamma', type: 'state' },
        ],
        edges: [
          { from: 'alpha', to: 'beta', kind: 'alliance', source: ['p1.s2'] },
          { from: 'gamma', to: 'alpha', kind: 'hostility', source: ['p1.s1'] },
        ],
      },
      {
        kind: 'dynamics',
        title: 'What drives what',
        nodes: [
          { id: 'test', label: 'A weapons test' },
          { id: 'buildup', label: 'Allied build-up' },
        ],
        edges: [
          { from: 'test', to: 'buildup', label: 'justifies', source: ['p1.s1'] },
          { from: 'buildup', to: 'test', label: 'provokes', source: ['p2.s1'] },
        ],
      },
      { kind: 'timeline', title: 'Timeline', events: [{ date: '2016-01-06', label: '6 Jan 2016', text: 'A test', source: ['p1.s1'] }] },
      { kind: 'takeaways', title: 'Takeaways', points: [{ text: 'It matters.', source: ['p2.s1'] }] },
      { kind: 'sources', title: 'Sources and credits' },
    ],
    sentences: {
      'p1.s1': 'Alpha swiftly condemned the test.',
      'p1.s2': 'Beta and Gamma agreed to share intelligence.',
      'p2.s1': 'An analyst tweeted, “Just what we do not need.”',
    },
  }
}
