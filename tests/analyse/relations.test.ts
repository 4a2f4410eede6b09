import { describe, expect, it } from 'vitest'
import { analyse } from '../../src/analyse/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import type { Analysis } from '../../src/types.ts'
import { linked } from './helpers.ts'

/** Sentences written for these tests (no real article): each shows one way a cue word does or does not relate. */
function analyseText(text: string): Analysis {
  return analyse(ingest(text, { format: 'text' }))
}
/** The relations of such sentences, each as "from kind to". */
const rel = (text: string) => analyseText(text).relations.map((r) => `${r.from} ${r.kind} ${r.to}`)

describe('relations: who takes part in a cue', () => {
  it('takes no one who says or thinks a clause as the other side of an owned act in it ("The Asian Development Bank believes that Chile’s war in Peru …")', () => {
    const a = analyseText('The Asian Development Bank believes that Chile’s war in Peru could add another 10 million people to this total. The Asian Development Bank and Chile met later. Peru and Chile fought.')
    expect(linked(a, 'chile', 'asian-development-bank', ['hostility'])).toBe(false)
  })

  it('takes no one who says a clause, "that" or not, as the side an owned act in it reaches ("Jane Roe said Chilean assistance is given to …")', () => {
    const a = analyseText('The analyst Jane Roe said questions remain how much Chilean assistance is given to Peru. Jane Roe and Chile met later. Peru and Chile fought.')
    expect(linked(a, 'chile', 'jane-roe', ['support'])).toBe(false)
    // A pronoun after the verb may stand for the one who says it: "Peru said it welcomed Chilean support".
    expect(rel('Peru said it welcomed Chilean support. Peru and Chile met later.')).toContain('chile support peru')
  })

  it('takes no one named in a subordinate clause a comma closes as the subject of the main clause ("If Peru does not comply, the government will sanction Chile")', () => {
    expect(rel('If Peru does not comply by January, the government will sanction Chile. Peru and Chile met later.')).not.toContain('peru condemnation chile')
    expect(rel('He added that if Peru does not comply with the demand, the ministry will block Chile’s exports. Peru and Chile met later.')).not.toContain('peru pressure chile')
    // A phrase is no clause ("Because of its drilling operations there, Turkey is …"); the main clause's own subject still acts.
    expect(rel('Because of its drilling operations there, Peru is under sanctions, and was condemned by Chile on October 8. Peru and Chile met later.')).toContain('chile condemnation peru')
    expect(rel('If Peru does not comply, Bolivia will sanction Chile. Peru and Chile met later.')).toContain('bolivia condemnation chile')
  })

  it('takes no one who says the words, named after them, as a side of a cue in them ("…, said Attorney General Sessions")', () => {
    for (const attribution of ['said Attorney General Roe', 'Roe said']) {
      const a = analyseText(`Attorney General Jane Roe announced the plea on Tuesday.\n\nAcme Corporation violated export controls, ${attribution}.`)
      expect(a.relations.filter((r) => r.source.includes('p2.s1'))).toEqual([])
    }
  })

  it('takes no member of a list before a noun cue\'s own as the one it acts on ("addressing the challenge of China and countering threats from North Korea")', () => {
    expect(rel('Shared goals include addressing the challenge of an assertive Chile (the Republic, or Chile) and countering threats from Peru. Peru and Chile met later.')).not.toContain('peru hostility chile')
    expect(rel('The complaints propose ordering the divestiture of Acme Tickets and enjoining Beta Live from continuing the practices. Acme Tickets and Beta Live merged in 2010.')).not.toContain('acme-tickets pressure beta-live')
  })

  it('reads no tension a verb of ending puts aside ("have put aside their skepticism of improved ties")', () => {
    expect(rel('Jane Roe and John Doe appear to have put aside their skepticism of improved bilateral ties.').filter((r) => r.includes('tension'))).toEqual([])
  })

  it('reads the owner of an act done to someone as the one it is done to ("mentioned Doe\'s arrest to Roe"), not its doer', () => {
    const a = analyseText('Jane Roe met John Doe on Tuesday. John Doe praised Jane Roe.\n\nJane Roe later mentioned Doe’s arrest to Roe’s lawyers.')
    expect(a.relations.filter((r) => r.source.includes('p2.s1'))).toEqual([])
    // With "of" after it, the owner does it: "Chile's arrest of Bolivian journalists".
    expect(rel('Peru protested Chile’s arrest of Bolivian journalists. Peru and Chile met later.')).toContain('peru condemnation chile')
  })

  it('reads a noun cue handed over in the passive as going to the one "by" or "to" names ("Iranian assistance is received by the Houthis")', () => {
    expect(rel('The analyst said questions remain how much direct Chilean assistance is received by Peru. Peru and Chile met later.')).toContain('chile support peru')
    expect(rel('Chilean aid was given to Peru in 2019. Peru and Chile met later.')).toContain('chile support peru')
  })

  it('reads the members of a list a verb takes as its object as the subject\'s partners, not each other\'s ("He visited Chile, Peru, and Brazil … to shore up ties")', () => {
    const a = analyseText('He visited Chile, Peru, and Brazil earlier this year in an effort to shore up ties and meet Bolivians overseas. Chile and Peru spoke later.')
    expect(a.relations.filter((r) => r.source.includes('p1.s1'))).toEqual([])
    // Not an object that does the infinitive after it: "directed Chile and other states to engage in discussions with Peru".
    const b = analyseText('The ministry directed Chile and other states to engage in discussions with Peru. Chile and Peru met again in 1994.')
    expect(b.relations.some((r) => r.source.includes('p1.s1') && [r.from, r.to].sort().join() === 'chile,peru')).toBe(true)
  })

  it('takes no actor named past "and" in a phrase of its own as the other side of a tie with a complement ("warm ties to Chile and a contentious relationship with Peru")', () => {
    const a = analyseText('The party has had warm ties to Chile and a contentious relationship with Peru. Chile and Peru are neighbours.')
    expect(a.relations.filter((r) => r.source.includes('p1.s1'))).toEqual([])
  })

  it('reads a tie a "with" phrase gives a noun as that noun\'s ("Firms with ties to Peru must report to Congress"), not as a tie between actors named around it', () => {
    const a = analyseText('Congress passed the act in 2025. Firms with ties to Peru must report to Congress. The act covers persons with Peruvian ties and requires a report to Congress.')
    expect(linked(a, 'peru', 'congress')).toBe(false)
    // An actor the phrase sets off still has the tie: "Chile, with close ties to Peru, voted …".
    expect(linked(analyseText('Chile, with close ties to Peru, voted against the resolution.'), 'chile', 'peru', ['cooperation'])).toBe(true)
  })

  it('reads a region after a preposition of place as where something is done ("Acme’s investment in Ohio"), not a side of it; a region that acts still is one', () => {
    const a = analyseText('Ohio sued Acme Corp. in 2023 over its emissions. Acme’s investment in Ohio is the largest private-sector investment in the state’s history. Ohio settled with Acme in 2024.')
    expect(a.relations.filter((r) => r.source.includes('p1.s2'))).toEqual([])
    expect(linked(a, 'ohio', 'acme-corp', ['pressure'])).toBe(true)
  })

  it('takes no actor of a clause ", and" opens after the cue as the other side of a tie with one side only', () => {
    const a = analyseText('Acme Corp. builds chips. Acme’s investments in Arizona and Ohio are among the largest private-sector investments in each state’s history, and Arizona has received the highest level of manufacturing investment of any state since President Lena Ortiz took office. Ortiz praised Acme.')
    expect(a.relations.filter((r) => r.source.includes('p1.s2'))).toEqual([])
  })

  it('reads a memorandum of understanding as cooperation, not a memorandum an official issues ("President X issued the memorandum …")', () => {
    const a = analyseText('Chile and Peru signed a memorandum of understanding on fisheries in 2024.')
    expect(linked(a, 'chile', 'peru', ['cooperation'])).toBe(true)
    const b = analyseText('On January 20, President Lena Ortiz issued the memorandum “Review of the Harbour Authority’s Leasing Practices,” which mandated several reviews. The Harbour Authority paused new leases. President Lena Ortiz spoke later.')
    expect(b.relations.filter((r) => r.kind === 'cooperation')).toEqual([])
  })

  it('reads joining a peer in an act as acting with it ("Chile joined Peru and Brazil in issuing …"), not joining an organisation ("Finland joined NATO")', () => {
    const a = analyseText('In 2024, Chile joined Peru and Brazil in issuing a joint statement about the fisheries dispute.')
    expect(linked(a, 'chile', 'peru', ['cooperation'])).toBe(true)
    expect(linked(a, 'brazil', 'chile', ['cooperation'])).toBe(true)
    const b = analyseText('Finland joined NATO in 2023, after decades of neutrality. Finland and Sweden applied together.')
    expect(linked(b, 'finland', 'nato')).toBe(false)
  })

  it('reads raising or expressing concerns about another\'s acts as criticism of that other ("raised concerns about the Orbis Corporation\'s standards")', () => {
    const a = analyseText('The Kestrel Group has raised concerns about the Orbis Corporation’s service standards. The Orbis Corporation is large.')
    expect(a.relations.map((r) => [r.from, r.kind, r.to])).toEqual([['kestrel-group', 'condemnation', 'orbis-corporation']])
    const b = analyseText('In 2024, Peruvian officials expressed concerns about Chile’s plans to launch a satellite.')
    expect(linked(b, 'peru', 'chile', ['condemnation'])).toBe(true)
  })

  it('reads whoever asks for an investigation or sanctions by another as no target of them ("requested an investigation by the GAO"); one who faces it is', () => {
    const a = analyseText('Senator Ann Vale requested an investigation by the Government Accountability Office, citing cases in three states.')
    expect(a.relations).toEqual([])
    const b = analyseText('The Orbis Corporation faces an investigation by the Government Accountability Office.')
    expect(b.relations.map((r) => [r.from, r.kind, r.to])).toEqual([['gao', 'pressure', 'orbis-corporation']])
  })

  it('reads "financial" and "fundamental" as no funding: a cue for support is a verb or noun of funding, not an adjective that starts like one', () => {
    const a = analyseText('The Orbis Corporation is large. The Kestrel Group’s description of the Orbis Corporation’s current financial condition is based on the Kestrel Group’s prior work.')
    expect(a.relations).toEqual([])
    const b = analyseText('The Orbis Corporation is large. The Kestrel Group financed the Orbis Corporation for a decade.')
    expect(b.relations.map((r) => r.kind)).toEqual(['support'])
  })

  it('reads lending as support ("Japan provided $2 billion in loans to Indonesia", "Chile lent Peru $1 billion")', () => {
    expect(rel('Japan provided $2 billion in loans to Indonesia. Indonesia welcomed the money.')).toEqual(['japan support indonesia'])
    expect(rel('Chile lent Peru $1 billion last year. Peru repaid it in May.')).toEqual(['chile support peru'])
  })

  it('reads a body’s head directing it as no pressure: her title names its domain ("Secretary of Health Ann Vale directed the Department of Health")', () => {
    const text = 'Secretary of Health Ann Vale directed the Department of Health to fine the Orbis Corporation. The Department of Health is large.'
    const a = analyseText(text)
    const ids = a.actors.map((x) => x.id)
    expect(ids).toContain('ann-vale')
    expect(a.relations.some((r) => [r.from, r.to].includes('ann-vale') && [r.from, r.to].some((x) => x.includes('health')))).toBe(false)
    // A title naming another domain heads no such body: the pressure stands.
    const b = analyseText('Secretary of Labor Ann Vale directed the Department of Health to fine the Orbis Corporation. The Department of Health is large.')
    expect(b.relations.some((r) => r.from === 'ann-vale' && r.kind === 'pressure' && r.to.includes('health'))).toBe(true)
  })

  it('reads a noun cue acting on a thing its own phrase names as acting on no actor named elsewhere ("a tariff on the full value of copper products")', () => {
    const a = analyseText('Peru is a large state. Effective in May, President Ana Vale imposed a 50% tariff on the full value of copper products (10% if at least 95% of the copper is from Peru).')
    expect(linked(a, 'ana-vale', 'peru')).toBe(false)
    const b = analyseText('Peru is a large state. Effective in May, President Ana Vale imposed a 50% tariff on Peru.')
    expect(linked(b, 'ana-vale', 'peru', ['pressure'])).toBe(true)
  })

  it('reads a tie still to be made as none yet ("normalisation of relations with B"), and a normalised one as a tie', () => {
    const a = analyseText('Analysts said the main reward for Norway would be normalisation of relations with Peru.')
    expect(linked(a, 'norway', 'peru', ['cooperation', 'dialogue', 'alliance'])).toBe(false)
    const b = analyseText('The envoy described steps toward normalizing ties between Norway and Peru.')
    expect(linked(b, 'norway', 'peru', ['cooperation', 'dialogue', 'alliance'])).toBe(false)
    const c = analyseText('In 2020 Norway normalised relations with Peru.')
    expect(linked(c, 'norway', 'peru', ['cooperation'])).toBe(true)
  })

  it('does not make the object of an earlier verb a side of a later cue ("between A and B, secured deals with C")', () => {
    const a = analyseText('Yesterday the envoy brokered a truce between Armenia and Azerbaijan, secured trade deals with Brazil and Chile, and elevated relations with India.')
    expect(linked(a, 'armenia', 'brazil')).toBe(false)
    expect(linked(a, 'azerbaijan', 'chile')).toBe(false)
    expect(linked(a, 'brazil', 'india')).toBe(false)
    expect(linked(a, 'brazil', 'chile')).toBe(false)
  })

  it('reads brokering as talks between the broker and the parties, and a threat done by a thing as no relation ("the threat posed by AI")', () => {
    const a = analyseText('The envoy from Norway will be remembered for brokering a grain deal between Armenia and Azerbaijan, and for debates about the threat and promise posed by AI.')
    expect(linked(a, 'norway', 'armenia', ['dialogue'])).toBe(true)
    expect(a.relations.some((r) => r.kind === 'hostility')).toBe(false)
    expect(linked(analyseText('Armenia discussed the threat posed by Azerbaijan.'), 'azerbaijan', 'armenia', ['hostility'])).toBe(true)
  })

  it('relates the two parties a named pact opens with, but not the three or more of a regional pact (who signed it, not how they deal)', () => {
    expect(linked(analyseText('A key issue for the Senate is a scheduled review of the Brazil-Mexico Agreement.'), 'brazil', 'mexico')).toBe(true)
    const a = analyseText('A key issue for the Senate is a scheduled review of the U.S.-Mexico-Brazil Agreement.')
    expect(a.relations).toEqual([])
  })

  it('reads an agreement to a ceasefire or a truce as talks between the sides, not cooperation', () => {
    const a = analyseText('On May 3, Serbia and Kosovo agreed to a three-day ceasefire, which may end the shelling.')
    expect(linked(a, 'serbia', 'kosovo', ['dialogue'])).toBe(true)
    expect(linked(a, 'serbia', 'kosovo', ['cooperation'])).toBe(false)
    expect(linked(analyseText('Serbia agreed to a truce with Kosovo.'), 'serbia', 'kosovo', ['cooperation'])).toBe(false)
    expect(linked(analyseText('Serbia signed a peace deal with Kosovo.'), 'serbia', 'kosovo', ['cooperation'])).toBe(false)
    // An agreement to work together is still cooperation.
    expect(linked(analyseText('Serbia and Kosovo agreed to build a joint railway.'), 'serbia', 'kosovo', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Serbia and Kosovo signed a trade deal.'), 'serbia', 'kosovo', ['cooperation'])).toBe(true)
  })

  it('reads no relation where a cue is refused, withdrawn, stopped or ceased ("refused to cooperate with", "withdrew its support for", "ceased funding")', () => {
    const lead = 'Brazil exports coffee. Mexico exports oil. '
    for (const t of ['Brazil refused to cooperate with Mexico.', 'Brazil withdrew its support for Mexico.', 'Brazil stopped supporting Mexico.', 'Brazil ceased funding Mexico.', 'Brazil announced that it had ceased its assistance to Mexico.'])
      expect(linked(analyseText(lead + t), 'brazil', 'mexico')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil agreed to withdraw its troops and cooperate with Mexico.'), 'brazil', 'mexico', ['cooperation'])).toBe(true)
  })

  it('reads no shared position where a coordinated subject speaks each for itself ("A and B each said")', () => {
    const lead = 'Brazil exports coffee. Mexico exports oil. '
    expect(linked(analyseText(lead + 'Brazil and Mexico both said they would not attend.'), 'brazil', 'mexico')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil and Mexico each claimed victory.'), 'brazil', 'mexico')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil and Mexico have stated that they oppose the plan.'), 'brazil', 'mexico', ['cooperation'])).toBe(true)
  })

  it('reads backing given "with" an act as backing its doer, and a verb’s object owning a backing as the one acted on', () => {
    const lead = 'Brazil exports coffee. Mexico exports oil. Peru exports copper. '
    const a = analyseText(lead + 'Brazil attacked Peru, with Mexico’s full backing.')
    expect(linked(a, 'mexico', 'brazil', ['support'])).toBe(true)
    expect(linked(a, 'mexico', 'peru', ['support'])).toBe(false)
    // No actor is the subject: the backing goes to no one named.
    expect(linked(analyseText(lead + 'The council condemned Peru, with Mexico’s backing.'), 'mexico', 'peru', ['support'])).toBe(false)
    // A backer named after the cue is not what the cue acts on, even when no other actor follows.
    expect(linked(analyseText(lead + 'Brazil denounced the sanctions, with Mexico’s support.'), 'brazil', 'mexico', ['condemnation'])).toBe(false)
    // "condemned Mexico’s support for Peru": Mexico is condemned, Peru is not.
    const b = analyseText(lead + 'Brazil condemned Mexico’s support for Peru.')
    expect(linked(b, 'brazil', 'mexico', ['condemnation'])).toBe(true)
    expect(linked(b, 'brazil', 'peru', ['condemnation'])).toBe(false)
  })

  it('reads backing a thing aimed against an actor as pressing it, not supporting it ("backed the resolution against Peru")', () => {
    const lead = 'Brazil exports coffee. Mexico exports oil. Peru exports copper. Chile exports wine. '
    for (const t of ['Mexico backed the resolution against Peru.', 'Mexico endorsed the campaign against Peru.']) {
      const a = analyseText(lead + t)
      expect(linked(a, 'mexico', 'peru', ['support'])).toBe(false)
      expect(linked(a, 'mexico', 'peru', ['pressure'])).toBe(true)
    }
    expect(linked(analyseText(lead + 'Mexico backed Peru against Chile.'), 'mexico', 'peru', ['support'])).toBe(true)
  })

  it('reads no relation in a clause its speaker denies ("denied that it had attacked"), nor a summit bringing leaders together as cooperation', () => {
    const lead = 'Brazil exports coffee. Mexico exports oil. Peru exports copper. Chile exports wine. '
    expect(linked(analyseText(lead + 'Brazil denied that it had attacked Peru.'), 'brazil', 'peru')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil said that it had attacked Peru.'), 'brazil', 'peru', ['hostility'])).toBe(true)
    const a = analyseText(lead + 'The summit brought together leaders from Brazil, Mexico and Peru.')
    expect(linked(a, 'brazil', 'mexico', ['cooperation'])).toBe(false)
  })

  it('reads relations or ties with a souring word as tension, not cooperation ("strained relations", "ties soured")', () => {
    const lead = 'Brazil exports coffee. Mexico exports oil. '
    for (const t of ['Brazil has strained relations with Mexico.', 'Brazil’s relations with Mexico have deteriorated sharply.', 'Tense ties between Brazil and Mexico worsened.']) {
      const a = analyseText(lead + t)
      expect(linked(a, 'brazil', 'mexico', ['tension'])).toBe(true)
      expect(linked(a, 'brazil', 'mexico', ['cooperation'])).toBe(false)
    }
    expect(linked(analyseText(lead + 'Brazil has close ties with Mexico.'), 'brazil', 'mexico', ['cooperation'])).toBe(true)
  })

  it('makes no party of the owner of the noun after "between" ("friction between the Council’s members (A, B and C)")', () => {
    const a = analyseText('Growing friction between the UN Security Council’s permanent members (China, France and Russia) has worsened the crisis.')
    expect(a.relations.some((r) => r.from === 'un-security-council' || r.to === 'un-security-council')).toBe(false)
    expect(linked(analyseText('Growing friction between China and Russia has worsened the crisis.'), 'china', 'russia', ['tension'])).toBe(true)
  })

  it('reads starving a body of funds and sidelining it as pressure', () => {
    expect(linked(analyseText('The agency cut its staff, largely because Brazil was starving the UN of its dues.'), 'brazil', 'un', ['pressure'])).toBe(true)
    expect(linked(analyseText('Over the decade Peru sidelined the UN in the talks.'), 'peru', 'un', ['pressure'])).toBe(true)
  })

  it('makes no party of a body and the actor whose possessive names it ("negotiate with the FDA’s Review Office")', () => {
    const a = analyseText('Most colleges negotiate their rates with the FDA’s Review Office. The FDA said the Review Office was busy.')
    expect(linked(a, 'fda', 'review-office')).toBe(false)
  })

  it('does not make the object of an infinitive’s preposition a side of the cue before it ("agreed to withdraw from Kosovo")', () => {
    expect(linked(analyseText('In June 1999, Serbian forces agreed to withdraw from Kosovo.'), 'serbia', 'kosovo')).toBe(false)
    expect(linked(analyseText('Serbia agreed to a ceasefire with Kosovo.'), 'serbia', 'kosovo', ['dialogue'])).toBe(true)
    // A passive infinitive too: "agreed to be excluded from …, including Kosovo".
    expect(linked(analyseText('In June 1999, Serbia agreed to be excluded from the regional programmes, including Kosovo, for five years.'), 'serbia', 'kosovo')).toBe(false)
  })

  it('does not take an actor from elsewhere in the sentence when the cue names its other side as a common noun ("a complaint with the organiser")', () => {
    expect(linked(analyseText('After the Lima ceremony upset Chile, which filed a complaint with the event organiser.'), 'chile', 'peru')).toBe(false)
    expect(linked(analyseText('Chile filed a complaint against Peru.'), 'chile', 'peru', ['pressure'])).toBe(true)
  })

  it('does not make an actor that dates the cue a side of it ("talks during the second Obama Administration")', () => {
    const a = analyseText('Earlier Brazil-Chile trade talks during the second Obama Administration stalled over fishing quotas.')
    expect(linked(a, 'brazil', 'chile', ['dialogue'])).toBe(true)
    expect(a.relations.some((r) => /obama/.test(r.from + r.to))).toBe(false)
  })

  it('does not make an actor modifying another noun the agent of a noun cue after it ("an ICC arrest warrant for the aggression against X")', () => {
    expect(linked(analyseText('The general is the subject of a UN arrest warrant for the aggression against Georgia.'), 'un', 'georgia')).toBe(false)
    expect(linked(analyseText('The UN condemned the aggression against Georgia.'), 'un', 'georgia', ['condemnation'])).toBe(true)
  })

  it('does not make the one judging an act its doer ("condemned the aggression against X"), only an owner before it', () => {
    expect(linked(analyseText('The UN condemned the aggression against Georgia.'), 'un', 'georgia', ['hostility'])).toBe(false)
    expect(linked(analyseText('The UN condemned Russia’s aggression against Georgia.'), 'russia', 'georgia', ['hostility'])).toBe(true)
  })

  it('does not let a directed noun cue that is a subject act on an actor after its verb ("the prosecution was unjust to Chile")', () => {
    expect(linked(analyseText('Supporters of Gabriel Boric say the prosecution and sentencing were unjust and insulted Chile’s history.'), 'gabriel-boric', 'chile')).toBe(false)
    expect(linked(analyseText('Supporters of Gabriel Boric say the prosecution was unjust to Chile.'), 'gabriel-boric', 'chile')).toBe(false)
    expect(linked(analyseText('Peru prosecuted Chile for years.'), 'peru', 'chile', ['pressure'])).toBe(true)
  })

  it('reads a noun cue after a common noun that modifies it as a kind of thing ("transportation funding"), unless actors or a party go with it', () => {
    expect(linked(analyseText('Every year Brazil must report to Chile on traffic volume, air quality and transportation funding.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('Japan and Australia expanded defence cooperation with India.'), 'japan', 'india', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Brazil-Chile trade tensions grew.'), 'brazil', 'chile', ['tension'])).toBe(true)
  })

  it('reads a purchase of an actor as a tie between buyer and bought, and "Sheikh" as a title before a name', () => {
    const a = analyseText('Over the years since Sheikh Hamad purchased Acme Holdings, the club has grown. Acme Holdings denied it.')
    const sheikh = a.actors.find((x) => x.name.endsWith('Hamad'))
    expect(sheikh?.type).toBe('person')
    expect(linked(a, sheikh!.id, 'acme-holdings', ['cooperation'])).toBe(true)
  })

  it('does not read a word naming or describing a group of people as a relation ("rival protesters"), but keeps a verb acting on them', () => {
    const a = analyseText('The protesters marched on Monday. Peru blamed rival protesters for the violence. The protesters blocked roads.')
    expect(linked(a, 'peru', 'protesters', ['tension'])).toBe(false)
    expect(linked(a, 'peru', 'protesters', ['condemnation'])).toBe(true)
    expect(linked(analyseText('Peru troops helped the students. The students marched. The students left.'), 'peru', 'students', ['support'])).toBe(true)
  })

  it('does not make two states aligned with a third cooperate with each other ("Brazil and Chile are aligned with Peru")', () => {
    const a = analyseText('Brazil and Chile are aligned with Peru.')
    expect(linked(a, 'brazil', 'chile')).toBe(false)
    expect(linked(a, 'brazil', 'peru', ['alliance'])).toBe(true)
    expect(linked(analyseText('Brazil and Chile are aligned on the tariff question.'), 'brazil', 'chile', ['cooperation'])).toBe(true)
  })

  it('does not make the place one travels to a party of the meeting ("travelled to Germany to meet …")', () => {
    const a = analyseText('The president travelled to Germany to meet officials from Poland.')
    expect(linked(a, 'germany', 'poland')).toBe(false)
  })

  it('reads the subject of a clause opened by "unless" as a side ("unless Washington and Tehran opt for a negotiated deal")', () => {
    const a = analyseText('The situation remains explosive, unless Washington and Tehran opt for a negotiated deal.')
    expect(linked(a, 'united-states', 'iran', ['dialogue'])).toBe(true)
  })

  it('links a coordinated subject stating a position, not a group a preposition governs ("makers in both A and B have stated")', () => {
    expect(linked(analyseText('Brazil and Chile have stated that they oppose the plan.'), 'brazil', 'chile', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Drone makers in both Brazil and Chile have stated that they are building new systems.'), 'brazil', 'chile')).toBe(false)
  })

  it('gives a participle clause after a comma the main subject, never the venue named before it (", alleging …")', () => {
    const text = 'The National Harbour Service (NHBS) issued a rule. NHBS was sued. Fishing crews sued NHBS in the U.S. District Court for the Eastern District of Oregon, alleging among other things that the rule was unlawful. The U.S. District Court for the Eastern District of Oregon ruled.'
    const a = analyseText(text)
    expect(a.relations.some((r) => r.kind === 'condemnation')).toBe(false)
    expect(linked(analyseText('Chile recalled its envoy, accusing Peru of spying.'), 'chile', 'peru', ['condemnation'])).toBe(true)
  })

  it('makes a noun cue that is the subject of a verb act on no one named after that verb ("tariffs could lead exporters to … (e.g., Chile)")', () => {
    const a = analyseText('Other observers caution that U.S. tariffs could increase costs for U.S. businesses and encourage copper exporters to seek other markets (e.g., Chile).')
    expect(linked(a, 'united-states', 'chile')).toBe(false)
  })

  it('reads a directed cue after the writer’s "we" as done by no named actor ("which we generate by asking X")', () => {
    expect(linked(analyseText('We measure how often Brazil uses the tool, which we generate by asking Chile to answer questions.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('When we first assessed Brazil exports, we relied on data from Chile.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('Brazil said it would sanction Chile.'), 'brazil', 'chile', ['condemnation'])).toBe(true)
  })

  it('reads a cue in a "that" clause of a negated verb as not asserted ("did not find that A threatened B")', () => {
    expect(linked(analyseText('The ministry did not find that Brazil threatened Chile.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('Officials do not believe that Brazil supports Chile.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('The department did not "determine" that "Brazil’s conduct" threatened Chile’s "security interests." It was late.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('The ministry found that Brazil threatened Chile.'), 'brazil', 'chile', ['hostility'])).toBe(true)
    expect(linked(analyseText('The ministry did not say that, but Brazil threatened Chile.'), 'brazil', 'chile', ['hostility'])).toBe(true)
  })

  it('makes a verb cue whose object is another act relate no one named in that act ("helped organize a workshop at X’s embassy")', () => {
    expect(linked(analyseText('Brazil helped organize a workshop at Chile’s embassy.'), 'brazil', 'chile', ['support'])).toBe(false)
    expect(linked(analyseText('Brazil helped Chile rebuild its ports.'), 'brazil', 'chile', ['support'])).toBe(true)
  })

  it('takes no side from an aside a comma and a relative pronoun open ("talks about A, which is the largest partner of B")', () => {
    expect(linked(analyseText('Brazil held talks about Chile, which is the largest trading partner of Peru.'), 'brazil', 'peru')).toBe(false)
  })

  it('takes a noun after "with" whose phrase names no actor as a thing ("negotiations with foreign trading partners, including on tariffs")', () => {
    const a = analyseText('The European Union should exercise oversight of Brazil’s ongoing negotiations with foreign trading partners, including on copper tariffs.')
    expect(linked(a, 'brazil', 'eu')).toBe(false)
    expect(linked(analyseText('Brazil held talks with officials from Chile.'), 'brazil', 'chile', ['dialogue'])).toBe(true)
  })

  it('makes a noun cue given as an example of a thing act on no actor named earlier ("approving U.S. trade policy, including tariffs")', () => {
    const a = analyseText('Others argue that the European Union should play a stronger role in setting and approving U.S. trade policy, including tariffs.')
    expect(linked(a, 'united-states', 'eu')).toBe(false)
    expect(linked(analyseText('Chile imposed measures, including sanctions, on Brazil.'), 'chile', 'brazil', ['condemnation'])).toBe(true)
  })

  it('takes no one who says a clause about a thing as the doer of a cue in it ("Mexico said that companies provide support to Russia")', () => {
    expect(rel('Mexico said that companies provide support to Russia.')).toEqual([])
    // A pronoun subject stands for the one who says it.
    expect(rel('Mexico said that it provides support to Russia.')).toEqual(['mexico support russia'])
  })

  it('reads an example after a comma as no backing of the actor before it, and "including" as opening no clause ("war against Ukraine, including support to …")', () => {
    // (Opposing Russia's war condemns Russia: "opposes" is a cue since be754078.)
    expect(rel('Canada opposes Russia’s war against Ukraine, including support to the Russian defense industry.').sort()).toEqual(['canada condemnation russia', 'russia hostility ukraine'])
  })

  it('reads "yet" after a noun as an adverb of time, not a clause break ("the most significant sanctions yet on Russia’s energy sector")', () => {
    expect(rel('In October, the United States imposed the most significant sanctions yet on Russia’s energy sector.')).toEqual(['united-states condemnation russia'])
  })

  it('reads a donation to an actor as support ("China stepped in to donate $20 million to Cambodia")', () => {
    expect(rel('In 2018, China stepped in to donate $20 million to Cambodia.')).toEqual(['china support cambodia'])
  })

  it('reads no relation from a question ("Will Japan impose sanctions on China?")', () => {
    expect(rel('Trade news. Will Japan impose sanctions on China? Experts differ.')).toEqual([])
    expect(rel('Trade news. Japan will impose sanctions on China. Experts differ.')).toEqual(['japan condemnation china'])
  })

  it('reads a coordinated group before a directed verb cue as its subject, not its two sides ("A and B will help clients")', () => {
    expect(linked(analyseText('Brazil and Chile will help clients build new ports.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('The Brazil-Chile war lasted years.'), 'brazil', 'chile', ['hostility'])).toBe(true)
  })

  it('does not set a coordinated subject against itself with a directed cue ("France and Germany enforce sanctions")', () => {
    const a = analyseText('France and Germany enforce sanctions on imports.')
    expect(linked(a, 'france', 'germany')).toBe(false)
  })

  it('keeps a coordinated subject as both sides when the actor after the cue is no complement of it', () => {
    const a = analyseText('Paris and Berlin are struggling to reach a consensus on a common longer-term response to Moscow’s missile program.')
    expect(linked(a, 'france', 'germany', ['tension'])).toBe(true)
    expect(linked(a, 'germany', 'russia')).toBe(false)
  })

  it('makes the possessor of "allies" the ally of each actor in the apposition, not those actors each other’s', () => {
    const a = analyseText('Riyadh’s other regional allies, Turkey and Pakistan, have promised to help.')
    expect(linked(a, 'saudi-arabia', 'turkiye', ['alliance'])).toBe(true)
    expect(linked(a, 'saudi-arabia', 'pakistan', ['alliance'])).toBe(true)
    expect(linked(a, 'turkiye', 'pakistan', ['alliance'])).toBe(false)
  })

  it('does not take the argument of another verb as the target of a possessive cue ("X’s provocation justifies Y’s ambitions")', () => {
    const a = analyseText('North Korea’s latest provocation reasonably justifies Japan’s expanding military ambitions.')
    expect(linked(a, 'north-korea', 'japan')).toBe(false)
  })
})

describe('relations: a state named as a place', () => {
  it('does not make a state named as the place of something a side ("the largest partner in Canada at the time")', () => {
    const a = analyseText('Mexico, the largest trading partner in Canada at the time, signed a deal with Brazil.')
    expect(linked(a, 'canada', 'brazil')).toBe(false)
    expect(linked(a, 'canada', 'mexico')).toBe(false)
    expect(linked(a, 'mexico', 'brazil', ['cooperation'])).toBe(true)
  })

  it('keeps a state that modifies a noun after "in" ("embeddedness in the US-Japan missile defence matrix")', () => {
    const a = analyseText('Seoul deepened its cooperation in the Japan missile defence system with Canada.')
    expect(linked(a, 'japan', 'canada') || linked(a, 'south-korea', 'japan')).toBe(true)
  })
})

describe('relations: words that look like cues', () => {
  it('does not read a relation asked for as one that happened ("asked Washington to carry out airstrikes on the Houthis")', () => {
    const a = analyseText('Riyadh has asked Washington to carry out airstrikes on Iran.')
    expect(linked(a, 'saudi-arabia', 'united-states', ['pressure'])).toBe(true)
    expect(linked(a, 'united-states', 'iran', ['hostility'])).toBe(false)
  })

  it('reads a verb-only cue as a gerund after a preposition ("acted by ordering Acme Freight to stop"), not a participle ("for selected firms")', () => {
    expect(linked(analyseText('The Federal Trade Commission acted by ordering Acme Freight Inc. to stop its noncompete policy.'), 'ftc', 'acme-freight-inc', ['pressure'])).toBe(true)
    expect(linked(analyseText('The Federal Trade Commission issued guidance for selected firms such as Acme Freight Inc.'), 'ftc', 'acme-freight-inc')).toBe(false)
  })

  it('reads "directed" as pressure only on an actor it directs ("directed the ministry to …"), not on one an act is directed for', () => {
    expect(linked(analyseText('President Trump directed the Commerce Department to review the tariffs.'), 'trump', 'commerce-department', ['pressure'])).toBe(true)
    const a = analyseText('The United States designated Ali Rage, a senior leader of al-Shabaab, as a terrorist on Monday. Rage had also directed previous attack planning for al-Shabaab, the State Department said.')
    expect(a.actors.map((x) => x.id)).toContain('al-shabaab')
    expect(linked(a, 'ali-rage', 'al-shabaab')).toBe(false)
  })

  it('reads competing as tension only when someone competes with someone ("compete with", not "compete on a level playing field")', () => {
    expect(linked(analyseText('Cars from Japan can now compete on a level playing field in Malaysia’s market.'), 'japan', 'malaysia')).toBe(false)
    expect(linked(analyseText('China competes with the United States for influence in Africa.'), 'china', 'united-states', ['tension'])).toBe(true)
  })

  it('cancels a cue restricted or withheld ("may restrict aid to Egypt")', () => {
    expect(linked(analyseText('The United States may restrict aid to Egypt.'), 'united-states', 'egypt', ['support'])).toBe(false)
    expect(linked(analyseText('The United States will increase aid to Egypt.'), 'united-states', 'egypt', ['support'])).toBe(true)
  })

  it('cancels a noun cue whose verb is negated or ends it ("have never established formal ties", "terminated the agreement")', () => {
    expect(linked(analyseText('Chile and Peru have never established formal diplomatic ties.'), 'chile', 'peru')).toBe(false)
    expect(linked(analyseText('Chile and Peru established formal diplomatic ties.'), 'chile', 'peru', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Last year Sweden terminated the fishing agreement with Norway.'), 'sweden', 'norway', ['dialogue', 'cooperation'])).toBe(false)
    expect(linked(analyseText('Last year Sweden signed the fishing agreement with Norway.'), 'sweden', 'norway', ['dialogue', 'cooperation'])).toBe(true)
  })

  it('does not relate the actors around a cue that points back ("this support") or owns a noun ("the agreement’s terms")', () => {
    expect(linked(analyseText('After beating Chile 3-0, the Peruvian coach thanked fans for this support.'), 'chile', 'peru')).toBe(false)
    expect(linked(analyseText('Peru thanked Chile for its support.'), 'chile', 'peru', ['support'])).toBe(true)
    expect(linked(analyseText('Qatar sought clarification of the agreement’s provisions to ensure Iran’s compliance.'), 'qatar', 'iran')).toBe(false)
  })

  it('reads a passive cue as acted on its subject by the actor after "by", or by no one named ("was asked to remove")', () => {
    expect(linked(analyseText('The Chilean delegation was asked to remove a banner praising an admiral, Arturo Prat, who defeated Peru.'), 'chile', 'arturo-prat')).toBe(false)
    const a = analyseText('In 2019 Chile was sanctioned by Peru over the border.')
    expect(a.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'condemnation')).toBe(true)
  })

  it('finds a noun cue’s other side before a second predicate of its clause, not in it ("Turkey is under EU sanctions, and was condemned by Egypt …")', () => {
    const links = rel('Turkey is already under EU sanctions, and was condemned by Egypt, Greece and Cyprus. The talks stalled.')
    expect(links).toContain('eu condemnation turkiye')
    expect(links).toContain('greece condemnation turkiye')
    expect(links.filter((l) => l.startsWith('eu '))).toEqual(['eu condemnation turkiye'])
  })

  it('reads a passive cue on an actor’s act as done to that actor by the one "by" names ("Russia’s offensive was condemned by France")', () => {
    expect(rel('Russia’s offensive was condemned by France. The talks stalled.')).toEqual(['france condemnation russia'])
    expect(rel('Turkey’s operation was criticized by the European Union. The talks stalled.')).toEqual(['eu condemnation turkiye'])
  })

  it('reads a participle with its agent after it as a passive, done by the one "by" names ("a purchase … blocked by his predecessor")', () => {
    // The agent names no actor: no one blocked anything here, least of all the one named before.
    const a = analyseText('Peru welcomed the plan of Chile to invest in Bolivia, a deal blocked by its former president.')
    expect(linked(a, 'chile', 'peru', ['pressure'])).toBe(false)
    expect(linked(analyseText('Chile praised Norsk Steel Corp. for investing in Andes Steel Inc., a planned purchase blocked by his predecessor.'), 'chile', 'norsk-steel-corp', ['pressure'])).toBe(false)
    // "by" and a gerund is the means of an active verb.
    expect(linked(analyseText('Chile retaliated by sanctioning Peru.'), 'chile', 'peru')).toBe(true)
  })

  it('reads what a cue acts on as the actor an apposition names after an owned noun ("sanctions on Chile’s largest bank (Andes Bank)")', () => {
    const a = analyseText('Peru imposed sanctions on dozens of entities, including Chile’s largest defense conglomerate (Andes Corp.) and its suppliers.')
    expect(linked(a, 'peru', 'andes-corp', ['condemnation', 'pressure'])).toBe(true)
    expect(linked(a, 'peru', 'chile')).toBe(false)
    // With no apposition the owner is the one acted on.
    expect(linked(analyseText('Peru imposed sanctions on Chile’s navy.'), 'peru', 'chile', ['condemnation', 'pressure'])).toBe(true)
  })

  it('takes the sides a "between" names after the cue\'s noun ("a joint venture between A and B", "a collaborative effort between A, B and C")', () => {
    expect(linked(analyseText('The FTC alleged that a joint venture between Peru and Chile raised concerns.'), 'peru', 'chile', ['cooperation'])).toBe(true)
    // The one alleging is no party: "the FTC alleged that a joint venture between A and the Andes Fund …".
    expect(linked(analyseText('The FTC alleged that a joint venture between Peru and the Andes Fund raised concerns.'), 'ftc', 'peru')).toBe(false)
  })

  it('reads a verb cue in an object relative clause as acting on the noun the pronoun stands for ("a leader whom Chile accused")', () => {
    const a = analyseText('Peru praised a leader whom Chile accused of abuses.')
    expect(a.relations).toEqual([])
    // Its subject a common noun, no actor accuses anyone.
    const b = analyseText('For Bolivia, it raises questions about how Peru will engage with a leader whom human rights groups have accused of abuses.')
    expect(b.relations.filter((r) => r.kind === 'condemnation')).toEqual([])
    // An actor for the antecedent is what the clause acts on.
    expect(linked(analyseText('Peru praised Bolivia, which Chile accused of abuses.'), 'chile', 'bolivia', ['condemnation'])).toBe(true)
  })

  it('takes no place someone goes to as a side of a cue elsewhere ("tensions since X returned to the White House threaten …")', () => {
    const a = analyseText('The escalating trade tensions since Trump returned to the White House on Jan. 20 threaten to rupture the global economy.')
    expect(a.relations).toEqual([])
    // An owner after "came to" is no place: "Peru came to Chile’s aid".
    expect(linked(analyseText('Peru came to Chile’s aid after the flood.'), 'peru', 'chile', ['support'])).toBe(true)
    // "travelled to Peru to meet the Chilean Army": the one met is the other side, not the place.
    const b = analyseText('The minister of Bolivia travelled to Peru to meet representatives of the Chilean Army.')
    expect(linked(b, 'bolivia', 'peru')).toBe(false)
  })

  it('reads firing tear gas at a group as hostility, whoever accuses the one firing', () => {
    const a = analyseText('The police in Lyon have been accused of brutality, including firing tear gas at students. Students marched through Lyon on Monday. Students occupied the town hall. The police closed the square.')
    expect(linked(a, 'police', 'students', ['hostility'])).toBe(true)
  })

  it('reads a conflict a state names ("the Kosovo war") as relating it only to the side its own phrase names', () => {
    expect(linked(analyseText('More than 20 years after the end of the Kosovo war, Serbia rebuilt its army.'), 'kosovo', 'serbia')).toBe(false)
    expect(linked(analyseText('The cost of the Iraq war on American taxpayers worried Canada.'), 'iraq', 'united-states')).toBe(false)
    expect(linked(analyseText('The Iraq war with Iran lasted eight years.'), 'iraq', 'iran', ['hostility'])).toBe(true)
    expect(linked(analyseText('The Iraq war of attrition against Iran lasted eight years.'), 'iraq', 'iran', ['hostility'])).toBe(true)
  })

  it('does not read a cue that modifies a noun as a relation ("war crimes"), unless the compound names the other side', () => {
    expect(linked(analyseText('Ukraine documented war crimes in Russia’s border regions.'), 'ukraine', 'russia')).toBe(false)
    expect(linked(analyseText('Canada extended its sanctions regime against Iran.'), 'canada', 'iran', ['condemnation'])).toBe(true)
  })

  it('reads "exercise" and "deal" as relations only as nouns', () => {
    expect(linked(analyseText('If Spain chose to exercise this option, Portugal would pay the costs.'), 'spain', 'portugal')).toBe(false)
    expect(linked(analyseText('Spain and Portugal held naval exercises.'), 'spain', 'portugal', ['cooperation'])).toBe(true)
  })

  it('seeks a symmetric cue\'s other side elsewhere only when its one side is its own (owner, modifier or complement)', () => {
    expect(linked(analyseText('Germany said the European Commission would meet on Monday.'), 'germany', 'european-commission')).toBe(false)
    expect(linked(analyseText('Chile and Peru signed a trade deal; the agreement was contested by Bolivia.'), 'bolivia', 'chile')).toBe(false)
    expect(linked(analyseText('Washington was pleased with Beijing’s full cooperation.'), 'united-states', 'china', ['cooperation'])).toBe(true)
    expect(linked(analyseText('On a visit to Brazil, the Chilean president praised the plan.'), 'brazil', 'chile', ['dialogue'])).toBe(true)
    expect(linked(analyseText('Chile’s navy escorted Peruvian ships off Lima in a show of solidarity with its ally.'), 'chile', 'peru', ['alliance'])).toBe(true)
  })

  it('reads a relation that a body may weigh as no relation ("may also assess economic cooperation with Chile")', () => {
    expect(linked(analyseText('In its oversight role, the European Union may also assess economic cooperation with Chile.'), 'eu', 'chile')).toBe(false)
    expect(linked(analyseText('The European Union could debate the role of tariffs, and monitor collaboration with Chile.'), 'eu', 'chile')).toBe(false)
    expect(linked(analyseText('The European Union assessed its cooperation with Chile in 2020.'), 'eu', 'chile', ['cooperation'])).toBe(true)
    // A tie someone may pursue or seek is no more made: "Many fear that the EU may pursue a partnership with Chile".
    expect(linked(analyseText('Many Peruvians are concerned that the European Union may pursue a partnership with Chile that would hurt Peru.'), 'eu', 'chile')).toBe(false)
    expect(linked(analyseText('The European Union pursued a partnership with Chile in 2020.'), 'eu', 'chile')).toBe(true)
  })

  it('reads a meeting told elsewhere as no tie even when one actor names whose it is ("after the Commission meeting")', () => {
    expect(linked(analyseText('Chile filed a complaint against the plan after the European Commission meeting.'), 'chile', 'european-commission')).toBe(false)
    expect(linked(analyseText('Chile and Peru met after the Brazil-Argentina talks.'), 'brazil', 'argentina', ['dialogue'])).toBe(true)
  })

  it('reads a place given as an example of a conflict as no side of it ("a conflict such as Sudan")', () => {
    expect(linked(analyseText('Chile warned of an escalation in an ongoing conflict such as Sudan.'), 'chile', 'sudan')).toBe(false)
    expect(linked(analyseText('Chile warned of an escalation in a conflict with Peru.'), 'chile', 'peru', ['hostility'])).toBe(true)
  })

  it('takes no side of a cue from a clause that a comma and a verb open after it ("…, describing them as a gift to X")', () => {
    expect(linked(analyseText('Chile rejected Peru’s efforts to negotiate limits, describing them as a gift to Bolivia.'), 'peru', 'bolivia')).toBe(false)
    expect(linked(analyseText('Chile held talks with Peru, hoping for a lasting deal.'), 'chile', 'peru', ['dialogue'])).toBe(true)
  })

  it('reads rejecting an actor\'s proposal as pressure on it, and rejecting a thing as no relation', () => {
    expect(linked(analyseText('Peru sent a proposal, which Chile rejected.'), 'chile', 'peru', ['pressure'])).toBe(true)
    expect(linked(analyseText('Chile rejected Peru’s request for talks.'), 'chile', 'peru', ['pressure'])).toBe(true)
    expect(analyseText('Chile rejected the proposal in May.').relations).toEqual([])
  })

  it('takes the subject of a verb cue in a clause a subordinator opens from that clause ("since the Senate rejected …")', () => {
    expect(linked(analyseText('Brazil has two vacant seats since the Senate rejected Chile’s nominee.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText('Two seats are vacant since Peru rejected Chile’s nominee.'), 'peru', 'chile', ['pressure'])).toBe(true)
  })

  it('reads a cue whose object is a thing named with a date or a name as acting on no actor ("terminated the November 2024 agreement")', () => {
    expect(analyseText('Minister Lagos returned to Peru and terminated the November 2024 agreement.').relations).toEqual([])
    expect(linked(analyseText('Minister Lagos condemned Chile in November 2024.'), 'lagos', 'chile', ['condemnation'])).toBe(true)
  })

  it('reads an order or a ban on an actor as pressure ("directed Peru to withdraw", "prohibited imports from Argentina")', () => {
    expect(linked(analyseText('President Lagos directed Peru to withdraw its troops.'), 'lagos', 'peru', ['pressure'])).toBe(true)
    expect(linked(analyseText('Brazil prohibited imports from Argentina.'), 'brazil', 'argentina', ['pressure'])).toBe(true)
    expect(analyseText('The film was directed by a Chilean in Peru.').relations).toEqual([])
  })

  it('reads "the People\'s Republic of China" as China, not the Republic of China', () => {
    const a = analyseText("Japan and the People's Republic of China signed a treaty. Japan is large.")
    expect(a.actors.map((x) => x.id)).toEqual(expect.arrayContaining(['japan', 'china']))
    expect(a.actors.map((x) => x.id)).not.toContain('taiwan')
  })

  it('reads the relations of a pair as their tie, and tenuous or fragile relations as tension', () => {
    expect(linked(analyseText('The aid has been a key feature of Chile-Peru economic relations for decades.'), 'chile', 'peru', ['cooperation'])).toBe(true)
    const a = analyseText('Tenuous relations between Chile and Peru were strained last week when a Peruvian ship entered Chilean waters.')
    expect(linked(a, 'chile', 'peru', ['tension'])).toBe(true)
    expect(linked(a, 'chile', 'peru', ['cooperation'])).toBe(false)
  })

  it('relates no one outside a deal noun whose own phrase names its parties, and reads a settlement as no cooperation', () => {
    const lead = 'The Harbour Commission is a regulator. Orbis Holdings is a firm. Acme Ltd is a firm. '
    // Its owner ("Mars, Incorporated’s") is no actor: the regulator reviewing the deal is no party to it.
    expect(linked(analyseText(lead + 'Today the Harbour Commission ended its review of Mars, Incorporated’s proposed acquisition of Orbis Holdings.'), 'harbour-commission', 'orbis-holdings')).toBe(false)
    // "of X by Y": X and Y are the parties.
    const byAgent = analyseText(lead + 'The Harbour Commission modified an order involving the acquisition of Orbis Holdings by a subsidiary of Acme Ltd.')
    expect(linked(byAgent, 'harbour-commission', 'orbis-holdings')).toBe(false)
    expect(linked(byAgent, 'orbis-holdings', 'acme-ltd', ['cooperation'])).toBe(true)
    expect(linked(analyseText(lead + 'Orbis Holdings has agreed to settle the Harbour Commission’s charges that it misled buyers.'), 'orbis-holdings', 'harbour-commission', ['cooperation'])).toBe(false)
    // An actor's own deal still relates it: "Acme Ltd’s acquisition of Orbis Holdings".
    expect(linked(analyseText(lead + 'Acme Ltd’s proposed acquisition of Orbis Holdings would combine the two largest firms.'), 'acme-ltd', 'orbis-holdings', ['cooperation'])).toBe(true)
  })

  it('reads "antitrust" as pressure only where it names an action, not what a body or a talk is about', () => {
    expect(linked(analyseText('Chile has held regular antitrust consultations with Peru since the 1970s.'), 'chile', 'peru', ['pressure'])).toBe(false)
    expect(linked(analyseText('Chile filed an antitrust lawsuit against Peru in May.'), 'chile', 'peru', ['pressure'])).toBe(true)
  })

  it('reads a claim verb right after the main verb\'s object as said by the subject, of that object ("sued X alleging that …")', () => {
    const text = 'Chile is large. Ana Vale is a trader. In June 2024, Chile filed suit against Ana Vale alleging that she falsely guaranteed profits. Vale denied it.'
    const a = analyseText(text)
    expect(linked(a, 'chile', 'ana-vale', ['condemnation'])).toBe(true)
    expect(a.relations.some((r) => r.from === 'ana-vale' && r.to === 'chile')).toBe(false)
  })

  it('reads the agent of a passive cue past the title before the name ("criticized by Japanese Foreign Minister Nobutaka Machimura")', () => {
    const text = 'Chile has been criticized by Peruvian Foreign Minister Ana Vale for its new tariffs. Peru is large. Chile is large. Vale spoke.'
    expect(linked(analyseText(text), 'ana-vale', 'chile', ['condemnation'])).toBe(true)
  })

  it('reads a move to block or challenge an actor\'s deal as pressure on that actor, only where the cue is a verb', () => {
    expect(linked(analyseText('Brazil moved to block Chile’s proposed purchase of a port.'), 'brazil', 'chile', ['pressure'])).toBe(true)
    expect(linked(analyseText('Brazil challenged Chile’s tariffs before the panel.'), 'brazil', 'chile', ['pressure'])).toBe(true)
    expect(linked(analyseText('Brazil faces a challenge as Chile grows.'), 'brazil', 'chile')).toBe(false)
  })

  it('reads "license" as a relation only as a verb ("licensed its technology to X", not "issued licenses to X")', () => {
    expect(linked(analyseText('Norway issued exploration licenses to Chile in 1990.'), 'norway', 'chile')).toBe(false)
    expect(linked(analyseText('Norway licensed its drilling technology to Chile.'), 'norway', 'chile', ['cooperation'])).toBe(true)
  })

  it('reads a choice of a partner as cooperation, and an order as pressure, only where the cue is a verb', () => {
    expect(linked(analyseText('Japan selected France to build its submarines.'), 'japan', 'france', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Brazil hired India to advise its central bank.'), 'brazil', 'india', ['cooperation'])).toBe(true)
    expect(linked(analyseText('The court ordered Peru to pay Chile.'), 'peru', 'chile', ['pressure', 'cooperation'])).toBe(false)
    expect(linked(analyseText('Canada, Japan and Norway administer the program for selected categories.'), 'canada', 'japan', ['cooperation'])).toBe(false)
  })

  it('does not reach across a clause a pronoun subject opens ("work with our partners as we condemn X")', () => {
    const a = analyseText('Peru will work with its allies and partners as we condemn the actions of Chile.')
    expect(linked(a, 'peru', 'chile', ['cooperation', 'alliance'])).toBe(false)
    const b = analyseText('Peru will cooperate with Chile as they condemn Bolivia.')
    expect(linked(b, 'peru', 'chile', ['cooperation'])).toBe(true)
    expect(linked(b, 'peru', 'bolivia', ['cooperation'])).toBe(false)
  })

  it('does not reach the owner of the next clause’s subject ("…, and Chile’s army attacked two towns")', () => {
    const a = analyseText('Peru’s agents hacked three firms, and in later years Chile’s army attacked two towns.')
    expect(linked(a, 'peru', 'chile')).toBe(false)
  })

  it('reads "we" in a body’s own statement as that body, and only there', () => {
    const statement =
      'Peru’s Actions on the Border\n\nPeru condemns the violence on the border. Peru will continue to work with its partners as we condemn the actions of Chile. We call on Bolivia to end the blockade. Peru has restricted trade across the border.'
    const a = analyseText(statement)
    expect(linked(a, 'peru', 'chile', ['condemnation'])).toBe(true)
    expect(linked(a, 'peru', 'bolivia', ['pressure'])).toBe(true)
    // Authors speaking of their research: their "we" is no actor.
    const study = analyseText(
      'Border trade\n\nPeru condemns the violence on the border. Peru will continue to work with its partners. We surveyed traders as we condemn the actions of Chile. Peru has restricted trade.',
    )
    expect(linked(study, 'peru', 'chile')).toBe(false)
    // A headline that reports a plan ("Peru to join …") is no statement of Peru's own.
    const report = analyseText(
      'Peru to join the trade pact\n\nPeru will sign the pact in May. Peru expects large gains. We welcome the move as we condemn the actions of Chile. We will watch the talks closely.',
    )
    expect(linked(report, 'peru', 'chile')).toBe(false)
    // "US" in capitals is the state, not the pronoun.
    const news = analyseText('Border news\n\nPeru condemns the violence. Peru said the US would act, as Chile condemned Bolivia. Peru has restricted trade.')
    expect(linked(news, 'peru', 'bolivia')).toBe(false)
  })

  it('reads "we" as the actor whose sentence the next one goes on with "We" ("The United Kingdom will not look away. We will stand …")', () => {
    const a = analyseText(
      'A minister writes on the border\n\nWe believe in freedom. Look at what is happening on the border. Peru will not look away. We will stand with our allies. We were the first country to put sanctions on Chile. Bolivia has a clear responsibility here.',
    )
    expect(linked(a, 'peru', 'chile', ['condemnation', 'pressure'])).toBe(true)
    // Two actors so continued: whose "we" it is stays open.
    const b = analyseText(
      'A minister writes on the border\n\nWe believe in freedom. Peru will not look away. We will stand with our allies. Norway will not look away either. We were the first country to put sanctions on Chile.',
    )
    expect(linked(b, 'peru', 'chile')).toBe(false)
  })

  it('reads the writer’s "our" before a noun of its own act as the writer ("our cooperation with Chile"), not before its partners', () => {
    const text = (act: string) => `A minister writes on the border\n\nWe believe in freedom. Peru will not look away. We will stand with Norway. The agency can count on our full support, including through ${act}.`
    const a = analyseText(text('our cooperation with Chile and Bolivia'))
    expect(linked(a, 'peru', 'chile', ['cooperation'])).toBe(true)
    expect(linked(a, 'peru', 'bolivia', ['cooperation'])).toBe(true)
    // "our partners" names others: the partners, not the writer, are the party.
    expect(linked(analyseText(text('our partners in Chile')), 'peru', 'chile')).toBe(false)
  })

  it('reads "between A and president B" as both sides, and no sides where a common noun names them ("between the opposing segment of the Assembly and president Morales")', () => {
    const pre = 'President Morales criticised the OAS. Morales spoke again. '
    expect(linked(analyseText(pre + 'The OAS will weigh this conflict between the National Assembly and president Morales.'), 'national-assembly', 'morales', ['hostility', 'tension'])).toBe(true)
    const a = analyseText(pre + 'At the end it will be them, as indicated by secretary Ana Tello of the OAS, that will have the last word in this power conflict between the opposing segment of the National Assembly and president Morales.')
    expect(a.relations.filter((r) => r.source.includes('p1.s3'))).toEqual([])
  })

  it('reads a defendant’s guilty plea, in a release a body announces, as that body pressing the defendant ("Acme Corp. pleaded guilty to …")', () => {
    const a = analyseText('Price Fixing Cases\n\nThe Department of Justice announced today the results of a series of cases. On Dec. 15, 2008, Acme Corp. pleaded guilty to fixing the prices of panels sold to Brightmart Ltd. Acme Corp. is based in Norvale.')
    expect(linked(a, 'department-of-justice', 'acme-corp', ['pressure'])).toBe(true)
    // With no one issuing the text, a plea presses no one named.
    expect(analyseText('Acme Corp. pleaded guilty to fixing the prices of panels sold to Brightmart Ltd. Acme Corp. is based in Norvale.').relations).toEqual([])
  })

  it('reads the filing of a criminal information against a company as pressure on it', () => {
    const a = analyseText('U.S. Attorney Jane Roe today announced the filing of a criminal information against Acme Corp. for promoting its drug. Acme Corp. is based in Norvale. Jane Roe spoke later.')
    expect(linked(a, 'jane-roe', 'acme-corp', ['pressure'])).toBe(true)
  })

  it('ties no actor named before a common-noun subject to the one its verb meets ("Under this tense environment between Chile and the OAS, opposition deputies met with …")', () => {
    const a = analyseText(
      'President Morales criticised the OAS. Morales spoke again. Under this tense environment between President Morales and the OAS, on January 12th opposition deputies met in Washington DC with the executive Secretary of the Inter-American Commission on Human Rights of the Organization of American States, Ana Tello, and with the Secretary General of the organization, Pedro Ruiz.',
    )
    expect(a.relations.filter((r) => r.kind === 'dialogue')).toEqual([])
    expect(linked(analyseText('Chilean officials met with Peru on Monday.'), 'chile', 'peru', ['dialogue'])).toBe(true)
  })

  it('reads a war an owner wages "in" a state as waged on that state, not on the one who speaks of it ("Russia’s war in Ukraine")', () => {
    const a = analyseText('A minister writes\n\nWe believe in freedom. Peru will not look away. We will stand with Norway. We must recognise that challenges from the pandemic to Chile’s illegal war in Bolivia have shown the need to work together.')
    expect(linked(a, 'chile', 'bolivia', ['hostility'])).toBe(true)
    expect(linked(a, 'chile', 'peru')).toBe(false)
  })

  it('reads "we" as the actor that speaks so itself, not as the owner a headline names ("Chile’s Crackdown on …")', () => {
    const a = analyseText(
      'Chile’s Crackdown on Bolivian Traders\n\nPeru calls on Chile to end its crackdown on traders. Chilean police are detaining Bolivian traders at the border. Chilean officials are seizing their goods. Chilean courts have ignored the abuses. Peru and our partners will not be silent. We are supporting Bolivian efforts to record the abuses.',
    )
    expect(linked(a, 'chile', 'bolivia', ['support'])).toBe(false)
    expect(linked(a, 'peru', 'bolivia', ['support'])).toBe(true)
  })

  it('reads no support in aid held back ("restrictions on assistance to X")', () => {
    const a = analyseText('Peru imposed restrictions on economic and security assistance to Chile.')
    expect(linked(a, 'peru', 'chile', ['pressure'])).toBe(true)
    expect(linked(a, 'peru', 'chile', ['support'])).toBe(false)
  })

  it('reads the names a colon lists after a cue’s object as its members ("selected two providers: Peru, …"), not places', () => {
    const chosen = analyseText('Chile selected two mine operators: Peru, using its state miner, and Bolivia, using a private one.')
    expect(linked(chosen, 'chile', 'peru', ['cooperation'])).toBe(true)
    // Over the participle aside after the first name, the list goes on.
    expect(linked(chosen, 'chile', 'bolivia', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Chile signed cooperative agreements for ports in 3 regions: Lima, Tacna and Arica.'), 'chile', 'peru')).toBe(false)
  })

  it('reads a receiving cue in the passive from its agent ("Chile was supported by Peru", "opposed by")', () => {
    const a = analyseText('Chile was supported by Peru throughout the long border dispute.')
    expect(a.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'support')).toBe(true)
    const b = analyseText('Chile was opposed by Peru in the vote. Chile, opposed by Ecuador, left the bloc. The treaty was opposed by Bolivia.')
    expect(b.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'condemnation')).toBe(true)
    expect(b.relations.some((r) => r.from === 'ecuador' && r.to === 'chile' && r.kind === 'condemnation')).toBe(true)
    expect(b.relations.some((r) => r.from === 'bolivia' || r.to === 'bolivia')).toBe(false)
  })

  it('reads a passive\'s agent whose name begins with an adjective ("backed by the African Union"), not a lone demonym', () => {
    expect(rel('Comoros, backed by African Union forces, invaded the island.')).toContain('african-union support comoros')
    expect(rel('Chile was supported by the African Union throughout the dispute.')).toContain('african-union support chile')
    // A demonym before a noun that names no actor is still no agent.
    expect(rel('Peru could be sued by the French Justice for libel.')).toEqual([])
  })

  it('reads a passive with "being" after a noun as acting on that noun\'s people, and a giver only right after "from"', () => {
    // The reporters were detained, not the state that reported it.
    expect(rel('Chile highlighted two incidents involving radio reporters being detained by Peru.')).toEqual([])
    expect(rel('Peru protested against Chile being criticised by Bolivia.')).toContain('bolivia condemnation chile')
    // The support sought is from "international entities"; Brazil, named later, gives none.
    expect(rel('Venezuela is looking for support from international entities and expects a reaction from Brazil.')).toEqual([])
    expect(rel('Peru received support from the United States during the floods.')).toContain('united-states support peru')
  })

  it('reads designating, standing with and imposing costs on as relations ("the Department is designating X", "stands with Y")', () => {
    expect(rel('The United States is designating Juan Perez of Chile and two of his companies.')).toContain('united-states pressure juan-perez')
    expect(rel('Peru stands with Chile in the dispute.')).toContain('peru support chile')
    expect(rel('Peru and Ecuador are resolved to continue imposing costs on Bolivia.')).toEqual(expect.arrayContaining(['peru pressure bolivia', 'ecuador pressure bolivia']))
  })

  it('reads a social media platform named after "on" or before a noun as where someone speaks, no side ("criticized the decision on Twitter")', () => {
    expect(rel('Brett McGurk, a former envoy of the United States, also criticized the decision on Twitter.')).toEqual([])
    expect(rel('The Development Network of Africa asks on Twitter why Kenya needs foreign oil firms.')).toEqual([])
    // The platform's company is a side when it is acted on.
    expect(rel('Chile ordered TikTok to divest its local business.')).toContain('chile pressure tiktok')
  })

  it('reads the object of "urged" before its infinitive as the one pressed ("urged companies to stop buying Chilean copper" presses no state)', () => {
    expect(rel('Peru urged companies to stop buying Chilean copper.')).toEqual([])
    expect(rel('CISA urges organizations to implement Microsoft’s newly released guidance.')).toEqual([])
    expect(rel('Peru urged Chile to stop buying copper.')).toContain('peru pressure chile')
    expect(rel('Peru imposed sanctions on companies to punish Chile.')).toContain('peru condemnation chile')
  })

  it('reads threats that partners work to identify or mitigate as no hostility between them', () => {
    expect(rel('Peru is working with Chile to identify additional threats.')).toEqual(['chile cooperation peru'])
    expect(rel('Peru and Chile will mitigate threats together.')).not.toContain('peru hostility chile')
  })

  it('reads an actor after "according to" as the source of the report, no side of it, unless the cue is in its own phrase', () => {
    expect(rel('According to Reuters the company decided to donate the revenue made from Chile to charity.')).toEqual([])
    expect(rel('The vaccine protected the animals, according to Peru’s health ministry scientists and Chile’s university collaborators.')).toContain('chile cooperation peru')
  })

  it('reads an owned act that someone judges as the owner\'s, aimed at no one but its own phrase\'s target ("Peru protested Chile\'s arrest of Bolivian journalists")', () => {
    expect(rel('Peru protested Chile’s arrest of Bolivian journalists.')).toEqual(['peru condemnation chile'])
    expect(rel('At the UN on Friday, more than 80 members voted for a resolution condemning Russia’s aggression.')).not.toContain('russia hostility un')
    expect(rel('The UN condemned Russia’s aggression against Georgia.')).toEqual(expect.arrayContaining(['un condemnation russia', 'russia hostility georgia']))
  })

  it('reads not recognising another as tension ("Cyprus, which Turkey does not recognize", "refused to recognise")', () => {
    expect(rel('The leaders met, with the exception of Cyprus, which Turkey does not recognize.')).toContain('cyprus tension turkiye')
    expect(rel('Peru does not formally recognise Chile’s claim to the islands.')).toContain('chile tension peru')
    expect(rel('Peru refused to recognize Chile’s new government.')).toContain('chile tension peru')
    // Recognising is no tension.
    expect(rel('Peru recognised Chile’s claim to the islands.')).toEqual([])
  })

  it('reads suspending another\'s account or permit as pressure ("Twitter suspended one of Anonymous\' accounts")', () => {
    expect(rel('On Wednesday, Peru suspended one of Chile’s most used accounts.')).toContain('peru pressure chile')
  })

  it('reads acting on behalf of another as support, and a place after a word of direction as a place ("in Southern California")', () => {
    expect(rel('Chile processed payments on behalf of Peru.')).toContain('chile support peru')
    // California is where the laboratory is, no side of what it does.
    expect(rel('California sued NASA last year. The laboratory in Southern California manages the program on behalf of NASA.')).toEqual(['california pressure nasa'])
  })

  it('reads phone calls as dialogue ("Obama phoned Netanyahu", "A and B spoke on the phone")', () => {
    expect(rel('Peru’s president phoned Chile’s president on Sunday to reassure him.')).toContain('chile dialogue peru')
    expect(rel('Peru and Chile spoke on the phone on Sunday.')).toContain('chile dialogue peru')
  })

  it('reads "complicit with" as cooperation ("Dhillon was allegedly complicit with Veldhuis")', () => {
    expect(rel('Jane Roe was allegedly complicit with John Doe and his associates.')).toContain('jane-roe cooperation john-doe')
  })

  it('knows well-known international bodies by name and acronym (UNESCO, UNICEF, the OAS, ECOWAS)', () => {
    expect(rel('UNESCO criticised Greece over the plan.')).toContain('unesco condemnation greece')
    expect(rel('ECOWAS imposed sanctions on Mali.')).toContain('ecowas condemnation mali')
    const a = analyseText('The United Nations Educational, Scientific and Cultural Organization (UNESCO) said the site belongs to humanity. UNESCO will review it.')
    expect(a.actors.map((x) => x.name)).toEqual(['UNESCO'])
  })

  it('does not read a cue inside a name as a relation ("Joint Trade Statements", "the Secretary of War")', () => {
    expect(linked(analyseText('The president issued Joint Trade Statements with Thailand and Vietnam.'), 'thailand', 'vietnam')).toBe(false)
    expect(linked(analyseText('Thailand and Vietnam issued joint statements.'), 'thailand', 'vietnam', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Canada’s Secretary of War met Mexico’s minister.'), 'canada', 'mexico', ['hostility'])).toBe(false)
  })

  it('does not read "the second world war" as hostility between the actors around it', () => {
    const a = analyseText('France never apologised for its conduct in Algeria during the second world war.')
    expect(linked(a, 'algeria', 'france')).toBe(false)
  })
})

describe('actors: a state naming whose an office or a place is', () => {
  it('does not make a state of a demonym before people acting on their own ("Albanian supporters of Russia")', () => {
    const a = analyseText('Albanian supporters of Russia protested in Tirana.')
    expect(linked(a, 'albania', 'russia')).toBe(false)
    expect(linked(analyseText('Albanian troops supported Russia.'), 'albania', 'russia', ['support'])).toBe(true)
  })

  it('ties "the U.S. Maritime Commission" to the United States without making the state a side', () => {
    const a = analyseText('The U.S. Maritime Commission sued France over its port rules. The Maritime Commission said so. The United States agreed.')
    expect(a.actors.find((x) => x.name === 'U.S. Maritime Commission')?.affiliation).toBe('united-states')
    expect(linked(a, 'u-s-maritime-commission', 'france', ['pressure'])).toBe(true)
    expect(linked(a, 'united-states', 'france')).toBe(false)
  })

  it('finds no actor "Columbia" in "the District of Columbia"', () => {
    const a = analyseText(
      'Prosecutors from 30 states and the District of Columbia sued the firm. The District of Columbia joined later. Officials of the District of Columbia said so. Courts in the District of Columbia agreed.',
    )
    expect(a.actors.filter((x) => /Columbia/.test(x.name))).toEqual([])
  })
})

describe('events: what a timeline holds', () => {
  it('reads a date after "before" or "until" as a bound of a period, not the time of an event', () => {
    const a = analyseText('Before 2013, divers rarely saw urchins. Until 2020, the firm was the largest seller. In 2021, the firm collapsed.')
    expect(a.events.map((e) => e.date)).toEqual(['2021'])
  })

  it('keeps one event told twice, in a summary and in its own paragraph: the one with the more precise date', () => {
    const a = analyseText(
      'In 2024, the regulator issued a final rule on merger filings. Critics objected at once.\n\nIn October 2024, the regulator issued a final rule on merger filings after long consultations.\n\nIn 2025, a court struck the rule down.',
    )
    expect(a.events.map((e) => e.date)).toEqual(['2024-10', '2025'])
  })

  it('reads a quantity measured in a year as a figure, not an event; keeps an act with an amount', () => {
    const a = analyseText(
      'In 2024, concerts in Canada had about 122 million attendees. In 2025, revenue from online ticket sales was $12.5 billion. In 2025, the firm averaged about $8.91 per ticket. In 2026, the regulator fined the firm $5 million.',
    )
    expect(a.events.map((e) => e.date)).toEqual(['2026'])
  })

  it('reads a change in a measured figure ("the deficit reached $1.2 trillion in 2023") as a figure, not an event', () => {
    const a = analyseText('In 2023, the trade deficit reached $1.2 trillion. Prices rose 8% in 2022. In 2021, the ministry raised the tariff to 25%. Measured by weight, the region accounted for over 20% of imports in 2025.')
    expect(a.events.map((e) => e.date)).toEqual(['2021'])
  })

  it('keeps a target after publication ("double exports by 2030") off the timeline', () => {
    const a = analyse(ingest('March 3, 2025\n\nThe ministry expects to double exports by 2030. The minister will visit Ottawa on 10 April.', { format: 'text' }))
    expect(a.events.map((e) => e.date)).toEqual(['2025-04-10'])
  })

  it('dates a yearless day just after publication in the coming days, not a year back ("the April 11 meeting")', () => {
    const a = analyse(ingest('April 9, 2026\n\nIran conditioned the April 11 meeting on a ceasefire. The envoy visited Cairo on May 20.', { format: 'text' }))
    expect(a.events.map((e) => e.date)).toEqual(['2025-05-20', '2026-04-11'])
  })

  it('reads a date that names a thing ("terminated the November 2024 contract") as no time of the event, unless the thing happened then', () => {
    const a = analyseText('The minister terminated the November 2024 contract. The court vacated the February 19 and April 21 letters. Claude was used in the January 2026 operation to capture the president.')
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2026-01 the January 2026 operation to capture the president'])
  })

  it('tells an event whose subject is a list ending ", and …" by its whole sentence (its leading date left out), and a named event with nothing after its noun not at all', () => {
    const a = analyseText('On November 21, 2024, FHWA, the New York State DOT, the TBTA, and the New York City DOT signed a cooperative agreement. The Secretary later terminated the November 2024 agreement.')
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2024-11-21 FHWA, the New York State DOT, the TBTA, and the New York City DOT signed a cooperative agreement'])
  })

  it('puts no author\'s own argument ("I argued in 2025 that …") and no date a record is measured from ("the strongest since 1900") on the timeline', () => {
    // (Nor a step of the authors' method, "We conducted a survey …"; what they did in public stays.)
    const a = analyseText('In 2025, I argued that lasting peace would require a new government. The second quake was the strongest to hit the region since 1900. We conducted a survey of 2,000 adults in May 2024. We published the survey in June 2024.')
    expect(a.events.map((e) => e.text)).toEqual(['We published the survey'])
  })

  it('tells a date a past participle takes as that participle’s act on its noun ("equalling a rainfall record set in 2011" → "A rainfall record was set")', () => {
    const a = analyseText('Rainfall in the valley on Monday equalled a regional rainfall record set in 2011. Built in 1932 on the river bank, the old mill has long been a landmark. The Harbour Act, passed in 1998, governs the port. The museum, which opened in 2004, closed last year.')
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['1932 the old mill was built', '1998 The Harbour Act was passed', '2004 The museum opened', '2011 a regional rainfall record was set'])
  })

  it('tells a participle opened by an adverb ("First held on April 22, 1970, Earth Day …" → "Earth Day was first held"), and no day a verb takes as its object ("Organizers selected April 22")', () => {
    const a = analyseText('First held on April 22, 1970, Harbour Day is marked each year. Organizers selected April 22, a weekday before the exams. Starting August 1, 2025, the ministry imposed new tariffs on imports.')
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['1970-04-22 Harbour Day was first held', '2025-08-01 the ministry imposed new tariffs on imports'])
  })

  it('reads a clause whose subject is a share of a group or a count of thousands in a year as a statistic, not an event ("2% of farmers claimed the grant in 2022")', () => {
    const a = analyseText('About 2% of farmers claimed the grant in 2022. Roughly half (4,000) carried the grant forward to 2023, while 3,500 used it in 2022. More than 1.5 million households bought heat pumps in 2022. In 2019, 40 countries signed the accord. From 1990, the majority Albanian population was excluded from office.')
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['1990 the majority Albanian population was excluded from office', '2019 40 countries signed the accord'])
  })

  it('reads many doers with a large total after the verb in a whole year as the year\'s total, not an event ("In 2024, shoppers spent more than $80 billion …")', () => {
    const a = analyseText('In 2024, grocery shoppers spent more than $80 billion on imported fruit. Farm actions led to 12,000 new jobs in 2023. In 2024, the ministry paid $2 million to the growers.')
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2024 the ministry paid $2 million to the growers'])
  })

  it('tells an event a noun phrase names by that phrase when its clause tells no event of its date ("could bring an inquiry into the March 3 riots", "since the founding of the league in 1920")', () => {
    const a = analyse(ingest('April 9, 2026\n\nThe vote could bring a new inquiry into the March 3 riots. The two clubs have played each other since the founding of the league in 1920. Historians have been quick to point to comparisons with the revolution of 1848.', { format: 'text' }))
    expect(a.events.map((e) => e.text)).toEqual(['the revolution of 1848', 'the founding of the league', 'the March 3 riots'])
  })

  it('tells a relative clause that holds the date of its noun ("replaced a ferry that was damaged in a storm in 2019" → "a ferry was damaged in a storm")', () => {
    const a = analyse(ingest('April 9, 2026\n\nThe island bought a new boat to replace a ferry that was damaged in a storm in 2019.', { format: 'text' }))
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2019 a ferry was damaged in a storm'])
  })

  it('reads a subject of none ("no new money has been paid since March 2025") as a negation: nothing happened on the date', () => {
    const a = analyse(ingest('April 9, 2026\n\nThe ledgers show that no new money has been paid into the fund since March 2025. The council paid the first grant in May 2025.', { format: 'text' }))
    expect(a.events.map((e) => e.date)).toEqual(['2025-05'])
  })

  it('puts no sentence on the timeline in which the article says what it holds ("This brief reviews the fund’s loans from 1990 to 2020")', () => {
    const a = analyse(ingest('April 9, 2026\n\nThis brief reviews the fund’s loans to member states from 1990 to 2020. The fund made its first loan in 1991.', { format: 'text' }))
    expect(a.events.map((e) => e.date)).toEqual(['1991'])
  })

  it('dates a yearless month, with no publication date, from the latest date told to its month, never from a bare year looked back to', () => {
    const looking = analyseText('The capital was hit hardest in 1967, when the last major quake struck it. The envoy arrived in the capital in January to reopen the embassy.')
    expect(looking.events.map((e) => e.date)).not.toContain('1968-01')
    const story = analyseText('The minister resigned in 2015 over the scandal. In December 2015, the army tested a new missile. The navy sailed into the strait on 6 January.')
    expect(story.events.map((e) => e.date)).toContain('2016-01-06')
  })

  it('gives a yearless day the year the article printed it with, and reads "no earlier than" as a bound', () => {
    const a = analyse(
      ingest('April 15, 2026\n\nOn February 19, 2025, the Secretary terminated the agreement. The agencies sued the same day, February 19. Tolling may begin no earlier than December 31, 2020.', { format: 'text' }),
    )
    expect(a.events.map((e) => e.date)).toEqual(['2025-02-19', '2025-02-19'])
  })

  it('describes an event after a leading time its date completes ("In early November 2024, …")', () => {
    const a = analyseText('In early November 2024, the governor revived the program.')
    expect(a.events.map((e) => e.text)).toEqual(['the governor revived the program'])
  })

  it('does not date a clause in the present by "today", wherever "today" stands', () => {
    const a = analyse(ingest('March 3, 2025\n\nWe tracked eleven behaviours to build a baseline for how people use the tools today. The court ruled against the firm today.', { format: 'text' }))
    expect(a.events.map((e) => e.text)).toEqual(['The court ruled against the firm'])
  })

  it('puts on the timeline only texts that tell an act: a verb, an event noun or someone’s act, not a bare phrase', () => {
    const a = analyseText(
      'The panel met twice; with data spanning December 2024. Relations were marked by crises, such as the Uri attack in 2016. North Korea’s nuclear test in 2013 alarmed Seoul. Heat waves, like the one occurring in 2025, will recur. By the end of 2023, the firm had collapsed.',
    )
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual([
      '2013 North Korea’s nuclear test',
      '2016 the Uri attack',
      '2023 the firm had collapsed',
      '2025 Heat waves, like the one occurring',
    ])
  })

  it('reads a short telling ("which was modified in 2020") as the same event as a full one of that date', () => {
    const a = analyseText(
      'The states sued over the consent decree, which was modified in 2020.\n\nThe ministry filed a motion to modify the consent decree in 2020.\n\nIn May and June 1968, the party condemned the students.\n\nCommentators compared it with the events of May and June 1968, when workers struck.',
    )
    // (The relative clause is told of its noun, "the consent decree was modified": one event either way.)
    expect(a.events.filter((e) => e.date === '2020').map((e) => e.text)).toEqual([expect.stringMatching(/filed a motion|consent decree was modified/)])
    // Two tellings of May and June 1968 (dated by the first month) stay two.
    expect(a.events.filter((e) => e.date === '1968-05')).toHaveLength(2)
  })

  it('dates "In May and June 1968" by its first month, with the event after it, and labels the two months', () => {
    const a = analyseText('In May and June 1968, the party condemned the students. Voters go to the polls in April and May 2027.')
    expect(a.events.map((e) => [e.date, e.label])).toEqual([
      ['1968-05', 'May–Jun 1968'],
      ['2027-04', 'Apr–May 2027'],
    ])
    expect(a.events[0]!.text).toBe('the party condemned the students')
  })

  it('dates a period "from July 2015 to January 2026" once, by its start, labelled with both ends', () => {
    const a = analyseText('The agency published twelve audits of the port from July 2015 to January 2026.')
    expect(a.events.map((e) => [e.date, e.label])).toEqual([['2015-07', 'Jul 2015–Jan 2026']])
  })

  it('dates an event a possessed noun names by the clause’s verb, and gives "late October" the year of the span it opens', () => {
    const a = analyseText('The army’s capture of the port in October 2025 marked a major shift in the war. Researchers estimate that at least 600 people were killed during and after the siege of the town between late October and the end of December 2024.')
    expect(a.events.map((e) => e.date)).toEqual(['2024-10', '2025-10'])
  })

  it('leaves out a date whose clause tells a state, a description or a possibility, not an act (the verb’s tense and aspect)', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Trade\ndate: 2026-03-02\n---\n\nExports to Chile have been falling since 2021. The two ministries have not met since January 2022. The old levy has been in place since 1990. The survey in this chapter covers 4,000 farms from May 2025. The new port would allow larger ships to dock in 2030. The board approved the port in 2023. The ministry has signed six treaties since 2019.\n',
        { name: 'trade.md' },
      ),
    )
    // "has signed six treaties since 2019": events counted since a date are a tally, none of them on it (isTally).
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2023 The board approved the port'])
  })

  it('judges the verb of the clause the date stands in: after "since" or "who", past an aside, not a participle’s', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Courts\ndate: 2026-03-02\n---\n\nOne seat is still empty since the senate rejected the nominee in 2024. On 4 June 2025, the minister, who is using a second title, sent a letter to the court. The fund builds on the grant we announced in May 2025. Parliament passed the Clean Rivers Act, enacted in 2011, if certain conditions are met.\n',
        { name: 'courts.md' },
      ),
    )
    expect(a.events.map((e) => e.date)).toEqual(['2011', '2024', '2025-05', '2025-06-04'])
  })

  it('keeps the present of what is to come and of an act done as it is told, and the date of an event a noun names', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Plans\ndate: 2026-03-02\n---\n\nThe minister faces a second trial later this year. When she leaves office on December 31, the treaty lapses. On 2 March 2026, we are announcing a partnership with the port. I remember a meeting sometime in 2018 with the minister.\n',
        { name: 'plans.md' },
      ),
    )
    expect(a.events.map((e) => e.date)).toEqual(['2018', '2026', '2026-03-02', '2026-12-31'])
  })

  it('leaves out a figure or a change over a span of time, whatever verb the event text starts with, keeps an act with a figure', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Figures\ndate: 2026-03-02\n---\n\nExports to Peru increased from $3.1 billion in 2010 to $9.4 billion in 2024. The share of farms sampled by the survey was 24% in November 2025. Chile ranked second among buyers in 2025. Fruit sales grew between August and November 2025. In 2024, the ministry imposed a 10% levy on imports.\n',
        { name: 'figures.md' },
      ),
    )
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2024 the ministry imposed a 10% levy on imports'])
  })

  it('leaves out a habit or what was going on dated by a year ("regularly reported … in 1965", "were shrinking"), keeps the act of that year', () => {
    const a = analyseText('In 1965, the bureau regularly reported three balances. Since 1970, the two states have periodically held talks. In 1972, reserves were shrinking fast. In 1976, the bureau ceased reporting them.')
    expect(a.events.map((e) => e.date)).toEqual(['1976'])
  })

  it('dates "yesterday", "three days ago", "last year" from the publication and "the following year" from the year told last (not "the year after" what "after" takes)', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Dates\ndate: 2026-03-10\n---\n\nYesterday, the senate passed the budget. Three days ago, the minister resigned. The court fined the firm last year. The party won the vote in 2019 and he became premier the following year. Six months ago, the agency opened an office. The firm will repay the grant within the year after the order is entered.\n',
        { name: 'dates.md' },
      ),
    )
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual([
      '2019 The party won the vote',
      '2020 he became premier',
      '2025 The court fined the firm',
      '2025-09 the agency opened an office',
      '2026-03-07 the minister resigned',
      '2026-03-09 the senate passed the budget',
    ])
  })

  it('leaves out a date a figure is compared with or a state holds at ("compared to a year ago", "as of April 9"), and "in the last month"', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Dates\ndate: 2026-04-10\n---\n\nThe share of exports remains higher compared to a year ago. The two sides appear to disagree as of April 9. Readers who learned of it in the last month were surprised. The envoy resigned on April 8.\n',
        { name: 'dates.md' },
      ),
    )
    expect(a.events.map((e) => e.date)).toEqual(['2026-04-08'])
  })

  it('dates "this November" in the year of publication, drops a target "by the end of" a year not over, and notes on sources or figures', () => {
    const a = analyse(
      ingest(
        '---\ntitle: Plans\ndate: 2025-10-14\n---\n\nThe forum holds its next event in London this November. The school hopes to reach 100 towns by the end of 2025. Sources: the agency’s database, accessed on October 1, 2025. Figure 2 compares sales in May 2025 with sales in June. The board approved the plan in May 2025.\n',
        { name: 'plans.md' },
      ),
    )
    expect(a.events.map((e) => `${e.date} ${e.text}`)).toEqual(['2025-05 The board approved the plan', '2025-11 The forum holds its next event in London'])
  })

  it('takes no decade for a year ("in the late 1990s", "the 2030s")', () => {
    expect(analyseText('Growth returned to the rates of the late 1990s. The navy will buy submarines in the 2030s.').events).toEqual([])
  })

  it('reads a date after "of" as the time of an event only when the noun before it names an event or a time', () => {
    const a = analyseText(
      'The posters have evoked the spirit of May 1968. The city was poorly equipped for the changing social norms of the 1960s. It dates back to the revolution of 1789. By the end of 2023, the firm had collapsed.',
    )
    expect(a.events.map((e) => e.date)).toEqual(['1789', '2023'])
  })

  it('tells one statement once when it holds two dates ("What began in September … in France today")', () => {
    const a = analyse(
      ingest('---\ntitle: Protests\ndate: 2026-10-07\n---\n\nWhat began in September as a demonstration in the suburbs has escalated into wider protests about the conditions facing young people in France today.\n', { name: 'p.md' }),
    )
    expect(a.events.map((e) => e.date)).toEqual(['2026-09'])
  })

  it('reads an opening summary and one later telling by one actor in one month as one event, citing both sentences', () => {
    const a = analyseText(
      [
        'In 2024, the regulator adopted a final rule on filings. A federal district court vacated that rule in February 2026.',
        'Filings are long.',
        'Lawyers complain.',
        'Costs rise.',
        'In October 2024, the regulator issued a final rule implementing the proposals.',
        'In February 2026, the district court granted the plaintiffs’ motion for summary judgment.',
        'In February 2026, the district court fined a lawyer.',
      ].join('\n\n'),
    )
    expect(a.events.map((e) => [e.date, e.source])).toEqual([
      ['2024-10', ['p5.s1', 'p1.s1']],
      ['2026-02', ['p1.s2', 'p6.s1']],
      ['2026-02', ['p7.s1']],
    ])
  })

  it('reads a dated text whose only verbs are "be" or "have" as a state, not an event', () => {
    const a = analyseText('In 2008, the firm was the largest seller and its rival was the largest promoter. In 2010, the firm was acquired by its rival.')
    expect(a.events.map((e) => e.date)).toEqual(['2010'])
  })

  it('reads "be" before what the subject was as a state, even beside another verb; "was in <place>" still tells when it took place', () => {
    const a = analyseText('The orchard surplus peaked in 2011. It has since shrunk and was a deficit in 2019. The last recorded frost of the kind was in Oslo in 2009.')
    expect(a.events.map((e) => e.date)).toEqual(['2009', '2011'])
  })

  it('tells an event a dated noun names after a verb that tells of a noun by that noun alone, not by the clause around it', () => {
    const a = analyse(
      ingest('---\ntitle: Grants\ndate: 2026-05-01\n---\n\nThe office has overseen the grants the council has approved, including money spent in response to efforts to interfere in the 2019 elections and the onset of the pandemic.\n\nThe mayor voted against renewing the levy in the 2021 budget vote.\n', { name: 'g.md' }),
    )
    expect(a.events.map((e) => [e.date, e.text])).toEqual([
      ['2019', 'the 2019 elections'],
      ['2021', 'The mayor voted against renewing the levy'],
    ])
  })

  it('reads a full date closed by a comma before its noun ("the May 2, 2019, floods") as that noun’s date: an event noun is told, a thing is dated elsewhere', () => {
    const a = analyse(
      ingest('---\ntitle: Floods\ndate: 2026-05-01\n---\n\nThe relief fund grew quickly after the May 2, 2019, floods.\n\nOn March 6, 2026, the judge enforced the court\'s June 3, 2025, order.\n', { name: 'f.md' }),
    )
    expect(a.events.map((e) => [e.date, e.text])).toEqual([
      ['2019-05-02', 'the May 2, 2019, floods'],
      ['2026-03-06', 'the judge enforced the court\'s June 3, 2025, order'],
    ])
  })

  it('tells a later member of a series of dated objects with the verb of the first, and leaves it out when the first is no event', () => {
    expect(analyseText('The fund added wind farms in 2006 and solar plants in 2007.').events.map((e) => [e.date, e.text])).toEqual([
      ['2006', 'The fund added wind farms'],
      ['2007', 'The fund added solar plants'],
    ])
    expect(analyseText('The ban would be phased in, affecting town halls in 2006, enclosed public places in 2007, and private homes in 2008.').events).toEqual([])
  })

  it('ends a dated event noun’s phrase before a purpose ("the 2019 floods [for rebuilding bridges]")', () => {
    const a = analyse(ingest('---\ntitle: Aid\ndate: 2026-05-01\n---\n\nMoney was spent after the 2019 floods for rebuilding bridges and roads.\n', { name: 'a.md' }))
    expect(a.events.map((e) => [e.date, e.text])).toEqual([['2019', 'the 2019 floods']])
  })

  it('reads a year before a currency as the base of a price, not a date', () => {
    const a = analyseText('In 2019, the board opened a fund. The figures are adjusted for inflation to 2024 dollars.')
    expect(a.events.map((e) => e.date)).toEqual(['2019'])
  })

  it('without a publication date, reads a present verb with a year before the latest year told in the past as a state, and a date after "to" past that year as a deadline', () => {
    const a = analyseText(
      'The river board was founded in 1990. The old flood maps show the course of the river in 1995. The grants were later extended to September 30, 2025. In June 2024, the board approved a levy.',
    )
    expect(a.events.map((e) => e.date)).toEqual(['1990', '2024-06'])
  })

  it('finds the verb of a subject an aside in parentheses parts from it, and leaves a "who" clause out of the text', () => {
    const a = analyse(
      ingest('---\ntitle: War\ndate: 2026-10-07\n---\n\nThe rebels, who control the north (including the capital), entered the war to support Iran earlier this year.\n', { name: 'w.md' }),
    )
    expect(a.events.map((e) => [e.date, e.text])).toEqual([['2026', 'The rebels entered the war to support Iran']])
  })

  it('dates "in recent days" and "this week" to the month of publication', () => {
    const a = analyse(
      ingest('---\ntitle: War\ndate: 2026-10-07\n---\n\nSaudi forces have launched a counteroffensive in recent days. Turkey pledged troops this week.\n', { name: 'w.md' }),
    )
    expect(a.events.map((e) => e.date)).toEqual(['2026-10', '2026-10'])
  })

  it('cites at most two other sentences that tell an event again', () => {
    const a = analyseText(Array.from({ length: 5 }, () => 'In October 2024, the regulator issued a final rule on merger filings.').join('\n\n'))
    expect(a.events.map((e) => e.source)).toEqual([['p1.s1', 'p2.s1', 'p3.s1']])
  })

  it('starts an event with the whole of a coordinated subject ("Brazil and Argentina signed …", "Yemeni and Saudi forces …")', () => {
    expect(analyseText('Brazil and Argentina signed a trade pact in 2010.').events.map((e) => e.text)).toEqual(['Brazil and Argentina signed a trade pact'])
    expect(analyseText('Yemeni and Saudi forces launched a counteroffensive in 2026.').events.map((e) => e.text)).toEqual(['Yemeni and Saudi forces launched a counteroffensive'])
  })

  it('does not start an event at an actor named after the clause’s verb ("several groups filed a lawsuit challenging the EU’s tariffs")', () => {
    const a = analyseText('In January 2025, several business groups filed a lawsuit challenging the EU’s tariffs. On March 19, 2026, the appeals court denied the EU’s motion to stay the ruling.')
    expect(a.events.map((e) => e.text)).toEqual(['several business groups filed a lawsuit challenging the EU’s tariffs', 'the appeals court denied the EU’s motion to stay the ruling'])
  })

  it('keeps two events of one date that tell different things', () => {
    const a = analyseText('In March 2025, the regulator issued a final rule on merger filings.\n\nIn March 2025, a federal court blocked a pipeline merger in Texas.')
    expect(a.events).toHaveLength(2)
  })
})

