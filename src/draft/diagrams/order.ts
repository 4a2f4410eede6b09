/** Sentence ids ("p3.s2") in the article's order. */
export function bySentence(a: string, b: string): number {
  const [pa, sa] = a.slice(1).split('.s').map(Number)
  const [pb, sb] = b.slice(1).split('.s').map(Number)
  return pa! - pb! || sa! - sb!
}
