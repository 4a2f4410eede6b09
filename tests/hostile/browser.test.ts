/**
 * Real browser: decks made by the command line from hostile articles (fixtures/), built with `slidev build`,
 * served on 127.0.0.1 and opened slide by slide in Chromium. The articles carry scripts, event handlers,
 * Vue interpolation, Markdown and Slidev syntax, front matter and Mermaid directives; a reader must see all of it
 * as text, and none of it may run, open a dialog, fetch anything or change the deck's structure.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { launchChromium } from '../../src/export/chromium.ts'
import { parseOutline, stringifyOutline, type Outline } from '../../src/outline.ts'
import { MERMAID_CONFIG } from '../../setup/mermaid.ts'
import { serveStatic, visitSlides, type SiteVisit } from './site.ts'

const FIXTURES = join(new URL('.', import.meta.url).pathname, 'fixtures')
const ROOT = new URL('../../', import.meta.url).pathname
const quiet = { out: () => {}, err: () => {}, readStdin: () => Buffer.alloc(0) }
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Labels a user might paste from the article into outline.yaml's diagrams: each must stay a label. */
const DIAGRAM_PAYLOADS = [
  '<img src="https://evil.example/m.png" onerror="window.__pwned=1">',
  '%%{init: {"securityLevel": "loose"}}%%',
  'click n0 call alert(1)',
  '"];n9["injected',
  'end',
  'section evil',
  'title evil',
]

interface Case {
  file: string
  /** Strings that must appear, literally, in the text of the slides. */
  visible: string[]
  /** Put DIAGRAM_PAYLOADS into the diagrams through outline.yaml and rebuild with --outline. */
  remix?: boolean
}

const CASES: Case[] = [
  {
    file: 'payloads.txt',
    visible: [
      '<script>window.__pwned=1</script>',
      '{{ 7 * 191 }}',
      '<img src="https://evil.example/b.png" onerror="window.__pwned=1">',
      '<a href="javascript:window.__pwned=1">click here</a>',
      '--- layout: iframe url: https://evil.example/frame ---',
      '::right::',
      '![pixel](https://evil.example/pixel.png) and [a link](https://evil.example/link)',
      '%%{init: {"securityLevel": "loose"}}%% click n0 call alert(1) end subgraph x',
      '<style>body { display: none }</style>',
      '@click="window.__pwned=1" v-if="true"',
      '[click] an act of pressure -->',
      '$x+y$',
      '#35; &amp; \\ "quotes" | pipes ; semicolons',
      '<div v-html="\'<img src=x onerror=window.__pwned=1>\'">the dispute</div> and <Foo> tags, ~~~ fences and ``` fences',
    ],
    remix: true,
  },
  {
    file: 'hostile.html',
    visible: [
      'Alliance talks <script>window.__pwned=1</script> stall',
      'officials wrote <script>window.__pwned=1</script> on the whiteboard',
      '<img src="https://evil.example/d.png" onerror="window.__pwned=1">',
      '{{ 7 * 191 }}',
    ],
  },
  {
    file: 'frontmatter.md',
    visible: ['<script>window.__pwned=1</script>', '{{ 7 * 191 }}', '<img src=x onerror=window.__pwned=1>'],
  },
]

let browser: Browser
const timings: string[] = []
const work = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-browser-'))
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  console.log(timings.join('\n'))
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

/** Puts DIAGRAM_PAYLOADS into every diagram label of the outline, as a user editing outline.yaml could. */
function remixDiagrams(outline: Outline): Outline {
  const pick = (i: number) => DIAGRAM_PAYLOADS[i % DIAGRAM_PAYLOADS.length]!
  return {
    ...outline,
    slides: outline.slides.map((slide) => {
      if (slide.kind === 'actors' || slide.kind === 'dynamics')
        return {
          ...slide,
          nodes: slide.nodes.map((n, i) => ({ ...n, label: `${n.label} ${pick(i)}` })),
          edges: slide.edges.map((e, i) => ({ ...e, label: pick(i + 1) })),
        } as typeof slide
      if (slide.kind === 'timeline')
        return { ...slide, events: slide.events.map((e, i) => ({ ...e, label: pick(i + 5), text: `${e.text} ${pick(i)}` })) }
      return slide
    }),
  }
}

/** The outline with slides of five points holding every article sentence verbatim, before its last slide. */
function everySentenceAPoint(outline: Outline): Outline {
  const ids = Object.keys(outline.sentences)
  const slides: Outline['slides'] = []
  for (let i = 0; i < ids.length; i += 5)
    slides.push({ kind: 'points', title: `Every sentence ${i / 5 + 1}`, points: ids.slice(i, i + 5).map((id) => ({ text: outline.sentences[id]!, source: [id] })) })
  return { ...outline, slides: [...outline.slides.slice(0, -1), ...slides, outline.slides.at(-1)!] }
}

