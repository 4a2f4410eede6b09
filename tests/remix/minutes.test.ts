import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main, type CliIo } from '../../src/cli/index.ts'
import { fileState, textState } from '../../src/files.ts'
import { parseOutline, setOutlineMinutes, stringifyOutline } from '../../src/outline.ts'
import { buildFromOutline, writeOutline } from '../../src/pipeline.ts'
import { sampleOutline } from '../outline/fixture.ts'
import { BUNDLED, listing, read, tmp } from './helpers.ts'

/**
 * `npm run deck -- --outline outline.yaml --minutes N` stores the new budget in the outline (meta.minutes), so
 * slides.md stays what the outline renders. Only that value changes: the user's comments and formatting stay.
 */

/** An outline as a user leaves it: comments of their own in many places, and their own formatting. */
function commentedOutline(): string {
  return stringifyOutline(sampleOutline())
    .replace('version: 1', '# My notes for Tuesday: keep it short.\nversion: 1 # do not touch')
    .replace('  minutes: 10', '  minutes: 10   # the seminar slot')
    .replace('  - kind: agenda', '  # TODO: cut the agenda?\n  - kind: agenda')
    .replace('source: [p1.s2, p2.s1]', "source: [ p1.s2,  p2.s1 ]  # both say so")
    .replace('    title: Background', "    title: 'Background'")
    .concat('# the end\n')
}

describe('setOutlineMinutes', () => {
  it('changes only the value of meta.minutes: every comment and all formatting stay', () => {
    const text = commentedOutline()
    const parsed = parseOutline(text)
    expect(parsed.diagnostics).toEqual([])
    const updated = setOutlineMinutes(text, parsed, 5)
    expect(updated).toBe(text.replace('  minutes: 10   # the seminar slot', '  minutes: 5   # the seminar slot'))
    expect(parseOutline(updated).outline).toEqual({ ...parsed.outline, meta: { ...parsed.outline!.meta, minutes: 5 } })
  })

  it('keeps unusual spellings valid (a tag, a hex number, a value on the next line)', () => {
    const base = stringifyOutline(sampleOutline())
    for (const spelling of ['minutes: !!int 10', 'minutes: 0xA', 'minutes:\n    10']) {
      const text = base.replace('minutes: 10', spelling)
      const updated = setOutlineMinutes(text, parseOutline(text), 7)
      expect(parseOutline(updated).outline?.meta.minutes, spelling).toBe(7)
      expect(updated.split('\n').length).toBe(text.split('\n').length)
    }
  })

  it('falls back to editing the YAML tree for an alias, keeping the comments', () => {
    const text = stringifyOutline(sampleOutline())
      .replace('version: 1', 'version: &one 1 # anchored')
      .replace('minutes: 10', 'minutes: *one')
    const parsed = parseOutline(text)
    expect(parsed.outline?.meta.minutes).toBe(1)
    const updated = setOutlineMinutes(text, parsed, 12)
    expect(parseOutline(updated).outline).toEqual({ ...parsed.outline, meta: { ...parsed.outline!.meta, minutes: 12 } })
    expect(updated).toContain('# anchored')
    expect(updated).toContain('# ── slide 3 ──')
  })
})

describe('buildFromOutline with a new budget', () => {
  it('returns the generated outline re-stamped, exactly as if drafted with that budget', () => {
    const generated = writeOutline(sampleOutline())
    const build = buildFromOutline(generated, 'outline.yaml', { minutes: 4 })
    if ('diagnostics' in build) throw new Error('invalid')
    expect(build.outline.meta.minutes).toBe(4)
    expect(build.outlineYaml).toBe(writeOutline({ ...sampleOutline(), meta: { ...sampleOutline().meta, minutes: 4 } }))
    expect(textState(build.outlineYaml!)).toBe('generated')
    expect(build.slides).toMatch(/ of 4:00$/m)
  })

  it('keeps an edited outline marked as edited (its old fingerprint stays), comments and all', () => {
    const edited = writeOutline(sampleOutline()).replace('  - kind: agenda', '  # mine\n  - kind: agenda')
    expect(textState(edited)).toBe('edited')
    const build = buildFromOutline(edited, 'outline.yaml', { minutes: 4 })
    if ('diagnostics' in build) throw new Error('invalid')
    expect(build.outlineYaml).toBe(edited.replace('  minutes: 10', '  minutes: 4'))
    expect(textState(build.outlineYaml!)).toBe('edited')
  })

  it('writes nothing new when the budget is unchanged or not given', () => {
    const text = writeOutline(sampleOutline())
    for (const minutes of [undefined, 10]) {
      const build = buildFromOutline(text, 'outline.yaml', { minutes })
      expect('outlineYaml' in build && build.outlineYaml, String(minutes)).toBeFalsy()
    }
  })
})

