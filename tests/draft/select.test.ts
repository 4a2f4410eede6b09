import { describe, expect, it } from 'vitest'
import { buildFromArticle } from '../../src/pipeline.ts'
import { tagArticle, tagWords } from '../../src/language/index.ts'
import { candidatesOf, choosePoints, conclusionOf, setApartParagraphs, specificity, thesisScores, type Candidate } from '../../src/draft/select.ts'
import { isCompression } from '../../src/quality/faithful.ts'
import { leadsIntoQuotation } from '../../src/language/grammar.ts'

const candidates = (text: string) => {
  const { article, analysis } = buildFromArticle(text, { format: 'markdown' })
  return { article, candidates: candidatesOf(article, analysis, tagArticle(article)) }
}

describe('a last-resort headline', () => {
  it('offers a main clause of up to 18 words for a slide none of whose points makes a shorter one (rather than the section\'s label)', () => {
    const { candidates: cs } = candidates(
      '# Fuel\n\nIt appears that greater substitution of diesel with biodiesel may not lead to material emissions changes; however, there could be other market impacts associated with biodiesel.\n',
    )
    const c = cs.find((x) => x.sentence.id === 'p1.s1')!
    expect(c.longTitle).toBeUndefined()
    expect(c.lastTitle).toBe("It appears that greater substitution of diesel with biodiesel may not lead to material emissions changes")
  })
})

describe('"it" for a body named in two words', () => {
  it('reads "It" after "Manchester City has said …" as the club the analysis knows, not as a person\'s name', () => {
    const { candidates: cs } = candidates(
      '# Ruling\n\nThe league fined Manchester City for breaking its spending rules, a ruling that Manchester City disputes. Manchester City has said it is disappointed by the decision of the panel. It will pursue the appeal avenues open to the club.\n',
    )
    const it = cs.find((c) => c.sentence.id === 'p1.s3')!
    expect(it.dangling).toBe(false)
    expect(it.point).toBe('Manchester City will pursue the appeal avenues open to the club')
    expect(it.source).toEqual(['p1.s2', 'p1.s3'])
  })
})

describe('a name set off from its verb by an appositive', () => {
  it('is what "he" opening the next sentence stands for ("Jamieson Greer, President Donald Trump\'s choice …, promised …. But he faced …")', () => {
    const { candidates: cs } = candidates(
      "# Hearing\n\nJamieson Greer, President Donald Trump's choice to be the top trade negotiator, promised to pursue hard-line trade policies in testimony before the committee. But he faced pushback from senators unsettled by the unpredictable actions on trade.\n",
    )
    const c = cs.find((x) => x.sentence.id === 'p1.s2')!
    expect(c.point).toBe('Jamieson Greer faced pushback from senators unsettled by the unpredictable actions on trade')
    expect(c.source).toEqual(['p1.s1', 'p1.s2'])
  })

  it('is not a name in a list the subject holds ("Thomas Sam, 42, and his wife Manju Sam, 36, are …. She died …")', () => {
    const { candidates: cs } = candidates(
      '# Trial\n\nThomas Sam, 42, and his wife Manju Sam, 36, are undergoing trial for manslaughter for the death of their nine-month-old child. She died from infection caused by severe eczema after they shunned conventional medical treatments.\n',
    )
    const c = cs.find((x) => x.sentence.id === 'p1.s2')!
    expect(c.point).not.toMatch(/^Thomas Sam/)
  })
})

describe('a possessive pronoun opening the subject', () => {
  it('becomes the owner the sentence before names ("Manchester City … Its appeal was …" → "Manchester City’s appeal was …")', () => {
    const { article, candidates: cs } = candidates(
      '# Ruling\n\nThe league fined Manchester City for breaking its spending rules, a ruling that Manchester City disputes. Manchester City has said it is disappointed by the decision of the panel. Its appeal was lodged with the court of arbitration on Monday.\n',
    )
    const c = cs.find((x) => x.sentence.id === 'p1.s3')!
    expect(c.dangling).toBe(false)
    expect(c.point).toBe("Manchester City's appeal was lodged with the court of arbitration on Monday")
    expect(c.source).toEqual(['p1.s2', 'p1.s3'])
    expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
  })
})

describe('"it" for the thing the sentence before opens with', () => {
  it('names the singular noun phrase that is the subject of the sentence right before ("The task reference links … It does not …")', () => {
    const { article, candidates: cs } = candidates(
      '# Agents\n\nThe task reference is created for each job by the agent of the user. It does not itself confer any authority on the agent that carries it.\n',
    )
    const c = cs.find((x) => x.sentence.id === 'p1.s2')!
    expect(c.dangling).toBe(false)
    expect(c.point).toBe('The task reference does not itself confer any authority on the agent that carries it')
    expect(c.source).toEqual(['p1.s1', 'p1.s2'])
    expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
  })

  it('leaves "it" alone when it stands for nothing ("It is worth …"), or the subject before is plural, a person, or itself points back', () => {
    const dangles = (text: string) => candidates(`# Agents\n\n${text}\n`).candidates.find((x) => x.sentence.id === 'p1.s2')?.dangling ?? true
    expect(dangles('The task reference links scattered records to one job across services. It is worth asking who should issue such references.')).toBe(true)
    expect(dangles('Many websites use a protocol for delegating access to online accounts. It generates an access token for every application.')).toBe(true)
    expect(dangles('The chief engineer reviewed the design of the new ferry in March. It has been in service on the northern route since May.')).toBe(true)
    expect(dangles('This rank was upgraded to the highest level on the scale in December. It was considered to have a one in 37 chance of striking the Earth.')).toBe(true)
  })
})

describe('a demonstrative that names what the sentence before said', () => {
  it('joins the sentence before ("… to designate Anthropic a supply-chain risk. This designation follows …")', () => {
    const { article, candidates: cs } = candidates(
      '# Dispute\n\nThe minister directed the department to designate the company a supply-chain risk. This designation follows a months-long dispute between the department and the company over the use of its products.\n',
    )
    const joined = cs.find((c) => c.sentence.id === 'p1.s2')!
    expect(joined.dangling).toBe(false)
    expect(joined.source).toEqual(['p1.s1', 'p1.s2'])
    expect(joined.point).toMatch(/designate the company a supply-chain risk; this designation follows a months-long dispute/)
    const texts = joined.source.map((id) => article.sentences.find((s) => s.id === id)!.text)
    expect(isCompression(joined.point, texts)).toBe(true)
  })

  it('joins the sentence before that one when it names it and the sentence between does not ("… took several actions … In addition, … However, these actions …")', () => {
    const { article, candidates: cs } = candidates(
      '# Finances\n\nThe port authority has taken several actions to raise revenue. In addition, the legislature provided some relief in 2022. However, these actions have not been enough to fix the authority\'s business model.\n',
    )
    const joined = cs.find((c) => c.sentence.id === 'p1.s3')!
    expect(joined.dangling).toBe(false)
    expect(joined.source).toEqual(['p1.s1', 'p1.s3'])
    expect(joined.point).toMatch(/taken several actions to raise revenue; these actions have not been enough/)
    const texts = joined.source.map((id) => article.sentences.find((s) => s.id === id)!.text)
    expect(isCompression(joined.point, texts)).toBe(true)
  })

  it('joins the sentence right before to a bare "This" before its verb ("… drained the aquifers. This led the government to …")', () => {
    const { article, candidates: cs } = candidates(
      '# Wells\n\nDecades of pumping drained the aquifers beneath the city, lowering the ground by two metres. This led the government to introduce strict limits on new wells in 1962.\n',
    )
    const joined = cs.find((c) => c.sentence.id === 'p1.s2')!
    expect(joined.dangling).toBe(false)
    expect(joined.source).toEqual(['p1.s1', 'p1.s2'])
    expect(joined.point).toMatch(/drained the aquifers beneath the city.*; this led the government to introduce strict limits on new wells/)
    const texts = joined.source.map((id) => article.sentences.find((s) => s.id === id)!.text)
    expect(isCompression(joined.point, texts)).toBe(true)
  })

  it('never reads "That is," as a bare "that", nor joins a bare "This" to a sentence further back or in another paragraph', () => {
    const { candidates: cs } = candidates(
      '# Courts\n\nCourts have held that such allegations state plausible claims. That is, courts have so far accepted the argument of the plaintiffs.\n\nThe agency raised its fees twice in 2023.\n\nThis led several carriers to leave the market within a year.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p1.s2')?.point ?? '').not.toMatch(/; that is/)
    expect(cs.find((c) => c.sentence.id === 'p3.s1')?.dangling ?? true).toBe(true)
  })

  it('stays out when the sentence before does not name it, or is in another paragraph', () => {
    const { candidates: cs } = candidates(
      '# Dispute\n\nThe court was unpersuaded by the agency\'s argument about costs. This justification failed because most deals prompt no investigation at all.\n\nThe minister directed the department to designate the company a risk.\n\nThis designation follows a months-long dispute between the department and the company.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p1.s2')!.dangling).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p3.s1')!.dangling).toBe(true)
  })
})

