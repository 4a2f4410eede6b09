/// <reference lib="dom" />
/**
 * Runs inside the drawn print page (Playwright serialises it with `toString()`), so it is self-contained: no
 * imports, no closures, and no named inner functions (a TypeScript loader may wrap those in a helper that does not
 * exist in the page). See browser-probes.ts.
 *
 * It copies every diagram Mermaid drew (`.mermaid svg`, inside Slidev's shadow root: SLIDEV-NOTES §3) into an SVG
 * that renders on its own, in any client (PowerPoint, Keynote, Google Slides, LibreOffice):
 * - styles inlined: each element gets the fill, stroke, font… Chromium computed for it, as presentation attributes,
 *   and Mermaid's `<style>` (id-scoped CSS with animations) is dropped;
 * - text as SVG text: Mermaid writes flowchart labels as HTML in `<foreignObject>`, which no office client draws,
 *   and timeline labels with `dominant-baseline` and `dy` offsets, which some do not honour. Every line of text is
 *   rewritten as a `<text>` at the place Chromium laid it out (centred on the line, on its baseline, at its size),
 *   with the label's background (an edge label's white box) as a `<rect>` behind it;
 * - cropped to what the slide shows: the drawing's box, cut at the slide's edges (a timeline's dashed lines run
 *   on past the bottom of the slide), with its place on the slide as fractions of the slide's size.
 */

/** One diagram as drawn on its slide, ready to stand alone. */
export interface CapturedDiagram {
  /** 0-based index of the slide in the print page (= in the deck and the outline). */
  slideIndex: number
  /** A standalone SVG document. */
  svg: string
  /** Where the diagram sits on its slide, as fractions of the slide's width and height. */
  box: { x: number; y: number; w: number; h: number }
  /** The diagram's size on the slide in CSS px (for the PNG fallback). */
  width: number
  height: number
}

