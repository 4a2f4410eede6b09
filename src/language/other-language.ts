/**
 * A sentence in another language than English, written in Latin script: a quotation a post gives in its own
 * language before its translation ("Es lo último que faltaba …", "Les familles malgaches ne possèdent pas …").
 * Told by function words (data/function-words.json): at least MIN_OTHER of another language's, and more than
 * OTHER_RATIO times as many as English ones. (Other scripts are told by their letters: select.ts isLatin.)
 */
import functionWords from '../../data/function-words.json' with { type: 'json' }

const ENGLISH = new Set<string>(functionWords.english)
const OTHER = new Set<string>(Object.values(functionWords.other).flat())
/** The fewest of another language's function words that tell it: a name or two ("de Gaulle", "Le Pen") is not it. */
const MIN_OTHER = 2
/** How many times more of another language's function words than English ones. */
const OTHER_RATIO = 2

/** Whether a lower-case word is one of another language's function words ("pour", "la", "de"), never an English one. */
export function otherFunctionWord(lower: string): boolean {
  return OTHER.has(lower) && !ENGLISH.has(lower)
}

export function inAnotherLanguage(text: string): boolean {
  // ("Rudolf, et al., v. Eli Lilly": a citation's "et al." is Latin an English text uses.)
  const words = text.toLowerCase().replace(/\bet al\b/g, '').match(/\p{L}+/gu) ?? []
  let english = 0
  let other = 0
  for (const w of words) {
    if (ENGLISH.has(w)) english++
    else if (OTHER.has(w)) other++
  }
  return other >= MIN_OTHER && other > OTHER_RATIO * english
}