describe('an opening that stands for what the sentence before said', () => {
  it('leaves "Doing so would …" and "Such a move …" out as points of their own', () => {
    const { candidates: cs } = candidates(
      '# Care\n\nThe auditors recommended that the agency set a wait-time goal for appointments.\n\nDoing so would better position the agency to assess its efforts and make any needed adjustments. Such a move would also help the clinics plan their staffing for the coming years.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')?.dangling ?? true).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p2.s2')?.dangling ?? true).toBe(true)
  })

  it('leaves points opening with a determiner of two words that points back out ("The latter …", "The aforementioned …"), not "The former president …"', () => {
    const { candidates: cs } = candidates(
      '# Pressure\n\nTwo movements shaped the campaign, one of students and one of unions.\n\nThe latter drew on a solidarity movement built over decades. The aforementioned movements constrained the government for years. The former president of the union spoke at every rally of the campaign.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')?.dangling ?? true).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p2.s2')?.dangling ?? true).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p2.s3')?.dangling).toBe(false)
  })

  it('leaves "The same is true of …" out as a point of its own', () => {
    const { candidates: cs } = candidates('# Style\n\nInfluencers show their clothes on city streets and in cafes.\n\nThe same is true of formats such as the new captions that everyone copies.\n')
    expect(cs.find((c) => c.sentence.id === 'p2.s1')?.dangling ?? true).toBe(true)
  })
})

describe('"he" or "she" for the one person the sentence before names', () => {
  it('names her where that sentence\'s subject is a body ("The group delivered its report to President Ana Lind, … Instead, she …")', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe harbour task group delivered its report to President Ana Lind on 15 September, and the report proposed four options. Instead, more than two years later, she directed the harbour authority to build a single new quay.\n',
    )
    const point = cs.find((c) => c.sentence.id === 'p1.s2')!
    expect(point.dangling).toBe(false)
    expect(point.point).toMatch(/^President Ana Lind directed the harbour authority to build a single new quay/)
    expect(point.source).toEqual(['p1.s1', 'p1.s2'])
  })

  it('names no one where the sentence before names two people', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe harbour task group delivered its report to President Ana Lind and Governor Jon Pell on 15 September. Instead, more than two years later, she directed the harbour authority to build a single new quay.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p1.s2')?.dangling ?? true).toBe(true)
  })
})

describe('a list whose items no lead-in joins', () => {
  it('gives no point of an item in lower case that is no clause, nor of the lead-in that points to it', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe council adopted new rules for the northern quay last spring. The statement placed particular emphasis on the following disclosures required by the new form:\n\ninformation about vessels under repair that are not yet carrying cargo;\n\nwhether, and under what circumstances, late berth requests should need a new filing;\n\nthe harbour master must publish every fine within a week.\n',
    )
    const ids = cs.map((c) => c.sentence.id)
    expect(ids).toContain('p1.s1')
    expect(ids).not.toContain('p1.s2')
    expect(ids).not.toContain('p2.s1')
    expect(ids).not.toContain('p3.s1')
    // An item that is a clause of its own still states something.
    expect(ids).toContain('p4.s1')
  })

  it('keeps a lead-in that states something before its list ("Annan implemented reforms, resulting in the establishment of:")', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe council adopted new rules for the northern quay last spring. The harbour master used her authority to implement significant reforms during the 2000s, resulting in the establishment of:\n\na pilots’ register and new berth fees for foreign ships.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toContain('p1.s2')
  })
})

describe('a sentence that announces what follows', () => {
  it('gives no point, and no thesis, of the speaker presenting their words or thanking ("I now share my comments on …", "Let me first provide some background")', () => {
    const text =
      '# Harbour\n\nI appreciate the invitation to testify today on the important issue of the harbour’s role in regional trade and shipping. Let me first provide some background. The council adopted new rules for the northern quay last spring. I now share my primary comments on the matters that seem to be of the utmost attention to the shipping community.\n'
    const { article, candidates: cs } = candidates(text)
    const ids = cs.map((c) => c.sentence.id)
    expect(ids).toEqual(['p1.s3'])
    expect(thesisScores(article, cs).map((x) => x.c.sentence.id)).toEqual(['p1.s3'])
  })

  it('gives no point of the speaker\'s wish to thank or congratulate someone ("I would especially like to congratulate Governor Kim …"); a statement\'s "We congratulate …" is one', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nI would especially like to congratulate Governor Kim on his recent appointment to the board. We want to thank all of the towns that expressed an interest in the new harbour. The council adopted new rules for the northern quay last spring. We congratulate the people of Norvale on a peaceful and orderly election.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s3', 'p1.s4'])
  })

  it('gives no point of the speaker greeting the occasion ("It is an enormous pleasure to be here in Lucknow today"); "It was an honour to sign the deal" tells of an act', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nIt is an enormous pleasure to be here in Norvale today for the harbour summit. It’s a real privilege to speak to you all this morning. The council adopted new rules for the northern quay last spring. It was an honour to sign the harbour agreement with the council.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s3', 'p1.s4'])
  })

  it('gives no point of "Let’s …", a speaker leading the audience as "Let me …" does', () => {
    const { candidates: cs } = candidates('# Harbour\n\nLet’s go back three years to the first plan. The council adopted new rules for the northern quay last spring.\n')
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s2'])
  })

  it('gives no point of "Here’s how …"', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe council adopted new rules for the northern quay last spring. Here’s how the harbour’s rules have developed in stages alongside its trade.\n',
    )
    const ids = cs.map((c) => c.sentence.id)
    expect(ids).toContain('p1.s1')
    expect(ids).not.toContain('p1.s2')
  })
})

describe('"it" for a body whose short name the sentence before defines in brackets', () => {
  it('names it by the short name the article goes on with ("The Harbour Authority (HBA) continues …. It has lost …")', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe Northern Harbour Authority (NHA) continues to be in poor financial condition. It has lost money every fiscal year but one since 2007. Its board has considered several options to address the losses.\n',
    )
    const point = cs.find((c) => c.sentence.id === 'p1.s2')!
    expect(point.dangling).toBe(false)
    expect(point.point).toBe('NHA has lost money every fiscal year but one since 2007')
    expect(point.source).toEqual(['p1.s1', 'p1.s2'])
  })

  it('reads a name joined by "of" and "and" as the subject too ("The Union of Harbour Pilots and Tug Crews (UHPTC) has …. It is …")', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe Union of Harbour Pilots and Tug Crews (UHPTC) has launched a petition which now has 11,000 signatures. It is also encouraging members to write to their local councils. The council has not replied to the petition yet.\n',
    )
    const point = cs.find((c) => c.sentence.id === 'p1.s2')!
    expect(point.dangling).toBe(false)
    expect(point.point).toBe('UHPTC is also encouraging members to write to their local councils')
    expect(point.source).toEqual(['p1.s1', 'p1.s2'])
  })

  it('names no one where the brackets close an object, not the subject ("… reviewed the Harbour Authority (NHA). It …")', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nThe minister reviewed the accounts of the Northern Harbour Authority (NHA) last year. It has lost money every fiscal year but one since 2007. Its board has considered several options to address the losses.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p1.s2')?.point).not.toMatch(/^NHA/)
  })
})

describe('"it" or "they" after a subordinate clause that holds its noun', () => {
  it('keeps the sentence whole, and the point heads no slide ("While fishing employs …, it employs …")', () => {
    const { candidates: cs } = candidates(
      '# Coasts\n\nThe survey counted jobs in every coastal town this year.\n\nWhile fishing employs 40% of the workers in the north and 30% in the east, it employs only 5% of those in the south.\n',
    )
    const point = cs.find((c) => c.sentence.id === 'p2.s1')!
    expect(point.dangling).toBe(false)
    expect(point.point).toMatch(/^While fishing employs 40% of the workers/)
    expect(point.title).toBeUndefined()
    // Nor a headline of more words, which a slide with no other would take: "It employs only 5% …".
    expect(point.longTitle).toBeUndefined()
    expect(point.lastTitle).toBeUndefined()
  })

  it('stays dangling after a phrase that is no clause ("In her words, it was …")', () => {
    const { candidates: cs } = candidates('# Coasts\n\nThe survey counted jobs in every coastal town this year.\n\nIn her words, it was the hardest season the fleet had known in a generation.\n')
    expect(cs.find((c) => c.sentence.id === 'p2.s1')?.dangling ?? true).toBe(true)
  })
})

describe('a demonstrative standing for an object said before', () => {
  it('leaves the point dangling ("Scientists refer to this as …"), not a demonstrative before its noun', () => {
    const { candidates: cs } = candidates(
      '# Winds\n\nWarm air rises over the western Pacific every winter season.\n\nScientists refer to this as the tropospheric temperature mechanism.\n\nScientists refer to this wind pattern as the Walker circulation.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')!.dangling).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p3.s1')!.dangling).toBe(false)
  })
})

describe('a demonstrative that names what its own sentence said first', () => {
  it('keeps the sentence whole ("Since the delay can be measured, this delay is …")', () => {
    const { candidates: cs } = candidates(
      '# Ports\n\nShipping lines reported longer waits at every major port this spring.\n\nBecause the delay at the ports can be measured, as the survey shows, this delay is no longer an excuse for inaction.\n',
    )
    const point = cs.find((c) => c.sentence.id === 'p2.s1')!
    expect(point.dangling).toBe(false)
    expect(point.point).toMatch(/^Because the delay at the ports can be measured/)
  })

  it('stays dangling when the lead names something else', () => {
    const { candidates: cs } = candidates(
      '# Ports\n\nShipping lines reported longer waits at every major port this spring.\n\nBecause the survey covers every port, as the authors note, this delay is no longer an excuse for inaction.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')?.dangling ?? true).toBe(true)
  })
})

