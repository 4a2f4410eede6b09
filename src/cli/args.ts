import { existsSync, readFileSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { BriefdeckError } from '../errors.ts'

/**
 * The command line of `briefdeck` (and of `npm run deck` / `npm run dev`, which call it), resolved to typed
 * options apart from the run. One parser for every subcommand: commander, for its per-command help, its
 * "did you mean" on a misspelt option or command, and its default command (`briefdeck ARTICLE` is `build`).
 *
 *   parseCliArgs(['talk.html', '--out-dir', 'talk']) → { command: 'build', inputs: ['talk.html'], outDir: 'talk', … }
 */

/** Exit codes, as documented in --help and the README. */
export const EXIT = {
  ok: 0,
  /** Bad input: an article or outline briefdeck cannot use, a folder it cannot write, no Chromium, --strict. */
  input: 1,
  /** The command line itself is wrong: an unknown option or command, a bad value, a missing argument. */
  usage: 2,
  /** A bug in briefdeck (please report it). */
  internal: 70,
} as const

export type ExtraFormat = 'png' | 'pptx' | 'html'
const FORMATS: readonly ExtraFormat[] = ['png', 'pptx', 'html']

/** How much the command prints: progress and summaries on standard error; with `json`, a summary on standard output. */
export interface OutputOptions {
  quiet: boolean
  json: boolean
  verbose: boolean
}

export interface BuildCommand extends OutputOptions {
  command: 'build'
  /** Articles (`-` for standard input); none means the bundled article (or --outline). */
  inputs: string[]
  outline?: string
  outDir?: string
  minutes?: number
  theme?: string
  /** Show each slide's points one click at a time (stored in the outline's meta.reveal). */
  reveal: boolean
  pdf: boolean
  handout: boolean
  /** One PDF page per click step of a slide that reveals its points. */
  withClicks: boolean
  /** Use a running `briefdeck dev` server for the export when it serves this deck. */
  devServer: boolean
  formats: ExtraFormat[]
  force: boolean
  /** Exit non-zero when the quality report is over its limits. */
  strict: boolean
}

export interface DevCommand extends OutputOptions {
  command: 'dev'
  dir?: string
  port?: number
  /** Options handed to Slidev as they are (after `--`). */
  slidevArgs: string[]
}

export interface ExportCommand extends OutputOptions {
  command: 'export'
  dir?: string
  handout: boolean
  withClicks: boolean
  devServer: boolean
  formats: ExtraFormat[]
  force: boolean
}

/** Help or version text: printed on standard output, exit 0. */
export interface PrintCommand {
  command: 'print'
  text: string
}

export type CliCommand = BuildCommand | DevCommand | ExportCommand | PrintCommand

/** A mistake on the command line: exit code 2. */
export class UsageError extends BriefdeckError {
  constructor(message: string) {
    super(message, EXIT.usage)
  }
}

export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

const EXIT_HELP = `
Exit codes: 0 done; 1 bad input (an article or outline it cannot use, a folder it cannot write, no Chromium,
--strict over the limits, an article of a batch that failed); 2 a usage error (an unknown option or command, a
bad value); 70 a bug in briefdeck (please report it); 130 stopped with Ctrl-C (the old deck is left as it was).`

/** Parses `argv` (the words after the command's name). Throws a UsageError for a mistake on the command line. */
export function parseCliArgs(argv: string[]): CliCommand {
  let result: CliCommand | undefined
  let printed = ''
  const program = new Command('briefdeck')
    .description('Turns an article into a Slidev briefing deck: slides.md and outline.yaml, then deck.pdf and handout.pdf.')
    .usage('[command] [options]')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void (printed += text),
      writeErr: (text) => void (printed += text),
      outputError: () => {},
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', `\nbriefdeck ARTICLE is briefdeck build ARTICLE. Run briefdeck COMMAND --help for a command's options.\n${EXIT_HELP}`)

  const output = (command: Command) =>
    command
      .option('-q, --quiet', 'print nothing but errors')
      .option('--json', 'print a summary as JSON on standard output (files, pages, times, quality findings)')
      .option('--verbose', 'show more detail on errors (or set DEBUG=1)')

  output(
    program
      .command('build', { isDefault: true })
      .summary('an article → slides.md, outline.yaml, deck.pdf, handout.pdf (the default command)')
      .description(
        'Turns an article (.txt, .md, .html, or - for standard input) into a Slidev briefing deck: slides.md and ' +
          'outline.yaml, then deck.pdf and handout.pdf. Without an article: the bundled one.',
      )
      .argument('[articles...]', 'the article to brief (default: the bundled article); several, a folder or @list.txt: a batch, one deck folder each under --out-dir (default decks/)')
      .option('--outline <file>', 'rebuild from an edited outline.yaml instead (no re-analysis); - reads standard input')
      .option('--out-dir <dir>', 'where to write (default: the project folder, PDFs in exports/)')
      .option('--minutes <n>', 'fit the briefing to N minutes of speaking (1–180, default 15)', minutesValue)
      .option('--theme <name>', 'the Slidev theme: default or seriph (stored in the outline)', themeValue)
      .option('--reveal', 'show the points one click at a time (stored in the outline)')
      .option('--no-pdf', 'skip deck.pdf and handout.pdf (a --format still exports)')
      .option('--no-handout', 'export deck.pdf only')
      .option('--with-clicks', 'one PDF page per click step of a slide that reveals its points')
      .addOption(formatOption())
      .option('--no-dev-server', 'export with a Slidev server of its own even when briefdeck dev serves this deck')
      .option('--force', 'overwrite files edited by hand (a backup is kept)')
      .option('--strict', 'exit 1 when the quality report has findings over its limits'),
  ).action((articles: string[], o: Record<string, unknown>) => {
    if (articles.length > 0 && o.outline !== undefined)
      throw new UsageError('Give either an article or --outline FILE, not both: --outline rebuilds from the outline alone.')
    result = {
      command: 'build',
      inputs: articles,
      outline: o.outline as string | undefined,
      outDir: o.outDir as string | undefined,
      minutes: o.minutes as number | undefined,
      theme: o.theme as string | undefined,
      reveal: Boolean(o.reveal),
      pdf: o.pdf !== false,
      handout: o.handout !== false,
      withClicks: Boolean(o.withClicks),
      devServer: o.devServer !== false,
      formats: (o.format as ExtraFormat[] | undefined) ?? [],
      force: Boolean(o.force),
      strict: Boolean(o.strict),
      ...outputOptions(o),
    }
  })

  output(
    program
      .command('dev')
      .summary('present a deck: Slidev dev server, re-rendered on every outline.yaml save')
      .description(
        "Presents the deck in DIR (default: the project folder) with Slidev's dev server, and re-renders slides.md " +
          'whenever outline.yaml is saved. Options after -- go to Slidev as they are (e.g. -- --remote).',
      )
      .argument('[dir]', 'the deck folder (the --out-dir of briefdeck build)')
      .addOption(new Option('--out-dir <dir>', 'the deck folder (same as DIR)').hideHelp())
      .option('-p, --port <port>', 'the port (default 3030, or the next free one)', portValue),
  ).action((dir: string | undefined, o: Record<string, unknown>) => {
    if (dir !== undefined && o.outDir !== undefined && dir !== o.outDir) throw new UsageError(`Give the deck folder once: ${dir} or --out-dir ${String(o.outDir)}.`)
    result = { command: 'dev', dir: dir ?? (o.outDir as string | undefined), port: o.port as number | undefined, slidevArgs: [], ...outputOptions(o) }
  })

  output(
    program
      .command('export')
      .summary("export a deck folder's slides.md to deck.pdf and handout.pdf (and png, pptx, html)")
      .description('Exports the deck in DIR (default: the project folder) as it is: slides.md to deck.pdf and handout.pdf.')
      .argument('[dir]', 'the deck folder')
      .option('--no-handout', 'export deck.pdf only')
      .option('--with-clicks', 'one PDF page per click step of a slide that reveals its points')
      .addOption(formatOption())
      .option('--no-dev-server', 'export with a Slidev server of its own even when briefdeck dev serves this deck')
      .option('--force', 'overwrite a PDF briefdeck did not make (a backup is kept)'),
  ).action((dir: string | undefined, o: Record<string, unknown>) => {
    result = {
      command: 'export',
      dir,
      handout: o.handout !== false,
      withClicks: Boolean(o.withClicks),
      devServer: o.devServer !== false,
      formats: (o.format as ExtraFormat[] | undefined) ?? [],
      force: Boolean(o.force),
      ...outputOptions(o),
    }
  })

  for (const command of program.commands) command.addHelpText('after', EXIT_HELP)
  // Everything after `--` is Slidev's (briefdeck dev DIR -- --remote).
  const dashes = argv.indexOf('--')
  const slidevArgs = dashes >= 0 ? argv.slice(dashes + 1) : []
  if (argv[0] !== undefined && !argv[0].startsWith('-') && !COMMANDS.includes(argv[0])) misspeltCommand(argv[0])
  try {
    program.parse(dashes >= 0 ? argv.slice(0, dashes) : argv, { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.exitCode === 0) return { command: 'print', text: printed.trimEnd() }
    throw new UsageError(usageMessage(error.message, argv))
  }
  if (!result) throw new Error('parseCliArgs: no command ran')
  if (slidevArgs.length > 0 && result.command !== 'dev')
    throw new UsageError(`Options after -- go to Slidev's dev server (briefdeck dev DIR -- --remote); briefdeck ${result.command} takes none: ${slidevArgs.join(' ')}.`)
  if (result.command === 'dev') result.slidevArgs = slidevArgs
  return result
}

function formatOption(): Option {
  return new Option('--format <formats>', 'also export png (one image per slide), pptx (an editable PowerPoint file) or html (the static Slidev site); repeat or comma-separate')
    .argParser((value: string, previous: ExtraFormat[] | undefined) => {
      const formats = value.split(',').map((f) => f.trim())
      for (const f of formats)
        if (!FORMATS.includes(f as ExtraFormat)) throw new InvalidArgumentError(`Expected one of ${FORMATS.join(', ')}, not "${f}".`)
      return [...new Set([...(previous ?? []), ...(formats as ExtraFormat[])])]
    })
}

function outputOptions(o: Record<string, unknown>): OutputOptions {
  return { quiet: Boolean(o.quiet), json: Boolean(o.json), verbose: Boolean(o.verbose) || Boolean(process.env.DEBUG) }
}

function minutesValue(value: string): number {
  const minutes = Number(value)
  if (!(Number.isInteger(minutes) && minutes >= 1 && minutes <= 180))
    throw new InvalidArgumentError(`Expected a whole number from 1 to 180, not "${value}".`)
  return minutes
}

function portValue(value: string): number {
  const port = Number(value)
  if (!(Number.isInteger(port) && port >= 1 && port <= 65535)) throw new InvalidArgumentError(`Expected a port number from 1 to 65535, not "${value}".`)
  return port
}

const RE_THEME = /^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*$/

function themeValue(value: string): string {
  if (!RE_THEME.test(value)) throw new InvalidArgumentError(`Expected a theme name such as default or seriph, not "${value}".`)
  return value
}

/**
 * Commander's message as one line of ours: `error: unknown option '--colour'\n(Did you mean --color?)` becomes
 * `unknown option '--colour' (did you mean --color?). Run briefdeck --help to see the options.`
 */
function usageMessage(message: string, argv: string[]): string {
  const text = message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\.$/, '')
  const command = ['dev', 'export'].find((c) => argv[0] === c) ?? (argv.some((a) => !a.startsWith('-')) || /option '--/i.test(message) ? 'build' : undefined)
  return `${text[0]!.toUpperCase()}${text.slice(1)}. Run briefdeck ${command ? `${command} ` : ''}--help to see the options.`
}

const COMMANDS = ['build', 'dev', 'export']

/**
 * `briefdeck biuld x.html` would otherwise read "biuld" as the article (build is the default command): a word
 * that is no file and is one or two letters away from a command is taken for a misspelt command.
 */
function misspeltCommand(word: string | undefined): void {
  if (!word || existsSync(word) || /[./\\]/.test(word)) return
  const near = COMMANDS.find((c) => distance(word.toLowerCase(), c) <= Math.min(2, c.length - 2))
  if (near) throw new UsageError(`Unknown command '${word}' (did you mean ${near}?). Run briefdeck --help to see the commands.`)
}

/** Levenshtein distance (with adjacent transpositions counted once). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  return d[a.length]![b.length]!
}
