/** What the figures were measured on, and how busy it was. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

export interface MachineInfo {
  date: string
  cpus: number
  cpuModel: string
  memoryGb: number
  node: string
  chromium: string
  slidev: string
  platform: string
}

export function machineInfo(chromiumPath: string, root: string): MachineInfo {
  let chromium = 'unknown'
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    /* reported as unknown */
  }
  let slidev = 'unknown'
  try {
    slidev = (JSON.parse(readFileSync(`${root}/node_modules/@slidev/cli/package.json`, 'utf8')) as { version: string }).version
  } catch {
    /* reported as unknown */
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium,
    slidev,
    platform: `${process.platform} ${process.arch}`,
  }
}

/** The 1-minute load average (runnable processes, averaged), or NaN where /proc is not available. */
export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
  } catch {
    return Number.NaN
  }
}

/** Samples the load average every few seconds until stopped; the samples describe how busy the run was. */
export function sampleLoad(everyMs = 5_000): { stop(): number[] } {
  const samples = [loadAverage()]
  const timer = setInterval(() => samples.push(loadAverage()), everyMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      samples.push(loadAverage())
      return samples.filter(Number.isFinite)
    },
  }
}
