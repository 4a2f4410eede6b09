/** How each relation kind is drawn: one table for the Mermaid edges and the legend component. */
import type { RelationKind } from '../../types.ts'

export interface KindStyle {
  kind: RelationKind
  /** The word on the edge and in the legend. */
  label: string
  color: string
  /** SVG stroke-dasharray, empty for a solid line. */
  dash: string
  width: number
  /** Drawn with an arrowhead: from the actor acting to the one acted on. */
  directed: boolean
}

export const KIND_STYLES: Record<RelationKind, KindStyle> = {
  alliance: { kind: 'alliance', label: 'alliance', color: '#1b6e3a', dash: '', width: 4, directed: false },
  cooperation: { kind: 'cooperation', label: 'cooperation', color: '#2f6fb0', dash: '', width: 2, directed: false },
  dialogue: { kind: 'dialogue', label: 'dialogue', color: '#6b7280', dash: '2 4', width: 2, directed: false },
  support: { kind: 'support', label: 'support', color: '#3f9d5a', dash: '', width: 2, directed: true },
  tension: { kind: 'tension', label: 'tension', color: '#c27c0e', dash: '7 4', width: 2, directed: false },
  hostility: { kind: 'hostility', label: 'hostility', color: '#b42318', dash: '', width: 3, directed: true },
  condemnation: { kind: 'condemnation', label: 'condemnation', color: '#a1405f', dash: '7 4', width: 2, directed: true },
  pressure: { kind: 'pressure', label: 'pressure', color: '#6d4bb0', dash: '2 4', width: 2, directed: true },
}

/** Node fills by actor type. */
export const TYPE_STYLES: Record<string, string> = {
  state: 'fill:#eef3f9,stroke:#3b5b7d,stroke-width:1.5px,color:#13263a',
  organisation: 'fill:#f4f1fa,stroke:#6a5a8c,stroke-width:1px,color:#2b2140',
  group: 'fill:#fbf1ec,stroke:#9a5a3c,stroke-width:1px,color:#3a2116',
  person: 'fill:#f6f6f4,stroke:#77776f,stroke-width:1px,color:#2a2a26',
  media: 'fill:#f6f6f4,stroke:#77776f,stroke-width:1px,color:#2a2a26',
}
