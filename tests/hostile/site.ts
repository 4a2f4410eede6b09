/**
 * A deck as a reader gets it: `briefdeck --format html` (slidev build) makes the static site, a tiny static server serves it on 127.0.0.1,
 * and Chromium opens every slide while the test listens for dialogs, requests and the payloads' side effects.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Browser } from 'playwright-chromium'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export interface StaticSite {
  url: string
  close(): Promise<void>
}

/** Serves `dir` on a free loopback port; unknown paths get index.html, as Slidev's history router needs. */
export async function serveStatic(dir: string): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export interface SlideVisit {
  no: number
  /** The text of the slide as a reader sees it. */
  text: string
  /** Mermaid diagrams drawn on the slide, and their error messages. */
  diagrams: number
  diagramErrors: string[]
  /** The text of the drawn diagrams. */
  diagramText: string
  /** Elements a payload could have made: scripts, frames, styles, links, images, event-handler attributes. */
  injected: string[]
}

/**
 * Runs in the page: what on slide `no` could only have come from markup in the article. (No inner functions:
 * tsx's keepNames would wrap them in a helper that does not exist in the page.)
 */
function probeSlide(no: number) {
  const root = document.querySelector(`.slidev-page-${no}`)!
  const injected: string[] = []
  const LIVE = ['script', 'iframe', 'object', 'embed', 'video', 'audio', 'form', 'input', 'a', 'link', 'meta', 'base', 'foo', 'template']
  const hosts = Array.from(root.querySelectorAll('.mermaid')).map((m) => m.shadowRoot ?? m)
  const elements: Array<[Element, boolean]> = [
    ...Array.from(root.querySelectorAll('*')).filter((el) => !el.closest('.mermaid')).map((el): [Element, boolean] => [el, false]),
    ...hosts.flatMap((host) => Array.from(host.querySelectorAll('*')).map((el): [Element, boolean] => [el, true])),
  ]
  for (const [el, inDiagram] of elements) {
    const tag = el.tagName.toLowerCase()
    if (LIVE.includes(tag) || (tag === 'style' && !inDiagram) || (tag === 'img' && !el.classList.contains('bd-mark'))) injected.push(`<${tag}>`)
    for (const a of Array.from(el.attributes))
      if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) injected.push(`<${tag} ${a.name}="${a.value.slice(0, 40)}">`)
  }
  const diagramText = hosts.map((host) => host.querySelector('svg')?.textContent ?? '').join('\n')
  return { injected, diagramText }
}

export interface SiteVisit {
  slides: SlideVisit[]
  dialogs: string[]
  /** Requests that left 127.0.0.1. */
  offsite: string[]
  /** `window.__pwned` after every slide (the payloads set it). */
  pwned: unknown[]
  pageErrors: string[]
}

/** Opens `/1` … `/count` of the site in one page, the way a reader pages through it. */
export async function visitSlides(browser: Browser, site: StaticSite, count: number): Promise<SiteVisit> {
  const context = await browser.newContext({ viewport: { width: 980, height: 551 } })
  const page = await context.newPage()
  const visit: SiteVisit = { slides: [], dialogs: [], offsite: [], pwned: [], pageErrors: [] }
  page.on('dialog', (d) => {
    visit.dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss().catch(() => undefined)
  })
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return
    if (url.hostname !== '127.0.0.1') visit.offsite.push(r.url())
  })
  page.on('pageerror', (e) => visit.pageErrors.push(e.message))
  try {
    for (let no = 1; no <= count; no++) {
      await page.goto(`${site.url}/${no}`, { waitUntil: 'load', timeout: 30_000 })
      const slide = page.locator(`.slidev-page-${no}`)
      await slide.waitFor({ state: 'visible', timeout: 30_000 })
      // Drawn: the slide's layout has text, and every Mermaid diagram (in its shadow root) has an svg or an error.
      await page
        .waitForFunction(
          (n) => {
            const el = document.querySelector(`.slidev-page-${n}`)
            const layout = el?.querySelector('.slidev-layout') as HTMLElement | null
            if (!layout || layout.innerText.trim() === '') return false
            return Array.from(el!.querySelectorAll('.mermaid')).every((b) => (b.shadowRoot ?? b).querySelector('svg, pre'))
          },
          no,
          { timeout: 30_000 },
        )
        .catch(() => undefined) // what is missing then shows in the test's assertions
      const text = await slide.innerText()
      const diagrams = await slide.locator('.mermaid svg').count()
      const diagramErrors = await slide.locator('.mermaid pre').allInnerTexts()
      const probe = await page.evaluate(probeSlide, no)
      visit.slides.push({ no, text, diagrams, diagramErrors, ...probe })
      visit.pwned.push(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned))
    }
  } finally {
    await context.close()
  }
  return visit
}
