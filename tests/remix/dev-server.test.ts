import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/index.ts'
import { DEV_STAGING_DIR } from '../../src/cli/watch.ts'
import { devServerRecordPath, freePort } from '../../src/export/dev-server.ts'
import { parseSync } from '@slidev/parser'
import { execFileSync } from 'node:child_process'
import { BUNDLED, read, ROOT, tmp } from './helpers.ts'

/**
 * `npm run dev -- --out-dir DIR` for a DIR outside the project: a real Slidev dev server (about 5 s to start)
 * serves the deck, and an edit to DIR/outline.yaml reaches the served slides.
 */


async function waitFor<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs: number): Promise<T> {
  const started = performance.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

const slideJson = async (base: string, n: number) => {
  try {
    const res = await fetch(`${base}__slidev/slides/${n}.json`)
    return res.ok ? ((await res.json()) as { content: string }).content : undefined
  } catch {
    return undefined
  }
}

const pdfPages = (path: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1])
const pdfText = (path: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' })

describe('briefdeck dev DIR (outside the project; npm run dev -- --out-dir DIR)', () => {
  it('serves the deck, shows an outline.yaml edit, and makes the PDFs for npm run deck', async () => {
    const dir = tmp('briefdeck-dev-')
    const quiet = { out: () => undefined, err: () => undefined, readStdin: () => Buffer.alloc(0) }
    expect(await main([BUNDLED, '--out-dir', dir, '--no-pdf'], quiet)).toBe(0)
    const outline = join(dir, 'outline.yaml')
    const port = await freePort()
    const base = `http://localhost:${port}/`
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'dev', dir, '--port', String(port)], {
      cwd: ROOT,
      detached: true, // its own process group, so tsx, the script and Slidev can all be stopped
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBUG: '' },
    })
    let output = ''
    // Without colour codes: with CI set, Slidev's banner is coloured ("localhost:\x1b[1m3041") even into a pipe.
    const plain = (d: Buffer) => String(d).replace(/\x1b\[[0-9;]*m/g, '')
    child.stdout!.on('data', (d: Buffer) => (output += plain(d)))
    child.stderr!.on('data', (d: Buffer) => (output += plain(d)))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const staging = join(ROOT, DEV_STAGING_DIR)
    try {
      const started = performance.now()
      await waitFor(() => output.includes(`localhost:${port}`) || child.exitCode !== null, 'Slidev to start', 60_000)
      expect(child.exitCode, output).toBeNull()
      const root = await waitFor(async () => (await fetch(base).catch(() => undefined)) ?? false, 'the page', 30_000)
      expect(root.status).toBe(200)
      expect(await root.text()).toContain('<div id="app">')
      console.info(`dev server: up in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      expect(output).toMatch(/Slidev serves a copy kept in step with it: \.briefdeck-dev\//)
      expect(readdirSync(staging).filter((f) => f.startsWith(`${basename(dir)}-`))).toHaveLength(1)
      expect(await waitFor(() => slideJson(base, 2), 'slide 2', 30_000)).toMatch(/^## Agenda$/m)

      // A valid edit reaches the served deck.
      const edited = read(outline).replace('title: Agenda', 'title: Agenda, live')
      const t0 = performance.now()
      writeFileSync(outline, edited)
      await waitFor(async () => (await slideJson(base, 2))?.includes('## Agenda, live'), 'the edit to be served', 15_000)
      console.info(`dev server: outline.yaml saved → served slide changed in ${(performance.now() - t0).toFixed(0)} ms`)

      // An invalid edit is reported with its place, and the deck keeps its last good version.
      writeFileSync(outline, edited.replace('  - kind: agenda', '  - kind: quiz'))
      await waitFor(() => output.includes('slides[1].kind: unknown slide kind "quiz"'), 'the located error', 10_000)
      expect(output).toMatch(/outline\.yaml:\d+:11 {2}slides\[1\]\.kind: unknown slide kind "quiz"/)
      expect(await slideJson(base, 2)).toMatch(/^## Agenda, live$/m)

      // The next valid edit is picked up again.
      writeFileSync(outline, edited.replace('title: Agenda, live', 'title: Agenda, fixed'))
      await waitFor(async () => (await slideJson(base, 2))?.includes('## Agenda, fixed'), 'the fixed edit to be served', 15_000)
      // Slidev wrote nothing into the user's folder.
      expect(existsSync(join(dir, 'node_modules'))).toBe(false)

      // npm run deck exports through the running server's export service: an outline edit saved just before is
      // in the PDF, the first time (the service starts its browser) and the next (it loads the deck again).
      const record = devServerRecordPath(dir)
      await waitFor(() => existsSync(record), 'the dev server record', 30_000)
      for (const title of ['Agenda, for print', 'Agenda, printed again']) {
        writeFileSync(outline, edited.replace('title: Agenda, live', `title: ${title}`))
        const lines: string[] = []
        const io = { out: () => undefined, err: (line: string) => void lines.push(line), readStdin: () => Buffer.alloc(0) }
        const t1 = performance.now()
        expect(await main(['--outline', outline, '--out-dir', dir, '--verbose'], io), lines.join('\n')).toBe(0)
        console.info(`dev server: npm run deck through its export service in ${((performance.now() - t1) / 1000).toFixed(1)} s`)
        expect(lines.join('\n')).toContain(`by briefdeck dev's export service (dev server at ${base})`)
        expect(lines.some((l) => /^✓ \d+ slides drawn/.test(l))).toBe(true)
        const pdf = join(dir, 'deck.pdf')
        const slideCount = parseSync(read(join(dir, 'slides.md')), 'slides.md').slides.length
        expect(pdfPages(pdf)).toBe(slideCount)
        expect(pdfText(pdf, 2)).toContain(title)
        expect(pdfPages(join(dir, 'handout.pdf'))).toBeGreaterThan(slideCount / 2)
      }
      // Slidev's MCP endpoint is closed: no local program edits the presented deck through it.
      const servedBefore = await slideJson(base, 2)
      const mcp = await fetch(`${base}__mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: { name: 'slidev-update-slide', arguments: { no: 2, content: '<script setup>window.__pwned = 1</script>\n\n# Pwned' } },
        }),
      })
      expect(mcp.status).toBe(403)
      expect(await mcp.text()).toMatch(/The Slidev MCP server is disabled/)
      expect(await slideJson(base, 2)).toBe(servedBefore)
      expect(read(join(dir, 'slides.md'))).not.toMatch(/script setup|Pwned/)

      // The export service writes PDFs inside the deck's folder only, over no file it did not make, and drops an
      // export whose client went away.
      const { service } = JSON.parse(read(record)) as { service: { port: number; token: string } }
      const exportRequest = (body: object, signal?: AbortSignal) =>
        fetch(`http://127.0.0.1:${service.port}/export`, {
          method: 'POST',
          headers: { authorization: `Bearer ${service.token}` },
          body: JSON.stringify({ slidesPath: join(dir, 'slides.md'), meta: { title: 'T' }, ...body }),
          signal,
        })
      const outside = join(dir, '..', `escaped-${basename(dir)}.pdf`)
      symlinkSync(tmpdir(), join(dir, 'elsewhere'))
      for (const deckPdf of [outside, '/tmp/escaped.pdf', join(dir, 'elsewhere', `escaped-${basename(dir)}.pdf`), join(dir, 'slides.md')]) {
        const refused = await exportRequest({ deckPdf })
        expect(refused.status, deckPdf).toBe(400)
        expect(await refused.text()).toMatch(/this service writes PDFs inside .* only/)
      }
      for (const path of [outside, join(tmpdir(), `escaped-${basename(dir)}.pdf`)]) expect(existsSync(path), path).toBe(false)
      rmSync(join(dir, 'elsewhere'))

      writeFileSync(join(dir, 'handout.pdf'), 'my own handout, not a PDF briefdeck made')
      const guarded: string[] = []
      const guardIo = { out: () => undefined, err: (line: string) => void guarded.push(line), readStdin: () => Buffer.alloc(0) }
      expect(await main(['--outline', outline, '--out-dir', dir], guardIo)).toBe(1)
      expect(guarded.join('\n')).toMatch(/handout\.pdf was not made by briefdeck, so no PDF was written: it may be yours\. Move it away, or pass --force/)
      expect(read(join(dir, 'handout.pdf'))).toBe('my own handout, not a PDF briefdeck made')
      guarded.length = 0
      expect(await main(['--outline', outline, '--out-dir', dir, '--force'], guardIo), guarded.join('\n')).toBe(0)
      const handoutBackup = readdirSync(dir).find((f) => f.startsWith('handout.pdf.bak-'))!
      expect(read(join(dir, handoutBackup))).toBe('my own handout, not a PDF briefdeck made')
      expect(pdfPages(join(dir, 'handout.pdf'))).toBeGreaterThan(1)

      const cancel = new AbortController()
      const dropped = await exportRequest({ deckPdf: join(dir, 'dropped.pdf') }, cancel.signal)
      const reader = dropped.body!.getReader()
      await reader.read() // its first progress line: the export has started
      cancel.abort()
      // Exports run one at a time: once the next one is done, the dropped one has ended.
      const next = await exportRequest({ deckPdf: join(dir, 'next.pdf') })
      expect(await next.text()).toMatch(/"type":"result"/)
      expect(existsSync(join(dir, 'next.pdf'))).toBe(true)
      expect(existsSync(join(dir, 'dropped.pdf'))).toBe(false)
      expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([])

      // --no-dev-server starts its own server and browser, and draws the same deck.
      const own: string[] = []
      const quietIo = { out: () => undefined, err: (line: string) => void own.push(line), readStdin: () => Buffer.alloc(0) }
      expect(await main(['--outline', outline, '--out-dir', dir, '--no-dev-server'], quietIo), own.join('\n')).toBe(0)
      expect(own.join('\n')).not.toContain('dev server at')
      expect(pdfText(join(dir, 'deck.pdf'), 2)).toContain('Agenda, printed again')
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM')
      const killer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 10_000)
      await exited
      clearTimeout(killer)
    }
    // The record of the server is gone with it, and the copy inside the project too.
    expect(existsSync(devServerRecordPath(dir))).toBe(false)
    expect(existsSync(staging) ? readdirSync(staging).filter((f) => f.startsWith(basename(dir))) : []).toEqual([])
  })
})
