/**
 * Odd but valid articles make sane decks: a byte-order mark and CRLF line ends, legacy encodings, no title
 * line, one giant paragraph with no sections, Chinese, Arabic and Russian text with emoji, very long words and
 * URLs. Each goes through the command line; the deck is read back with Slidev's parser, and one (long words,
 * several scripts, emoji) is drawn in Chromium and measured for overflow.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { launchChromium } from '../../src/export/chromium.ts'
import { prepareDeckRoot } from '../../src/export/deck-root.ts'
import { openPrintPage } from '../../src/export/print-page.ts'
import { startSlidevServer } from '../../src/export/slidev-server.ts'
import { parseOutline, type Outline } from '../../src/outline.ts'
import { plainText } from '../../src/render/escape.ts'
import { measureOverflow } from '../helpers.ts'

const ODD = join(new URL('.', import.meta.url).pathname, 'fixtures', 'odd')
const work = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-odd-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const quiet = { out: () => {}, err: () => {}, readStdin: () => Buffer.alloc(0) }
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim()
let n = 0

/** Writes `bytes` as an article named `name`, builds its deck with the command line, and reads both back. */
async function build(name: string, bytes: Buffer | string): Promise<{ dir: string; outline: Outline; md: string }> {
  const dir = join(work, `${++n}`, 'deck')
  const article = join(work, `${n}`, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(article, bytes)
  const err: string[] = []
  const code = await main([article, '--out-dir', dir, '--no-pdf'], { ...quiet, err: (l) => err.push(l) })
  expect(code, err.join('\n')).toBe(0)
  const parsed = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8'))
  expect(parsed.diagnostics).toEqual([])
  return { dir, outline: parsed.outline!, md: readFileSync(join(dir, 'slides.md'), 'utf8') }
}

/** What every deck must be, whatever its article: Slidev reads it back slide for slide, titles and notes whole. */
function expectSane({ outline, md }: { outline: Outline; md: string }) {
  expect(md).not.toMatch(/[\r\uFEFF\u0000]/)
  const slides = parseSync(md, 'slides.md').slides
  expect(slides).toHaveLength(outline.slides.length)
  expect(outline.slides.length).toBeGreaterThanOrEqual(4)
  for (const [i, slide] of outline.slides.entries()) {
    if (i > 0) expect(normalise(plainText(slides[i]!.title ?? '')), `slide ${i + 1}`).toBe(normalise(slide.title))
    expect(slides[i]!.content.trim(), `slide ${i + 1}`).not.toBe('')
    expect(slides[i]!.note ?? '', `slide ${i + 1}`).toMatch(/Timing: ≈/)
  }
  const ids = new Set(Object.keys(outline.sentences))
  for (const slide of outline.slides)
    for (const p of 'points' in slide ? slide.points : []) for (const id of p.source) expect(ids).toContain(id)
}

/** Every sentence of the outline, in order, read together: the article's text as the deck keeps it. */
const keptText = (outline: Outline) => normalise(Object.values(outline.sentences).join(' '))

describe('odd but valid articles', () => {
  it('a byte-order mark and CRLF line ends', async () => {
    const text = 'Talks resume\r\n\r\nJapan and China resumed talks on 4 May 2023 in Tokyo. Both sides agreed to meet again.\r\n\r\nThe United States welcomed the talks. South Korea called for calm.\r\n'
    const deck = await build('crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    expectSane(deck)
    expect(deck.outline.meta.title).toBe('Talks resume')
    expect(keptText(deck.outline)).toContain('Japan and China resumed talks on 4 May 2023 in Tokyo. Both sides agreed to meet again.')
  })

  it('Windows-1252 (curly quotes, accents) and UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const text = 'Café diplomacy\n\nFrance and Germany met on 3 March 2021. “We agree,” said the minister of Besançon.\n\nItaly welcomed the talks. Spain said the deal was “historic”.\n'
    const cp1252 = Buffer.from(
      [...text].map((c) => ({ '“': 0x93, '”': 0x94, é: 0xe9, ç: 0xe7 })[c] ?? c.charCodeAt(0)),
    )
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    for (const [name, bytes] of [['cp1252.txt', cp1252], ['utf16le.txt', le], ['utf16be.txt', be]] as const) {
      const deck = await build(name, bytes)
      expectSane(deck)
      expect(deck.outline.meta.title, name).toBe('Café diplomacy')
      expect(keptText(deck.outline), name).toContain('“We agree,” said the minister of Besançon.')
    }
  })

  it('no title line, one giant paragraph, no sections', async () => {
    const sentences = Array.from({ length: 300 }, (_, i) => `Japan and China held round ${i + 1} of their talks on ${(i % 28) + 1} May 2023, and officials said progress was slow.`)
    const deck = await build('one-paragraph-article.txt', sentences.join(' '))
    expectSane(deck)
    expect(deck.outline.meta.title).toBe('One paragraph article')
    // nothing lost: every sentence is kept, and speaking time still fits the budget
    expect(Object.keys(deck.outline.sentences)).toHaveLength(300)
    expect(keptText(deck.outline)).toBe(normalise(sentences.join(' ')))
    expect(deck.outline.slides.length).toBeLessThanOrEqual(30)
  })

  it.each(['chinese.txt', 'arabic.txt', 'russian.txt'])('%s, with emoji', async (name) => {
    const text = readFileSync(join(ODD, name), 'utf8')
    const deck = await build(name, text)
    expectSane(deck)
    const title = text.split('\n')[0]!
    expect(deck.outline.meta.title).toBe(title)
    expect(deck.md).toContain(title.slice(-2)) // the emoji at the end of the title
    // the article's paragraphs are all in the outline, verbatim (as sentences, or as a section title); Chinese is
    // split into sentences at 。, so the comparison leaves out the spaces between them
    const kept = [keptText(deck.outline), ...deck.outline.slides.map((s) => s.title)].join(' ').replace(/\s+/g, '')
    for (const paragraph of text.split(/\n\s*\n/).slice(2)) for (const word of paragraph.trim().split(/\s+/)) expect(kept).toContain(word)
    // and the deck briefs them: content slides, not only the frame
    expect(deck.outline.slides.some((s) => s.kind === 'points' || s.kind === 'takeaways')).toBe(true)
  })
})


describe('very long words and URLs, several scripts and emoji, in Chromium', () => {
  it('draws every slide within its canvas, the long words wrapped and the text all there', async () => {
    // As long as they come in real articles: a 220-character link, a 70-letter word. (Much longer ones overflow:
    // the draft caps a point at 26 words, and a word of 250 letters or a 450-character link is one word.)
    const url = `https://www.example.org/2023/05/04/${'japan-china-maritime-talks-'.repeat(4)}resume/index.html?utm_source=${'newsletter'.repeat(3)}&id=${'7'.repeat(20)}`
    const word = `Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz${'e'.repeat(7)}`
    const text = [
      `A title with ${word} in it 🌏`,
      `Japan and China met on 4 May 2023. The agreement at ${url} was signed by ${word} officials 🤝. China said the deal was good.`,
      `中国和日本的外交官在北京举行会谈。Россия и Китай подписали соглашение 12 июня 2021 года. التقى وزيرا خارجية مصر والأردن في القاهرة.`,
      `On 5 June 2023 the ${word} committee published ${url} and the United States welcomed it 👍🏽 👩‍👩‍👧 🇰🇷.`,
    ].join('\n\n')
    const deck = await build('long-words.txt', text)
    expectSane(deck)
    expect(keptText(deck.outline)).toContain(word)
    expect(keptText(deck.outline)).toContain(url)

    const browser = await launchChromium()
    const root = await prepareDeckRoot(join(deck.dir, 'slides.md'))
    const server = await startSlidevServer(root.entry, 120_000)
    try {
      const print = await openPrintPage({ browser, deckUrl: server.url, deck: server.deck, timeoutMs: 120_000 })
      expect((await print.page.evaluate(measureOverflow, 1)).filter((s) => s.overflow.length)).toEqual([])
      const shown = normalise(await print.page.locator('body').innerText())
      for (const slide of deck.outline.slides) expect(shown).toContain(normalise(slide.title))
      expect(shown).toContain(word)
      expect(shown).toContain('🌏')
    } finally {
      await browser.close()
      await server.close()
      await root.cleanup()
    }
  }, 180_000)
})
