import { describe, expect, it } from 'vitest'
import { condenseClause } from '../../src/draft/condense.ts'

describe('draft: condensing a clause for a timeline line', () => {
  it('drops the members of a list after the first, marked "…", in the subject or the object', () => {
    expect(condenseClause('the governments of Ruritania, the Kingdom of Borduria (KB), and Syldavia launched a partnership')).toBe('the governments of Ruritania … launched a partnership')
    expect(condenseClause('Ruritania joined Borduria, Syldavia, Elbonia, and the Free State in issuing a statement')).toBe('Ruritania joined Borduria … in issuing a statement')
  })

  it('drops a name\'s appositive before the verb, unmarked, with or without its closing comma', () => {
    expect(condenseClause('Jan Kowal, Minister of the Interior of Ruritania, visited the border post')).toBe('Jan Kowal visited the border post')
    expect(condenseClause('Jan Kowal, Minister of the Interior of Ruritania visited the border post')).toBe('Jan Kowal visited the border post')
    expect(condenseClause('Jan Kowal, a senior official during the Borduria Administration, wrote that the plan had failed')).toBe('Jan Kowal wrote that the plan had failed')
  })

  it('drops an aside in brackets, between dashes or between commas before a verb; a naming aside stands for a long name', () => {
    expect(condenseClause('the Harbour Act (P.L. 12-34) granted $5 million to the port authority')).toBe('the Harbour Act granted $5 million to the port authority')
    expect(condenseClause('shelling resumed as the militia – a movement of farmers that has held the hills since 2019 – advanced on the town')).toBe('shelling resumed as the militia advanced on the town')
    expect(condenseClause('Raids on the port on 3 May, as well as fresh strikes on the coast, underscore the fragile truce')).toBe('Raids on the port on 3 May underscore the fragile truce')
    expect(condenseClause('the Convention on the Protection of Migratory Birds of the Northern Sea (commonly known as the 1990 Convention) widely changed the rules on hunting')).toBe('the 1990 Convention widely changed the rules on hunting')
  })

  it('drops an opening frame led by a complex preposition or a participle, and a subject\'s place or time', () => {
    expect(condenseClause('as part of its response to the flood, the Relief Act granted $5 million to the towns')).toBe('the Relief Act granted $5 million to the towns')
    expect(condenseClause('Drawing on witnesses, photographs and records, the panel concludes that the dam failed')).toBe('the panel concludes that the dam failed')
    expect(condenseClause('The army’s capture of the port in the northern province in May 2020 marked a turn in the war')).toBe('The army’s capture of the port marked a turn in the war')
    // A drop may bare another: the comma aside goes, then the place and time.
    expect(condenseClause('The army’s capture of the port in May 2020, after a long siege, marked a turn in the war')).toBe('The army’s capture of the port marked a turn in the war')
  })

  it('leaves alone an opening phrase, a pair of names, and a clause with neither', () => {
    expect(condenseClause('Upon the Minister\'s request, the agency opened an inquiry')).toBeUndefined()
    expect(condenseClause('the agency fined Borduria and Syldavia for the spill')).toBeUndefined()
    expect(condenseClause('the agency opened an inquiry into the spill')).toBeUndefined()
  })
})

describe('condenseClause: a company’s legal form', () => {
  it('drops ", LLC" and ", Inc." with their commas and reads no list in them ("Assurance IQ, LLC and MediaAlpha, Inc. will pay …")', () => {
    expect(condenseClause('Assurance IQ, LLC and MediaAlpha, Inc. will pay a total of $145 million to settle the charges')).toBe(
      'Assurance IQ and MediaAlpha will pay a total of $145 million to settle the charges',
    )
    expect(condenseClause('Lyft, Inc. agreed to pay a penalty')).toBe('Lyft agreed to pay a penalty')
  })
})
