import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { connectDevServer, devServerRecordPath, registerDevServer } from '../../src/export/dev-server.ts'

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
