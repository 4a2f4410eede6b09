/**
 * `npm run eval [-- --split dev|test|all] [-- --details] [-- --no-write] [-- --show-test] [-- --corpus DIR]`
 *
 * Quality figures on the labelled corpus (tests/eval/corpus, annotated as tests/eval/ANNOTATING.md says):
 * builds every article's deck (no PDF), checks it (the quality report's rules) and scores it against the
 * annotation, then prints the writing and diagram tables and writes them to EVALUATION.md with the date and
 * commit, adding a line to its history.
 *
 * Per-article rows are shown for the dev split only: the test split is held out, and only its totals are
 * read (`--show-test` prints its rows too, for a final report). `--details` lists, per dev article, every
 * missed claim, wrong edge, wrong year and unsupported link.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { PROJECT_ROOT } from '../src/cli/assets.ts'
import { readCorpus, SPLITS, type Split } from '../src/eval/corpus.ts'
import { DIAGRAM_COLUMNS, historyRow, table, WRITING_COLUMNS } from '../src/eval/report.ts'
import { scoreArticle, type ArticleScore } from '../src/eval/score.ts'
import { BriefdeckError } from '../src/errors.ts'
import { buildFromArticle } from '../src/pipeline.ts'
import { checkOutline } from '../src/quality/index.ts'

const argv = process.argv.slice(2)
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, '').trim())
  process.exit(0)
}
const splitArg = option('--split') ?? 'all'
if (splitArg !== 'all' && !SPLITS.includes(splitArg as Split)) {
  console.error(`Expected --split dev, test or all, not "${splitArg}".`)
  process.exit(2)
}
const splits = splitArg === 'all' ? SPLITS : [splitArg as Split]
const started = performance.now()
const corpusRoot = option('--corpus') ?? join(PROJECT_ROOT, 'tests', 'eval', 'corpus')
const { entries, problems } = readCorpus(corpusRoot, PROJECT_ROOT, splits)
if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.message}`)
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} in the corpus annotations; fix them first.`)
  process.exit(1)
}

const scores: ArticleScore[] = []
/** Articles briefdeck refused to build (a clear error, as a user would see it): listed, and the run fails. */
const failed: string[] = []
for (const entry of entries) {
  const t0 = performance.now()
  let build: ReturnType<typeof buildFromArticle>
  try {
    build = buildFromArticle(entry.bytes, { name: entry.articlePath })
  } catch (e) {
    if (!(e instanceof BriefdeckError)) throw e
    failed.push(`${entry.split}/${entry.slug}: ${e.message}`)
    process.stderr.write(`  ${entry.split}/${entry.slug}: NOT BUILT: ${e.message}\n`)
    continue
  }
  const findings = checkOutline(build.outline, { published: build.analysis.published, generated: true })
  const notes = parseSync(build.slides, 'slides.md').slides.map((s) => s.note ?? '')
  scores.push(scoreArticle({ slug: entry.slug, split: entry.split, annotation: entry.annotation, article: build.article, outline: build.outline, findings, notes }))
  process.stderr.write(`  ${entry.split}/${entry.slug}: ${build.outline.slides.length} slides (${Math.round(performance.now() - t0)} ms)\n`)
}

const perArticle = new Set<string>(['dev', ...(argv.includes('--show-test') ? ['test'] : [])])
const writing = table(WRITING_COLUMNS, scores, perArticle)
const diagrams = table(DIAGRAM_COLUMNS, scores, perArticle)
console.log(`\n## Writing\n\n${writing}\n\n## Diagrams\n\n${diagrams}\n`)
if (argv.includes('--details'))
  for (const s of scores.filter((x) => perArticle.has(x.split)))
    console.log(`\n### ${s.split}/${s.slug}\n${s.details.map((d) => `- ${d}`).join('\n') || '- (nothing to report)'}`)
const seconds = (performance.now() - started) / 1000
console.log(`\n${entries.length} articles (${splits.join(' + ')}) in ${seconds.toFixed(1)} s`)
if (failed.length) {
  // Not scored, so not in the totals above: each is a deck a user could not get at all.
  console.log(`\n**${failed.length} article${failed.length > 1 ? 's' : ''} not built** (left out of the totals):\n${failed.map((f) => `- ${f}`).join('\n')}`)
  process.exitCode = 1
}

if (!argv.includes('--no-write') && splitArg === 'all' && !option('--corpus')) {
  if (failed.length) console.log('\nEVALUATION.md is left as it was: its totals would leave out the articles not built.')
  else writeEvaluation(scores, writing, diagrams)
}

function writeEvaluation(all: ArticleScore[], writingTable: string, diagramTable: string): void {
  const file = join(PROJECT_ROOT, 'EVALUATION.md')
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
  let commit = 'uncommitted'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'data'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim()
    if (dirty) commit += '+changes'
  } catch {
    // not a git checkout: the history says so
  }
  const old = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const history = (old.split('<!-- history -->')[1] ?? '')
    .split('\n')
    .filter((l) => l.startsWith('| 20') && !l.includes(`| ${commit} |`))
  history.push(historyRow(date, commit, all))
  const text = `# Evaluation

Quality of the decks briefdeck drafts, measured by \`npm run eval\` on the labelled corpus in \`tests/eval/corpus\`
(how it is annotated: \`tests/eval/ANNOTATING.md\`; what each column means: the README's "Evaluate" section).
Per-article rows are the dev split; the test split is held out and shown in totals only.

Last run: ${date} UTC, commit ${commit}, ${all.length} articles, ${seconds.toFixed(1)} s.

## Writing

${writingTable}

## Diagrams

${diagramTable}

## History

Totals per run (dev | test).

| date | commit | dev | test |
| --- | --- | --- | --- |
<!-- history -->
${history.join('\n')}
`
  writeFileSync(file, text)
  console.log(`wrote ${file}`)
}
