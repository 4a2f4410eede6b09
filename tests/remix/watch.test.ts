import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEV_STAGING_DIR, stageDeck, watchOutline, type OutlineWatcher, type WatchEvent } from '../../src/cli/watch.ts'
import { buildFromArticle, writeSlides } from '../../src/pipeline.ts'
import { parseOutline } from '../../src/outline.ts'
import { tryLockFolder } from '../../src/cli/lock.ts'
import { MAX_OUTLINE_BYTES } from '../../src/cli/read.ts'
import { BUNDLED, listing, read, tmp } from './helpers.ts'

/** `npm run dev`'s watcher, on real files with real fs.watch events. */

const drafted = buildFromArticle(readFileSync(BUNDLED), { name: BUNDLED })

async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5_000): Promise<T> {
  const started = performance.now()
  for (;;) {
    const value = probe()
    if (value) return value
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

let watcher: OutlineWatcher | undefined
afterEach(() => watcher?.close())

function setUp(options: { mirrorTo?: string } = {}) {
  const dir = tmp('briefdeck-watch-')
  const outline = join(dir, 'outline.yaml')
  const slides = join(dir, 'slides.md')
  writeFileSync(outline, drafted.outlineYaml)
  const events: WatchEvent[] = []
  watcher = watchOutline(outline, slides, (e) => events.push(e), options)
  return { dir, outline, slides, events }
}

/** Edits outline.yaml and returns the ms until slides.md holds the re-rendered deck. */
async function timedEdit(outline: string, slides: string, text: string): Promise<number> {
  const expected = parseOutline(text).outline!
  const want = writeSlides(expected)
  const started = performance.now()
  writeFileSync(outline, text)
  await waitFor(() => existsSync(slides) && read(slides) === want, 'slides.md to be re-rendered')
  return performance.now() - started
}

describe('watchOutline', () => {
  it('puts a render off while another run holds the deck folder, then renders the latest outline', async () => {
    const { dir, outline, slides, events } = setUp()
    expect(watcher!.renderNow().type).toBe('rendered')
    const held = tryLockFolder(dir, 'npm run deck (a test)')
    if (!('release' in held)) throw new Error('the folder should be free')
    const edited = drafted.outlineYaml.replace('title: Agenda', 'title: Agenda, while locked')
    writeFileSync(outline, edited)
    await waitFor(() => events.find((e) => e.type === 'busy'), 'the render to be put off')
    await new Promise((r) => setTimeout(r, 600))
    expect(read(slides)).not.toContain('Agenda, while locked')
    held.release()
    await waitFor(() => read(slides).includes('## Agenda, while locked'), 'the put-off render', 3_000)
    expect(events.filter((e) => e.type === 'busy')).toHaveLength(1)
  })

  it('reports an outline over the size limit without reading it, and keeps the deck', async () => {
    const { outline, slides, events } = setUp()
    expect(watcher!.renderNow().type).toBe('rendered')
    const before = read(slides)
    writeFileSync(outline, `# ${'x'.repeat(MAX_OUTLINE_BYTES)}\n`)
    const event = await waitFor(() => events.find((e) => e.type === 'invalid'), 'the refusal')
    expect(event).toMatchObject({ messages: [expect.stringMatching(/outline\.yaml is 2,097,155 bytes; the limit is 2 MiB/)] })
    expect(read(slides)).toBe(before)
  })

  it('renders at start, then re-renders on every saved edit within well under a second', async () => {
    const { outline, slides, events } = setUp()
    expect(watcher!.renderNow()).toMatchObject({ type: 'rendered', slides: drafted.outline.slides.length })
    expect(read(slides)).toBe(drafted.slides)
    const latencies: number[] = []
    for (let i = 1; i <= 8; i++)
      latencies.push(await timedEdit(outline, slides, drafted.outlineYaml.replace('title: Agenda', `title: Agenda, take ${i}`)))
    latencies.sort((a, b) => a - b)
    const median = latencies[latencies.length >> 1]!
    console.info(`watch: write → re-rendered slides.md: median ${median.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms over ${latencies.length} edits`)
    expect(latencies.at(-1)).toBeLessThan(2_000)
    expect(events.filter((e) => e.type === 'rendered')).toHaveLength(8)
  })

  it('reports an invalid edit with its place, keeps the last good slides.md, and takes the next valid edit', async () => {
    const { outline, slides, events } = setUp()
    watcher!.renderNow()
    const good = read(slides)
    const broken = drafted.outlineYaml.replace('  - kind: agenda', '  - kind: quiz')
    writeFileSync(outline, broken)
    const invalid = await waitFor(() => events.find((e) => e.type === 'invalid'), 'the invalid event')
    const line = broken.slice(0, broken.indexOf('kind: quiz')).split('\n').length
    expect(invalid).toEqual({
      type: 'invalid',
      messages: [
        `${outline}:${line}:11  slides[1].kind: unknown slide kind "quiz"; expected one of cover, agenda, section, points, quotes, actors, dynamics, timeline, takeaways, sources`,
      ],
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(read(slides)).toBe(good)
    const ms = await timedEdit(outline, slides, drafted.outlineYaml.replace('title: Agenda', 'title: Fixed agenda'))
    expect(read(slides)).toMatch(/^## Fixed agenda$/m)
    console.info(`watch: invalid edit, then a valid one re-rendered in ${ms.toFixed(0)} ms`)
  })

  it('follows saves by rename (as many editors save), and ignores a save that changes nothing', async () => {
    const { dir, outline, slides, events } = setUp()
    watcher!.renderNow()
    const text = drafted.outlineYaml.replace('title: Agenda', 'title: Saved by rename')
    writeFileSync(join(dir, '.outline.yaml.swp'), text)
    renameSync(join(dir, '.outline.yaml.swp'), outline)
    await waitFor(() => read(slides).includes('## Saved by rename'), 'the renamed save')
    const count = events.length
    writeFileSync(outline, text)
    await new Promise((r) => setTimeout(r, 400))
    expect(events).toHaveLength(count)
  })

  it('leaves a hand-edited slides.md alone and says how to carry on', async () => {
    const { outline, slides, events } = setUp()
    watcher!.renderNow()
    const edited = `${read(slides)}\n<!-- typed into slides.md -->\n`
    writeFileSync(slides, edited)
    writeFileSync(outline, drafted.outlineYaml.replace('title: Agenda', 'title: Changed'))
    const refused = await waitFor(() => events.find((e) => e.type === 'refused'), 'the refusal')
    expect(refused).toMatchObject({ type: 'refused', message: expect.stringContaining(`${slides} was edited by hand, so it is left alone`) })
    expect((refused as { message: string }).message).toContain(`npm run deck -- --outline ${outline} --out-dir`)
    expect(read(slides)).toBe(edited)
  })

  it('mirrors each rendered slides.md to mirrorTo, and never an invalid one', async () => {
    const mirrorDir = tmp('briefdeck-mirror-')
    const mirror = join(mirrorDir, 'slides.md')
    const { outline, slides, events } = setUp({ mirrorTo: mirror })
    watcher!.renderNow()
    expect(read(mirror)).toBe(read(slides))
    await timedEdit(outline, slides, drafted.outlineYaml.replace('title: Agenda', 'title: Mirrored'))
    expect(read(mirror)).toBe(read(slides))
    writeFileSync(outline, 'slides: [')
    await waitFor(() => events.find((e) => e.type === 'invalid'), 'the invalid event')
    expect(read(mirror)).toMatch(/^## Mirrored$/m)
    expect(listing(mirrorDir)).toEqual(['slides.md'])
  })
})

describe('stageDeck', () => {
  it('copies the deck’s Slidev files into the project, mirrors changes, and removes the copy on close', async () => {
    const deckDir = tmp('briefdeck-stage-')
    const projectRoot = tmp('briefdeck-project-')
    writeFileSync(join(deckDir, 'slides.md'), '# one\n')
    writeFileSync(join(deckDir, 'outline.yaml'), 'not for Slidev\n')
    writeFileSync(join(deckDir, 'global-bottom.vue'), '<template />\n')
    mkdirSync(join(deckDir, 'components'))
    writeFileSync(join(deckDir, 'components', 'SourceRef.vue'), '<template>v1</template>\n')
    const staged = stageDeck(deckDir, projectRoot)
    try {
      expect(staged.dir.startsWith(join(projectRoot, DEV_STAGING_DIR))).toBe(true)
      expect(staged.entry).toBe(join(staged.dir, 'slides.md'))
      expect(listing(staged.dir)).toEqual(['components', 'global-bottom.vue', 'slides.md'])
      writeFileSync(join(deckDir, 'components', 'SourceRef.vue'), '<template>v2</template>\n')
      writeFileSync(join(deckDir, 'slides.md'), '# two\n')
      await waitFor(() => read(join(staged.dir, 'components', 'SourceRef.vue')).includes('v2'), 'the component to be mirrored')
      await waitFor(() => read(staged.entry) === '# two\n', 'slides.md to be mirrored')
    } finally {
      staged.close()
    }
    expect(existsSync(staged.dir)).toBe(false)
    expect(listing(projectRoot)).toEqual([])
  })
})
