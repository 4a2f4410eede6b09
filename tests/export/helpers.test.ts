import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterEach, describe, expect, it } from 'vitest'
import type { PageProbe } from '../../src/export/browser-probes.ts'
import { projectRoot, resolvesSlidev } from '../../src/export/deck-root.ts'
import { countMermaidBlocks, isSectionSlide, plainText, toDeckInfo } from '../../src/export/deck-slides.ts'
import { escapeHtml, renderHandoutHtml, renderNotes } from '../../src/export/handout-html.ts'
import { pngName } from '../../src/export/index.ts'
import { applyOutline, buildOutlineTree, readOutline } from '../../src/export/pdf-outline.ts'
import { printUrl, snapClip } from '../../src/export/print-page.ts'
import { judgeProbe, timeoutMessage } from '../../src/export/readiness.ts'
import { StagedFiles } from '../../src/export/staged-files.ts'
import type { DeckSlide } from '../../src/export/types.ts'

const slide = (no: number, title: string, extra: Partial<DeckSlide> = {}): DeckSlide => ({
  no,
  title,
  section: false,
  note: '',
  mermaidBlocks: 0,
  ...extra,
})

describe('countMermaidBlocks', () => {
  it('counts top-level mermaid fences only', () => {
    expect(countMermaidBlocks('# T\n\n```mermaid\nflowchart LR\n a --> b\n```\n\n```mermaid {scale: 0.8}\ntimeline\n```\n')).toBe(2)
    expect(countMermaidBlocks('````md\n```mermaid\nflowchart LR\n```\n````\n')).toBe(0)
    expect(countMermaidBlocks('```ts\nconst a = 1\n```\n~~~mermaid\npie\n~~~\n')).toBe(1)
    expect(countMermaidBlocks('no diagrams')).toBe(0)
  })
})

describe('deck slides', () => {
  it('treats layout: section and level: 1 as section openers', () => {
    expect(isSectionSlide({ layout: 'section' })).toBe(true)
    expect(isSectionSlide({ level: 1 })).toBe(true)
    expect(isSectionSlide({ layout: 'default', level: 2 })).toBe(false)
  })

  it('turns escaped Markdown titles into plain text', () => {
    expect(plainText('U\\.S\\. policy &amp; the &#91;1\\] {<!---->{ x }} **bold** `code` &lt;b&gt;')).toBe('U.S. policy & the [1] {{ x }} bold code <b>')
    expect(plainText('  Plain   title ')).toBe('Plain title')
  })

  it('derives page size like Slidev (980 × 551 for 16:9)', () => {
    const info = toDeckInfo({ canvasWidth: 980, aspectRatio: 16 / 9, slides: [] })
    expect([info.width, info.height, info.routerMode, info.dark]).toEqual([980, 551, 'history', false])
    expect(printUrl('http://127.0.0.1:1/', 'history')).toBe('http://127.0.0.1:1/print?print=true')
    expect(printUrl('http://127.0.0.1:1/', 'hash')).toBe('http://127.0.0.1:1/?print=true#print')
  })

  it('snaps slide pictures to whole device pixels inside the slide', () => {
    const deck = { width: 980, height: 551 }
    // Slides are 551.25 px tall, so slide 2 starts at 551.25 and ends at 1102.5.
    expect(snapClip({ x: 0, y: 551.25 }, deck)).toEqual({ x: 0, y: 551.5, width: 980, height: 551 })
    expect(snapClip({ x: 0, y: 1102.5 }, deck)).toEqual({ x: 0, y: 1102.5, width: 980, height: 551 })
  })
})

describe('deck root', () => {
  it('serves a deck in place only where Slidev is installed in a folder above it', () => {
    const installed = (path: string) => path === '/proj/node_modules/@slidev/cli/package.json'
    expect(resolvesSlidev('/proj/exports/deck', installed)).toBe(true)
    expect(resolvesSlidev('/home/ada/briefings/x', installed)).toBe(false)
    expect(resolvesSlidev(join(projectRoot(), 'tests', 'export', 'fixtures', 'basic'))).toBe(true)
  })
})

describe('PDF outline', () => {
  const slides = [
    slide(1, 'Cover'),
    slide(2, 'Part one', { section: true }),
    slide(3, 'Point A'),
    slide(4, ''),
    slide(5, 'Part two', { section: true }),
    slide(6, 'Point B'),
  ]

  it('nests slides under the section before them', () => {
    const tree = buildOutlineTree(slides)
    expect(tree.map((n) => n.title)).toEqual(['Cover', 'Part one', 'Part two'])
    expect(tree[1]!.children.map((n) => [n.title, n.pageIndex])).toEqual([['Point A', 2], ['Slide 4', 3]])
    expect(tree[2]!.children.map((n) => n.pageIndex)).toEqual([5])
  })

  it('survives a round trip through pdf-lib, with non-Latin titles', async () => {
    const pdf = await PDFDocument.create()
    for (let i = 0; i < 6; i++) pdf.addPage([100, 50])
    const tree = buildOutlineTree([...slides.slice(0, 5), slide(6, 'Ämter – 北京 “quoted”')])
    applyOutline(pdf, tree)
    const reread = readOutline(await PDFDocument.load(await pdf.save()))
    expect(reread).toEqual(tree)
  })
})

