/**
 * Pure judgement of a print-page probe: is every slide drawn, is a diagram broken, and if not ready, why.
 */
import type { PageProbe, SlideProbe } from './browser-probes.ts'
import { slideLabel } from './deck-slides.ts'
import type { DeckSlide } from './types.ts'

export type Verdict =
  | { state: 'ready' }
  /** A diagram failed to parse: waiting longer will not help. */
  | { state: 'broken'; message: string }
  /** Not yet; `reasons` say what is missing, slide by slide, for a timeout message. */
  | { state: 'waiting'; readySlides: number; reasons: string[]; broken?: string }

/** Lines of a Mermaid error worth quoting: the parser's message and its pointer, not the whole dump. */
const ERROR_LINES_QUOTED = 4

/**
 * Decides whether the page can be printed, given what the slides' Markdown says should be on it. Broken
 * diagrams are reported once every diagram has settled, so that one run names all of them.
 */
export function judgeProbe(probe: PageProbe, slides: DeckSlide[], networkQuiet: boolean): Verdict {
  const reasons: string[] = []
  let readySlides = 0
  for (const slide of slides) {
    const seen = probe.slides[slide.no - 1]
    const why = !seen ? 'not probed' : slideWaitReason(seen, slide)
    if (why) reasons.push(`${slideLabel(slide)}: ${why}`)
    else readySlides++
  }
  const broken = brokenMessage(probe, slides)
  if (broken && reasons.length === 0) return { state: 'broken', message: broken }
  if (probe.fontsLoading) reasons.push('web fonts are still loading')
  if (probe.mermaidBusy && reasons.length === 0 && !broken) reasons.push('Mermaid is still drawing a diagram')
  if (!networkQuiet && !broken) reasons.push('the page is still fetching files from the Slidev server')
  if (reasons.length === 0) return broken ? { state: 'broken', message: broken } : { state: 'ready' }
  return { state: 'waiting', readySlides, reasons, ...(broken ? { broken } : {}) }
}

/** One message naming every slide whose Mermaid diagram failed, quoting the parser; undefined if none did. */
function brokenMessage(probe: PageProbe, slides: DeckSlide[]): string | undefined {
  const failed = probe.slides.filter((s) => s.diagramErrors.length > 0)
  if (failed.length === 0) return undefined
  const label = (no: number) => slideLabel(slides[no - 1] ?? { no, title: '' })
  const quote = (s: SlideProbe) => s.diagramErrors[0]!.split('\n').slice(0, ERROR_LINES_QUOTED).join('\n')
  const [only] = failed
  const head =
    failed.length === 1
      ? `${label(only!.no)} has a Mermaid diagram that does not parse`
      : `${failed.length} slides have Mermaid diagrams that do not parse`
  const body = failed.length === 1 ? quote(only!) : failed.map((s) => `${label(s.no)}:\n${quote(s)}`).join('\n')
  return `${head}, so the deck was not exported.\n${body}\nFix the diagram (in outline.yaml, or in the slide's mermaid block) and export again.`
}

function slideWaitReason(seen: SlideProbe, slide: DeckSlide): string | undefined {
  if (!seen.present) return 'not rendered yet (Slidev has not mounted it)'
  if (seen.loading) return 'still loading its component'
  const settled = seen.diagramsDrawn + seen.diagramErrors.length
  if (settled < slide.mermaidBlocks) return `${slide.mermaidBlocks - settled} of ${slide.mermaidBlocks} Mermaid diagram(s) not drawn yet`
  if (seen.imagesPending.length > 0) return `image(s) still loading: ${seen.imagesPending.slice(0, 3).join(', ')}`
  return undefined
}

/** The message for a deck that was not ready in time: which slides, and why. */
export function timeoutMessage(verdict: Verdict, timeoutMs: number, total: number): string {
  // Diagrams that failed are the likelier culprit than diagrams that are slow.
  if (verdict.state === 'waiting' && verdict.broken) return verdict.broken
  const reasons = verdict.state === 'waiting' ? verdict.reasons : []
  const ready = verdict.state === 'waiting' ? verdict.readySlides : total
  const shown = reasons.slice(0, 5)
  const more = reasons.length > shown.length ? `\n…and ${reasons.length - shown.length} more` : ''
  return (
    `The deck was not ready after ${Math.round(timeoutMs / 1000)} s (${ready} of ${total} slides drawn):\n` +
    `${shown.join('\n')}${more}\n` +
    'A very large deck or a slow machine may need a longer timeout; a slide that never gets ready usually has content Slidev cannot render.'
  )
}
