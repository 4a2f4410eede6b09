import { readFileSync } from 'node:fs'

/**
 * What a run undoes when it is stopped half-way: by Ctrl-C (SIGINT), `kill` (SIGTERM), a closed terminal
 * (SIGHUP), or its parent going away (`npm run deck` killed leaves its children running, unsignalled).
 *
 * Whatever holds something to undo (a temporary file, a copy of the deck, a child process, the previous version
 * of a file, the deck folder's lock) registers a synchronous cleanup while it holds it. On a stop they all run,
 * newest first, and the process exits with 128 + the signal's number. Synchronous, so that nothing else runs in
 * between: the folder goes from the new deck back to the old one in one step of the event loop.
 *
 *   const forget = onInterrupt(() => rmSync(temp, { force: true }))
 *   …
 *   forget()
 */

type Cleanup = () => void

const cleanups = new Set<Cleanup>()

/** Registers `cleanup` to run if the process is stopped; returns the function that unregisters it. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup)
  return () => void cleanups.delete(cleanup)
}

/** Runs every registered cleanup, newest first, once each; a failing one does not stop the others. */
export function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup)
    try {
      cleanup()
    } catch {
      // the others still run
    }
  }
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
/** How often the parent processes are checked for: a stop is noticed within this. */
const PARENT_POLL_MS = 500

let installed = false

/**
 * Makes the process undo and exit on SIGINT, SIGTERM and SIGHUP, and when a process it was started by (within
 * its process group: npm, its shell, tsx) goes away. For the command line; a library caller keeps its own handlers.
 */
export function stopOnInterrupt(onStop: (why: string) => void = () => {}): void {
  if (installed) return
  installed = true
  const stop = (why: string, code: number) => {
    onStop(why)
    runCleanups()
    process.exit(code)
  }
  for (const [signal, code] of Object.entries(EXIT_CODES)) process.on(signal, () => stop(signal, code))
  const parents = ancestors()
  const ppid = process.ppid
  setInterval(() => {
    if (process.ppid !== ppid || parents.some((p) => startTime(p.pid) !== p.start)) stop('parent gone', EXIT_CODES.SIGHUP)
  }, PARENT_POLL_MS).unref()
}

interface ProcessId {
  pid: number
  /** Start time in clock ticks since boot: a recycled pid has another. */
  start: string
}

/** The processes above this one in its own process group (Linux /proc; none elsewhere). */
function ancestors(): ProcessId[] {
  const own = stat('self')
  if (!own) return []
  const found: ProcessId[] = []
  for (let pid = own.ppid; pid > 1; ) {
    const s = stat(String(pid))
    if (!s || s.pgrp !== own.pgrp) break
    found.push({ pid, start: s.start })
    pid = s.ppid
  }
  return found
}

/** The start time of a live process (a zombie, killed but not yet reaped, counts as gone). */
function startTime(pid: number): string | undefined {
  const s = stat(String(pid))
  return s && s.state !== 'Z' ? s.start : undefined
}

/** Fields of /proc/PID/stat: after the command name (in parentheses, which may hold spaces), by position. */
function stat(pid: string): { state: string; ppid: number; pgrp: number; start: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { state: fields[0]!, ppid: Number(fields[1]), pgrp: Number(fields[2]), start: fields[19]! }
  } catch {
    return undefined
  }
}

/** True while process `pid` runs (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
