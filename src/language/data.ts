/** The data the linguistic layer reads: general English word lists, never article text. */
import language from '../../data/language.json' with { type: 'json' }
import dates from '../../data/dates.json' with { type: 'json' }

export const LANGUAGE = language

/** Month names, their short forms and the days of the week, as written: "March", "Sept", "Monday". */
export const CALENDAR_NAMES = new Set<string>([...dates.months.flatMap((m) => m.names), ...dates.weekdays])

/** Pronouns that open a noun phrase as its possessor: "his farewell address", "its potential". */
export const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])