describe('a plural pronoun that stands for what the dropped lead names', () => {
  it('keeps the sentence whole ("While smaller ports can serve …, the evidence shows that they …"), not "they" alone', () => {
    const { candidates: cs } = candidates(
      '# Ports\n\nShipping lines reported longer waits this spring.\n\nWhile smaller ports can serve valid purposes in some seasons, the evidence shows that they are often overloaded.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')!.point).toMatch(/^While smaller ports can serve valid purposes/)
  })

  it('is dangling when the whole sentence is too long to be a point', () => {
    const { candidates: cs } = candidates(
      '# Ports\n\nShipping lines reported longer waits this spring.\n\nBut because the inspectors could still detect the faint lights of cranes and barges as they are unloaded at night, the authority proposed to reopen the tower to keep an eye on them.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')).toMatchObject({ point: 'The authority proposed to reopen the tower to keep an eye on them', dangling: true })
  })

  it('leaves the point trimmed when "they" has a plural before it in the point', () => {
    const { candidates: cs } = candidates('# Ports\n\nShipping lines reported longer waits this spring.\n\nWhile the survey covers every port, the inspectors say they are overloaded.\n')
    expect(cs.find((c) => c.sentence.id === 'p2.s1')!.point).toMatch(/^The inspectors say they are overloaded/)
  })
})

describe('a quotation that runs on into the next sentence', () => {
  it('is shown whole when the next sentence closes it, and the point cites both', () => {
    const { article, candidates: cs } = candidates(
      '# Weapons\n\nThe chief executive stated that autonomous weapons "may prove critical for our national defense. But today, such systems are simply not reliable enough."\n',
    )
    const c = cs.find((x) => x.sentence.id === 'p1.s1')!
    expect(c.source).toEqual(['p1.s1', 'p1.s2'])
    expect(c.point).toBe('The chief executive stated that autonomous weapons "may prove critical for our national defense. But today, such systems are simply not reliable enough"')
    expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
  })

  it('is closed where the sentence ends when it runs on past the next sentence', () => {
    const { candidates: cs } = candidates(
      '# Weapons\n\nThe chief executive stated that autonomous weapons "may prove critical for our national defense. But today, such systems are simply not reliable enough. We will keep working with the department on this."\n',
    )
    expect(cs.find((x) => x.sentence.id === 'p1.s1')!.source).toEqual(['p1.s1'])
  })

  it('is no point by its first part when the next sentence turns it ("But …") and the two are too long for one', () => {
    const { candidates: cs } = candidates(
      '# Weapons\n\nIn explaining his refusal of the ministry\'s request for full access to the company\'s models, the chief executive stated that autonomous weapons "may prove critical for our national defense. ' +
        'But today, frontier systems are simply not reliable enough to power fully autonomous weapons without a human in the loop." The ministry has not replied.\n',
    )
    const first = cs.find((x) => x.sentence.id === 'p1.s1')
    // Either read whole with the turn, or not offered as a point at all: never "… may prove critical …" alone.
    expect(first === undefined || first.dangling || first.source.includes('p1.s2')).toBe(true)
  })
})

describe('a claim restated in a later section', () => {
  const candidate = (index: number, point: string, salience: number): Candidate =>
    ({ sentence: { id: `p${index}.s1`, paragraph: index }, source: [`p${index}.s1`], index, salience, point, dangling: false, lemmas: new Set(point.toLowerCase().split(' ')) }) as unknown as Candidate
  const summary = candidate(1, 'biden met several ticketers fees', 0.5)
  const body = [candidate(5, 'biden met several ticketers companies fees', 0.9), candidate(6, 'venues sign exclusive contracts', 0.4), candidate(7, 'contracts deter new ticketers', 0.3)]

  it('is not a point again in a later section (a report\'s summary restated in its body)', () => {
    expect(choosePoints(body, 2, [], [summary]).map((c) => c.index)).toEqual([6, 7])
  })

  it('is the section\'s point when no earlier section made it', () => {
    expect(choosePoints(body, 2).map((c) => c.index)).toContain(5)
  })

  it('is a point of its own when it says how much (a figure the earlier claim lacks), but not for a date alone', () => {
    const lede = candidate(1, 'president signed order imposing tariffs countries importing oil', 0.7)
    const amount = candidate(2, 'president signed order imposing 25% tariffs countries importing oil', 0.6)
    const year = candidate(3, 'president signed order imposing tariffs countries importing oil on 4 June 2025', 0.6)
    expect(choosePoints([amount, year], 2, [lede]).map((c) => c.index)).toEqual([2])
    const dated = candidate(4, 'president signed order imposing tariffs countries importing oil on December 17, 2024, in Washington', 0.6)
    expect(choosePoints([dated], 1, [lede])).toEqual([])
  })
})

describe('the items of a list', () => {
  it('say, each with its lead-in, what the lead-in’s subject does ("… agreed to do the following:" then "Not retaliate …")', () => {
    const { article, candidates: cs } = candidates(
      '# Merger\n\nTo address the concerns raised by the merger, Live Nation and Ticketmaster, in a consent decree, agreed to do the following:\n\n- Divest the platform to a rival company within 60 days of closing the merger.\n- Not retaliate against venues for contracting with another company for ticketing services.\n\nThe court approved the decree two months later.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p1.s1')).toBeUndefined()
    const items = cs.filter((c) => c.source.length === 2)
    expect(items.map((c) => c.point)).toEqual([
      'Live Nation and Ticketmaster agreed to divest the platform to a rival company within 60 days of closing the merger',
      'Live Nation and Ticketmaster agreed to not retaliate against venues for contracting with another company for ticketing services',
    ])
    for (const c of items) expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
    expect(cs.find((c) => c.sentence.text.startsWith('The court'))!.source).toHaveLength(1)
  })
})

describe('the items of a list after a lead-in that ends on a gerund ("… by taking the following actions:")', () => {
  it('are points by themselves: an item\'s verb cannot follow "by taking"', () => {
    const { candidates: cs } = candidates(
      '# Advisory\n\nThe agency recommends that network defenders hunt for existing intrusions and mitigate further compromise by taking the following actions:\n\n- Scan for the malware using the agency\'s detection rules.\n- Block unauthorized network traffic to reduce unmonitored communications.\n\nThe agency published its report in May.\n',
    )
    const points = cs.map((c) => c.point)
    expect(points.some((p) => /by taking (?:scan|block)/i.test(p))).toBe(false)
    expect(points).toContain('Scan for the malware using the agency\'s detection rules')
  })
})

describe('words reported after a lead-in ("… officials remarked that")', () => {
  it('read each item or the quotation after its lead-in, citing both, and head the slide by themselves', () => {
    const { article, candidates: cs } = candidates(
      '# Port\n\nThe port reopened on Tuesday after weeks of repairs to the northern quay.\n\nHarbour officials commenting on the repairs at a June briefing reportedly noted that\n\nThere is no quay that is safe in every storm. You have to close it when the swell rises. So we did.\n\nAddressing the delays, harbour officials remarked that\n\n- The port authority is working with Atlas Cranes on repairs.\n- The authority is negotiating with dockers to extend night shifts during the works.\n\nThe repairs cost 40 million dollars in all.\n',
    )
    const joined = cs.filter((c) => c.source.length === 2)
    // (Only the paragraph right after a lead-in: nothing marks where a list of reported words ends.)
    expect(joined.map((c) => c.point)).toEqual([
      expect.stringMatching(/noted that there is no quay that is safe in every storm$/),
      expect.stringMatching(/remarked that the port authority is working with Atlas Cranes/),
    ])
    for (const c of joined) expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
    expect(joined[1]!.title).toMatch(/^The port authority is working with Atlas Cranes/)
    // The rest of the quotation is someone's words without their speaker; the lead-ins state nothing alone.
    expect(cs.map((c) => c.sentence.text)).not.toContain('You have to close it when the swell rises.')
    expect(cs.some((c) => /remarked that$|noted that$/.test(c.point))).toBe(false)
    expect(cs.find((c) => c.sentence.text.startsWith('The authority is negotiating'))!.source).toHaveLength(1)
  })
})

describe('a lead-in to a quotation in the paragraph after it (issue 12)', () => {
  it('is no point of its own: "… makes the following claim regarding the results:", "Jane Roe wrote on her blog:", "the minister told reporters in Paris:"', () => {
    const { candidates: cs } = candidates(
      '# Vote\n\nThe opposition leader declared himself president after a documentary on the vote was broadcast in 2010.\n\nIn the film, a former adviser to the presidency makes the following claim regarding the 2009 election results:\n\n"We have information that the results were practically inverted."\n\nJane Roe, a blogger reputed to be close to the \'government\', wrote on her blog:\n\nThe count was stopped twice during the night and the observers were sent home.\n\nThe foreign minister told reporters in Paris:\n\nFrance will not recognise a result that the observers could not check.\n\nThe electoral commission has not answered the claims.\n',
    )
    const points = cs.map((c) => c.point)
    expect(points.some((p) => /following claim|wrote on her blog|told reporters in Paris/.test(p))).toBe(false)
    expect(points).toContain('The electoral commission has not answered the claims')
  })

  it('still takes a sentence that states something before its colon ("Jane Roe agrees that the count was fair and writes about the motives:")', () => {
    const words = (t: string) => tagWords(t)
    expect(leadsIntoQuotation(words('Jane Roe agrees that the count was fair and writes about the motives of the observers:'))).toBe(false)
    expect(leadsIntoQuotation(words('Jane Roe expresses a view on her blog, writing about the lessons of the vote:'))).toBe(false)
    expect(leadsIntoQuotation(words('The activist spoke up against the killings, as shown in this video:'))).toBe(false)
    expect(leadsIntoQuotation(words('The minister said the vote was fair:'))).toBe(false)
  })
})

