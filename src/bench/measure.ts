/**
 * Running one measured process: wall time from spawn to exit, and the CPU time of the whole process tree
 * (user + system of every descendant that was waited for: Node, the Slidev server, Chromium and its renderers).
 * On a busy 2-core machine the wall time swings with what else runs; the CPU time says how much work was done.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface Measured {
  wallMs: number
  /** CPU time of the process tree in ms, or NaN where /proc is not available. */
  cpuMs: number
  stdout: string
  stderr: string
  code: number | null
  /** With `sampleRss`: the peak, over samples every 100 ms, of the summed RSS of the whole process tree, in MB. */
  peakTreeRssMb?: number
}

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the child's standard input, then closed. */
  input?: string
  timeoutMs?: number
  /** Sample the process tree's summed RSS (Node, Slidev, Chromium and its renderers) every 100 ms for its peak. */
  sampleRss?: boolean
}

const CLOCK_TICK_MS = 10 // USER_HZ is 100 on Linux

/** CPU time of this process's children that have been waited for (cutime + cstime), in ms. */
export function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) * CLOCK_TICK_MS
  } catch {
    return Number.NaN
  }
}

/** Runs `command args…` to completion; resolves with its times and output (never rejects on a non-zero exit). */
export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs()
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)))
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined
    let peakTreeRssMb = 0
    const sampler = options.sampleRss && child.pid ? setInterval(() => (peakTreeRssMb = Math.max(peakTreeRssMb, treeRssMb(child.pid!))), 100) : undefined
    child.on('error', reject)
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      if (sampler) clearInterval(sampler)
      resolve({ wallMs: performance.now() - started, cpuMs: childrenCpuMs() - cpuBefore, stdout, stderr, code, ...(sampler ? { peakTreeRssMb } : {}) })
    })
    child.stdin.end(options.input ?? '')
  })
}

const PAGE_BYTES = 4096

/**
 * The summed RSS of process `root` and all its descendants, in MB, from /proc (0 where there is none). Pages that
 * processes share (Chromium's) count once per process, so this is an upper bound, the same way for every command.
 */
export function treeRssMb(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return 0
  }
  for (const name of pids) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(name)
      const ppid = Number(fields[1])
      rss.set(pid, Number(fields[21]) * PAGE_BYTES)
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // gone meanwhile
    }
  }
  let total = 0
  const queue = [root]
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rss.get(pid) ?? 0
    queue.push(...(children.get(pid) ?? []))
  }
  return total / 1024 / 1024
}

/** The last line of `stdout` that parses as JSON (children print their result last). */
export function lastJson<T>(measured: Measured, what: string): T {
  const line = measured.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'))
  if (measured.code !== 0 || !line)
    throw new Error(`${what} failed (exit code ${measured.code}):\n${measured.stderr.trim().split('\n').slice(-15).join('\n')}`)
  return JSON.parse(line) as T
}

export function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Reads all of standard input (for child entry points). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
