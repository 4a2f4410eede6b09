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
  })

  it('leaves alone an opening phrase, a pair of names, and a clause with neither', () => {
    expect(condenseClause('Upon the Minister\'s request, the agency opened an inquiry')).toBeUndefined()
    expect(condenseClause('the agency fined Borduria and Syldavia for the spill')).toBeUndefined()
    expect(condenseClause('the agency opened an inquiry into the spill')).toBeUndefined()
  })
})
