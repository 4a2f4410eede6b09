import { describe, expect, it } from 'vitest'
import * as api from '../src/index.ts'

describe('the library', () => {
  it('exposes the public API', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BriefdeckError', 'DEFAULT_MINUTES', 'MAX_INPUT_BYTES', 'MAX_POINTS_PER_SLIDE', 'OutlineSchema', 'SECONDS_PER_POINT',
        'SLIDE_KINDS', 'WORDS_PER_MINUTE', 'analyse', 'buildFromArticle', 'buildFromOutline', 'detectFormat', 'draftOutline',
        'formatPath', 'ingest', 'outlineJsonSchema', 'parseOutline', 'renderDeck', 'splitSentences', 'stringifyOutline',
        'timeSlides', 'writeOutline', 'writeSlides',
      ].sort(),
    )
  })

  it('runs the stages as documented', () => {
    const article = api.ingest('A title\n\nAlpha met Beta in Paris. They agreed to talk again.')
    const outline = api.draftOutline(article, api.analyse(article), { minutes: 5 })
    const md = api.renderDeck(outline)
    expect(md).toContain('# A title')
    expect(api.parseOutline(api.stringifyOutline(outline)).outline).toEqual(outline)
  })
})
