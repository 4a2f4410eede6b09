/**
 * A user-facing failure: bad input, a missing browser, an unwritable folder. The CLI prints `message`
 * (one paragraph, no stack trace) and exits non-zero. Anything else that is thrown is a bug.
 */
export class BriefdeckError extends Error {
  override name = 'BriefdeckError'
  constructor(message: string, readonly exitCode = 1) {
    super(message)
  }
}

/** Throws a BriefdeckError: `fail('Expected …, not …. Fix: …')`. */
export function fail(message: string): never {
  throw new BriefdeckError(message)
}

/** File-system errors a user can fix, in words: the one table, for every message that names such an error. */
export const FS_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted there',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'that place does not take new files or folders',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENAMETOOLONG: 'the name is too long',
}

/** A file-system error in words (`permission denied`), or its own message when it is not one of FS_ERRORS. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  return (code && FS_ERRORS[code]) ?? (error as Error)?.message ?? String(error)
}
