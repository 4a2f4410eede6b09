/**
 * Pathological inputs within the documented limits build, and inputs beyond them are refused at once: each runs
 * the whole command line (read → ingest → analyse → draft → render → write, no PDF) in a process of its own,
 * which reports its CPU time and peak memory (process.resourceUsage); the test holds them to the README's bound,
 * under 15 s and 500 MB. Refusals must come within a few seconds and little memory, and reading stops at the
 * limit (/dev/zero, an endless FIFO or standard input). This also guards the analysis and the draft, whatever
 * they become: they only ever see sentences and articles of bounded size.
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_OUTLINE_BYTES } from '../../src/cli/read.ts'
import { MAX_INPUT_BYTES, MAX_SENTENCES } from '../../src/ingest/index.ts'
import { stringifyOutline, type Outline } from '../../src/outline.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const CHILD = join(ROOT, 'tests/hostile/bounds/measure-child.ts')
/**
 * The README's promise for a build without PDFs. It was 10 s; the 1 MiB builds (one run-on paragraph, plain prose)
 * grew with the analysis to 11–12.5 s of CPU on a quiet machine of this kind (measured at 1ff1e54 and at e6b55af
 * alike), so the promise became 15 s. They take 8–11 s since the rules that compared every name with every other
 * name, or every dated sentence with every other, compare only those that can match (500 people named again and
 * again took 27 s before).
 */
const MAX_CPU_MS = 15_000
const MAX_RSS_MB = 500
/** A refusal is said at once. */
const REFUSAL_CPU_MS = 3_000
const REFUSAL_RSS_MB = 250
/**
 * Only a guard against a hang: the bound itself is on CPU time. A busy machine still inflates CPU time: on this
 * two-core machine kind the same 1 MiB build measured 6.4 s of CPU in one CI dry run and 10.4 s in the next, an hour
 * later, and every other build of the file 1.5–1.6× as much too. So a build over the bound is measured once more, the
 * better run is held to it (noise only ever adds time), and the bound is scaled by how much slower than on a quiet
 * machine a fixed workload that runs none of briefdeck's code (CALIBRATION) runs right then. A briefdeck twice as slow
 * fails either way. Memory is held on every run.
 */
const HANG_MS = 60_000

/**
 * A fixed CPU workload of plain JavaScript (arithmetic, a sort, a regular expression), run in a process of its own; it
 * prints the CPU time it took. About CALIBRATION_QUIET_MS on a quiet machine of this kind (672–681 ms in three quiet
 * runs; 837–895 ms in busy ones).
 */
const CALIBRATION = `let x = 0
for (let i = 0; i < 4e7; i++) x = (x * 31 + i) % 1000003
const a = Array.from({ length: 4e5 }, (_, i) => (i * 7919) % 100003)
a.sort((p, q) => p - q)
let n = 0
for (const m of 'briefdeck '.repeat(2e5).matchAll(/b(r)i/g)) n += m[1].length
const u = process.cpuUsage()
process.stdout.write(String(Math.round((u.user + u.system) / 1000)) + ' ' + (x + a[0] + n))`
const CALIBRATION_QUIET_MS = 680

/** How much slower than when quiet the machine runs now: the calibration's CPU time over its quiet time, at least 1. */
function slowdown(): number {
  const run = spawnSync(process.execPath, ['-e', CALIBRATION], { encoding: 'utf8', timeout: HANG_MS })
  const cpuMs = Number(run.stdout.split(' ')[0])
  expect(cpuMs, run.stderr).toBeGreaterThan(0)
  console.info(`bounds: calibration ${cpuMs} ms of CPU (${CALIBRATION_QUIET_MS} ms on a quiet machine)`)
  return Math.max(1, cpuMs / CALIBRATION_QUIET_MS)
}

