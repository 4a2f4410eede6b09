/**
 * The tagger is the base of trimming, titles, actors and causes: the same text must be tagged the same way
 * whenever it is read, or a batch of articles would draft a deck other than a single run does.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { tagWords } from '../../src/language/tagger.ts'
import { isFiniteVerb } from '../../src/language/grammar.ts'
import { buildFromArticle } from '../../src/pipeline.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const ARTICLES = [
  'tests/fixtures/articles/non-geopolitics.txt',
  'tests/fixtures/articles/trade-diplomacy.md',
  'tests/fixtures/articles/security-analysis.txt',
  'tests/fixtures/articles/html-article.html',
  'articles/north-korea-no-strategic-reprieve.txt',
]
const show = (text: string) => tagWords(text).map((w) => `${w.text}/${w.pos}`).join(' ')

describe('tagWords', () => {
  it('tags every sentence of five articles the same way the second time round (wink keeps a possessive it has seen whole)', () => {
    const texts = ARTICLES.flatMap((f) => ingest(readFileSync(join(ROOT, f)), { name: f }).sentences.map((s) => s.text.replace(/’/g, "'")))
    const first = texts.map(show)
    const second = texts.map(show)
    expect(second.filter((t, i) => t !== first[i])).toEqual([])
    expect(first.find((t) => t.includes("Alzheimer/PROPN 's/PART"))).toBeDefined()
  })

  it('reads a first word taken for an imperative as a noun when the nouns after it are the subject of a verb, and a compass point after "the" as a noun', () => {
    const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)!.pos
    expect(pos('Lead researcher Jane Doe told the paper that the samples were older.', 'Lead')).toBe('NOUN')
    expect(pos('Protect workers from harm at every site.', 'Protect')).toBe('VERB')
    expect(pos('The storm is set to move to the east, with snow.', 'east')).toBe('NOUN')
  })

  it('tags a sentence ending in "cannot", which the model gives no lemma, and a deck is drafted from it', () => {
    const words = tagWords('Incumbents can pay for the review, and market entrants (who cannot) wait.')
    expect(words.find((w) => w.text === 'cannot')).toMatchObject({ lower: 'cannot', lemma: 'cannot', pos: 'AUX' })
    const article = '# Space launches\n\nThe rule helps incumbents who can afford long reviews over new market entrants (who cannot). The agency will shorten the reviews next year.\n'
    const build = buildFromArticle(Buffer.from(article), { name: 'cannot.md' })
    expect(build.slides).toContain('Space launches')
  })

  it('reads the noun after a prepositional "to" as a noun ("led to copper shortages"), not as an infinitive\'s verb', () => {
    const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)!.pos
    expect(pos('The tariffs led to copper shortages.', 'copper')).toBe('NOUN')
    expect(pos('The levy contributed to fuel shortages across the region.', 'fuel')).toBe('NOUN')
    // After a perfect's "has" or a modal too: "has contributed to land subsidence", "will lead to food shortages".
    expect(pos('Groundwater depletion has contributed to land subsidence.', 'land')).toBe('NOUN')
    // An infinitive stays one: "plans to fuel growth", "was led to believe".
    expect(pos('The bank plans to fuel growth in the region.', 'fuel')).toBe('VERB')
    expect(pos('Voters were led to believe officials in the capital.', 'believe')).toBe('VERB')
  })

  it('splits a possessive with offsets into the text', () => {
    const text = "Alzheimer's disease"
    const words = tagWords(text)
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(words.map((w) => w.text))
    expect(words.slice(0, 2).map((w) => `${w.text}/${w.pos}`)).toEqual(['Alzheimer/PROPN', "'s/PART"])
  })

  it('keeps a name with letters beyond Latin-1 one word, as printed ("Milošević", "Erdoğan", "Đoković")', () => {
    const text = 'Serbia shielded Milošević, and Erdoğan’s ally met Đoković in Łódź.'
    const words = tagWords(text)
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(words.map((w) => w.text))
    for (const name of ['Milošević', 'Erdoğan', 'Đoković', 'Łódź']) expect(words.find((w) => w.text === name)?.pos).toBe('PROPN')
  })

  it('never takes a word after a possessive for a finite verb ("the army’s capture of", "its capture of")', () => {
    for (const text of ['The army’s capture of the port marked a shift.', 'Its capture of the port marked a shift.']) {
      const words = tagWords(text)
      const finite = words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)
      expect(finite).toEqual(['marked'])
    }
  })

  it('reads the verb after a name and the short form in brackets as finite ("The Harbour Authority (NHA) continues"), not a participle with its agent', () => {
    const finite = (text: string) => {
      const words = tagWords(text)
      return words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)
    }
    expect(finite('The Northern Harbour Authority (NHA) continues to lose money.')).toEqual(['continues'])
    expect(finite('Under the Harbour Security Program (HSP) established by the 2021 Act, ten ferries are eligible.')).toEqual(['are'])
  })

  it('never takes an irregular participle after a noun, with its agent, for a finite verb ("the goal set by the president … seemed")', () => {
    const words = tagWords('The goal set by the president to reach the summit seemed within reach.')
    expect(words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)).toEqual(['seemed'])
  })

  it('never takes a participle after a noun and an adverb, with its agent, for a finite verb when careful ("losses directly caused by")', () => {
    const words = tagWords('The insurer paid for losses directly caused by the storm.')
    expect(words.map((w, i) => (isFiniteVerb(words, i, true) ? w.text : '')).filter(Boolean)).toEqual(['paid'])
  })

  it('when careful, reads a participle after a noun with a tensed auxiliary after it as part of the subject ("reserves held abroad were …"), not one with an object', () => {
    const finite = (text: string) => {
      const words = tagWords(text)
      return words.map((w, i) => (isFiniteVerb(words, i, true) ? w.text : '')).filter(Boolean)
    }
    expect(finite('By 1950 the gold reserves held abroad were shrinking fast.')).toEqual(['were'])
    expect(finite('The council approved the plan the mayor had drafted.')).toContain('approved')
  })

  it('takes a gerund opening its clause for the subject of the verb right after it ("fighting intensified"), not a participle with an object', () => {
    const finite = (text: string) => {
      const words = tagWords(text)
      return words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)
    }
    expect(finite('In 2019, shelling intensified near the border.')).toContain('intensified')
    expect(finite('Following the vote, the council adjourned.')).toEqual(['adjourned'])
  })

  it('reads a past verb after its subject and an adverb as finite ("Trump successfully used threats"), not one after a determiner or owner ("a toughly worded censure", "our newly published research")', () => {
    const finite = (text: string) => {
      const words = tagWords(text)
      return words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)
    }
    expect(finite('In his first term, the mayor successfully used threats of fines to clean the river.')).toContain('used')
    expect(finite('The ministry issued a toughly worded censure of the test.')).toEqual(['issued'])
    expect(finite('In our newly published research, we show that dogs age like us.')).not.toContain('published')
    // (After "have" the participle is a perfect, its object no noun it modifies.)
    expect(finite('Boeing had previously hired Darleen Druyun.')).toContain('hired')
  })

  it('finds the verb after an aside between dashes ("More than 34 million people – over half the population – need aid")', () => {
    const words = tagWords('More than 34 million people – over half the population – need humanitarian aid.')
    expect(words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)).toEqual(['need'])
  })

  it('finds the verb after an aside in brackets or between dashes when asked to, never "compared with"', () => {
    for (const text of ['The council (a body of elders) banned the festival.', 'The council – a body of elders – banned the festival.']) {
      const words = tagWords(text)
      expect(words.map((w, i) => (isFiniteVerb(words, i, true) ? w.text : '')).filter(Boolean)).toEqual(['banned'])
    }
    const words = tagWords('Their share (8% in 2020) compared with ours is small.')
    expect(words.map((w, i) => (isFiniteVerb(words, i) ? w.text : '')).filter(Boolean)).toEqual(['is'])
  })

  it('reads a noun of a compound tagged as a verb between a modifier and its phrase’s verb as a noun ("a Chinese plague research centre have")', () => {
    expect(show('Officials at a Chinese plague research centre have denied the reports.')).toContain('plague/NOUN research/NOUN centre/NOUN have/AUX')
    expect(show('Tropical plague is spread by fleas.')).toContain('plague/NOUN is/AUX')
  })

  it('reads a verb form after a possessive and a singular noun, before a preposition, as the noun phrase’s head ("his farewell address to")', () => {
    expect(show('In his farewell address to the council last week, the mayor thanked the staff.')).toContain('address/NOUN')
    expect(show('Their members address the council every year.')).toContain('address/VERB')
  })

  it('keeps a verb after its subject a verb ("The Kremlin cut gas supplies", "Farmers receive fixed payments", "drones plague towns")', () => {
    expect(show('The Kremlin cut gas supplies to Europe.')).toContain('cut/VERB')
    expect(show('Farmers receive fixed payments each year.')).toContain('receive/VERB')
    expect(show('Russian drones plague border towns.')).toContain('plague/VERB')
  })

  it('reads a present in -s between a singular subject and its object as a verb ("This week marks three years", "The report notes two risks")', () => {
    expect(show('This week marks three years since the flood.')).toContain('marks/VERB')
    expect(show('The report notes two risks for the budget.')).toContain('notes/VERB')
    expect(show('The move signals a change of course.')).toContain('signals/VERB')
    // An infinitive in the clause is no other verb of it.
    expect(show('The escalating standoff at the Polish border marks the latest step by the regime to undermine regional security.')).toContain('marks/VERB')
    // Not a plural before a clause, nor one after a name before a number.
    expect(show('They oppose market practices that harm consumers.')).toContain('practices/NOUN')
    expect(show('Fiscal years 2015 through 2024, in millions of dollars.')).toContain('years/NOUN')
  })

  it('reads a present in -s between a singular subject and "to" with a verb as the verb ("The Navy plans to build")', () => {
    expect(show('The Navy plans to build two more frigates by 2030.')).toContain('plans/VERB')
    expect(show('The agency seeks to expand its testing programme.')).toContain('seeks/VERB')
    // Not a plural noun its possessive owns.
    expect(show('Its plans to build two frigates were shelved.')).toContain('plans/NOUN')
  })

  it('reads a base form right after a short plural subject, with no other verb in the clause, as the verb ("The farmers plan for a drought")', () => {
    expect(show('The farmers plan for a dry summer.')).toContain('plan/VERB')
    expect(show('Some analysts credit the central bank with the recovery.')).toContain('credit/VERB')
    expect(show('The inspectors also regularly cross-check those figures against customs data.')).toContain('cross-check/VERB')
    // Not a noun a plural modifies before the clause's own verb, nor a noun after a longer phrase.
    expect(show('The farmers market opens on Sunday.')).toContain('market/NOUN')
  })

  it('takes a quantifier that stands for the subject, or floats after it, before a verb ("All live in one park", "the trio all resigned")', () => {
    const finite = (text: string, verb: string) => {
      const words = tagWords(text)
      return isFiniteVerb(words, words.findIndex((w) => w.text === verb))
    }
    expect(finite('All live in a single valley, far from the coast.', 'live')).toBe(true)
    expect(finite('In their own ways, the three ministers all resigned within a year.', 'resigned')).toBe(true)
    // Not a quantifier that determines a noun.
    expect(finite('All trained staff left.', 'trained')).toBe(false)
  })

  it('reads "right" before an adverb of place or time as intensifying it ("jobs right here", "right now"), not as a noun', () => {
    expect(show('The plant is creating good jobs right here in Ohio.')).toContain('right/ADV')
    expect(show('We need help right now.')).toContain('right/ADV')
    // A right that is a noun stays one.
    expect(show('Voting is a right that every citizen holds.')).toContain('right/NOUN')
  })

  it('gives the auxiliary "being" the lemma "be" ("is being blocked")', () => {
    expect(tagWords('Relief is being blocked by the fighting.').find((w) => w.lower === 'being')?.lemma).toBe('be')
  })

  it('reads a word made a verb by its ending ("-ates", "-izes") after a singular subject as a verb with its lemma, before a bare object too', () => {
    const words = tagWords('The harbour agreement facilitates joint research between the two ports.')
    const verb = words.find((w) => w.text === 'facilitates')!
    expect([verb.pos, verb.lemma]).toEqual(['VERB', 'facilitate'])
    // Not a plural noun that modifies another, nor one in a list.
    expect(show('The agency released its software updates, the notice said.')).toContain('updates/NOUN')
    expect(show('The league includes promoters, sports franchises, and other owners.')).toContain('franchises/NOUN')
  })

  it('reads a word in -s right after "he", "she" or "it" as its verb ("It advances commitments …", "where it piles up")', () => {
    expect(show('It advances commitments made by the European Union.')).toContain('advances/VERB')
    expect(show('Warm water moves west, where it piles up around Indonesia.')).toContain('piles/VERB')
    expect(show('She also advances the claim that the deal failed.')).toContain('advances/VERB')
    // Not after a possessive: "its advances" is a noun phrase.
    expect(show('The army lost its advances in the north.')).toContain('advances/NOUN')
  })

  it('reads "regarding" and "concerning" after a noun as prepositions, and a verb after "is" as a verb', () => {
    expect(show('The agency issued guidance regarding the new tariffs last week.')).toContain('regarding/ADP the/DET')
    expect(show('Members raised questions concerning the budget.')).toContain('concerning/ADP')
    expect(show('The drop in sales is concerning the investors.')).not.toContain('concerning/ADP')
  })

  it('splits a closing bracket from the stop written after it ("(rules 4 and 5):"), so the bracket has its partner', () => {
    expect(show('The board approved two rules (rules 4 and 5): both apply from May.')).toContain('5/NUM )/PUNCT :/PUNCT both')
    expect(show('The fee (a flat charge), set in May, applies.')).toContain('charge/NOUN )/PUNCT ,/PUNCT')
  })
})

describe('plurals and gerunds the model reads as verbs (issue 14)', () => {
  it('reads a plural in -s after a preposition and an adjective as a noun ("resulted in multiple redesigns,")', () => {
    expect(show('The cost of the outpost resulted in multiple redesigns, with delays.')).toContain('redesigns/NOUN')
    expect(show('The beam is split into multiple beams by mirrors.')).toContain('beams/NOUN')
    // Not after an adjective of quantity standing for a noun: "as much remains".
    expect(show('As much remains unknown, the agency waits.')).not.toContain('remains/NOUN')
  })

  it('reads a plural in -s right after a preposition that opens only noun phrases as a noun ("issuance of permits and")', () => {
    expect(show('The moratorium blocked issuance of permits and approval of applications.')).toContain('permits/NOUN')
    // Not after "to", which may open an infinitive, nor before an object: "the plan to cuts" is no case, "He permits it" keeps its verb.
    expect(show('He permits the sale of arms.')).toContain('permits/VERB')
  })

  it('reads a form in -ing between a determiner or an adjective and "of" as a noun ("the deliberate targeting of civilians")', () => {
    expect(show('Reports of the deliberate targeting of civilians grew.')).toContain('targeting/NOUN')
    expect(show('Heavy pumping of groundwater lowered the water table.')).toContain('pumping/NOUN')
    // A gerund after a verb keeps its object: "began pumping oil".
    expect(show('The company began pumping oil from the field.')).not.toContain('pumping/NOUN')
  })

  it('reads a form in -ing closing a phrase after a preposition and an adjective as a noun ("due to heavy fighting")', () => {
    expect(show('The plan stalled due to heavy fighting.')).toContain('fighting/NOUN')
    expect(show('Amid widespread flooding in the north, prices rose.')).toContain('flooding/NOUN')
    // Not one that takes an object: "began pumping oil", nor one after an adverb ("is increasingly fighting").
    expect(show('The rebels are now openly fighting the army.')).not.toContain('fighting/NOUN')
  })
})

describe('subscripts and superscripts', () => {
  it('stay part of their word ("CO₂", "km²"), with offsets into the text', () => {
    const words = tagWords('Higher temperatures weakened the CO₂ effect over 3 km² of grass.')
    const co2 = words.find((w) => w.text.startsWith('CO'))!
    expect(co2.text).toBe('CO₂')
    expect(words.find((w) => w.text.startsWith('km'))!.text).toBe('km²')
    expect('Higher temperatures weakened the CO₂ effect over 3 km² of grass.'.slice(co2.start, co2.end)).toBe('CO₂')
  })
})

describe('nouns and prepositions the model reads as verbs (issue 14)', () => {
  const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos
  it('reads a plain form after an article as a noun ("a switch between La Niña and El Niño", "the harms")', () => {
    expect(pos('Sea level saw a jump due mainly to a switch between La Niña and El Niño conditions.', 'switch')).toBe('NOUN')
    expect(pos('No remedy would fully prevent the harms this merger would cause.', 'harms')).toBe('NOUN')
    // A participle before its noun stays a verb form: "the rapidly escalating conflict", "a revised plan".
    expect(pos('The rapidly escalating conflict hurt trade.', 'escalating')).toBe('VERB')
  })

  it('reads a plural after "due to" as a noun, not an infinitive\'s verb ("due to changes in the industry"); "due to expire" keeps its verb', () => {
    const words = tagWords('The decline in iodine intake appears to be due to changes in the dairy industry.')
    expect(words.find((w) => w.text === 'changes')!.pos).toBe('NOUN')
    expect(words.find((w, i) => w.text === 'to' && words[i - 1]?.text === 'due')!.pos).toBe('ADP')
    expect(pos('The law is due to expire in 2026.', 'expire')).toBe('VERB')
    // A plain form before a noun after "due to" is a noun too ("rose due to cost growth"), unless "be" schedules it.
    expect(pos('Prices rose due to cost growth.', 'cost')).toBe('NOUN')
    expect(pos('The rule is due to take effect in May.', 'take')).toBe('VERB')
  })

  it('reads "further" before a verb as its adverb, and the verb as a verb ("further cut off", "to further support")', () => {
    const cut = 'Today’s actions, in coordination with those of our partners, further cut off Russia’s access to technology.'
    expect(pos(cut, 'further')).toBe('ADV')
    expect(pos(cut, 'cut')).toBe('VERB')
    expect(pos('The grant helps the airports to further support the tourism sector.', 'support')).toBe('VERB')
    expect(pos('The rules will further narrow the gap.', 'narrow')).toBe('VERB')
    expect(pos('We further welcome the decision of the council.', 'welcome')).toBe('VERB')
    // An adjective before a noun stays one: "further" describes the noun.
    expect(pos('Moscow condemned Russia’s further invasion of Ukraine.', 'further')).toBe('ADJ')
    expect(pos('The agency is seeking further clarification of the rule.', 'clarification')).toBe('NOUN')
    expect(pos('No further action was taken.', 'action')).toBe('NOUN')
    // "to further accountability for …": "further" is the verb, "accountability" its object.
    expect(pos('The group works to further accountability for the crimes.', 'accountability')).toBe('NOUN')
  })

  it('reads "absent" before a determiner as a preposition ("absent an adequate remedy, …")', () => {
    expect(pos('Absent an adequate remedy, the court would block the merger.', 'Absent')).not.toBe('ADJ')
    expect(pos('The merger is unlawful, and absent an adequate remedy the court would block it.', 'absent')).toBe('ADP')
  })
})

describe('a present in -s read as a plural noun (issue 14)', () => {
  const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos
  it('reads it as the verb before a name that is its object ("The SEC\'s complaint charges Sharp with fraud")', () => {
    expect(pos('The SEC’s complaint charges Sharp with fraud.', 'charges')).toBe('VERB')
    // A form in -ing later in its clause is no other finite verb: "… charges Sharp with violating the rules".
    expect(pos('The SEC’s order charges Sharp with violating the antifraud provisions.', 'charges')).toBe('VERB')
    // A plural noun after a determiner stays a noun.
    expect(pos('The charges Sharp faced were dropped.', 'charges')).toBe('NOUN')
  })
})

describe('a present in -s after a relative clause set off by commas (issue 14)', () => {
  it('reads it as the verb when the subject’s noun stands before the clause ("The SEC’s complaint, which was filed in Boston, charges Sharp")', () => {
    const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos
    expect(pos('The SEC’s complaint, which was filed in federal court in Boston, charges Sharp with fraud.', 'charges')).toBe('VERB')
  })
})

describe('another language’s function words inside a name (issue 12)', () => {
  it('reads "pour", "la", "en" between the capitalised words of a French name as words of the name, not a verb and nouns', () => {
    const words = tagWords('Rodrigue Kopgli, of Jeunesse Unie pour la Démocratie en Afrique, called Bongo a crocodile.')
    expect(words.filter((w) => ['pour', 'la', 'en'].includes(w.text)).map((w) => w.pos)).toEqual(['X', 'X', 'X'])
    // So the sentence's verb is the one after the name: the clause is not read as "… Unie pour …".
    expect(words.filter((w, i) => w.pos === 'VERB' && isFiniteVerb(words, i)).map((w) => w.text)).toEqual(['called'])
  })

  it('leaves particles the model reads as no verb or noun, and English words, as they are ("Lula da Silva", "pour the water")', () => {
    const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos
    expect(pos('Voters rejected Luiz Inácio Lula da Silva in the runoff.', 'da')).not.toBe('X')
    expect(pos('Workers pour the concrete in Lagos.', 'pour')).toBe('VERB')
  })
})

describe('a base form after a plural noun and "that" (issue 14)', () => {
  it('reads it as the relative clause\'s verb before its object ("institutions that abuse the financial system")', () => {
    const words = tagWords('The agencies investigate institutions that abuse the U.S. financial system.')
    expect(words.find((w) => w.text === 'abuse')?.pos).toBe('VERB')
    expect(words.find((w) => w.text === 'that')?.pos).toBe('PRON')
  })
  it('leaves a noun after a singular noun\'s "that", or with no object after it ("the report that abuse occurred")', () => {
    const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos
    expect(pos('Officials denied that abuse was common in the prisons.', 'abuse')).toBe('NOUN')
    expect(pos('Investigators found records that abuse occurred.', 'abuse')).not.toBe('VERB')
  })
})

describe('a quantifier opening its clause, then a base form (issue 12)', () => {
  it('reads the quantifier as the subject and the base form as its verb ("Many see a steady decline …")', () => {
    const words = tagWords('Many see a steady decline in press freedom in Uganda, particularly with the 2011 elections approaching.')
    expect(words.find((w) => w.text === 'see')?.pos).toBe('VERB')
    expect(words.find((w) => w.text === 'Many')?.pos).toBe('PRON')
    expect(words.some((_, k) => isFiniteVerb(words, k))).toBe(true)
  })
  it('leaves a noun the quantifier modifies when the clause has its verb further on ("Many people the world over agree")', () => {
    expect(tagWords('Many people the world over agree.').find((w) => w.text === 'people')?.pos).toBe('NOUN')
  })
})

describe('a verb the model reads as a noun or an adjective, past an aside or a longer subject (issue 14)', () => {
  const pos = (text: string, word: string) => tagWords(text).find((w) => w.text === word)?.pos
  it('reads a present in -s as the verb after an aside with no verb of its own ("ACLED, on the other hand, reports")', () => {
    expect(pos('The agency, on the other hand, reports a single death.', 'reports')).toBe('VERB')
    expect(pos('A separate service, the Strategic Rocket Forces, commands these missiles.', 'commands')).toBe('VERB')
  })
  it('reads a present in -s as the verb before a plural object with no determiner ("The new plan increases tolls")', () => {
    expect(pos('The new plan increases tolls in three phases.', 'increases')).toBe('VERB')
    expect(pos('The report quotes figures from a June poll.', 'quotes')).toBe('VERB')
    // A plural that modifies the clause's own subject stays a noun.
    expect(pos('The state parks department manages the trails.', 'parks')).toBe('NOUN')
  })
  it('reads a base form as the verb after a plural subject with nouns before it, or a quantifier and "of" ("Some of these campaigns use")', () => {
    expect(pos('Certain U.S. steel makers support the duties to protect their plants.', 'support')).toBe('VERB')
    expect(pos('Some of these marketing campaigns use the logo in flyers.', 'use')).toBe('VERB')
    // An abbreviation after a name is no verb.
    expect(pos('United States v. Acme Widgets, Inc.', 'v.')).not.toBe('VERB')
  })
  it('reads the last adjective after a determiner, right before a present in -s, as the subject’s noun ("The criminal fine represents")', () => {
    const words = tagWords('The criminal fine represents the largest penalty in such a case.')
    expect(words.find((w) => w.text === 'fine')?.pos).toBe('NOUN')
    expect(isFiniteVerb(words, words.findIndex((w) => w.text === 'represents'))).toBe(true)
  })
})