describe('words reported after a verb of saying with no "that" ("the Commandant further noted,")', () => {
  it('read the quotation after its lead-in, citing both; the lead-in is no point of its own', () => {
    const { article, candidates: cs } = candidates(
      '# Port\n\nThe port reopened on Tuesday after weeks of repairs to the northern quay.\n\nIn its June update, the harbour authority further noted,\n\nThe northern quay must be rebuilt before the winter storms arrive in the bay.\n\nThe repairs cost 40 million dollars in all.\n',
    )
    const joined = cs.filter((c) => c.source.length === 2)
    expect(joined.map((c) => c.point)).toEqual([expect.stringMatching(/noted, the northern quay must be rebuilt before the winter storms/)])
    expect(isCompression(joined[0]!.point, joined[0]!.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
    expect(cs.some((c) => /noted,?$/.test(c.point))).toBe(false)
  })
})

describe('the conclusion', () => {
  it('is read from the findings, not from a closing section on why and how the report was made ("Why GAO Did This Study")', () => {
    const text =
      '# Harbour Review\n\n## What the Auditors Found\n\nThe harbour authority approved a new dredging plan for the northern channel.\n\n' +
      'The authority has not assessed the plan’s risks to the fishing fleet, and it should do so before dredging starts.\n\n' +
      '## Why the Auditors Did This Study\n\nThe auditors were asked to review the dredging plan. The auditors analyzed permits and interviewed harbour officials.\n'
    const { article, candidates: cs } = candidates(text)
    const ids = conclusionOf(article, cs, 2, new Set()).map((c) => c.sentence.id)
    expect(ids).toContain('p2.s1')
    expect(ids.filter((id) => id.startsWith('p3') || id.startsWith('p4'))).toEqual([])
  })

  it('takes a concluding paragraph’s topic sentence over a more salient sentence after it', () => {
    const text =
      '# Harbour\n\nThe harbour authority approved a new dredging plan for the northern channel. Shipping firms had long asked for a deeper channel.\n\n' +
      'The plan costs 40 million dollars and takes three years.\n\n' +
      'The dredging will reopen the channel to the largest ships. Officials said the dredging plan would lift traffic at the northern channel terminals.\n'
    const { article, analysis } = buildFromArticle(text, { format: 'markdown' })
    const cs = candidatesOf(article, analysis, tagArticle(article))
    const topic = cs.find((c) => c.sentence.id === 'p3.s1')!
    const other = cs.find((c) => c.sentence.id === 'p3.s2')!
    // Only the place decides here: the other sentence is the more salient.
    expect(other.salience).toBeGreaterThan(topic.salience)
    expect(conclusionOf(article, cs, 1, new Set()).map((c) => c.sentence.id)).toEqual(['p3.s1'])
  })

  it('leaves out a detail of names and figures, but not a claim about the article’s actors', () => {
    const text =
      '# Harbour\n\nThe harbour authority approved a new dredging plan for the northern channel. The harbour authority expects more ships.\n\n' +
      'The harbour authority said the plan was sound. Critics of the harbour authority disagreed.\n\n' +
      'Mayor Jon Pell, Senator Ada Brill and Judge Ivo Marsh attended the 2024 opening in Port Kell.\n\n' +
      'The harbour authority transformed the northern channel.\n'
    const { article, analysis } = buildFromArticle(text, { format: 'markdown' })
    const cs = candidatesOf(article, analysis, tagArticle(article))
    expect(cs.map((c) => c.sentence.id)).toContain('p3.s1')
    expect(conclusionOf(article, cs, 2, new Set()).map((c) => c.sentence.id)).toEqual(['p4.s1'])
  })
})

describe('specificity', () => {
  it('is the share of names and figures among content words, less the names the article keeps returning to', () => {
    const words = tagWords('Mayor Jon Pell attended the opening in 2024')
    expect(specificity(words)).toBeGreaterThan(0.5)
    expect(specificity(words, new Set(['mayor', 'jon', 'pell', 'Mayor', 'Jon', 'Pell']))).toBeLessThan(0.3)
    expect(specificity(tagWords('The plan will lift traffic at the busiest terminals'))).toBe(0)
  })
})

describe('a quotation whose speaker is only "he" or "she"', () => {
  it('is no point on its own (\'"I will never recognize this defeat," he said\'); one with the speaker named is', () => {
    const { candidates: cs } = candidates('# Vote\n\nThe government candidate lost the re-run by eight points. "I will never recognize this defeat because the constitution was violated," he said at a press conference. "We will go to court," Anna Berg said.\n')
    expect(cs.find((c) => c.sentence.id === 'p1.s2')!.dangling).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p1.s3')?.dangling).toBe(false)
  })
})

describe('a pronoun\'s antecedent', () => {
  it('may be a common noun that a name makes a name, after "the" ("When the Ruritanian government appealed …, it argued …")', () => {
    const { article, candidates: cs } = candidates(
      '# Appeal\n\nWhen the Ruritanian government appealed the decision to the higher court, it argued that the tariff law has no obvious application to trade deficits.\n\nThe Ruritanian government lost the case in May. It also argued that the court had no say over tariffs.\n',
    )
    const first = cs.find((c) => c.sentence.id === 'p1.s1')!
    expect(first.dangling).toBe(false)
    expect(first.point).toMatch(/^The Ruritanian government argued that the tariff law/)
    const second = cs.find((c) => c.sentence.id === 'p2.s2')!
    expect(second.point).toMatch(/^The Ruritanian government also argued/)
    expect(second.source).toEqual(['p2.s1', 'p2.s2'])
    for (const c of [first, second]) expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
  })

  it('is never the first word of a hyphenated compound the tagger reads as a verb ("Chinese start-up Moonshot …")', () => {
    const { candidates: cs } = candidates('# Models\n\nChinese start-up Lumen Labs will release its new open-source model on 27 July. Since debuting last week, it has drawn industry attention from rivals.\n')
    expect(cs.map((c) => c.point).join(' | ')).not.toMatch(/Chinese has drawn/)
  })
})

describe('navigation', () => {
  it('is never a point: "See Table 2 …", "(For more information, see …)", "Read more: …", "Learn more about …"', () => {
    const { article, candidates: cs } = candidates(
      '# Tariffs\n\nThe ministry raised tariffs on imported steel by a quarter in March. See Table 2 for the rates on selected products. For more information, see the agency report on steel imports and trade.\n\nRead more: Why steel prices keep rising in a slow economy.\n\nLearn more about the tariff schedule on the ministry website.\n',
    )
    const ids = cs.map((c) => c.sentence.id)
    expect(article.sentences).toHaveLength(5)
    expect(ids).toEqual(['p1.s1'])
  })

  it('is never a point when it tells the reader how to learn more ("You can get more details + sign up to get updates")', () => {
    const { candidates: cs } = candidates('# Parks\n\nThe city council adopted a new plan for its parks and playgrounds. You can get more details + sign up to get updates on the council website. You can walk the new trails from May.\n')
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s3'])
  })

  it('is never a point when it only says where a text is ("The full report can be read here")', () => {
    const { candidates: cs } = candidates('# Parks\n\nThe city council adopted a new plan for its parks and playgrounds. The full parks plan can be read here. Its old rules can be read here and there by anyone.\n')
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s3'])
  })

  it('is never a point when it tells where more is found ("Additional information about X can be found in …")', () => {
    const { candidates: cs } = candidates('# Courts\n\nThe Senate confirmed the nominee after seventy days of hearings and votes. Additional information about the appointment process can be found in the agency reports on nominations. More data on the confirmation votes are available at the Senate website.\n')
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1'])
  })

  it('leaves a claim that opens with the same word as a noun or after another lead', () => {
    const { candidates: cs } = candidates(
      '# Video\n\nView counts for the ministry videos rose by half after the campaign. For tasks that we see in the survey data, the mean wait is a year longer than elsewhere.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s2'])
  })
})

describe('a point that ends on a demonstrative', () => {
  it('is not a point on its own ("… the perfect setting to study this"): what it stands for is not on the slide', () => {
    const { candidates: cs } = candidates(
      '# Harbour\n\nMany ports lose depth as silt builds up behind their walls every year. The old harbour offered the perfect setting to study this.\n\nThe harbour board also likes this plan for the northern quay very much.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p1.s2')!.dangling).toBe(true)
    expect(cs.find((c) => c.sentence.id === 'p2.s1')!.dangling).toBe(false)
  })
})

describe('a statement’s own announcement (issue 12)', () => {
  const statement = [
    '# Designations of Militia Leaders',
    'I am announcing the designation of three militia leaders in the Sahel. Jane Roe, John Doe and Max Moe are designated as Specially Designated Global Terrorists.',
    'Jane Roe leads the militia’s operations in the north. She has been responsible for attacks on villages and markets since 2019.',
    'John Doe is the militia’s spokesman and a senior leader of the group. He directed attacks against peacekeepers.',
    'The United States is committed to disrupting the financing methods of the militias in the Sahel and of their leaders. Addressing the threat will require working closely with our partners.',
  ].join('\n\n')

  it('weighs "I am announcing …" for the thesis: in a statement, the speaker’s own act is the news', () => {
    const { article, candidates: cs } = candidates(statement)
    const scores = thesisScores(article, cs)
    expect(scores.find((x) => x.c.sentence.id === 'p1.s1')!.parts.announces).toBeGreaterThan(0)
    expect(scores[0]!.c.sentence.id).toBe('p1.s1')
  })

  it('does not weigh an announcement made before, or one someone else makes', () => {
    const { article, candidates: cs } = candidates('# Aid\n\nIn May we announced new aid for the region. The ministry is announcing a review of the aid. The aid reached two million people by June.\n')
    for (const x of thesisScores(article, cs)) expect(x.parts.announces).toBe(0)
  })
})

