/**
 * The parent side of `slidev-child.mjs`: starts one Slidev server for a deck in a child process, hands back
 * its URL and what was parsed, and stops it. See the child's header for why it is a separate process.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { BriefdeckError } from '../errors.ts'
import { onInterrupt } from '../interrupt.ts'
import { toDeckInfo, type RawDeck } from './deck-slides.ts'
import type { DeckInfo } from './types.ts'

const CHILD_SCRIPT = fileURLToPath(new URL('./slidev-child.mjs', import.meta.url))

/** How long a closing server may take before its process is killed: Vite closes in well under a second. */
const CLOSE_GRACE_MS = 5_000

export interface SlidevServer {
  /** Base URL of the deck, ending in '/'. */
  url: string
  deck: DeckInfo
  /** True for a dev server `npm run dev` runs (dev-server.ts): used as it is, and left running. */
  devServer?: boolean
  /** Stops the server and its process; safe to call twice. */
  close(): Promise<void>
}

type ChildMessage =
  | { type: 'ready'; port: number; base: string; deck: RawDeck }
  | { type: 'error'; message: string }

/** Where the server keeps what outlives it; by default both live in the deck folder's node_modules. */
export interface ServerCaches {
  /** Vite's pre-bundled dependencies. */
  vite?: string
  /** briefdeck's own cache for the deck (UnoCSS tokens, see slidev-child.mjs). */
  briefdeck?: string
  /** Follow changes of slides.md, as a dev server does (an export session swaps decks in the served copy). */
  watch?: boolean
}

/** Starts Slidev on a free loopback port for the deck at `slidesPath`; rejects with the reason if it cannot. */
export async function startSlidevServer(slidesPath: string, timeoutMs: number, caches: ServerCaches = {}): Promise<SlidevServer> {
  // execArgv: [] so the child does not inherit a TypeScript loader or an inspector port from this process.
  const child = fork(CHILD_SCRIPT, [slidesPath, caches.vite ?? '', caches.briefdeck ?? '', caches.watch ? 'watch' : ''], {
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const output = captureOutput(child)
  // Stopped half-way (Ctrl-C, kill), this process takes its Slidev server with it at once.
  const forget = onInterrupt(() => child.kill('SIGKILL'))
  const close = once(async () => {
    await stopChild(child)
    forget()
  })
  try {
    const ready = await nextMessage(child, 'ready', timeoutMs, output, 'Slidev could not serve the deck')
    if (ready.type !== 'ready') throw new Error('unreachable')
    return {
      url: `http://127.0.0.1:${ready.port}${ready.base.endsWith('/') ? ready.base : `${ready.base}/`}`,
      deck: toDeckInfo(ready.deck),
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}

/** Resolves with the next message of `type`; rejects on an error message, an early exit or the timeout. */
function nextMessage(
  child: ChildProcess,
  type: ChildMessage['type'],
  timeoutMs: number,
  output: () => string,
  failure: string,
): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new BriefdeckError(`The Slidev server did not answer within ${Math.round(timeoutMs / 1000)} s.${tail(output())}`)), timeoutMs)
    const onMessage = (message: ChildMessage) => {
      if (message.type === type) finish(undefined, message)
      else if (message.type === 'error') finish(new BriefdeckError(`${failure}: ${message.message}${tail(output())}`))
    }
    const onExit = (code: number | null) => finish(new BriefdeckError(`The Slidev server stopped (exit code ${code}).${tail(output())}`))
    function finish(error?: Error, message?: ChildMessage) {
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolve(message!)
    }
    child.on('message', onMessage)
    child.on('exit', onExit)
  })
}

/** Keeps the child's console output for error messages; Vite warnings also go to our stderr. */
function captureOutput(child: ChildProcess): () => string {
  let text = ''
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-4_000)
    process.stderr.write(chunk)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => text
}

function tail(text: string): string {
  const lines = text.trim().split('\n').slice(-5).join('\n')
  return lines ? ` Slidev said:\n${lines}` : ''
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  if (child.connected) child.send({ type: 'close' })
  else child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), CLOSE_GRACE_MS)
  await exited
  clearTimeout(timer)
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  return () => (running ??= fn())
}
