// Writes data/first-names.json: the given names of the compromise NLP library's lexicon (words it tags FirstName,
// MaleName or FemaleName), in lower case, sorted. Run: node scripts/data/first-names.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import nlp from 'compromise/two'

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName)$/
const lexicon = nlp.model().one.lexicon
const names = Object.entries(lexicon)
  .filter(([, tags]) => [tags].flat().some((t) => NAME_TAGS.test(t)))
  .map(([word]) => word)
  .filter((word) => /^[a-z][a-z'-]+$/.test(word))
  .sort()
const path = new URL('../../data/first-names.json', import.meta.url)
const { $comment } = JSON.parse(readFileSync(path, 'utf8'))
writeFileSync(path, `{\n  "$comment": ${JSON.stringify($comment)},\n  "firstNames": ${JSON.stringify(names)}\n}\n`)
console.log(`${names.length} given names → data/first-names.json`)
