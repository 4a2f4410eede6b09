/**
 * Running one measured process: wall time from spawn to exit, and the CPU time of the whole process tree
 * (user + system of every descendant that was waited for: Node, the Slidev server, Chromium and its renderers).
 * On a busy 2-core machine the wall time swings with what else runs; the CPU time says how much work was done.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface Measured {
  wallMs: number
  /** CPU time of the process tree in ms, or NaN where /proc is not available. */
  cpuMs: number
  stdout: string
  stderr: string
  code: number | null
}

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the child's standard input, then closed. */
  input?: string
  timeoutMs?: number
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
    child.on('error', reject)
    child.on('close', (code) => {
      if (timer) clearTimeout(timer)
      resolve({ wallMs: performance.now() - started, cpuMs: childrenCpuMs() - cpuBefore, stdout, stderr, code })
    })
    child.stdin.end(options.input ?? '')
  })
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
