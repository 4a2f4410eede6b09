/**
 * PowerPoint output, made by Slidev's own exporter on our running server: each slide (and click step) as a
 * picture, with the speaker notes. It starts a Chromium of its own, which is why it is optional and last.
 */
import { readFile } from 'node:fs/promises'
import type { SlidevServer } from './slidev-server.ts'
import type { StagedFiles } from './staged-files.ts'

/** Writes the PPTX for `target` into the staging area; returns how many slides it holds. */
export async function stagePptx(
  server: SlidevServer,
  staged: StagedFiles,
  target: string,
  executablePath: string,
  timeoutMs: number,
): Promise<number> {
  const temp = await staged.path(target)
  await server.exportPptx(temp, executablePath, timeoutMs)
  return countPptxSlides(await readFile(temp))
}

const RE_SLIDE_PART = /ppt\/slides\/slide(\d+)\.xml/g

/** Slides in a PPTX: distinct `ppt/slides/slideN.xml` names in its (uncompressed) zip directory. */
export function countPptxSlides(bytes: Uint8Array): number {
  const names = Buffer.from(bytes).toString('latin1').matchAll(RE_SLIDE_PART)
  return new Set([...names].map((m) => m[1])).size
}