describe('references and court rulings', () => {
  it('reads "the district court" as the District Court named before it, and its rulings as relations', () => {
    const a = analyseText(
      'Business groups sued the Federal Trade Commission in the U.S. District Court for the Eastern District of Texas. In February 2026, the district court denied the Federal Trade Commission’s cross-motion.',
    )
    const court = a.actors.find((x) => x.name.includes('District Court'))
    expect(court?.mentions).toHaveLength(2)
    const ftc = a.actors.find((x) => x.name === 'Federal Trade Commission')
    expect(linked(a, court!.id, ftc!.id, ['pressure'])).toBe(true)
  })

  it('does not read "the district court" as a body the article has not named yet', () => {
    const a = analyseText('Last year the district court denied the motion. Later the U.S. District Court for Texas closed the case.')
    expect(a.actors.find((x) => x.name.includes('District Court'))?.mentions).toHaveLength(1)
  })

  it('reads a ruling "in favor of" an actor as support', () => {
    const a = analyseText('Acme Corp. sued in the U.S. District Court for California. Later the district court issued an injunction in favor of Acme Corp.')
    const court = a.actors.find((x) => x.name.includes('District Court'))
    expect(linked(a, court!.id, 'acme-corp', ['support'])).toBe(true)
  })

  it('takes the common noun after "agreed with" as the other side, not an actor named later', () => {
    const a = analyseText('Germany agreed with the critics that the rules required France to act.')
    expect(linked(a, 'germany', 'france')).toBe(false)
    const b = analyseText('Germany met with officials from France.')
    expect(linked(b, 'germany', 'france', ['dialogue'])).toBe(true)
  })
})

