/**
 * The README's promises — nothing half-written, never overwriting your work — under Ctrl-C, a killed `npm run`,
 * two runs into one folder, planted symbolic links, read-only files and a slides.md that is a link. Real
 * processes (`npm run deck`, signals sent as a terminal sends them), real links and modes, real PDFs.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { STAGING_DIR } from '../../src/export/deck-root.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const BUNDLED = join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt')
const OTHER = join(ROOT, 'tests/fixtures/articles/trade-diplomacy.md')
const work = mkdtempSync(join(tmpdir(), 'briefdeck-interrupt-'))
/** Process groups of the runs started here: whatever a failed test left running is stopped afterwards. */
const groups: number[] = []
afterEach(() => {
  for (const pgid of groups.splice(0))
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch {
      // gone already
    }
})
afterAll(() => rmSync(work, { recursive: true, force: true }))
let n = 0
const fresh = (name = 'deck') => join(work, `${name}-${++n}`)

/** Every file under `dir` with a hash of its content (links as links): equal snapshots, same folder. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      const stat = lstatSync(path)
      if (stat.isSymbolicLink()) out[relative(dir, path)] = `-> ${readlinkSync(path)}`
      else if (stat.isDirectory()) walk(path)
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

async function inProcess(args: string[]) {
  const err: string[] = []
  const code = await main(args, { out: () => {}, err: (l) => err.push(l), readStdin: () => Buffer.alloc(0) })
  return { code, stderr: err.join('\n') }
}

interface NpmRun {
  child: ChildProcess
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>
}

/** `npm run deck -- ARGS` in a process group of its own, as a terminal runs a command. */
function npmRunDeck(args: string[]): NpmRun {
  const child = spawn('npm', ['run', '--silent', 'deck', '--', ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBUG: '' },
  })
  groups.push(child.pid!)
  let output = ''
  child.stdout!.on('data', (d: Buffer) => (output += d))
  child.stderr!.on('data', (d: Buffer) => (output += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const waitFor = async (pattern: RegExp, timeoutMs = 120_000) => {
    const started = Date.now()
    while (!pattern.test(output)) {
      if (child.exitCode !== null || Date.now() - started > timeoutMs) throw new Error(`never saw ${pattern}:\n${output}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  return { child, output: () => output, exited, waitFor }
}

/** True while any process of the group `pgid` lives. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

async function groupGone(pgid: number, timeoutMs = 15_000): Promise<boolean> {
  const started = Date.now()
  while (groupAlive(pgid)) {
    if (Date.now() - started > timeoutMs) return false
    await new Promise((r) => setTimeout(r, 100))
  }
  return true
}

const pdfTitle = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/^Title:\s+(.*)$/m)?.[1]
const slidesTitle = (dir: string) => /^title: "(.*)"$/m.exec(readFileSync(join(dir, 'slides.md'), 'utf8'))?.[1]
const staging = () => (existsSync(join(ROOT, STAGING_DIR)) ? readdirSync(join(ROOT, STAGING_DIR)) : [])
/** Copies of decks (and their locks) that a run left in the project's staging folder. */
const leftInStaging = (before: string[]) => staging().filter((name) => !before.includes(name))

describe('a run stopped half-way leaves the old deck, whole, and nothing else', () => {
  it('Ctrl-C during the export: the old slides.md, outline.yaml and PDFs, no temporary files, no processes', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-handout'])).code).toBe(0)
    const before = snapshot(dir)
    const stagingBefore = staging()
    // A different deck (5 minutes instead of 15), stopped while Chromium draws it.
    const run = npmRunDeck([BUNDLED, '--out-dir', dir, '--minutes', '5', '--no-handout'])
    await run.waitFor(/✓ Slidev and Chromium started/) // the slides are being drawn
    process.kill(-run.child.pid!, 'SIGINT') // what Ctrl-C in a terminal does: the whole foreground group
    const { signal, code } = await run.exited
    expect(signal ?? code, run.output()).toBeTruthy()
    expect(await groupGone(run.child.pid!), 'processes of the run still alive').toBe(true)
    expect(run.output()).toMatch(/briefdeck: stopped \(SIGINT\); nothing half-written is left\./)
    expect(snapshot(dir)).toEqual(before)
    expect(leftInStaging(stagingBefore)).toEqual([])
  }, 240_000)

  it('npm killed (SIGKILL) during the export: its children notice, put the old deck back and stop', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-handout'])).code).toBe(0)
    const before = snapshot(dir)
    const stagingBefore = staging()
    const run = npmRunDeck([BUNDLED, '--out-dir', dir, '--minutes', '5', '--no-handout'])
    await run.waitFor(/✓ \d+ slides → /) // the files are written: the export is starting
    process.kill(run.child.pid!, 'SIGKILL') // npm alone: its shell and node are left running, unsignalled
    expect(await groupGone(run.child.pid!), 'the export outlived npm').toBe(true)
    expect(snapshot(dir)).toEqual(before)
    expect(leftInStaging(stagingBefore)).toEqual([])
  }, 240_000)
})

describe('two runs into one deck folder', () => {
  it('run one after the other: the second waits, saying for which run, and the folder holds one deck, PDFs and all', async () => {
    const dir = fresh()
    const first = npmRunDeck([BUNDLED, '--out-dir', dir, '--no-handout'])
    await first.waitFor(/✓ \d+ slides/)
    const second = npmRunDeck([OTHER, '--out-dir', dir, '--no-handout'])
    const [a, b] = await Promise.all([first.exited, second.exited])
    expect(a.code, first.output()).toBe(0)
    expect(b.code, second.output()).toBe(0)
    expect(second.output()).toMatch(/… waiting for another briefdeck run \(pid \d+, since [\d-]+T[\d:.]+Z\) to finish writing to /)
    // The second run's deck, and PDFs drawn from it.
    expect(slidesTitle(dir)).toMatch(/^Fact Sheet/)
    expect(pdfTitle(join(dir, 'deck.pdf'))).toBe(slidesTitle(dir))
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([])
  }, 300_000)
})

describe('planted links, file modes, and a slides.md that is a link', () => {
  it('writes through no link planted at a temporary name, and leaves no link in place of outline.yaml', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const victim = join(work, `victim-${++n}.txt`)
    writeFileSync(victim, 'precious')
    // The names the temporary files used to have, for this process (the one that writes, here).
    for (const name of ['outline.yaml', 'slides.md', 'outline.schema.json'])
      symlinkSync(victim, join(dir, `.${name}.tmp-${process.pid}`))
    const r = await inProcess(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf', '--minutes', '7'])
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    for (const name of ['outline.yaml', 'slides.md']) expect(lstatSync(join(dir, name)).isFile(), name).toBe(true)
    expect(readFileSync(join(dir, 'outline.yaml'), 'utf8')).toMatch(/minutes: 7/)
  })

  it('writes no PDF through a link planted at the name the PDF’s temporary file had', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const victim = join(work, `victim-${++n}.txt`)
    writeFileSync(victim, 'precious')
    symlinkSync(victim, join(dir, `deck.pdf.tmp-${process.pid}`))
    const r = await inProcess(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-handout', '--no-dev-server'])
    expect(r.code, r.stderr).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('precious')
    expect(lstatSync(join(dir, 'deck.pdf')).isFile()).toBe(true)
    expect(readFileSync(join(dir, 'deck.pdf')).subarray(0, 5).toString()).toBe('%PDF-')
  }, 180_000)

  it('keeps the mode of a file it replaces (0600 stays 0600)', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    chmodSync(join(dir, 'outline.yaml'), 0o600)
    chmodSync(join(dir, 'slides.md'), 0o640)
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf', '--minutes', '9'])).code).toBe(0)
    expect(statSync(join(dir, 'outline.yaml')).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'slides.md')).mode & 0o777).toBe(0o640)
    expect(readFileSync(join(dir, 'outline.yaml'), 'utf8')).toMatch(/minutes: 9/)
  })

  it('refuses a read-only outline.yaml like a hand-edited one; with --force keeps a backup and the mode', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const outline = join(dir, 'outline.yaml')
    chmodSync(outline, 0o444)
    const before = snapshot(dir)
    const r = await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf', '--minutes', '9'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `briefdeck: ${outline} is read-only, so nothing was written. To build the deck from your edited outline, run: ` +
        `npm run deck -- --outline ${outline} --out-dir ${dir}. To draft a new outline from the article instead, pass --force (a backup of the file is kept).`,
    )
    expect(snapshot(dir)).toEqual(before)
    const forced = await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf', '--minutes', '9', '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    expect(readdirSync(dir).filter((f) => f.startsWith('outline.yaml.bak-'))).toHaveLength(1)
    expect(statSync(outline).mode & 0o777).toBe(0o444)
    expect(readFileSync(outline, 'utf8')).toMatch(/minutes: 9/)
  })

  it('treats a slides.md that is a link as the user’s: refused, and with --force the backup is the link, not a copy of its target', async () => {
    const dir = fresh()
    expect((await inProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const mine = join(work, `my-slides-${++n}.md`)
    writeFileSync(mine, '# My own slides, kept elsewhere\n')
    const slides = join(dir, 'slides.md')
    rmSync(slides)
    symlinkSync(mine, slides)
    const r = await inProcess(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/slides\.md is a symbolic link \(yours: briefdeck does not write through it\), so nothing was written\./)
    expect(readlinkSync(slides)).toBe(mine)
    const forced = await inProcess(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-pdf', '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    const backup = join(dir, readdirSync(dir).find((f) => f.startsWith('slides.md.bak-'))!)
    expect(lstatSync(backup).isSymbolicLink()).toBe(true)
    expect(readlinkSync(backup)).toBe(mine)
    expect(readFileSync(mine, 'utf8')).toBe('# My own slides, kept elsewhere\n')
    expect(lstatSync(slides).isFile()).toBe(true)
  })
})

