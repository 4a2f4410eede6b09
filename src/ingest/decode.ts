import { fail } from '../errors.ts'

/**
 * The largest article accepted, in bytes: about 160,000 words of English (a long book), far beyond any article,
 * and small enough that reading, analysing and drafting the worst text of this size stay within seconds and a few
 * hundred MB (tests/hostile/bounds.test.ts measures them).
 */
export const MAX_INPUT_BYTES = 1024 * 1024

/** Share of control characters above which a text is taken for a binary file. */
const BINARY_CONTROL_RATIO = 0.02
const RE_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g

/** What decoding found worth telling the user, as one-line messages. */
export interface Decoded {
  text: string
  warnings: string[]
}

/**
 * Turns the bytes of an article into text: UTF-8 (with or without a BOM), UTF-16 with a BOM, or — when the bytes
 * are not UTF-8 at all — Windows-1252 (a superset of Latin-1). UTF-8 with a few bad bytes stays UTF-8: each bad
 * sequence becomes U+FFFD and a warning says how many bytes, and where the first one is. Refuses binary, empty
 * and oversized input with a message that says what to do.
 *
 * decodeArticle(Buffer.from('\uFEFFHello')).text → 'Hello'
 */
export function decodeArticle(input: string | Uint8Array, name = 'the article'): Decoded {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength
  if (size > MAX_INPUT_BYTES) fail(tooLarge(name, size))
  const warnings: string[] = []
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, name, warnings)
  if (text.trim() === '') fail(`${name} is empty (or only white space). Pass a file with the article's text.`)
  const controls = text.match(RE_CONTROL)?.length ?? 0
  if (text.includes('\u0000') || controls / text.length > BINARY_CONTROL_RATIO)
    fail(`${name} looks like a binary file, not text. Pass the article as .txt, .md or .html.`)
  return { text, warnings }
}

/** The refusal for input over MAX_INPUT_BYTES; `size` when it is known (a stream is refused once it passes the limit). */
export function tooLarge(name: string, size?: number): string {
  const what = size === undefined ? `is larger than the ${sizeText(MAX_INPUT_BYTES)} limit` : `is ${sizeText(size, MAX_INPUT_BYTES)}; the limit is ${sizeText(MAX_INPUT_BYTES)}`
  return `${name} ${what}. Split it, or pass only the article itself.`
}

/** 1 MiB, 2.4 MiB; in bytes when close to `limit` (1,049,000 bytes, not "1 MiB" against a limit of 1 MiB). */
export function sizeText(bytes: number, limit?: number): string {
  if (limit !== undefined && bytes < limit * 1.1) return `${bytes.toLocaleString('en')} bytes`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`
}

function decodeBytes(bytes: Uint8Array, name: string, warnings: string[]): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const check = checkUtf8(bytes.subarray(3))
    if (check.invalid > check.multibyte)
      fail(
        `${name} starts with a UTF-8 byte-order mark but is not valid UTF-8 (from byte offset ${check.first + 3}). ` +
          'Save it as UTF-8 and try again.',
      )
    return utf8(bytes.subarray(3), name, warnings, 3)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // Before UTF-8: ASCII text in UTF-16 is valid UTF-8 (with a NUL in every other byte), and would be refused as binary.
  if (looksLikeUtf16WithoutBom(bytes))
    fail(`${name} looks like UTF-16 without a byte-order mark. Save it as UTF-8 and try again.`)
  const check = checkUtf8(bytes)
  if (check.invalid === 0) return new TextDecoder('utf-8').decode(bytes)
  // Text that is mostly good UTF-8 (東京 and one bad byte) is UTF-8 with damage; text with no multi-byte
  // sequence at all, or more bad bytes than good sequences, is a legacy 8-bit encoding.
  if (check.multibyte >= check.invalid) return utf8(bytes, name, warnings, 0)
  return decodeWindows1252(bytes)
}

/** UTF-8, each invalid sequence replaced by U+FFFD, with a warning saying how many bytes and where. */
function utf8(bytes: Uint8Array, name: string, warnings: string[], offset: number): string {
  const check = checkUtf8(bytes)
  if (check.invalid > 0)
    warnings.push(
      `${name} is not valid UTF-8 in ${check.invalid} byte${check.invalid === 1 ? '' : 's'} (the first at byte offset ` +
        `${check.first + offset}); ${check.invalid === 1 ? 'it was' : 'they were'} read as “\uFFFD”. Save the file as UTF-8 to keep those characters.`,
    )
  return new TextDecoder('utf-8').decode(bytes)
}

/** Counts valid multi-byte UTF-8 sequences and bytes that belong to no valid sequence (RFC 3629). */
export function checkUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; first: number } {
  let multibyte = 0
  let invalid = 0
  let first = -1
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const length = sequenceLength(bytes, i)
    if (length > 0) {
      multibyte++
      i += length
    } else {
      if (first < 0) first = i
      invalid++
      i++
    }
  }
  return { multibyte, invalid, first }
}

/** The length of the valid multi-byte sequence at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!
  const cont = (k: number, lo = 0x80, hi = 0xbf) => bytes[i + k] !== undefined && bytes[i + k]! >= lo && bytes[i + k]! <= hi
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0
  return 0
}

/** ASCII text in UTF-16 has a zero in every other byte, all at even or all at odd offsets. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512)
  const zeros = [0, 0]
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 2]!++
  return Math.max(...zeros) > n * 0.4 && Math.min(...zeros) === 0
}

/** Windows-1252's 0x80–0x9F (Node's TextDecoder treats the label as Latin-1, which has controls there). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  const out: string[] = []
  for (const b of bytes) out.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))
  return out.join('')
}
