import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { BriefdeckError, fail } from './errors.ts'

/**
 * File output with two guarantees: a write is atomic (temp file, then rename), and a generated file that the
 * user has edited by hand is never overwritten silently. Every generated file carries a fingerprint line,
 * `briefdeck-fingerprint: sha256:…`, over the rest of its content; a file whose content no longer matches its
 * fingerprint was edited.
 */

const FINGERPRINT_KEY = 'briefdeck-fingerprint'
const RE_FINGERPRINT_LINE = new RegExp(`^.*${FINGERPRINT_KEY}: sha256:([0-9a-f]{16})\\b.*\\n`, 'm')

/** The marker text to embed (in a comment) in a generated file. */
export const FINGERPRINT_PLACEHOLDER = `${FINGERPRINT_KEY}: sha256:0000000000000000`

/** Fills in the fingerprint placeholder of a generated text with the hash of everything else. */
export function stampFingerprint(text: string): string {
  if (!text.includes(FINGERPRINT_PLACEHOLDER)) throw new Error('stampFingerprint: the text has no placeholder')
  return text.replace(FINGERPRINT_PLACEHOLDER, `${FINGERPRINT_KEY}: sha256:${digest(text.replace(RE_FINGERPRINT_LINE, ''))}`)
}

export type FileState = 'missing' | 'generated' | 'edited'

/** 'generated' when the file is as briefdeck wrote it; 'edited' when it was changed or is not ours. */
export function fileState(path: string): FileState {
  if (!existsSync(path)) return 'missing'
  return textState(readFileSync(path, 'utf8'))
}

/** The same test on a text already read: does it still match its fingerprint? */
export function textState(text: string): Exclude<FileState, 'missing'> {
  const m = RE_FINGERPRINT_LINE.exec(text)
  return m && m[1] === digest(text.replace(RE_FINGERPRINT_LINE, '')) ? 'generated' : 'edited'
}

/**
 * Re-stamps a generated text that briefdeck itself changed (say, a new `minutes` in outline.yaml), so it still
 * counts as generated. Only for texts that were 'generated' before the change: re-stamping a hand-edited text
 * would hide the user's edits from the guard.
 */
export function restampFingerprint(text: string): string {
  const m = RE_FINGERPRINT_LINE.exec(text)
  if (!m) throw new Error('restampFingerprint: the text has no fingerprint')
  return stampFingerprint(text.replace(`${FINGERPRINT_KEY}: sha256:${m[1]}`, FINGERPRINT_PLACEHOLDER))
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** Writes a file atomically: the content appears whole under its name, or not at all. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  makeFolders(dirname(path))
  const temp = tempPath(path)
  try {
    writeFileSync(temp, content)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

const tempPath = (path: string) => join(dirname(path), `.${basename(path)}.tmp-${process.pid}`)

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
    fail(`Cannot create the folder ${dir}: ${reason(error)}. Nothing was written; choose another --out-dir.`)
  }
  return created
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

/** A file-system error in words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'the operation is not permitted there',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    ENOENT: 'that place does not take new files or folders',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    ENAMETOOLONG: 'the name is too long',
  }
  return (code && words[code]) ?? (error as Error).message
}

export interface PlannedFile {
  path: string
  content: string | Uint8Array
  /** A generated file that the user may edit; guarded by its fingerprint. */
  guarded: boolean
}

/**
 * Checks, then writes a set of files. Refuses (writing nothing) when a guarded file was edited by hand, unless
 * `force`, which first copies the edited file to `<name>.bak-<timestamp>`. Returns the backups made.
 */
export function writeFiles(files: PlannedFile[], options: { force?: boolean; now?: Date } = {}): string[] {
  for (const f of files)
    if (existsSync(f.path) && statSync(f.path).isDirectory())
      fail(`${f.path} is a folder, where briefdeck writes a file. Nothing was written; move the folder away or choose another --out-dir.`)
  const edited = files.filter((f) => f.guarded && fileState(f.path) === 'edited').map((f) => f.path)
  if (edited.length > 0 && !options.force) fail(refusal(edited))
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')
  const backups = edited.map((path) => {
    const backup = `${path}.bak-${stamp}`
    copyFileSync(path, backup)
    return backup
  })
  writeAllOrNothing(files)
  return backups
}

/**
 * Writes every file to a temporary name first, then renames them all into place: a failure on the way (a folder
 * that cannot be made, a full disk) removes what was staged and leaves every existing file as it was.
 */
function writeAllOrNothing(files: PlannedFile[]): void {
  const created: string[] = []
  const staged: Array<[temp: string, path: string]> = []
  const undo = () => {
    for (const [temp] of staged) rmSync(temp, { force: true })
    removeFolders(created)
  }
  try {
    for (const f of files) {
      created.push(...makeFolders(dirname(f.path)))
      const temp = tempPath(f.path)
      staged.push([temp, f.path])
      try {
        writeFileSync(temp, f.content)
      } catch (error) {
        fail(`Cannot write ${f.path}: ${reason(error)}. Nothing was written.`)
      }
    }
  } catch (error) {
    undo()
    throw error
  }
  for (const [i, [temp, path]] of staged.entries())
    try {
      renameSync(temp, path)
    } catch (error) {
      for (const [rest] of staged.slice(i)) rmSync(rest, { force: true })
      throw new BriefdeckError(`Cannot write ${path}: ${reason(error)}.${i === 0 ? ' Nothing was written.' : ''}`)
    }
}

/** Why nothing was written, and what to do: an edited outline.yaml is the user's remix, to build from. */
function refusal(edited: string[]): string {
  const many = edited.length > 1
  const head = `${edited.join(' and ')} ${many ? 'were' : 'was'} edited by hand since briefdeck wrote ${many ? 'them' : 'it'}, so nothing was written.`
  const outline = edited.find((path) => basename(path) === 'outline.yaml')
  const backup = `(a backup of ${many ? 'each' : 'the'} edited file is kept)`
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
