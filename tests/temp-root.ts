/**
 * Vitest global setup: every test's temporary files go under one directory of their own, removed when the run
 * ends. Tests make hundreds of decks, exports and staging folders (mkdtemp under the system's temporary
 * directory, and the Slidev, Chromium and briefdeck processes they start); without this they would stay behind.
 * TMPDIR is read by Node's os.tmpdir(), by the test workers started after this runs, and by their child processes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'briefdeck-tests-'))
  const before = process.env.TMPDIR
  process.env.TMPDIR = root
  return () => {
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    rmSync(root, { recursive: true, force: true })
  }
}
