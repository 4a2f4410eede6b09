import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../../src/cli/args.ts'
import { parseOutline } from '../../src/outline.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const BUNDLED = join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt')

/** Runs `briefdeck ARGS` the way a user does (the bin of `npx briefdeck`), returning exit code and output. */
function deck(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/briefdeck.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'briefdeck-cli-'))
const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : [])

describe('briefdeck (npx briefdeck, npm run deck)', () => {
  it('prints the help: the commands, and each command its options and the exit codes', () => {
    const r = deck(['--help'])
    expect(r.code).toBe(0)
    for (const command of ['build [options] [articles...]', 'dev [options] [dir]', 'export [options] [dir]']) expect(r.stdout).toContain(command)
    expect(r.stdout).toMatch(/Exit codes: 0 done; 1 bad input .*2 a usage error/s)
    const build = deck(['build', '--help'])
    expect(build.code).toBe(0)
    for (const option of ['--outline <file>', '--out-dir <dir>', '--minutes <n>', '--theme <name>', '--reveal', '--with-clicks', '--format <formats>', '--quiet', '--json'])
      expect(build.stdout).toContain(option)
    expect(deck(['dev', '--help']).stdout).toContain('--port <port>')
    expect(deck(['export', '--help']).stdout).toContain('--no-handout')
  })

  it('prints its version', () => {
    const r = deck(['--version'])
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe(VERSION)
  })

  it('runs as npx briefdeck from the project', () => {
    const r = spawnSync('npx', ['--no-install', 'briefdeck', '--version'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout.trim()).toBe(VERSION)
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
    // A folder is a batch (a reading list, one deck per article): one without articles is refused.
    ['a folder holding no article', () => ({ args: [tmp()] }), /holds no article \(\.txt, \.md or \.html\)/],
    ['an empty file', () => ({ args: [file('empty.txt', '')] }), /empty\.txt is empty/],
    ['white space only', () => ({ args: [file('blank.txt', '  \n\n\t ')] }), /is empty \(or only white space\)/],
    ['a binary file', () => ({ args: [file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]))] }), /looks like a binary file/],
    ['an article over the size limit', () => ({ args: [file('huge.txt', 'Words go here. '.repeat(150_000))] }), /the limit is 1 MiB/],
    ['an out-dir that is a file', () => ({ args: [BUNDLED, '--out-dir', file('not-a-dir', 'x')] }), /is a file; expected a folder/],
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

describe('briefdeck: usage errors exit 2, with a suggestion', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a bad --minutes', [BUNDLED, '--minutes', 'ten'], /Expected a whole number from 1 to 180, not "ten"/],
    ['an unknown option', ['--colour'], /^briefdeck: Unknown option '--colour'\. Run briefdeck build --help to see the options\.$/],
    ['a misspelt option', [BUNDLED, '--out-dri', 'x'], /Unknown option '--out-dri' \(did you mean --out-dir\?\)/],
    ['a misspelt option of export', ['export', '--with-click'], /Unknown option '--with-click' \(did you mean --with-clicks\?\)\. Run briefdeck export --help/],
    ['a misspelt command', ['biuld', BUNDLED], /Unknown command 'biuld' \(did you mean build\?\)/],
    ['an unknown format', [BUNDLED, '--format', 'gif'], /Expected one of png, pptx, html, not "gif"/],
    ['an article and an outline', [BUNDLED, '--outline', 'outline.yaml'], /either an article or --outline FILE, not both/],
  ]
  for (const [name, args, message] of cases)
    it(`says so for ${name}`, () => {
      const out = tmp()
      const r = deck([...args, ...(args.includes('--out-dir') || args[0] === 'export' ? [] : ['--out-dir', out]), '--no-pdf'])
      expect(r.code, r.stderr).toBe(2)
      expect(r.stderr.trim()).toMatch(message)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(listing(out)).toEqual([])
    })
})

