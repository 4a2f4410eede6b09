/**
 * A reading list in one run: `briefdeck build a.txt b.md … --out-dir decks/` writes one deck folder per article,
 * each the same as a single run writes, lists them in decks/index.md, and reports an article that fails by its
 * name while the others are written. With PDFs, one Slidev server and one Chromium draw every deck (real Slidev,
 * real Chromium, PDFs read back and compared with single runs' page for page).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { expandInputs, slugify, uniqueSlug } from '../../src/cli/batch.ts'
import { main } from '../../src/cli/index.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const FIXTURES = join(ROOT, 'tests/fixtures/articles')
const A = join(FIXTURES, 'trade-diplomacy.md')
const B = join(FIXTURES, 'non-geopolitics.txt')
const C = join(FIXTURES, 'security-analysis.txt')
const pages = async (path: string) => (await PDFDocument.load(readFileSync(path), { updateMetadata: false })).getPageCount()
const tmp = () => mkdtempSync(join(tmpdir(), 'briefdeck-batch-'))

function cli() {
  const lines: string[] = []
  const out: string[] = []
  const io = { out: (l: string) => void out.push(l), err: (l: string) => void lines.push(l), readStdin: () => Buffer.alloc(0) }
  return { io, lines, out }
}

/** The deck folders of a batch, by the file name of the article each came from (read from --json). */
function decksByArticle(json: string): Map<string, string> {
  const summary = JSON.parse(json) as { decks: { input: string; outDir: string }[] }
  return new Map(summary.decks.map((d) => [basename(d.input), d.outDir]))
}

describe('slugs and inputs', () => {
  it('makes folder names from titles, never colliding', () => {
    expect(slugify('North Korea – No Strategic Reprieve')).toBe('north-korea-no-strategic-reprieve')
    expect(slugify('Café: «Über» 2024!')).toBe('cafe-uber-2024')
    expect(slugify('戦略')).toBe('deck')
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(60)
    const used = new Set<string>()
    expect([uniqueSlug('A talk', used), uniqueSlug('A talk', used), uniqueSlug('a TALK!', used)]).toEqual(['a-talk', 'a-talk-2', 'a-talk-3'])
  })

  it('expands a folder (its article files, by name) and @list.txt (one path a line, relative to the list)', () => {
    const dir = tmp()
    mkdirSync(join(dir, 'reading'))
    for (const name of ['b.md', 'a.txt', 'c.html', 'notes.pdf', '.hidden.md']) writeFileSync(join(dir, 'reading', name), 'x')
    writeFileSync(join(dir, 'list.txt'), '# the seminar\nreading/c.html\n\nreading/a.txt\n')
    expect(expandInputs([join(dir, 'reading')]).map((p) => basename(p))).toEqual(['a.txt', 'b.md', 'c.html'])
    expect(expandInputs([`@${join(dir, 'list.txt')}`])).toEqual([join(dir, 'reading/c.html'), join(dir, 'reading/a.txt')])
    expect(() => expandInputs([`@${join(dir, 'none.txt')}`])).toThrow(/No list file/)
  })
})

