/**
 * Where an export may write, and what it may replace. The PDFs are briefdeck's own files: an existing file at a
 * PDF's path is replaced only when briefdeck made it (its Producer says so). Anything else there — a PDF the user
 * made, a symbolic link, a folder — is the user's, like a hand-edited slides.md: refused, unless `force`, which
 * keeps a backup first. And a deck's outputs go into the deck's folder, nowhere else (`insideFolder`).
 */
import { constants, copyFileSync, lstatSync, readFileSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { fail } from '../errors.ts'
import { CREATOR } from './pdf-outline.ts'

/** Larger than any deck's PDF: a file this big at an output's path is not ours, and is not read to find out. */
const MAX_OWN_PDF_BYTES = 512 * 1024 * 1024

/** Why the file at `path` may not be replaced: undefined when nothing is there or briefdeck made it. */
export async function notOurs(path: string): Promise<string | undefined> {
  let stat
  try {
    stat = lstatSync(path)
  } catch {
    return undefined
  }
  if (stat.isSymbolicLink()) return 'is a symbolic link'
  if (!stat.isFile()) return 'is not a file'
  if (stat.size > MAX_OWN_PDF_BYTES) return 'was not made by briefdeck'
  try {
    const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false, ignoreEncryption: true })
    return pdf.getProducer()?.startsWith(CREATOR) ? undefined : 'was not made by briefdeck'
  } catch {
    return 'was not made by briefdeck'
  }
}

/**
 * Checks the PDFs an export is about to write, before it starts: refuses (naming each file and why) when one is
 * the user's, or with `force` keeps a copy of each as `<name>.bak-<time>` and returns the copies.
 */
export async function guardOutputs(paths: string[], force: boolean, now = new Date()): Promise<string[]> {
  const owned: Array<{ path: string; why: string }> = []
  for (const path of paths) {
    const why = await notOurs(path)
    if (why) owned.push({ path, why })
  }
  if (owned.length === 0) return []
  if (!force)
    fail(
      `${owned.map((o) => `${o.path} ${o.why}`).join(', and ')}, so no PDF was written: it may be yours. ` +
        `Move it away, or pass --force to replace it (a backup is kept).`,
    )
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return owned.map(({ path }) => {
    const backup = `${path}.bak-${stamp}`
    if (lstatSync(path).isSymbolicLink()) symlinkSync(readlinkSync(path), backup)
    else copyFileSync(path, backup, constants.COPYFILE_EXCL)
    return backup
  })
}

/**
 * True when `path` lies inside the folder `dir` (or is in it), after resolving `..` and any symbolic link on the
 * way (of the deepest part that exists): `deck/../x.pdf`, `/etc/x.pdf` and `deck/link-to-etc/x.pdf` are not.
 */
export function insideFolder(path: string, dir: string): boolean {
  const real = (p: string): string => {
    let tail = ''
    for (let at = p; ; at = dirname(at)) {
      try {
        return join(realpathSync(at), tail)
      } catch {
        if (dirname(at) === at) return join(at, tail)
        tail = join(basename(at), tail)
      }
    }
  }
  const rel = relative(real(dir), real(resolve(dir, path)))
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}