describe('briefdeck build: outputs for people and for programs', () => {
  it('reads an outline from standard input with --outline -, into the deck folder', () => {
    const from = tmp()
    expect(deck([BUNDLED, '--out-dir', from, '--no-pdf']).code).toBe(0)
    const dir = tmp()
    const r = deck(['--outline', '-', '--out-dir', dir, '--no-pdf'], readFileSync(join(from, 'outline.yaml')))
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toBe(readFileSync(join(from, 'slides.md'), 'utf8'))
    expect(readFileSync(join(dir, 'outline.yaml'), 'utf8')).toBe(readFileSync(join(from, 'outline.yaml'), 'utf8'))
  })

  it('prints a JSON summary on standard output with --json, and nothing on standard error with --quiet', () => {
    const dir = tmp()
    const r = deck([BUNDLED, '--out-dir', dir, '--no-pdf', '--json', '--quiet'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toBe('')
    const summary = JSON.parse(r.stdout) as Record<string, any>
    // As many slides as the outline it wrote has.
    const slides = parseOutline(readFileSync(join(dir, 'outline.yaml'), 'utf8')).outline!.slides.length
    expect(summary).toMatchObject({ title: 'North Korea – No Strategic Reprieve for Sino-US Tensions', outDir: dir, slides })
    expect(summary.files.map((f: { kind: string }) => f.kind)).toEqual(['slides', 'outline', 'quality'])
    expect(summary.quality.findings).toBe(JSON.parse(readFileSync(join(dir, 'quality.json'), 'utf8')).findings.length)
    expect(summary.times.buildMs).toBeGreaterThan(0)
  })

  it('prints one line per phase in a log, none of them a count going back', () => {
    // Standard error is a pipe here, as in CI's log: no bars, one line when each phase ends.
    const dir = tmp()
    const r = deck(['tests/fixtures/articles/trade-diplomacy.md', '--out-dir', dir, '--minutes', '3'])
    expect(r.code, r.stderr).toBe(0)
    const phases = r.stderr.split('\n').filter((l) => /^✓ .*\(\d+\.\d s\)$/.test(l))
    expect(phases.map((l) => l.replace(/ \(.*/, '').replace(/\d+ slides/, 'N slides'))).toEqual([
      '✓ Slidev and Chromium started',
      '✓ N slides drawn',
      '✓ deck.pdf printed',
      '✓ handout.pdf composed',
      '✓ files written',
    ])
    expect(r.stderr).not.toMatch(/\d+\/\d+/)
  })
})

describe('a deck folder is a Slidev project, in the theme asked for', () => {
  it('writes a package.json pinning Slidev and the theme; --theme seriph is stored in the outline', () => {
    const dir = tmp()
    const r = deck([BUNDLED, '--out-dir', dir, '--no-pdf', '--theme', 'seriph'])
    expect(r.code, r.stderr).toBe(0)
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> }
    const installed = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
    expect(pkg.dependencies).toEqual({
      '@slidev/cli': installed('@slidev/cli'),
      '@slidev/theme-seriph': installed('@slidev/theme-seriph'),
      'playwright-chromium': installed('playwright-chromium'),
    })
    expect(pkg.scripts.build).toBe('slidev build')
    expect(readFileSync(join(dir, 'outline.yaml'), 'utf8')).toMatch(/^ {2}theme: seriph$/m)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toMatch(/^theme: seriph$/m)
    // A rebuild from the outline keeps the theme, and the file stays as briefdeck wrote it (not "edited by hand").
    const again = deck(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf'])
    expect(again.code, again.stderr).toBe(0)
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toMatch(/^theme: seriph$/m)
    // Back to the default theme from the outline: only meta.theme changes in it.
    const back = deck(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf', '--theme', 'default'])
    expect(back.code, back.stderr).toBe(0)
    expect(readFileSync(join(dir, 'outline.yaml'), 'utf8')).toMatch(/^ {2}theme: "default"$/m)
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies['@slidev/theme-default']).toBe(installed('@slidev/theme-default'))
  })

  it('refuses a theme that is not installed, naming those that are, and writes nothing', () => {
    const dir = tmp()
    const r = deck([BUNDLED, '--out-dir', dir, '--no-pdf', '--theme', 'nosuchtheme'])
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toMatch(/^briefdeck: The theme "nosuchtheme" is not installed, so nothing was written\. Installed themes: .*default.*seriph/)
    expect(listing(dir)).toEqual([])
  })

  it('builds with slidev build in the deck folder, without briefdeck (node_modules linked, as npm install would make them)', () => {
    const dir = tmp()
    expect(deck([BUNDLED, '--out-dir', dir, '--no-pdf', '--theme', 'seriph']).code).toBe(0)
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
    const r = spawnSync('npx', ['--no-install', 'slidev', 'build', '--out', 'dist'], { cwd: dir, encoding: 'utf8', timeout: 170_000, env: { ...process.env, NODE_ENV: 'production' } })
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0)
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toContain('North Korea')
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
