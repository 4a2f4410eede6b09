/**
 * All-or-nothing output: every file is first written under a temporary name next to its target, and only when
 * the whole export succeeded are they renamed into place. On failure the temporary files are removed, so a
 * failed export leaves neither a half-written file nor a mix of new and old outputs.
 *
 * Temporary files are created exclusively under random names, never through a symbolic link (temp-files.ts);
 * while they exist, a stop of the process (Ctrl-C) removes them (interrupt.ts). The renames go through a
 * `Replacements` the caller may hold, so that the command line can still put the old PDFs back if it is stopped
 * before the run is over.
 */
import { mkdir, rm } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { BriefdeckError } from '../errors.ts'
import { onInterrupt } from '../interrupt.ts'
import { fileMode, privateFolderNear, Replacements, writeTemp } from '../temp-files.ts'

export class StagedFiles {
  readonly #staged = new Map<string, string>()
  /** Private folders made for writers that name their own file. */
  readonly #folders: string[] = []
  readonly #replacements: Replacements
  readonly #own: boolean
  #forget: (() => void) | undefined

  /** `replacements`: where the renames are recorded (and kept or undone by their owner); by default kept at once. */
  constructor(replacements?: Replacements) {
    this.#replacements = replacements ?? new Replacements()
    this.#own = !replacements
  }

  /**
   * A path where a writer that insists on naming its own file or folder (`slidev build`'s site) may write it for
   * `target`: inside a private folder (mode 0700, random name) next to `target`, so the final rename is atomic.
   */
  async path(target: string): Promise<string> {
    await this.#folder(target)
    const folder = privateFolderNear(target)
    this.#folders.push(folder)
    this.#watch()
    const temp = join(folder, basename(target))
    this.#staged.set(target, temp)
    return temp
  }

  /** Writes `bytes` to a temporary file for `target`. */
  async write(target: string, bytes: Uint8Array): Promise<void> {
    await this.#folder(target)
    this.#watch()
    try {
      const previous = this.#staged.get(target)
      if (previous) rmSync(previous, { force: true })
      this.#staged.set(target, writeTemp(target, bytes, fileMode(target)))
    } catch (error) {
      throw new BriefdeckError(`Cannot write ${target}: ${(error as Error).message}`)
    }
  }

  /** Moves every staged file into place (all in one step: nothing else runs in between). */
  commit(): void {
    try {
      for (const [target, temp] of this.#staged) {
        this.#replacements.replace(temp, target)
        this.#staged.delete(target)
      }
    } catch (error) {
      this.#replacements.undo()
      this.#removeTemporaries()
      throw error
    }
    if (this.#own) this.#replacements.done()
    this.#removeTemporaries()
  }

  /** Removes every temporary file not yet committed; never throws. */
  async discard(): Promise<void> {
    this.#removeTemporaries()
  }

  async #folder(target: string): Promise<void> {
    try {
      await mkdir(dirname(target), { recursive: true })
    } catch (error) {
      throw new BriefdeckError(`Cannot create the folder for ${target}: ${(error as Error).message}`)
    }
  }

  #watch(): void {
    this.#forget ??= onInterrupt(() => this.#removeTemporaries())
  }

  #removeTemporaries(): void {
    for (const temp of this.#staged.values()) rmSync(temp, { recursive: true, force: true })
    this.#staged.clear()
    for (const folder of this.#folders.splice(0)) rmSync(folder, { recursive: true, force: true })
    this.#forget?.()
    this.#forget = undefined
  }
}

/** Removes a file without throwing (for outputs left from an earlier, longer export). */
export const removeQuietly = (path: string) => rm(path, { force: true }).catch(() => undefined)