describe('a paragraph of one sentence, set apart', () => {
  const essay = [
    '# Harbour towns',
    'The harbour towns of the coast grew rich on fishing for two centuries. Their quays were built by the guilds that sold the catch. Each town kept its own market and its own fleet.',
    'Trawlers from larger ports began to take the catch in the last decades. The markets emptied and the fleets were sold abroad. Young people left for the cities inland.',
    'The towns can recover only if they turn their harbours over to tourism.',
    'Several towns have already opened their quays to visiting yachts. The guild halls became museums and hotels. Visitors now outnumber residents in the summer months.',
  ].join('\n\n')

  it('weighs the sentence a writer gives a paragraph of its own, among longer paragraphs, as the thesis', () => {
    const { article, candidates: cs } = candidates(essay)
    expect([...setApartParagraphs(article)]).toEqual([[3, 0.75]])
    const scores = thesisScores(article, cs)
    expect(scores.find((x) => x.c.sentence.id === 'p3.s1')!.parts.apart).toBeGreaterThan(0)
    expect(scores[0]!.c.sentence.id).toBe('p3.s1')
  })

  it('reads a turn set off by commas inside the sentence ("The towns, however, …") as a turn', () => {
    const { article, candidates: cs } = candidates('# Harbours\n\nThe fishing towns lost their fleets in the last decades.\n\nThe towns, however, can recover if they turn their harbours over to tourism.\n')
    expect(thesisScores(article, cs).find((x) => x.c.sentence.id === 'p2.s1')!.parts.turn).toBeGreaterThan(0)
  })

  it('weighs nothing when every paragraph is one sentence, nor the items of a list after a lead-in', () => {
    const list = candidates('# Facts\n\nThe fund was set up in the war.\n\nIt holds reserves of gold.\n\nThe minister manages it alone.\n')
    expect([...setApartParagraphs(list.article).values()]).toEqual([0, 0, 0])
    const items = candidates(
      '# Plan\n\nThe council met twice in the spring. It agreed on a plan for the harbour. The plan covers three areas:\n\nThe quays will be repaired by the town.\n\nThe market will move to the old hall.\n\nThe fleet keeps its moorings. Its boats pay no fee until the autumn.\n',
    )
    expect(setApartParagraphs(items.article).size).toBe(0)
  })

  it('never takes a lead-in that ends on a colon as the thesis ("We found three key patterns:")', () => {
    const { article, candidates: cs } = candidates(
      '# Patterns\n\nWe studied the use of the harbour by visiting yachts over five summers.\n\nWe found three key patterns that will shape the harbour:\n\n1. Visitors stay longer when the quays are repaired. They spend more in the market.\n',
    )
    expect(thesisScores(article, cs).map((x) => x.c.sentence.id)).not.toContain('p2.s1')
  })
})

describe('the place of a thesis candidate', () => {
  it('counts from the first paragraph that holds a point, not from a header line or a tagline before it', () => {
    const text = '# Harbours\n\nSmall, old and proud.\n\nThe harbour towns of the coast are turning their quays over to tourism.\n\nThe fleets were sold abroad in the last decades.\n\nThe old guild halls became hotels and museums.\n'
    const { article, candidates: cs } = candidates(text)
    const place = (id: string) => thesisScores(article, cs).find((x) => x.c.sentence.id === id)!.parts.place
    expect(cs[0]!.sentence.id).toBe('p2.s1')
    expect(place('p2.s1')).toBe(0.15)
    expect(place('p3.s1')).toBe(0.1)
  })
})

describe('the lede that restates the headline', () => {
  it('gains as the thesis when the headline says enough to restate, and not when it only names a topic', () => {
    const text = (title: string) => `# ${title}\n\nThe port authority approved the new container terminal in the harbour towns on Monday, after years of delay.\n\nThe terminal will handle ships from three continents and employ hundreds of dock workers in the region.\n`
    const lede = (title: string) => {
      const { article, candidates: cs } = candidates(text(title))
      return thesisScores(article, cs).find((x) => x.c.sentence.id === 'p1.s1')!.parts.lede
    }
    expect(lede('Port authority approves new container terminal')).toBeGreaterThan(0)
    expect(lede('Harbour towns')).toBe(0)
  })
})

describe('an option put to lawmakers', () => {
  it('is no thesis ("Members who … might choose …"), unlike a claim with the same modal', () => {
    const text = '# Harbour funding\n\nPrivate donors paid for most of the harbour repairs in the northern towns after the storm.\n\nMembers who are interested in reducing reliance on private donors might choose to fund the repairs themselves.\n\nThe repairs might fail within a decade without new money.\n'
    const { article, candidates: cs } = candidates(text)
    const scored = thesisScores(article, cs)
    expect(scored.map((x) => x.c.sentence.id)).not.toContain('p2.s1')
    expect(scored.find((x) => x.c.sentence.id === 'p3.s1')!.parts.claim).toBe(0.1)
  })
})

describe('the author’s stance', () => {
  it('counts a verb that agrees with a subject the author owns ("Our survey shows that …")', () => {
    const { article, candidates: cs } = candidates('# Harbours\n\nThe harbour towns of the coast grew rich on fishing. Our survey shows that the towns can recover only through tourism.\n')
    const stance = thesisScores(article, cs).find((x) => x.c.sentence.id === 'p1.s2')!.parts.stance
    expect(stance).toBeGreaterThan(0)
  })
})

describe('a sentence the article prints again', () => {
  it('is a point once, where it first stands (a pull quote, a page that repeats its text)', () => {
    const { candidates: cs } = candidates(
      '# Grass\n\nSavannas cover roughly half of the continent and feed its grazing herds. Rising carbon dioxide makes their grasses grow faster.\n\n“Rising carbon dioxide makes their grasses grow faster.”\n\nSAVANNAS cover roughly half of the continent — and feed its grazing herds. Fire managers will have more fuel to plan for.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s2', 'p3.s2'])
  })

  it('leaves two sentences that differ in a word', () => {
    const { candidates: cs } = candidates('# Grass\n\nThe grasses grew faster in the north of the park.\n\nThe grasses grew slower in the north of the park.\n')
    expect(cs).toHaveLength(2)
  })
})

describe('a lead-in whose items are no sentences of their own', () => {
  it('is no point ("Oversight questions could include the following:" before a list of questions)', () => {
    const { candidates: cs } = candidates(
      '# Tanks\n\nThe army will buy a lighter tank from 2030 onwards.\n\nPotential oversight questions for the committee could include the following:\n\n- What will the new tank cost per unit?\n- When will the first units reach the brigades?\n',
    )
    expect(cs.map((c) => c.sentence.text)).toEqual(['The army will buy a lighter tank from 2030 onwards.'])
  })

  it('is no point when its subject points to what follows ("The following is an exchange of emails …")', () => {
    const { candidates: cs } = candidates(
      '# Tanker deal\n\nThe army will buy a lighter tank from 2030 onwards. The following is a sequential exchange of emails about the tank as recorded by the committee.\n',
    )
    expect(cs.map((c) => c.sentence.text)).toEqual(['The army will buy a lighter tank from 2030 onwards.'])
    // Nor is a statement's preamble ("The text of the following statement was released by …"); a time is no pointer.
    const { candidates: released } = candidates(
      '# Border statement\n\nThe text of the following statement was released by the foreign ministers of Chile and Peru. The following year was marked by long talks between the two governments.\n',
    )
    expect(released.map((c) => c.sentence.text)).toEqual(['The following year was marked by long talks between the two governments.'])
  })

  it('is no point when it leads into a list the copy lost ("The agreement will:", then the paragraph goes on)', () => {
    const { candidates: cs } = candidates(
      '# Merger suit\n\nThe regulator sued the two firms over an unlawful agreement. The regulator alleges that the unlawful agreement will: The complaint seeks to stop the two firms from continuing their agreement.\n',
    )
    expect(cs.map((c) => c.point)).not.toContain('The regulator alleges that the unlawful agreement will')
    expect(cs.map((c) => c.sentence.text)).toContain('The complaint seeks to stop the two firms from continuing their agreement.')
  })

  it('is no point when it stops on a word its items complete and they are not read as joined to it ("… actions to:", "… legislation that:")', () => {
    const { candidates: cs } = candidates(
      '# Banks\n\nThe working group wants banks to serve crypto firms.\n\nThe Working Group recommends that regulators take additional actions to:\n\n- Relaunch crypto innovation efforts to clarify permissible bank activities.\n\nCongress should build on the vote by enacting legislation that:\n\n- Eliminates existing gaps in regulatory oversight.\n\nThe UN boss used his charm to implement reforms during the early 2000s, resulting in the establishment of:\n\n- A new council.\n',
    )
    expect(cs.map((c) => c.point).filter((p) => /\b(?:to|that)$/.test(p))).toEqual([])
    // (Trimmed to its main clause, a lead-in stands.)
    expect(cs.map((c) => c.point)).toContain('The UN boss used his charm to implement reforms during the early 2000s')
  })

  it('keeps a sentence with a colon that states a claim before it ("The study found one thing: …")', () => {
    const { candidates: cs } = candidates('# Study\n\nThe study of two hundred farms found a clear pattern across the region: yields fell where wells ran dry.\n')
    expect(cs).toHaveLength(1)
  })
})

