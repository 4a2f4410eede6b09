/**
 * A full garbage collection, now. Reading a large outline leaves the YAML parser's token tree behind, about a
 * hundred times the text's size, and V8 would grow the heap over it rather than collect it while the deck is
 * checked and written: for an outline at the 2 MiB limit that is some 70 MB of peak memory (npm run bench, the
 * bounds test). V8 exposes the collector only behind a flag; it is set once, as Jest does for --logHeapUsage.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}
