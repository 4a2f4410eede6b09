/**
 * What Slidev 52.20.1 does with a slide's Markdown, modelled with the same libraries and options (read from
 * @slidev/cli's dist/serve-*.mjs and unplugin-vue-markdown): the body goes through markdown-exit (html, xhtmlOut,
 * linkify, typographer, straight quotes, footnotes, GitHub alerts, slot sugar) and the result is compiled as a
 * Vue template; notes go through a second markdown-exit (html only) after `[click]` markers are replaced, and are
 * inserted with v-html. The real-browser tests (browser.test.ts) check the same things on real builds.
 */
import { NodeTypes, parse as parseTemplate, type ElementNode, type TemplateChildNode } from '@vue/compiler-dom'
import { JSDOM } from 'jsdom'
import MarkdownExit from 'markdown-exit'
import MarkdownItFootnote from 'markdown-it-footnote'
import MarkdownItGitHubAlerts from 'markdown-it-github-alerts'

const bodyMd = MarkdownExit({ html: true, xhtmlOut: true, linkify: true, typographer: true, quotes: '""\'\'' })
bodyMd.use(MarkdownItFootnote as never)
bodyMd.use(MarkdownItGitHubAlerts as never)
const notesMd = MarkdownExit({ html: true })
/** Slidev's `sharedMd`: renders the headmatter's `info` (shown with v-html) and reduces the title to text. */
const sharedMd = MarkdownExit({ html: true })

/** Slidev's slot sugar (`::right::` alone on a line), from MarkdownItSlotSugar. */
export const RE_SLOT_MARKER = /^::\s*([\w.\-:]+)\s*::\s*$/m
/** Slidev's click markers in notes, from renderNote. */
export const RE_CLICK_MARKER = /\[click(?::(\d+))?\]/i

export function bodyHtml(markdown: string): string {
  return bodyMd.render(markdown) as string
}

export function noteHtml(markdown: string): string {
  return notesMd.render(markdown) as string
}

/** The info dialog's HTML (Slidev's templateConfigs: `sharedMd.render(config.info)`, shown with v-html). */
export function infoHtml(info: string): string {
  return sharedMd.render(info) as string
}

/** `document.title` for a headmatter title (Slidev's getSlideTitle → stringifyMarkdownTokens). */
export function documentTitle(title: string): string {
  return (sharedMd.parseInline(title, {}) as Array<{ children?: Array<{ type: string; content: string }> | null }>)
    .map((token) =>
      (token.children ?? [])
        .filter((t) => ['text', 'code_inline'].includes(t.type) && !/^\s*$/.test(t.content))
        .map((t) => t.content.trim())
        .join(' '),
    )
    .filter(Boolean)
    .join(' ')
}

/** Slidev's `/@slidev/title-renderer.md` for one slide's title: Markdown in a `<template>`, compiled by Vue. */
export function titleRendererHtml(no: number, title: string): string {
  return bodyHtml(`<template v-if="no === ${no}">\n\n${title}\n\n</template>`)
}

export interface TemplateReport {
  errors: string[]
  /** Lower-case element names, in document order. */
  elements: string[]
  /** `tag attr="value"` for every attribute and directive. */
  attributes: Array<{ tag: string; name: string; directive: boolean }>
  interpolations: string[]
  /** The text a reader sees: text nodes joined, comments left out. */
  text: string
}

/** Compiles `html` as Slidev compiles a slide: a Vue template. Reports what in it is live. */
export function inspectTemplate(html: string): TemplateReport {
  const errors: string[] = []
  const ast = parseTemplate(html, { onError: (e) => errors.push(e.message), comments: true })
  const report: TemplateReport = { errors, elements: [], attributes: [], interpolations: [], text: '' }
  const texts: string[] = []
  const walk = (nodes: TemplateChildNode[]) => {
    for (const node of nodes) {
      if (node.type === NodeTypes.ELEMENT) {
        const el = node as ElementNode
        report.elements.push(el.tag.toLowerCase())
        for (const p of el.props)
          report.attributes.push({ tag: el.tag, name: p.type === NodeTypes.DIRECTIVE ? p.rawName ?? p.name : p.name, directive: p.type === NodeTypes.DIRECTIVE })
        // a block-level boundary reads as a space
        texts.push(' ')
        walk(el.children)
        texts.push(' ')
      } else if (node.type === NodeTypes.TEXT) texts.push(node.content)
      else if (node.type === NodeTypes.INTERPOLATION) report.interpolations.push(html.slice(node.loc.start.offset, node.loc.end.offset))
    }
  }
  walk(ast.children)
  report.text = texts.join('')
  return report
}

const dom = new JSDOM('<!doctype html><html><body></body></html>')

/** Inserts `html` as v-html does (innerHTML) and reports the elements and attributes it made, and its text. */
export function inspectHtml(html: string): { elements: string[]; attributes: string[]; text: string } {
  const host = dom.window.document.createElement('div')
  host.innerHTML = html
  const elements: string[] = []
  const attributes: string[] = []
  for (const el of Array.from(host.querySelectorAll('*'))) {
    elements.push(el.tagName.toLowerCase())
    for (const a of Array.from(el.attributes)) attributes.push(`${el.tagName.toLowerCase()} ${a.name}`)
    // block boundaries read as spaces
    if (/^(p|li|blockquote|ul|ol|br)$/i.test(el.tagName)) el.append(' ')
  }
  return { elements, attributes, text: host.textContent ?? '' }
}
