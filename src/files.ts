import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'
import { fail } from './errors.ts'

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
  mkdirSync(dirname(path), { recursive: true })
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`)
  try {
    writeFileSync(temp, content)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
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
  const edited = files.filter((f) => f.guarded && fileState(f.path) === 'edited').map((f) => f.path)
  if (edited.length > 0 && !options.force) fail(refusal(edited))
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')
  const backups = edited.map((path) => {
    const backup = `${path}.bak-${stamp}`
    copyFileSync(path, backup)
    return backup
  })
  for (const f of files) writeFileAtomic(f.path, f.content)
  return backups
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
