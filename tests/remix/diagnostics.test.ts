import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseOutline, stringifyOutline } from '../../src/outline.ts'
import { buildFromArticle } from '../../src/pipeline.ts'
import { sampleOutline } from '../outline/fixture.ts'
import { BUNDLED, columnOf, deck, lineOf, tmp } from './helpers.ts'

/**
 * Every kind of mistake in outline.yaml gives `LINE:COL  path: message`, all of them in one go. These add to
 * tests/outline/outline.test.ts (unknown kind, unknown sentence id, edge to a missing node are located there).
 */

const problems = (text: string) =>
  parseOutline(text, 'outline.yaml').diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.message}`)

const sample = () => stringifyOutline(sampleOutline())
const POINTS = /( {4}points:\n)( {6}- text: Alpha[^\n]*\n {8}source: \[p1\.s1\]\n {6}- text: Beta[^\n]*\n {8}source: [^\n]*\n)/

describe('located messages, one per mistake', () => {
  it('broken YAML: an unclosed bracket is shown where it opens, once', () => {
    const text = sample().replace('    title: Agenda', '    title: [Agenda')
    expect(problems(text)).toEqual([
      `${lineOf(text, '[Agenda')}:${columnOf(text, '[Agenda')} YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ])
  })

  it('broken YAML: an unclosed quote is shown where it opens, not at the end of the file', () => {
    const text = sample().replace('    title: Agenda', '    title: "Agenda')
    expect(problems(text)).toEqual([`${lineOf(text, '"Agenda')}:${columnOf(text, '"Agenda')} YAML syntax error: Missing closing "quote`])
  })

  it('missing title: at the slide that lacks it', () => {
    const text = sample().replace('    title: Background\n', '')
    expect(problems(text)).toEqual([`${lineOf(text, '  - kind: points')}:5 slides[2].title: missing; expected string`])
  })

  it('missing kind: at the slide, naming the kinds', () => {
    const text = sample().replace('  - kind: agenda\n    title: Agenda', '  - title: Agenda')
    expect(problems(text)).toEqual([
      `${lineOf(text, '  - title: Agenda')}:5 slides[1].kind: missing; expected one of cover, agenda, section, points, quotes, actors, dynamics, timeline, takeaways, sources`,
    ])
  })

  it('wrong type: points given as a text instead of a list', () => {
    const text = sample().replace(POINTS, '    points: Alpha condemned the test.\n')
    expect(text).toContain('    points: Alpha condemned the test.\n')
    expect(problems(text)).toEqual([
      `${lineOf(text, 'points: Alpha')}:${columnOf(text, 'Alpha condemned the test.\n')} slides[2].points: expected a list, not "Alpha condemned the test."`,
    ])
  })

  it('wrong type: minutes as words, and an empty list where one item is needed', () => {
    const text = sample().replace('  minutes: 10', '  minutes: ten').replace(/( {4}quotes:\n)( {6}- [\s\S]*?)(?= {2}# ── slide 5)/, '    quotes: []\n')
    expect(problems(text)).toEqual([
      `${lineOf(text, 'minutes: ten')}:12 meta.minutes: expected a number, not "ten"`,
      `${lineOf(text, 'quotes: []')}:13 slides[3].quotes: needs at least 1 item`,
    ])
  })

  it('duplicate node id: at the second one', () => {
    const text = sample().replace('      - id: gamma\n        label: Gamma', '      - id: beta\n        label: Gamma').replace('from: gamma', 'from: beta')
    const second = text.indexOf('- id: beta', text.indexOf('- id: beta') + 1)
    expect(problems(text)).toEqual([
      `${lineOf(text, '- id: beta', second)}:${columnOf(text, 'beta', second)} slides[4].nodes[2].id: duplicate node id "beta"`,
    ])
  })

  it('an empty file', () => {
    expect(problems('')).toEqual(['1:1 the outline is empty; expected `version`, `meta`, `slides` and `sentences`'])
  })
})

describe('all mistakes at once, in file order', () => {
  it('every shape mistake', () => {
    const text = sample()
      .replace('  minutes: 10', '  minutes: ten')
      .replace('  - kind: agenda', '  - kind: quiz')
      .replace('    title: Background\n', '')
      .replace(POINTS, '    points: Alpha condemned the test.\n')
    expect(problems(text).map((p) => p.replace(/;.*|: (expected|missing).*/, ''))).toEqual([
      `${lineOf(text, 'minutes: ten')}:12 meta.minutes`,
      `${lineOf(text, 'kind: quiz')}:11 slides[1].kind: unknown slide kind "quiz"`,
      `${lineOf(text, '  - kind: points')}:5 slides[2].title`,
      `${lineOf(text, 'points: Alpha')}:13 slides[2].points`,
    ])
  })

  it('every reference mistake (checked once the shape is right)', () => {
    const text = sample()
      .replace('source: [p1.s1]\n      - text: Beta', 'source: [p9.s9]\n      - text: Beta')
      .replace('      - id: gamma', '      - id: alpha')
      .replace('to: beta', 'to: delta')
    expect(problems(text)).toEqual([
      `${lineOf(text, 'p9.s9')}:18 slides[2].points[0].source[0]: unknown sentence id "p9.s9"; expected one of the ids under \`sentences\` (p1.s1 … p2.s1)`,
      `${lineOf(text, '- id: alpha', text.indexOf('- id: beta'))}:13 slides[4].nodes[2].id: duplicate node id "alpha"`,
      `${lineOf(text, 'to: delta')}:13 slides[4].edges[0].to: no node with id "delta"; expected one of alpha, beta`,
      `${lineOf(text, 'from: gamma')}:15 slides[4].edges[1].from: no node with id "gamma"; expected one of alpha, beta`,
    ])
  })
})

describe('npm run deck -- --outline with mistakes', () => {
  /** Everything in a folder, with contents and times, to show that nothing changed. */
  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((f) => (statSync(join(dir, f)).isFile() ? `${f} ${statSync(join(dir, f)).mtimeMs} ${readFileSync(join(dir, f)).length}` : f))

  it('prints each at its place, a count, no stack trace; exits 1 and writes nothing', () => {
    const dir = tmp()
    const built = buildFromArticle(readFileSync(BUNDLED), { name: BUNDLED })
    writeFileSync(join(dir, 'slides.md'), built.slides)
    const text = built.outlineYaml
      .replace('  - kind: agenda', '  - kind: quiz')
      .replace(/ {2}minutes: \d+/, '  minutes: "fifteen"')
      .replace(/( {2}- kind: points\n) {4}title: [^\n]*\n/, '$1')
    writeFileSync(join(dir, 'outline.yaml'), text)
    const before = snapshot(dir)
    const r = deck(['--outline', 'outline.yaml', '--out-dir', '.', '--no-pdf'], { cwd: dir })
    expect(r.code).toBe(1)
    const points = text.indexOf('  - kind: points\n')
    const first = built.outline.slides.findIndex((s) => s.kind === 'points')
    expect(r.stderr.trim().split('\n')).toEqual([
      `outline.yaml:${lineOf(text, 'minutes: "fifteen"')}:12  meta.minutes: expected a number, not "fifteen"`,
      `outline.yaml:${lineOf(text, 'kind: quiz')}:11  slides[1].kind: unknown slide kind "quiz"; expected one of cover, agenda, section, points, quotes, actors, dynamics, timeline, takeaways, sources`,
      `outline.yaml:${lineOf(text, '  - kind: points', points)}:5  slides[${first}].title: missing; expected string`,
      '',
      '3 problems in the outline; nothing was written.',
    ])
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/)
    expect(snapshot(dir)).toEqual(before)
  })
})
