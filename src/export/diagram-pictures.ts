/**
 * The diagrams of a drawn deck as pictures for the PowerPoint file: each Mermaid SVG copied out of the print page
 * so that it stands alone (diagram-capture.ts), and a PNG of that same SVG, drawn by the same browser, for clients
 * that cannot read SVG.
 */
import type { Page } from 'playwright-chromium'
import { captureDiagrams } from './diagram-capture.ts'
import type { DiagramPicture } from './pptx.ts'
import { PICTURE_SCALE } from './print-page.ts'
import { withoutXmlInvalid } from './pptx-package.ts'

/** Pixel density of the PNG stand-ins: twice the slide's pixels, as the deck's PNG export (print-page.ts). */
const PNG_SCALE = PICTURE_SCALE

/** The pictures of every diagram on the print page `page`, by 0-based slide index. */
export async function pictureDiagrams(page: Page): Promise<Map<number, DiagramPicture[]>> {
  const captured = await page.evaluate(captureDiagrams)
  const pictures = new Map<number, DiagramPicture[]>()
  if (captured.length === 0) return pictures
  const svgs = captured.map((d) => withoutXmlInvalid(d.svg))
  const canvas = await page.context().newPage()
  try {
    const pngs = await canvas.evaluate(drawSvgs, { svgs, sizes: captured.map((d) => [d.width, d.height] as [number, number]), scale: PNG_SCALE })
    captured.forEach((diagram, i) => {
      const png = pngs[i]
      if (!png) throw new Error(`the diagram of slide ${diagram.slideIndex + 1}, copied for the PPTX, does not load as an SVG image`)
      const picture = { svg: svgs[i]!, png: Buffer.from(png, 'base64'), box: diagram.box }
      pictures.set(diagram.slideIndex, [...(pictures.get(diagram.slideIndex) ?? []), picture])
    })
  } finally {
    await canvas.close()
  }
  return pictures
}

/**
 * Runs in a blank page: draws each SVG as an image (`<img>`, the way a client would: no styles or fonts of the
 * deck's page reach it) onto a canvas `scale` times its size, and returns the PNGs as base64, or '' for an SVG that
 * does not load. Self-contained, for Playwright (see browser-probes.ts).
 */
function drawSvgs({ svgs, sizes, scale }: { svgs: string[]; sizes: Array<[number, number]>; scale: number }): Promise<string[]> {
  return Promise.all(
    svgs.map(async (svg, i) => {
      const [width, height] = sizes[i]!
      const img = new Image()
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
      try {
        await img.decode()
      } catch {
        return ''
      }
      const canvas = document.createElement('canvas')
      canvas.width = Math.max(1, Math.round(width * scale))
      canvas.height = Math.max(1, Math.round(height * scale))
      canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height)
      return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
    }),
  )
}
