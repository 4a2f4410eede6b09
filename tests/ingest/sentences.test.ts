import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/ingest/sentences.ts'

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e))

describe('splitSentences', () => {
  it('ends a sentence at a colon whose list the copy lost ("… includes: Additionally, …"), not at a colon inside a sentence', () => {
    expect(split('The judgment includes: Additionally, the order requires the firm to stop. The vote was 3-0.')).toEqual([
      'The judgment includes:',
      'Additionally, the order requires the firm to stop.',
      'The vote was 3-0.',
    ])
    expect(split('The agreement will: The complaint seeks to stop it.')).toEqual(['The agreement will:', 'The complaint seeks to stop it.'])
    expect(split('The reason is simple: The plan failed. He said: Go home.')).toEqual(['The reason is simple: The plan failed.', 'He said: Go home.'])
  })

  it('splits plain sentences', () => {
    expect(split('One thing happened. Then another! Did it? Yes.')).toEqual([
      'One thing happened.',
      'Then another!',
      'Did it?',
      'Yes.',
    ])
  })

  it('reads a spaced ellipsis inside a sentence as an omission, and ends a sentence on one only before a capital', () => {
    expect(split('The Act bars mergers that may "substantially . . . lessen competition." The rule was vacated. He paused . . . Then he left.')).toEqual([
      'The Act bars mergers that may "substantially . . . lessen competition."',
      'The rule was vacated.',
      'He paused . . .',
      'Then he left.',
    ])
  })

  it('ends a sentence whose space after the full stop was lost in copying, but not inside a dotted acronym or a name', () => {
    expect(split('The order ends when deemed appropriate (21 U.S.C. §350l).FDA must report. It was done.The report follows.')).toEqual([
      'The order ends when deemed appropriate (21 U.S.C. §350l).',
      'FDA must report.',
      'It was done.',
      'The report follows.',
    ])
    expect(split('The U.S.Navy sailed with Node.js on board.')).toHaveLength(1)
    expect(split('The last election was held in April 2025.The incumbent won again.')).toEqual(['The last election was held in April 2025.', 'The incumbent won again.'])
    expect(split('See Figure 2.A1 and version 3.US for the figures.')).toHaveLength(1)
  })

  it('reads a dotted acronym joined to the word before it by a slash ("S. 12/H.R. 34") as no sentence end', () => {
    expect(split('Some want a bigger role for the legislature (e.g., S. 12/H.R. 34, S. 56). Others disagree.')).toHaveLength(2)
  })

  it('does not end a sentence inside a case name ("Peru v. Brasko")', () => {
    expect(split('In Peru v. Brasko, the court ruled for Peru. Brasko appealed.')).toEqual(['In Peru v. Brasko, the court ruled for Peru.', 'Brasko appealed.'])
  })

  it('does not end a sentence at "n." or "no." before a number or a code ("grant n. 2023-0016"), only before a word', () => {
    expect(split('The survey was funded by the harbour board (grant n. 2021-0042) and the ferry fund (grant no. M21-77). It ran for a year.')).toHaveLength(2)
    expect(split('The vote was no. Then the board met again.')).toHaveLength(2)
  })

  it('survives titles, months and initials', () => {
    expect(split('Dr. Li met Gen. Smith on Jan. 5 in Washington. John F. Kennedy was mentioned. It ended.')).toEqual([
      'Dr. Li met Gen. Smith on Jan. 5 in Washington.',
      'John F. Kennedy was mentioned.',
      'It ended.',
    ])
  })

  it('keeps dotted acronyms inside a sentence but ends on one before a new sentence', () => {
    expect(split('The U.S. Navy sailed. Officials in the U.S. They declined to comment.')).toEqual([
      'The U.S. Navy sailed.',
      'Officials in the U.S.',
      'They declined to comment.',
    ])
  })

  it('ends after closing quotes and keeps quoted questions with their speaker', () => {
    expect(split('She responded “no.” Then she left. “Is it over?” he asked. It was.')).toEqual([
      'She responded “no.”',
      'Then she left.',
      '“Is it over?” he asked.',
      'It was.',
    ])
  })

  it('does not split decimals, e.g. or ellipses before lower case', () => {
    expect(split('Growth was 3.5 per cent, e.g. in Asia… and elsewhere. Next.')).toEqual([
      'Growth was 3.5 per cent, e.g. in Asia… and elsewhere.',
      'Next.',
    ])
  })

  it('ends a sentence at a bracket glued to the next capitalised word (table cells run together), not at a list label', () => {
    expect(split('Grants go to Harbour Repair (HR) and Coastal Safety (CSA)Loan programs lend to towns at low rates.')).toEqual([
      'Grants go to Harbour Repair (HR) and Coastal Safety (CSA)',
      'Loan programs lend to towns at low rates.',
    ])
    expect(split('The rule reads: (a)The owner shall repair the pier.')).toEqual(['The rule reads: (a)The owner shall repair the pier.'])
  })

  it('does not end a sentence at a citation glued to a comma ("),P.L. 12-3") or at a report number ("H.Rept. 118-20")', () => {
    expect(split('The fund was extended (7 U.S.C. §100),P.L. 12-3). The committee report (H.Rept. 118-20) and S.Rept. 118-9 agreed. Next.')).toEqual([
      'The fund was extended (7 U.S.C. §100),P.L. 12-3).',
      'The committee report (H.Rept. 118-20) and S.Rept. 118-9 agreed.',
      'Next.',
    ])
  })

  it('does not end a sentence at a resolution\'s number ("H.Res. 375", "S.J.Res. 12")', () => {
    expect(split('In January 2026, the House passed H.Res. 375, which established a council. S.Res. 331 calls for a vote, as S.J.Res. 12 did. Next.')).toEqual([
      'In January 2026, the House passed H.Res. 375, which established a council.',
      'S.Res. 331 calls for a vote, as S.J.Res. 12 did.',
      'Next.',
    ])
  })

  it('does not end a sentence inside a chain of abbreviations ("H.Con.Res. 113") but does after one before a new sentence', () => {
    expect(split('The House adopted a resolution (H.Con.Res. 113) that included instructions. H.Res. 971, S.Con.Res. 71 and S.Res. 547 would condemn it. It passed the U.S. The next day, it failed.')).toEqual([
      'The House adopted a resolution (H.Con.Res. 113) that included instructions.',
      'H.Res. 971, S.Con.Res. 71 and S.Res. 547 would condemn it.',
      'It passed the U.S.',
      'The next day, it failed.',
    ])
  })

  it('reads an abbreviation after a hyphen as one ("then-U.S. Trade Representative", "Presbyterian-St. Luke’s"), and a sentence still ends after a hyphenated word', () => {
    expect(split('He was chief of staff to then-U.S. Trade Representative Jane Roe. The annual Australia-U.S. Ministerial consultations met at Presbyterian-St. Luke’s Hospital. Prices were well-known. The next day, it failed.')).toEqual([
      'He was chief of staff to then-U.S. Trade Representative Jane Roe.',
      'The annual Australia-U.S. Ministerial consultations met at Presbyterian-St. Luke’s Hospital.',
      'Prices were well-known.',
      'The next day, it failed.',
    ])
  })

  it('handles text with no final punctuation and non-Latin scripts', () => {
    expect(split('北京 is the capital. Это предложение. 😀 emoji too')).toEqual([
      '北京 is the capital.',
      'Это предложение.',
      '😀 emoji too',
    ])
  })
})