describe('relations: the narrating author, titles before names, suppositions', () => {
  const byAuthor = (body: string) => analyse(ingest(`---\ntitle: A note\nauthor: Jane Doe\n---\n\n${body}`, { format: 'markdown' }))

  it('makes an author who tells her work as "I" an actor, and "I"/"my" her mentions (not her aliases)', () => {
    const a = byAuthor('I study old dogs. My lab is small. Then I partnered with my colleague Stephen Wright, a veterinary neurologist. I wrote this note.')
    const jane = a.actors.find((x) => x.id === 'jane-doe')
    expect(jane?.type).toBe('person')
    expect(jane!.aliases.map((x) => x.toLowerCase())).not.toEqual(expect.arrayContaining(['i']))
    expect(linked(a, 'jane-doe', 'stephen-wright', ['cooperation'])).toBe(true)
  })

  it('reads "Category I and II", "Title I" as Roman numerals, not the author; and makes no one actor of several authors', () => {
    const rules = analyse(ingest(`---\ntitle: Bank rules\nauthor: Jane Doe\n---\n\nThe rule applies to Category I and II banks. Other banks are not in Category I or II. Title I of the Act sets the surcharge. Regulators met the banks in May.`, { format: 'markdown' }))
    expect(rules.actors.map((x) => x.name)).not.toContain('Jane Doe')
    const two = analyse(ingest(`---\ntitle: A note\nauthor: Jane Doe and John Roe\n---\n\nI study old dogs. My lab is small. Then I partnered with Stephen Wright, a veterinary neurologist. I wrote this note.`, { format: 'markdown' }))
    expect(two.actors.map((x) => x.name)).not.toContain('Jane Doe and John Roe')
  })

  it('leaves out an author whose "I" is only in other people’s quotations', () => {
    const a = byAuthor('“I will go,” the envoy said. “I agree,” Stephen Wright, an analyst, said. “My view is clear,” he added. France and Germany cooperate.')
    expect(a.actors.map((x) => x.id)).not.toContain('jane-doe')
  })

  it('reads a ranked partner of a kind as a partner ("Israel\'s largest trading partner"), not a kind of thing', () => {
    expect(rel("The European Union is Israel's largest trading partner.")).toEqual(['eu cooperation israel'])
    // Not past a word that ranks nothing: "Trump's first-term trade battles" names Trump's battles, no one's tie to Greer.
    expect(rel("Greer was a veteran of Trump's first-term trade battles, serving as chief of staff to Robert Lighthizer.")).toEqual([])
  })

  it('reads an ally noun after "be" or in an apposition as the subject\'s alliance ("Japan is an ally of the United States")', () => {
    expect(rel("Japan is America's closest ally.")).toEqual(['japan alliance united-states'])
    expect(rel('Japan is an ally of the United States.')).toEqual(['japan alliance united-states'])
    expect(rel("Japan, America's closest ally, sent troops.")).toEqual(['japan alliance united-states'])
  })

  it('reads a name modifying a noun of a place after "in" as where, no side ("in the Gabon capital Libreville", "in the Indo-Pacific region")', () => {
    expect(rel('Bongo supporters gathered in the Gabon capital Libreville to denounce the United States.')).toEqual([])
    expect(rel('Protesters gathered in the Gabon capital to denounce the United States.')).toEqual([])
    // A name modifying another noun is still no place: "in the US-Japan missile defence matrix".
    expect(rel('Talks in the US-Japan missile defence matrix continued.')).toEqual(['japan dialogue united-states'])
  })

  it('reads "following" before a determiner as a time preposition even where the tagger reads a verb: what it names dates the act', () => {
    expect(rel('In 2018, President Donald Trump proclaimed a 25% tariff on steel imports from most trading partners following a Commerce Department investigation.')).toEqual([])
    expect(rel('Japan imposed sanctions on China following a Commerce Department investigation.')).toEqual(['japan condemnation china'])
  })

  it('reads naming someone a slur as condemning them ("called Zelenskyy a “dictator”", "branded X a traitor"), not the slur as their act', () => {
    expect(rel('Donald Trump called Volodymyr Zelenskyy a “dictator” without elections.')).toEqual(['donald-trump condemnation volodymyr-zelenskyy'])
    expect(rel('Robert Mugabe branded Morgan Tsvangirai a traitor.')).toEqual(['robert-mugabe condemnation morgan-tsvangirai'])
    // "threat" is what China is called, not China's hostility to the one who calls it so.
    expect(rel('Donald Trump labeled China a military threat.')).toEqual(['donald-trump condemnation china'])
    // Denied, or no slur: no condemnation.
    expect(rel('Donald Trump has not labeled China a military threat.')).toEqual([])
    expect(rel("Donald Trump hasn't labeled China a military threat.")).toEqual([])
    expect(rel('Robert Mugabe called Morgan Tsvangirai a friend.')).toEqual([])
  })

  it('reads a name joined by a hyphen to a participle as the one who backs what is named after it ("the Rwanda-backed M23")', () => {
    expect(rel('The Rwanda-backed M23 rebel group seized Goma in January.')).toEqual(['rwanda support m23'])
    expect(rel('The Iran-backed Houthis attacked ships in the Red Sea.')).toEqual(['iran support houthis'])
    // The name joined to it modifies the next name: the conflict is between DRC and M23, not Rwanda.
    expect(rel('The conflict between DRC and the Rwanda-backed M23 has displaced millions.')).toEqual(['dr-congo hostility m23', 'rwanda support m23'])
    // A backed thing relates no one.
    expect(rel('A Kenya-funded clinic treated patients from Somalia.')).toEqual([])
  })

  it('reads nouns and a hyphened modifier before a name as what the named one is ("with UK-based drug company AstraZeneca")', () => {
    expect(rel('Oxford University partnered with drug company AstraZeneca.')).toEqual(['astrazeneca cooperation oxford-university'])
    expect(rel('Oxford University has entered into a partnership with UK-based global biopharmaceutical company AstraZeneca.')).toEqual(['astrazeneca cooperation oxford-university'])
    expect(rel('Oxford University partnered with British company AstraZeneca.')).toEqual(['astrazeneca cooperation oxford-university'])
    // A demonym before the state's own people stays the side: "meetings with Cuban officials" are with Cuba.
    expect(rel('The Biden Administration resumed meetings with Cuban officials.')).toEqual(['biden-administration dialogue cuba'])
  })

  it('reads a noun right before a name as its title, not a thing ("partnered with neuropathologist Stephen Wright")', () => {
    const a = analyseText('Anne Marie Smith, a researcher, said it. Later Anne Marie Smith partnered with neuropathologist Stephen Wright to study dogs.')
    expect(linked(a, 'anne-marie-smith', 'stephen-wright', ['cooperation'])).toBe(true)
  })

  it('reads "regimes such as A, and B allies, such as C" as C allied with B, not A with B', () => {
    const a = analyseText('Arms went to many states, including autocracies, such as Belarus, and French allies, such as Portugal.')
    expect(linked(a, 'france', 'belarus')).toBe(false)
    expect(linked(a, 'france', 'portugal', ['alliance'])).toBe(true)
  })

  it('links no one by a directed cue whose side before it is also among those it acts on', () => {
    const a = analyseText('Strikes could weaken Peru’s ability to retaliate, or a conventional aggression against Peru and Chile.')
    expect(linked(a, 'peru', 'chile')).toBe(false)
    expect(linked(analyseText('Peru’s attack on Chile and Bolivia failed.'), 'peru', 'chile', ['hostility'])).toBe(true)
  })

  it('reads "fought" as hostility', () => {
    expect(linked(analyseText('Peru fought Ecuador over the border in 1995.'), 'peru', 'ecuador', ['hostility'])).toBe(true)
  })

  it('states no relation supposed in an "if" clause, nor one "fighting for" a cause', () => {
    const a = analyseText('France and Germany set rules for what to do if ever there was a dispute between Spain and Italy.')
    expect(linked(a, 'spain', 'italy')).toBe(false)
    const b = analyseText('Poland cares about Hungary and its mission of fighting for universal freedom.')
    expect(linked(b, 'poland', 'hungary', ['hostility'])).toBe(false)
  })

  it('reads persuading another as pressure', () => {
    const a = analyseText('Germany attempted to persuade Poland to drop the plan.')
    expect(linked(a, 'germany', 'poland', ['pressure'])).toBe(true)
  })
})

