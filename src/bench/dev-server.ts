/**
 * `npm run dev` for a bench deck, as a presenter runs it: started before the timed exports, stopped after.
 * Its CPU time (with Slidev's and its export service's Chromium) is read from /proc: the exports' own process
 * trees do not include it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { devServerRecordPath, freePort } from '../export/index.ts'

export interface BenchDevServer {
  /** CPU time (user + system) of the dev process and its descendants still running, in ms; NaN without /proc. */
  cpuMs(): number
  stop(): Promise<void>
}

const CLOCK_TICK_MS = 10

/** Starts `briefdeck dev deckDir` and resolves once it has registered its server for exports. */
export async function startDevServer(root: string, deckDir: string, timeoutMs = 120_000): Promise<BenchDevServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'bin.ts'), 'dev', deckDir, '--port', String(port)], {
    cwd: root,
    detached: true, // a process group of its own: the script, Slidev and its children stop together
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4_000)))
  const stop = () => stopGroup(child)
  const record = devServerRecordPath(deckDir, root)
  const deadline = Date.now() + timeoutMs
  while (!existsSync(record)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`npm run dev for ${deckDir} did not start:\n${stderr}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { cpuMs: () => treeCpuMs(child.pid!), stop }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    return
  }
  const killer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      /* gone */
    }
  }, 10_000)
  await exited
  clearTimeout(killer)
}

/**
 * utime + stime of `root` and every live process descending from it (Slidev, and the export service's Chromium,
 * which Playwright starts in a process group of its own).
 */
function treeCpuMs(root: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>()
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) })
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    return Number.NaN
  }
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let ticks = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    ticks += stats.get(pid)?.ticks ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return ticks * CLOCK_TICK_MS
}

