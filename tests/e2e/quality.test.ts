/**
 * The quality report a user gets with every build: quality.json beside slides.md with located findings, the
 * summary on the terminal, the slides that ran past their edge when the export drew them, and --strict.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringifyOutline, type Outline } from '../../src/outline.ts'
import type { QualityReport } from '../../src/quality/report.ts'

const ROOT = new URL('../../', import.meta.url).pathname
function deck(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-deck.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 })
  return { code: r.status, stderr: r.stderr }
}
const tmp = () => mkdtempSync(join(tmpdir(), 'briefdeck-quality-'))

describe('the quality report', () => {
  it('comes with every build: quality.json with places in outline.yaml, and a summary', () => {
    const dir = tmp()
    const r = deck([join(ROOT, 'articles/north-korea-no-strategic-reprieve.txt'), '--out-dir', dir, '--no-pdf'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/quality: /)
    const report = JSON.parse(readFileSync(join(dir, 'quality.json'), 'utf8')) as QualityReport
    expect(Object.keys(report.counts)).toContain('title-not-claim')
    const outline = readFileSync(join(dir, 'outline.yaml'), 'utf8').split('\n')
    for (const f of report.findings) {
      expect(f.file).toMatch(/outline\.yaml$/)
      expect(outline[f.place!.line - 1], f.message).toBeDefined()
    }
  })

  it('lists a slide that runs past its edge when drawn, and --strict fails on it with the deck written', () => {
    const dir = tmp()
    const long = 'Beijing has never welcomed a nuclear capable North Korea and did not hesitate to condemn the test of which it had no prior knowledge'
    const outline: Outline = {
      version: 1,
      meta: { title: 'Overflow', credits: [], minutes: 5 },
      slides: [
        { kind: 'cover', title: 'Overflow' },
        { kind: 'points', title: 'Beijing has never welcomed a nuclear capable North Korea', points: Array.from({ length: 9 }, () => ({ text: long, source: ['p1.s1'] })) },
      ],
      sentences: { 'p1.s1': `${long}.` },
    }
    writeFileSync(join(dir, 'outline.yaml'), stringifyOutline(outline))
    const r = deck(['--outline', join(dir, 'outline.yaml'), '--out-dir', dir, '--no-handout', '--no-dev-server', '--strict'])
    expect(r.stderr).toMatch(/run past the edge when drawn \(2\)/)
    const report = JSON.parse(readFileSync(join(dir, 'quality.json'), 'utf8')) as QualityReport
    const overflow = report.findings.filter((f) => f.ruleId === 'overflow')
    expect(overflow.map((f) => f.slide)).toEqual([2])
    expect(overflow[0]!.place!.line).toBeGreaterThan(1)
    // --strict: exit 1, one paragraph, and the deck is there to look at.
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/--strict: the quality report has findings over its limits \(.*overflow: 1, limit 0/)
    expect(readFileSync(join(dir, 'deck.pdf')).subarray(0, 4).toString()).toBe('%PDF')
  })
})
