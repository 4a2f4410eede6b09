/**
 * Broken input and broken surroundings: each gets one paragraph that says what is wrong and what to do, a
 * non-zero exit code, and leaves every file as it was. (Missing, folder, empty, binary and oversized articles
 * and an --out-dir that is a file are in tests/cli/cli.test.ts; decoding in tests/ingest/ingest.test.ts.)
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { BriefdeckError } from '../../src/errors.ts'
import { exportDeck } from '../../src/export/index.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTICLE = join(ROOT, 'tests/hostile/fixtures/payloads.txt')
const work = mkdtempSync(join(tmpdir(), 'briefdeck-hostile-errors-'))
let n = 0
const fresh = (name = 'dir') => join(work, `${name}-${++n}`)

/** Runs the command line in this process; returns the exit code and what it printed on stderr. */
async function deck(args: string[], env: Record<string, string> = {}) {
  const err: string[] = []
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  try {
    const code = await main(args, { out: () => {}, err: (l) => err.push(l), readStdin: () => Buffer.alloc(0) })
    return { code, stderr: err.join('\n') }
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
}

/** Every file under `dir` with a hash of its content: equal snapshots mean nothing was written or changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

/** A deck the user already has: a failed run must leave it exactly as it is. */
async function existingDeck(): Promise<string> {
  const dir = fresh('deck')
  expect((await deck([ARTICLE, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
  return dir
}

/** One paragraph, no stack trace, not an "unexpected error". */
function expectOneParagraph(stderr: string, message: RegExp) {
  expect(stderr).toMatch(message)
  expect(stderr.startsWith('briefdeck: ')).toBe(true)
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/unexpected error|\n\s+at /)
}

function file(name: string, content: string | Buffer): string {
  const dir = fresh('input')
  mkdirSync(dir)
  writeFileSync(join(dir, name), content)
  return join(dir, name)
}

const servers: Server[] = []
afterAll(() => {
  for (const s of servers) {
    s.closeAllConnections()
    s.close()
  }
  rmSync(work, { recursive: true, force: true })
})

describe('articles that cannot be read as text', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['UTF-16 without a byte-order mark', () => file('utf16.txt', Buffer.from('Japan and China met on 1 May 2020. They talked.', 'utf16le')), /utf16\.txt looks like UTF-16 without a byte-order mark\. Save it as UTF-8/],
    ['UTF-16 big-endian without a byte-order mark', () => file('utf16be.txt', Buffer.from('Japan and China met. They talked.', 'utf16le').swap16()), /looks like UTF-16 without a byte-order mark/],
    ['a UTF-8 byte-order mark on bytes that are not UTF-8', () => file('bom.txt', Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x2e])), /bom\.txt starts with a UTF-8 byte-order mark but is not valid UTF-8/],
    ['an HTML page with no article text', () => file('empty.html', '<!doctype html><html><body><nav>Home</nav><footer>© 2024</footer></body></html>'), /has no sentences of article text/],
  ]
  for (const [name, make, message] of cases)
    it(`refuses ${name}, and leaves the deck as it was`, async () => {
      const dir = await existingDeck()
      const before = snapshot(dir)
      const r = await deck([make(), '--out-dir', dir, '--no-pdf'])
      expect(r.code).toBe(1)
      expectOneParagraph(r.stderr, message)
      expect(snapshot(dir)).toEqual(before)
    })

  it('refuses empty standard input, and writes nothing', async () => {
    const dir = fresh()
    const r = await deck(['-', '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expectOneParagraph(r.stderr, /standard input is empty \(or only white space\)/)
    expect(existsSync(dir)).toBe(false)
  })
})

describe('an output folder that cannot be written', () => {
  it('under a regular file: says the file is in the way', async () => {
    const blocker = file('notes.txt', 'my notes')
    const r = await deck([ARTICLE, '--out-dir', join(blocker, 'deck'), '--no-pdf'])
    expect(r.code).toBe(1)
    expectOneParagraph(r.stderr, /--out-dir .*notes\.txt\/deck cannot be made: .*notes\.txt is a file, not a folder\. Choose another --out-dir\./)
    expect(readFileSync(blocker, 'utf8')).toBe('my notes')
  })

  it('in /proc, where no folder can be made: says so at once (Node’s recursive mkdir spins there for ever)', () => {
    // A child process (one node, tsx as a loader), so that a hang is killed and fails the test instead of
    // stalling the suite.
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-deck.ts'), ARTICLE, '--out-dir', '/proc/briefdeck-hostile/deck', '--no-pdf'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
      env: { ...process.env, DEBUG: '' },
    })
    expect(r.signal, 'the command hung').toBeNull()
    expect(r.status).toBe(1)
    expectOneParagraph(r.stderr, /Cannot create the folder \/proc\/briefdeck-hostile\/deck: .*Nothing was written; choose another --out-dir\./)
    expect(existsSync('/proc/briefdeck-hostile')).toBe(false)
  })

  it('with a folder where slides.md goes: says so, and writes nothing', async () => {
    const dir = fresh()
    mkdirSync(join(dir, 'slides.md'), { recursive: true })
    const r = await deck([ARTICLE, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expectOneParagraph(r.stderr, /slides\.md is a folder, where briefdeck writes a file\. Nothing was written/)
    expect(readdirSync(dir)).toEqual(['slides.md'])
  })

  it('with a file where the components folder goes: says so, and writes nothing (not even slides.md)', async () => {
    const dir = fresh()
    mkdirSync(dir)
    writeFileSync(join(dir, 'components'), 'not a folder')
    const r = await deck([ARTICLE, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expectOneParagraph(r.stderr, /Cannot create the folder .*components.*components is a file, not a folder\. Nothing was written/)
    expect(readdirSync(dir)).toEqual(['components'])
    expect(readFileSync(join(dir, 'components'), 'utf8')).toBe('not a folder')
  })
})

describe('no Chromium', () => {
  it('says which setting points nowhere before writing anything, and leaves the deck as it was', async () => {
    const dir = await existingDeck()
    const before = snapshot(dir)
    const r = await deck([ARTICLE, '--out-dir', dir], { BRIEFDECK_CHROMIUM: join(work, 'no-such-chrome') })
    expect(r.code).toBe(1)
    expectOneParagraph(r.stderr, /BRIEFDECK_CHROMIUM=.*no-such-chrome is not an executable file\. Point it at Chrome or Chromium .*or unset it/)
    expect(snapshot(dir)).toEqual(before)
    expect(readdirSync(dir)).not.toContain('deck.pdf')
  })
})

describe('an export that times out', () => {
  it('names the slide that was not ready and why, and writes no PDF', async () => {
    // An image on a server that never answers: the slide can never be drawn completely.
    const hang = createServer(() => {})
    servers.push(hang)
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve))
    const { port } = hang.address() as AddressInfo
    const dir = fresh('slow')
    mkdirSync(dir)
    const slides = join(dir, 'slides.md')
    writeFileSync(
      slides,
      ['---', 'theme: default', 'title: A slow deck', '---', '', '# Ready at once', '', '---', '', '# Waiting for a picture', '', `<img src="http://127.0.0.1:${port}/never.png" alt="never" />`, ''].join('\n'),
    )
    const before = snapshot(dir)
    const error = await exportDeck({ slidesPath: slides, deckPdf: join(dir, 'deck.pdf'), meta: { title: 'A slow deck' }, timeoutMs: 25_000 }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(BriefdeckError)
    const message = (error as Error).message
    expect(message).toMatch(/^The deck was not ready after 25 s \(1 of 2 slides drawn\):/)
    expect(message).toMatch(/Slide 2 “Waiting for a picture”: image\(s\) still loading: http:\/\/127\.0\.0\.1:\d+\/never\.png/)
    expect(message).not.toMatch(/Slide 1/)
    expect(snapshot(dir)).toEqual(before)
    expect(readdirSync(dir)).toEqual(['slides.md'])
  }, 120_000)
})
