import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { KIND_STYLES } from '../../src/render/diagrams/styles.ts'
import type { Outline, Slide, SlideOf } from '../../src/outline.ts'
import { buildFromArticle, buildFromOutline, writeSlides } from '../../src/pipeline.ts'
import { BUNDLED } from './helpers.ts'

/**
 * The README's worked example, done to outline.yaml as a user does it (moving, cutting and changing lines of
 * text), then rendered: slides.md must show exactly the remix, checked with Slidev's own parser.
 */

const drafted = buildFromArticle(readFileSync(BUNDLED), { name: BUNDLED })

/** outline.yaml cut into its head, one block of text per slide (from its `# ── slide N ──` comment), and its tail. */
function cut(yaml: string) {
  const start = yaml.indexOf('  # ── slide 1 ──')
  const end = yaml.indexOf('\nsentences:') + 1
  const blocks = yaml.slice(start, end).split(/(?=^ {2}# ── slide \d+ ──$)/m)
  return { head: yaml.slice(0, start), blocks, tail: yaml.slice(end) }
}

const indexOfKind = (slides: Slide[], kind: Slide['kind']) => {
  const i = slides.findIndex((s) => s.kind === kind)
  if (i < 0) throw new Error(`the bundled deck has no ${kind} slide`)
  return i
}

/** The mermaid code of a rendered slide. */
const mermaidOf = (content: string) => /```mermaid[^\n]*\n([\s\S]*?)\n```/.exec(content)?.[1] ?? ''
const edgeLines = (code: string) => code.split('\n').filter((l) => /^ {2}n\d+ (-->|---|==>|-.->)/.test(l))

describe('a remixed outline renders exactly the remix', () => {
  const outline = drafted.outline
  const actorsAt = indexOfKind(outline.slides, 'actors')
  const timelineAt = indexOfKind(outline.slides, 'timeline')
  const quotesAt = indexOfKind(outline.slides, 'quotes')
  const pointsAt = indexOfKind(outline.slides, 'points')
  const actors = outline.slides[actorsAt] as SlideOf<'actors'>
  // An edge whose line in the diagram is unique, so its absence can be seen.
  const edgeLine = (e: SlideOf<'actors'>['edges'][number]) => {
    const at = (id: string) => `n${actors.nodes.findIndex((n) => n.id === id)}`
    const style = KIND_STYLES[e.kind]
    // An edge carries a word only when the outline gives it a label: the legend names the kinds.
    return `  ${at(e.from)} ${style.directed ? '-->' : '---'}${e.label ? `|"${e.label}"|` : ''} ${at(e.to)}`
  }
  const removed = actors.edges.findIndex((e, _, all) => all.filter((x) => edgeLine(x) === edgeLine(e)).length === 1)
  const reworded = 'A point in my own words, still from its source.'
  const retitled = 'The essentials, remixed'

  // ── what the user does, in outline.yaml ──
  const { head, blocks, tail } = cut(drafted.outlineYaml)
  expect(blocks).toHaveLength(outline.slides.length)
  const edited = [...blocks]
  edited[pointsAt] = edited[pointsAt]!
    .replace(/^ {4}title: .*$/m, `    title: ${retitled}`)
    .replace(/^ {6}- text: .*$/m, `      - text: ${reworded}`)
  // Delete one edge: its `- from:` item, up to the next item or the end of the list.
  const edgesAt = edited[actorsAt]!.indexOf('    edges:\n')
  const items = [...edited[actorsAt]!.slice(edgesAt).matchAll(/^ {6}- from: [\s\S]*?(?=^ {6}- |^ {4}\S|(?![\s\S]))/gm)]
  expect(items).toHaveLength(actors.edges.length)
  const item = items[removed]!
  edited[actorsAt] = edited[actorsAt]!.slice(0, edgesAt + item.index) + edited[actorsAt]!.slice(edgesAt + item.index + item[0].length)
  // Move the timeline above the actors slide; cut the quotes.
  const order = outline.slides.map((_, i) => i).filter((i) => i !== timelineAt && i !== quotesAt)
  order.splice(order.indexOf(actorsAt), 0, timelineAt)
  const remixedYaml = head + order.map((i) => edited[i]).join('') + tail

  // ── what that should mean ──
  const expected: Outline = structuredClone(outline)
  const points = expected.slides[pointsAt] as SlideOf<'points'>
  points.title = retitled
  points.points[0]!.text = reworded
  ;(expected.slides[actorsAt] as SlideOf<'actors'>).edges.splice(removed, 1)
  expected.slides = order.map((i) => expected.slides[i]!)

  const build = buildFromOutline(remixedYaml, 'outline.yaml')
  if ('diagnostics' in build) throw new Error(build.diagnostics.map((d) => d.message).join('\n'))
  const deck = parseSync(build.slides, 'slides.md').slides

  it('reads back as the remixed outline and renders it byte for byte', () => {
    expect(build.outline).toEqual(expected)
    expect(build.slides).toBe(writeSlides(expected))
  })

  it('has the slides in the new order, with the new title, without the cut slide', () => {
    expect(deck.map((s) => s.title)).toEqual(expected.slides.map((s) => s.title))
    expect(deck).toHaveLength(outline.slides.length - 1)
    expect(deck.map((s) => s.frontmatter.class)).not.toContain('kind-quotes')
    const kinds = deck.map((s) => String(s.frontmatter.class))
    expect(kinds.indexOf('kind-timeline')).toBe(kinds.indexOf('kind-actors') - 1)
    expect(deck.find((s) => s.title === retitled)?.frontmatter.class).toBe('kind-points')
  })

  it('shows the reworded point, and its source still, on its slide instead of the old wording', () => {
    const slide = deck.find((s) => s.title === retitled)!
    expect(slide.content).toContain(reworded)
    const old = (outline.slides[pointsAt] as SlideOf<'points'>).points[0]!
    expect(slide.content).toContain(`ids="${old.source.join(' ')}"`)
    expect(slide.content).not.toContain(old.text.slice(0, 40))
    // The notes still quote the article sentence behind it.
    expect(slide.note).toContain(outline.sentences[old.source[0]!]!.slice(0, 40))
  })

  it('drops the removed edge from the Mermaid code, and only that edge', () => {
    const before = mermaidOf(parseSync(drafted.slides, 'slides.md').slides[actorsAt]!.content)
    const after = mermaidOf(deck.find((s) => s.frontmatter.class === 'kind-actors')!.content)
    const line = edgeLine(actors.edges[removed]!)
    expect(edgeLines(before)).toContain(line)
    expect(edgeLines(after)).not.toContain(line)
    expect(edgeLines(after)).toEqual(edgeLines(before).filter((l) => l !== line))
    expect(after.match(/linkStyle \d+/g)).toHaveLength(actors.edges.length - 1)
  })

  it('gives the line of each finding the report lists, and of any other path asked for later (the overflow report)', () => {
    const build = buildFromOutline(remixedYaml, 'outline.yaml')
    if ('diagnostics' in build) throw new Error('the remix reads')
    const lines = remixedYaml.split('\n')
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1
    // The retitled slide's title is the user's wording: a finding the report lists, at its line.
    const titled = build.outline.slides.findIndex((s) => 'title' in s && s.title === retitled)
    const path = `slides[${titled}].title`
    expect(build.findings.map((f) => f.path)).toContain(path)
    expect(build.locate([path]).get(path)?.line).toBe(lineOf(`title: ${retitled}`))
    // A path no finding names (an overflowing slide, found when the deck is drawn) is placed too.
    const other = `slides[${build.outline.slides.length - 1}].title`
    const last = build.outline.slides.at(-1)!
    expect(build.locate([other]).get(other)?.line).toBe(lineOf(`title: ${'title' in last ? last.title : ''}`))
  })
})