describe('relations: coordinated people with titles', () => {
  it('joins "X and Prime Minister Y" into one group taking part in the cue', () => {
    const a = analyseText('President Lula and Prime Minister Mark Carney signed a memorandum that will secure critical minerals supplies, promote partnerships between Brazilian and Canadian firms, and increase resilience.')
    const ids = a.actors.map((x) => x.id)
    const lula = ids.find((id) => id.includes('lula'))!
    const carney = ids.find((id) => id.includes('carney'))!
    expect(linked(a, lula, carney, ['cooperation'])).toBe(true)
  })
})

describe('actors: a company by the first word of its name', () => {
  it('reads a company\'s first word alone as the company the article names first ("Kestrel Freight Services … its subsidiary Kestrel Freight Holdings … Kestrel")', () => {
    const a = analyseText('The regulator sued Kestrel Freight Services, Inc. and its subsidiary Kestrel Freight Holdings, Inc. in May. Kestrel adopted the policy in 2019. Kestrel required its workers to sign. Kestrel’s workers could not leave. The regulator said Kestrel broke the law.')
    const firm = a.actors.find((x) => [x.name, ...x.aliases].includes('Kestrel'))
    expect([firm?.name, ...(firm?.aliases ?? [])]).toContain('Kestrel Freight Services')
    expect(firm?.type).toBe('company')
    expect(a.actors.filter((x) => x.name.startsWith('Kestrel'))).toHaveLength(2)
  })
})

