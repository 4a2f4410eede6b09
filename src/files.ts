import { constants, copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, renameSync, rmdirSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { basename, dirname, isAbsolute, relative } from 'node:path'
import { BriefdeckError, fail, fsReason } from './errors.ts'
import { textState } from './fingerprint.ts'
import { fileMode, Replacements, writeTemp } from './temp-files.ts'

export { Replacements } from './temp-files.ts'
export { FINGERPRINT_PLACEHOLDER, restampFingerprint, stampFingerprint, textState } from './fingerprint.ts'

/**
 * File output with two guarantees: a write is atomic (temp file, then rename), and a generated file that the
 * user has edited by hand is never overwritten silently. Every generated file carries a fingerprint line,
 * `briefdeck-fingerprint: sha256:…`, over the rest of its content; a file whose content no longer matches its
 * fingerprint was edited. A symbolic link or a read-only file where briefdeck writes counts as the user's too.
 * Temporary files are created exclusively under random names (temp-files.ts), and a file keeps its mode.
 */

export type FileState = 'missing' | 'generated' | 'edited'

/** 'generated' when the file is as briefdeck wrote it; 'edited' when it was changed or is not ours. */
export function fileState(path: string): FileState {
  const why = ownership(path)
  return why === 'missing' || why === 'generated' ? why : 'edited'
}

/** Why a file is the user's to keep, or 'generated' (briefdeck's to replace), or 'missing'. */
type Ownership = 'missing' | 'generated' | 'edited' | 'symlink' | 'read-only'

function ownership(path: string): Ownership {
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return 'missing'
  }
  // A link the user made (to a file kept elsewhere, say): theirs, whatever it points at.
  if (stat.isSymbolicLink()) return 'symlink'
  if (!stat.isFile()) return 'edited'
  if ((stat.mode & 0o200) === 0) return 'read-only'
  return textState(readFileSync(path, 'utf8'))
}

/** Writes a file atomically: the content appears whole under its name, or not at all. Keeps the file's mode. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  makeFolders(dirname(path))
  const temp = writeTemp(path, content, fileMode(path))
  try {
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Creates `dir` and any missing parents, one at a time, and returns the folders it created (outermost first).
 * Not `mkdirSync(…, { recursive: true })`: on Node 20 that spins for ever on a path such as /proc/x, and it
 * reports a file in the way as a bare ENOTDIR. Fails with a message naming the folder and the reason.
 */
function makeFolders(dir: string): string[] {
  const missing: string[] = []
  let existing = dir
  while (!existsSync(existing)) {
    missing.unshift(existing)
    const parent = dirname(existing)
    if (parent === existing) break
    existing = parent
  }
  if (existsSync(existing) && !statSync(existing).isDirectory())
    fail(`Cannot create the folder ${dir}: ${existing} is a file, not a folder. Nothing was written; choose another --out-dir.`)
  const created: string[] = []
  try {
    for (const folder of missing) {
      mkdirSync(folder)
      created.push(folder)
    }
  } catch (error) {
    removeFolders(created)
    fail(`Cannot create the folder ${dir}: ${fsReason(error)}. Nothing was written; choose another --out-dir.`)
  }
  return created
}

/**
 * Makes the folder `dir` (and its parents) for a run that writes there; returns a function that removes the folders
 * it made if they are still empty (a run that wrote nothing leaves nothing).
 */
export function ensureFolder(dir: string): () => void {
  const created = makeFolders(dir)
  return () => removeFolders(created)
}

/** Removes folders made by `makeFolders` (innermost first), if they are still empty. */
function removeFolders(created: string[]): void {
  for (const folder of [...created].reverse())
    try {
      rmdirSync(folder)
    } catch {
      // not empty or already gone: leave it
    }
}

export interface PlannedFile {
  path: string
  content: string | Uint8Array
  /** A generated file that the user may edit; guarded by its fingerprint. */
  guarded: boolean
}

/** The outcome of `writeFilesUndoable`: the backups made, and the choice to keep the new files or put back the old. */
export interface WrittenFiles {
  backups: string[]
  /** Puts every file back as it was before (removing the backups made); never throws. */
  undo(): void
  /** Keeps the new files and forgets the old versions; never throws. */
  done(): void
}

/**
 * Checks, then writes a set of files. Refuses (writing nothing) when a guarded file is the user's (edited by hand,
 * a symbolic link, read-only), unless `force`, which first keeps a copy of it as `<name>.bak-<timestamp>` (of a
 * link: the link, not what it points at). Returns the backups made.
 */
export function writeFiles(files: PlannedFile[], options: { force?: boolean; now?: Date } = {}): string[] {
  const written = writeFilesUndoable(files, options)
  written.done()
  return written.backups
}

/**
 * `writeFiles`, with the previous versions kept until `done()`, so that a run interrupted later (during the PDF
 * export, say) can `undo()` and leave the folder as it was.
 */
