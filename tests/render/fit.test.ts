/**
 * Sizing without a browser (layout.ts) and folding what does not fit (fit.ts, timeline.ts): every diagram is
 * drawn with text of at least 14 px on the 980-pixel canvas, however big a remixed outline is. The browser test
 * (diagrams-browser.test.ts) checks the same diagrams against Mermaid's real layout.
 */
import { describe, expect, it } from 'vitest'
import { diagrams, renderDiagram } from '../../src/render/diagrams/index.ts'
import { diagramBox, drawnText, fitScale, MAX_TEXT_PX, MIN_TEXT_PX } from '../../src/render/diagrams/fence.ts'
import { cutLabel, MAX_LAID_OUT } from '../../src/render/diagrams/fit.ts'
import { estimateFlowchart, nodeBox, textWidth, wrapText } from '../../src/render/diagrams/layout.ts'
import { bigActors, bigDynamics, bigTimeline } from './big-outlines.ts'

const scaleOf = (body: string) => Number(/^```mermaid \{scale: ([\d.]+)\}$/m.exec(body)![1])
describe('render/diagrams/layout: sizes without a browser', () => {
  it('measures text in the deck font and wraps it as the browser does', () => {
    expect(textWidth('US')).toBeCloseTo(25.6, 1)
    expect(nodeBox('US')).toEqual([57.6, 46])
    // Wrapped text takes the whole wrapping width, one 30 px line per line.
    expect(nodeBox('China’s crystallising anti-access/area denial capabilities')).toEqual([252, 106])
    // A break after a hyphen, none inside a word.
    expect(wrapText('anti-access', textWidth('anti-') + 1).lines).toBe(2)
    expect(wrapText('crystallising', 10).lines).toBe(1)
  })

  it('lays a flowchart out as dagre does: left to right is wide, top to bottom is tall', () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, label: `Node ${id}` }))
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]
    const [lrWidth, lrHeight] = estimateFlowchart({ nodes, edges, direction: 'LR' })
    const [tbWidth, tbHeight] = estimateFlowchart({ nodes, edges, direction: 'TB' })
    expect(lrWidth).toBeGreaterThan(lrHeight)
    expect(tbHeight).toBeGreaterThan(tbWidth)
  })

  it('scales a drawing to fill the room under the title, never past MAX_TEXT_PX', () => {
    expect(fitScale([1720, 400])).toBe(0.5)
    expect(drawnText(fitScale([100, 100]))).toBe(MAX_TEXT_PX)
    expect(diagramBox('Short').height).toBeGreaterThan(diagramBox('Short', 1).height)
    expect(diagramBox('A title long enough to need a second line on the slide, which takes room from the diagram').height).toBeLessThan(diagramBox('Short').height)
  })

  it('cuts labels at a word', () => {
    expect(cutLabel('a b c', 4)).toBe('a b…')
    expect(cutLabel('short', 40)).toBe('short')
  })
})

describe('render/diagrams/fit: an outline with more than fits at 14 px', () => {
  const cases = [
    ['actors', bigActors(30)],
    ['dynamics', bigDynamics(20)],
    ['timeline', bigTimeline(30)],
  ] as const

  it.each(cases)('%s: folds what does not fit, says so under the diagram, and keeps the text at least 14 px', (_, slide) => {
    const body = renderDiagram(slide)
    const fitted = diagrams[slide.kind].fit(slide as never)
    expect(drawnText(scaleOf(body))).toBeGreaterThanOrEqual(MIN_TEXT_PX)
    expect(fitted.folded.length).toBeGreaterThan(0)
    // mdText writes a leading "+" as "\\+", so it is not read as a list.
    expect(body).toContain(`<div class="diagram-more">\n\n\\+${fitted.folded.length} more not drawn: `)
    const drawn = 'nodes' in fitted.drawn ? fitted.drawn.nodes.length : fitted.drawn.events.length
    expect(drawn).toBeGreaterThanOrEqual(3)
    expect(drawn + fitted.folded.length).toBe('nodes' in slide ? slide.nodes.length : slide.events.length)
  })

  it('folds the least-connected actors first and never a factor of the feedback loop', () => {
    const actors = bigActors(30)
    const { drawn } = diagrams.actors.fit(actors)
    // The two ends of the chain have the fewest links: they are the first to go.
    expect(drawn.nodes.map((n) => n.id)).not.toContain('a0')
    expect(drawn.nodes.map((n) => n.id)).not.toContain('a29')
    const dynamics = bigDynamics(20)
    const kept = diagrams.dynamics.fit(dynamics).drawn.nodes.map((n) => n.id)
    expect(kept).toEqual(expect.arrayContaining(['f17', 'f18', 'f19']))
  })

  it('keeps the first and the last event of a folded timeline', () => {
    const { drawn } = diagrams.timeline.fit(bigTimeline(30))
    expect(drawn.events[0]!.date).toBe('1990')
    expect(drawn.events.at(-1)!.date).toBe('2019')
  })

  it('draws everything when it fits: no note', () => {
    const small = bigActors(4)
    expect(diagrams.actors.fit(small).folded).toEqual([])
    expect(renderDiagram(small)).not.toContain('diagram-more')
  })

  it('renders an outline of 10,000 actors and a 10,000-node cycle quickly, laying out at most MAX_LAID_OUT', () => {
    const huge = bigActors(10_000)
    const cycle = bigDynamics(10_000)
    cycle.edges.push({ from: 'f9999', to: 'f0', label: 'closes', source: ['p1.s1'] })
    const start = performance.now()
    for (const slide of [huge, cycle, bigTimeline(10_000)]) {
      const fitted = diagrams[slide.kind].fit(slide as never)
      const drawn = 'nodes' in fitted.drawn ? fitted.drawn.nodes.length : fitted.drawn.events.length
      expect(drawn).toBeLessThanOrEqual(MAX_LAID_OUT)
      expect(drawnText(fitted.scale)).toBeGreaterThanOrEqual(MIN_TEXT_PX)
    }
    expect(performance.now() - start).toBeLessThan(5_000)
  })
})