describe('a reading list', () => {
  it('gives no point: its lead-in ("… in the following pieces") nor an entry (a quoted title, then who and where)', () => {
    const { candidates: cs } = candidates(
      '# Chips\n\nThe ministry has slowed the spread of advanced chips to rival labs. The new rules took effect across the industry in the spring.\n\nOur leaders have outlined this position in the following pieces.\n\n“Keeping the Chip Lead,” Jane Doe & John Roe, Wall Street Journal, January 6, 2025.\n\nThe ministry returned the seized chips over the following weeks.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s2', 'p4.s1'])
  })
})

describe('a web page copied whole', () => {
  const body = Array.from({ length: 11 }, (_, i) => `The river authority opened gate ${i + 1} of the dam as the water rose. Engineers watched the dam and the river through the night.`).join('\n\n')

  it('gives no point of the teasers for other stories after the article (one-sentence paragraphs off its subject)', () => {
    const { candidates: cs } = candidates(`# Dam on the river opens its gates\n\n${body}\n\nCelebrities have become outlets for young people's social frustrations.\n\nA famous bookseller who defied the censors has died after a long illness.\n`)
    expect(cs.some((c) => /Celebrities|bookseller/.test(c.sentence.text))).toBe(false)
    expect(cs.some((c) => /gate 11/.test(c.sentence.text))).toBe(true)
  })

  it('keeps a last one-sentence paragraph that names who the article keeps naming: no teaser ("…, according to The Guardian")', () => {
    const named = Array.from({ length: 11 }, (_, i) => `The Mekong Authority opened gate ${i + 1} of the dam as the water rose. Engineers watched the dam and the river through the night.`).join('\n\n')
    const { candidates: cs } = candidates(`# Dam on the river opens its gates\n\n${named}\n\nMore than 1000 families were moved since June, according to the Mekong Authority.\n\nCritics had long asked for a second spillway before the rainy season.\n`)
    expect(cs.some((c) => /^More than 1000 families/.test(c.sentence.text))).toBe(true)
  })

  it('gives no point of a translation run in after each paragraph, in another script than the headline', () => {
    const { candidates: cs } = candidates(`# Dam on the river opens its gates\n\nThe river authority opened the gates of the dam as the water rose.\n\n随着水位上涨，河流管理局打开了大坝的闸门。\n\nEngineers watched the dam and the river through the night.\n\n工程师们整夜监视着大坝和河流。\n`)
    expect(cs.map((c) => c.sentence.text)).toEqual(['The river authority opened the gates of the dam as the water rose.', 'Engineers watched the dam and the river through the night.'])
  })

  it('gives no point of a quotation in another language in Latin script, given before its translation', () => {
    const { candidates: cs } = candidates(
      '# Blogger protests the takedown of a video channel\n\nA blogger protested the takedown of the channel on Friday.\n\n> Es lo último que faltaba que el imperialismo se quiera adueñar de Internet es el colmo y después hablan de Libertad de Expresión.\n\n> The last thing we need is for imperialism to want to own the Internet, and then they talk about Freedom of Expression.\n\n> Les familles malgaches ne possèdent pas de document foncier pour sécuriser leurs terres.\n',
    )
    expect(cs.map((c) => c.sentence.text).join(' | ')).not.toMatch(/Es lo último|Les familles/)
    expect(cs.some((c) => /^The last thing/.test(c.sentence.text))).toBe(true)
  })
})

describe('a quotation of several sentences', () => {
  it('gives no point of a sentence inside it that neither opens nor closes it (someone\'s words with no marks and no speaker)', () => {
    const { candidates: cs } = candidates('# Taxis\n\nThe city licensed three robotaxi firms in the spring of this year.\n\n"Having tried all of the services in town over the summer. I would have to say the first one is much better than the other competitors. I feel the service is becoming a normal way to travel here," says one rider.\n')
    expect(cs.some((c) => /^I would have to say/.test(c.point))).toBe(false)
  })

  it('gives no point of the sentence that closes it with no speaker after the mark', () => {
    const { candidates: cs } = candidates(
      '# Rover\n\nThe agency ended the rover mission after its final drive in April.\n\n“It is almost unbelievable that after a thousand days the rover still has something to give. And thanks to this team, it may teach us new lessons in the years to come.”\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1'])
  })

  it('gives no point of the sentence that closes it when its full stop follows the mark (\'… their concerns".\')', () => {
    const { candidates: cs } = candidates(
      '# Rover\n\nThe agency ended the rover mission after its final drive in April.\n\nThe project manager wrote, "It is almost unbelievable that after a thousand days the rover still has something to give. I sincerely thank all of the engineers for their work over the years".\n',
    )
    expect(cs.some((c) => /I sincerely thank/.test(c.point))).toBe(false)
  })

  it('ends where a straight mark closes it: the author\'s sentence after it is a point ("… the attacker." Amnesty called for …)', () => {
    const { candidates: cs } = candidates(
      '# Shooting\n\nPolice shot a teenage protester in the chest during clashes on Tuesday.\n\nA police superintendent said at a press conference: "The officers\' lives were seriously threatened. To save their lives, one officer fired a live shot at the attacker." Amnesty International has called for an independent investigation into the shooting.\n',
    )
    expect(cs.some((c) => c.sentence.text.startsWith('Amnesty International has called'))).toBe(true)
  })
})