export function writeFilesUndoable(
  files: PlannedFile[],
  options: { force?: boolean; now?: Date; replacements?: Replacements } = {},
): WrittenFiles {
  for (const f of files)
    if (existsSync(f.path) && statSync(f.path).isDirectory() && !lstatSync(f.path).isSymbolicLink())
      fail(`${f.path} is a folder, where briefdeck writes a file. Nothing was written; move the folder away or choose another --out-dir.`)
  const owned = files.flatMap((f) => {
    const why = f.guarded ? ownership(f.path) : 'missing'
    return why === 'edited' || why === 'symlink' || why === 'read-only' ? [{ path: f.path, why }] : []
  })
  if (owned.length > 0 && !options.force) fail(refusal(owned))
  const replacements = options.replacements ?? new Replacements()
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')
  const backups = owned.map(({ path }) => {
    const backup = backUp(path, stamp)
    replacements.made(backup)
    return backup
  })
  try {
    writeAllOrNothing(files, replacements)
  } catch (error) {
    replacements.undo()
    throw error
  }
  return { backups, undo: () => replacements.undo(), done: () => replacements.done() }
}

/** Keeps the user's file as `<path>.bak-<stamp>`: a copy of a file, or a link to the same place for a link. */
function backUp(path: string, stamp: string): string {
  for (let n = 1; ; n++) {
    const backup = `${path}.bak-${stamp}${n > 1 ? `-${n}` : ''}`
    try {
      if (lstatSync(path).isSymbolicLink()) symlinkSync(readlinkSync(path), backup)
      else copyFileSync(path, backup, constants.COPYFILE_EXCL) // never through a link planted at the backup's name
      return backup
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

/**
 * Writes every file to a temporary name first, then renames them all into place: a failure on the way (a folder
 * that cannot be made, a full disk) removes what was staged, puts back what was already replaced, and leaves
 * every existing file as it was.
 */
function writeAllOrNothing(files: PlannedFile[], replacements: Replacements): void {
  const created: string[] = []
  const staged: Array<[temp: string, path: string]> = []
  const undo = () => {
    for (const [temp] of staged) rmSync(temp, { force: true })
    removeFolders(created)
  }
  try {
    for (const f of files) {
      created.push(...makeFolders(dirname(f.path)))
      try {
        staged.push([writeTemp(f.path, f.content, fileMode(f.path)), f.path])
      } catch (error) {
        fail(`Cannot write ${f.path}: ${fsReason(error)}. Nothing was written.`)
      }
    }
    replacements.madeFolders(created)
    for (const [i, [temp, path]] of staged.entries())
      try {
        replacements.replace(temp, path)
      } catch (error) {
        replacements.undo()
        throw new BriefdeckError(`Cannot write ${path}: ${fsReason(error)}.${i === 0 ? '' : ' The files written before it were put back.'} Nothing was written.`)
      }
  } catch (error) {
    undo()
    throw error
  }
}

const OWNED: Record<Exclude<Ownership, 'missing' | 'generated'>, string> = {
  edited: 'was edited by hand since briefdeck wrote it',
  symlink: 'is a symbolic link (yours: briefdeck does not write through it)',
  'read-only': 'is read-only',
}

/** Why nothing was written, and what to do: an edited outline.yaml is the user's remix, to build from. */
function refusal(owned: Array<{ path: string; why: Exclude<Ownership, 'missing' | 'generated'> }>): string {
  const edited = owned.map((o) => o.path)
  const many = edited.length > 1
  const plain = owned.every((o) => o.why === 'edited')
  const head = plain
    ? `${edited.join(' and ')} ${many ? 'were' : 'was'} edited by hand since briefdeck wrote ${many ? 'them' : 'it'}, so nothing was written.`
    : `${owned.map((o) => `${o.path} ${OWNED[o.why]}`).join(', and ')}, so nothing was written.`
  const outline = edited.find((path) => basename(path) === 'outline.yaml')
  const backup = `(a backup of ${many ? 'each' : 'the'} ${plain ? 'edited ' : ''}file is kept)`
  if (!outline)
    return `${head} Put your changes in outline.yaml and rebuild with --outline, or pass --force to overwrite ${backup}.`
  const shown = (path: string) => {
    const rel = relative(process.cwd(), path)
    const text = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
    return /[\s'"$`\\]/.test(text) ? `'${text.replace(/'/g, `'\\''`)}'` : text
  }
  const others = edited.filter((path) => path !== outline).map((path) => basename(path))
  const slidesToo = others.length > 0 ? ` Move any changes to ${others.join(' and ')} into outline.yaml first.` : ''
  return (
    `${head}${slidesToo} To build the deck from your edited outline, run: npm run deck -- --outline ${shown(outline)} --out-dir ${shown(dirname(outline))}. ` +
    `To draft a new outline from the article instead, pass --force ${backup}.`
  )
}
