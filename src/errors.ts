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