const work = mkdtempSync(join(tmpdir(), 'briefdeck-bounds-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
let n = 0

interface Run {
  code: number | null
  stderr: string
  cpuMs: number
  maxRssMb: number
  wallMs: number
}

/** Runs the command line with `args` (and `stdin`: a file descriptor) and measures it. */
async function deck(args: string[], stdin: number | 'ignore' = 'ignore'): Promise<Run> {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: ROOT,
    stdio: [stdin, 'pipe', 'pipe'],
    env: { ...process.env, DEBUG: '' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d))
  child.stderr!.on('data', (d: Buffer) => (stderr += d))
  const killer = setTimeout(() => child.kill('SIGKILL'), HANG_MS)
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  clearTimeout(killer)
  const wallMs = performance.now() - started
  const line = /^RESOURCE (.*)$/m.exec(stdout)
  expect(line, `no resource report (killed after ${Math.round(wallMs)} ms?): ${stderr.slice(0, 500)}`).not.toBeNull()
  const usage = JSON.parse(line![1]!) as { cpuMs: number; maxRssMb: number }
  console.info(`bounds: ${args[0] === '--outline' ? args[1]!.split('/').pop() : args[0]!.split('/').pop()}: exit ${code}, CPU ${usage.cpuMs} ms, ${usage.maxRssMb} MB, wall ${Math.round(wallMs)} ms`)
  return { code, stderr, wallMs, ...usage }
}

function input(name: string, content: string | Buffer): string {
  const path = join(work, `${++n}-${name}`)
  writeFileSync(path, content)
  return path
}

const outDir = () => join(work, `out-${++n}`)

/**
 * Builds with `args` and holds the run to the bounds. A first run over the CPU bound is run again, and the better of
 * the two is held to the bound scaled by the machine's slowdown measured between them.
 */
async function expectBuilt(args: string[]) {
  const first = await deck(args)
  expect(first.code, first.stderr).toBe(0)
  expect(first.maxRssMb).toBeLessThan(MAX_RSS_MB)
  if (first.cpuMs < MAX_CPU_MS) return
  const factor = slowdown()
  const again = await deck(args.map((a, i) => (args[i - 1] === '--out-dir' ? outDir() : a)))
  expect(again.code, again.stderr).toBe(0)
  expect(again.maxRssMb).toBeLessThan(MAX_RSS_MB)
  expect(Math.min(first.cpuMs, again.cpuMs)).toBeLessThan(MAX_CPU_MS * factor)
}

function expectRefused(r: Run, message: RegExp) {
  expect(r.code, r.stderr).toBe(1)
  expect(r.stderr).toMatch(message)
  expect(r.stderr.trim().split('\n').filter((l) => !/^\s*$/.test(l)).length, r.stderr).toBeLessThanOrEqual(3)
  expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /)
  expect(r.cpuMs).toBeLessThan(REFUSAL_CPU_MS)
  expect(r.maxRssMb).toBeLessThan(REFUSAL_RSS_MB)
}

const PROSE = [
  'Japan and China held talks in Tokyo on 4 May 2023, and officials said progress was slow.',
  'The United States welcomed the meeting, while Russia warned against new alliances in the region.',
  'Beijing accused Washington of raising tensions, and South Korea called for calm.',
  'Analysts said the sanctions would deter further tests but could also justify a new arms race.',
  'The European Union offered to mediate, and India said it would stay neutral.',
]
const GIVEN_NAMES = ['Anna', 'David', 'Maria', 'James', 'Sofia', 'Peter', 'Elena', 'Thomas', 'Laura', 'Michael', 'Ines', 'Robert', 'Clara', 'Daniel', 'Julia', 'Marco', 'Helen', 'Samuel', 'Nora', 'Victor']
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'bel', 'dun', 'sa', 'rin', 'gol', 'pe', 'tu', 'zan', 'mer', 'qui', 'hol', 'fa', 'wen', 'dor']
/** A made-up capitalised word, one per number: "Kalo", "Mira" … */
function madeUp(n: number): string {
  let word = ''
  do (word += SYLLABLES[n % SYLLABLES.length]!), (n = Math.floor(n / SYLLABLES.length))
  while (n > 0)
  return word[0]!.toUpperCase() + word.slice(1)
}
/**
 * Text of about `bytes` bytes naming `people` people, each with an institute and an agency, again and again, every
 * sentence dated alike (a report's list, a log): the rules that compare names with names, or events with events,
 * must not take the square of their number.
 */
function names(bytes: number, people: number): string {
  let text = 'Names\n\n'
  for (let i = 0; ; i++) {
    const k = i % people
    const person = `${GIVEN_NAMES[k % GIVEN_NAMES.length]} ${madeUp(k + 400)}`
    const institute = `${madeUp(k + 9_000)} ${madeUp(k + 20_000)} Institute`
    const s = `${person} of the ${institute} met officials of the ${madeUp(k + 30_000)} ${madeUp(k + 40_000)} Agency in Tokyo on 4 May 2023. Later ${person} told the ${institute} that the talks had been useful. ${i % 4 === 3 ? '\n\n' : ''}`
    if (text.length + s.length > bytes) return text
    text += s
  }
}
/** Text of about `bytes` bytes, `perParagraph` sentences a paragraph (0: one paragraph). */
function prose(bytes: number, perParagraph = 5): string {
  let text = 'Talks resume\n\n'
  for (let i = 0; ; i++) {
    // two sentences of the list in one, as long as an article's (about 30 words)
    const sentence = `${PROSE[i % PROSE.length]!.replace('talks', `round ${i} of talks`).replace(/\.$/, ';')} ${PROSE[(i + 2) % PROSE.length]!.replace(/^./, (c) => c.toLowerCase())}`
    const s = `${sentence}${perParagraph && i % perParagraph === perParagraph - 1 ? '\n\n' : ' '}`
    if (text.length + s.length > bytes) return text
    text += s
  }
}

