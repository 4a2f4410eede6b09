/**
 * Property tests: outlines full of hostile text (Vue, HTML, Markdown, Slidev, Mermaid and YAML syntax, control and
 * invisible characters, line breaks, non-Latin scripts, very long words) render to a slides.md in which that text
 * is only text. Checked with Slidev's own parser, and with a model of what Slidev does next (slidev-model.ts):
 * the Markdown → Vue template of each slide, the notes' HTML, the title renderer and the info dialog.
 */
import { parseSync } from '@slidev/parser'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { parseOutline, stringifyOutline, OutlineSchema, type Outline, type Slide } from '../../src/outline.ts'
import { writeOutline, writeSlides } from '../../src/pipeline.ts'
import { renderDeck, shownCredits } from '../../src/render/index.ts'
import { plainText } from '../../src/render/escape.ts'
import { slideEvidence } from '../../src/outline/evidence.ts'
import { norm, outlineArb, withoutControls } from './arbitraries.ts'
import { bodyHtml, documentTitle, infoHtml, inspectHtml, inspectTemplate, noteHtml, RE_CLICK_MARKER, RE_SLOT_MARKER, titleRendererHtml } from './slidev-model.ts'
import { PROPERTY_SEED } from '../helpers.ts'

const RUNS = Number(process.env.HOSTILE_RUNS ?? 300)
const counts: Record<string, number> = {}
const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1)
afterAll(() => {
  // The number of generated cases each property saw (fast-check also shrinks failures, not counted here).
  console.log(`hostile render properties: ${JSON.stringify(counts)}`)
})

/**
 * The same outline with every text replaced by a harmless one (blank text stays as it is, any other becomes "x",
 * distinct blocs stay distinct): its slides.md has exactly the renderer's own structure. A hostile deck must have the same
 * slides, frontmatter keys, elements, attributes and `<` count as its twin: anything more came from the text.
 */
const NOT_TEXT = new Set(['kind', 'id', 'from', 'to', 'source', 'type', 'version', 'minutes'])
function twin(outline: Outline): Outline {
  const blocs = new Map<string, string>()
  // Texts a slide shows once when they read the same (a point that repeats its title) stay alike in the twin.
  const texts = new Map<string, string>()
  const alike = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.;:!]$/, '')
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      if ((key && NOT_TEXT.has(key)) || (key === 'date' && /^\d{4}(-\d\d){0,2}$/.test(value))) return value
      if (key === 'bloc') return blocs.get(value) ?? (blocs.set(value, `bloc${blocs.size}`), `bloc${blocs.size - 1}`)
      if (norm(value) === '') return value // blank text renders as nothing, like no text
      // (A credit keeps its length: the sources slide shows the credits that fit it.)
      if (key === 'credits') return 'x'.repeat(value.length)
      return texts.get(alike(value)) ?? (texts.set(alike(value), `x${texts.size}`), `x${texts.size - 1}`)
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key))
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
    return value
  }
  return walk(outline) as Outline
}

/** Headmatter values that carry article text; every other key must be as in the twin. */
const TEXT_HEADMATTER = new Set(['title', 'author', 'info'])
const RE_MERMAID_FENCE = /^```mermaid \{[^\n]*\}\n[\s\S]*?\n```$/gm
/** The line under a diagram that had to leave nodes or events out (render/diagrams/fit.ts moreNote). */
const RE_DIAGRAM_NOTE = /^<div class="diagram-more">\n\n([^\n]*)\n\n<\/div>$/gm
const countOf = (text: string, char: string) => text.split(char).length - 1

/** What a reader must find on the slide, as text. */
function expectedTexts(slide: Slide, outline: Outline): string[] {
  const m = outline.meta
  switch (slide.kind) {
    case 'cover':
      return [slide.title, slide.subtitle ?? '', m.author ?? '', m.publisher ?? '']
    case 'agenda':
      return [slide.title, ...slide.items]
    case 'points':
      // (a point that repeats the title is not shown twice)
      return [slide.title, ...slideEvidence(slide).points.map((p) => p.text)]
    case 'takeaways':
      return [slide.title, ...slide.points.map((p) => p.text)]
    case 'quotes':
      return [slide.title, ...slide.quotes.flatMap((q) => [q.text, q.speaker ?? ''])]
    case 'sources':
      return [slide.title, m.title, m.author ?? '', m.byline ?? '', m.publisher ?? '', m.date ?? '', m.licence ?? '', m.url ?? '', ...shownCredits(m.credits).shown]
    default:
      return [slide.title]
  }
}

