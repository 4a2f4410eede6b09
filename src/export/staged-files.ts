/**
 * All-or-nothing output: every file is first written as `<name>.tmp-<pid>` next to its target, and only when
 * the whole export succeeded are they renamed into place. On failure the temporary files are removed, so a
 * failed export leaves neither a half-written file nor a mix of new and old outputs.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { BriefdeckError } from '../errors.ts'

export class StagedFiles {
  readonly #staged = new Map<string, string>()

  /** A temporary path for `target`, in the same folder (so the final rename is atomic). */
  async path(target: string): Promise<string> {
    try {
      await mkdir(dirname(target), { recursive: true })
    } catch (error) {
      throw new BriefdeckError(`Cannot create the folder for ${target}: ${(error as Error).message}`)
    }
    const temp = `${target}.tmp-${process.pid}`
    this.#staged.set(target, temp)
    return temp
  }

  /** Writes `bytes` to the temporary file for `target`. */
  async write(target: string, bytes: Uint8Array): Promise<void> {
    const temp = await this.path(target)
    try {
      await writeFile(temp, bytes)
    } catch (error) {
      throw new BriefdeckError(`Cannot write ${target}: ${(error as Error).message}`)
    }
  }

  /** Moves every staged file into place. */
  async commit(): Promise<void> {
    for (const [target, temp] of this.#staged) {
      await rename(temp, target)
      this.#staged.delete(target)
    }
  }

  /** Removes every temporary file not yet committed; never throws. */
  async discard(): Promise<void> {
    await Promise.all([...this.#staged.values()].map((temp) => rm(temp, { force: true }).catch(() => undefined)))
    this.#staged.clear()
  }
}
