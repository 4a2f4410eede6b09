/**
 * For the PPTX tests: reading a .pptx back (its XML parts and media), and opening it in a real client,
 * LibreOffice Impress, which converts it to a PDF of its slides followed by its notes pages.
 */
import { execFileSync, spawn } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import JSZip from 'jszip'
import { JSDOM } from 'jsdom'

export interface PptxParts {
  /** ppt/slides/slideN.xml, in slide order. */
  slides: string[]
  /** ppt/notesSlides/notesSlideN.xml, in slide order. */
  notes: string[]
  /** Each slide's layout (ppt/slideLayouts/…), in slide order. */
  layouts: string[]
  presentation: string
  core: string
  contentTypes: string
  /** Every part's bytes, by path. */
  files: Map<string, Uint8Array>
  /** The media a slide's relationship id points to: `media(3, 'rId2')` → 'ppt/media/image-3-1.png'. */
  media(slide: number, rId: string): string | undefined
}

export async function readPptx(bytes: Uint8Array): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(bytes)
  const files = new Map<string, Uint8Array>()
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(path, await entry.async('uint8array'))
  const text = (path: string) => new TextDecoder().decode(files.get(path) ?? new Uint8Array())
  const count = [...files.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length
  const numbers = Array.from({ length: count }, (_, i) => i + 1)
  const rels = (n: number) => text(`ppt/slides/_rels/slide${n}.xml.rels`)
  const target = (n: number, rId: string) => new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels(n))?.[1]
  return {
    slides: numbers.map((n) => text(`ppt/slides/slide${n}.xml`)),
    notes: numbers.map((n) => text(`ppt/notesSlides/notesSlide${n}.xml`)),
    layouts: numbers.map((n) => text(`ppt/slideLayouts/${basename(target(n, layoutRelId(rels(n))) ?? '')}`)),
    presentation: text('ppt/presentation.xml'),
    core: text('docProps/core.xml'),
    contentTypes: text('[Content_Types].xml'),
    files,
    media: (n, rId) => target(n, rId)?.replace(/^\.\.\//, 'ppt/'),
  }
}

function layoutRelId(rels: string): string {
  return /Id="(rId\d+)"[^>]*relationships\/slideLayout"/.exec(rels)?.[1] ?? /Type="[^"]*slideLayout"[^>]*Id="(rId\d+)"/.exec(rels)?.[1] ?? ''
}

/** Throws unless `xml` is well-formed XML. */
export function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document
}

/** The text of a DrawingML part, paragraph by paragraph (runs joined). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1]!)).join(''),
  )
}

export function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** A shape's box in points (from its `<a:off>` and `<a:ext>`, in EMU). */
export interface ShapeBox {
  x: number
  y: number
  w: number
  h: number
}

/** The boxes of every shape and picture of a slide or layout part, in points. */
export function shapeBoxes(xml: string): ShapeBox[] {
  return [...xml.matchAll(/<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/g)]
    .map((m) => m.slice(1, 5).map((v) => Number(v) / 12700))
    .filter(([, , w, h]) => w! > 0 || h! > 0)
    .map(([x, y, w, h]) => ({ x: x!, y: y!, w: w!, h: h! }))
}

// ───────────────────────── LibreOffice ─────────────────────────

/** Where LibreOffice is installed, most likely first (after BRIEFDECK_SOFFICE and the PATH). */
const SOFFICE_PATHS = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
]

/** The LibreOffice binary; throws with the set-up command when there is none. */
export function findSoffice(): string {
  const own = process.env.BRIEFDECK_SOFFICE
  const onPath = (process.env.PATH ?? '').split(':').flatMap((dir) => [join(dir, 'soffice'), join(dir, 'libreoffice')])
  for (const candidate of [...(own ? [own] : []), ...onPath, ...SOFFICE_PATHS]) {
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      /* next */
    }
  }
  throw new Error('The PPTX tests open the PowerPoint file in LibreOffice Impress, and none was found: run `npm run setup` (it installs libreoffice-impress), or set BRIEFDECK_SOFFICE=/path/to/soffice.')
}

export function sofficeVersion(soffice: string): string {
  return execFileSync(soffice, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim()
}

/** LibreOffice's PDF export of every slide, then every notes page. */
const PDF_WITH_NOTES = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}'

export interface Conversion {
  /** The PDF: N slide pages, then N notes pages. */
  pdf: string
  ms: number
}

/**
 * Opens `pptx` in LibreOffice and exports it as a PDF of its slides and then its notes pages, with a profile of
 * its own under `profileDir` (so that no other LibreOffice, and no earlier run, is involved), within `timeoutMs`:
 * past it, LibreOffice and its children are killed and the conversion fails.
 */
export async function convertWithLibreOffice(pptx: string, outDir: string, profileDir: string, timeoutMs = 120_000): Promise<Conversion> {
  const soffice = findSoffice()
  const started = performance.now()
  const args = [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', PDF_WITH_NOTES, '--outdir', outDir, pptx]
  const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const code = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        /* gone */
      }
      resolve('timeout')
    }, timeoutMs)
    child.on('exit', (c) => {
      clearTimeout(timer)
      resolve(c ?? 'signal')
    })
  })
  const pdf = join(outDir, `${basename(pptx).replace(/\.pptx$/i, '')}.pdf`)
  if (code !== 0 || !readdirSync(outDir).includes(basename(pdf)))
    throw new Error(`LibreOffice did not convert ${pptx} (${code === 'timeout' ? `no result within ${timeoutMs / 1000} s` : `exit ${code}`}): ${output.trim().slice(-1000)}`)
  return { pdf, ms: Math.round(performance.now() - started) }
}

/** A LibreOffice profile folder for one test file; remove it with `rmSync(dir, { recursive: true })`. */
export function libreOfficeProfile(): string {
  return mkdtempSync(join(tmpdir(), 'briefdeck-lo-profile-'))
}

// ───────────────────────── reading the PDF ─────────────────────────

export function pdfPages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])
}

/** The text of page `page` (1-based). */
export function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
}

export interface Word {
  text: string
  x1: number
  y1: number
  x2: number
  y2: number
}

/** Every word of page `page` with its box, in points from the page's top left. */
export function pageWords(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x1: Number(m[1]),
    y1: Number(m[2]),
    x2: Number(m[3]),
    y2: Number(m[4]),
    text: decodeXml(m[5]!),
  }))
}

/** How many raster images page `page` draws (0 when everything on it is vector). */
export function pageImages(pdf: string, page: number): number {
  const list = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' })
  return list.trim().split('\n').slice(2).filter((line) => /\bimage\b/.test(line)).length
}

/**
 * Text without white space or hyphens, to compare texts however a client broke them into lines: pdftotext joins a
 * word broken after its hyphen ("Saudi-⏎linked") without it.
 */
export function compact(text: string): string {
  return text.replace(/[\s\u00AD\u2010\u2011-]+/g, '')
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
