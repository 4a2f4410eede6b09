/** The eval tables: per-article rows and split totals, as Markdown (printed, and written to EVALUATION.md). */
import type { ArticleScore, Ratio } from './score.ts'

/** Articles under this many words are "short" for key-claim coverage. */
export const SHORT_ARTICLE_WORDS = 1000

type Column = { head: string; cell: (s: ArticleScore) => string; total: (all: ArticleScore[]) => string; target?: string }

const pct = (r: Ratio) => (r.of === 0 ? '–' : `${Math.round((100 * r.n) / r.of)}%`)
const sum = (all: ArticleScore[], pick: (s: ArticleScore) => Ratio): Ratio =>
  all.reduce((t, s) => ({ n: t.n + pick(s).n, of: t.of + pick(s).of }), { n: 0, of: 0 })
const ratioColumn = (head: string, pick: (s: ArticleScore) => Ratio, target?: string): Column => ({
  head,
  cell: (s) => pct(pick(s)),
  total: (all) => pct(sum(all, pick)),
  target,
})
/** "drawn where expected": articles with the diagram among those whose annotation supports it. */
const drawnColumn = (head: string, expected: (s: ArticleScore) => boolean, drawn: (s: ArticleScore) => boolean, target?: string): Column => ({
  head,
  cell: (s) => (expected(s) ? (drawn(s) ? 'yes' : 'NO') : drawn(s) ? 'extra' : '–'),
  total: (all) => {
    const want = all.filter(expected)
    const extra = all.filter((s) => !expected(s) && drawn(s)).length
    return `${want.filter(drawn).length}/${want.length}${extra ? ` (+${extra} extra)` : ''}`
  },
  target,
})

export const WRITING_COLUMNS: Column[] = [
  { head: 'words', cell: (s) => String(s.words), total: (all) => String(all.reduce((n, s) => n + s.words, 0)) },
  { head: 'slides', cell: (s) => String(s.slides), total: (all) => String(all.reduce((n, s) => n + s.slides, 0)) },
  ratioColumn('claim titles', (s) => s.titlesClaim, '≥70%'),
  ratioColumn('label titles', (s) => s.titlesLabel, '0'),
  ratioColumn('points cut …', (s) => s.pointsCut, '≤5%'),
  ratioColumn('fragments', (s) => s.pointsFragment, '≤2%'),
  ratioColumn('long points', (s) => s.pointsLong),
  { head: 'duplicates', cell: (s) => String(s.duplicates), total: (all) => String(all.reduce((n, s) => n + s.duplicates, 0)), target: '0' },
  ratioColumn('faithful', (s) => s.faithful, '100%'),
  ratioColumn('talking points', (s) => s.talkingPoints, '100%'),
  ratioColumn('points ÷ sentences', (s) => s.compression, '≤40% (short)'),
  {
    head: 'key claims',
    cell: (s) => pct(s.claimsCovered),
    total: (all) => {
      const short = all.filter((s) => s.words < SHORT_ARTICLE_WORDS)
      const long = all.filter((s) => s.words >= SHORT_ARTICLE_WORDS)
      return `short ${pct(sum(short, (s) => s.claimsCovered))}, long ${pct(sum(long, (s) => s.claimsCovered))}`
    },
    target: '≥85% short, ≥75% long',
  },
  { head: 'thesis', cell: (s) => (s.thesis ? 'yes' : 'NO'), total: (all) => `${all.filter((s) => s.thesis).length}/${all.length}`, target: 'all' },
]

export const DIAGRAM_COLUMNS: Column[] = [
  drawnColumn('actors drawn', (s) => s.actorDiagramExpected, (s) => s.actorDiagramDrawn, '≥90%'),
  ratioColumn('protagonists', (s) => s.protagonists, '100%'),
  ratioColumn('non-actor nodes', (s) => s.nonActorNodes, '0'),
  ratioColumn('edge precision', (s) => s.edgePrecision, '≥90%'),
  ratioColumn('edge recall', (s) => s.edgeRecall),
  ratioColumn('contradicted', (s) => s.edgesContradicted, '0'),
  ratioColumn('bloc pairs wrong', (s) => s.blocPairsWrong, '≤5%'),
  drawnColumn('timeline drawn', (s) => s.timelineExpected, (s) => s.timelineDrawn),
  ratioColumn('right year', (s) => s.eventsRightYear, '≥95%'),
  ratioColumn('non-events', (s) => s.nonEvents, '≤5%'),
  ratioColumn('event recall', (s) => s.eventRecall),
  drawnColumn('dynamics drawn', (s) => s.dynamicsExpected, (s) => s.dynamicsDrawn, '≥80%, none extra'),
  ratioColumn('edges supported', (s) => s.dynamicsEdgesSupported, '≥90%'),
  ratioColumn('meaningful nodes', (s) => s.dynamicsNodesMeaningful, '≥90%'),
  ratioColumn('raw-cue labels', (s) => s.rawCueLabels, '0'),
  ratioColumn('causal recall', (s) => s.dynamicsRecall),
]

/**
 * A Markdown table: one row per article of the splits listed in `perArticle`, then one total row per split
 * (and the targets). Test-split articles appear only in totals unless asked for.
 */
export function table(columns: Column[], scores: ArticleScore[], perArticle: Set<string>): string {
  const head = ['article', ...columns.map((c) => c.head)]
  const rows: string[][] = []
  for (const s of scores) if (perArticle.has(s.split)) rows.push([`${s.split}/${s.slug}`, ...columns.map((c) => c.cell(s))])
  const splits = [...new Set(scores.map((s) => s.split))]
  for (const split of splits) {
    const of = scores.filter((s) => s.split === split)
    rows.push([`**${split} total** (${of.length})`, ...columns.map((c) => c.total(of))])
  }
  if (splits.length > 1) rows.push([`**all** (${scores.length})`, ...columns.map((c) => c.total(scores))])
  rows.push(['*target*', ...columns.map((c) => c.target ?? '')])
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n')
}

/** One line of totals for the history table. */
export function historyRow(date: string, commit: string, scores: ArticleScore[]): string {
  const cells: string[] = [date, commit]
  for (const split of ['dev', 'test']) {
    const of = scores.filter((s) => s.split === split)
    if (of.length === 0) {
      cells.push('–')
      continue
    }
    const get = (name: string, cols: Column[]) => cols.find((c) => c.head === name)!.total(of)
    cells.push(
      [
        `titles ${get('claim titles', WRITING_COLUMNS)}`,
        `cut ${get('points cut …', WRITING_COLUMNS)}`,
        `claims ${get('key claims', WRITING_COLUMNS)}`,
        `thesis ${get('thesis', WRITING_COLUMNS)}`,
        `edges P ${get('edge precision', DIAGRAM_COLUMNS)}`,
        `years ${get('right year', DIAGRAM_COLUMNS)}`,
        `dyn. supported ${get('edges supported', DIAGRAM_COLUMNS)}`,
      ].join('; '),
    )
  }
  return `| ${cells.join(' | ')} |`
}
