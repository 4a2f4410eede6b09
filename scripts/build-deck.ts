/**
 * `npm run deck -- [ARTICLE | --outline FILE] [options]` and `npm run dev -- [DIR]`: the `briefdeck` command
 * (src/cli/bin.ts) under its npm names. Run with `node --import tsx`, not the tsx wrapper, which SIGKILLs its
 * child 60 ms after Ctrl-C, in the middle of putting the old deck back (src/interrupt.ts).
 */
import '../src/cli/bin.ts'
