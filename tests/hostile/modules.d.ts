/** markdown-it-footnote ships no types; the model (slidev-model.ts) only passes it to `md.use`. */
declare module 'markdown-it-footnote' {
  const plugin: (md: unknown) => void
  export default plugin
}
