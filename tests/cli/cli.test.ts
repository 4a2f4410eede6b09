import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { USAGE } from '../../src/cli/args.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const BUNDLED = join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt')

/** Runs `npm run deck -- ARGS` the way a user does (through tsx), returning exit code and output. */
function deck(args: string[], input?: string | Buffer) {
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build-deck.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'briefdeck-cli-'))
const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : [])

describe('npm run deck', () => {
  it('prints the help', () => {
    const r = deck(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe(USAGE)
  })

  it('builds slides.md, outline.yaml and the deck assets into --out-dir', () => {
    const dir = tmp()
    const r = deck([BUNDLED, '--out-dir', dir, '--no-pdf'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/✓ \d+ slides →/)
    for (const f of ['slides.md', 'outline.yaml', 'outline.schema.json', 'components', 'styles', 'global-bottom.vue'])
      expect(listing(dir)).toContain(f)
    const slides = parseSync(readFileSync(join(dir, 'slides.md'), 'utf8'), 'slides.md').slides
    expect(slides.length).toBeGreaterThan(5)
    expect(slides[0]!.title).toBe('North Korea – No Strategic Reprieve for Sino-US Tensions')
  })

  it('reads the article from standard input with -', () => {
    const dir = tmp()
    const r = deck(['-', '--out-dir', dir, '--no-pdf'], readFileSync(BUNDLED))
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toContain('North Korea')
  })

  it('rebuilds from an outline alone, byte for byte the same slides.md', () => {
    const dir = tmp()
    expect(deck([BUNDLED, '--out-dir', dir, '--no-pdf']).code).toBe(0)
    const before = readFileSync(join(dir, 'slides.md'), 'utf8')
    const r = deck(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf'])
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(before)
  })

  it('refuses to overwrite a hand-edited slides.md, and keeps a backup with --force', () => {
    const dir = tmp()
    expect(deck([BUNDLED, '--out-dir', dir, '--no-pdf']).code).toBe(0)
    const slides = join(dir, 'slides.md')
    const edited = `${readFileSync(slides, 'utf8')}\n<!-- my own words -->\n`
    writeFileSync(slides, edited)
    const refused = deck([BUNDLED, '--out-dir', dir, '--no-pdf'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/slides\.md was edited by hand .* nothing was written.*--force/s)
    expect(readFileSync(slides, 'utf8')).toBe(edited)
    const forced = deck([BUNDLED, '--out-dir', dir, '--no-pdf', '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    const backup = listing(dir).find((f) => f.startsWith('slides.md.bak-'))!
    expect(readFileSync(join(dir, backup), 'utf8')).toBe(edited)
    expect(readFileSync(slides, 'utf8')).not.toBe(edited)
  })

  it('reports every outline mistake with its place, and writes nothing', () => {
    const dir = tmp()
    expect(deck([BUNDLED, '--out-dir', dir, '--no-pdf']).code).toBe(0)
    const outline = join(dir, 'outline.yaml')
    const text = readFileSync(outline, 'utf8').replace('kind: agenda', 'kind: quiz').replace(/source: \[p1\.s1/, 'source: [p99.s1')
    writeFileSync(outline, text)
    const before = readFileSync(join(dir, 'slides.md'), 'utf8')
    const r = deck(['--outline', outline, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/outline\.yaml:\d+:\d+ {2}slides\[1\]\.kind: unknown slide kind "quiz"/)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(before)
  })
})

describe('npm run deck: clear errors, nothing written', () => {
  const cases: Array<[string, () => { args: string[]; input?: Buffer }, RegExp]> = [
    ['a missing file', () => ({ args: ['/nonexistent/article.txt'] }), /No file at \/nonexistent\/article\.txt/],
    ['a folder given as the article', () => ({ args: [tmp()] }), /is a folder; expected an article file/],
    ['an empty file', () => ({ args: [file('empty.txt', '')] }), /empty\.txt is empty/],
    ['white space only', () => ({ args: [file('blank.txt', '  \n\n\t ')] }), /is empty \(or only white space\)/],
    ['a binary file', () => ({ args: [file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]))] }), /looks like a binary file/],
    ['an article over the size limit', () => ({ args: [file('huge.txt', 'Words go here. '.repeat(150_000))] }), /the limit is 1 MiB/],
    ['an out-dir that is a file', () => ({ args: [BUNDLED, '--out-dir', file('not-a-dir', 'x')] }), /is a file; expected a folder/],
    ['a bad --minutes', () => ({ args: [BUNDLED, '--minutes', 'ten'] }), /--minutes to be a whole number from 1 to 180, not "ten"/],
    ['an unknown option', () => ({ args: ['--colour'] }), /Unknown option '--colour'/],
  ]
  for (const [name, make, message] of cases)
    it(`says so for ${name}`, () => {
      const out = tmp()
      const { args } = make()
      const r = deck([...args, ...(args.includes('--out-dir') ? [] : ['--out-dir', out]), '--no-pdf'])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(message)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(listing(out)).toEqual([])
    })
})

function file(name: string, content: string | Buffer): string {
  const dir = tmp()
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

void execFileSync

describe('npm run deck: text that could act on a terminal, damaged encodings, YAML tags', () => {
  const UNSAFE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

  it('writes no control character or bidi override into slides.md or outline.yaml, from an article or an outline', () => {
    const dir = tmp()
    const text = [
      'Talks \u001b]0;pwned\u0007resume',
      'Japan and China met in Tokyo on 4 May 2023 \u001b[2J\u001b[31min secret\u001b[0m. The envoy said \u202Eyad a\u202C and left\u0085.',
      'The United States welcomed the talks\u0007\u007f. South Korea called for calm \u2067and restraint\u2069.',
      // enough plain text that the few control characters do not make it look like a binary file
      ...Array.from({ length: 8 }, (_, i) => `Officials from Russia and India said on ${i + 1} June 2023 that the talks would continue. The European Union offered to mediate.`),
    ].join('\n\n')
    const r = deck([file('controls.txt', text), '--out-dir', dir, '--no-pdf'])
    expect(r.code, r.stderr).toBe(0)
    for (const name of ['slides.md', 'outline.yaml']) expect(readFileSync(join(dir, name), 'utf8'), name).not.toMatch(UNSAFE)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toContain('The envoy said yad a and left')
    // An outline edited by hand: its text is escaped for YAML, and the renderer drops them too.
    const outline = join(dir, 'outline.yaml')
    writeFileSync(outline, readFileSync(outline, 'utf8').replace(/title: Agenda/, 'title: "Agenda \\e[5m\\a \\u202Ereversed"'))
    const rebuilt = deck(['--outline', outline, '--out-dir', dir, '--no-pdf'])
    expect(rebuilt.code, rebuilt.stderr).toBe(0)
    const slides = readFileSync(join(dir, 'slides.md'), 'utf8')
    expect(slides).not.toMatch(UNSAFE)
    expect(slides).toMatch(/^## Agenda &#91;5m reversed$/m)
  })

  it('reads UTF-8 with one bad byte as UTF-8, and says so in one line', () => {
    const dir = tmp()
    const bytes = Buffer.concat([Buffer.from('東京 talks\n\n東京 hosted Japan and China on 4 May 2023. Both sides'), Buffer.from([0xe6]), Buffer.from(' agreed to meet again.\n')])
    const r = deck([file('tokyo.txt', bytes), '--out-dir', dir, '--no-pdf'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/^briefdeck: warning: .*tokyo\.txt is not valid UTF-8 in 1 byte \(the first at byte offset \d+\); it was read as “\uFFFD”\./m)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toContain('東京')
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).not.toContain('æ±')
  })

  it('prints no YAML warnings for front matter with tags it does not know', () => {
    const dir = tmp()
    const md = '---\ntitle: !foo Talks resume\nauthor: !bar Jane Doe\ndate: !!timestamp x\n---\n\nJapan and China met in Tokyo on 4 May 2023. Both sides agreed to meet again.\n\nThe United States welcomed the talks. South Korea called for calm.\n'
    const r = deck([file('tags.md', md), '--out-dir', dir, '--no-pdf'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/YAMLWarning|Warning/)
    // The build's line, then the quality report's summary: nothing about the tags.
    const lines = r.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^✓ \d+ slides/)
    expect(lines.slice(1).every((l) => /quality|^  /.test(l)), r.stderr).toBe(true)
  })
})
