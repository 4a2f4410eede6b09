import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  copyFileSync,
  fchmodSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * The two low-level moves of a safe write, shared by briefdeck's file output (files.ts) and the exporter:
 *
 * - `writeTemp`: a temporary file next to its target, with a random name, created exclusively and never through
 *   a symbolic link (O_CREAT | O_EXCL | O_NOFOLLOW): a link planted under a guessed name cannot redirect the
 *   write, and the next rename cannot move a planted link into place.
 * - `Replacements`: renames temporary files over their targets, keeping each previous version under a hidden
 *   name (a hard link: the old content stays whole) until `done()`, so that `undo()` can put every target back
 *   as it was: after a failed or interrupted run, the folder holds the old deck or the new one, never a mix.
 */

const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
/** Mode of a new file, before the umask (as `writeFile` does). */
const NEW_FILE_MODE = 0o666

/** `.slides.md.3f9a1c2b7d4e.tmp`: hidden (watchers and mirrors skip dot files), random, next to `target`. */
export function siblingName(target: string, suffix: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.${suffix}`)
}

/** The permission bits of the file at `path`, or undefined when there is no regular file there. */
export function fileMode(path: string): number | undefined {
  try {
    const stat = lstatSync(path)
    return stat.isFile() ? stat.mode & 0o7777 : undefined
  } catch {
    return undefined
  }
}

/**
 * Writes `content` to a new temporary file next to `target` and returns its path. The file gets `mode` exactly
 * (the target's own, to keep it), or the usual mode for a new file.
 */
export function writeTemp(target: string, content: string | Uint8Array, mode?: number): string {
  for (;;) {
    const temp = siblingName(target, 'tmp')
    let fd: number
    try {
      fd = openSync(temp, EXCLUSIVE, mode ?? NEW_FILE_MODE)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue // a name someone else took: draw again
      throw error
    }
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content
      for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at, bytes.byteLength - at)
      if (mode !== undefined) fchmodSync(fd, mode) // past the umask: the same mode as the file it replaces
      closeSync(fd)
    } catch (error) {
      closeSync(fd)
      rmSync(temp, { force: true })
      throw error
    }
    return temp
  }
}

/** A private folder (mode 0700, random name) next to `target`, for a writer that insists on naming its own file. */
export function privateFolderNear(target: string): string {
  return mkdtempSync(join(dirname(target), `.${basename(target)}.`))
}

interface Replaced {
  target: string
  /** The previous version, kept under a hidden name; undefined when the target did not exist. */
  previous?: string
}

/** Renames temporary files into place, undoably (see the header). Every method is synchronous. */
export class Replacements {
  readonly #done: Replaced[] = []
  readonly #extra: string[] = []

  /** Moves `temp` to `target`, keeping what `target` was. */
  replace(temp: string, target: string): void {
    const previous = exists(target) ? keep(target) : undefined
    try {
      renameSync(temp, target)
    } catch (error) {
      if (previous && lstatSync(previous).isDirectory()) renameSync(previous, target)
      else if (previous) rmSync(previous, { force: true })
      throw error
    }
    this.#done.push({ target, previous })
  }

  readonly #folders: string[] = []

  /** A file made along the way (a backup) that `undo` removes and `done` keeps. */
  made(path: string): void {
    this.#extra.push(path)
  }

  /** Folders made for the new files (outermost first), that `undo` removes again if they are empty. */
  madeFolders(folders: string[]): void {
    this.#folders.push(...folders)
  }

  /** Puts every target back as it was, newest first, and removes the files made along the way. Never throws. */
  undo(): void {
    for (const { target, previous } of this.#done.splice(0).reverse())
      try {
        // A folder (a web site) is moved, not linked: the new one goes first.
        if (previous && lstatSync(previous).isDirectory()) rmSync(target, { recursive: true, force: true })
        if (previous) renameSync(previous, target)
        else rmSync(target, { recursive: true, force: true })
      } catch {
        // as much as can be put back is put back
      }
    for (const path of this.#extra.splice(0)) rmSync(path, { force: true })
    for (const folder of this.#folders.splice(0).reverse())
      try {
        rmdirSync(folder)
      } catch {
        // not empty: something else is in it
      }
  }

  /** Keeps the new files: drops the previous versions. Never throws. */
  done(): void {
    for (const { previous } of this.#done.splice(0)) if (previous) rmSync(previous, { recursive: true, force: true })
    this.#extra.splice(0)
    this.#folders.splice(0)
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * A hidden second name for the file at `path` (a hard link, which also keeps a symbolic link as a link), or a
 * copy where the file system has no hard links.
 */
function keep(path: string): string {
  for (;;) {
    const previous = siblingName(path, 'old')
    try {
      // A folder (a web site) cannot be hard-linked: it is moved aside whole, and the new one takes its name.
      if (lstatSync(path).isDirectory()) {
        renameSync(path, previous)
        return previous
      }
      linkSync(path, previous)
      return previous
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') continue
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error
      copyFileSync(path, previous, constants.COPYFILE_EXCL)
      return previous
    }
  }
}
