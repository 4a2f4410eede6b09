import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Temporary files of the whole run in one directory, removed at its end (tests/temp-root.ts).
    globalSetup: ['tests/temp-root.ts'],
    // Browser tests start Slidev and Chromium: give them time, and run files one at a time on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
  },
})
