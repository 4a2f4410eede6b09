import { randomBytes } from 'node:crypto'
import { closeSync, constants, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { isAlive, onInterrupt } from '../interrupt.ts'

/**
 * One run at a time per deck folder. Two runs writing into the same folder would leave one run's slides.md
 * beside the other's PDFs; a run first takes the folder's lock, `.briefdeck.lock`, a file created exclusively that
 * names the process holding it. A second run waits for it (saying which run it waits for); a lock left by a process
 * that is gone (killed with SIGKILL, say) is taken over. `npm run dev` takes it for each re-render, briefly.
 */

export const LOCK_FILE = '.briefdeck.lock'
const POLL_MS = 200
/** A lock file that cannot be read yet is being written by the run that just made it, unless it is older than this. */
const WRITING_MS = 2_000
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)

/** Who holds a deck folder's lock. */
export interface LockHolder {
  pid: number
  /** When the holder took it (ISO time). */
  since: string
  /** What the holder is doing, e.g. "npm run deck". */
  what: string
}

export interface FolderLock {
  /** Gives the lock up (if it is still ours); safe to call twice. */
  release(): void
}

/** Takes the lock of `dir` (an existing folder) if it is free, or says who holds it. Synchronous. */
export function tryLockFolder(dir: string, what: string): FolderLock | { holder: LockHolder } {
  const path = join(dir, LOCK_FILE)
  const token = randomBytes(8).toString('hex')
  const content = JSON.stringify({ pid: process.pid, since: new Date().toISOString(), what, token })
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number
    try {
      fd = openSync(path, EXCLUSIVE, 0o644)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readHolder(path)
      if (holder && isAlive(holder.pid)) return { holder }
      if (!holder && age(path) < WRITING_MS) return { holder: { pid: 0, since: '', what: 'another run' } }
      takeOverStale(path, holder)
      continue
    }
    try {
      writeSync(fd, content)
    } finally {
      closeSync(fd)
    }
    let released = false
    const forget = onInterrupt(() => release())
    const release = () => {
      if (released) return
      released = true
      forget()
      if (readHolder(path)?.token === token) rmSync(path, { force: true })
    }
    return { release }
  }
  // Taken over and retaken by others three times in a row: report the current holder.
  return { holder: readHolder(path) ?? { pid: 0, since: '', what: 'another run' } }
}

/** Takes the lock of `dir`, waiting while another live process holds it (`onWait` is told once, at the start). */
export async function lockFolder(dir: string, what: string, onWait: (holder: LockHolder) => void = () => {}): Promise<FolderLock> {
  let told = false
  for (;;) {
    const lock = tryLockFolder(dir, what)
    if ('release' in lock) return lock
    if (!told) onWait(lock.holder)
    told = true
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function age(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs
  } catch {
    return Infinity
  }
}

function readHolder(path: string): (LockHolder & { token?: string }) | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder & { token: string }>
    return typeof value.pid === 'number'
      ? { pid: value.pid, since: String(value.since ?? ''), what: String(value.what ?? 'another run'), token: value.token }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Removes a lock whose holder is gone (or that cannot be read: a run killed while writing it), unless another run
 * took it over meanwhile: it is moved aside first (atomic), and put back if it is no longer the one we judged.
 */
function takeOverStale(path: string, judged: { token?: string; pid: number } | undefined): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`
  try {
    renameSync(path, aside)
  } catch {
    return
  }
  const moved = readHolder(aside)
  if (moved?.token === judged?.token && moved?.pid === judged?.pid) rmSync(aside, { force: true })
  else
    try {
      renameSync(aside, path)
    } catch {
      rmSync(aside, { force: true })
    }
}
