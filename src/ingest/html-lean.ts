/**
 * The article part of a page too large for Readability (see html-limits.ts): the page's one `<article>` (or
 * `<main>`), else its body, without what is never article text (navigation, asides, footers, forms, scripts,
 * hidden parts). A cheap, linear stand-in: Readability's scoring is what makes big pages slow.
 */

/** Elements that never hold article text, by tag name (lower case) … */
const NEVER_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'iframe', 'svg'])
/** … and by role. */
const NEVER_TEXT_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search'])
const neverText = (el: Element) =>
  NEVER_TEXT_TAGS.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || NEVER_TEXT_ROLES.has(el.getAttribute('role') ?? '')

/**
 * The elements under `root` that `match`, in document order, not looking inside those that `skip` (after taking
 * them when they match). One walk: a selector query costs jsdom a pass over the whole document per tag it names.
 */
function elementsWhere(root: Element, match: (el: Element) => boolean, skip: (el: Element) => boolean = () => false): Element[] {
  const out: Element[] = []
  const walk = (parent: Element) => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (match(c)) out.push(c)
      if (!skip(c)) walk(c)
    }
  }
  walk(root)
  return out
}

/** The element holding the article's text, with the parts that never are article text removed (mutates `document`). */
export function leanContent(document: Document): Element {
  const body = document.body
  const only = (match: (el: Element) => boolean) => {
    const found = elementsWhere(document.documentElement, match)
    return found.length === 1 ? found[0]! : undefined
  }
  const root = only((el) => el.localName === 'article') ?? only((el) => el.localName === 'main' || el.getAttribute('role') === 'main') ?? body
  for (const el of elementsWhere(root, neverText, neverText)) el.remove()
  // The page's own header (site name, menu) when reading the whole body; an article's header holds its title.
  if (root === body) for (const el of elementsWhere(root, (x) => x.localName === 'header')) if (!el.closest('article')) el.remove()
  return root
}

/** Share of a block's text inside links above which it is a list of links (a menu, "related articles"), not text. */
export const MAX_LINK_SHARE = 0.5

/** The elements under `el` whose tag is one of `tags` (upper case), in document order, by a walk of `el`'s subtree. */
export function descendantsByTag(el: Element, tags: ReadonlySet<string>): Element[] {
  return elementsWhere(el, (c) => tags.has(c.tagName))
}
export const LINK_TAGS: ReadonlySet<string> = new Set(['A'])

/** True when most of `el`'s text is link text. */
export function mostlyLinks(el: Element, textLength: number): boolean {
  let linked = 0
  for (const a of descendantsByTag(el, LINK_TAGS)) linked += (a.textContent ?? '').trim().length
  return textLength > 0 && linked / textLength > MAX_LINK_SHARE
}
