/**
 * `npm run deck -- [ARTICLE | --outline FILE] [--out-dir DIR] [--minutes N] [--no-pdf] [--force]`
 * A thin shell over the library: see src/cli/index.ts and `npm run deck -- --help`.
 */
import { main } from '../src/cli/index.ts'

process.exitCode = await main(process.argv.slice(2))
