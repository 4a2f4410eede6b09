// @ts-check
/**
 * Runs one Slidev server for one deck, in its own process, driven by `slidev-server.ts` over the IPC channel.
 *
 * Arguments: the deck's slides.md, then optionally Vite's cache folder and briefdeck's cache folder for it, and
 * `watch` to follow changes of slides.md as Slidev's dev server does (an export session swaps decks in it).
 *
 * Why a process of its own: @slidev/cli caches the deck folder (its "user root": components/, setup/, public/)
 * in a module variable the first time it is asked, so a second deck in the same process would silently be
 * served with the first deck's components. A child per export also frees Vite's memory when it exits.
 *
 * Plain JavaScript, because it is started with bare `node` (no TypeScript loader) from tsx, vitest or a build.
 *
 * Messages in:  { type: 'close' }
 * Messages out: { type: 'ready', port, base, deck } | { type: 'error', message }
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'

const entry = process.argv[2]
/** Vite's cache of pre-bundled dependencies: kept between exports of the same deck folder. */
const viteCacheDir = process.argv[3] || join(dirname(entry), 'node_modules', '.vite')
/** briefdeck's own cache for this deck folder (see `preloadUnoTokens`). */
const cacheDir = process.argv[4] || join(dirname(entry), 'node_modules', '.cache', 'briefdeck')
const TOKENS_FILE = join(cacheDir, 'unocss-tokens.json')
/** Follow slides.md: a rewritten file is parsed again and pushed to the page (Slidev's own hot update). */
const watch = process.argv[5] === 'watch'
/** More tokens than any deck plausibly has: past this the file is started afresh rather than grown. */
const MAX_TOKENS = 20_000
/** @type {import('vite').ViteDevServer | undefined} */
let server
/** @type {any} */
let options

/** @param {any} message */
function send(message) {
  if (process.connected) process.send?.(message)
}

async function start() {
  const { resolveOptions, createServer, parser } = await import('@slidev/cli')
  options = await resolveOptions({ entry }, 'export')
  // What Slidev's dev command hands its server so that an edit of slides.md reaches the page: the deck parsed
  // again. The theme stays the one resolved at start (a session starts a new server for another theme).
  const serverOptions = watch
    ? {
        /** @param {Record<string, string>} loadedSource */
        async loadData(loadedSource) {
          const loaded = await parser.load(options, entry, loadedSource, 'export')
          // Slidev's hot update compares the slides old and new only up to the shorter deck's length, so the modules
          // of slides past it keep what an earlier, longer deck compiled there: every slide's modules start afresh.
          forgetSlideModules()
          return { ...loaded, themeMeta: options.data.themeMeta, config: parser.resolveConfig(loaded.headmatter, options.data.themeMeta, entry) }
        },
      }
    : undefined
  server = await createServer(options, {
    server: { port: 0, host: '127.0.0.1' },
    // Vite keys its pre-bundled dependencies on the deck's folder but keeps them, by default, in one folder per
    // project: two decks served at once (tests, other exports) would keep re-bundling over each other and
    // reloading each other's pages. One cache per deck folder (deck-root.ts chooses it).
    cacheDir: viteCacheDir,
    logLevel: 'warn',
    clearScreen: false,
  }, serverOptions)
  await preloadUnoTokens()
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string') throw new Error('the Slidev server has no TCP port')
  const config = options.data.config
  send({
    type: 'ready',
    port: address.port,
    base: server.config.base || '/',
    deck: {
      canvasWidth: config.canvasWidth,
      aspectRatio: config.aspectRatio,
      colorSchema: config.colorSchema,
      routerMode: config.routerMode,
      slides: options.data.slides.map((/** @type {any} */ s) => ({
        index: s.index,
        title: s.title ?? '',
        level: s.level,
        frontmatter: JSON.parse(JSON.stringify(s.frontmatter ?? {})),
        note: s.note ?? '',
        content: s.content ?? '',
      })),
    },
  })
}

/** Drops the compiled modules of every slide (`…slides.md__slidev_3.md`, `…__slidev_3.frontmatter`). */
function forgetSlideModules() {
  const graph = server?.environments?.client?.moduleGraph ?? server?.moduleGraph
  if (!graph) return
  for (const [id, mod] of graph.idToModuleMap) if (id.includes('__slidev_')) graph.invalidateModule(mod)
}

/**
 * UnoCSS's context (its Vite plugin's public `unocss:api`), or undefined if the deck has no UnoCSS.
 * @returns {any}
 */
function unoContext() {
  const plugin = /** @type {any} */ (server?.config.plugins.find((p) => p.name === 'unocss:api'))
  return plugin?.api?.getContext?.()
}

/**
 * In a dev server UnoCSS writes its CSS from the class names ("tokens") it has seen so far, and every module
 * Vite compiles afterwards that brings new ones sends the page a CSS update: loading a deck's print page costs
 * some 80 such updates, each a fresh CSS generation in the server and a restyle of every slide in Chromium. The
 * tokens seen in this deck folder's earlier exports are handed to UnoCSS before the page asks for its CSS, so
 * the CSS is whole at once. Extra tokens only add rules for class names nothing here carries, so the output is
 * the same; a missing or unreadable file just means the first, slower way.
 */
async function preloadUnoTokens() {
  const uno = unoContext()
  if (!uno?.tokens) return
  let saved
  try {
    saved = JSON.parse(readFileSync(TOKENS_FILE, 'utf8'))
  } catch {
    return
  }
  if (!Array.isArray(saved)) return
  await uno.ready
  for (const token of saved) if (typeof token === 'string') uno.tokens.add(token)
}

/** Keeps the tokens this export saw for the next one (written whole, then renamed into place). */
function saveUnoTokens() {
  try {
    const tokens = unoContext()?.tokens
    if (!tokens || tokens.size === 0) return
    let saved = []
    try {
      saved = JSON.parse(readFileSync(TOKENS_FILE, 'utf8'))
    } catch {
      /* none yet */
    }
    const all = new Set([...(Array.isArray(saved) ? saved : []), ...tokens])
    const keep = all.size > MAX_TOKENS ? [...tokens] : [...all]
    mkdirSync(cacheDir, { recursive: true })
    // A random name, created exclusively: never written through a link planted under a guessable name.
    const temp = `${TOKENS_FILE}.${randomBytes(6).toString('hex')}.tmp`
    writeFileSync(temp, JSON.stringify(keep.sort()), { flag: 'wx' })
    renameSync(temp, TOKENS_FILE)
  } catch {
    /* a cache: never worth failing an export for */
  }
}

async function close() {
  try {
    saveUnoTokens()
    await server?.close()
  } finally {
    process.exit(0)
  }
}

/** @param {unknown} error */
function report(error) {
  const message = error instanceof Error ? error.message : String(error)
  send({ type: 'error', message })
}

process.on('message', (/** @type {any} */ message) => {
  if (message?.type === 'close') void close()
})
// The parent went away (crash, Ctrl-C): do not linger holding a port.
process.on('disconnect', () => void close())

start().catch((error) => {
  report(error)
  void close()
})
