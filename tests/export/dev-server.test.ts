import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { connectDevServer, devServerRecordPath, registerDevServer } from '../../src/export/dev-server.ts'
import { requestExport, startExportService } from '../../src/export/export-service.ts'

/**
 * When an export may use `npm run dev`'s server, and when it must not. That a real dev server is used, and that
 * the PDF then holds an edit saved just before, is tested with a real server in tests/remix/dev-server.test.ts.
 */

const fresh = () => {
  const root = mkdtempSync(join(tmpdir(), 'briefdeck-devrec-'))
  const deckDir = mkdtempSync(join(tmpdir(), 'briefdeck-deck-'))
  const slides = join(deckDir, 'slides.md')
  writeFileSync(slides, '---\ntitle: T\n---\n\n# One\n\n---\n\n# Two\n')
  return { root, deckDir, slides }
}

describe('finding the dev server of a deck', () => {
  it('finds none when npm run dev is not running for the folder', async () => {
    const { root, slides } = fresh()
    expect(await connectDevServer(slides, { root })).toEqual({ found: false, reason: 'no dev server is running for this deck' })
  })

  it('forgets the record of a dev server whose process is gone', async () => {
    const { root, deckDir, slides } = fresh()
    // A pid that cannot be running: above Linux's pid_max.
    registerDevServer({ pid: 2 ** 22 + 1, url: 'http://localhost:3030/', deckDir, entry: slides }, root)
    expect(existsSync(devServerRecordPath(deckDir, root))).toBe(true)
    expect(await connectDevServer(slides, { root })).toMatchObject({ found: false, reason: expect.stringMatching(/has stopped/) })
    expect(existsSync(devServerRecordPath(deckDir, root))).toBe(false)
  })

  it('never uses a server off this machine', async () => {
    const { root, deckDir, slides } = fresh()
    registerDevServer({ pid: process.pid, url: 'http://example.com:3030/', deckDir, entry: slides }, root)
    expect(await connectDevServer(slides, { root })).toMatchObject({ found: false, reason: expect.stringMatching(/not on this machine/) })
  })

  it('falls back when the server does not answer', async () => {
    const { root, deckDir, slides } = fresh()
    // Port 9 (discard) has no HTTP server on a test machine.
    registerDevServer({ pid: process.pid, url: 'http://127.0.0.1:9/', deckDir, entry: slides }, root)
    expect(await connectDevServer(slides, { root, catchUpMs: 0 })).toMatchObject({ found: false, reason: expect.stringMatching(/does not answer/) })
  })

  it('removes only its own record', () => {
    const { root, deckDir, slides } = fresh()
    const unregisterOld = registerDevServer({ pid: 1, url: 'http://localhost:3030/', deckDir, entry: slides }, root)
    registerDevServer({ pid: process.pid, url: 'http://localhost:3031/', deckDir, entry: slides }, root)
    unregisterOld()
    expect(existsSync(devServerRecordPath(deckDir, root))).toBe(true)
  })
})

describe('the export service of npm run dev', () => {
  // The guard in front of the exporter: the exporter given here fails the test if anything reaches it.
  const never = async () => {
    throw new Error('the exporter must not be reached')
  }
  const post = (port: number, body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${port}/export`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })

  it('listens on loopback only, and wants the token from the record', async () => {
    const { deckDir, slides } = fresh()
    const service = await startExportService(deckDir, never)
    try {
      const request = { slidesPath: slides, deckPdf: join(deckDir, 'deck.pdf'), meta: { title: 'T' } }
      expect((await post(service.address.port, request)).status).toBe(403)
      expect((await post(service.address.port, request, 'x'.repeat(service.address.token.length))).status).toBe(403)
      expect((await fetch(`http://127.0.0.1:${service.address.port}/`)).status).toBe(404)
    } finally {
      await service.close()
    }
  })

  it('exports only decks of the folder it presents, and only well-formed requests', async () => {
    const { deckDir } = fresh()
    const service = await startExportService(deckDir, never)
    const { port, token } = service.address
    try {
      const elsewhere = await post(port, { slidesPath: '/etc/slides.md', deckPdf: '/tmp/x.pdf', meta: { title: 'T' } }, token)
      expect(elsewhere.status).toBe(400)
      expect(await elsewhere.text()).toContain(`exports decks in ${deckDir} only`)
      expect((await post(port, 'not json', token)).status).toBe(400)
      expect((await post(port, { slidesPath: join(deckDir, 'slides.md'), meta: { title: 'T' } }, token)).status).toBe(400)
    } finally {
      await service.close()
    }
  })

  it('writes PDFs inside the deck folder only: not ../, not an absolute path elsewhere, not through a link, not a non-PDF', async () => {
    const { deckDir, slides } = fresh()
    const service = await startExportService(deckDir, never)
    const { port, token } = service.address
    symlinkSync(tmpdir(), join(deckDir, 'out'))
    try {
      for (const [field, path] of [
        ['deckPdf', join(deckDir, '..', 'escaped.pdf')],
        ['deckPdf', '/tmp/escaped.pdf'],
        ['handoutPdf', join(deckDir, 'out', 'escaped.pdf')],
        ['deckPdf', join(deckDir, 'slides.md')],
        ['handoutPdf', join(deckDir, 'notes.txt')],
      ] as const) {
        const answer = await post(port, { slidesPath: slides, [field]: path, meta: { title: 'T' } }, token)
        expect(answer.status, path).toBe(400)
        expect(await answer.text()).toContain(`this service writes PDFs inside ${deckDir} only, not ${path}`)
      }
    } finally {
      await service.close()
    }
  })

  it('is not used, and says why, when it does not answer', async () => {
    const answer = await requestExport({ port: 9, token: 't' }, { slidesPath: '/x/slides.md', deckPdf: '/x/deck.pdf', meta: { title: 'T' } }, () => {})
    expect(answer).toEqual({ skipped: 'the export service of npm run dev does not answer' })
  })
})
