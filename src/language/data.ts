/** The data the linguistic layer reads: general English word lists, never article text. */
import language from '../../data/language.json' with { type: 'json' }
import dates from '../../data/dates.json' with { type: 'json' }

export const LANGUAGE = language

/** Month names, their short forms and the days of the week, as written: "March", "Sept", "Monday". */
export const CALENDAR_NAMES = new Set<string>([...dates.months.flatMap((m) => m.names), ...dates.weekdays])

/** Verbs (lemmas) of knowing, judging and reporting, whose "that" clause says what is known or said (data/language.json thoughtVerbs): "believe", "find", "say". */
export const THOUGHT_VERBS = new Set<string>(language.thoughtVerbs)

/** What opens the examples of a noun, as words: "firms such as …", "retailers, including …", "services like …". */
export const EXAMPLE_LEADS: readonly (readonly string[])[] = [['such', 'as'], ['including'], ['like']]

/** Relative pronouns that open a clause set off by a comma: "X, who …", "the court, whose …". */
export const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose'])

/** The words that open a relative clause after its noun: "the firm which …", "a rule that …", "officials who …". */
export const RELATIVE_OPENERS = new Set(['which', 'who', 'that'])

/** Parts of speech of a bare noun phrase's words: "the Plankton", "the company’s two new devices". */
export const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'])

/** The modal auxiliaries: "could", "will", "must". */
export const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'may', 'might', 'will', 'can', 'should', 'must', 'shall'])

/** Personal pronouns that can be a clause's subject: "we condemn", "they fear". */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they'])

/** Pronouns and demonstratives that stand for something named before them: "it", "their", "these". */
export const POINTING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'this', 'these', 'those'])

/** Pronouns that open a noun phrase as its possessor: "his farewell address", "its potential". */
export const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])

/** Nouns of a kind of thing or of manner: "this kind of …", "new forms of work" (data/language.json kindNouns). */
export const KIND_NOUNS = new Set<string>(language.kindNouns)

/** Prepositions that may end a clause, their object before them ("what they asked for"; language.json strandablePrepositions). */
export const STRANDABLE_PREPOSITIONS: ReadonlySet<string> = new Set(language.strandablePrepositions)

/** Words that negate a verb group: "has not signed", "don’t", "never met" (data/language.json verbNegators). */
export const VERB_NEGATORS: ReadonlySet<string> = new Set(language.verbNegators)
