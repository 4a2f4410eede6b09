/** The data the linguistic layer reads: general English word lists, never article text. */
import language from '../../data/language.json' with { type: 'json' }

export const LANGUAGE = language