/** Runs the CLI in this process (as `npm run deck -- ARGS` does), capturing what it prints. */
async function deckInProcess(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: () => Buffer.alloc(0) }
  const code = await main(args, io)
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('npm run deck -- --outline outline.yaml --minutes N', () => {
  it('stores the budget in a generated outline, which stays generated, and the next plain rebuild keeps it', async () => {
    const dir = tmp()
    expect((await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const outline = join(dir, 'outline.yaml')
    const before = read(outline)
    const r = await deckInProcess(['--outline', outline, '--out-dir', dir, '--no-pdf', '--minutes', '5'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/✓ \d+ slides → .*slides\.md, .*outline\.yaml/)
    const after = read(outline)
    expect(after.replace(/sha256:[0-9a-f]{16}/, '')).toBe(before.replace(/sha256:[0-9a-f]{16}/, '').replace('  minutes: 15', '  minutes: 5'))
    expect(fileState(outline)).toBe('generated')
    const slides = read(join(dir, 'slides.md'))
    expect(slides).toMatch(/ of 5:00$/m)
    // The outline is the source of truth: rebuilding from it alone gives the same deck.
    expect((await deckInProcess(['--outline', outline, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    expect(read(join(dir, 'slides.md'))).toBe(slides)
    // Still generated, so a rebuild from the article may replace it without --force.
    expect((await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    expect(listing(dir).filter((f) => f.includes('.bak-'))).toEqual([])
  })

  // Needs src/cli/index.ts to write build.outlineYaml back to the --outline file unguarded (see buildFromOutline):
  // without that, the CLI plans DIR/outline.yaml as guarded and refuses to touch the user's edited file.
  it('stores the budget in an outline the user edited, keeping every comment, and leaves it marked as theirs', async () => {
    const dir = tmp()
    expect((await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const outline = join(dir, 'outline.yaml')
    const edited = read(outline)
      .replace('version: 1', '# Seminar version: fewer slides.\nversion: 1')
      .replace('  - kind: agenda', '  # keep the agenda short\n  - kind: agenda')
      .replace('title: Agenda', 'title: Plan   # was "Agenda"')
    writeFileSync(outline, edited)
    const r = await deckInProcess(['--outline', outline, '--out-dir', dir, '--no-pdf', '--minutes', '8'])
    expect(r.code, r.stderr).toBe(0)
    expect(read(outline)).toBe(edited.replace('  minutes: 15', '  minutes: 8'))
    expect(fileState(outline)).toBe('edited')
    expect(read(join(dir, 'slides.md'))).toMatch(/## Plan\b/)
    expect(read(join(dir, 'slides.md'))).toMatch(/ of 8:00$/m)
    expect(listing(dir).filter((f) => f.includes('.bak-'))).toEqual([])
    // A rebuild from the article still will not overwrite the user's outline.
    const refused = await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/outline\.yaml was edited by hand/)
    expect(read(outline)).toBe(edited.replace('  minutes: 15', '  minutes: 8'))
  })

  it('leaves outline.yaml byte for byte alone without --minutes, or with the same budget', async () => {
    const dir = tmp()
    expect((await deckInProcess([BUNDLED, '--out-dir', dir, '--no-pdf'])).code).toBe(0)
    const outline = join(dir, 'outline.yaml')
    const edited = `${read(outline)}# a comment at the end\n`
    writeFileSync(outline, edited)
    for (const extra of [[], ['--minutes', '15']]) {
      const r = await deckInProcess(['--outline', outline, '--out-dir', dir, '--no-pdf', ...extra])
      expect(r.code, r.stderr).toBe(0)
      expect(readFileSync(outline, 'utf8')).toBe(edited)
    }
  })
})
