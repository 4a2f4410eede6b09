import type { Outline } from '../outline/schema.ts'
import type { ExportMeta } from '../export/types.ts'

/**
 * What the exporter needs to know about a deck beyond its slides.md: PDF metadata and the handout's title
 * and references pages. (Each slide's cited sentences reach the handout through the slide's notes.)
 */
export function exportMeta(outline: Outline): ExportMeta {
  const m = outline.meta
  return {
    title: m.title,
    author: m.author,
    subject: `A ${m.minutes}-minute briefing${m.publisher ? ` on an article from ${m.publisher}` : ''}`,
    keywords: ['briefing', ...outline.slides.filter((s) => s.kind === 'section').map((s) => s.title)],
    publisher: m.publisher,
    licence: m.licence,
    url: m.url,
    date: m.date,
    handout: {
      subtitle: `A ${m.minutes}-minute briefing`,
      references: [
        `“${m.title}”${m.author ? `, by ${m.author}` : ''}${m.publisher ? `. ${m.publisher}` : ''}${m.date ? `, ${m.date}` : ''}.`,
        ...(m.byline ? [m.byline] : []),
        ...(m.url ? [`Link: ${m.url}`] : []),
        ...(m.licence ? [`Licence: ${m.licence}`] : []),
        ...m.credits.map((c) => `Credit: ${c}`),
        'Every point in the deck cites the article sentences it condenses (p3.s2 = paragraph 3, sentence 2).',
      ],
    },
  }
}
