/**
 * Finding and starting the Chromium that renders the deck. Discovery is a pure function of the environment and a
 * file-system probe, so tests can pass a fake of each.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { BriefdeckError, fail } from '../errors.ts'

/** Our own switch: when set, it must point at a browser (a typo should not silently pick another one). */
const OWN_ENV_VAR = 'BRIEFDECK_CHROMIUM'

/** Variables other tools set for the same purpose; used when they point at a file, skipped otherwise. */
const FOREIGN_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'] as const

/** Where distributions and vendors install Chromium or Chrome, most likely first. */
export const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** Executables inside a Playwright `chromium-<revision>` folder, for each platform and layout it has used. */
const PLAYWRIGHT_EXECUTABLES = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  'chrome-win/chrome.exe',
  'chrome-win64/chrome.exe',
]

/**
 * Without these, Chromium on a closed network stalls on start-up calls home (component updates, sync, field
 * trials), and a GPU-less container logs and retries GPU start-up.
 */
const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
]

export interface ChromiumSearch {
  /** Paths to try after the environment variables (default `SYSTEM_CHROMIUM_PATHS`). */
  systemPaths?: readonly string[]
  /** True when the path is an executable file (default: a real file-system check). */
  isExecutable?: (path: string) => boolean
  /** Folder names in a directory, [] when it does not exist (default: the real `readdir`). */
  listDir?: (dir: string) => string[]
  /** The user's home folder (default `os.homedir()`). */
  home?: string
}

/**
 * The path of a Chromium or Chrome executable: `BRIEFDECK_CHROMIUM`, then `CHROMIUM_PATH`,
 * `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`, `CHROME_PATH`, then the usual system paths, then Playwright's own
 * browser cache (honouring `PLAYWRIGHT_BROWSERS_PATH`). Throws a BriefdeckError saying what to install when
 * there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, search: ChromiumSearch = {}): string {
  const isExecutable = search.isExecutable ?? isExecutableFile
  const own = env[OWN_ENV_VAR]
  if (own) {
    if (isExecutable(own)) return own
    fail(`${OWN_ENV_VAR}=${own} is not an executable file. Point it at Chrome or Chromium (e.g. /usr/bin/chromium), or unset it to let briefdeck search.`)
  }
  const candidates = [
    ...FOREIGN_ENV_VARS.map((name) => env[name]).filter((path): path is string => Boolean(path)),
    ...(search.systemPaths ?? SYSTEM_CHROMIUM_PATHS),
    ...playwrightCandidates(env, search.listDir ?? listDirectory, search.home ?? homedir()),
  ]
  const found = candidates.find((path) => isExecutable(path))
  if (found) return found
  return fail(
    'No Chrome or Chromium browser was found, and briefdeck needs one to export PDFs. ' +
      'On Debian or Ubuntu run `sudo apt-get install -y chromium`; elsewhere install Chrome or Chromium and set ' +
      `${OWN_ENV_VAR}=/path/to/chrome. (Looked at ${[OWN_ENV_VAR, ...FOREIGN_ENV_VARS].join(', ')}, ` +
      `${candidates.length} known paths and Playwright's browser cache.) To write slides.md only, pass --no-pdf.`,
  )
}

/** Browsers Playwright downloaded, newest revision first. */
function playwrightCandidates(env: NodeJS.ProcessEnv, listDir: (dir: string) => string[], home: string): string[] {
  const root = playwrightCacheDir(env, home)
  if (!root) return []
  const revision = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 0)
  return listDir(root)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => revision(b) - revision(a))
    .flatMap((dir) => PLAYWRIGHT_EXECUTABLES.map((exe) => join(root, dir, exe)))
}

/** Playwright's cache folder: `PLAYWRIGHT_BROWSERS_PATH`, else its per-platform default. */
function playwrightCacheDir(env: NodeJS.ProcessEnv, home: string): string | undefined {
  const configured = env.PLAYWRIGHT_BROWSERS_PATH
  // '0' means "inside node_modules/playwright-core/.local-browsers": not a place we can name from here.
  if (configured && configured !== '0') return configured
  if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'ms-playwright')
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'ms-playwright') : undefined
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'ms-playwright')
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

export interface ChromiumArgsContext {
  /** Running as root: Chromium refuses to start sandboxed (default: `process.getuid() === 0`). */
  root?: boolean
  /** Running in CI, whose containers seldom allow the sandbox's namespaces (default: `CI` is set). */
  ci?: boolean
}

/** Command-line switches for a headless export on this machine: quiet networking, and `--no-sandbox` only when needed. */
export function chromiumArgs(context: ChromiumArgsContext = {}, env: NodeJS.ProcessEnv = process.env): string[] {
  const root = context.root ?? process.getuid?.() === 0
  const ci = context.ci ?? Boolean(env.CI && env.CI !== 'false')
  return root || ci ? [...QUIET_FLAGS, '--no-sandbox'] : [...QUIET_FLAGS]
}

/** Loads Playwright on first use, so that commands which export nothing never pay for it. */
export async function loadPlaywright(): Promise<typeof import('playwright-chromium')> {
  try {
    return await import('playwright-chromium')
  } catch (error) {
    throw new BriefdeckError(
      'Exporting PDFs needs Playwright, which is not installed. Run ' +
        '`PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm i -E playwright-chromium@1.65.0` (briefdeck uses the system Chromium), ' +
        `or pass --no-pdf. (${(error as Error).message})`,
    )
  }
}

/** Starts headless Chromium with the flags above. The caller must close it. */
export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  const { chromium } = await loadPlaywright()
  const args = chromiumArgs()
  try {
    // Playwright adds --no-sandbox itself unless chromiumSandbox is true; ours decides instead.
    // Signals are the caller's (the command line undoes its writes, then exits); Playwright still kills the browser
    // when this process exits, however it exits.
    return await chromium.launch({
      executablePath,
      args,
      chromiumSandbox: !args.includes('--no-sandbox'),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
  } catch (error) {
    const message = (error as Error).message
    const hint = /sandbox/i.test(message) ? ' Its sandbox is not available here: run with CI=1 to start it with --no-sandbox.' : ''
    throw new BriefdeckError(`Chromium at ${executablePath} did not start: ${firstLine(message)}${hint}`)
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text
}
