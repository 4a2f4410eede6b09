import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { fail } from '../errors.ts'
import { sizeText } from '../ingest/index.ts'

/**
 * Reading the command's inputs within their limits: the reading stops at the limit, so /dev/zero, /dev/urandom,
 * a FIFO or an endless standard input is refused after `limit` bytes (a fraction of a second), not after the
 * machine's memory is gone. A regular file over the limit is refused before anything is read.
 */

/**
 * The most bytes an outline.yaml may have: twice the largest article's, as its `sentences` hold the article. YAML
 * costs some 150 bytes of memory per byte of densely nested input, so this also bounds reading one.
 */
export const MAX_OUTLINE_BYTES = 2 * 1024 * 1024

const CHUNK = 64 * 1024

/**
 * The bytes of the file at `path` (a regular file, a device, a FIFO), or a refusal worded by `tooLarge` (given the
 * size when it is known) as soon as it has more than `limit`.
 */
export function readFileLimited(path: string, limit: number, tooLarge: (size?: number) => string): Buffer {
  const fd = openSync(path, 'r')
  try {
    const stat = fstatSync(fd)
    if (stat.isFile() && stat.size > limit) fail(tooLarge(stat.size))
    return readLimited((buffer, at, length) => readSync(fd, buffer, at, length, null), limit, tooLarge)
  } finally {
    closeSync(fd)
  }
}

/** Standard input up to `limit` bytes; refused (`tooLarge`) as soon as it has more. */
export async function readStdinLimited(limit: number, tooLarge: (size?: number) => string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      size += bytes.byteLength
      if (size > limit) fail(tooLarge())
      chunks.push(bytes)
    }
  } finally {
    // Stop reading: an endless producer gets EPIPE, not our memory.
    if (size > limit && 'destroy' in stdin) (stdin as NodeJS.ReadStream).destroy()
  }
  return Buffer.concat(chunks)
}

function readLimited(read: (buffer: Buffer, at: number, length: number) => number, limit: number, tooLarge: (size?: number) => string): Buffer {
  const chunks: Buffer[] = []
  let size = 0
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK)
    const n = read(buffer, 0, CHUNK)
    if (n === 0) break
    size += n
    if (size > limit) fail(tooLarge())
    chunks.push(buffer.subarray(0, n))
  }
  return Buffer.concat(chunks)
}

export function outlineTooLarge(path: string, size?: number): string {
  const what = size === undefined ? `is larger than ${sizeText(MAX_OUTLINE_BYTES)}, the limit for an outline` : `is ${sizeText(size, MAX_OUTLINE_BYTES)}; the limit is ${sizeText(MAX_OUTLINE_BYTES)}`
  return `${path} ${what}. An outline holds one deck of at most 200 slides: cut slides or sentences, or split it into two decks.`
}