describe('articles within the limits build in under 15 s and 500 MB', () => {
  const html = (body: string) => `<!doctype html><html><head><title>A page</title></head><body>${body}</body></html>`
  const paragraph = '<p>Japan and China met in Tokyo on 4 May 2023. Both sides agreed to meet again soon.</p>'
  const cases: Array<[string, () => string]> = [
    ['2,000 nested <div>s around a paragraph', () => input('deep.html', html(`${'<div>'.repeat(2_000)}${paragraph}${'</div>'.repeat(2_000)}`))],
    ['25,000 nested <div>s around a paragraph', () => input('deeper.html', html(`${'<div>'.repeat(25_000)}${paragraph}${'</div>'.repeat(25_000)}`))],
    ['one paragraph with no sentence end, up to the size limit', () => input('run-on.txt', prose(MAX_INPUT_BYTES, 0).replace(/\./g, ''))],
    ['10,000 dates in one sentence', () => input('dates.txt', `Dates\n\nTalks were held on ${Array.from({ length: 10_000 }, (_, i) => `${(i % 28) + 1} May ${1990 + (i % 30)}`).join(', ')} in Tokyo.\n`)],
    [`the same sentence ${MAX_SENTENCES.toLocaleString('en')} times`, () => input('same.txt', `Same\n\n${'Japan and China met in Tokyo on 4 May 2023. '.repeat(MAX_SENTENCES)}`)],
    ['plain prose up to the size limit', () => input('prose.txt', prose(MAX_INPUT_BYTES))],
    ['500 people and 1,000 bodies, each named again and again, every sentence dated, up to the size limit', () => input('names.txt', names(MAX_INPUT_BYTES, 500))],
    ['one-letter words up to the size limit', () => input('letters.txt', `Letters\n\n${'a '.repeat(MAX_INPUT_BYTES / 2 - 20)}`)],
    ['one word of a million letters', () => input('word.txt', `Word\n\n${'x'.repeat(MAX_INPUT_BYTES - 20)}`)],
    ['an HTML page of 29,000 elements (read without Readability)', () => input('big.html', html(`<article>${'<p><b>Japan</b> met <i>China</i> in Tokyo.</p>'.repeat(9_600)}</article>`))],
    ['an HTML page of 2,990 paragraphs 40 <div>s deep (read with Readability)', () => input('wrapped.html', html(`<article>${'<div>'.repeat(40)}${'<p>Japan and China met in Tokyo on 4 May 2023.</p>'.repeat(2_990)}</article>`))],
  ]
  for (const [name, make] of cases) it(name, async () => expectBuilt([make(), '--out-dir', outDir(), '--no-pdf']))
})