describe('a quotation whose speaker the trimming would cut', () => {
  it('keeps the speaker before it ("The report further claims, “…”"), or gives no point when the sentence is too long to keep whole', () => {
    const { candidates: cs } = candidates(
      '# Report\n\nThe board published its review of the outreach programme in May.\n\nThe report further claims, "American direct intervention in the region has elevated the stature of radical groups."\n\n"The airline transports weapons and fighters across the Middle East, supporting the destructive ambitions of the regime around the region," according to a tweet on Monday by the Secretary of State at a press event in the capital.\n',
    )
    expect(cs.find((c) => c.sentence.id === 'p2.s1')?.point).toBe('The report further claims, "American direct intervention in the region has elevated the stature of radical groups."')
    expect(cs.some((c) => /^"The airline transports/.test(c.point))).toBe(false)
  })

  it('reads the speaker cut whatever the case of the quotation\'s first letter, and heads no slide with the quotation alone', () => {
    const { candidates: cs } = candidates(
      '# Leads\n\nThe agency sued the lead seller on Monday over its advertising.\n\nThe firm even paid a doctor to appear in scripted news segments and suggest that “millions of Americans were able to qualify for a great health plan for $1 a day” using the lead services of the defendants.\n\nBy this time, "her skin was weeping, her body malnourished and her corneas melting", according to the newspaper.\n',
    )
    expect(cs.some((c) => /^“Millions of Americans/.test(c.point))).toBe(false)
    const spoken = cs.find((c) => c.sentence.id === 'p3.s1')
    expect(spoken?.point).toBe('By this time, "her skin was weeping, her body malnourished and her corneas melting", according to the newspaper')
    expect(spoken?.title ?? '').not.toMatch(/^["“]/)
  })

  it('leaves a name in quotation marks that a clause goes on from as it is trimmed (“The Year of Mexico in France” is to be celebrated …)', () => {
    const { candidates: cs } = candidates('# Culture\n\nThis year, “The Year of Mexico in France” is to be celebrated with a sequence of more than 350 cultural and trade events programmed throughout 2011.\n')
    expect(cs[0]?.point).toMatch(/^“The Year of Mexico in France” is to be celebrated/)
  })
})

describe('a sentence in brackets whole', () => {
  it('is an aside, no point ("(Public schools receive funding …)"); a sentence with brackets inside it may be one', () => {
    const { candidates: cs } = candidates(
      '# Grants\n\nThe state council approved new grants for security upgrades at churches in March. (Public schools receive funding through an array of federal programs, but are not typically eligible for the grants.) Eligible churches (about 400 of them) apply through their county offices.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s3'])
  })
})

describe('a sentence that points back, then goes on after a semicolon', () => {
  it('gives the claim after the semicolon when that names what it is about, its condition kept', () => {
    const { candidates: cs } = candidates(
      '# Cities\n\nMany coastal cities are sinking because too much water is pumped from the ground beneath them.\n\nBut as our new research shows, this process can work in reverse; when groundwater is replenished, cities can rise.\n\nThe treaty limited the stockpile for ten years. But these limits were temporary; the agreement scheduled these expirations to begin in January 2026.\n',
    )
    const turn = cs.find((c) => c.sentence.id === 'p2.s1')!
    expect(turn.point).toBe('When groundwater is replenished, cities can rise')
    expect(turn.dangling).toBe(false)
    expect(turn.source).toEqual(['p2.s1'])
    // What follows the semicolon points back too: the point still refers to what it does not say.
    expect(cs.find((c) => c.sentence.id === 'p3.s2')?.dangling ?? true).toBe(true)
  })
})

describe('a clause opened by "whether" that points back, then goes on after "or"', () => {
  it('gives no point of what "or" opens after the comma ("Or help to improve relations …, has yet to be seen")', () => {
    const { candidates: cs } = candidates(
      '# Embargo eased\n\nThe new rules ease travel and remittances to the island for families and students.\n\nBut whether these will have any impact on human rights issues on the island, or help to improve relations on a greater scale, has yet to be seen.\n',
    )
    expect(cs.some((c) => /^Or help/.test(c.point))).toBe(false)
  })
})

describe('a sentence cut off where a page ended', () => {
  it('is no point when it has no closing mark and ends on a word that needs what follows', () => {
    const { candidates: cs } = candidates(
      '# Formula\n\nThe agency found that formula makers used the program logo in their advertisements.\n\nIn order to better protect the logo from being used in formula advertisements, we are recommending that the Secretary educate all states about\n\nThe states agreed to review their rules for the logo within a year.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p3.s1'])
  })

  it('is no point when it has no closing mark and ends on a modal and its verb, the list it led into lost ("Congress may consider")', () => {
    const { candidates: cs } = candidates(
      '# Trafficking\n\nIllicit trafficking in chemicals from the region remains an issue in the relationship. In addressing the region\'s role in the drug trade, Congress may consider\n\n**Appropriations.** Congress may consider whether current funding levels are sufficient to address synthetic drugs.\n',
    )
    expect(cs.map((c) => c.sentence.text)).not.toContain("In addressing the region's role in the drug trade, Congress may consider")
    expect(cs.some((c) => /^Congress may consider$/.test(c.point))).toBe(false)
  })
})

describe('a sentence that only announces what follows', () => {
  it('is no point: "… focuses on three key areas", "… may consider several areas for oversight, such as …" (the examples trimmed off)', () => {
    const { candidates: cs } = candidates(
      '# Partnership\n\nThe two firms signed a five-year agreement on cloud computing in May. The partnership focuses on three key areas.\n\nLawmakers may wish to consider several areas for oversight, legislation, or appropriations, such as progress towards the second phase of the export control rules, the critical minerals framework and supply chain resilience, and defense cooperation.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1'])
  })

  it('keeps the sentence when its examples fit the point', () => {
    const { candidates: cs } = candidates('# Oversight\n\nLawmakers may wish to consider several areas for oversight, such as the export rules and the data centres.\n')
    expect(cs.map((c) => c.point)).toEqual(['Lawmakers may wish to consider several areas for oversight, such as the export rules and the data centres'])
  })

  it('leaves a claim about a counted thing, or one that gives its reasons', () => {
    const { candidates: cs } = candidates(
      '# Budget\n\nThe government cut three taxes on small firms in its spring budget. The court struck down the rule for two reasons.\n',
    )
    expect(cs.map((c) => c.sentence.id)).toEqual(['p1.s1', 'p1.s2'])
  })
})

describe('someone’s words', () => {
  it('leave out a sentence that opens a quotation the paragraph closes later, with its speaker', () => {
    const { candidates: cs } = candidates(
      '# Ports\n\nThe ministry published its new plan for the northern ports on Tuesday.\n\n“Winning the shipping race is not optional for the country. The ports must grow faster than their rivals in the region,” said the transport minister.\n',
    )
    const ids = cs.map((c) => c.sentence.id)
    expect(ids).toContain('p1.s1')
    expect(ids).not.toContain('p2.s1')
  })

  it('read as the speaker\'s when the sentence names the speaker after them, without the speaker\'s titles', () => {
    const { article, candidates: cs } = candidates(
      '# Moonquakes\n\nThe agency published a study of faults near the lunar south pole on Monday.\n\n“Our modeling suggests that shallow moonquakes capable of strong shaking in the polar region are possible from slip events on existing faults,” said Tom Watters of the Smithsonian Institution, Washington, lead author of a paper on the research published January 25 in the Planetary Science Journal.\n',
    )
    const c = cs.find((x) => x.sentence.id === 'p2.s1')!
    expect(c.point).toBe('Tom Watters: Our modeling suggests that shallow moonquakes capable of strong shaking in the polar region are possible from slip events on existing faults')
    expect(c.source).toEqual(['p2.s1'])
    // A sentence of the article's own telling: it stays a candidate beside the author's claims.
    expect(c.voiced).toBe(false)
    expect(isCompression(c.point, [article.sentences[1]!.text])).toBe(true)
  })

  it('leave out a sentence that is a quotation whole: its speaker is in another sentence', () => {
    const { candidates: cs } = candidates(
      '# Ports\n\nThe ministry published its new plan for the northern ports on Tuesday.\n\n“The old quays are too small for the new ships,” said the transport minister. “We need to look outside the box to find a way ahead that is both affordable and fast.”\n',
    )
    const ids = cs.map((c) => c.sentence.id)
    expect(ids).toContain('p1.s1')
    expect(ids).toContain('p2.s1')
    expect(ids).not.toContain('p2.s2')
  })
})

describe('a lede that the next sentence turns against', () => {
  it('sets the scene: the turn ("Despite …, X") is the thesis', () => {
    const text = '# How old rivalries soured the harbour regatta\n\nThe 2031 Nordhavn Regatta in Tromvik ended on October 4 after 9 days of racing between 40 crews from 12 ports. Despite the organisers’ motto of friendship, bitter rivalries between the towns dominated the week.\n\nThe crews of the two largest ports refused to share the quay.\n\nThe mayors traded insults at the closing dinner.\n'
    const { article, candidates: cs } = candidates(text)
    const scores = thesisScores(article, cs)
    expect(scores[0]!.c.sentence.id).toBe('p1.s2')
    expect(scores[0]!.parts.opening).toBeGreaterThan(0)
  })

  it('leaves a lede whose next sentence goes on without a turn', () => {
    const text = '# How old rivalries soured the harbour regatta\n\nThe 2031 Nordhavn Regatta in Tromvik ended on October 4 after 9 days of racing between 40 crews from 12 ports. Bitter rivalries between the towns dominated the week.\n\nThe crews of the two largest ports refused to share the quay.\n'
    const { article, candidates: cs } = candidates(text)
    expect(thesisScores(article, cs).every((x) => !x.parts.opening)).toBe(true)
  })

  it('leaves a lede that makes a claim of its own ("… will …"), which a turn qualifies', () => {
    const text = '# How old rivalries soured the harbour regatta\n\nThe harbour regatta will move to the southern towns, whose quays can hold the larger crews. But the northern towns will keep the final race.\n\nThe crews of the two largest ports refused to share the quay.\n'
    const { article, candidates: cs } = candidates(text)
    expect(thesisScores(article, cs).every((x) => !x.parts.opening)).toBe(true)
  })
})

describe('a point that opens on a phrase pointing back ("Among these individuals", "Despite these restrictions")', () => {
  it('is no point as it stands; the clause after the phrase is, when it names what it is about', () => {
    const { candidates: cs } = candidates(
      '# Sanctions\n\nThe ministry named twelve officials in its order on Monday. Among these individuals are six members of the national security council. ' +
        'The team travels with guards. But despite these restrictions, which include daily checks by security staff, local media has reported that the guards could not stop two players from leaving the hotel.\n',
    )
    const texts = cs.filter((c) => !c.dangling).map((c) => c.point)
    expect(texts.some((t) => /^Among these individuals/.test(t))).toBe(false)
    expect(texts).toContain('Local media has reported that the guards could not stop two players from leaving the hotel')
    const c = cs.find((x) => x.point.startsWith('Local media'))!
    expect(isCompression(c.point, [c.sentence.text])).toBe(true)
  })
})

describe('a headline in title case (issue 12)', () => {
  it('reads its capitalised common words as the body writes them ("Leaders" → "leader"), so the lede shares them', () => {
    const { article, candidates: cs } = candidates(
      '# Designations of Five Terrorist Leaders in Africa\n\nThe department announced the designation of five terrorist leaders today. The leaders command armed groups in the Sahel. Their assets in the United States are blocked.\n',
    )
    const lede = thesisScores(article, cs).find((x) => x.c.sentence.id === 'p1.s1')!
    // The headline's five content words (designation, five, terrorist, leader, africa): the lede has four of them
    // (read as names, "Designations" and "Leaders" would match nothing, and the lede only two).
    expect(lede.parts.headline).toBeCloseTo(0.5 * (4 / 5))
  })
})

describe('the person a pronoun stands for', () => {
  it('is named as printed, without a capitalised word that opens the sentence ("Whenever García can accuse …")', () => {
    const text =
      '# The protests\n\nMany are criticizing President Alan García and his government for their failure to consult local communities. García said the protesters were wrong.\n\nWhenever García can accuse the community leaders of manipulating the poor, he does. At the same time, he says that this is orchestrated by other countries, and he does not dare to accuse any of them by name in public.\n'
    const { candidates: cs } = candidates(text)
    for (const c of cs) expect(c.point).not.toMatch(/^Whenever García says/)
    expect(cs.map((c) => c.subjectName ?? '')).not.toContain('Whenever García')
  })
})

describe('the person a pronoun stands for, named with the words before the name', () => {
  it('keeps a title and whose it is ("Turkish President …"), not the end of an office\'s name ("… Communication and Information Tifatul Sembiring")', () => {
    const text =
      '# The browser ban\n\nThrough his account, the Minister of Communication and Information Tifatul Sembiring accused the maker of being unresponsive. He added that the government will block the browser in January.\n\nOn Monday, Turkish President Recep Tayyip Erdoğan opened the bridge. He announced the new toll by live television.\n'
    const { candidates: cs } = candidates(text)
    const names = cs.map((c) => c.subjectName).filter(Boolean)
    expect(names).toContain('Tifatul Sembiring')
    expect(names).not.toContain('Information Tifatul Sembiring')
    expect(names).toContain('Turkish President Recep Tayyip Erdoğan')
  })

  it('is the person\'s own name, not another one\'s who shares the surname ("his son Abhijit Mukherjee" for Pranab Mukherjee)', () => {
    const text =
      '# A death in Delhi\n\nOn Monday, Pranab Mukherjee, a career politician who served as President of India for five years, died. He was aged 84 years. His death was announced by his son Abhijit Mukherjee via Twitter. He died at the Army hospital in New Delhi.\n\nMukherjee was cremated on Tuesday.\n'
    const { candidates: cs } = candidates(text)
    expect(cs.map((c) => c.point)).not.toContain('Abhijit Mukherjee died at the Army hospital in New Delhi')
  })
})

describe('a pronoun written with a clitic ("He\'s also leaving …")', () => {
  it('keeps the pronoun: the name it stands for cannot take the clitic in the sentence\'s own words', () => {
    const text =
      '# The legacy\n\nThe late ruler financed campaigns in France, as the writer Pierre Dumont told in a book. He\'s also leaving vast real estate assets and secret bank accounts in France and in Switzerland.\n'
    const { candidates: cs } = candidates(text)
    const leaving = cs.find((c) => c.sentence.id === 'p1.s2')
    for (const c of cs) expect(c.point).not.toMatch(/Dumont ['’]s/)
    expect(leaving?.point).toMatch(/^He['’]s also leaving/)
  })
})

describe('a release’s long lede', () => {
  it('stays a candidate whole up to 45 words when no cut brings it down to 36; the same sentence later in the text does not', () => {
    const lede =
      'Today, the Federal Trade Commission took action to protect Americans from paying higher prices at the pump by resolving antitrust concerns surrounding Acme Fuel Inc.’s proposed $1.57 billion acquisition of 270 retail fuel outlets from grocery store chain Giant Market, Inc.'
    const rest = 'The order requires Acme to divest 35 gas stations to a rival. The Commission vote was 3-0.'
    const first = candidates(`# Order\n\n${lede} ${rest}\n`).candidates.find((c) => c.sentence.id === 'p1.s1')
    expect(first?.point).toMatch(/^The Federal Trade Commission took action to protect Americans .* from grocery store chain Giant Market/)
    const later = candidates(`# Order\n\n${rest}\n\n${lede}\n`).candidates.find((c) => c.sentence.id === 'p2.s1')
    expect(later).toBeUndefined()
  })
})

describe('a release with a standfirst above its lede', () => {
  it('leaves the lede its room: a lede of 40 words under a one-line standfirst is briefed, not dropped for its length', () => {
    const md = `# Labor department cites contractor after fatal cave-in

*Norvale Paving Co. assessed $2.1M in proposed penalties*

NORVALE – The U.S. Department of Labor has cited a Norvale-based paving and drainage contractor for willfully and repeatedly exposing workers to safety hazards in a trench collapse in March 2025 that claimed the life of an employee and seriously injured another at a Norvale worksite.

The department's investigation found that workers were installing drainage pipe in a trench without a protective system. While working, the wall of the trench collapsed and trapped two workers. One worker sustained fatal injuries.

The agency cited the employer with five willful and 12 serious violations. The company has 15 business days to comply, request an informal conference, or contest the findings.
`
    const { article, outline } = buildFromArticle(md, { format: 'markdown' })
    const lede = article.sentences.find((s) => s.text.includes('has cited a Norvale-based'))!
    const cited = outline.slides.flatMap((s) => [...('source' in s && Array.isArray(s.source) ? s.source : []), ...('points' in s ? s.points.flatMap((p) => p.source ?? []) : [])])
    expect(cited).toContain(lede.id)
  })
})

describe('the items of a list after a lead-in with a contraction', () => {
  it('join it as written ("We’ve directed agencies to:" then "Add multi-factor authentication …"), no space inside "We’ve"', () => {
    const { article, candidates: cs } = candidates(
      '# Directive\n\nThe agency issued an emergency directive to federal agencies on Tuesday.\n\nWe’ve directed agencies to:\n\n- Add multi-factor authentication to the accounts that manage their domain records.\n- Audit their public domain records within ten business days.\n\nThe agency will report on progress next month.\n',
    )
    const items = cs.filter((c) => c.source.length === 2)
    expect(items.map((c) => c.point)).toContain('We’ve directed agencies to add multi-factor authentication to the accounts that manage their domain records')
    for (const c of items) expect(isCompression(c.point, c.source.map((id) => article.sentences.find((s) => s.id === id)!.text))).toBe(true)
  })

  it('take the subject after a leading date, not the date’s year ("By 5 pm on Friday, April 23, 2021 all federal agencies must:")', () => {
    const { candidates: cs } = candidates(
      '# Directive\n\nThe agency issued an emergency directive to federal agencies on Tuesday.\n\nBy 5 pm on Friday, April 23, 2021 all federal agencies must:\n\n- Enumerate all instances of the affected appliances.\n- Run the integrity tool on each appliance.\n\nThe agency will report on progress next month.\n',
    )
    const items = cs.filter((c) => c.source.length === 2).map((c) => c.point)
    expect(items).toContain('All federal agencies must enumerate all instances of the affected appliances')
    expect(items.join(' ')).not.toMatch(/^2021|\b2021 all\b/)
  })
})

describe('a quotation block (issue 12)', () => {
  const text = [
    '# Drones',
    'The government widened its drone programme in the north of the country this spring. Defence minister Omar Haddad defended the programme on Monday. Omar Haddad said the strikes were precise.',
    'Aisha Rahman, a writer and activist, commented on the drone policy:',
    '> Expanding the drone programme is not in the interest of the country or of its allies. It will only deepen the anger in the tribal areas.',
    'Not everyone takes Omar Haddad’s silence on the programme so lightly, saying:',
    '> Nobody expects the minister to drop everything and fly north to meet the families of the victims.',
  ].join('\n\n') + '\n'

  it('is the words of the one the sentence before it hands over to, said with her name and citing that sentence too', () => {
    const { article, candidates: cs } = candidates(text)
    expect(article.paragraphs.map((p) => !!p.quoted)).toEqual([false, false, true, false, true])
    const c = cs.find((x) => x.sentence.id === 'p3.s1')!
    expect(c.point).toMatch(/^Aisha Rahman: Expanding the drone programme is not in the interest of the country/)
    expect(c.source).toEqual(['p2.s1', 'p3.s1'])
    const said = (id: string) => article.sentences.find((x) => x.id === id)!.text
    expect(isCompression(c.point, [said('p2.s1'), said('p3.s1')])).toBe(true)
  })

  it('is no one’s named there when the sentence before names an owner, not a speaker ("takes Omar Haddad’s silence … lightly, saying:")', () => {
    const { candidates: cs } = candidates(text)
    expect(cs.filter((x) => x.point.startsWith('Omar Haddad:'))).toEqual([])
  })

  it('is no one’s named in a clause that opens the sentence before it ("Suggesting that the firm supports Omar Haddad, Mariam tweeted:")', () => {
    const opener = [
      '# Drones',
      'Defence minister Omar Haddad defended the drone programme on Monday. Omar Haddad said the strikes were precise.',
      'Suggesting that the firm acted in support of Omar Haddad, Mariam tweeted:',
      '> The firm censors the networks again and supports the minister with its money and its lawyers.',
    ].join('\n\n') + '\n'
    const { candidates: cs } = candidates(opener)
    expect(cs.find((x) => x.sentence.id === 'p3.s1')?.point ?? '').not.toMatch(/^Omar Haddad:/)
  })
})

describe('a sentence too long to be one point', () => {
  it('becomes two points when it joins two clauses, each with its own subject, each citing the sentence', () => {
    const { candidates: cs } = candidates(
      "# Japan\n\nTokyo protested the submarine's passage through its waters on Monday. The navy tracked it for two days.\n\nJapan's Constitution forbids the nation from exercising military strength in matters other than that of self-defence, but Japan's ruling party, the Liberal Democratic Party or LDP, has recently proposed constitutional amendments to give the military more offensive capabilities, among other things.\n",
    )
    const parts = cs.filter((c) => c.sentence.id === 'p2.s1')
    expect(parts.map((c) => c.point)).toEqual([
      "Japan's Constitution forbids the nation from exercising military strength in matters other than that of self-defence",
      expect.stringMatching(/^Japan's ruling party.* has recently proposed constitutional amendments to give the military more offensive capabilities/),
    ])
    for (const c of parts) {
      expect(c.source).toEqual(['p2.s1'])
      expect(c.dangling).toBe(false)
      expect(isCompression(c.point, [c.sentence.text])).toBe(true)
    }
  })

  it('stays out when the joint is inside a list after a colon, or inside its subject', () => {
    const { candidates: cs } = candidates(
      '# Funds\n\nThe company pleaded guilty to wire fraud in federal court on Monday. It will pay a fine.\n\nTwo restitution funds will be established: a $125 million fund for individuals who have been physically injured by the airbags and who have not already reached a settlement, and a $850 million fund for airbag recall and replacement costs incurred by auto manufacturers who were victims of the fraud scheme.\n\nThe delegations of the Republic of Iraq, led by Dr. Fuad Hussein, the Minister of Foreign Affairs, and the United States of America, led by Secretary of State Antony J. Blinken, co-chaired the final session of the Strategic Dialogue in Washington.\n',
    )
    expect(cs.filter((c) => c.sentence.paragraph > 1).map((c) => c.point)).toEqual([])
  })
})

describe('a sentence that trails off', () => {
  it('is a point without its dots when it ends on an ellipsis outside a quotation', () => {
    const { candidates: cs } = candidates(
      '# Smolensk\n\nThe commission published its report on the crash on Wednesday. It blames the Polish crew.\n\nThe IAC report has opened a new chapter in the Polish-Polish war, this time under the Russian flag...\n\nCommanders must plan for attacks on the networks they rely on …\n',
    )
    expect(cs.filter((c) => c.sentence.paragraph > 1).map((c) => c.point)).toEqual([
      'The IAC report has opened a new chapter in the Polish-Polish war, this time under the Russian flag',
      'Commanders must plan for attacks on the networks they rely on',
    ])
  })
})