describe('readiness', () => {
  const deck = [slide(1, 'One'), slide(2, 'Two', { mermaidBlocks: 2 })]
  const probe = (over: Partial<PageProbe['slides'][number]> = {}): PageProbe => ({
    fontsLoading: false,
    mermaidBusy: false,
    slides: [
      { no: 1, present: true, loading: false, diagramsDrawn: 0, diagramErrors: [], imagesPending: [] },
      { no: 2, present: true, loading: false, diagramsDrawn: 2, diagramErrors: [], imagesPending: [], ...over },
    ],
  })

  it('is ready only when every diagram is drawn and the network is quiet', () => {
    expect(judgeProbe(probe(), deck, true)).toEqual({ state: 'ready' })
    expect(judgeProbe(probe(), deck, false).state).toBe('waiting')
    const waiting = judgeProbe(probe({ diagramsDrawn: 1 }), deck, true)
    expect(waiting).toMatchObject({ state: 'waiting', readySlides: 1 })
    expect(timeoutMessage(waiting, 30_000, 2)).toMatch(/not ready after 30 s \(1 of 2 slides drawn\):\nSlide 2 “Two”: 1 of 2 Mermaid diagram\(s\) not drawn yet/)
  })

  it('reports a Mermaid error once the diagrams have settled, naming the slide and quoting the parser', () => {
    const error = 'Error: Parse error on line 3:\n...\n---^\nExpecting X\nmore\nmore'
    const early = judgeProbe({ ...probe({ diagramsDrawn: 0, diagramErrors: [error] }) }, deck, false)
    expect(early).toMatchObject({ state: 'waiting', reasons: ['Slide 2 “Two”: 1 of 2 Mermaid diagram(s) not drawn yet'] })
    expect(timeoutMessage(early, 1000, 2)).toMatch(/^Slide 2 “Two” has a Mermaid diagram that does not parse/)
    const verdict = judgeProbe(probe({ diagramsDrawn: 1, diagramErrors: [error] }), deck, false)
    expect(verdict.state).toBe('broken')
    const message = verdict.state === 'broken' ? verdict.message : ''
    expect(message).toMatch(/^Slide 2 “Two” has a Mermaid diagram that does not parse/)
    expect(message).toContain('Parse error on line 3')
    expect(message).not.toContain('more\nmore')
  })

  it('names every broken slide in one message', () => {
    const three = [...deck, slide(3, 'Three', { mermaidBlocks: 1 })]
    const p = probe({ diagramsDrawn: 1, diagramErrors: ['Error: A'] })
    p.slides.push({ no: 3, present: true, loading: false, diagramsDrawn: 0, diagramErrors: ['UnknownDiagramError: B'], imagesPending: [] })
    const verdict = judgeProbe(p, three, true)
    expect(verdict.state === 'broken' && verdict.message).toMatch(/^2 slides have Mermaid diagrams that do not parse[\s\S]*Slide 2 “Two”:\nError: A\nSlide 3 “Three”:\nUnknownDiagramError: B/)
  })
})

describe('handout HTML', () => {
  it('escapes every text and keeps raw HTML in notes inert', () => {
    const hostile = '<script>alert(1)</script> & "q" \'s'
    const html = renderHandoutHtml(
      { title: hostile, author: hostile, handout: { subtitle: hostile, references: [hostile], slideSources: { 1: [hostile] } } },
      [{ no: 1, title: hostile, note: `Note with <img src=x onerror=alert(1)> and **bold**`, sources: [hostile], picture: 'data:image/png;base64,AAAA' }],
      '2024-01-01',
    )
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;s')
    expect(html).toContain('<strong>bold</strong>')
    expect(escapeHtml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;')
  })

  it('drops Slidev click markers and renders the escaper’s entities back to text', () => {
    expect(renderNotes('[click] First &amp; second\\. &#91;1]')).toBe('<p>First &amp; second. [1]</p>\n')
  })
})

describe('StagedFiles', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('shows nothing until commit, and leaves nothing on discard', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-staged-'))
    writeFileSync(join(dir, 'old.pdf'), 'old')
    const staged = new StagedFiles()
    await staged.write(join(dir, 'old.pdf'), Buffer.from('new'))
    await staged.write(join(dir, 'sub', 'a.png'), Buffer.from('png'))
    expect(readFileSync(join(dir, 'old.pdf'), 'utf8')).toBe('old')
    await staged.discard()
    expect(readdirSync(dir).sort()).toEqual(['old.pdf', 'sub'])
    expect(readdirSync(join(dir, 'sub'))).toEqual([])

    const again = new StagedFiles()
    await again.write(join(dir, 'old.pdf'), Buffer.from('new'))
    expect(await again.path(join(dir, 'x.pptx'))).toMatch(/x\.pptx\.tmp-\d+$/)
    writeFileSync(join(dir, `x.pptx.tmp-${process.pid}`), 'pptx')
    await again.commit()
    expect(readFileSync(join(dir, 'old.pdf'), 'utf8')).toBe('new')
    expect(readdirSync(dir).sort()).toEqual(['old.pdf', 'sub', 'x.pptx'])
  })

  it('names PNGs so that they sort in slide order', () => {
    expect([pngName(3, 9), pngName(12, 120)]).toEqual(['03.png', '012.png'])
  })
})
