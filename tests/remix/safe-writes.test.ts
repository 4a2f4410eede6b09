import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index.ts'
import { fileState, writeFileAtomic, writeFiles } from '../../src/files.ts'
import { BUNDLED, listing, read, tmp } from './helpers.ts'

/**
 * Nothing the user edits is lost: a hand-edited slides.md or outline.yaml is not overwritten without --force,
 * and --force keeps a backup holding the edit. (tests/cli/cli.test.ts covers slides.md through npm run deck.)
 */

async function deckInProcess(args: string[]) {
  const err: string[] = []
  const io: CliIo = { out: () => undefined, err: (l) => err.push(l), readStdin: () => Buffer.alloc(0) }
  const code = await main(args, io)
  return { code, stderr: err.join('\n') }
}

async function freshDeck() {
  const dir = tmp()
  const r = await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])
  expect(r.code, r.stderr).toBe(0)
  return { dir, outline: join(dir, 'outline.yaml'), slides: join(dir, 'slides.md') }
}

const backups = (dir: string, name: string) => listing(dir).filter((f) => f.startsWith(`${name}.bak-`))

describe('a hand-edited outline.yaml and a rebuild from the article', () => {
  it('refuses, writes nothing, and says how to build from the edit or redraft with --force', async () => {
    const { dir, outline, slides } = await freshDeck()
    const edited = read(outline).replace('title: Agenda', 'title: Plan for today')
    writeFileSync(outline, edited)
    const slidesBefore = read(slides)
    const files = listing(dir)
    const r = await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `briefdeck: ${outline} was edited by hand since briefdeck wrote it, so nothing was written. ` +
        `To build the deck from your edited outline, run: npm run deck -- --outline ${outline} --out-dir ${dir}. ` +
        'To draft a new outline from the article instead, pass --force (a backup of the edited file is kept).',
    )
    expect(read(outline)).toBe(edited)
    expect(read(slides)).toBe(slidesBefore)
    expect(listing(dir)).toEqual(files)
    // The command it suggests does what it says.
    const suggested = /run: npm run deck -- (.*?)\. To draft/.exec(r.stderr)![1]!.split(' ')
    const rebuilt = await deckInProcess([...suggested, '--no-pdf'])
    expect(rebuilt.code, rebuilt.stderr).toBe(0)
    expect(read(slides)).toMatch(/^## Plan for today$/m)
    expect(read(outline)).toBe(edited)
  })

  it('with --force, keeps a backup holding the edit and writes a fresh, generated outline', async () => {
    const { dir, outline } = await freshDeck()
    const edited = `${read(outline)}# my own closing remark\n`
    writeFileSync(outline, edited)
    const r = await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf', '--force'])
    expect(r.code, r.stderr).toBe(0)
    const [backup] = backups(dir, 'outline.yaml')
    expect(r.stderr).toContain(`Kept a backup of your edited file: ${join(dir, backup!)}`)
    expect(read(join(dir, backup!))).toBe(edited)
    expect(read(outline)).not.toContain('my own closing remark')
    expect(fileState(outline)).toBe('generated')
  })

  it('names both files when slides.md was edited too, and --force backs up each', async () => {
    const { dir, outline, slides } = await freshDeck()
    writeFileSync(outline, `${read(outline)}# mine\n`)
    writeFileSync(slides, `${read(slides)}\n<!-- mine -->\n`)
    const r = await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/slides\.md and .*outline\.yaml were edited by hand since briefdeck wrote them, so nothing was written\./)
    expect(r.stderr).toMatch(/Move any changes to slides\.md into outline\.yaml first\./)
    expect(r.stderr).toMatch(/pass --force \(a backup of each edited file is kept\)/)
    const forced = await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf', '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    expect(read(join(dir, backups(dir, 'slides.md')[0]!))).toMatch(/<!-- mine -->\n$/)
    expect(read(join(dir, backups(dir, 'outline.yaml')[0]!))).toMatch(/# mine\n$/)
  })
})

describe('a hand-edited slides.md and a rebuild from the outline', () => {
  it('refuses, so the edit survives; the outline is untouched', async () => {
    const { dir, outline, slides } = await freshDeck()
    const edited = `${read(slides)}\n<!-- my own slide words -->\n`
    writeFileSync(slides, edited)
    const outlineBefore = read(outline)
    const r = await deckInProcess(['--outline', outline, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/slides\.md was edited by hand .* nothing was written\. Put your changes in outline\.yaml and rebuild with --outline, or pass --force/)
    expect(read(slides)).toBe(edited)
    expect(read(outline)).toBe(outlineBefore)
  })
})

describe('writeFiles and writeFileAtomic', () => {
  it('check every guarded file before writing any', () => {
    const dir = tmp()
    const a = join(dir, 'a.md')
    const b = join(dir, 'b.md')
    writeFileSync(b, 'edited by hand, no fingerprint')
    expect(() =>
      writeFiles([
        { path: a, content: 'new a', guarded: false },
        { path: b, content: 'new b', guarded: true },
      ]),
    ).toThrow(/b\.md was edited by hand/)
    expect(existsSync(a)).toBe(false)
    expect(read(b)).toBe('edited by hand, no fingerprint')
  })

  it('leave no temporary file behind when a write fails', () => {
    const dir = tmp()
    const target = join(dir, 'slides.md')
    mkdirSync(target) // a folder where the file should go: the rename fails
    expect(() => writeFileAtomic(target, 'x')).toThrow()
    expect(readdirSync(dir)).toEqual(['slides.md'])
  })
})
