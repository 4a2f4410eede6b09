/**
 * Shared by the test files: the fixture articles, a probe that runs inside Slidev's print page, and the
 * generator of whole outlines that the property tests fill with their own text.
 */
import fc from 'fast-check'
import type { Outline, Slide } from '../src/outline/schema.ts'

/** The bundled article and the real fixture articles (see tests/fixtures/articles/*.ATTRIBUTION.md). */
export const FIXTURE_ARTICLES = [
  'articles/north-korea-no-strategic-reprieve.txt',
  'tests/fixtures/articles/security-analysis.txt',
  'tests/fixtures/articles/trade-diplomacy.md',
  'tests/fixtures/articles/non-geopolitics.txt',
  'tests/fixtures/articles/html-article.html',
]

/** What sticks out of each slide's canvas, measured in the print page: the exporter's own probe. */
export { measureOverflow } from '../src/export/browser-probes.ts'


/** What a diagram on the print page measures, in pixels of the 980-pixel-wide slide canvas. */
export interface DiagramMeasure {
  slide: number
  /** The smallest and the median font size of the diagram's text as drawn (font size × the SVG's scale). */
  minText: number
  medianText: number
  /** How many text elements were measured. */
  texts: number
  /** The drawing's box on the canvas, and the room under the slide's title (to the slide's bottom padding). */
  width: number
  height: number
  roomWidth: number
  roomHeight: number
  /** Parts of the drawing past the slide's edges or the slide layout's box, in canvas pixels. */
  overflow: string[]
  /** A few of the smallest texts, for the failure message. */
  smallest: string[]
}

/**
 * Runs inside the print page (Playwright serialises it): for every Mermaid diagram, the size of its drawn text
 * on the slide canvas. Slidev draws each diagram in a shadow root and scales its SVG; a text's drawn size is its
 * computed font size times the scale from SVG user units to the page (getScreenCTM), divided by the canvas's own
 * scale on the page (the slide container's width over the canvas width).
 */
export function measureDiagrams(canvasWidth: number) {
  const out: DiagramMeasure[] = []
  Array.from(document.querySelectorAll('.print-slide-container')).forEach((container, i) => {
    const slideBox = container.getBoundingClientRect()
    const canvas = slideBox.width / canvasWidth
    const layout = container.querySelector('.slidev-layout') as HTMLElement | null
    const title = container.querySelector('.slidev-layout h2') as HTMLElement | null
    for (const host of Array.from(container.querySelectorAll('.mermaid'))) {
      const svg = host.shadowRoot?.querySelector('svg')
      if (!svg) continue
      const sizes: { px: number; text: string }[] = []
      const candidates = Array.from(svg.querySelectorAll('text, tspan, foreignObject *')) as Element[]
      for (const el of candidates) {
        const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim()
        if (!own) continue
        const rect = el.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0) continue
        const anchor = el.closest('text, foreignObject') as SVGGraphicsElement | null
        const ctm = anchor?.getScreenCTM()
        if (!ctm) continue
        const px = (parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b)) / canvas
        sizes.push({ px, text: own.slice(0, 30) })
      }
      sizes.sort((a, b) => a.px - b.px)
      const box = svg.getBoundingClientRect()
      const layoutBox = (layout ?? container).getBoundingClientRect()
      const padBottom = layout ? parseFloat(getComputedStyle(layout).paddingBottom) : 0
      const top = title ? title.getBoundingClientRect().bottom : layoutBox.top
      // No named inner functions: a bundler's name helper would not exist in the page.
      const edges: [string, number][] = [
        ['past the right edge', box.right - slideBox.right],
        ['past the left edge', slideBox.left - box.left],
        ['past the bottom edge', box.bottom - slideBox.bottom],
        ["past the layout's bottom", box.bottom - layoutBox.bottom],
      ]
      const overflow = edges.filter(([, by]) => by > 1).map(([name, by]) => `${name} by ${Math.round(by / canvas)} px`)
      out.push({
        slide: i + 1,
        minText: Math.round((sizes[0]?.px ?? 0) * 10) / 10,
        medianText: Math.round((sizes[Math.floor(sizes.length / 2)]?.px ?? 0) * 10) / 10,
        texts: sizes.length,
        width: Math.round(box.width / canvas),
        height: Math.round(box.height / canvas),
        roomWidth: Math.round(layoutBox.width / canvas - 2 * (layout ? parseFloat(getComputedStyle(layout).paddingLeft) : 0)),
        roomHeight: Math.round((layoutBox.bottom - padBottom - top) / canvas),
        overflow,
        smallest: sizes.slice(0, 3).map((s) => `${s.px.toFixed(1)} px "${s.text}"`),
      })
    }
  })
  return out
}

/**
 * The seed of the property tests: fixed, so that a run of the suite (and CI) is repeatable. Set HOSTILE_SEED to
 * another number, or to "random", to explore further; a failure prints the seed that reproduces it.
 */
export const PROPERTY_SEED: number | undefined =
  process.env.HOSTILE_SEED === 'random' ? undefined : Number(process.env.HOSTILE_SEED ?? 20261128)

export interface OutlineParts {
  /** The article's title (the schema wants something left after trimming). */
  title: fc.Arbitrary<string>
  /** Every other text: the optional metadata, the credits and the sentences. */
  text: fc.Arbitrary<string>
  /** A slide whose sources are among the outline's sentence ids. */
  slide: (ids: string[]) => fc.Arbitrary<Slide>
  maxCredits: number
  maxSlides: number
}

/** A whole outline over the sentence ids `ids`: metadata, 1…maxSlides slides, and a sentence for each id. */
export function outlineOver(ids: string[], parts: OutlineParts): fc.Arbitrary<Outline> {
  const { title, text } = parts
  return fc.record({
    version: fc.constant(1 as const),
    meta: fc.record(
      {
        title,
        author: text,
        byline: text,
        publisher: text,
        licence: text,
        url: text,
        date: text,
        credits: fc.array(text, { maxLength: parts.maxCredits }),
        minutes: fc.integer({ min: 1, max: 180 }),
      },
      { requiredKeys: ['title', 'credits', 'minutes'] },
    ),
    slides: fc.array(parts.slide(ids), { minLength: 1, maxLength: parts.maxSlides }),
    sentences: fc.tuple(...ids.map(() => text)).map((texts) => Object.fromEntries(ids.map((id, i) => [id, texts[i]!]))),
  })
}
