import { stopOnInterrupt } from '../interrupt.ts'
import { main } from './index.ts'

// Ctrl-C, a kill or a lost parent (npm killed) undoes the run's writes and stops its Slidev and Chromium.
stopOnInterrupt((why) => process.stderr.write(`\nbriefdeck: stopped (${why}); nothing half-written is left.\n`))
process.exitCode = await main(process.argv.slice(2))
