/**
 * The article part of a page too large for Readability (see html-limits.ts): the page's one `<article>` (or
 * `<main>`), else its body, without what is never article text (navigation, asides, footers, forms, scripts,
 * hidden parts). A cheap, linear stand-in: Readability's scoring is what makes big pages slow.
 */

const NEVER_TEXT = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'iframe', 'svg',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
  '[role="complementary"]', '[role="search"]',
].join(', ')

/** The element holding the article's text, with the parts that never are article text removed (mutates `document`). */
export function leanContent(document: Document): Element {
  const only = (selector: string) => {
    const found = document.querySelectorAll(selector)
    return found.length === 1 ? found[0]! : undefined
  }
  const root = only('article') ?? only('main, [role="main"]') ?? document.body
  for (const el of Array.from(root.querySelectorAll(NEVER_TEXT))) el.remove()
  // The page's own header (site name, menu) when reading the whole body; an article's header holds its title.
  if (root === document.body) for (const el of Array.from(root.querySelectorAll('header'))) if (!el.closest('article')) el.remove()
  return root
}

/** Share of a block's text inside links above which it is a list of links (a menu, "related articles"), not text. */
export const MAX_LINK_SHARE = 0.5

/** True when most of `el`'s text is link text. */
export function mostlyLinks(el: Element, textLength: number): boolean {
  let linked = 0
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length
  return textLength > 0 && linked / textLength > MAX_LINK_SHARE
}