describe('actors: people named in full, then by surname', () => {
  it('reads a surname alone as the person ("The senator, Ana Brightwater, …. Brightwater met …"), unless the article writes it as a word', () => {
    const a = analyseText('The senator, Ana Brightwater, chairs the committee. Critics say Brightwater met officials from Chile.')
    expect(a.actors.find((x) => x.id === 'ana-brightwater')?.mentions).toHaveLength(2)
    expect(linked(a, 'ana-brightwater', 'chile', ['dialogue'])).toBe(true)
    const b = analyseText('The senator, Tom Brown, chairs the committee. Critics say Brown met officials from Chile. The brown dog barked.')
    expect(b.actors.find((x) => x.id === 'tom-brown')?.mentions).toHaveLength(1)
  })

  it('finds "Jean-Luc Mélenchon … Mélenchon" and "its candidate, Marine Le Pen … Le Pen" as people, not a title', () => {
    const a = analyseText(
      'By contrast, Jean-Luc Mélenchon of the far left has been quick to respond. The far-right party and its presidential candidate, Marine Le Pen, question the past. Mélenchon has used social media. Le Pen has her own appeal. Commissioners Andrew Ferguson and Melissa Holyoak dissented; the commissioners met. Ferguson wrote an opinion.',
    )
    const person = (id: string) => a.actors.find((x) => x.id === id)
    expect(person('jean-luc-melenchon')).toMatchObject({ type: 'person', aliases: ['Mélenchon'] })
    expect(person('marine-le-pen')).toMatchObject({ type: 'person', aliases: ['Le Pen'] })
    expect(person('marine-le-pen')!.mentions).toHaveLength(2)
    expect(person('andrew-ferguson')?.type).toBe('person')
    expect(a.actors.some((x) => /commissioners/i.test(x.name))).toBe(false)
  })

  it('keeps a hyphen written inside a titled person\'s name ("Director Tracy Stone-Manning", "President Lee Myung-Bak")', () => {
    const a = analyseText('BLM Director Tracy Stone-Manning said the rule would help. South Korean President Lee Myung-Bak apologised.')
    const people = a.actors.filter((x) => x.type === 'person').map((x) => x.name)
    expect(people).toEqual(expect.arrayContaining(['Tracy Stone-Manning', 'Lee Myung-Bak']))
    expect(people).not.toContain('Tracy Stone')
    expect(people).not.toContain('Lee Myung')
  })

  it('finds a person named once by a given name and a surname ("founded by Ruth Kamen", "Co-founder of Acme, Sergey Brin, met …"), not a place ("the Jordan River") nor half of a hyphenated name', () => {
    const a = analyseText('The contest was founded by Ruth Kamen to encourage science. Co-founder of Acme, Sergey Brin, met with the team. Farmers near the Jordan River protested. By contrast, Jean-Luc Mélenchon of the far left has been quick to respond.')
    const people = a.actors.filter((x) => x.type === 'person').map((x) => x.name)
    expect(people).toEqual(expect.arrayContaining(['Ruth Kamen', 'Sergey Brin']))
    expect(people.some((n) => /Jordan/.test(n))).toBe(false)
    expect(people).not.toContain('Luc Mélenchon')
  })

  it('keeps the Arabic article joined inside a titled person\'s name ("Foreign Minister, Abu Bakr al-Qirbi", "President Abdel Fattah el-Sisi")', () => {
    const people = analyseText('Yemen\'s Foreign Minister, Abu Bakr al-Qirbi, asked for support. Egyptian President Abdel Fattah el-Sisi met him.').actors.filter((x) => x.type === 'person').map((x) => x.name)
    expect(people).toEqual(expect.arrayContaining(['Abu Bakr al-Qirbi', 'Abdel Fattah el-Sisi']))
    expect(people).not.toContain('Abu Bakr')
  })

  it('takes no person from a surname written as a thing or a place ("the Webnet", "Webnet giants", "in Oralia"), but keeps "the Brightwater nomination"', () => {
    const a = analyseText('Firms like Big Webnet are hiring. Many people shop on the Webnet. Webnet giants pay well. Aid reached Port Oralia. Roads in Oralia are closed.')
    expect(a.actors.filter((x) => x.type === 'person')).toEqual([])
    const b = analyseText('The senate heard Ana Brightwater on Monday. It then voted on the Brightwater nomination.')
    expect(b.actors.find((x) => x.id === 'ana-brightwater')?.type).toBe('person')
  })

  it('takes no place for a person ("places like Northern California … off California")', () => {
    const a = analyseText('Urchins spread to places like Northern California and Oregon. Otters ate urchins off California. Most California divers hunt them.')
    expect(a.actors.filter((x) => x.type === 'person')).toEqual([])
  })
})

describe('relations: a possessed relation noun with no object', () => {
  it('aims "Iran’s hostility" at no one named before a colon; "Germany’s backing", "Germany’s censure" at the one named earlier', () => {
    const a = analyseText('Increased Saudi and Emirati naval presence would raise risks twofold: by increasing Iran’s hostility.')
    expect(linked(a, 'iran', 'saudi-arabia')).toBe(false)
    expect(linked(a, 'iran', 'united-arab-emirates')).toBe(false)
    const b = analyseText('Poland condemned the plan, with Germany’s full backing.')
    expect(linked(b, 'germany', 'poland', ['support'])).toBe(true)
    const c = analyseText('Poland’s policy towards Hungary remains unchanged, despite Germany’s censure.')
    expect(linked(c, 'germany', 'hungary', ['condemnation'])).toBe(true)
  })
})

describe('relations: the other side is not an actor named around the cue', () => {
  it('takes a name after "with" that is no actor as the other side ("partnered with Outbox Technology to build … for Kenya")', () => {
    const a = analyseText('Japan partnered with Outbox Technology to build a port for Kenya.')
    expect(linked(a, 'japan', 'kenya')).toBe(false)
  })

  it('does not make a subject a party to the talks it credits "among" others ("Germany and France credited negotiations among the members")', () => {
    const a = analyseText('Germany and France credited "intense negotiations" among the members for the final text.')
    expect(linked(a, 'germany', 'france')).toBe(false)
  })

  it('reads a cue after a time preposition and a determiner as an event told elsewhere ("six months after the merger")', () => {
    const a = analyseText('Japan built the port and Kenya would run it, beginning six months after the merger.')
    expect(linked(a, 'japan', 'kenya')).toBe(false)
    const b = analyseText('After the talks with Iran, France changed course.')
    expect(linked(b, 'france', 'iran', ['dialogue'])).toBe(true)
  })

  it('does not state a relation that is only offered ("the option of obtaining a license to X")', () => {
    const a = analyseText('The treaty gives Kenya the option of obtaining a license to Japan’s satellite network.')
    expect(linked(a, 'kenya', 'japan')).toBe(false)
  })

  it('does not make the actor before a participle that describes a noun its agent ("the fees charged to travellers")', () => {
    const a = analyseText('Under the treaty, Kenya would set the fees charged to travellers from Japan.')
    expect(linked(a, 'kenya', 'japan')).toBe(false)
  })
})

describe('relations: a state qualifying a title and a name', () => {
  it('reads "President Macron and Kenyan President William Ruto met" as the two leaders meeting', () => {
    for (const text of [
      'President Macron and Kenyan President William Ruto met for the first leader-level engagement between France and Kenya in years.',
      'President Macron and Kenya’s President William Ruto met for the first leader-level engagement between France and Kenya in years.',
    ]) {
      const a = analyseText(text)
      expect(linked(a, 'macron', 'william-ruto', ['dialogue'])).toBe(true)
      expect(linked(a, 'france', 'william-ruto')).toBe(false)
    }
  })
})

describe('relations: acting with another’s agreement', () => {
  it('reads "with the concurrence of" and "in concert with" as cooperation', () => {
    expect(linked(analyseText('In 2024, Japan, with the concurrence of South Korea, adopted a final rule on fishing.'), 'japan', 'south-korea', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Japan acted in concert with South Korea to close the fishery.'), 'japan', 'south-korea', ['cooperation'])).toBe(true)
  })
})

describe('relations: names written with their acronyms', () => {
  it('keeps "A (ACR) and B (ACR)" one subject, and reads "O157:H7" as no clause break', () => {
    const a = analyseText(
      'The Bureau of Canal Safety (BCS) and the Office of River Health (ORH) announced an investigation into a strain O157:H7 outbreak linked to cheese sold by Delta Dairy Inc, a family firm. In May, the Water Safety Caucus urged the BCS to remove the cheese from stores. The firm has recalled some cheese since then.',
    )
    const id = (n: string) => a.actors.find((x) => x.name === n || x.aliases.includes(n))?.id ?? n
    expect(a.relations.some((r) => r.from === id('BCS') && r.to === id('Delta Dairy Inc') && r.kind === 'pressure')).toBe(true)
    expect(a.relations.some((r) => r.from === id('ORH') && r.to === id('Delta Dairy Inc') && r.kind === 'pressure')).toBe(true)
    expect(linked(a, id('BCS'), id('ORH'), ['pressure'])).toBe(false)
    expect(a.relations.some((r) => r.from === id('Water Safety Caucus') && r.to === id('BCS') && r.kind === 'pressure')).toBe(true)
  })
})

describe('relations: quoted words, weighed options and two-way readings', () => {
  it('relates only the actors a speaker’s quoted words name, not the one quoted', () => {
    const a = analyseText('Peru and its neighbours.\nAt the same time, the 2030 NATO review stated, “The most dangerous threat posed by Peru to Chile is an escalatory spiral in an ongoing conflict.”')
    expect(linked(a, 'peru', 'chile', ['hostility'])).toBe(true)
    expect(linked(a, 'nato', 'peru')).toBe(false)
    const b = analyseText('Peru and its neighbours.\nA 2030 NATO statement posited that “Peru is very unlikely to use force in the conflict unless its leadership judged it faced an existential threat.”')
    expect(linked(b, 'nato', 'peru')).toBe(false)
  })

  it('states nothing by a relation only weighed ("whether to support") or avoided ("seeks to avoid conflict with")', () => {
    expect(linked(analyseText('Lawmakers in Chile must decide whether to support Peru in the coming months.'), 'chile', 'peru')).toBe(false)
    expect(linked(analyseText('Peru and its neighbours.\nA 2030 UN report stated that “Peru almost certainly seeks to avoid direct conflict with Chile because it cannot win.”'), 'peru', 'chile')).toBe(false)
  })

  it('keeps one way of a directed relation read both ways in one sentence: from the actor named first', () => {
    const a = analyseText('Peru and its neighbours.\nIn May the UN enjoined Peru and Chile from taking any action to enforce the attempted termination.')
    expect(linked(a, 'un', 'peru', ['pressure'])).toBe(true)
    expect(a.relations.some((r) => r.kind === 'pressure' && r.to === 'un')).toBe(false)
  })
})

describe('relations: a demonym opening the name of an event', () => {
  it('makes no party of the state of “the Peruvian Missile Crisis”', () => {
    const a = analyseText('Peru and its neighbours.\nSince the 1962 Peruvian Missile Crisis, Chile and Brazil have periodically engaged in efforts to reduce the risks of war.')
    expect(a.relations.some((r) => r.from === 'peru' || r.to === 'peru')).toBe(false)
    expect(linked(a, 'chile', 'brazil', ['dialogue'])).toBe(true)
  })
})

describe('relations: a share held together', () => {
  it('reads "A and B together account for half" as no cooperation', () => {
    expect(linked(analyseText('Usage grew.\nPeru and Chile together account for over half of the region’s total use.'), 'peru', 'chile')).toBe(false)
    expect(linked(analyseText('Usage grew.\nPeru and Chile worked together on the survey.'), 'peru', 'chile', ['cooperation'])).toBe(true)
  })
})

describe('relations: a possessed cue of a thing', () => {
  it('relates no one by "Peru’s endorsement of an inquiry", but does by "Peru’s support for the people of Chile"', () => {
    const a = analyseText('Usage grew.\nBolivia restricted some imports from Peru in 2020 following Peru’s endorsement of an inquiry into the origins of the disease.')
    expect(linked(a, 'peru', 'bolivia', ['support'])).toBe(false)
    expect(linked(analyseText('Usage grew.\nBolivia praised Peru’s support for the people of Chile.'), 'peru', 'chile', ['support'])).toBe(true)
  })
})

describe('relations: firms of a nationality', () => {
  it('makes no party of a state by its demonym before "nonprofits" or "companies"', () => {
    const a = analyseText('Usage grew.\nBrasko Corp. is working in partnership with experts from leading Peruvian nonprofits and Chilean companies.')
    expect(a.relations.some((r) => [r.from, r.to].some((x) => x === 'peru' || x === 'chile'))).toBe(false)
  })
})

describe('relations: a state’s government and a company’s partnership', () => {
  it('reads "the Government of Peru" as Peru, and a company’s partnership with it as cooperation', () => {
    const a = analyseText('Usage grew.\nBrasko, a software company, sells tools. The Government of Peru and Brasko have signed a memorandum to expand their partnership. Brasko will train teachers.')
    expect(a.actors.map((x) => x.id)).not.toContain('government-of-peru')
    expect(linked(a, 'peru', 'brasko', ['cooperation'])).toBe(true)
    expect(linked(a, 'peru', 'brasko', ['alliance'])).toBe(false)
  })
})

describe('relations: a participle describing a thing', () => {
  it('reads "the attacked Chilean facilities" as no act of the sentence’s subject (but "Peru attacked" as one)', () => {
    const a = analyseText('Usage grew.\nThe UN withdrew its inspectors in June, and they have not been able to inspect the attacked Chilean nuclear facilities.')
    expect(linked(a, 'un', 'chile', ['hostility'])).toBe(false)
    expect(linked(analyseText('Usage grew.\nPeru attacked Chilean nuclear facilities in June.'), 'peru', 'chile', ['hostility'])).toBe(true)
  })
})

describe('relations: armed operations, hacking and co-authors', () => {
  it('reads "Chilean and Peruvian military operations against Bolivia" as hostility of each against Bolivia', () => {
    const a = analyseText('Usage grew.\nBefore Chilean and Peruvian military operations began against Bolivia in May, trade was brisk.')
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'bolivia' && r.kind === 'hostility')).toBe(true)
    expect(a.relations.some((r) => r.from === 'peru' && r.to === 'bolivia' && r.kind === 'hostility')).toBe(true)
  })

  it('reads "X’s tools hacked the company Y" as hostility, and "X’s tool hacked three firms" as no relation with anyone', () => {
    const a = analyseText('Usage grew.\nVorlane, a software company, makes tools. Vorlane’s scripts hacked the software company Quill Works. Brasko’s bot hacked three firms’ servers. Brasko, a firm, said so.')
    expect(a.relations.some((r) => r.from === 'vorlane' && r.to === 'quill-works' && r.kind === 'hostility')).toBe(true)
    expect(a.relations.some((r) => [r.from, r.to].includes('brasko'))).toBe(false)
  })

  it('reads "as my colleague X and I explain" as the narrator and X working together', () => {
    const text = 'By Dana Mirel\n\nI study agents. I teach law. My work is on rules.\nAs my colleague Tomas Varga and I explain in our work, rules matter.'
    const a = analyse(ingest(text, { format: 'text' }))
    const ids = a.actors.map((x) => x.id)
    expect(ids).toContain('tomas-varga')
    expect(a.relations.some((r) => [r.from, r.to].includes('tomas-varga') && r.kind === 'cooperation')).toBe(true)
  })
})

describe('relations: a noun for the one acting', () => {
  it('reads "Chile – Bolivia’s main supporter –" as Chile supporting Bolivia, not the other way', () => {
    const a = analyseText('Usage grew.\nPressure against Chile – Bolivia’s main supporter – could have curbed the flow of arms.')
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'bolivia' && r.kind === 'support')).toBe(true)
    expect(a.relations.some((r) => r.from === 'bolivia' && r.to === 'chile')).toBe(false)
    const b = analyseText('Usage grew.\nPeru’s chief backer, Chile, sent arms.')
    expect(b.relations.some((r) => r.from === 'chile' && r.to === 'peru' && r.kind === 'support')).toBe(true)
  })
})

describe('relations: a demonym before a conflict noun’s adjectives', () => {
  it('reads "defending Peru from Chilean naval attacks" as no act of the sentence’s subject against Peru', () => {
    const a = analyseText('Usage grew.\nThe Vorlane Group, a defence company, said so. Vorlane Group doesn’t know that the machine is tasked with defending Peru from Chilean naval attacks.')
    expect(a.relations.some((r) => r.kind === 'hostility' && r.to === 'peru' && r.from !== 'chile')).toBe(false)
  })
})

describe('relations: a civil war', () => {
  it('reads "the Chilean army", then "the army", as one armed body of Chile', () => {
    const a = analyseText('Usage grew.\nChile is at war. The Chilean army held the north. Later the army moved south.')
    const army = a.actors.find((x) => x.name === 'Chilean army')
    expect(army?.type).toBe('organisation')
    expect(army?.affiliation).toBe('chile')
    expect(army?.mentions.length).toBe(2)
    // A noun after the phrase makes it the state's act: "Chilean military operations".
    expect(analyseText('Usage grew.\nChilean military operations began in May.').actors.some((x) => x.name.startsWith('Chilean military'))).toBe(false)
  })

  it('reads "fighting broke out between A and B, C has …" as A against B only', () => {
    const a = analyseText('Usage grew.\nSince fighting broke out between Peru and Chile, Bolivia has become poorer.')
    expect(linked(a, 'peru', 'chile', ['hostility'])).toBe(true)
    expect(a.relations.some((r) => [r.from, r.to].includes('bolivia'))).toBe(false)
  })

  it('makes the actor an apposition describes the subject of its relative clause ("X – a militia which has fought Y –")', () => {
    const a = analyseText('Usage grew.\nIn 2025 the fighting grew as Peru – a state which has fought Chile for years – advanced north.')
    expect(a.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'hostility')).toBe(true)
  })
})

describe('relations: firing into, military action and legal cases', () => {
  it('reads "firing into", "military action against", "legal action against" and "cases against" as acts against the one named after', () => {
    const a = analyseText('Usage grew.\nIn March, Peru started firing into Chile, and later Bolivia took legal action against Peru. Chile brought its first cases against Bolivia in May. Chilean military action against Peru continued.')
    expect(a.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'hostility')).toBe(true)
    expect(a.relations.some((r) => r.from === 'bolivia' && r.to === 'peru' && r.kind === 'pressure')).toBe(true)
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'bolivia' && r.kind === 'pressure')).toBe(true)
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'peru' && r.kind === 'hostility')).toBe(true)
  })
})

describe('relations: joint doers and object modifiers', () => {
  it('reads a coordinated group before a one-sided act ("Peru-Chilean strikes") as its joint doers, not two sides', () => {
    const a = analyseText('Usage grew.\nPeru-Chilean strikes during the war killed senior Bolivian officers. Later the Peru-Bolivia war went on.')
    expect(linked(a, 'peru', 'chile', ['hostility'])).toBe(false)
    expect(linked(a, 'peru', 'bolivia', ['hostility'])).toBe(true)
  })

  it('does not make an actor modifying a verb\'s object the subject of a later verb ("use the EU summit to urge …")', () => {
    const a = analyseText('Usage grew.\nPeru’s president plans to use the EU summit in Spain to urge Lima’s allies to deliver tanks.')
    expect(a.relations.some((r) => r.from === 'eu' && r.kind === 'pressure')).toBe(false)
    const b = analyseText('Usage grew.\nThe strait stays closed until Chile meets Peruvian demands.')
    expect(b.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'pressure')).toBe(true)
  })
})