describe('briefdeck build a b c --out-dir decks/ (a batch)', () => {
  it('writes one folder per article, byte for byte a single run, an index; a bad article is named, the rest written, exit 1', async () => {
    const dir = tmp()
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '\n  \n')
    const missing = join(dir, 'missing.md')
    writeFileSync(join(dir, 'list.txt'), `${C}\n${A}\n`)
    const run = cli()
    const code = await main(['build', A, empty, B, missing, `@${join(dir, 'list.txt')}`, '--out-dir', join(dir, 'decks'), '--no-pdf', '--json'], run.io)
    expect(code, run.lines.join('\n')).toBe(1)
    // Each failure named, the others built: A twice (the list names it again) gets a second folder.
    const log = run.lines.join('\n')
    expect(log).toMatch(/✗ \[2\/6\] .*empty\.txt: .*empty/)
    expect(log).toMatch(/✗ \[4\/6\] .*missing\.md: No file at/)
    expect(log).toMatch(/4 of 6 decks .*2 failed/)
    const summary = JSON.parse(run.out.join('\n')) as { decks: { input: string; outDir: string; title: string; slides: number }[]; failed: { input: string }[] }
    expect(summary.decks.map((d) => basename(d.input))).toEqual(['trade-diplomacy.md', 'non-geopolitics.txt', 'security-analysis.txt', 'trade-diplomacy.md'])
    expect(summary.failed.map((f) => basename(f.input))).toEqual(['empty.txt', 'missing.md'])
    const folders = readdirSync(join(dir, 'decks')).sort()
    expect(folders).toHaveLength(5) // four decks and index.md: nothing for the failed articles
    expect(summary.decks[3]!.outDir).toBe(`${summary.decks[0]!.outDir}-2`)

    // Each folder holds what a single run writes for its article.
    for (const [article, i] of [[A, 0], [B, 1], [C, 2]] as const) {
      const single = join(dir, `single-${i}`)
      const one = cli()
      expect(await main(['build', article, '--out-dir', single, '--no-pdf'], one.io), one.lines.join('\n')).toBe(0)
      const deck = summary.decks[i]!.outDir
      expect(readdirSync(deck).sort()).toEqual(readdirSync(single).sort())
      for (const file of ['slides.md', 'outline.yaml']) expect(readFileSync(join(deck, file)), file).toEqual(readFileSync(join(single, file)))
    }

    // The index: every deck with its title, slide count and quality, and the failures by name.
    const index = readFileSync(join(dir, 'decks', 'index.md'), 'utf8')
    for (const d of summary.decks) {
      expect(index).toContain(`](./${basename(d.outDir)}/) | ${d.slides} |`)
      expect(index).toMatch(/quality findings?|no quality findings/)
    }
    expect(index).toContain('## Failed (2)')
    expect(index).toMatch(/- empty\.txt: /)
    expect(index).toMatch(/- missing\.md: No file at/)
  })

  it('refuses --outline with articles, and an --out-dir that is the project', async () => {
    const run = cli()
    expect(await main(['build', A, B, '--outline', 'outline.yaml'], run.io)).toBe(2)
    const atRoot = cli()
    expect(await main(['build', A, B, '--out-dir', ROOT, '--no-pdf'], atRoot.io)).toBe(1)
    expect(atRoot.lines.join('\n')).toMatch(/folder of its own/)
  })

  it('draws every deck with one Slidev server and one Chromium: PDFs page for page a single run', async () => {
    const dir = tmp()
    const run = cli()
    const code = await main(['build', A, B, join(dir, 'missing.txt'), '--out-dir', join(dir, 'decks'), '--json'], run.io)
    expect(code, run.lines.join('\n')).toBe(1)
    const log = run.lines.join('\n')
    // One line per step of each deck, `[k/n] name: phase`.
    expect(log).toMatch(/^\[1\/3\] trade-diplomacy\.md: ✓ \d+ slides drawn/m)
    expect(log).toMatch(/^\[2\/3\] non-geopolitics\.txt: ✓ handout\.pdf composed/m)
    expect(log).toMatch(/✗ \[3\/3\] .*missing\.txt: No file at/)
    const decks = decksByArticle(run.out.join('\n'))
    expect([...decks.keys()]).toEqual(['trade-diplomacy.md', 'non-geopolitics.txt'])

    const single = join(dir, 'single')
    const one = cli()
    expect(await main(['build', B, '--out-dir', single], one.io), one.lines.join('\n')).toBe(0)
    const deck = decks.get('non-geopolitics.txt')!
    expect(readFileSync(join(deck, 'slides.md'))).toEqual(readFileSync(join(single, 'slides.md')))
    for (const pdf of ['deck.pdf', 'handout.pdf']) expect(await pages(join(deck, pdf)), pdf).toBe(await pages(join(single, pdf)))
    // The first deck too: its deck.pdf has a page a slide.
    const first = decks.get('trade-diplomacy.md')!
    expect(await pages(join(first, 'deck.pdf'))).toBe(JSON.parse(run.out.join('\n')).decks[0].slides)
    expect(existsSync(join(dir, 'decks', 'index.md'))).toBe(true)
  })
})
