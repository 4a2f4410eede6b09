import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'
import { BriefdeckError } from '../errors.ts'
import { writeFiles } from '../files.ts'
import { buildFromOutline } from '../pipeline.ts'
import { formatDiagnostic } from './index.ts'

/**
 * Re-renders slides.md whenever outline.yaml changes, so a running Slidev dev server shows the edit. An invalid
 * outline is reported and the last good slides.md stays in place.
 */

/** Editors save in bursts (truncate, write, rename): wait for the file to settle. */
const DEBOUNCE_MS = 120

export type WatchEvent =
  | { type: 'rendered'; slides: number; ms: number }
  | { type: 'invalid'; messages: string[] }
  | { type: 'refused'; message: string }

export interface OutlineWatcher {
  /** Renders once now (also done at start). */
  renderNow: () => WatchEvent
  close: () => void
}

export function watchOutline(outlinePath: string, slidesPath: string, onEvent: (e: WatchEvent) => void): OutlineWatcher {
  let timer: NodeJS.Timeout | undefined
  let last = ''
  const renderNow = (): WatchEvent => {
    const started = performance.now()
    const event = render(outlinePath, slidesPath, started)
    return event
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (!existsSync(outlinePath)) return
      const text = readFileSync(outlinePath, 'utf8')
      if (text === last) return
      last = text
      onEvent(renderNow())
    }, DEBOUNCE_MS)
  }
  // Watch the folder, not the file: editors that save by rename replace the file's inode.
  const watcher: FSWatcher = watch(dirname(outlinePath), (_, name) => {
    if (name === basename(outlinePath)) schedule()
  })
  last = existsSync(outlinePath) ? readFileSync(outlinePath, 'utf8') : ''
  return {
    renderNow,
    close: () => {
      clearTimeout(timer)
      watcher.close()
    },
  }
}

function render(outlinePath: string, slidesPath: string, started: number): WatchEvent {
  const build = buildFromOutline(readFileSync(outlinePath, 'utf8'), outlinePath)
  if ('diagnostics' in build) return { type: 'invalid', messages: build.diagnostics.map(formatDiagnostic) }
  try {
    writeFiles([{ path: slidesPath, content: build.slides, guarded: true }])
  } catch (error) {
    if (error instanceof BriefdeckError) return { type: 'refused', message: error.message }
    throw error
  }
  return { type: 'rendered', slides: build.outline.slides.length, ms: Math.round(performance.now() - started) }
}
