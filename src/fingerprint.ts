import { createHash } from 'node:crypto'

/**
 * Fingerprints of generated texts, pure: every generated file carries a line `briefdeck-fingerprint: sha256:…`
 * over the rest of its content; a text that no longer matches its fingerprint was edited by hand. (files.ts
 * applies this to the files on disk.)
 */

const FINGERPRINT_KEY = 'briefdeck-fingerprint'
const RE_FINGERPRINT_LINE = new RegExp(`^.*${FINGERPRINT_KEY}: sha256:([0-9a-f]{16})\\b.*\\n`, 'm')

/** The marker text to embed (in a comment) in a generated file. */
export const FINGERPRINT_PLACEHOLDER = `${FINGERPRINT_KEY}: sha256:0000000000000000`

/** Fills in the fingerprint placeholder of a generated text with the hash of everything else. */
export function stampFingerprint(text: string): string {
  if (!text.includes(FINGERPRINT_PLACEHOLDER)) throw new Error('stampFingerprint: the text has no placeholder')
  return text.replace(FINGERPRINT_PLACEHOLDER, `${FINGERPRINT_KEY}: sha256:${digest(text.replace(RE_FINGERPRINT_LINE, ''))}`)
}

/** The same test on a text already read: does it still match its fingerprint? */
export function textState(text: string): 'generated' | 'edited' {
  const m = RE_FINGERPRINT_LINE.exec(text)
  return m && m[1] === digest(text.replace(RE_FINGERPRINT_LINE, '')) ? 'generated' : 'edited'
}

/**
 * Re-stamps a generated text that briefdeck itself changed (say, a new `minutes` in outline.yaml), so it still
 * counts as generated. Only for texts that were 'generated' before the change: re-stamping a hand-edited text
 * would hide the user's edits from the guard.
 */
export function restampFingerprint(text: string): string {
  const m = RE_FINGERPRINT_LINE.exec(text)
  if (!m) throw new Error('restampFingerprint: the text has no fingerprint')
  return stampFingerprint(text.replace(`${FINGERPRINT_KEY}: sha256:${m[1]}`, FINGERPRINT_PLACEHOLDER))
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}