describe('inputs beyond the limits are refused at once, reading no more than the limit', () => {
  it('an HTML page of 90,000 nested elements', async () => {
    const page = input('too-deep.html', `<html><body>${'<div>'.repeat(90_000)}<p>Japan met China.</p>${'</div>'.repeat(90_000)}</body></html>`)
    expectRefused(await deck([page, '--out-dir', outDir(), '--no-pdf']), /has 90,00\d HTML elements; briefdeck reads pages of up to 30,000/)
  })

  it.each(['/dev/zero', '/dev/urandom'])('%s as the article', async (device) => {
    const dir = outDir()
    expectRefused(await deck([device, '--out-dir', dir, '--no-pdf']), new RegExp(`${device} is larger than the 1 MiB limit\\. Split it`))
    expect(existsSync(dir)).toBe(false)
  })

  it('a FIFO with an endless writer as the article', async () => {
    const fifo = join(work, 'endless.fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const writer = spawn('sh', ['-c', `yes "Japan met China in Tokyo." > '${fifo}'`], { stdio: 'ignore' })
    try {
      expectRefused(await deck([fifo, '--out-dir', outDir(), '--no-pdf']), /endless\.fifo is larger than the 1 MiB limit/)
    } finally {
      writer.kill('SIGKILL')
    }
  })

  it('an endless standard input', async () => {
    const zero = openSync('/dev/zero', 'r')
    try {
      expectRefused(await deck(['-', '--out-dir', outDir(), '--no-pdf'], zero), /standard input is larger than the 1 MiB limit/)
    } finally {
      closeSync(zero)
    }
  })

  it('an outline over its size limit, and /dev/zero as an outline', async () => {
    const big = input('outline.yaml', `# ${'x'.repeat(MAX_OUTLINE_BYTES)}\n`)
    expectRefused(await deck(['--outline', big, '--out-dir', outDir(), '--no-pdf']), /outline\.yaml is 2,097,155 bytes; the limit is 2 MiB\. An outline holds one deck/)
    expectRefused(await deck(['--outline', '/dev/zero', '--out-dir', outDir(), '--no-pdf']), /\/dev\/zero is larger than 2 MiB, the limit for an outline/)
  })
})

describe('outlines within the limits build in under 15 s and 500 MB; oversized diagrams are refused with their place', () => {
  const meta = { title: 'Big', credits: [], minutes: 15 }
  const write = (name: string, outline: Outline) => input(name, stringifyOutline(outline))

  it('the densest outline within the size limit (200 slides of 250 points)', async () => {
    const slides = Array.from({ length: 200 }, (_, i) => ({
      kind: 'points' as const,
      title: `Slide ${i}`,
      points: Array.from({ length: 250 }, () => ({ text: 'p', source: ['p1.s1'] })),
    }))
    const path = write('dense.yaml', { version: 1, meta, slides, sentences: { 'p1.s1': 'Japan met China.' } })
    await expectBuilt(['--outline', path, '--out-dir', outDir(), '--no-pdf'])
  })

  it('a 10,000-node loop: refused, each list at its line', async () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, label: `Factor ${i}` }))
    const edges = nodes.map((_, i) => ({ from: `n${i}`, to: `n${(i + 1) % nodes.length}`, source: ['p1.s1'] }))
    const path = write('loop.yaml', { version: 1, meta, slides: [{ kind: 'dynamics', title: 'Loop', nodes, edges }], sentences: { 'p1.s1': 'x' } })
    const r = await deck(['--outline', path, '--out-dir', outDir(), '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/loop\.yaml:\d+:\d+ {2}slides\[0\]\.nodes: 10000 nodes; a diagram holds at most 30, or it is too small to read on a slide/)
    expect(r.stderr).toMatch(/loop\.yaml:\d+:\d+ {2}slides\[0\]\.edges: 10000 edges; a diagram holds at most 60/)
    expect(r.cpuMs).toBeLessThan(MAX_CPU_MS)
  })

  it('lists nested 2,000 deep (what the YAML reader cannot hold): refused in words, not as a stack overflow', async () => {
    const path = input('nested.yaml', `version: 1\nmeta:\n${Array.from({ length: 1_999 }, (_, i) => `${' '.repeat(i + 1)}- \n`).join('')}`)
    const r = await deck(['--outline', path, '--out-dir', outDir(), '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/nested\.yaml:\d+:\d+ {2}the outline nests its lists and maps too deeply to read/)
    expect(r.stderr).not.toMatch(/call stack/)
    expect(r.cpuMs).toBeLessThan(MAX_CPU_MS)
  })

  it('a 100 KB label: refused at its place', async () => {
    const nodes = [{ id: 'a', label: 'x'.repeat(100_000) }, { id: 'b', label: 'China' }]
    const path = write('label.yaml', { version: 1, meta, slides: [{ kind: 'actors', title: 'Who', nodes, edges: [] }], sentences: { 'p1.s1': 'x' } })
    const r = await deck(['--outline', path, '--out-dir', outDir(), '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/label\.yaml:\d+:\d+ {2}slides\[0\]\.nodes\[0\]\.label: Expected a label of at most 120 characters, not "x+…"/)
  })

  it('notes that would quote the same long sentences on every slide: refused at the slide where they pass the limit', async () => {
    const sentences = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i + 1}.s1`, 'Japan met China in Tokyo. '.repeat(7_500)]))
    const slides = Array.from({ length: 200 }, (_, i) => ({ kind: 'points' as const, title: `Slide ${i}`, points: [{ text: 'A point', source: Object.keys(sentences) }] }))
    const path = write('quotes.yaml', { version: 1, meta, slides, sentences })
    const dir = outDir()
    const r = await deck(['--outline', path, '--out-dir', dir, '--no-pdf'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/quotes\.yaml:\d+:\d+ {2}slides\[4\]: the speaker notes up to this slide quote 9\.3 M characters of sentences; a deck's notes may quote at most 8 M/)
    expect(r.maxRssMb).toBeLessThan(MAX_RSS_MB)
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
  })
})


