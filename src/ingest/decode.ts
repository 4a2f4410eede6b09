import { fail } from '../errors.ts'

/**
 * The largest article accepted, in bytes. About 800,000 words of English: far beyond any article, small enough
 * that analysis stays within seconds and memory within a few hundred MB.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024

/** Share of control characters above which a text is taken for a binary file. */
const BINARY_CONTROL_RATIO = 0.02
const RE_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g

/**
 * Turns the bytes of an article into text: UTF-8 (with or without a BOM), UTF-16 with a BOM, or — when the bytes
 * are not valid UTF-8 — Windows-1252 (a superset of Latin-1). Refuses binary, empty and oversized input with a
 * message that says what to do.
 *
 * decodeArticle(Buffer.from('\uFEFFHello')) → 'Hello'
 */
export function decodeArticle(input: string | Uint8Array, name = 'the article'): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength
  if (size > MAX_INPUT_BYTES)
    fail(
      `${name} is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MiB. ` +
        'Split it, or pass only the article itself.',
    )
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, name)
  if (text.trim() === '') fail(`${name} is empty (or only white space). Pass a file with the article's text.`)
  const controls = text.match(RE_CONTROL)?.length ?? 0
  if (text.includes('\u0000') || controls / text.length > BINARY_CONTROL_RATIO)
    fail(`${name} looks like a binary file, not text. Pass the article as .txt, .md or .html.`)
  return text
}

function decodeBytes(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), name)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  // Before UTF-8: ASCII text in UTF-16 is valid UTF-8 (with a NUL in every other byte), and would be refused as binary.
  if (looksLikeUtf16WithoutBom(bytes))
    fail(`${name} looks like UTF-16 without a byte-order mark. Save it as UTF-8 and try again.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}

function utf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return fail(`${name} starts with a UTF-8 byte-order mark but is not valid UTF-8. Save it as UTF-8 and try again.`)
  }
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
  let out = ''
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
  return out
}
