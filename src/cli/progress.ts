import cliProgress from 'cli-progress'
import type { ExportProgress } from '../export/index.ts'

/**
 * Progress as Slidev's own CLI shows it. On a terminal, one line per phase that updates in place (a bar and a
 * count that only goes up: a reload of the deck in the browser does not take it back), and stays once the phase
 * is over, as `✓ 14 slides drawn (2.8 s)`. In a log (no terminal), only that last line, once per phase. With
 * `quiet`, nothing.
 *
 *   const reporter = createReporter(io)
 *   exportDeck({ …, onProgress: reporter.progress })
 *   reporter.end()
 */

export interface Reporter {
  /** One step of a phase (an export's, or the batch's own). */
  progress(event: ExportProgress | PhaseEvent): void
  /** A line of information (the build's line, the quality summary); not shown when quiet. */
  info(line: string): void
  /** Ends the phase in progress, printing its last line. */
  end(): void
}

/** A phase of the command's own (building, a web site), beside the exporter's. */
export interface PhaseEvent {
  phase: string
  done: number
  total: number
}

export interface ReporterOutput {
  /** Writes one whole line (standard error). */
  line: (text: string) => void
  /** A terminal to draw the updating line on; none in a log. */
  tty?: NodeJS.WriteStream
  quiet?: boolean
  /** Prefixed to each phase line (a batch: `[2/5] talk.html: `). */
  prefix?: () => string
  /**
   * Phases leave no line of their own (a batch prints one line per deck instead): on a terminal the phase's line
   * is cleared when it ends, in a log nothing is printed for it.
   */
  transient?: boolean
}

/** What each phase is called while it runs, and once it is over (`n` is its count). */
const PHASES: Record<string, { running: string; done: (n: number) => string }> = {
  server: { running: 'starting Slidev and Chromium', done: () => 'Slidev and Chromium started' },
  load: { running: 'drawing slides', done: (n) => `${n} slides drawn` },
  'deck-pdf': { running: 'printing deck.pdf', done: () => 'deck.pdf printed' },
  png: { running: 'saving PNGs', done: (n) => `${n} PNGs saved` },
  handout: { running: 'composing handout.pdf', done: () => 'handout.pdf composed' },
  pptx: { running: 'making the PowerPoint file', done: () => 'PowerPoint file made' },
  html: { running: 'building the web site (slidev build)', done: () => 'web site built' },
  write: { running: 'writing files', done: () => 'files written' },
}

const BAR_SIZE = 24

export function createReporter(output: ReporterOutput): Reporter {
  let current: { phase: string; done: number; total: number; started: number } | undefined
  let bar: cliProgress.SingleBar | undefined
  const prefix = () => output.prefix?.() ?? ''
  const words = (phase: string) => PHASES[phase] ?? { running: phase, done: () => phase }
  const finalLine = (c: NonNullable<typeof current>) =>
    `${prefix()}✓ ${words(c.phase).done(c.total)} (${((performance.now() - c.started) / 1000).toFixed(1)} s)`

  const end = () => {
    if (!current) return
    const c = current
    current = undefined
    if (output.quiet) return
    if (bar) {
      bar.update(c.total, { final: finalLine(c) })
      bar.stop()
      bar = undefined
    } else if (!output.transient) output.line(finalLine(c))
  }

  const start = (event: PhaseEvent) => {
    current = { phase: event.phase, done: Math.min(event.done, event.total), total: event.total, started: performance.now() }
    if (output.quiet || !output.tty) return
    bar = new cliProgress.SingleBar(
      {
        stream: output.tty,
        format: (options, params, payload: { final?: string }) =>
          payload.final ??
          `${prefix()}… ${words(event.phase).running} ${options.barCompleteString!.slice(0, Math.round(params.progress * BAR_SIZE))}${options.barIncompleteString!.slice(0, BAR_SIZE - Math.round(params.progress * BAR_SIZE))} ${params.value}/${params.total}`,
        barsize: BAR_SIZE,
        hideCursor: true,
        gracefulExit: false,
        clearOnComplete: Boolean(output.transient),
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    )
    bar.start(event.total, current.done, {})
  }

  return {
    progress(event) {
      if (current && current.phase !== event.phase) end()
      if (!current) start(event)
      const c = current!
      // A count that only goes up: Vite reloading the page while it compiles does not undo drawn slides here.
      c.total = Math.max(c.total, event.total)
      c.done = Math.max(c.done, Math.min(event.done, c.total))
      bar?.setTotal(c.total)
      bar?.update(c.done)
    },
    info(line) {
      if (output.quiet) return
      output.line(line)
    },
    end,
  }
}