/** Captures every Mermaid diagram of Slidev's print page, slide by slide. */
export function captureDiagrams(): CapturedDiagram[] {
  // The colour parser is handed in as an argument: a function declared or assigned to a name here would be
  // wrapped in the loader's naming helper, which the page does not have.
  return ((hex: (value: string) => { color: string; alpha: number } | undefined): CapturedDiagram[] => {
    const SVG_NS = 'http://www.w3.org/2000/svg'
    /** Presentation properties copied from the computed style onto each SVG element. */
    const PAINT = [
      'fill',
      'fill-opacity',
      'fill-rule',
      'stroke',
      'stroke-width',
      'stroke-opacity',
      'stroke-dasharray',
      'stroke-dashoffset',
      'stroke-linecap',
      'stroke-linejoin',
      'stroke-miterlimit',
      'opacity',
    ]
    const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'g', 'svg', 'use', 'marker'])
    const canvas = document.createElement('canvas').getContext('2d')!
    // The font a label was drawn in, named first: Mermaid's list starts with fonts this machine may not have
    // ("trebuchet ms", verdana), and another client would draw the first one it has, not the one Chromium used.
    const drawnIn = new Map<string, string>()
    const PROBE = 'The quick brown fox jumps over the lazy dog 0123456789'
    canvas.font = '16px briefdeck-no-such-font'
    const fallbackWidth = canvas.measureText(PROBE).width
    const out: CapturedDiagram[] = []
    const containers = Array.from(document.querySelectorAll('.print-slide-container'))
    containers.forEach((container, slideIndex) => {
      const slide = container.getBoundingClientRect()
      for (const host of Array.from(container.querySelectorAll('.mermaid'))) {
        const svg = host.shadowRoot?.querySelector('svg')
        if (!svg) continue
        const copy = svg.cloneNode(true) as SVGSVGElement
        const live = [svg as Element, ...Array.from(svg.querySelectorAll('*'))]
        const copies = [copy as Element, ...Array.from(copy.querySelectorAll('*'))]
        // 1. Inline the computed paint of every shape; drop what is not drawn.
        const drop: Element[] = []
        live.forEach((el, i) => {
          const target = copies[i]!
          const style = getComputedStyle(el)
          if (style.display === 'none' || style.visibility === 'hidden') {
            if (el.namespaceURI === SVG_NS && el.localName !== 'marker' && !el.closest('defs')) drop.push(target)
            return
          }
          if (el.namespaceURI !== SVG_NS || !SHAPES.has(el.localName)) return
          for (const prop of PAINT) {
            const value = style.getPropertyValue(prop).trim()
            if (!value) continue
            const rgb = prop === 'fill' || prop === 'stroke' ? hex(value) : undefined
            if (rgb) {
              target.setAttribute(prop, rgb.alpha === 0 ? 'none' : rgb.color)
              if (rgb.alpha > 0 && rgb.alpha < 1) target.setAttribute(`${prop}-opacity`, String(rgb.alpha))
            } else if (!(prop.endsWith('-opacity') && target.hasAttribute(prop))) {
              target.setAttribute(prop, value)
            }
          }
          target.removeAttribute('style')
          target.removeAttribute('filter')
        })
        // 2. Text: every line Chromium laid out becomes a <text> in the coordinates of the label's parent.
        const texts: Array<{ live: Element; copy: Element }> = []
        live.forEach((el, i) => {
          if (el.namespaceURI === SVG_NS && (el.localName === 'foreignObject' || el.localName === 'text')) {
            if (el.parentElement?.closest('foreignObject, text')) return
            texts.push({ live: el, copy: copies[i]! })
          }
        })
        for (const { live: label, copy: labelCopy } of texts) {
          const parent = label.parentElement as unknown as SVGGraphicsElement | null
          const ctm = parent?.getScreenCTM?.()
          if (!parent || !ctm || !labelCopy.parentNode) continue
          const toParent = ctm.inverse()
          const scale = Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c)) || 1
          const group = document.createElementNS(SVG_NS, 'g')
          const labelStyle = getComputedStyle(label)
          if (labelStyle.display === 'none' || labelStyle.visibility === 'hidden') {
            labelCopy.parentNode.removeChild(labelCopy)
            continue
          }
          // Backgrounds of HTML labels (an edge label's white box), behind the text.
          if (label.localName === 'foreignObject') {
            for (const el of Array.from(label.querySelectorAll('*'))) {
              const bg = hex(getComputedStyle(el).backgroundColor)
              if (!bg || bg.alpha === 0) continue
              for (const r of Array.from(el.getClientRects())) {
                if (r.width < 0.5 || r.height < 0.5) continue
                const a = new DOMPoint(r.left, r.top).matrixTransform(toParent)
                const b = new DOMPoint(r.right, r.bottom).matrixTransform(toParent)
                const rect = document.createElementNS(SVG_NS, 'rect')
                rect.setAttribute('x', String(Math.min(a.x, b.x)))
                rect.setAttribute('y', String(Math.min(a.y, b.y)))
                rect.setAttribute('width', String(Math.abs(b.x - a.x)))
                rect.setAttribute('height', String(Math.abs(b.y - a.y)))
                rect.setAttribute('fill', bg.color)
                if (bg.alpha < 1) rect.setAttribute('fill-opacity', String(bg.alpha))
                group.appendChild(rect)
              }
            }
          }
          // Lines: consecutive characters of a text node on the same line box.
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT)
          const range = document.createRange()
          const lines: Array<{ text: string; left: number; right: number; top: number; bottom: number; el: Element }> = []
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const data = node.nodeValue ?? ''
            const owner = node.parentElement
            if (!owner) continue
            let line: (typeof lines)[number] | undefined
            for (let i = 0; i < data.length; i++) {
              range.setStart(node, i)
              range.setEnd(node, i + 1)
              const r = Array.from(range.getClientRects()).find((x) => x.width > 0 || x.height > 0)
              const ch = data[i]!
              if (!r || r.width === 0) {
                // Collapsed white space: one space inside a line, nothing at its ends.
                if (line && /\s/.test(ch) && !line.text.endsWith(' ')) line.text += ' '
                continue
              }
              if (line && Math.abs(r.top - line.top) < r.height / 2 && r.left >= line.right - r.width) {
                line.text += /\s/.test(ch) ? (line.text.endsWith(' ') ? '' : ' ') : ch
                line.right = Math.max(line.right, r.right)
                line.bottom = Math.max(line.bottom, r.bottom)
              } else {
                line = { text: /\s/.test(ch) ? '' : ch, left: r.left, right: r.right, top: r.top, bottom: r.bottom, el: owner }
                lines.push(line)
              }
            }
          }
          for (const line of lines) {
            const text = line.text.trim()
            if (!text) continue
            const style = getComputedStyle(line.el)
            const fontPx = Number.parseFloat(style.fontSize) || 16
            canvas.font = `${style.fontStyle} ${style.fontWeight} ${fontPx}px ${style.fontFamily}`
            const m = canvas.measureText(text)
            const ascent = m.fontBoundingBoxAscent || fontPx * 0.9
            const descent = m.fontBoundingBoxDescent || fontPx * 0.25
            // The line box is the font's ascent + descent, drawn at whatever scale the label has on screen.
            const onScreen = (line.bottom - line.top) / (ascent + descent)
            const baseline = line.top + ascent * onScreen
            const at = new DOMPoint((line.left + line.right) / 2, baseline).matrixTransform(toParent)
            const fill = hex(label.localName === 'text' ? style.fill : style.color) ?? { color: '#000000', alpha: 1 }
            let family = drawnIn.get(style.fontFamily)
            if (family === undefined) {
              family = style.fontFamily
              const names = style.fontFamily.split(',').map((f) => f.trim()).filter(Boolean)
              for (const [i, name] of names.entries()) {
                if (/^(serif|sans-serif|monospace|cursive|fantasy|system-ui)$/i.test(name)) break
                canvas.font = `16px ${name}`
                if (Math.abs(canvas.measureText(PROBE).width - fallbackWidth) < 0.01) continue
                if (i > 0) family = [name, ...names.filter((n) => n !== name)].join(', ')
                break
              }
              drawnIn.set(style.fontFamily, family)
            }
            const t = document.createElementNS(SVG_NS, 'text')
            t.setAttribute('x', at.x.toFixed(2))
            t.setAttribute('y', at.y.toFixed(2))
            t.setAttribute('text-anchor', 'middle')
            t.setAttribute('font-family', family)
            t.setAttribute('font-size', ((fontPx * onScreen) / scale).toFixed(2))
            if (style.fontWeight !== '400' && style.fontWeight !== 'normal') t.setAttribute('font-weight', style.fontWeight)
            if (style.fontStyle !== 'normal') t.setAttribute('font-style', style.fontStyle)
            t.setAttribute('fill', fill.color)
            if (fill.alpha < 1) t.setAttribute('fill-opacity', String(fill.alpha))
            // HTML text has no outline; SVG text keeps its own. Never the stroke of the shape around the label.
            const stroke = label.localName === 'text' ? hex(style.stroke) : undefined
            t.setAttribute('stroke', stroke && stroke.alpha > 0 ? stroke.color : 'none')
            if (stroke && stroke.alpha > 0) t.setAttribute('stroke-width', style.strokeWidth)
            t.textContent = text
            group.appendChild(t)
          }
          labelCopy.parentNode.replaceChild(group, labelCopy)
        }
        for (const el of drop) el.parentNode?.removeChild(el)
        for (const el of Array.from(copy.querySelectorAll('style'))) el.parentNode?.removeChild(el)
        // 3. Crop to the drawing, cut at the slide's edges; place it as a fraction of the slide.
        const toUser = svg.getScreenCTM()
        if (!toUser) continue
        const fromScreen = toUser.inverse()
        const bbox = svg.getBBox()
        const pad = 4
        let x1 = bbox.x - pad
        let y1 = bbox.y - pad
        let x2 = bbox.x + bbox.width + pad
        let y2 = bbox.y + bbox.height + pad
        const clips = [slide]
        if (getComputedStyle(svg).overflow !== 'visible') clips.push(svg.getBoundingClientRect())
        for (const clip of clips) {
          const a = new DOMPoint(clip.left, clip.top).matrixTransform(fromScreen)
          const b = new DOMPoint(clip.right, clip.bottom).matrixTransform(fromScreen)
          x1 = Math.max(x1, Math.min(a.x, b.x))
          y1 = Math.max(y1, Math.min(a.y, b.y))
          x2 = Math.min(x2, Math.max(a.x, b.x))
          y2 = Math.min(y2, Math.max(a.y, b.y))
        }
        if (x2 <= x1 || y2 <= y1) continue
        const a = new DOMPoint(x1, y1).matrixTransform(toUser)
        const b = new DOMPoint(x2, y2).matrixTransform(toUser)
        const width = Math.abs(b.x - a.x)
        const height = Math.abs(b.y - a.y)
        copy.setAttribute('viewBox', `${x1.toFixed(2)} ${y1.toFixed(2)} ${(x2 - x1).toFixed(2)} ${(y2 - y1).toFixed(2)}`)
        copy.setAttribute('width', width.toFixed(2))
        copy.setAttribute('height', height.toFixed(2))
        copy.removeAttribute('style')
        copy.setAttribute('xmlns', SVG_NS)
        out.push({
          slideIndex,
          svg: new XMLSerializer().serializeToString(copy),
          box: {
            x: (Math.min(a.x, b.x) - slide.left) / slide.width,
            y: (Math.min(a.y, b.y) - slide.top) / slide.height,
            w: width / slide.width,
            h: height / slide.height,
          },
          width,
          height,
        })
      }
    })
    return out
  })(
    // Colours as #rrggbb plus an opacity: older SVG readers do not know rgb()/rgba() in attributes.
    (value) => {
      const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value)
      if (!m) return undefined
      const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4])
      return { color: `#${[m[1], m[2], m[3]].map((c) => Math.round(Number(c)).toString(16).padStart(2, '0')).join('')}`, alpha }
    },
  )
}
