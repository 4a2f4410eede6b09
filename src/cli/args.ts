import { parseArgs } from 'node:util'
import { fail } from '../errors.ts'

/** The command line of `npm run deck`, resolved to typed options apart from the run. */

export const USAGE = `Usage: npm run deck -- [ARTICLE | --outline FILE] [options]

Turns an article (.txt, .md, .html, or - for standard input) into a Slidev briefing deck:
slides.md and outline.yaml, then deck.pdf and handout.pdf.

  ARTICLE              the article to brief (default: the bundled article)
  --outline FILE       rebuild from an edited outline.yaml instead (no re-analysis)
  --out-dir DIR        where to write (default: the project folder, PDFs in exports/)
  --minutes N          fit the briefing to N minutes of speaking (default 15)
  --no-pdf             write slides.md and outline.yaml only
  --no-handout         export deck.pdf only
  --format F           also export png (one image per slide) or pptx (a PowerPoint
                       file: text, notes and diagrams editable)
  --no-dev-server      export with a Slidev server of its own even when npm run dev
                       is serving this deck (by default that server is used: faster)
  --force              overwrite files edited by hand (a backup is kept)
  --strict             exit 1 when the quality report has findings over its limits
                       (written to quality.json beside slides.md either way)
  --verbose            show more detail on errors
  -h, --help           show this help`

export type ExtraFormat = 'png' | 'pptx'

export interface CliOptions {
  article?: string
  outline?: string
  outDir?: string
  minutes?: number
  pdf: boolean
  handout: boolean
  /** Use a running `npm run dev` server for the export when it serves this deck. */
  devServer: boolean
  formats: ExtraFormat[]
  force: boolean
  /** Exit non-zero when the quality report is over its limits. */
  strict: boolean
  verbose: boolean
  help: boolean
}

export function parseCliArgs(argv: string[]): CliOptions {
  let values, positionals
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        outline: { type: 'string' },
        'out-dir': { type: 'string' },
        minutes: { type: 'string' },
        'no-pdf': { type: 'boolean', default: false },
        'no-handout': { type: 'boolean', default: false },
        'no-dev-server': { type: 'boolean', default: false },
        format: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (error) {
    fail(`${(error as Error).message.replace(/\.$/, '')}. Run with --help to see the options.`)
  }
  if (positionals.length > 1) fail(`Expected one article, not ${positionals.length}: ${positionals.join(', ')}.`)
  if (positionals.length === 1 && values.outline)
    fail('Give either an article or --outline FILE, not both: --outline rebuilds from the outline alone.')
  const minutes = values.minutes === undefined ? undefined : Number(values.minutes)
  if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 180))
    fail(`Expected --minutes to be a whole number from 1 to 180, not "${values.minutes}".`)
  const formats = (values.format ?? []).flatMap((f) => f.split(',')).map((f) => f.trim())
  for (const f of formats)
    if (f !== 'png' && f !== 'pptx') fail(`Expected --format to be png or pptx, not "${f}".`)
  return {
    article: positionals[0],
    outline: values.outline,
    outDir: values['out-dir'],
    minutes,
    pdf: !values['no-pdf'],
    handout: !values['no-handout'],
    devServer: !values['no-dev-server'],
    formats: formats as ExtraFormat[],
    force: values.force,
    strict: values.strict,
    verbose: values.verbose || Boolean(process.env.DEBUG),
    help: values.help,
  }
}
