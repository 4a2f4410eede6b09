/// <reference lib="dom" />
/**
 * Functions that run inside the deck page (Playwright serialises them with `toString()`), so each is
 * self-contained: no imports, no closures, and no named inner functions (a TypeScript loader may wrap those
 * in a helper that does not exist in the page).
 */

/** What one slide of the print page looks like right now. */
export interface SlideProbe {
  no: number
  /** The slide's element is in the page. */
  present: boolean
  /** Slidev still shows its loading placeholder (the slide's component is being fetched). */
  loading: boolean
  /** Mermaid diagrams whose SVG is in their shadow root. */
  diagramsDrawn: number
  /** Texts of Mermaid error boxes (`<pre>Error: Parse error on line 3 …</pre>`). */
  diagramErrors: string[]
  /** Sources of images that have not finished loading. */
  imagesPending: string[]
}

export interface PageProbe {
  fontsLoading: boolean
  /** Mermaid's scratch container still holds a diagram being drawn. */
  mermaidBusy: boolean
  slides: SlideProbe[]
}

/** Looks at slides 1…`total` of Slidev's print page. */
export function probePrintPage(total: number): PageProbe {
  const slides: SlideProbe[] = []
  for (let no = 1; no <= total; no++) {
    const el = document.querySelector(`.print-slide-container [data-slidev-no="${no}"]`)
    if (!el) {
      slides.push({ no, present: false, loading: false, diagramsDrawn: 0, diagramErrors: [], imagesPending: [] })
      continue
    }
    const hosts = Array.from(el.querySelectorAll('.mermaid'))
    // Slidev's Mermaid component swaps its shadow-root host for a <pre> holding `${error}` when rendering fails.
    const errors = Array.from(el.querySelectorAll('pre:not(.shiki)'))
      .map((pre) => (pre.textContent ?? '').trim())
      .filter((text) => /^\w*Error\b/.test(text))
    slides.push({
      no,
      present: true,
      loading: el.querySelector('.slidev-slide-loading') !== null,
      diagramsDrawn: hosts.filter((host) => host.shadowRoot?.querySelector('svg') != null).length,
      diagramErrors: errors,
      imagesPending: Array.from(el.querySelectorAll('img'))
        .filter((img) => !img.complete)
        .map((img) => img.currentSrc || img.src),
    })
  }
  const scratch = document.getElementById('mermaid-rendering-container')
  return { fontsLoading: document.fonts.status !== 'loaded', mermaidBusy: (scratch?.childElementCount ?? 0) > 0, slides }
}

/**
 * Prepares the drawn page for printing:
 * - hides Mermaid's emptied scratch container, which otherwise adds a blank last page (Slidev's exporter does
 *   the same);
 * - turns off CSS filters inside Mermaid diagrams: Chromium prints a filtered element as a bitmap, so its text
 *   drops out of the PDF's text layer (a timeline's events carry `filter: brightness(120%)`). Done before the
 *   pictures are taken too, so the PDF, the PNGs and the handout look alike.
 */
export function prepareForPrint(): number {
  const scratch = document.getElementById('mermaid-rendering-container')
  if (scratch) scratch.style.display = 'none'
  let patched = 0
  for (const host of Array.from(document.querySelectorAll('.mermaid'))) {
    const root = host.shadowRoot
    if (!root || root.querySelector('style[data-briefdeck-print]')) continue
    const style = document.createElement('style')
    style.setAttribute('data-briefdeck-print', '')
    style.textContent = '* { filter: none !important; }'
    root.appendChild(style)
    patched++
  }
  return patched
}

/**
 * What sticks out of each slide's 980×551 canvas in the print page: content taller or wider than its layout, or
 * an element outside the slide (by more than `tolerance` px). The exporter reports it in quality.json; the tests
 * assert there is none.
 */
export function measureOverflow(tolerance: number) {
  return Array.from(document.querySelectorAll('.print-slide-container')).map((container, i) => {
    const box = container.getBoundingClientRect()
    const layout = container.querySelector('.slidev-layout') as HTMLElement | null
    const out: string[] = []
    if (layout && layout.scrollHeight > layout.clientHeight + tolerance) out.push(`content ${layout.scrollHeight - layout.clientHeight}px too tall`)
    if (layout && layout.scrollWidth > layout.clientWidth + tolerance) out.push(`content ${layout.scrollWidth - layout.clientWidth}px too wide`)
    for (const el of Array.from(container.querySelectorAll('.slidev-layout *'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      if (r.right > box.right + tolerance || r.bottom > box.bottom + tolerance || r.left < box.left - tolerance || r.top < box.top - tolerance)
        out.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}" outside the slide`)
    }
    return { slide: i + 1, overflow: [...new Set(out)].slice(0, 5) }
  })
}