describe.each(CASES)('a deck from $file', ({ file, visible, remix }) => {
  const dir = join(work, file)
  let outline: Outline
  let visit: SiteVisit
  let overview: { text: string; pwned: unknown }
  let diagramTexts: string[] = []

  beforeAll(async () => {
    expect(await main([join(FIXTURES, file), '--out-dir', dir, '--no-pdf'], quiet)).toBe(0)
    // The draft briefs: it puts some of the article on slides, not all. So that every payload sentence is drawn
    // and checked, the outline is remixed as a user may: every sentence also becomes a point of its own.
    const path = join(dir, 'outline.yaml')
    const drafted = parseOutline(readFileSync(path, 'utf8')).outline!
    const withAll = everySentenceAPoint(remix ? remixDiagrams(drafted) : drafted)
    writeFileSync(path, stringifyOutline(withAll))
    expect(await main(['--outline', path, '--out-dir', dir, '--no-pdf'], quiet)).toBe(0)
    outline = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!
    // The web site as a user makes it: briefdeck --format html (slidev build), into DIR/site.
    const dist = join(dir, 'site')
    let t = Date.now()
    expect(await main(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf', '--format', 'html'], quiet)).toBe(0)
    timings.push(`${file}: build ${Date.now() - t} ms`)
    t = Date.now()
    const site = await serveStatic(dist)
    try {
      visit = await visitSlides(browser, site, outline.slides.length)
      // The overview shows every slide and its notes on one page.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      page.on('dialog', (d) => {
        visit.dialogs.push(`overview: ${d.message()}`)
        void d.dismiss().catch(() => undefined)
      })
      page.on('request', (r) => {
        if (/^https?:/.test(r.url()) && new URL(r.url()).hostname !== '127.0.0.1') visit.offsite.push(r.url())
      })
      await page.goto(`${site.url}/overview`, { waitUntil: 'networkidle', timeout: 30_000 })
      await page.waitForTimeout(500)
      overview = { text: await page.locator('body').innerText(), pwned: await page.evaluate(() => (window as { __pwned?: unknown }).__pwned) }
      await context.close()
      diagramTexts = visit.slides.map((s) => s.diagramText)
      timings.push(`${file}: ${visit.slides.length} slides and the overview in ${Date.now() - t} ms`)
    } finally {
      await site.close()
    }
  }, 150_000)

  it('has one page per outline slide, each showing its title', () => {
    const slides = parseSync(readFileSync(join(dir, 'slides.md'), 'utf8'), 'slides.md').slides
    expect(slides).toHaveLength(outline.slides.length)
    expect(visit.slides).toHaveLength(outline.slides.length)
    for (const [i, slide] of outline.slides.entries())
      expect(normalise(visit.slides[i]!.text), `slide ${i + 1}`).toContain(normalise(slide.title))
  })

  it('opens no dialog, runs no payload, adds no element, and raises no error', () => {
    expect(visit.dialogs).toEqual([])
    expect(visit.pwned.every((p) => p === undefined)).toBe(true)
    expect(overview.pwned).toBeUndefined()
    expect(visit.pageErrors).toEqual([])
    expect(visit.slides.flatMap((s) => s.injected.map((e) => `slide ${s.no}: ${e}`))).toEqual([])
  })

  it('makes no request that leaves 127.0.0.1 (the deck names its own favicon)', () => {
    expect(visit.offsite).toEqual([])
  })

  it('shows the payloads as text, and evaluates none', () => {
    const text = normalise(visit.slides.map((s) => s.text).join('\n'))
    // A point cut to slide length ("… @click=…") keeps the rest of its sentence in the notes, on the overview.
    const anywhere = `${text} ${normalise(overview.text)}`
    for (const payload of visible) expect(anywhere).toContain(normalise(payload))
    expect(text).not.toContain('1337') // {{ 7 * 191 }} evaluated
    // every note, verbatim sentences included, is on the overview as text
    const all = normalise(overview.text)
    for (const sentence of Object.values(outline.sentences)) expect(all).toContain(normalise(sentence))
    expect(all).not.toContain('1337')
  })

  it('draws every diagram with Mermaid’s strict security level, the labels as text', () => {
    // no fence option and no directive of ours (article text may say "securityLevel", as text)
    const md = readFileSync(join(dir, 'slides.md'), 'utf8')
    const fences = [...md.matchAll(/^```mermaid(.*)\n([\s\S]*?)^```$/gm)]
    expect(fences.length).toBeGreaterThan(0)
    for (const [, options, code] of fences) {
      expect(options).not.toMatch(/securityLevel/)
      expect(code!.split('\n').filter((l) => /%%\{/.test(l) && /securityLevel/i.test(l))).toEqual([])
    }
    // The deck's one Mermaid set-up is briefdeck's own (theme and font, strict security), copied as it is.
    expect(readdirSync(join(dir, 'setup')).filter((f) => f.startsWith('mermaid'))).toEqual(['mermaid.ts'])
    expect(readFileSync(join(dir, 'setup', 'mermaid.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'setup', 'mermaid.ts'), 'utf8'))
    expect(MERMAID_CONFIG.securityLevel).toBe('strict')
    const diagrams = outline.slides.flatMap((s, i) => (['actors', 'dynamics', 'timeline'].includes(s.kind) ? [i] : []))
    for (const i of diagrams) {
      expect(visit.slides[i]!.diagrams, `slide ${i + 1}`).toBe(1)
      expect(visit.slides[i]!.diagramErrors, `slide ${i + 1}`).toEqual([])
    }
    if (remix) {
      const text = normalise(diagramTexts.join('\n'))
      for (const payload of DIAGRAM_PAYLOADS.slice(0, 4)) expect(text).toContain(normalise(payload))
    }
  })
})