describe('relations: sides a cue does not name', () => {
  it('reads "strikes by X against Y" as X acting on Y, not on an actor named before the act', () => {
    const a = analyseText('The EU documented strikes by Israel against Lebanon.')
    expect(linked(a, 'israel', 'lebanon', ['hostility'])).toBe(true)
    expect(linked(a, 'eu', 'israel', ['hostility'])).toBe(false)
  })

  it('makes no party to an agreement of an actor named in what its infinitive says ("agreed to deter Chinese aggression")', () => {
    const a = analyseText('Japan and the United States agreed to deter Chinese aggression against Taiwan.')
    expect(linked(a, 'japan', 'united-states', ['cooperation'])).toBe(true)
    expect(linked(a, 'china', 'japan', ['cooperation'])).toBe(false)
    expect(linked(a, 'china', 'united-states', ['cooperation'])).toBe(false)
  })

  it('relates no one around an act a verb keeps from happening ("buy U.S. HIMARS, enhancing Poland’s ability to deter aggression")', () => {
    const a = analyseText('Poland plans to buy U.S. HIMARS, enhancing Poland’s ability to deter aggression.')
    expect(a.relations).toEqual([])
    expect(linked(analyseText('The United States condemned Russia’s aggression against Ukraine.'), 'russia', 'ukraine', ['hostility'])).toBe(true)
  })

  it('relates no two members of a group that is the subject of a later clause ("disagreed and held that A and B are covered")', () => {
    const a = analyseText('Courts have largely disagreed and held that Chile and Peru are covered by the rules.')
    expect(linked(a, 'chile', 'peru', ['tension'])).toBe(false)
  })

  it('ties the signer of a document named before ", signed by" to no one named before it, and co-signers to each other', () => {
    const a = analyseText('The Ministry of Finance of Chile has designated 100 firms pursuant to Executive Order 14059, signed by President Boric in December 2021.')
    expect(a.actors.map((x) => x.name)).toEqual(expect.arrayContaining(['Ministry of Finance of Chile', 'Boric']))
    expect(a.relations).toEqual([])
    const quoted = analyseText('Chile has designated 100 firms pursuant to the order “Imposing Sanctions on Persons Involved in the Global Drug Trade,” signed by President Boric in 2021.')
    expect(quoted.relations.filter((r) => r.kind === 'cooperation')).toEqual([])
    const both = analyseText('The accord, signed by Chile and Peru in 2019, ended the dispute.')
    expect(linked(both, 'chile', 'peru', ['cooperation'])).toBe(true)
  })

  it('takes the two sides "between" names, and no one named before the cue when only one of them is an actor', () => {
    const a = analyseText('Chile supports the Atacama mission to continue the strong partnership between Peru and Europe.')
    expect(linked(a, 'chile', 'peru')).toBe(false)
    const b = analyseText('The two leaders signed a memorandum that will promote partnerships between Chilean and Peruvian companies.')
    expect(b.relations).toEqual([])
    const c = analyseText('Bolivia hailed the partnership between Chile and Peru.')
    expect(linked(c, 'chile', 'peru', ['alliance'])).toBe(true)
  })

  it('takes a capitalised word right before a noun cue for its doer ("Arab support for Peru"), not an actor named before it', () => {
    const a = analyseText('The report quotes figures from a June 2004 poll by Chile, claiming to show a drop in Arab support for Peru in recent years.')
    expect(a.relations).toEqual([])
    const b = analyseText('Chile provided FY2026 funding to Peru for ports.')
    expect(linked(b, 'chile', 'peru', ['support'])).toBe(true)
    const c = analyseText('Chinese support for Russia has grown.')
    expect(linked(c, 'china', 'russia', ['support'])).toBe(true)
  })

  it('takes the common noun after a noun of support’s "to" for whom it goes to ("support to caregivers"), no actor named earlier', () => {
    const a = analyseText('Chile examined Peru’s efforts to provide mental health support to farmers.')
    expect(a.relations).toEqual([])
    const b = analyseText('Peru provided mental health support to Bolivia.')
    expect(linked(b, 'peru', 'bolivia', ['support'])).toBe(true)
  })

  it('reads "our allies and partners" as the owner’s partners, no tie with an actor named after them', () => {
    const a = analyseText('Today, Chile and our allies and partners are exposing further details of Peru’s pattern of malicious cyber activity.')
    expect(linked(a, 'chile', 'peru', ['cooperation', 'alliance'])).toBe(false)
    const b = analyseText('Chile and its partners, Peru and Bolivia, signed a pact.')
    expect(linked(b, 'chile', 'peru', ['cooperation'])).toBe(true)
  })

  it('takes no object of another verb for a party of a symmetric cue its modifier names ("Russia-DPRK cooperation affects Ukraine’s security")', () => {
    const a = analyseText(
      'Congress could consider the response to DPRK weapons transfers to Russia; and the extent to which ongoing Russia-DPRK cooperation affects Ukraine’s security and the effectiveness of U.S. security assistance to allies.',
    )
    expect(linked(a, 'russia', 'north-korea', ['cooperation'])).toBe(true)
    expect(linked(a, 'russia', 'ukraine', ['cooperation'])).toBe(false)
    expect(linked(a, 'north-korea', 'ukraine', ['cooperation'])).toBe(false)
  })

  it('takes the examples of the noun after "competition between" for its sides ("between services like A and B")', () => {
    const a = analyseText('Bolivians deserve the benefits of robust competition between shipping lines like Chile and Peru.')
    expect(linked(a, 'chile', 'peru', ['tension'])).toBe(true)
    expect(linked(a, 'bolivia', 'chile')).toBe(false)
    expect(linked(a, 'bolivia', 'peru')).toBe(false)
  })

  it('takes no actor of an opening participle clause, nor one after "pro-" or "anti-", for a side of the main verb', () => {
    const a = analyseText('Celebrating Ruritania’s attacks, they physically blocked Chilean students from attending classes.')
    expect(a.relations).toEqual([])
    const b = analyseText('Working with Chile, this pilot program will support Peru and its neighbours.')
    expect(linked(b, 'chile', 'peru', ['support'])).toBe(false)
    const c = analyseText('The ministry will quell pro-Peru vandalism and investigate racism in anti-Chilean colleges.')
    expect(c.relations).toEqual([])
    const d = analyseText('Citing the risks, Chile blocked Peru from joining the bloc.')
    expect(linked(d, 'chile', 'peru', ['pressure'])).toBe(true)
  })

  it('ties the signer of a document to no body its purpose names in a list ("signed a memorandum to improve the security of X, Y, and Z")', () => {
    const a = analyseText('Today, President Boric signed a National Security Memorandum (NSM) to improve the cybersecurity of National Security, Ministry of Defence, and Intelligence Community Systems, as required in his order.')
    expect(a.actors.map((x) => x.name)).toContain('Ministry of Defence')
    expect(a.relations).toEqual([])
    const b = analyseText('President Boric signed a memorandum with Peru to improve the security of ports.')
    expect(linked(b, 'boric', 'peru', ['cooperation'])).toBe(true)
  })

  it('takes no state named only as the modifier of a market or an economy for a side ("the overall Peruvian housing market")', () => {
    const a = analyseText('Chile paid millions to eliminate Bolivia as an independent competitor in a concentrated market that is critical for the overall Peruvian housing market.')
    expect(linked(a, 'bolivia', 'peru')).toBe(false)
    expect(linked(a, 'chile', 'peru')).toBe(false)
  })

  it('reads "alleged" before a common noun’s possessive noun as an adjective ("drivers’ alleged refusal")', () => {
    const a = analyseText('Spain has litigated against Chile and Peru over drivers’ alleged refusal to carry aids.')
    expect(linked(a, 'chile', 'peru', ['condemnation'])).toBe(false)
  })

  it('takes no actor near a verb cue for its other side when the verb has none ("agreed to refund fees, …, and report to Y")', () => {
    const a = analyseText('Chile agreed to refund fees, provide a credit to people who were refused, and monitor compliance and report to Peru.')
    expect(linked(a, 'chile', 'peru', ['cooperation'])).toBe(false)
  })

  it('reads the examples after ", including" as the complement ("met with several envoys, including A and B")', () => {
    const a = analyseText('On 3 May, Chile met with several envoys, including Peru and Bolivia; some made commitments.')
    expect(linked(a, 'chile', 'peru', ['dialogue'])).toBe(true)
  })

  it('takes a people noun modifying a one-sided noun cue for its doer ("recorded settler attacks on X"), not the subject', () => {
    const a = analyseText('The United Nations recorded six settler attacks on Peru a day. Chile launched missile strikes on Bolivia.')
    expect(linked(a, 'un', 'peru', ['hostility'])).toBe(false)
    expect(linked(a, 'chile', 'bolivia', ['hostility'])).toBe(true)
  })

  it('reads a quoted common noun after a cue as a thing ("with X accusing “border gangs” of smuggling")', () => {
    const a = analyseText('In May, Lima announced its ban, with Foreign Minister Ana Ruiz accusing “border gangs” of smuggling. Ana Ruiz spoke. Ruiz left.')
    expect(a.relations.some((r) => r.kind === 'condemnation')).toBe(false)
  })

  it('takes no side from three parties opening a document’s name ("renew the Chile-Peru-Bolivia Agreement, because the deal …")', () => {
    const a = analyseText('Chile did not renew the Chile-Peru-Bolivia Agreement (CPBA), because the deal is not beneficial for Chile.')
    expect(a.relations).toHaveLength(0)
  })

  it('reads "no" as negating every noun of its coordinated phrase ("no high-level meetings or direct talks between A and B")', () => {
    const a = analyseText('A spokesman says no high-level meetings or direct talks between Chile and Peru are scheduled.')
    expect(linked(a, 'chile', 'peru')).toBe(false)
  })

  it('relates no one through a one-sided noun led by "the" alone that names no party ("the war in Y", "the May 4 attacks")', () => {
    const a = analyseText('Jane Doe was known for strong support for Chile and the war in Peru. Jane Doe spoke. Doe left.')
    expect(linked(a, 'chile', 'jane-doe', ['hostility'])).toBe(false)
    expect(linked(a, 'jane-doe', 'chile', ['support'])).toBe(true)
    const b = analyseText('Chile sent aid to Peru in the wake of the May 4 attacks in 2001 and of US troop moves.')
    expect(b.relations.some((r) => r.kind === 'hostility')).toBe(false)
    expect(linked(analyseText('Chile launched the attacks on Peru.'), 'chile', 'peru', ['hostility'])).toBe(true)
  })

  it('relates no one through a dated or modified attack that names no party ("the September 11, 2001 attacks", "vulnerable to potential food-borne terrorist attacks")', () => {
    const a = analyseText('In his resignation, Jane Doe thanked President Ann Vale and said new systems put in place since the September 11, 2001 attacks had made the country safer.')
    expect(a.relations.some((r) => r.kind === 'hostility')).toBe(false)
    const b = analyseText(
      'Secretary Jon Brask resigned on Monday. Several days after Brask’s announcement, Secretary of Health Lena Moss announced her departure and warned that the nation remains vulnerable to potential food-borne terrorist attacks, stating that it is easy.',
    )
    expect(b.relations.some((r) => r.kind === 'hostility')).toBe(false)
    expect(linked(analyseText('Chile launched long-range attacks on Peru.'), 'chile', 'peru', ['hostility'])).toBe(true)
    // "any" leads such a noun as "the" does; "a" does not: "filed a lawsuit" is the subject's.
    const c = analyseText('The act includes several provisions that address NIH grants policy, including a continuation of the prohibition on changes to NIH policy and a new notification requirement following any termination or non-continuation of an HHS award.')
    expect(c.relations).toEqual([])
    expect(linked(analyseText('Chile filed a lawsuit in the district court challenging Peru’s decision.'), 'chile', 'peru', ['pressure'])).toBe(true)
  })

  it('presses no court: a party asking the court to act presses the party named after it', () => {
    const a = analyseText('The Alliance of Growers filed a motion asking the Northern District Court to enforce its order prohibiting the Federal Grid Agency from cutting the grants.')
    expect(a.relations.some((r) => r.to === 'northern-district-court')).toBe(false)
    expect(linked(a, 'alliance-of-growers', 'federal-grid-agency', ['pressure'])).toBe(true)
  })

  it('reads a participle cue after "more" as an adjective ("more targeted Second Notices")', () => {
    const a = analyseText('The Northern District Court concluded that the Federal Grid Agency failed to consider alternatives, such as voluntary filings and more targeted Second Notices.')
    expect(a.relations.some((r) => r.kind === 'hostility')).toBe(false)
  })

  it('reads contracts awarded, coordination and protests as relations', () => {
    expect(linked(analyseText('In May, the Federal Grid Agency awarded a contract to Orbis Corporation for new lines.'), 'federal-grid-agency', 'orbis-corporation', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Norway coordinated closely with Denmark on the patrols.'), 'norway', 'denmark', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Chile protested against Peru over the new border rules.'), 'chile', 'peru', ['condemnation'])).toBe(true)
  })

  it('reads a state’s government named by its demonym as the other side ("cooperated with the French government"), not its researchers', () => {
    expect(linked(analyseText('Germany cooperated with the French government on border checks. France is large.'), 'germany', 'france', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Germany cooperated with French researchers on border checks. France is large.'), 'germany', 'france')).toBe(false)
    // "Philippine" is the state's adjective beside the gazetteer's "Filipino".
    expect(linked(analyseText('Japan has coordinated closely with the Philippine government on the patrols.'), 'japan', 'philippines', ['cooperation'])).toBe(true)
  })

  it('names a state by its people when the article speaks of them more often than it names the state ("Palestinians")', () => {
    const people = analyseText('Palestinians in Gaza protested. Israel blockaded Gaza and Palestinians went hungry. Palestinian officials spoke of Palestine. Israel condemned the Palestinians.')
    expect(people.actors.find((a) => a.id === 'palestine')).toMatchObject({ name: 'Palestinians', aliases: expect.arrayContaining(['Palestine']) })
    // The state's name, used as often as its people's, stays its label.
    const state = analyseText('Palestinians in Gaza protested. Palestine asked for aid, and Palestine thanked Egypt. Israel condemned the Palestinians.')
    expect(state.actors.find((a) => a.id === 'palestine')?.name).toBe('Palestine')
  })

  it('reads a quotation that opens on a verb as going on with the clause whose subject stands right before it', () => {
    const text = 'Officials in Oslo indicated that Norway "has cooperated closely with Denmark on every aspect of the patrols" and said no more.'
    expect(linked(analyseText(text), 'norway', 'denmark', ['cooperation'])).toBe(true)
    // A quotation that opens on its own subject keeps the speaker out.
    const own = 'Norway said that "Denmark and Sweden have cooperated closely on every aspect of the patrols" this year.'
    expect(linked(analyseText(own), 'norway', 'denmark')).toBe(false)
  })

  it('reads a body named by its organisation noun alone, twice, as an actor ("since the Senate rejected President Ana Lima’s nominee")', () => {
    const a = analyseText('One seat is still vacant since the Senate rejected President Ana Lima’s nominee this year. The Senate meets in March.')
    expect(linked(a, 'senate', 'ana-lima', ['pressure'])).toBe(true)
  })

  it('keeps a particle inside a person’s name and reads the word before it as her surname ("Luiz Carlos Moura da Costa" … "Moura")', () => {
    const a = analyseText('Critics of President Luiz Carlos Moura da Costa say the plan failed. Moura pledged to try again. Moura met Chile’s president in May.')
    expect(a.actors.find((x) => x.id === 'luiz-carlos-moura-da-costa')?.mentions.length).toBe(3)
    expect(linked(a, 'chile', 'luiz-carlos-moura-da-costa', ['dialogue'])).toBe(true)
  })

  it('reads a relation after "might decide to" as an option weighed, not a fact', () => {
    expect(linked(analyseText('Norway might decide to engage with Chile on the treaty.'), 'norway', 'chile')).toBe(false)
    expect(linked(analyseText('Norway decided to engage with Chile on the treaty.'), 'norway', 'chile', ['dialogue'])).toBe(true)
  })

  it('takes a state named inside a law’s name as no side ("the 118 Congress’s American Fair Elections (AFE) Act")', () => {
    const lead = 'Congress passed a law. The U.S. exports coffee. America imports tea. Congress met. '
    const a = analyseText(lead + "Several bills, including the 118 Congress's American Fair Elections (AFE) Act (H.R. 4563), have proposed conditioning access to funding on extending the existing prohibition on imports.")
    expect(linked(a, 'united-states', 'congress')).toBe(false)
  })

  it('takes an actor that is the subject of a clause of its own after the cue as no side of it ("A has provided funding to X, and B has awarded grants")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil has provided funding to advance a secure voting system, and Chile has awarded grants for research.'), 'brazil', 'chile')).toBe(false)
    // Its cue's own complement, or the subject of a "that" clause, is still a side.
    expect(linked(analyseText(lead + 'Brazil alleged that Chile had violated the treaty.'), 'brazil', 'chile', ['condemnation'])).toBe(true)
    // So is one after an aside set off by commas: "alleged that, between January and March, Chile …".
    const aside = analyseText(lead + 'Peru exports tin. Brazil alleged that, between January 2010 and March 2012, Chile misreported its copper prices to Peru.')
    expect(linked(aside, 'brazil', 'chile', ['condemnation'])).toBe(true)
    expect(linked(aside, 'brazil', 'peru')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil has provided funding to Chile, and Chile has awarded grants for research.'), 'brazil', 'chile', ['support'])).toBe(true)
  })

  it('reads a noun cue a possessive pronoun owns, for a thing, as relating no one around it ("their support for terrorism")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil imposed tariffs in response to the Chilean regime’s abuses and their direct support for terrorism in the region.'), 'brazil', 'chile', ['support'])).toBe(false)
    // An actor after its "for" is still its other side.
    expect(linked(analyseText(lead + 'Brazil renewed its support for Chile.'), 'brazil', 'chile', ['support'])).toBe(true)
  })

  it('reads a cue after "those who" as done by unnamed people, not by the actor before ("punish those who support X")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil is using its economic might to punish those who support Chile’s regime.'), 'brazil', 'chile', ['support'])).toBe(false)
    expect(linked(analyseText(lead + 'Brazil is using its economic might to punish Chile, which supports the regime.'), 'brazil', 'chile', ['support'])).toBe(false)
  })

  it('reads ending a pressure as no pressure ("terminating the sanctions program on X", "the termination of the X sanctions")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil signed an order terminating the Chile sanctions program.'), 'brazil', 'chile', ['pressure'])).toBe(false)
    expect(linked(analyseText(lead + 'Brazil moved to implement the termination of the Chile sanctions program.'), 'brazil', 'chile', ['pressure'])).toBe(false)
  })

  it('reads a verb cue whose object is a thing as relating no one named after it ("signed an executive order imposing tariffs on X")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil signed an executive order ending the quotas on Chilean copper.'), 'brazil', 'chile', ['cooperation'])).toBe(false)
    expect(linked(analyseText(lead + 'Brazil signed a trade deal with Chile.'), 'brazil', 'chile', ['cooperation'])).toBe(true)
    expect(linked(analyseText(lead + 'Brazil signed a memorandum with Chile.'), 'brazil', 'chile', ['cooperation'])).toBe(true)
  })

  it('reads saving an actor as support, but not saving a thing ("saving Acme from a ban", "to save Brazilian democracy")', () => {
    const lead = 'Brazil exports coffee. Acme sells software. Acme is big. '
    expect(linked(analyseText(lead + 'Today, President Ana Lopes signed an Executive Order saving Acme from a ban.'), 'ana-lopes', 'acme', ['support'])).toBe(true)
    const a = analyseText('Chile exports copper. Brazil exports coffee. After governing Chile for two terms, Ana Lopes returned to power promising to save Brazilian democracy.')
    expect(a.relations.some((r) => r.kind === 'support')).toBe(false)
  })

  it('reads a noun cue a preposition governs, with no actor of its own, as done by no one the clause names ("a report on the termination of the treaty")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil notified Chile of its implementation of a tariff for balance-of-payments purposes.'), 'brazil', 'chile', ['pressure'])).toBe(false)
    // Its own phrase names the other side ("the war with Chile"), or a verb does it with it ("retaliated with a blockade").
    expect(linked(analyseText(lead + 'Brazilian society has responded to the war with Chile.'), 'brazil', 'chile', ['hostility'])).toBe(true)
    expect(linked(analyseText(lead + 'Brazil retaliated with a blockade of Chile.'), 'brazil', 'chile', ['hostility'])).toBe(true)
  })

  it('reads a state modifying people or goods not its government as no side ("Chilean copper exporters", "Peruvian fruit imports")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. Peru exports fruit. '
    expect(linked(analyseText(lead + 'Brazil pledged to support the competitiveness of Chilean copper exporters.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil imposed quotas on Peruvian fruit imports last year.'), 'brazil', 'peru')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil cooperated in deporting Chilean smugglers and banning Chilean smuggling groups.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText(lead + 'Chilean content creators support Brazil with their videos.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil will cooperate on a design that includes Chilean radar technologies.'), 'brazil', 'chile')).toBe(false)
    // The state itself, or its officials, are a side.
    expect(linked(analyseText(lead + 'Brazil pledged to support Chile.'), 'brazil', 'chile')).toBe(true)
    expect(linked(analyseText(lead + 'Brazil imposed sanctions on Chilean officials last year.'), 'brazil', 'chile')).toBe(true)
  })

  it('reads an actor one verb takes as object as no subject of a verb coordinated with it ("arming Chile and applying sanctions against Peru")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. Peru exports fruit. '
    expect(linked(analyseText(lead + 'The senator was a supporter of arming Chile and applying sanctions against Peru.'), 'chile', 'peru')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil will call Chile, and try to persuade Peru.'), 'chile', 'peru')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil will call Chile, and try to persuade Peru.'), 'brazil', 'peru', ['pressure'])).toBe(true)
    // The subject of both verbs still acts: "Brazil visited Chile and imposed sanctions on Peru".
    expect(linked(analyseText(lead + 'Brazil visited Chile and imposed sanctions on Peru.'), 'brazil', 'peru')).toBe(true)
  })

  it('reads a verb cue whose object is a name that is no actor as acting on no actor ("to fund the Coffee Samples Program")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. Chile is big. '
    expect(linked(analyseText(lead + 'Brazil uses the same Chile authority to fund the Coffee Samples Program (CSP), which promotes exports.'), 'brazil', 'chile')).toBe(false)
    expect(linked(analyseText(lead + 'Brazil uses its own authority to fund Chile.'), 'brazil', 'chile', ['support'])).toBe(true)
    // ("works to block CSAM on its sites": the name is the object even when a preposition follows it.)
    expect(analyseText(lead + 'Brazil alleged Chile deceived users by claiming it works to block CSAM on its sites.').relations.filter((r) => r.kind === 'pressure')).toEqual([])
  })

  it('reads an actor modifying another noun as no target a cue reaches by nearness ("to diversify from Chile dollar financing")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. Chile is big. '
    expect(linked(analyseText(lead + 'Brazil is developing a digital currency to diversify from Chile dollar financing.'), 'brazil', 'chile')).toBe(false)
    // An actor that is a clause's subject is still the one acted on when the cue names no other ("After Chile voted, …").
    expect(linked(analyseText(lead + 'After Chile voted, Brazil imposed sanctions.'), 'brazil', 'chile')).toBe(true)
  })
})

describe('relations: a scientist’s role in a project', () => {
  it('reads "principal investigator" as a role, not an inquiry into the body she works at', () => {
    const a = analyseText(
      '“We are ready for the storms,” said Jane Roe, principal investigator of the Lumen instrument and an engineer at the Orbital Research Agency. Roe said the data were good. ' +
        'The Orbital Research Agency investigated the Delta Research Institute.',
    )
    expect(linked(a, 'jane-roe', 'orbital-research-agency')).toBe(false)
    expect(linked(a, 'orbital-research-agency', 'delta-research-institute', ['pressure'])).toBe(true)
  })

  it('draws support from the supporter: "Peru relies on Chile", "led by researchers at X and supported by Y"', () => {
    const a = analyseText('Grain and war\n\nPeru relies on Chile for most of its grain imports, officials said on Monday. The rebels in the north were supported by Iran throughout the long war.')
    const support = a.relations.filter((r) => r.kind === 'support').map((r) => `${r.from}>${r.to}`)
    expect(support).toContain('chile>peru')
    expect(support).not.toContain('peru>chile')
    const b = analyseText(
      'Lunar instruments\n\nThe other instruments selected are the Flora instrument, led by researchers at Space Lab Technologies in Boulder, and the Dielectric Analyzer instrument, led by researchers at the University of Lima and supported by JAXA (Japan Aerospace Exploration Agency).',
    )
    const backed = b.relations.filter((r) => r.kind === 'support').map((r) => `${r.from}>${r.to}`)
    expect(backed).toContain('jaxa>university-of-lima')
    expect(backed).not.toContain('university-of-lima>jaxa')
  })

  it('reads an adjective a starred cue matches as a kind, not a relation ("regulatory proposals"), unless its noun names the other side ("retaliatory tariffs on Peru")', () => {
    const a = analyseText('Established by President Ann Vale’s order, the Working Group on Harbour Safety was tasked with submitting a report that recommends regulatory and legislative proposals to advance the policies.')
    expect(a.relations).toEqual([])
    expect(linked(analyseText('Chile imposed retaliatory tariffs on Peru.'), 'chile', 'peru', ['pressure'])).toBe(true)
    expect(linked(analyseText('Chile used coercive measures against Peru.'), 'chile', 'peru', ['pressure'])).toBe(true)
  })

  it('relates no body to the state it belongs to through another body ("NASA’s Johnson Space Center" is NASA’s, which is the United States’)', () => {
    const a = analyseText('India and the United States agreed to send two astronauts to train at NASA’s Johnson Space Center for the first-ever joint effort between American and Indian astronauts at the station.')
    expect(a.relations.some((r) => [r.from, r.to].includes('johnson-space-center') && [r.from, r.to].includes('united-states'))).toBe(false)
    expect(linked(a, 'india', 'united-states', ['cooperation'])).toBe(true)
  })

  it('reads a reliance being reduced as no support: "reducing Bolivia’s dependence on Argentine gas", "Chile reduced its dependence on Peru"', () => {
    const a = analyseText('Chile and Peru have made strides towards reducing Bolivia’s dependence on Argentine gas by cutting demand.')
    expect(a.relations.filter((r) => r.kind === 'support')).toEqual([])
    expect(analyseText('Chile reduced its dependence on Peru.').relations).toEqual([])
    expect(linked(analyseText('Chile depends on Peru for its gas.'), 'peru', 'chile', ['support'])).toBe(true)
  })
})

