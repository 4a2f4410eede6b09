/**
 * `npm run deck -- ARGS` in a process of its own that reports what it cost: runs the command line, then prints
 * one line `RESOURCE {"code":…,"cpuMs":…,"maxRssMb":…}` from process.resourceUsage() (CPU time of the whole
 * process, and its peak resident memory).
 */
import { main } from '../../../src/cli/index.ts'

const code = await main(process.argv.slice(2))
const usage = process.resourceUsage()
process.stdout.write(
  `\nRESOURCE ${JSON.stringify({ code, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssMb: Math.round(usage.maxRSS / 1024) })}\n`,
)
process.exitCode = code
