/**
 * Public types of the exporter: what `exportDeck` takes and returns. Only types live here.
 */

/** Lines for the handout's title and references pages. */
export interface HandoutMeta {
  /** A line under the title on the handout's title page. */
  subtitle?: string
  /** The references page, one entry per line (e.g. the article: author, title, publisher, URL, licence). */
  references: string[]
  /**
   * Source citations printed under a slide's notes, keyed by 1-based slide number
   * (e.g. `{ 3: ['p2.s1 “The sentence, verbatim.”'] }`).
   */
  slideSources?: Record<number, string[]>
}

/** Document metadata: goes into the PDFs' Info dictionary and onto the handout's title page. */
export interface ExportMeta {
  title: string
  author?: string
  subject?: string
  keywords?: string[]
  /** Publisher of the source article, shown on the handout's title page. */
  publisher?: string
  /** Licence of the source article, shown on the handout's title page. */
  licence?: string
  /** Link to the source article, shown on the handout's title page. */
  url?: string
  /** Publication date as printed, shown on the handout's title page. */
  date?: string
  handout?: HandoutMeta
}

/** One step of an export, for a progress bar: `done` of `total` in `phase`. */
export interface ExportProgress {
  phase: 'server' | 'load' | 'deck-pdf' | 'png' | 'handout' | 'pptx' | 'html' | 'write'
  done: number
  total: number
  /** The 1-based slide number the step was about, when there is one. */
  slide?: number
}

export interface ExportOptions {
  /** Absolute path of a Slidev `slides.md`; its folder holds the deck's `components/`, `public/`, `setup/`. */
  slidesPath: string
  /** Where to write the deck PDF: one page per slide. */
  deckPdf?: string
  /** Where to write the A4 handout PDF: title page, slide pictures with notes and sources, references. */
  handoutPdf?: string
  /**
   * A folder for one PNG per slide (`01.png`, `02.png`, …). Pictures left from a longer deck (`08.png` when it
   * now has 6 slides) are removed; other files are left alone.
   */
  pngDir?: string
  /**
   * Where to write an editable PowerPoint file, built from `outline` (pptx.ts): titles, points and notes as text,
   * diagrams as the SVGs the deck drew.
   */
  pptx?: string
  /**
   * Where to write the static web site of the deck (Slidev's `slidev build`): a folder, replaced whole. It is
   * served by any static file server and makes no request off the machine.
   */
  site?: string
  /** Print one PDF page per click step of slides that reveal their points (`v-click`); by default one per slide. */
  withClicks?: boolean
  /** The outline slides.md was rendered from; needed for `pptx`. */
  outline?: import('../outline/schema.ts').Outline
  meta: ExportMeta
  onProgress?: (event: ExportProgress) => void
  /**
   * Budget in ms (default `DEFAULT_TIMEOUT_MS`) for each of: starting Slidev, and loading and drawing every
   * slide. Exceeding it fails with the slides that were not ready and why.
   */
  timeoutMs?: number
  /**
   * Use the Slidev dev server that `npm run dev` is running for this deck, when there is one serving exactly this
   * slides.md (default true; see dev-server.ts). PDFs only: PNGs and PPTX are made with a server of the export's own.
   */
  reuseDevServer?: boolean
  /**
   * Ask the export service of a running `npm run dev` to make the PDFs (default true, with `reuseDevServer`):
   * it keeps a browser with the deck's scripts cached, so it draws the deck fastest (export-service.ts).
   */
  exportService?: boolean
  /** A running Chromium to draw in, left running afterwards (the export service's); by default one is started. */
  browser?: import('playwright-chromium').Browser
  /** A context of `browser` for the print page, left open afterwards (its HTTP cache serves the next export). */
  browserContext?: import('playwright-chromium').BrowserContext
  /** A page of `browserContext` to draw the deck in, left open afterwards (the deck loads fastest in it again). */
  browserPage?: import('playwright-chromium').Page
  /**
   * Replace a PDF at `deckPdf` or `handoutPdf` that briefdeck did not make (the user's own), keeping a backup;
   * without it such a file stops the export before anything is drawn.
   */
  force?: boolean
  /**
   * Record the final renames here, so the caller can keep them (`done()`) or put the old files back (`undo()`):
   * the command line does, to leave the old deck or the new one when it is stopped. By default they are kept.
   */
  replacements?: import('../temp-files.ts').Replacements
  /** Cancels the export: checked between its steps; nothing is written once it is aborted. */
  signal?: AbortSignal
}

/** One written file. */
export interface WrittenFile {
  path: string
  /** Pages (PDF), pictures (PNG folder) or slides (PPTX). */
  pages: number
  /**
   * Time spent producing it once the deck was drawn, in ms (the shared deck load is counted once, under
   * `loadMs`; the handout's text is printed while the deck loads, so only composing it is counted here).
   */
  ms: number
}

export interface ExportResult {
  deckPdf?: WrittenFile
  handoutPdf?: WrittenFile
  pngDir?: WrittenFile
  pptx?: WrittenFile
  /** The web site's folder; `pages` counts its slides. */
  site?: WrittenFile
  /** Time to start Slidev and Chromium and to have every slide drawn, in ms. */
  loadMs: number
  /** Wall time of the whole export, in ms. */
  totalMs: number
  /** The dev server the deck was drawn by, when a running one was used (its URL). */
  devServer?: string
  /** Why no running dev server was used, when one was looked for and not used. */
  devServerSkipped?: string
  /** True when the export service of `npm run dev` made the files (see `ExportOptions.exportService`). */
  byService?: boolean
  /** Copies kept of the user's own files that `force` replaced. */
  backups?: string[]
  /** Slides whose content runs past their edge when drawn (1-based), with what sticks out. */
  overflow?: { slide: number; overflow: string[] }[]
}

/** What the exporter needs to know about one slide, read from the same parse the Slidev server uses. */
export interface DeckSlide {
  /** 1-based slide number, as in the print route and the PDF pages. */
  no: number
  /** Frontmatter `title`, else the first heading; may be empty. */
  title: string
  /** True for slides that open a section (`layout: section` or frontmatter `level: 1`). */
  section: boolean
  /** Raw Markdown of the speaker notes (the trailing `<!-- -->`), or ''. */
  note: string
  /** Number of top-level ```mermaid fences: how many diagrams must be drawn before the slide is ready. */
  mermaidBlocks: number
  /**
   * The slide has content that is drawn only once it is on screen (`<RenderWhen context="visible">`,
   * `v-motion`, lazy images or frames), so it must be printed from a page as tall as the deck.
   */
  drawnWhenSeen?: boolean
}

/** Page geometry and routing of the running deck. */
export interface DeckInfo {
  slides: DeckSlide[]
  /** Slide size in CSS px (Slidev's canvasWidth and canvasWidth / aspectRatio). */
  width: number
  height: number
  dark: boolean
  routerMode: 'history' | 'hash'
}
