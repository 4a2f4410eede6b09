#!/usr/bin/env node
// The `briefdeck` command: TypeScript sources run through tsx's loader in this same process (not the tsx
// wrapper, which SIGKILLs its child 60 ms after Ctrl-C, in the middle of putting the old deck back).
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/bin.ts')