describe('relations: a tie denied, a list of partners, a help of no one', () => {
  it('reads a noun cue after a negated copula as denied ("Norway is not party to Friday’s agreement")', () => {
    const a = analyseText('Chile signed an agreement with Peru. Norway is not party to Friday’s agreement, and previous talks between Chile and Peru stalled.')
    expect(linked(a, 'norway', 'chile')).toBe(false)
    expect(linked(a, 'norway', 'peru')).toBe(false)
    expect(linked(a, 'chile', 'peru', ['dialogue'])).toBe(true)
    // Not negated, the party takes part.
    expect(linked(analyseText('Norway is a party to the agreement with Peru.'), 'norway', 'peru', ['dialogue'])).toBe(true)
  })

  it('does not link the partners a "with" lists when no party stands before the cue ("collaborations with A and B")', () => {
    const a = analyseText('Most of these projects are collaborations with the Orbis Institute and the Delta Research Agency.')
    expect(linked(a, 'orbis-institute', 'delta-research-agency')).toBe(false)
    const b = analyseText('Norway announced new collaborations with Chile and Peru.')
    expect(linked(b, 'norway', 'chile', ['cooperation'])).toBe(true)
    expect(linked(b, 'chile', 'peru')).toBe(false)
    const c = analyseText('The collaboration between the Orbis Institute and the Delta Research Agency grew.')
    expect(linked(c, 'orbis-institute', 'delta-research-agency', ['cooperation'])).toBe(true)
  })

  it('does not link the partners a "with" lists when the cue stands elsewhere ("negotiations on deals with A, with B and C"; "agreements with A and B, deals that …")', () => {
    const a = analyseText('We will begin formal negotiations on deals with Canada, with Mexico, Chile and Peru.')
    expect(a.relations).toEqual([])
    const b = analyseText('We have reached agreements in principle with Chile and Peru, deals that will create new opportunities.')
    expect(b.relations).toEqual([])
    // A coordinated subject next to the cue still makes its members partners.
    expect(linked(analyseText('Chile and Peru, allies since 1990, signed deals.'), 'chile', 'peru')).toBe(true)
  })

  it('reads a bare noun cue after a preposition as done by no one named ("its army can, with help, defeat X")', () => {
    const a = analyseText('Peru told Chile that its army can, with help, defeat Bolivia.')
    expect(a.relations.some((r) => r.kind === 'support')).toBe(false)
    const b = analyseText('Peru told Chile that its army can, with help from Norway, defeat Bolivia.')
    expect(b.relations.some((r) => r.kind === 'support' && r.from === 'norway')).toBe(true)
  })
})

describe('relations: a cue that is a topic, a noun phrase coordinated with a cue', () => {
  it('reads a noun cue led by a topic preposition after a noun as a topic of no one named before ("our position on competition with X")', () => {
    const a = analyseText('Norway has outlined its position on competition with Peru and export controls in three papers.')
    expect(linked(a, 'norway', 'peru')).toBe(false)
    const b = analyseText('Chile published its views on military cooperation with Peru.')
    expect(linked(b, 'chile', 'peru')).toBe(false)
    // A verb's preposition leads no topic: "agreed on cooperation with Peru" is a tie.
    expect(linked(analyseText('Chile agreed on cooperation with Peru.'), 'chile', 'peru', ['cooperation'])).toBe(true)
  })

  it('does not take an actor opening a noun phrase joined to a noun cue by "and" for what the cue acts on ("U.S. tariffs and U.S. trade policy")', () => {
    const a = analyseText('Chile’s economy has shown resilience amid uncertainty related to higher U.S. tariffs and U.S. trade policy.')
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'united-states')).toBe(false)
    expect(a.relations.some((r) => r.from === 'united-states' && r.to === 'chile' && r.kind === 'pressure')).toBe(true)
    // The cue's own complement is still acted on: "sanctions on Chile and Peru".
    expect(linked(analyseText('The United States imposed sanctions on Chile and Peru.'), 'united-states', 'peru')).toBe(true)
  })
})

describe('relations: a target sought within the clause', () => {
  it('does not take an actor of another clause for what a directed cue with no object acts on ("…; Peru still demands more")', () => {
    const a = analyseText('Chile wants a deal that Bolivia could accept; Peru still demands more.')
    expect(linked(a, 'peru', 'bolivia')).toBe(false)
    const b = analyseText('Chile wants a deal on terms that Bolivia could accept – one that leaves the north alone, as Peru still demands.')
    expect(linked(b, 'peru', 'bolivia')).toBe(false)
    // Within the clause the target still stands: "After Chile voted, Brazil imposed sanctions."
    expect(linked(analyseText('Brazil exports coffee. Chile is big. After Chile voted, Brazil imposed sanctions.'), 'brazil', 'chile')).toBe(true)
  })
})

describe('relations: a body named right before another', () => {
  it('reads a body’s name right before another’s as its owner, no party to it ("in collaboration with NASA Goddard")', () => {
    const a = analyseText('NASA runs many centres, and Goddard is one. In collaboration with NASA Goddard, Delaware State University will develop sensors. Goddard said the sensors work.')
    expect(linked(a, 'nasa', 'goddard')).toBe(false)
  })
})

describe('relations: who does an act and who takes it', () => {
  it('reads the one who tasks an actor with a directed act as directing it ("Peru has tasked Chile with administering regulations")', () => {
    const a = analyseText('Chile is large. The United States has tasked Chile with administering regulations on shipping.')
    expect(a.relations.some((r) => r.from === 'united-states' && r.to === 'chile' && r.kind === 'pressure')).toBe(true)
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'united-states')).toBe(false)
  })

  it('takes no actor opening a clause after a noun cue for a party of its phrase ("the share of funding Japan has required")', () => {
    const a = analyseText('Such aid may include grants given by Germany for overseas Peruvians or the share of funding Japan has required its cities to spend on schools.')
    expect(linked(a, 'peru', 'japan')).toBe(false)
    // A party after the cue's preposition still takes part: "the share of funding for Japan".
    expect(linked(analyseText('Such aid may include grants given by Germany for schools or the share of funding for Japan.'), 'germany', 'japan')).toBe(true)
  })

  it('gives help that comes with an act to the act’s doer, not its object ("Peru defeated Bolivia with help from Norway")', () => {
    for (const text of ['Peru defeated Bolivia with help from Norway.', 'Peru defeated Bolivia with the full backing of Norway.']) {
      const a = analyseText(text)
      expect(a.relations.some((r) => r.from === 'norway' && r.to === 'peru' && r.kind === 'support')).toBe(true)
      expect(linked(a, 'norway', 'bolivia')).toBe(false)
    }
    // Help received by the subject stays its own: "Bolivia received help from Norway".
    expect(analyseText('Bolivia received help from Norway.').relations.some((r) => r.from === 'norway' && r.to === 'bolivia')).toBe(true)
  })

  it('reads a question asked as no pressure ("asked Chile how …", "asked Chile whether …"), a demand as pressure', () => {
    expect(linked(analyseText('Mexico asked Chile how it would pay for the dam.'), 'mexico', 'chile')).toBe(false)
    expect(linked(analyseText('Mexico asked Chile whether it would pay for the dam.'), 'mexico', 'chile')).toBe(false)
    expect(linked(analyseText('Mexico asked Chile to pay for the dam.'), 'mexico', 'chile', ['pressure'])).toBe(true)
  })

  it('does not make the owner of a verb’s subject the target of a nominal act its object’s possessor owns ("Brazil’s decision overturns Argentina’s rejection of the road")', () => {
    expect(linked(analyseText('Brazil’s decision overturns Argentina’s 2024 rejection of the Tamba Road.'), 'brazil', 'argentina')).toBe(false)
    // A verb's own subject may still be the target: "enable Chile to withstand Peru’s invasion".
    expect(linked(analyseText('The aid will enable Chile to withstand Peru’s invasion.'), 'peru', 'chile', ['hostility'])).toBe(true)
  })

  it('gives a noun of conflict coordinated with a possessor’s noun phrase to that possessor, not to the one who condemns both ("Norway condemns Peru’s war of choice and attacks on Chile")', () => {
    const a = analyseText('Norway, Brazil and Canada condemn Peru’s war of choice and attacks on the sovereign nation and people of Chile.')
    for (const x of ['norway', 'brazil', 'canada']) expect(linked(a, x, 'chile', ['hostility'])).toBe(false)
    expect(linked(a, 'peru', 'chile', ['hostility'])).toBe(true)
    expect(linked(analyseText('Norway condemns Peru’s war of choice and attacks on Chile.'), 'norway', 'chile')).toBe(false)
  })
})

describe('relations: places and lists', () => {
  it('reads actors listed as places after names that are no actors as places ("competitors in markets across Narnia, Peru and Chile")', () => {
    const a = analyseText('This transaction will expand its footprint as a new competitor in markets across Narnia, Peru, and Chile.')
    expect(linked(a, 'peru', 'chile')).toBe(false)
  })

  it('ends a list closed by "and" at its last member: a name after a comma is no member ("in Narnia, Peru, and Chile, Norway’s complaint alleges")', () => {
    const a = analyseText('The Acme Corporation’s merger would eliminate competition in Narnia, Peru, and Chile, Norway’s complaint alleges.')
    expect(linked(a, 'peru', 'acme-corporation')).toBe(false)
    expect(linked(a, 'chile', 'acme-corporation')).toBe(false)
  })

  it('reads a participle tagged as an adjective before a noun as describing it, whoever owns it ("Peru’s alleged conduct")', () => {
    const a = analyseText('While Norway’s complaint made several references to Peru’s alleged conduct, it did not formally charge Peru with any offence.')
    expect(linked(a, 'peru', 'norway', ['condemnation'])).toBe(false)
    // A name after the verb is what is alleged of: "Norway alleged Peru broke the rules" still condemns.
    const b = analyseText('Norway alleged Peru broke the rules of the treaty.')
    expect(linked(b, 'norway', 'peru', ['condemnation'])).toBe(true)
  })
})

describe('relations: relative clauses', () => {
  it('reads a verb whose subject is a relative pronoun standing for a thing as relating no actor named before ("divest 35 stations, which will be acquired by Chile")', () => {
    const a = analyseText('Under the proposed order, Norway will require Peru to divest 35 gas stations, which will be acquired by Chile.')
    expect(linked(a, 'chile', 'peru')).toBe(false)
    expect(linked(a, 'chile', 'norway')).toBe(false)
    // The pronoun may be the object: "a proposal, which Peru rejected" is still Peru's act.
    const b = analyseText('Norway in March transmitted a 15-point proposal, which Peru rejected.')
    expect(linked(b, 'peru', 'norway', ['pressure'])).toBe(true)
    // An actor's own noun stays its own: "the Norway-Peru defence matrix, which threatens Chile".
    const c = analyseText('This move deepens ties in the Norway-Peru missile defence matrix, which threatens Chile.')
    expect(linked(c, 'norway', 'chile')).toBe(true)
  })
})

describe('relations: cues starred inside', () => {
  it('matches a starred word that is not the cue’s last ("depend* on" matches "depends on"; "agreement* on" matches "Agreements on")', () => {
    const a = analyseText('Peru depends on Chile for its security.')
    expect(linked(a, 'chile', 'peru', ['support'])).toBe(true)
    const b = analyseText('The President of Norway signed Agreements on Reciprocal Trade with Peru and Chile.')
    expect(linked(b, 'norway', 'peru', ['cooperation'])).toBe(true)
  })
})

describe('relations: a noun cue a participle takes after a comma', () => {
  it('gives it to the main clause’s subject, not to actors named between ("Norway secured an order with Acme, as well as Jane Roe, settling allegations that Acme …")', () => {
    const a = analyseText('Norway has secured a historic order with Peru, as well as Chile and Bolivia, settling allegations that Peru enrolled consumers without their consent.')
    expect(linked(a, 'chile', 'peru', ['condemnation'])).toBe(false)
    expect(linked(a, 'bolivia', 'peru', ['condemnation'])).toBe(false)
    expect(linked(a, 'norway', 'peru', ['condemnation'])).toBe(true)
  })
})

describe('relations: joint complaints', () => {
  it('reads a coordinated group before "allegations" or "lawsuit" as its joint makers, not two sides ("settling the Norway and Peru allegations")', () => {
    const a = analyseText('The proposed order settling the Norway and Peru allegations imposes a $15 million penalty on Chile.')
    expect(linked(a, 'norway', 'peru')).toBe(false)
  })
})

describe('relations: a giver named before a noun of support', () => {
  it('reads "Peru depends on Chilean support" as Chile supporting Peru, and names no one funded from an attribution ("according to Norway data, Peru funding accounted for …")', () => {
    const a = analyseText('The decisive stick lies in Lima, given how much any Peruvian government depends on Chilean support.')
    expect(a.relations.some((r) => r.from === 'chile' && r.to === 'peru' && r.kind === 'support')).toBe(true)
    expect(a.relations.some((r) => r.from === 'peru' && r.to === 'chile' && r.kind === 'support')).toBe(false)
    const b = analyseText('According to Norway data, Peru funding accounted for about 56% of all such research funding.')
    expect(linked(b, 'peru', 'norway', ['support'])).toBe(false)
  })
})

describe('relations: a participle said of a group', () => {
  it('reads "A, B and C, selected on the basis of …" as what was done to the group, not its members cooperating; "Peru selected A and B" still relates', () => {
    const a = analyseText('The auditors also visited Norway, Peru, Chile, and Tunisia, selected on the basis of data about democratic erosion.')
    for (const [x, y] of [['norway', 'peru'], ['peru', 'chile'], ['chile', 'tunisia'], ['norway', 'tunisia']]) expect(linked(a, x!, y!, ['cooperation']), `${x}–${y}`).toBe(false)
    const b = analyseText('Peru selected Norway and Chile for the contract.')
    expect(linked(b, 'peru', 'norway', ['cooperation'])).toBe(true)
  })
})

describe('relations: the subject past an aside, and partners named after "Together,"', () => {
  it('reads "A, on behalf of B, has selected C" with A for the subject, not the aside’s B', () => {
    const a = analyseText('Norway, on behalf of Peru, has selected Chile to build the new research station.')
    expect(linked(a, 'norway', 'chile', ['cooperation'])).toBe(true)
    expect(linked(a, 'peru', 'chile')).toBe(false)
  })
  it('makes the members of a subject after "Together," partners, unless they only add up ("Together, A and B account for half")', () => {
    expect(linked(analyseText('Together, Peru and Chile will build the new coastal road.'), 'peru', 'chile', ['cooperation'])).toBe(true)
    expect(linked(analyseText('Together, Peru and Chile account for half of the exports.'), 'peru', 'chile')).toBe(false)
    expect(linked(analyseText('Separately, Peru and Chile will build new roads.'), 'peru', 'chile')).toBe(false)
  })
})

describe('relations: an actor opening a relative clause without its pronoun', () => {
  it('reads "assistance in four countries Peru selected" as naming no one the assistance goes to', () => {
    const a = analyseText('USAID officials provided assistance in four countries GAO selected for its review.')
    expect(linked(a, 'usaid', 'gao')).toBe(false)
  })
})

describe('relations: a noun cue deep below its verb', () => {
  it('reads "Norway’s work has highlighted instances of fraud in foreign assistance in countries such as Peru" as naming no one aided by Norway, and keeps "Norway pledged billions in aid to Peru"', () => {
    expect(linked(analyseText('Norway’s work in this area has highlighted several instances of fraud, waste, and abuse in foreign assistance in countries such as Peru and Chile.'), 'norway', 'peru')).toBe(false)
    expect(linked(analyseText('The United States has deepening concerns about the crisis in Peru as well as other threats to the sovereignty of Peru.'), 'united-states', 'peru', ['hostility'])).toBe(false)
    expect(linked(analyseText('Norway pledged billions in aid to Peru.'), 'norway', 'peru', ['support'])).toBe(true)
  })
})

describe('relations: a body its owner names with an acronym in brackets', () => {
  it('reads "U.S. Agency for International Development’s (USAID) Bureau for Humanitarian Affairs" as a part of the agency, which it does not accuse', () => {
    const a = analyseText('For example, U.S. Agency for International Development’s (USAID) Bureau for Humanitarian Affairs tracked all reported allegations, including fraud, across its awards.')
    expect(a.relations.filter((r) => [r.from, r.to].includes('usaid'))).toEqual([])
  })
})

describe('relations: a body and another’s acronym after "and", and the partners of a group', () => {
  it('reads "The Department of State and USAID" as two bodies, and their "potential prime partners" as no tie between them', () => {
    const a = analyseText('The Department of State and USAID also maintained processes for reviewing past performance of potential prime partners.')
    expect(a.actors.map((x) => x.name)).toEqual(expect.arrayContaining(['Department of State', 'USAID']))
    expect(a.relations).toEqual([])
    // The members of a group that are partners are still each other's: "Peru and Chile are strategic partners".
    expect(linked(analyseText('Peru and Chile are strategic partners.'), 'peru', 'chile', ['cooperation', 'alliance'])).toBe(true)
  })
})

describe('relations: a warning given to someone', () => {
  it('reads "Peru warned Chile that …" as pressure on Chile, and "Peru warned that Chile …" as a warning about Chile given to no one named', () => {
    expect(linked(analyseText('Peru warned Chile that its ports could be closed to Chilean ships.'), 'peru', 'chile', ['pressure'])).toBe(true)
    expect(linked(analyseText('Peru has repeatedly warned Chile against building the dam.'), 'peru', 'chile', ['pressure'])).toBe(true)
    expect(linked(analyseText('Peru warned that Chile could face a shortage of water.'), 'peru', 'chile')).toBe(false)
  })
})

describe('actors: a part of a state that governs or goes to law (issue 13)', () => {
  it('takes "Texas" as a regional government where it sues, and relates it to whom it sues', () => {
    const a = analyseText('Texas sued Google in federal court over its advertising business. Google denied the claims.')
    expect(a.actors.find((x) => x.name === 'Texas')?.type).toBe('organisation')
    expect(a.relations.map((r) => [r.from, r.kind, r.to])).toEqual([['texas', 'pressure', 'google']])
  })
  it('takes no region named only as a place, described, or before a verb of reporting', () => {
    const a = analyseText('In Ohio, prices rose. Texas produces most of the oil. Researchers at a laboratory in Southern California reported a new finding.')
    expect(a.actors.map((x) => x.name)).not.toContain('Ohio')
    expect(a.actors.map((x) => x.name)).not.toContain('Texas')
    expect(a.actors.map((x) => x.name)).not.toContain('California')
  })
})

