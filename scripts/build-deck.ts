/**
 * `npm run deck -- [ARTICLE | --outline FILE] [--out-dir DIR] [--minutes N] [--no-pdf] [--force]`
 * A thin shell over the library: see src/cli/index.ts and `npm run deck -- --help`.
 */
import { main } from '../src/cli/index.ts'
import { stopOnInterrupt } from '../src/interrupt.ts'

// Ctrl-C, a kill or a lost parent (npm killed) undoes the run's writes and stops its Slidev and Chromium.
stopOnInterrupt((why) => process.stderr.write(`\nbriefdeck: stopped (${why}); nothing half-written is left.\n`))
process.exitCode = await main(process.argv.slice(2))
