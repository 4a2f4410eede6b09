import { join } from 'node:path'
import { BriefdeckError, FS_ERRORS } from '../errors.ts'
import { MAX_INPUT_BYTES, tooLarge } from '../ingest/index.ts'
import type { Diagnostic } from '../types.ts'
import { EXIT, parseCliArgs, type CliCommand } from './args.ts'
import { PROJECT_ROOT } from './assets.ts'
import { readStdinLimited } from './read.ts'

/**
 * `briefdeck` (and `npm run deck`, `npm run dev`): arguments → a command → files, messages and the exit code.
 * The only place (with export/) that touches the disk, prints, or sets the exit code.
 *
 *   process.exitCode = await main(process.argv.slice(2))
 */

export const DEFAULT_ARTICLE = join(PROJECT_ROOT, 'articles', 'north-korea-no-strategic-reprieve.txt')

export interface CliIo {
  /** Standard output: help, and the --json summary. */
  out: (line: string) => void
  /** Standard error: progress, summaries, warnings and errors, one line at a time. */
  err: (line: string) => void
  /** Standard input, read up to `limit` bytes (more is refused as soon as it arrives). */
  readStdin: (limit?: number, tooLargeFor?: (size?: number) => string) => Buffer | Promise<Buffer>
  /** The terminal behind `err`, when there is one: progress is then drawn as updating lines. */
  tty?: NodeJS.WriteStream
}

export const defaultIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  readStdin: (limit = MAX_INPUT_BYTES, tooLargeFor = (size) => tooLarge('standard input', size)) => readStdinLimited(limit, tooLargeFor),
  tty: process.stderr.isTTY ? process.stderr : undefined,
}

/** A set of positioned problems in an outline: printed one per line, exit code 1, nothing written. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('invalid outline')
  }
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let command: CliCommand | undefined
  try {
    command = parseCliArgs(argv)
    switch (command.command) {
      case 'print':
        io.out(command.text)
        return EXIT.ok
      case 'build':
        return await (await import('./build.ts')).build(command, io)
      case 'export':
        return await (await import('./export-command.ts')).exportCommand(command, io)
      case 'dev':
        return await (await import('./dev.ts')).dev(command, io)
    }
  } catch (error) {
    return reportError(error, io, command !== undefined && 'verbose' in command ? command.verbose : Boolean(process.env.DEBUG))
  }
}

/** Prints what went wrong as one paragraph (no stack trace unless `verbose`) and returns the exit code. */
export function reportError(error: unknown, io: CliIo, verbose: boolean): number {
  if (error instanceof DiagnosticsError) {
    for (const d of error.diagnostics) io.err(formatDiagnostic(d))
    io.err(`\n${error.diagnostics.length} problem${error.diagnostics.length > 1 ? 's' : ''} in the outline; nothing was written.`)
    return EXIT.input
  }
  if (error instanceof BriefdeckError) {
    io.err(`briefdeck: ${error.message}`)
    return error.exitCode
  }
  const fsError = error as NodeJS.ErrnoException
  if (fsError?.code && fsError.path && fsError.code !== 'ENOENT' && FS_ERRORS[fsError.code]) {
    // A file-system failure not foreseen by a check: still the user's to fix, so one paragraph, no stack.
    io.err(`briefdeck: cannot ${fsError.syscall ?? 'use'} ${fsError.path}: ${FS_ERRORS[fsError.code]}.`)
    if (verbose) io.err(fsError.stack ?? '')
    return EXIT.input
  }
  io.err(`briefdeck: unexpected error: ${(error as Error)?.message ?? error}`)
  if (verbose) io.err((error as Error)?.stack ?? '')
  else io.err('Run again with --verbose (or DEBUG=1) for details, and please report it.')
  return EXIT.internal
}

/** `FILE:LINE:COL  path: message` */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.place ? `:${d.place.line}:${d.place.column}` : ''
  return `${d.file ?? ''}${place}  ${d.message}`
}