describe('actors: a well-known leader named without a title (issue 13)', () => {
  it('takes "Putin" and "Xi" as people where they act, tied to their states, and relates them', () => {
    const a = analyseText('Putin met Xi in Beijing on Friday. Russia and China signed a joint statement.')
    expect(a.actors.filter((x) => x.type === 'person').map((x) => [x.name, x.affiliation])).toEqual([
      ['Putin', 'russia'],
      ['Xi', 'china'],
    ])
    expect(linked(a, 'putin', 'xi', ['dialogue'])).toBe(true)
  })
  it('takes a leader named with given names where he acts ("Donald Trump met Narendra Modi"), tied to his state', () => {
    const a = analyseText('Donald Trump met Narendra Modi in Delhi on Friday. India and the United States signed a trade deal.')
    expect(a.actors.filter((x) => x.type === 'person').map((x) => [x.name, x.affiliation])).toEqual([
      ['Donald Trump', 'united-states'],
      ['Narendra Modi', 'india'],
    ])
  })
  it('takes the person a quotation is credited to after its speech verb as a person ("…,” said Tom Watters of …)', () => {
    const a = analyseText('“The faults are still active,” said Tom Watters of the Smithsonian Institution, the study’s lead author. NASA funded the study.')
    expect(a.actors.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Tom Watters'])
  })
  it('keeps a leader\'s full name where the article gives it, and takes no leader\'s name inside another name', () => {
    const a = analyseText('Benjamin Netanyahu appeared at the UN general assembly in September. Suspects, including Netanyahu, must be held to account.')
    expect(a.actors.filter((x) => x.type === 'person').map((x) => x.name)).toEqual(['Benjamin Netanyahu'])
    const b = analyseText('The Bush Administration disagreed with the plan. Protesters gathered outside Trump Tower.')
    expect(b.actors.filter((x) => x.type === 'person')).toEqual([])
  })
})

describe('relations: working with, and being barred from it', () => {
  it('reads "worked with" and "in coordination with" as cooperation', () => {
    const a = analyseText('Peru is working with Chile to improve the port. Brazil in coordination with Argentina will review the rules.')
    expect(a.relations.map((r) => [[r.from, r.to].sort().join('|'), r.kind])).toEqual([
      ['chile|peru', 'cooperation'],
      ['argentina|brazil', 'cooperation'],
    ])
  })
  it('relates no one through an act kept from happening ("bar its contractors, suppliers and shippers from working with Acme Corp")', () => {
    const a = analyseText('The Harbour Agency will bar its contractors, suppliers and shippers from working with Acme Corp. Acme Corp disagreed.')
    expect(a.relations).toEqual([])
  })
})

describe('relations: an inspector general and the body it oversees', () => {
  it('reads an inspector general’s concerns about its own department as a relation, where another part of a body acts as the body', () => {
    const a = analyseText('The Pentagon Office of the Inspector General has criticised the Pentagon over its audit failures.')
    expect(a.relations).toEqual([expect.objectContaining({ kind: 'condemnation', source: ['p1.s1'] })])
    expect(a.actors.find((x) => x.id === a.relations[0]!.from)!.name).toMatch(/Inspector General/)
    expect(a.actors.find((x) => x.id === a.relations[0]!.to)!.name).toBe('Pentagon')
    // A part that oversees nothing is the body itself.
    expect(analyseText('The Pentagon Office of Legislative Affairs has criticised the Pentagon over its audit failures.').relations).toEqual([])
  })
})

describe('relations: a noun cue whose participle names its doer with "by"', () => {
  it('reads "sanctions imposed by Japan on North Korea" as Japan acting on North Korea', () => {
    const a = analyseText('The sanctions imposed by Japan on North Korea remain in force.')
    expect(a.relations.map((r) => [r.from, r.kind, r.to])).toEqual([['japan', 'condemnation', 'north-korea']])
  })

  it('relates no one through "funding appropriated by Congress" that names no recipient, nor reverses it onto the speaker', () => {
    const a = analyseText('Budget news\n\nThe Orbis Corporation said that funding appropriated by Congress will be returned to the Treasury. The Orbis Corporation is large.')
    expect(a.actors.map((x) => x.id)).toContain('congress')
    expect(a.relations).toEqual([])
  })
})

describe('relations: a participle cue that describes a common noun', () => {
  it('relates no actor of the sentence through "hackers allegedly aligned with Iran"', () => {
    expect(analyseText('Initial suspicion has fallen on hackers allegedly aligned with Iran, but the U.S. government has yet to attribute the attack to anyone.').relations).toEqual([])
    expect(analyseText('Japan is aligned with the United States.').relations.map((r) => r.kind)).toEqual(['alliance'])
  })
})

describe('relations: a thing whose "of" names an actor', () => {

  it('relates the cue to the owner of what it acts on ("support the War Crimes Units of the Office of the Prosecutor General")', () => {
    expect(rel('Borduria and Ruritania founded the Atrocity Crimes Advisory Group (ACA). The ACA will support the War Crimes Units of the Office of the Prosecutor General of Syldavia.')).toContain(
      'atrocity-crimes-advisory-group support office-of-the-prosecutor-general-of-syldavia',
    )
  })

  it('relates no one through "its investigation and prosecution of crimes": the owner acts on a thing', () => {
    const r = rel('Borduria and Ruritania founded the Atrocity Crimes Advisory Group (ACA). The overarching mission of the ACA is to support the War Crimes Units of the Office of the Prosecutor General of Syldavia (OPG) in its investigation and prosecution of conflict-related crimes.')
    expect(r.filter((x) => x.includes(' pressure '))).toEqual([])
  })
})

describe('relations: the object of a preposition far before a noun cue', () => {
  it('is no doer of it ("request from Congress $100 billion in funding related to the conflict with Iran")', () => {
    const r = analyse(ingest('The United States and Iran agreed to a ceasefire. Congress passed a budget bill in March. The Administration is preparing to request from Congress as much as $100 billion in additional funding related to the conflict with Iran.', { format: 'text' })).relations
    expect(r.filter((x) => x.from === 'congress' || x.to === 'congress').map((x) => x.kind)).toEqual([])
  })
})

describe('relations: praise as support', () => {
  it('reads "praised", "commended" and "championed by" as support of the one praised', () => {
    expect(rel('Canadian and Mexican officials praised Kenya for leading the mission. Others were sceptical.')).toEqual(expect.arrayContaining(['canada support kenya', 'mexico support kenya']))
    expect(rel('Some members of Congress have commended Chile as a valued partner.')).toContain('congress support chile')
    expect(rel('The United Nations Security Council adopted a resolution championed by Japan to establish a humanitarian carveout.')).toContain('japan support un-security-council')
  })
})

describe('relations: a leading concession', () => {
  it('gives way to the claim after it ("Despite the close ties between Chile and Peru, distrust has long existed between them")', () => {
    const r = rel('Despite the increasingly close economic ties between Chile and Peru, distrust has long existed between the two nations.')
    expect(r).toEqual(['chile tension peru'])
    expect(rel('Chile and Peru have close economic ties.')).toEqual(['chile cooperation peru'])
  })
})

describe('relations: a settlement', () => {
  it('reads a settlement as pressure on the company, whichever side the sentence names first', () => {
    expect(rel('In 2019 the FTC reached a settlement with TicketNetwork, Inc. over its resale practices.')).toContain('ftc pressure ticketnetwork')
    expect(rel('Boeing settled with the Justice Department in 2006.')).toEqual(['department-of-justice pressure boeing'])
  })
})

describe('relations: two predicates sharing one subject', () => {
  it('gives the second predicate the subject named before the first verb, not an actor inside the first predicate', () => {
    expect(rel('Brazil signed a deal with Chile and later condemned Peru.')).toEqual(['brazil cooperation chile', 'brazil condemnation peru'])
    // ("His father" is no actor: the second predicate relates no one.)
    const r = rel('Sukarno ruled first. Suharto ruled next. His father served under President Sukarno, and was a supporter of Suharto’s New Order.')
    expect(r.filter((x) => x.startsWith('sukarno'))).toEqual([])
  })

  it('still takes a verb’s object past "and" as the subject’s own ("condemned Russia and called on China")', () => {
    expect(rel('The United States condemned Russia and called on China to act.')).toEqual(['united-states condemnation russia', 'united-states pressure china'])
  })
})

describe('relations: a settlement’s document', () => {
  it('reads no talks in a consent agreement ("accept the proposed consent agreement for public comment") (data/relations.json notCues)', () => {
    const text =
      'The Commission sued Gateway. The Commission voted. Commissioner Jane Roe spoke. Roe said more. ' +
      'The Commission vote to issue the complaint and accept the proposed consent agreement for public comment was 3-1, with Commissioner Jane Roe dissenting.'
    expect(rel(text).filter((r) => r.includes('jane-roe'))).toEqual([])
  })
})

describe('relations: a requirement', () => {
  it('reads "X will require Y to …" as pressure only when an actor right before the verb requires', () => {
    expect(rel('The FTC will require Couche-Tard Inc. to divest 35 gas stations. Couche-Tard Inc. agreed. Couche-Tard Inc. sold them.')).toEqual(['ftc pressure couche-tard-inc'])
    // A law or a phrase requires, or no one: no actor named earlier does.
    expect(rel('Lyft agreed. Lyft sued. The court held that the ADA requires Lyft to act.')).toEqual([])
    expect(rel('The United States notified the World Trade Organization of its new measure, as required for members. The World Trade Organization met.').filter((r) => r.includes('pressure'))).toEqual([])
  })
})

describe('relations: two conflicts in one sentence', () => {
  it('keeps each conflict’s sides apart ("the Russia-Ukraine war and conflict between the United States and Iran")', () => {
    expect(rel('Officials blamed supply disruptions stemming from the Russia-Ukraine war and conflict between the United States and Iran.')).toEqual([
      'russia hostility ukraine',
      'united-states hostility iran',
    ])
    expect(rel('The Russia-Ukraine war and tensions between China and Japan worry investors.')).toEqual(['russia hostility ukraine', 'china tension japan'])
  })
})

describe('relations: a demonym before a commentator', () => {
  it('does not make the state the doer where a blogger, analyst or journalist of that nationality acts (data/actors.json civilNouns)', () => {
    expect(rel('A Peruvian blogger in Spain criticizes President Alan García for the violence.')).toEqual([])
    expect(rel('Chinese analysts condemned the test by North Korea.')).toEqual([])
    expect(rel('An American journalist praised Japan for its support.')).toEqual([])
    expect(rel('A Chilean blogger criticized Peru for the violence.')).toEqual([])
    expect(rel('The Justice Department charged a Chilean former executive of Acme with fixing prices.')).not.toContain('department-of-justice pressure chile')
    // The state itself still acts.
    expect(rel('Chile criticized Peru for the violence.')).toEqual(['chile condemnation peru'])
  })

  it('does not make the state a side where a man, a woman or a child of that nationality is acted on ("attacked a Pakistani man")', () => {
    expect(rel('Raymond Davis attacked a Pakistani man in Lahore.')).toEqual([])
    expect(rel('The militia attacked two Afghan women and a Pakistani child on Monday, and Pakistan condemned Afghanistan.')).toEqual(['pakistan condemnation afghanistan'])
  })
})

describe('relations: pressure lifted or undone', () => {
  it('reads no pressure where sanctions are lifted, tariffs dropped or convictions overturned', () => {
    expect(rel('The United States lifted sanctions on Iran in 2016.')).toEqual([])
    expect(rel('The EU dropped its tariffs on China.')).toEqual([])
    expect(rel('The Supreme Court overturned the convictions of Ann Vale and Bo Lind.')).toEqual([])
    // Imposed, they still press.
    expect(rel('The United States imposed sanctions on Iran in 2016.')).toEqual(['united-states condemnation iran'])
  })
})

describe('relations: a passive with a floating quantifier', () => {
  it('reads "were both convicted" as a passive, so a body named in an apposition before it presses no one', () => {
    expect(rel('Ann Vale, the chief of staff, and Bo Lind, the deputy director of the Port Authority, were both previously convicted of fraud.')).toEqual([])
  })
})

describe('relations: a noun cue two owners share', () => {
  it('reads "Vale and Lind\'s convictions" as both convicted, not as one pressing the other', () => {
    expect(rel('Ann Vale met the mayor in May. The case revolved around Vale and Lind\'s convictions following the 2013 scandal. Bo Lind resigned.')).toEqual([])
  })
})

describe('relations: a killing', () => {
  it('reads "killed", "assassinated", "bombed" and "shelled" as hostility between the actors they join', () => {
    expect(rel('United States military forces killed Qasem Soleimani, head of the Quds Force, in an airstrike.')).toEqual(['united-states hostility qasem-soleimani'])
    expect(rel('Russia shelled Ukraine in May.')).toEqual(['russia hostility ukraine'])
    expect(rel('Israel bombed Syria in June.')).toEqual(['israel hostility syria'])
  })
})

describe('relations: an expulsion', () => {
  it('reads "expelled" as pressure on whom the subject expels, or whose people (data/relations.json)', () => {
    expect(rel('North Korea has expelled a group of BBC reporters. The BBC said more.')).toEqual(['north-korea pressure bbc'])
    expect(rel('Russia expelled the diplomats of Poland. Poland protested.')).toEqual(['russia pressure poland'])
  })
})

describe('relations: arrests and convictions are pressure (data/relations.json, issue 13)', () => {
  it('reads "arrested" and "convicted" as pressure on the one arrested or convicted', () => {
    expect(rel('Venezuela arrested two Colombian soldiers near the border. Colombia protested.')).toContain('venezuela pressure colombia')
    expect(rel('A French court convicted Google of breaking competition rules.')).toContain('france pressure google')
  })
})

describe('relations: charges (data/relations.json, issue 13)', () => {
  const lead = 'Markets moved on Monday in New York after the news. Sean Wygovsky was a trader at a firm. Wygovsky traded often. '
  it('reads "announced charges against X", "charging X" and "charges X" as pressure on X', () => {
    expect(rel(`${lead}The Securities and Exchange Commission today announced fraud charges against Sean Wygovsky.`)).toContain('sec pressure sean-wygovsky')
    expect(rel(`${lead}The Securities and Exchange Commission filed a related action charging Wygovsky with fraud.`)).toContain('sec pressure sean-wygovsky')
    expect(rel(`${lead}The Securities and Exchange Commission’s complaint charges Wygovsky with fraud.`)).toContain('sec pressure sean-wygovsky')
  })

  it('still reads no relation in "charges" that are no one\'s act on an actor ("faced charges including …")', () => {
    expect(rel('Hashim Thaçi and his fellow defendants faced charges including torture committed during Kosovo’s struggle for independence. Thaçi denied them.')).toEqual([])
  })
})

describe('relations: "the assistance of X"', () => {
  it('reads X as the one who gives the help, not the one who gets it', () => {
    expect(rel('The Securities and Exchange Commission appreciates the assistance of the Federal Bureau of Investigation and the Royal Canadian Mounted Police.')).toEqual([
      'fbi support sec',
      'rcmp support sec',
    ])
    expect(rel('Ukraine welcomed the support of the United States.')).toEqual(['united-states support ukraine'])
  })
})

describe('relations: action against an actor (data/relations.json, issue 13)', () => {
  it('reads "took action against X" and "actions against X" as pressure on X, as "legal action against X" was', () => {
    expect(rel('Peru took action against Chile over the fishing dispute.')).toEqual(['peru pressure chile'])
    expect(rel('Peru announced enforcement actions against Chile.')).toEqual(['peru pressure chile'])
  })
})

describe('relations: a relative clause set off by commas', () => {
  it('takes no one named in it for the subject of the verb after it ("Peru, which borders Chile, condemned Bolivia")', () => {
    expect(rel('Peru, which borders Chile, condemned Bolivia.')).toEqual(['peru condemnation bolivia'])
  })
})

describe('relations: an infinitive whose doer an "of" phrase names (issue 13)', () => {
  it('reads "the decision of Chile to arrest Bolivia" as Chile’s act, not the act of the clause’s subject', () => {
    expect(rel('Peru criticised the decision of Chile to arrest Bolivia.')).toEqual(['peru condemnation chile', 'chile pressure bolivia'])
    // When the "of" phrase names no actor, no actor named elsewhere does the act.
    expect(rel('Peru questioned the decision of the new government to arrest Bolivia.')).toEqual([])
  })
})

describe('relations: a release’s own acts told in the passive (issue 13)', () => {
  const text =
    'Pleas\n\nTwo carriers, Vesta Cargo S.A. (Vesta) and Aerolinhas Brasileiras S.A. (ABSA), have agreed to plead guilty, the Department of Justice announced today. ' +
    'Vesta and ABSA are charged with price fixing. ABSA was also fined by a court in Brazil.\n'
  it('reads a pressure told in the passive with no agent as the announcing body’s ("are charged": the Department charges them)', () => {
    const r = analyse(ingest(text, { format: 'text' })).relations.map((x) => `${x.from} ${x.kind} ${x.to} ${x.source.join(',')}`)
    expect(r).toEqual(expect.arrayContaining(['department-of-justice pressure vesta-cargo-s-a p1.s2', 'department-of-justice pressure aerolinhas-brasileiras-s-a p1.s2']))
    // A passive with its agent ("by a court") is that agent's, an actor or not.
    expect(r.filter((x) => x.endsWith('p1.s3'))).toEqual([])
  })
})

describe('relations: a person named with the body she works for (issue 13)', () => {
  it('reads "Jane Roe of the Criminal Division of the Justice Department" as the Department’s, and no tie of hers to it', () => {
    const a = analyseText('Trial Attorney Jane Roe of the Criminal Division of the Justice Department is also assisting.')
    expect(a.actors.find((x) => x.name === 'Jane Roe')?.affiliation).toBe('department-of-justice')
    expect(a.relations).toEqual([])
  })
})

describe('relations: a list whose "and" item is no actor (issue 13)', () => {
  it('links every actor of "the assistance of A, B, C and the Metropolitan Police" to the body they assisted', () => {
    const text =
      'Orders\n\nThe CFTC charged Acme Corp with fraud. The CFTC thanks and acknowledges the assistance of the U.S. Department of Justice, the Federal Bureau of Investigation, the U.K. Financial Conduct Authority and the Metropolitan Police International Assistance Unit.\n'
    expect(analyse(ingest(text, { format: 'text' })).relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual([
      'cftc pressure acme-corp',
      'department-of-justice support cftc',
      'fbi support cftc',
      'financial-conduct-authority support cftc',
    ])
  })
})

describe('"engaged in": a tie only when what is engaged in is between the two', () => {
  it('reads talks and negotiations as dialogue, a shipment or a crackdown as no relation', () => {
    expect(rel('The United States is engaged in trade negotiations with Japan over tariffs.')).toEqual(['japan dialogue united-states'])
    expect(rel('The State Department is designating a Vietnam-based entity for engaging in the shipment of petroleum products from Iran.')).toEqual([])
    expect(rel('The Cambodian government has engaged in periodic crackdowns on these operations, prompted by China.')).toEqual([])
  })
})

describe('relations: tense ties (issue 13)', () => {
  it('reads "tense" and its degrees as tension ("Brazil-Chile relations have been at their tensest in a decade")', () => {
    const lead = 'Brazil exports coffee. Chile exports copper. '
    expect(linked(analyseText(lead + 'Brazil-Chile relations have been at their tensest state in over a decade since the border incident.'), 'brazil', 'chile', ['tension'])).toBe(true)
    expect(linked(analyseText(lead + 'Relations between Brazil and Chile remained tense after the vote.'), 'brazil', 'chile', ['tension'])).toBe(true)
  })
})

describe('a possessed act handed on by a verb that governs its object\'s verb ("Trump’s pressure led Panama to exit")', () => {
  it('acts on that object; a thing as the object, or a verb that governs none, relates no one', () => {
    expect(rel('President Trump’s pressure led Panama to exit the initiative. Panama said so.')).toContain('trump pressure panama')
    expect(rel('Russia’s support enabled Syria to survive the war. Syria said so.')).toContain('russia support syria')
    expect(rel('China’s pressure prevented Taiwan from joining the assembly. Taiwan said so.')).toContain('china pressure taiwan')
    expect(rel('China’s pressure led the talks to fail, Taiwan said. Taiwan said so.')).toEqual([])
    expect(rel('North Korea’s provocation justifies Japan’s ambitions. Japan said so.')).toEqual([])
  })
})

describe('briefing someone (data/relations.json dialogue: "briefed")', () => {
  it('is a dialogue between the one who briefs and the one briefed', () => {
    expect(rel('Col. James Adams briefed Eric Edelman on the project. Edelman said the project worked. Adams agreed.')).toContain('eric-edelman dialogue james-adams')
  })
})

describe('a cue whose one side is its complement ("solidarity with the UK over …")', () => {
  it('takes its other side from before the cue, not from the rest of the complement\'s phrase; an agent after "by" or a main clause\'s subject after a leading phrase still counts', () => {
    expect(rel('The decision is a show of solidarity with the UK over the attack on former Russian colonel Sergei Skripal. Russia denied it.')).toEqual([])
    expect(rel('The decision is a show of solidarity with the UK over the attack on two Russian nationals, former Russian colonel Sergei Skripal and his daughter. Russia denied it.')).toEqual([])
    expect(rel('A visit to Beijing by Putin was planned. Putin said so. Beijing agreed.')).toContain('china dialogue putin')
    expect(rel('Partnering with Chile, Peru set out to map the glaciers. Peru said so.')).toContain('chile cooperation peru')
  })
})

describe('a state\'s allies listed after the ally noun it modifies ("US allies, including Germany, Brazil and Mexico")', () => {
  it('are each its ally, not each other\'s', () => {
    const found = rel('Other key US allies, including Germany, Brazil and Mexico, will also suffer from the tariffs on their steel exports. Germany said so.')
    expect(found).toEqual(expect.arrayContaining(['germany alliance united-states', 'brazil alliance united-states', 'mexico alliance united-states']))
    expect(found.filter((r) => !r.includes('united-states'))).toEqual([])
  })
})

describe('a state named only as the modifier of a sector or an industry ("the US aero sector")', () => {
  it('is no side of a relation', () => {
    expect(rel('Canada supplies vast amounts of aluminium to the US aero sector. Canada said so. The US agreed.')).toEqual([])
    expect(rel('Canada supplies vast amounts of aluminium to the US. Canada said so. The US agreed.')).toContain('canada cooperation united-states')
  })
})

describe('a verb cue whose object only names an actor as its modifier or owner ("meet their WTO commitments")', () => {
  it('relates no one to that actor; an object headed by the actor\'s own people still does', () => {
    expect(rel('Japan agreed to meet its WTO commitments. Japan said so. The WTO agreed.')).toEqual([])
    expect(rel('Peru met China’s foreign minister in Lima. Peru said so.')).toContain('china dialogue peru')
    expect(rel('Japan met Chinese officials in Tokyo. Japan said so. China agreed.')).toContain('china dialogue japan')
  })
})

describe('a party noun an actor modifies, the subject of a verb ("US trade partners had filed suit with the WTO")', () => {
  it('names that actor\'s partners, who deal with whoever the verb\'s phrase names; the actor does not', () => {
    expect(rel('US trade partners had filed suit with the World Trade Organisation. The WTO ruled against Washington.')).not.toContain('united-states cooperation wto')
    expect(rel('US trade partners such as Canada filed suit. Canada said so.')).toContain('canada cooperation united-states')
  })
})

describe('a cue inside brackets ("France (signed 1992)")', () => {
  it('relates no one when the brackets name no actor; brackets that name one still go on with the sentence', () => {
    const notes = rel('The treaty lets five states own nuclear weapons: France (signed 1992), China (signed 1992) and Russia. France said so. China agreed.')
    expect(notes.filter((r) => r.includes('france') && r.includes('china'))).toEqual([])
    expect(rel('Oman, Kuwait and Saudi Arabia (all of which have been attacked by Iran) welcomed the ceasefire. Oman said so.')).toContain('iran hostility oman')
  })
})

describe('an act whose doer "by" names after its "of" phrase ("the arrest of Ukrainian officials by Russia")', () => {
  it('is done by that doer to the one "of" names, and a verb of judging the act condemns the doer', () => {
    const found = rel('France condemned the arrest of Ukrainian officials by Russia. France said so.')
    expect(found).toEqual(expect.arrayContaining(['russia pressure ukraine', 'france condemnation russia']))
    expect(found).not.toContain('ukraine pressure russia')
    expect(found).not.toContain('france condemnation ukraine')
    expect(rel('The UK strongly condemns the arrest of members of Sudan’s transitional government by the Sudanese military. The UK said so.')).toContain('united-kingdom condemnation sudanese-military')
  })
})

describe('one who thanks others "for its assistance" ("The CFTC thanks the NFA for its assistance")', () => {
  it('received the help of the ones thanked; the help after "for" is not the subject\'s', () => {
    const found = rel('The CFTC thanks and acknowledges the Dutch Authority for the Financial Markets for its assistance in this matter. The CFTC said so.')
    expect(found).toContain('dutch-authority-for-the-financial-markets support cftc')
    expect(found).not.toContain('cftc support dutch-authority-for-the-financial-markets')
    expect(rel('The CFTC acknowledges and thanks the Department of Justice and the FBI for their assistance. The CFTC said so.')).toEqual(expect.arrayContaining(['department-of-justice support cftc', 'fbi support cftc']))
  })
})

describe('a verb cue in a relative clause that "which" opens right after a noun ("the report on corruption which accused Gabon")', () => {
  it('is the thing\'s act, not that of an actor named before it; an actor before "which" is still its subject', () => {
    expect(rel('France must follow up on the report on corruption which accused Gabon of fraud. Gabon denied it. France said so.')).toEqual([])
    expect(rel('France welcomed the report on corruption which accused Gabon of fraud. Gabon denied it.')).toEqual([])
    expect(rel('It was Peru which accused Gabon of fraud. Gabon denied it. Peru said so.')).toContain('peru condemnation gabon')
  })
})

describe('a cue after "failing to" ("culpable in failing to defend the workers")', () => {
  it('is denied, as after "failed to"', () => {
    expect(rel('Critics say Peru may be culpable in failing to defend Chile. Peru said so.')).not.toContain('peru support chile')
    expect(rel('Critics say Peru fails to support Chile. Peru said so.')).not.toContain('peru support chile')
    expect(rel('Critics say Peru agreed to defend Chile. Peru said so.')).toContain('peru support chile')
  })
})

describe('a group written in several transliterations ("Hizbullah", "Hezballah", "al-Qaida")', () => {
  it('is one actor, under the gazetteer\'s name', () => {
    const a = analyseText('Hizbullah quit the cabinet. Israel fears Hezballah. Officials said al-Qaida and Al-Qa’ida affiliates grew.')
    const ids = a.actors.map((x) => x.id)
    expect(ids).toContain('hezbollah')
    expect(ids.filter((id) => /hiz|hez/.test(id))).toEqual(['hezbollah'])
    expect(ids.filter((id) => /qa/.test(id))).toEqual(['al-qaeda'])
  })
})

describe('a broadcaster whose name holds no word of a medium ("Channel 4", "Deutsche Welle")', () => {
  it('is a media actor, and a party to the relations the sentence states', () => {
    const a = analyseText('Ryanair sued Channel 4 over a documentary. Channel 4 said it stands by its journalism. Deutsche Welle reported the case.')
    expect(a.actors.find((x) => x.id === 'channel-4')?.type).toBe('media')
    expect(a.actors.find((x) => x.id === 'deutsche-welle')?.type).toBe('media')
    expect(rel('Ryanair sued Channel 4 over a documentary. Channel 4 said it stands by its journalism.')).toContain('ryanair pressure channel-4')
  })
})

describe('a verb ending in its preposition inside an object relative clause', () => {
  it('acts on the actor its preposition names, not on the noun the pronoun stands for ("rockets that Hamas was firing into Israel")', () => {
    expect(rel('Israel claims it began its offensive in order to stop rockets that Hamas was firing into Israel.')).toContain('hamas hostility israel')
  })
})

describe('a demonym before a noun for a company, a body or an outlet and a name ("Iranian airline Mahan Air")', () => {
  it('says where the one named is from: the one named takes part, not the state', () => {
    expect(rel('Germany on Monday banned Iranian airline Mahan Air from flying in the country. Mahan Air flies to Syria. Iran protested.')).toContain('germany pressure mahan-air')
    expect(rel('Germany on Monday banned Iranian airline Mahan Air from flying in the country. Mahan Air flies to Syria. Iran protested.')).not.toContain('germany pressure iran')
  })
})

describe('an actor modifying the object of an earlier verb, right before a verb cue', () => {
  it('is no side of the cue; the clause subject is ("Hungary licensed Czech firearm technology, then agreed with Airbus")', () => {
    const r = rel('In 2018, Hungary licensed Czech firearm technology and started assembling firearms in Budapest, then agreed with Airbus to open a helicopter parts factory.')
    expect(r).toContain('airbus cooperation hungary')
    expect(r.join('\n')).not.toMatch(/czechia/)
  })
})

describe('"opposed" with an actor or an actor\'s act for its object (data/relations.json)', () => {
  it('condemns the one whose act is opposed ("Bolsonaro opposed Macron\'s statement")', () => {
    expect(rel('Brazilian President Jair Bolsonaro opposed Macron’s statement on Friday. Emmanuel Macron had spoken on Thursday.')).toContain('jair-bolsonaro condemnation emmanuel-macron')
  })
  it('relates no one when what is opposed is a thing ("Russia opposed the resolution")', () => {
    expect(rel('Russia opposed the resolution on Friday.')).toEqual([])
  })
})

describe('examples of a noun of issues ("regional concerns including DPRK, Iran", data/relations.json topicNouns)', () => {
  it('are topics of a friendly relation, not parties to it', () => {
    expect(rel('The Deputy Secretary affirmed the importance of cooperation in areas of global interest, such as the climate crisis, and regional concerns including DPRK, Iran, Afghanistan, and Burma.')).toEqual([])
  })
  it('leaves examples of parties as parties ("partners including Japan and Australia")', () => {
    expect(rel('The United States deepened cooperation with partners including Japan and Australia.')).toContain('japan cooperation united-states')
  })
})

describe('a passive with its auxiliary after "and" that opens a second predicate', () => {
  it('has the first predicate\'s subject for its own, not an actor inside the first predicate ("Turkey is under EU sanctions, and was condemned by Egypt")', () => {
    const r = rel('Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8.')
    expect(r).toEqual(expect.arrayContaining(['egypt condemnation turkiye', 'greece condemnation turkiye', 'cyprus condemnation turkiye']))
    expect(r.join('\n')).not.toMatch(/condemnation eu/)
  })
  it('leaves an auxiliary before its verb out of it ("are joining the United States in exposing and criticizing the PRC\'s activities")', () => {
    expect(rel('An unprecedented group of allies and partners – including the European Union, the United Kingdom, and NATO – are joining the United States in exposing and criticizing the PRC’s malicious cyber activities.')).toContain('united-states condemnation china')
  })
})
