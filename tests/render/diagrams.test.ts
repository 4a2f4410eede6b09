import { describe, expect, it } from 'vitest'
import * as api from '../../src/render/diagrams/index.ts'
import { diagramLegend, diagramSource, diagrams, isDiagramSlide, renderDiagram } from '../../src/render/diagrams/index.ts'
import { vueProp } from '../../src/render/escape.ts'
import { sampleOutline } from '../outline/fixture.ts'
import { mermaidLabel, mermaidPlain, nodeId } from '../../src/render/mermaid.ts'
import { HOSTILE, hostileSlides } from './diagrams-hostile.ts'

describe('render/diagrams', () => {
  it('exposes the registry and its functions', () => {
    expect(Object.keys(api).sort()).toEqual([
      'describeDiagram',
      'diagramLegend',
      'diagramSource',
      'diagrams',
      'isDiagramSlide',
      'mermaidLabel',
      'mermaidPlain',
      'renderDiagram',
    ])
    expect(Object.keys(diagrams)).toEqual(['actors', 'dynamics', 'timeline'])
  })

  it('tells diagram slides from others by the registry, and gives a legend where the kind draws one', () => {
    const slides = sampleOutline().slides
    expect(slides.filter(isDiagramSlide).map((s) => s.kind)).toEqual(['actors', 'dynamics', 'timeline'])
    const [actors, dynamics] = slides.filter(isDiagramSlide)
    // The legend the actors body passes to <RelationLegend>: the kinds its edges use, in order.
    expect(diagramLegend(actors!).map((e) => e.label)).toEqual(['alliance', 'hostility'])
    expect(renderDiagram(actors!)).toContain(`<RelationLegend :kinds="${vueProp(diagramLegend(actors!))}" />`)
    expect(diagramLegend(dynamics!)).toEqual([])
  })

  it('escapes # first, then quotes and angle brackets, per SLIDEV-NOTES §3', () => {
    expect(mermaidLabel('a "b" <c> #1')).toBe('a #quot;b#quot; #lt;c#gt; #35;1')
    expect(mermaidLabel('#quot;')).toBe('#35;quot#59;')
    expect(mermaidLabel('a;b|c')).toBe('a#59;b#124;c')
  })

  it('leaves nothing in a label that Mermaid or Markdown could read as syntax', () => {
    for (const text of HOSTILE) {
      // Every # starts an entity Mermaid decodes; nothing else is left that could be syntax.
      const bare = mermaidLabel(text).replace(/#(?:\d+|quot|lt|gt);/g, '')
      expect(bare).not.toMatch(/[#"<>|`[\]{}()\\\n\r%;]/)
    }
    for (const text of HOSTILE) expect(mermaidPlain(text)).not.toMatch(/[#%{}<>"`|\n\r;\\[\]]|:\s/)
  })

  it('writes only its own statements, with synthetic ids: article text stays inside quotes or after a colon', () => {
    expect(nodeId(0)).toBe('n0')
    const STATEMENT =
      /^(?:flowchart (?:LR|TB)|%%\{init: \{'flowchart': \{'wrappingWidth': \d+, 'rankSpacing': \d+\}\}\}%%|\s+acc(?:Title|Descr): [^\n]*|\s+subgraph b\d+\["[^"]*"\]|\s+end|\s+n\d+\["[^"]*"\]|\s+n\d+ (?:---|-->|==>)(?:\|"[^"]*"\|)? n\d+|\s+linkStyle \d+ [\w:#.,\- ]+|\s+classDef (?:t_\w+|factor|looped|event) [\w:#.,\- ]+|\s+class n\d+(?:,n\d+)* \w+|\s+style b\d+ [\w:#.,\- ]+)$/
    for (const slide of hostileSlides()) {
      const lines = diagramSource(slide).split('\n')
      for (const line of lines) expect(line).toMatch(STATEMENT)
      // The only `end` lines close the diagram's own subgraphs.
      expect(lines.filter((l) => l.trim() === 'end').length).toBe(lines.filter((l) => /^\s+subgraph b\d+/.test(l)).length)
    }
  })

  it('writes a fenced mermaid block whose only option is its scale, with an accessible title and description', () => {
    for (const slide of hostileSlides()) {
      const body = renderDiagram(slide)
      const fence = /^```mermaid \{([^}\n]*)\}\n([\s\S]*?)\n```$/m.exec(body)
      expect(fence).not.toBeNull()
      // Theme, font and spacing are the deck's (setup/mermaid.ts), not repeated in every block.
      expect(fence![1]).toMatch(/^scale: (?:0\.\d+|1(?:\.\d+)?)$/)
      expect(fence![2]).not.toMatch(/^```/m)
      expect(fence![2]).toMatch(/^\s*accTitle: \S/m)
      expect(fence![2]).toMatch(/^\s*accDescr: \S/m)
    }
  })

  it('adds the relation legend, its props HTML-escaped JSON, to the actors slide only', () => {
    const [actors, dynamics] = hostileSlides()
    const body = renderDiagram(actors!)
    const legend = /^<RelationLegend :kinds="([^"]*)" \/>$/m.exec(body)
    expect(legend).not.toBeNull()
    const kinds = JSON.parse(legend![1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    expect(kinds).toEqual([expect.objectContaining({ kind: 'hostility', label: 'hostility', directed: true })])
    expect(renderDiagram(dynamics!)).not.toContain('RelationLegend')
  })
})
