/** The data files the analyse rules read: cue words, titles, aliases. General knowledge only, never article text. */
import actors from '../../data/actors.json' with { type: 'json' }
import agencies from '../../data/agencies.json' with { type: 'json' }
import causes from '../../data/causes.json' with { type: 'json' }
import companies from '../../data/companies.json' with { type: 'json' }
import countries from '../../data/countries.json' with { type: 'json' }
import dates from '../../data/dates.json' with { type: 'json' }
import firstNames from '../../data/first-names.json' with { type: 'json' }
import leaders from '../../data/leaders.json' with { type: 'json' }
import organisations from '../../data/organisations.json' with { type: 'json' }
import relations from '../../data/relations.json' with { type: 'json' }
import salience from '../../data/salience.json' with { type: 'json' }
import { THOUGHT_VERBS } from '../language/data.ts'

export const DATA = { actors, agencies, causes, companies, countries, dates, firstNames, leaders, organisations, relations, salience }

/** Every word of a person's title, in lower case: "secretary", "of", "defense", "prime", "minister". */
export const TITLE_WORDS = new Set<string>(DATA.actors.titles.flatMap((t) => t.toLowerCase().split(' ')))

/** Prepositions of time (data/relations.json timePrepositions): "after", "during", "amid". */
export const TIME_PREPOSITIONS = new Set<string>(DATA.relations.timePrepositions)

/** Nouns that name an event (data/dates.json eventNouns): "the election", "the attack", "the murder". */
export const EVENT_NOUNS = new Set<string>(DATA.dates.eventNouns)

/** Verbs (lemmas) that say something happened (data/dates.json occurVerbs): "occur", "happen", "begin". */
export const OCCUR_VERBS = new Set<string>(DATA.dates.occurVerbs)

/** Verbs that govern their object's verb, by the marker it takes (data/causes.json objectControl): "allow X to expire", "prevent X from joining", "help X prevent". */
export const OBJECT_CONTROL = {
  to: new Set<string>(DATA.causes.objectControl.to as string[]),
  from: new Set<string>(DATA.causes.objectControl.from as string[]),
  bare: new Set<string>(DATA.causes.objectControl.bare as string[]),
}

/** Verbs of saying and thinking (data/actors.json speechVerbs, data/language.json thoughtVerbs): "argued", "warned". */
export const SAYING_VERBS = new Set<string>([...DATA.actors.speechVerbs, ...THOUGHT_VERBS])