function checkDeck(outline: Outline): void {
  const md = writeSlides(outline)
  const slides = parseSync(md, 'slides.md').slides
  const benign = twin(outline)
  const own = parseSync(writeSlides(benign), 'slides.md').slides
  expect(slides.map((s) => s.index)).toEqual(outline.slides.map((_, i) => i))
  expect(own).toHaveLength(outline.slides.length)

  outline.slides.forEach((slide, i) => {
    const parsed = slides[i]!
    const where = `slide ${i + 1} (${slide.kind})`

    // frontmatter: exactly what the renderer sets (the keys and values of the twin; text only where text goes)
    if (i === 0) {
      expect(Object.keys(parsed.frontmatter).sort(), where).toEqual(Object.keys(own[0]!.frontmatter).sort())
      for (const [k, v] of Object.entries(own[0]!.frontmatter)) if (!TEXT_HEADMATTER.has(k)) expect(parsed.frontmatter[k], `${where} ${k}`).toEqual(v)
      const deckTitle = String(parsed.frontmatter.title)
      // As seen: the zero-width space that splits `{{` is invisible, and so is one the title had.
      expect(asSeen(plainText(deckTitle)), `${where} deck title`).toBe(asSeen(outline.meta.title))
      expect(visible(documentTitle(deckTitle)), `${where} document.title`).toBe(visible(outline.meta.title))
      expect(asSeen(plainText(String(parsed.frontmatter.author)))).toBe(asSeen(outline.meta.author ?? ''))
      // the info dialog shows `info` as HTML
      const info = inspectHtml(infoHtml(String(parsed.frontmatter.info)))
      expect(info.elements, `${where} info dialog`).toEqual(inspectHtml(infoHtml(String(own[0]!.frontmatter.info))).elements)
      expect(visible(info.text), `${where} info dialog`).toContain(visible(outline.meta.title))
    } else {
      // A slide's own title in its frontmatter (beside a heading that carries a source marker) is text.
      const { title, ...rest } = parsed.frontmatter
      const { title: ownTitle, ...ownRest } = own[i]!.frontmatter
      expect(rest, where).toEqual(ownRest)
      expect(title === undefined, `${where} frontmatter title`).toBe(ownTitle === undefined)
      if (title !== undefined) expect(norm(plainText(String(title))), `${where} frontmatter title`).toBe(norm(slide.title))
    }

    // the title comes back as the outline's title, one-lined
    // (a title of nothing but control characters, which are dropped, leaves an empty heading)
    const heading = /^(#{1,2})(?: (.*))?$/m.exec(parsed.content.replace(RE_MERMAID_FENCE, ''))
    expect(heading, `${where} heading`).not.toBeNull()
    // (after it, the renderer's own source marker of a point the title repeats)
    expect(norm(plainText((heading![2] ?? '').replace(/ <SourceRef ids="[^"]*" \/>$/, ''))), `${where} title`).toBe(norm(slide.title))
    if (i > 0) expect(norm(plainText(parsed.title ?? '')), `${where} parsed title`).toBe(norm(slide.title))
    // Slidev's title renderer (Toc, go-to dialog) compiles every slide's title as Markdown in a Vue template
    const titled = inspectTemplate(titleRendererHtml(i + 1, parsed.title ?? ''))
    expect(titled.errors, `${where} title renderer`).toEqual([])
    expect(titled.interpolations, `${where} title renderer`).toEqual([])
    expect(titled.elements.filter((e) => e !== 'template' && e !== 'p'), `${where} title renderer`).toEqual([])
    // (a deck title of nothing visible, once control characters are dropped, gives way to the first slide's own)
    const titleGone = withoutControls(outline.meta.title).trim() === ''
    const shownTitle = i === 0 && !titleGone ? visible(outline.meta.title) : visible(slide.title)
    expect(visible(titled.text), `${where} title renderer`).toBe(shownTitle)

    // the body: the twin's diagram fences, no `{{`, no script, and not one `<` more than the renderer's own markup
    const fences = parsed.content.match(RE_MERMAID_FENCE) ?? []
    expect(fences.length, `${where} mermaid fences`).toBe((own[i]!.content.match(RE_MERMAID_FENCE) ?? []).length)
    // A diagram too big to read whole says what it left out in a line of its own, which the twin's short labels
    // may not need: checked apart (text only), then set aside.
    for (const note of parsed.content.match(RE_DIAGRAM_NOTE) ?? []) {
      const inside = note.replace(RE_DIAGRAM_NOTE, '$1').replaceAll('{<!---->', '{')
      expect(countOf(inside, '<'), `${where}: a < in the diagram's note`).toBe(0)
      const noteTemplate = inspectTemplate(bodyHtml(note))
      expect(noteTemplate.errors.concat(noteTemplate.interpolations), `${where}: the diagram's note`).toEqual([])
      expect(noteTemplate.elements, `${where}: the diagram's note`).toEqual(['div', 'p'])
    }
    const body = parsed.content.replace(RE_MERMAID_FENCE, '').replace(RE_DIAGRAM_NOTE, '')
    const ownBody = own[i]!.content.replace(RE_MERMAID_FENCE, '').replace(RE_DIAGRAM_NOTE, '')
    expect(body, where).not.toMatch(/\{\{|<script|<style|<iframe/i)
    // (`{<!---->{` is mdText's own: the empty comment that keeps `{{` from opening an interpolation)
    expect(countOf(body.replaceAll('{<!---->', '{'), '<'), `${where}: a < beyond the renderer's own markup`).toBe(countOf(ownBody, '<'))
    expect(body, `${where}: slot sugar`).not.toMatch(RE_SLOT_MARKER)
    expect(body.split('\n').filter((l) => /^```|^~~~/.test(l)), `${where}: fences`).toEqual([])

    // compiled the way Slidev compiles it: the twin's elements and attributes, no interpolation, the text as text
    const template = inspectTemplate(bodyHtml(body))
    const ownTemplate = inspectTemplate(bodyHtml(ownBody))
    expect(template.errors, `${where}: Vue template errors`).toEqual([])
    expect(template.interpolations, `${where}: Vue interpolations`).toEqual([])
    expect(template.elements, `${where}: elements`).toEqual(ownTemplate.elements)
    expect(template.attributes, `${where}: attributes`).toEqual(ownTemplate.attributes)
    expect(template.elements.filter((e) => ['a', 'script', 'style', 'iframe', 'em', 'del', 's', 'code', 'table'].includes(e)), where).toEqual([])
    const seen = typographic(template.text)
    for (const text of expectedTexts(slide, outline)) expect(seen, `${where}: text`).toContain(typographic(text))

    // the notes: all there (the timing cue is last), no comment end, no click marker, rendered as text
    const note = parsed.note ?? ''
    expect(note, `${where} notes`).toMatch(/Timing: ≈[\d:]+, at [\d:]+ of [\d:]+$/)
    expect(note, `${where} notes`).not.toContain('-->')
    expect(note, `${where} notes`).not.toMatch(RE_CLICK_MARKER)
    const html = inspectHtml(noteHtml(note))
    const ownHtml = inspectHtml(noteHtml(own[i]!.note ?? ''))
    expect(html.elements, `${where}: note elements`).toEqual(ownHtml.elements)
    expect(html.attributes, `${where}: note attributes`).toEqual(ownHtml.attributes)
    const noteText = typographic(html.text)
    for (const n of slide.notes ?? []) expect(noteText, `${where}: note`).toContain(typographic(n))
    for (const id of new Set(sourcesOf(slide))) expect(noteText, `${where}: quoted sentence ${id}`).toContain(typographic(outline.sentences[id] ?? ''))
  })
}

/**
 * Slidev's typographer turns a lone apostrophe into ’ (markdown-it's smartquotes, whatever the `quotes` option),
 * and Markdown turns NUL into U+FFFD: the changes to article text we accept, as typesetting rather than loss.
 */
const typographic = (s: string) => norm(s).replace(/\u2019/g, "'").replace(/\0/g, '\uFFFD')
/** A text as a reader sees it: whitespace-insensitive, without zero-width spaces. */
const asSeen = (s: string) => norm(s.replace(/\u200B/g, ''))

/** The same, also ignoring the zero-width space that splits `{{` in frontmatter values. */
const visible = (s: string) => typographic(s.replace(/\u200B/g, ''))

function sourcesOf(slide: Slide): string[] {
  return [
    ...('points' in slide ? slide.points.flatMap((p) => p.source) : []),
    ...('quotes' in slide ? slide.quotes.flatMap((q) => q.source) : []),
    ...('events' in slide ? slide.events.flatMap((e) => e.source) : []),
    ...('edges' in slide ? slide.edges.flatMap((e) => e.source) : []),
  ]
}

describe('hostile text in an outline renders as text', () => {
  it('one slide per outline slide, frontmatter as written, titles and text back as text, notes intact', () => {
    fc.assert(
      fc.property(outlineArb, (outline) => {
        count('deck')
        checkDeck(outline)
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    )
  })

  it('the outline survives stringify → parse, and renders the same slides.md from either', () => {
    fc.assert(
      fc.property(outlineArb, (outline) => {
        count('round trip')
        const normal = OutlineSchema.parse(outline)
        const text = writeOutline(outline)
        const back = parseOutline(text)
        expect(back.diagnostics.map((d) => d.message)).toEqual([])
        expect(back.outline).toEqual(normal)
        expect(renderDeck(back.outline!)).toBe(renderDeck(normal))
        expect(parseOutline(stringifyOutline(back.outline!)).outline).toEqual(normal)
      }),
      { numRuns: RUNS, seed: PROPERTY_SEED },
    )
  })
})
