import { analyse } from './analyse/index.ts'
import { draftOutline } from './draft/index.ts'
import { FINGERPRINT_PLACEHOLDER, restampFingerprint, stampFingerprint, textState } from './fingerprint.ts'
import { ingest, type IngestOptions } from './ingest/index.ts'
import { tagArticle } from './language/index.ts'
import { locateInOutline, OUTLINE_SCHEMA_FILE, parseOutline, setOutlineMeta, stringifyOutline, type MetaPatch, type Outline } from './outline.ts'
import { checkOutline, type Finding } from './quality/index.ts'
import { listedFindings } from './quality/report.ts'
import { collectGarbage } from './memory.ts'
import { renderDeck } from './render/index.ts'
import type { Analysis, Article, Diagnostic } from './types.ts'

/**
 * The stage order in one place. Pure: text in, texts out; the CLI does the reading and writing.
 *
 * article → ingest → analyse → draft → (outline.yaml) → render → slides.md
 */

export interface Build {
  outline: Outline
  /** slides.md, fingerprinted. */
  slides: string
  /**
   * outline.yaml to write: drafted from an article (fingerprinted); or, from an edited outline given a new
   * budget, that outline's own text with only `meta.minutes` changed (see buildFromOutline).
   */
  outlineYaml?: string
  /** The quality report's findings on the outline (see src/quality). */
  findings: Finding[]
  /** Where paths of the outline stand in outline.yaml, for the report's places. */
  locate: (paths: string[]) => Map<string, { line: number; column: number }>
}

export interface ArticleBuild extends Build {
  article: Article
  analysis: Analysis
  outlineYaml: string
}

/** From an article: ingest, analyse, draft, then render. */
export function buildFromArticle(
  input: string | Uint8Array,
  options: IngestOptions & MetaPatch = {},
): ArticleBuild {
  const article = ingest(input, options)
  const language = tagArticle(article)
  const analysis = analyse(article, language)
  const drafted = draftOutline(article, analysis, { minutes: options.minutes, language })
  // The deck's look, as asked on the command line, is kept in the outline (absent: the default theme, no reveal).
  const outline = { ...drafted, meta: { ...drafted.meta, ...definedOnly({ theme: options.theme, reveal: options.reveal || undefined }) } }
  const findings = checkOutline(outline, { published: outline.meta.published, generated: true })
  const outlineYaml = writeOutline(outline)
  return { article, analysis, outline, outlineYaml, slides: writeSlides(outline), findings, locate: (paths) => locateInOutline(outlineYaml, paths) }
}

/**
 * From an edited outline: parse and validate, then render. No re-analysis.
 *
 * A new budget (`minutes` other than the outline's `meta.minutes`), theme or reveal is stored in the outline, so
 * that slides.md stays what the outline renders: `outlineYaml` is then the same text with only those values
 * changed, the user's comments and formatting kept. Its fingerprint is re-stamped only if the text was as briefdeck wrote it; an
 * outline the user edited stays marked as edited, so a rebuild from the article still will not overwrite it.
 */
export function buildFromOutline(
  text: string,
  file = 'outline.yaml',
  options: MetaPatch = {},
): Build | { diagnostics: Diagnostic[] } {
  const read = readOutline(text, file, options)
  if ('diagnostics' in read) return read
  const { outline, outlineYaml, findings, placed } = read
  // The places of the text as read (a new --minutes changes one number, not the lines). Those of the findings the
  // report lists were taken while the YAML document was at hand; it is let go before the deck is written (an
  // outline at the size limit reads into a document of some 80 MB). Any other path is found in the text again.
  const locate = (paths: string[]) => {
    const missing = paths.filter((p) => !placed.has(p))
    const found = missing.length > 0 ? locateInOutline(text, missing) : undefined
    return new Map(paths.flatMap((p) => {
      const place = placed.get(p) ?? found?.get(p)
      return place ? [[p, place] as const] : []
    }))
  }
  return { outline, slides: writeSlides(outline), outlineYaml, findings, locate }
}

/** An outline this long (a deck of some 150 slides) leaves enough of the parser's garbage to collect at once. */
const LARGE_OUTLINE_CHARS = 256 * 1024

/** Parses and checks an outline, and applies the patch: what the deck needs, without the YAML document. */
function readOutline(
  text: string,
  file: string,
  options: MetaPatch,
): { diagnostics: Diagnostic[] } | { outline: Outline; outlineYaml?: string; findings: Finding[]; placed: Map<string, { line: number; column: number }> } {
  const parsed = parseOutline(text, file)
  if (!parsed.outline) return { diagnostics: parsed.diagnostics }
  // What the parser left behind goes before the outline is checked (src/memory.ts).
  if (text.length >= LARGE_OUTLINE_CHARS) collectGarbage()
  // Text in an outline the user edited may be their own words: the report says so rather than calling it a fault.
  const generated = textState(text) === 'generated'
  const findings = checkOutline(parsed.outline, { published: parsed.outline.meta.published, generated })
  const placed = parsed.locate(listedFindings(findings).map((f) => f.path))
  const meta = parsed.outline.meta
  const patch = definedOnly({
    minutes: options.minutes === meta.minutes ? undefined : options.minutes,
    theme: options.theme === (meta.theme ?? 'default') ? undefined : options.theme,
    reveal: options.reveal && !meta.reveal ? true : undefined,
  })
  if (Object.keys(patch).length === 0) return { outline: parsed.outline, outlineYaml: undefined, findings, placed }
  const outline = { ...parsed.outline, meta: { ...meta, ...patch } }
  const edited = setOutlineMeta(text, parsed, patch)
  return { outline, outlineYaml: generated ? restampFingerprint(edited) : edited, findings, placed }
}

export function writeSlides(outline: Outline): string {
  return stampFingerprint(
    renderDeck(outline, {
      headmatterComment: `Generated by briefdeck from outline.yaml: edit the outline and rebuild, not this file. ${FINGERPRINT_PLACEHOLDER}`,
    }),
  )
}

export function writeOutline(outline: Outline): string {
  return stampFingerprint(`# ${FINGERPRINT_PLACEHOLDER}\n${stringifyOutline(outline, { schemaPath: `./${OUTLINE_SCHEMA_FILE}` })}`)
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>
}
