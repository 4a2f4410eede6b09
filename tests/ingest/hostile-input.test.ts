/**
 * Ingest under hostile input: bounded sentences and pages, text that cannot act on a terminal or a slide, damaged
 * encodings said out loud, and lines that only separate text. (Time and memory of the whole pipeline on the
 * pathological inputs are measured in tests/hostile/bounds.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { BriefdeckError } from '../../src/errors.ts'
import { capHtmlDepth, MAX_HTML_DEPTH } from '../../src/ingest/html-limits.ts'
import { ingest, MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS, MAX_SENTENCES } from '../../src/ingest/index.ts'
import { boundSentence } from '../../src/ingest/long-sentences.ts'

const words = (s: string) => s.split(/\s+/).filter(Boolean).length

function refusal(input: string | Uint8Array, name: string): string {
  try {
    ingest(input, { name })
  } catch (error) {
    expect(error).toBeInstanceOf(BriefdeckError)
    return (error as Error).message
  }
  throw new Error(`expected ${name} to be refused`)
}

describe('sentences of bounded length', () => {
  it('splits a paragraph without sentence ends into sentences of their own, nothing lost', () => {
    const vocabulary = ['Japan', 'and', 'China', 'met', 'the', 'envoy', 'in', 'Tokyo', 'while', 'officials', 'said']
    const text = Array.from({ length: 5_000 }, (_, i) => vocabulary[i % vocabulary.length]).join(' ')
    const a = ingest(`A title\n\n${text}`, { name: 'run-on.txt' })
    expect(a.sentences.length).toBeGreaterThanOrEqual(Math.ceil(5_000 / MAX_SENTENCE_WORDS))
    expect(a.sentences.map((s) => s.id)).toEqual(a.sentences.map((_, i) => `p1.s${i + 1}`))
    for (const s of a.sentences) {
      expect(words(s.text)).toBeLessThanOrEqual(MAX_SENTENCE_WORDS)
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS)
      expect(a.text.slice(s.start, s.end)).toBe(s.text)
    }
    expect(a.sentences.map((s) => s.text).join(' ')).toBe(text)
  })

  it('cuts at clause boundaries (a list of 10,000 dates), and a word of 20,000 letters at the limit', () => {
    const dates = Array.from({ length: 10_000 }, (_, i) => `${(i % 28) + 1} May ${1990 + (i % 30)}`).join(', ')
    const a = ingest(`Dates\n\nTalks were held on ${dates} in Tokyo.`, { name: 'dates.txt' })
    for (const s of a.sentences.slice(0, -1)) expect(s.text).toMatch(/\d{4},$/)
    const long = ingest(`Noise\n\n${'x'.repeat(20_000)} ends here.`, { name: 'noise.txt' })
    expect(long.sentences.map((s) => s.text.length)).toEqual([MAX_SENTENCE_CHARS, ...Array(5).fill(MAX_SENTENCE_CHARS), 2_000 + ' ends here.'.length].slice(0, long.sentences.length))
    expect(long.sentences.map((s) => s.text).join('')).toBe(`${'x'.repeat(20_000)} ends here.`)
  })

  it('leaves real long sentences whole (a 120-word sentence is one sentence)', () => {
    const sentence = `${Array.from({ length: 119 }, (_, i) => (i % 10 === 9 ? 'clause,' : 'word')).join(' ')} end.`
    expect(words(sentence)).toBe(120)
    expect(ingest(`Title here\n\n${sentence} Next one.`, { name: 'a.txt' }).sentences.map((s) => s.text)).toEqual([sentence, 'Next one.'])
  })

  it('never cuts a surrogate pair', () => {
    const text = '😀'.repeat(4)
    const spans = boundSentence(text, [0, text.length], { chars: 3 })
    for (const [s, e] of spans) expect(() => encodeURIComponent(text.slice(s, e))).not.toThrow()
    expect(spans.map(([s, e]) => text.slice(s, e)).join('')).toBe(text)
  })

  it(`refuses an article of more than ${MAX_SENTENCES.toLocaleString('en')} sentences, saying the limit`, () => {
    const text = `Many\n\n${'Japan met China. '.repeat(MAX_SENTENCES + 1)}`
    expect(refusal(text, 'many.txt')).toMatch(/^many\.txt has 10,001 sentences; briefdeck briefs articles of up to 10,000\. Pass the part to brief\./)
  })
})

describe('HTML nested deeper than any article page', () => {
  it('keeps the text of 25,000 nested <div>s, flattened at the depth limit', () => {
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(25_000)}<p>Japan and China met in Tokyo on 4 May 2023. Both sides agreed to meet again soon.</p>${'</div>'.repeat(25_000)}</body></html>`
    const started = performance.now()
    const a = ingest(html, { name: 'deep.html' })
    expect(a.sentences.map((s) => s.text)).toEqual(['Japan and China met in Tokyo on 4 May 2023.', 'Both sides agreed to meet again soon.'])
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('flattens only what is too deep, and never the content of scripts, styles or comments', () => {
    const deep = (n: number) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`
    expect(capHtmlDepth(deep(MAX_HTML_DEPTH))).toMatchObject({ dropped: 0, elements: MAX_HTML_DEPTH })
    expect(capHtmlDepth(deep(MAX_HTML_DEPTH + 5))).toEqual({ html: deep(MAX_HTML_DEPTH), dropped: 5, elements: MAX_HTML_DEPTH + 5 })
    const page = '<div><script>if (a < b) "<div>"</script><style>p{}</style><!-- <div> --><p>x</p></div>'
    expect(capHtmlDepth(page, 1)).toEqual({ html: page, dropped: 0, elements: 4 })
    // 500 unclosed <p>s are siblings to the parser, not 500 levels
    expect(capHtmlDepth('<p>x'.repeat(500), 1).dropped).toBe(0)
  })

  it('refuses a page with too many elements, before parsing it', () => {
    const html = `<html><body>${'<i></i>'.repeat(140_000)}<p>Japan met China.</p></body></html>`
    const started = performance.now()
    expect(refusal(html, 'huge.html')).toMatch(/^huge\.html has 140,00\d HTML elements; briefdeck reads pages of up to [\d,]+\. Save the article alone/)
    expect(performance.now() - started).toBeLessThan(3_000)
  })
})

describe('characters that are not text', () => {
  it('drops ESC, BEL, DEL and C1 controls, and bidi overrides and isolates, keeping the words', () => {
    const text = 'Safe\n\nJapan \u001b[31mmet\u001b[0m China\u0007 in \u009bTokyo\u007f. The envoy said \u202Eevil\u202C text and \u2066more\u2069 words.\n\nThe rest of the article is plain text, long enough not to look like a binary file, with words and more words in it.'
    const a = ingest(text, { name: 'controls.txt' })
    expect(a.sentences.slice(0, 2).map((s) => s.text)).toEqual(['Japan [31mmet[0m China in Tokyo.', 'The envoy said evil text and more words.'])
    expect(a.text).not.toMatch(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/)
  })

  it('does so in HTML entities and metadata too, and keeps the bidi marks of Arabic text', () => {
    const html = '<html><head><title>T&#x202E;itle</title><meta name="author" content="A&#27;[2Jnne"></head><body><article><p>Japan met China&#x7;. مرحبا\u200F بالعالم.</p></article></body></html>'
    const a = ingest(html, { name: 'page.html' })
    expect(a.meta.title).toBe('Title')
    expect(a.meta.author).toBe('A[2Jnne')
    expect(a.text).toBe('Japan met China. مرحبا\u200F بالعالم.')
  })
})

describe('damaged UTF-8', () => {
  it('stays UTF-8 when one byte is bad (東京 is not read as æ±äº¬), and says how many bytes and where', () => {
    const bytes = Buffer.concat([Buffer.from('Tokyo talks\n\n東京 hosted the talks on 4 May 2023. Both sides'), Buffer.from([0xff]), Buffer.from(' agreed.\n')])
    const warnings: string[] = []
    const a = ingest(bytes, { name: 'tokyo.txt', onWarning: (w) => warnings.push(w) })
    expect(a.text).toContain('東京 hosted the talks')
    expect(a.text).toContain('Both sides\uFFFD agreed.')
    expect(warnings).toEqual([
      `tokyo.txt is not valid UTF-8 in 1 byte (the first at byte offset ${bytes.indexOf(0xff)}); it was read as “\uFFFD”. Save the file as UTF-8 to keep those characters.`,
    ])
  })

  it('still reads text with no UTF-8 in it as Windows-1252, without a warning', () => {
    const warnings: string[] = []
    const a = ingest(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x2e]), { onWarning: (w) => warnings.push(w) })
    expect(a.text).toBe('Café talks.')
    expect(warnings).toEqual([])
  })
})

describe('lines that only separate text, and a title alone', () => {
  it('drops --- and ::: lines in plain text instead of making sections of them', () => {
    const a = ingest('Talks\n\nJapan met China in Tokyo.\n\n---\n\nBoth sides agreed.\n\n::: danger\n\nThe envoy left.\n\n:::\n\nIt ended.', { name: 'sep.txt' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined])
    expect(a.text).not.toMatch(/---|:::/)
    expect(a.sentences.map((s) => s.text)).toEqual(['Japan met China in Tokyo.', 'Both sides agreed.', 'The envoy left.', 'It ended.'])
  })

  it('refuses a title alone the same way in .txt, .md and .html, saying why', () => {
    for (const [name, text] of [
      ['title.txt', 'North Korea talks resume\n'],
      ['title.md', '# North Korea talks resume\n'],
      ['title.html', '<html><body><h1>North Korea talks resume</h1></body></html>'],
    ])
      expect(refusal(text!, name!), name).toBe(`${name} has a title (“North Korea talks resume”) but no sentences of article text once page chrome and metadata are set aside.`)
  })
})

describe('front matter with tags yaml does not know', () => {
  it('is read without a warning', async () => {
    const warnings: unknown[] = []
    const listener = (w: unknown) => warnings.push(w)
    process.on('warning', listener)
    try {
      const a = ingest('---\ntitle: !foo Talks\nauthor: !!binary abc\ndate: !bar 2023-05-04\n---\n\nJapan met China in Tokyo.\n', { name: 'fm.md' })
      expect(a.sentences).toHaveLength(1)
      await new Promise((resolve) => setImmediate(resolve)) // process warnings are emitted on the next tick
    } finally {
      process.off('warning', listener)
    }
    expect(warnings).toEqual([])
  })
})
