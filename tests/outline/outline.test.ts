import { describe, expect, it } from 'vitest'
import { parseOutline, stringifyOutline, formatPath, outlineJsonSchema } from '../../src/outline.ts'
import { sampleOutline } from './fixture.ts'
import { MAX_SLIDES } from '../../src/outline/schema.ts'

const problems = (text: string) =>
  parseOutline(text, 'outline.yaml').diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.message}`)

/** Replaces one line of the sample outline's YAML (found by its text) with another. */
function edit(find: string, replace: string): string {
  const yaml = stringifyOutline(sampleOutline())
  expect(yaml).toContain(find)
  return yaml.replace(find, replace)
}

const lineOf = (text: string, find: string) => text.slice(0, text.indexOf(find)).split('\n').length

describe('outline.yaml', () => {
  it('round-trips: stringify then parse gives the same outline', () => {
    const yaml = stringifyOutline(sampleOutline())
    const parsed = parseOutline(yaml)
    expect(parsed.diagnostics).toEqual([])
    expect(parsed.outline).toEqual(sampleOutline())
    expect(stringifyOutline(parsed.outline!)).toBe(yaml)
  })

  it('is a commented document that says how to rebuild and points editors at the schema', () => {
    const yaml = stringifyOutline(sampleOutline())
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\.\/outline\.schema\.json/)
    expect(yaml).toContain('npm run deck -- --outline outline.yaml')
    expect(yaml).toContain('# ── slide 3 ──')
    expect(yaml).toContain('source: [p1.s2, p2.s1]')
  })

  it('emits a JSON Schema that names every slide kind', () => {
    const schema = outlineJsonSchema()
    for (const kind of ['cover', 'points', 'actors', 'dynamics', 'timeline', 'sources']) expect(schema).toContain(`"${kind}"`)
  })

  it('reports broken YAML with its place', () => {
    const text = edit('  - kind: agenda', '  - kind: agenda\n    title: [unclosed')
    const [p] = problems(text)
    expect(p).toMatch(/YAML syntax error/)
  })

  it('reports an unknown slide kind at its line and column, naming the kinds', () => {
    const text = edit('kind: quotes', 'kind: quiz')
    expect(problems(text)).toEqual([
      `${lineOf(text, 'kind: quiz')}:11 slides[3].kind: unknown slide kind "quiz"; expected one of cover, agenda, section, points, quotes, actors, dynamics, timeline, takeaways, sources`,
    ])
  })

  it('reports a missing title, an unknown sentence id and an edge to a missing node, all at once', () => {
    let text = edit('    title: Background\n', '')
    text = text.replace('source: [p1.s1]\n      - text: Beta', 'source: [p99.s1]\n      - text: Beta')
    text = text.replace('to: beta', 'to: delta')
    const found = parseOutline(text, 'outline.yaml').diagnostics
    // Schema errors come first; reference errors are checked once the shape is right.
    expect(found.map((d) => d.path)).toEqual(['slides[2].title'])
    expect(found[0]!.message).toMatch(/missing; expected string/)
    const fixed = text.replace('  - kind: points\n', '  - kind: points\n    title: Background\n')
    const refs = problems(fixed)
    expect(refs).toEqual([
      `${lineOf(fixed, 'p99.s1')}:18 slides[2].points[0].source[0]: unknown sentence id "p99.s1"; expected one of the ids under \`sentences\` (p1.s1 … p2.s1)`,
      `${lineOf(fixed, 'to: delta')}:13 slides[4].edges[0].to: no node with id "delta"; expected one of alpha, beta, gamma`,
    ])
  })

  it('reports an unexpected key and a bad value', () => {
    const text = edit('kind: alliance', 'kind: friendship').replace('  minutes: 10', '  minutes: 10\n  colour: red')
    const found = problems(text)
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/meta: unexpected key "colour"/)
    expect(found[1]).toMatch(/slides\[4\]\.edges\[0\]\.kind: "friendship" is not allowed; expected one of "alliance"/)
  })

  it('formats paths like the messages', () => {
    expect(formatPath(['slides', 3, 'points', 1, 'source'])).toBe('slides[3].points[1].source')
  })
})

describe('outline limits', () => {
  it('refuses more slides than one deck holds, saying how many and what to do', () => {
    const outline = sampleOutline()
    const extra = Array.from({ length: MAX_SLIDES }, (_, i) => ({ kind: 'section' as const, title: `Part ${i}` }))
    const text = stringifyOutline({ ...outline, slides: [...outline.slides, ...extra] })
    const [p] = problems(text)
    expect(p).toBe(`${lineOf(text, 'slides:') + 2}:3 slides: ${outline.slides.length + MAX_SLIDES} slides; one deck holds at most ${MAX_SLIDES}: cut some, or split the briefing into two decks`)
  })

  it('reports a YAML alias bomb in words instead of crashing', () => {
    const yaml = stringifyOutline(sampleOutline())
    const bomb = ['x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (let i = 1; i < 9; i++) bomb.push(`x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`)
    const text = `${bomb.join('\n')}\n${yaml}`
    const found = parseOutline(text, 'outline.yaml').diagnostics
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toMatch(/aliases \(\*name\) expand too far to read/)
    expect(found[0]!.place).toEqual({ line: 2, column: 10 }) // the first alias: x1: &a1 [*a0
  })
})
