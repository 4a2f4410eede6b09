import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { BriefdeckError } from '../../src/errors.ts'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url))
const BUNDLED = 'articles/north-korea-no-strategic-reprieve.txt'
const FIXTURES = 'tests/fixtures/articles'

describe('ingest: the bundled article', () => {
  const article = ingest(read(BUNDLED), { name: BUNDLED })

  it('keeps title, author, publisher, licence and credits as metadata', () => {
    expect(article.meta.title).toBe('North Korea – No Strategic Reprieve for Sino-US Tensions')
    expect(article.meta.author).toBe('Sophie Qin')
    expect(article.meta.publisher).toBe('Young Australians in International Affairs')
    expect(article.meta.licence).toMatch(/Creative Commons/)
    expect(article.meta.credits).toEqual(['Image Credit: U.S. Pacific Fleet (cropped) (Flickr: Creative Commons)'])
  })

  it('strips page chrome and metadata from the content', () => {
    for (const junk of ['top of page', 'bottom of page', 'Sophie Qin was', 'Creative Commons', 'Image Credit'])
      expect(article.text).not.toContain(junk)
  })

  it('finds the sections, paragraphs and sentences with stable ids and offsets', () => {
    expect(article.sections.map((s) => s.title)).toEqual([undefined, 'Bigger problems for China?'])
    expect(article.paragraphs).toHaveLength(14)
    expect(article.sentences).toHaveLength(37)
    expect(article.sentences[0]!.id).toBe('p1.s1')
    expect(article.sentences.find((s) => s.id === 'p4.s2')!.text).toMatch(/^But when asked .*without further elaboration\.$/)
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text)
  })

  it('gives the same ids for the same text', () => {
    const again = ingest(read(BUNDLED), { name: BUNDLED })
    expect(again.sentences.map((s) => s.id + s.text)).toEqual(article.sentences.map((s) => s.id + s.text))
  })
})

describe('ingest: other real articles', () => {
  it('reads a plain-text article with a byline and dateline at the top', () => {
    const a = ingest(read(`${FIXTURES}/security-analysis.txt`), { name: 'security-analysis.txt' })
    expect(a.meta).toMatchObject({ author: 'Amin Saikal', publisher: 'The Conversation', date: '7 October 2026' })
    expect(a.meta.title).toMatch(/^Yemen is spiralling/)
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'Houthis gaining ground', 'Where is this going?'])
    expect(a.sentences[0]!.text).toBe('The Middle East has seen many explosions of violence in recent years.')
  })

  it('takes a short line for a subheading only when the paragraph after it starts a sentence of its own', () => {
    const text = [
      'Merger review in brief',
      'The agencies review large mergers before they close. They may ask for more information.',
      'The 2024 rule',
      'The Act provides that the agency shall, with the concurrence of the department',
      'require that the notification be in such form as is necessary to enforce the antitrust laws.',
      'The rule was vacated by a federal court in February, and the agency has appealed that decision.',
    ].join('\n\n')
    const a = ingest(text, { name: 'merger.txt' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'The 2024 rule'])
    // The lead-in and the quotation it runs into are one sentence.
    expect(a.sentences.map((s) => s.text)).toContain('The Act provides that the agency shall, with the concurrence of the department require that the notification be in such form as is necessary to enforce the antitrust laws.')
  })

  it('cuts a bold subheading or a picture run into a paragraph out of it, and puts emphasis spaces back', () => {
    const md = [
      '# Harbour plan',
      'Plan overview![A map](https://example.invalid/map.png)\nThe council has approved a new harbour plan for the town.',
      'The plan was years in the making.**How It Works**The council will raise the sea walls by a metre.',
      '**Funding sources**\nThe money comes from a regional grant and a local levy.',
      'Residents want to know what’s* really* changing, the mayor said. The **McDonald Fund**Board was not consulted.',
      '- **Early Work: **Crews will start on the north pier in May.',
    ].join('\n\n')
    const a = ingest(md, { name: 'harbour.md' })
    const texts = a.sentences.map((s) => s.text)
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'How It Works', 'Funding sources'])
    expect(texts).toContain('The council has approved a new harbour plan for the town.')
    expect(texts).toContain('The council will raise the sea walls by a metre.')
    expect(texts).toContain('The money comes from a regional grant and a local levy.')
    expect(texts).toContain('Residents want to know what’s really changing, the mayor said.')
    // A bold name inside a sentence is no subheading.
    expect(texts).toContain('The McDonald FundBoard was not consulted.')
    expect(texts).toContain('Early Work: Crews will start on the north pier in May.')
  })

  it('takes no bold run that ends on an article or a preposition for a subheading: its sentence goes on ("**Released a**⏎[**guide**](…)")', () => {
    const md = [
      '# Harbour plan',
      'The council has approved a new harbour plan for the town.',
      '1.  **Released a**\n    [**guide**](https://example.invalid/guide.pdf)\n    **for building safe piers.** The guide tells towns how to build them.',
    ].join('\n\n')
    const a = ingest(md, { name: 'harbour.md' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined])
    expect(a.sentences.map((s) => s.text)).toContain('Released a guide for building safe piers.')
  })

  it('lifts a table\'s notes and an author\'s first-person bio out of the text', () => {
    const md = [
      '# Harbour fees',
      'The harbour raised its fees for large ships last year, and the town council approved the change in March.',
      '**Source: **Harbour office figures for the year.',
      '**Notes: **Fees are rounded to the nearest euro. Ships under ten metres are not included.',
      '\\[Source: Harbour office,\nhttps://www.example.org/files/harbour-fees-2025.pdf\\]',
      'Most of the new revenue will pay for dredging the channel, the harbour master said.',
      'I help towns plan their harbours. I write about ports and shipping.',
    ].join('\n\n')
    const a = ingest(md, { name: 'fees.md' })
    const texts = a.sentences.map((s) => s.text)
    expect(texts).toEqual([
      'The harbour raised its fees for large ships last year, and the town council approved the change in March.',
      'Most of the new revenue will pay for dredging the channel, the harbour master said.',
    ])
    expect(a.meta.credits).toContain('Source: Harbour office figures for the year.')
    // A source line in brackets is no subheading either.
    expect(a.sections.map((s) => s.title).join(' ')).not.toMatch(/Source/)
    // Not a bio: a sentence in the first person inside the article.
    const story = ingest(md.replace('I help towns plan their harbours. I write about ports and shipping.', 'I asked the harbour master why. He said the ships had grown.'), { name: 'fees.md' })
    expect(story.sentences.map((s) => s.text)).toContain('I asked the harbour master why.')
  })

  it('drops a label in capitals above the text and the title repeated as a heading, keeping the real subheadings', () => {
    const md = [
      '# Merger review after the ruling',
      '## POLICY BRIEF (RESEARCH SERVICE)',
      '# Merger review after the ruling',
      'The agencies review large mergers before they close. They may ask for more information.',
      '## The 2024 rule',
      'The rule was vacated by a federal court in February, and the agency has appealed that decision.',
    ].join('\n\n')
    const a = ingest(md, { name: 'brief.md' })
    expect(a.meta.title).toBe('Merger review after the ruling')
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'The 2024 rule'])
    // Subheadings all in capitals are the article's style, and stay.
    const caps = ingest(md.replace('## The 2024 rule', '## THE 2024 RULE'), { name: 'brief.md' })
    expect(caps.sections.map((s) => s.title)).toEqual(['POLICY BRIEF (RESEARCH SERVICE)', 'THE 2024 RULE'])
  })

  it('takes no quoted post, dash-led attribution, interviewer\'s question or picture credit for a subheading, and drops the credit', () => {
    const para = (n: number) => `The protesters gathered in the capital on day ${n} of the strike, and the police kept their distance from the crowd.`
    const text = [
      'Strike in the capital',
      para(1),
      'Mr #Sakozy: Do not break the relationship! cc:@lemondefr',
      para(2),
      '—Testimony from the chief internal police investigator',
      para(3),
      'JO: Will you ask for international recognition of the new government?',
      para(4),
      'Google Earth view of the airport site. Image Courtesy Dinmojur Blog',
      para(5),
      'What the strikers want',
      para(6),
    ].join('\n\n')
    const a = ingest(text, { format: 'text' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'What the strikers want'])
    expect(a.text).toContain('—Testimony from the chief internal police investigator')
    expect(a.text).not.toContain('Image Courtesy')
  })

  it('takes no web address alone on its line for a subheading', () => {
    const md = [
      '# Spy and son indicted',
      'The indictment alleges that the son collected money from foreign agents on his father\'s behalf.',
      '- http://www.example.gov/usao/PressReleases/2009/Indictment.pdf',
      'The United States Attorney stated that the conduct alleged shows a continuing scheme to betray the country.',
    ].join('\n\n')
    expect(ingest(md, { name: 'spy.md' }).sections.map((s) => s.title)).toEqual([undefined])
  })

  it('reads a list item that ends on a conjunction ("…; and") as text, not as a heading', () => {
    const md = [
      '# Food programmes',
      'The bill renewed the programmes below for five more years, with small changes to each of them.',
      '- **Summer Meals Program** (SMP); and',
      '- **Market Vouchers for Seniors** grants, paid out through the states and the tribal governments that run them.',
      'All of them are run by the same agency, which also sets their rules.',
    ].join('\n\n')
    const a = ingest(md, { name: 'food.md' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined])
    expect(a.sentences.map((s) => s.text)).toContain('Summer Meals Program (SMP); and')
  })

  it('drops the notes that end an article with no heading over them ("[1] …"), and a forward-looking-statements notice', () => {
    const md = [
      '# A new board for the company',
      'The company set up a trust that will elect a growing share of its board over the next four years.',
      'The trust has five members with no financial stake in the company, and they serve one-year terms.',
      'Its members will gain the power to elect a majority of the board once the company reaches its fourth year.',
      '## Forward-Looking Statements',
      'Certain statements in this post are forward-looking statements within the meaning of the securities laws.',
      '[1] An earlier version of the trust was written into the investment documents in 2021.',
      '[2] The structure was designed with the help of outside lawyers.',
    ].join('\n\n')
    const texts = ingest(md, { name: 'board.md' }).sentences.map((s) => s.text)
    expect(texts).toEqual([
      'The company set up a trust that will elect a growing share of its board over the next four years.',
      'The trust has five members with no financial stake in the company, and they serve one-year terms.',
      'Its members will gain the power to elect a majority of the board once the company reaches its fourth year.',
    ])
    // Without a heading before them, the notes alone go.
    const bare = ingest(md.replace('## Forward-Looking Statements\n\nCertain statements in this post are forward-looking statements within the meaning of the securities laws.\n\n', ''), { name: 'board.md' })
    expect(bare.sentences.map((s) => s.text)).toEqual(texts)
    // A paragraph that only cites a note ("[1]") in its text stays.
    const cited = ingest('# Board\n\nThe company set up a trust.[1] It elects part of the board.\n\n[1] A note.', { name: 'b.md' })
    expect(cited.sentences.map((s) => s.text)).toEqual(['The company set up a trust.[1]', 'It elects part of the board.'])
  })

  it('drops a selected reference printed under a line in capitals after the article', () => {
    const md = [
      '# Soil microbes',
      'Engineered soil microbes may cut the amount of chemical fertilizer farms need.',
      'Researchers say the current rules were not written for genetically engineered microbes.',
      'SELECTED REFERENCE',
      'Jane Doe, John Roe, et al.. “A review of soil microbes used on farms.” Journal of Soils, vol. 3 (2023).',
    ].join('\n\n')
    expect(ingest(md, { name: 'soil.md' }).sentences.map((s) => s.text)).toEqual([
      'Engineered soil microbes may cut the amount of chemical fertilizer farms need.',
      'Researchers say the current rules were not written for genetically engineered microbes.',
    ])
  })

  it('sets aside a press release\'s closing "More About …" or "About …" section as back matter', () => {
    const md = [
      '# Agency Picks Three Firms to Study Harbour Drones',
      'The port agency has picked three firms to study how drones could inspect harbour walls, it said on Monday.',
      'The studies will run for a year and cost $2 million in all, and the agency will choose one design to build in 2027.',
      'Engineers say drones could cut inspection costs by half and spare divers dangerous work in cold water.',
      '## More About the Programme',
      'The Harbour Robotics Office manages the programme for the agency. Acme Robotics built the test rig.',
    ].join('\n\n')
    const texts = ingest(md, { name: 'drones.md' }).sentences.map((s) => s.text).join(' ')
    expect(texts).toMatch(/inspection costs by half/)
    expect(texts).not.toMatch(/manages the programme|built the test rig/)
    // A heading that opens with "About" but is long, or stands mid-article with more text after it, is content.
    const mid = ingest(md.replace('## More About the Programme', '## About the harbour walls and why they crack').replace('built the test rig.', 'built the test rig. ' + 'The walls crack in frost and settle over decades. '.repeat(8)), { name: 'drones.md' })
    expect(mid.sentences.map((s) => s.text).join(' ')).toMatch(/manages the programme/)
  })

  it('lifts a last line thanking someone for research help into the credits', () => {
    const md = [
      '# Grants policy',
      'The agency cut the number of new research grants it awarded this year.',
      'Several bills would reverse the cuts or limit the agency’s discretion over awards.',
      'Research Assistant Jane Roe provided analytical support.',
    ].join('\n\n')
    const a = ingest(md, { name: 'grants.md' })
    expect(a.sentences.map((s) => s.text)).not.toContain('Research Assistant Jane Roe provided analytical support.')
    expect(a.meta.credits).toContain('Research Assistant Jane Roe provided analytical support.')
  })

  it('lifts captions labelled by their picture\'s place ("Left: … Middle: … Right: …", "Above: …") into the credits, however long; keeps prose that says "right:"', () => {
    const long = 'Left: Signatories of the 1998 agreement visit the processing facility at the space centre in Florida, and pose in front of the first node module being prepared for launch. Middle: The first two modules of the nascent station, joined in orbit by the crew of the shuttle. Right: The first expedition crew of three, two cosmonauts of the Russian space agency and an American astronaut, in the station.'
    const md = ['# Station history', 'The first crew arrived at the station on Nov. 2, 2000.', long, 'Above: The station as it appeared in 2021.', 'Critics were right: the station cost far more than planned.'].join('\n\n')
    const a = ingest(md, { name: 'station.md' })
    const text = a.sentences.map((s) => s.text).join(' ')
    expect(text).not.toMatch(/\b(?:Left|Middle|Right|Above): /)
    expect(a.meta.credits).toEqual(expect.arrayContaining([long, 'Above: The station as it appeared in 2021.']))
    expect(text).toMatch(/Critics were right: the station cost far more/)
  })

  it('lifts a caption that ends on its picture\'s credit after "Image:" or "Photo:" ("… lifting off. Image: NASA.") into the credits; keeps prose with a colon', () => {
    const caption = 'File image of the shuttle lifting off, which approaches its last mission before retirement. Image: NASA.'
    const md = ['# Shuttles', 'The agency announced new homes for its retired shuttles.', caption, 'Sunset over the river. Photo: Jane Roe.', 'The image was clear: the shuttles would go to museums.'].join('\n\n')
    const a = ingest(md, { name: 'shuttles.md' })
    const text = a.sentences.map((s) => s.text).join(' ')
    expect(text).not.toMatch(/File image|Sunset over/)
    expect(a.meta.credits).toEqual(expect.arrayContaining([caption, 'Sunset over the river. Photo: Jane Roe.']))
    expect(text).toMatch(/The image was clear: the shuttles would go to museums/)
  })

  it('lifts a caption that ends on its credit written with slashes ("… NASA/LROC/ASU/Smithsonian Institution", "Jane Lee / Ann Wang") into the credits; keeps "km/h" and "and/or" prose', () => {
    const caption = 'Image shows predicted areas of surface slope instability in the south polar region. Blue dots are areas with the least unstable slopes. NASA/LROC/ASU/Smithsonian Institution'
    const md = ['# Moonquakes', 'The Moon is shrinking as its interior cools, and the shrinking makes faults.', caption, 'Rovers drive at 5 km/h and/or less near the faults.', 'Jane Lee / Ann Wang'].join('\n\n')
    const a = ingest(md, { name: 'moon.md' })
    const text = a.sentences.map((s) => s.text).join(' ')
    expect(text).not.toMatch(/Image shows|Smithsonian|Jane Lee/)
    expect(a.meta.credits).toEqual(expect.arrayContaining([caption, 'Jane Lee / Ann Wang']))
    expect(text).toMatch(/5 km\/h and\/or less/)
  })

  it('reads a zero-width space or word joiner as nothing ("2.\\u200b The union commits …" is a numbered item, "fee\\u200bs" one word)', () => {
    const md = ['# Trade framework', '1.\u200b The union commits to cut its tariffs on industrial goods to zero by next year.', '2.\u200b The union commits to buy energy worth $750 billion through 2028, and its fee\u2060s fall.'].join('\n\n')
    const a = ingest(md, { name: 'framework.md' })
    const text = a.sentences.map((s) => s.text).join(' ')
    expect(text).not.toMatch(/[\u200B\u2060]/)
    expect(text).toMatch(/its fees fall/)
    expect(a.sentences.map((s) => s.text)).toContain('The union commits to cut its tariffs on industrial goods to zero by next year.')
  })

  it('takes no unmarked short line for a subheading where the page marks its subheadings ("###"): a chart\'s title is none', () => {
    const md = [
      '# Harbour finances',
      '### What the Review Found',
      'The harbour authority continues to be in poor financial condition. It has lost money every year since 2015.',
      'Harbour Authority Total Expenses and Total Revenue, Fiscal Years 2015-2025',
      'In 2021, the authority introduced a ten-year plan designed to improve its financial condition.',
      '### Why the Review Was Done',
      'The authority has been on the review board\'s watch list since 2018 as rising costs have made its model unsustainable.',
    ].join('\n\n')
    const a = ingest(md, { name: 'harbour.md' })
    expect(a.sections.map((s) => s.title)).toEqual(['What the Review Found', 'Why the Review Was Done'])
  })

  it('reads a byline whose title is in lower case as metadata when its dateline closes it', () => {
    const text = [
      'Harbour fees rise again',
      'Jane Roe, Postdoctoral researcher of maritime history and trade, Department of History, University of Ruritania. The Conversation, 1 October 2026.',
      'The port authority raised its fees for the third time this year. Shipping firms said they would pass the cost on to customers.',
    ].join('\n\n')
    const a = ingest(text, { name: 'fees.txt' })
    expect(a.sentences.map((s) => s.text).join(' ')).not.toMatch(/Jane Roe/)
    expect(a.meta.author).toBe('Jane Roe')
    expect(a.meta.publisher).toBe('The Conversation')
  })

  it('keeps a press release run into one long paragraph that quotes someone "grateful to" a partner', () => {
    const quote = '“We are grateful to the Ruritanian agency for our long history of sharing best practices,” said the director.'
    const body = Array.from({ length: 25 }, (_, i) => `The two agencies held their ${i + 1}th round of talks on merger review in the capital.`).join(' ')
    const a = ingest(`# Agencies meet\n\nMay 2, 2025\n\n${body} ${quote} The talks will continue next year.\n`, { name: 'release.md' })
    expect(a.sentences.length).toBeGreaterThan(25)
    expect(a.sentences.map((s) => s.text)).toContain(quote)
  })

  it('splits a disclaimer run into the list item before it: the item stays, the disclaimer goes to the credits', () => {
    const md = [
      '# Options for Congress',
      'Congress may wish to consider several options:',
      '- strengthen the agency’s oversight of grants; and',
      '- enhance supply chain security among allies and partners.\n   Disclaimer:\n These documents were prepared by a research service. They are not subject to copyright protection.',
    ].join('\n\n')
    const a = ingest(md, { name: 'options.md' })
    const text = a.sentences.map((s) => s.text).join(' ')
    expect(text).toMatch(/enhance supply chain security among allies and partners/)
    expect(text).not.toMatch(/Disclaimer|copyright/)
    expect(a.meta.credits.join(' ')).toMatch(/^Disclaimer: These documents were prepared/)
  })

  it('drops notes printed above the article, not the article after them', () => {
    const md = [
      '# How developers use AI',
      'Research',
      '#### Footnotes',
      '1\\. The sample only includes conversations from the free and paid plans of the consumer app.',
      '2\\. The numbers for web languages are likely inflated slightly by the way documents are rendered.',
      'Jobs that involve computer programming are a small sector of the modern economy, but an influential one.',
      'In our previous research we found very disproportionate use of the assistant by workers in computer-related occupations.',
      '## Automation',
      'Most conversations with the coding agent automate a task rather than augment the developer, the data suggests.',
      '## Footnotes',
      '1\\. A note at the back.',
    ].join('\n\n')
    const a = ingest(md, { name: 'notes.md' })
    const texts = a.sentences.map((s) => s.text)
    expect(texts).toContain('Jobs that involve computer programming are a small sector of the modern economy, but an influential one.')
    expect(texts.some((t) => /sample only includes|A note at the back/.test(t))).toBe(false)
  })

  it('sets aside a recruiting note and a chart copied as text, and keeps the sections around them', () => {
    const md = [
      '# How developers use AI',
      'Most conversations with the coding agent automate a task rather than augment the developer, the data suggests.',
      '1M2M3M4M5M6M7M8M9MTotal Environment InteractsPolicy Target0102030405060708090100Cost',
      'Startups adopted the agent faster than large enterprises did, according to the sample.',
      '### Work With Us',
      'The team is growing quickly in several offices across the country and abroad, and the pay is competitive.',
      'We are looking for economists who have studied how new technologies change the labour market.',
      '## Appendix',
      'We also compared the results with conversations that did not involve software at all.',
    ].join('\n\n')
    const a = ingest(md, { name: 'post.md' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'Appendix'])
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Most conversations with the coding agent automate a task rather than augment the developer, the data suggests.',
      'Startups adopted the agent faster than large enterprises did, according to the sample.',
      'We also compared the results with conversations that did not involve software at all.',
    ])
    // A model's name that mixes digits and letters once or twice is a word, not a chart.
    const names = ingest('GPT-4o and A2 and H100 models were tested on the new B2B2C platform in 2024.', { format: 'text' })
    expect(names.sentences).toHaveLength(1)
  })

  it('reads a run of short labels (a chart legend) as text, not as a subheading, in plain text', () => {
    const text = [
      'Constrained methods were better than the baseline on most of the environments we tried.',
      'Requirements for Tickets',
      'Speculative Tickets',
      'Some states require sellers to say when a ticket is speculative, and others ban such sales.',
      'CPO',
      'PPO',
      'PPO-Lagrangian',
      'Lagrangian methods were surprisingly better than the constrained policy optimisation method.',
    ].join('\n\n')
    const a = ingest(text, { format: 'text' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'Speculative Tickets'])
  })

  it('reads a non-geopolitical article', () => {
    const a = ingest(read(`${FIXTURES}/non-geopolitics.txt`), { name: 'non-geopolitics.txt' })
    expect(a.meta).toMatchObject({ author: 'Julie Moreno', publisher: 'The Conversation' })
    expect(a.sections.map((s) => s.title)).toEqual([undefined, 'Brain disease in dogs and people', 'Aging dogs, aging people'])
    expect(a.text).not.toMatch(/Associate Professor of Environmental/)
  })

  it('reads Markdown: the H1 is the title and the dateline is metadata', () => {
    const a = ingest(read(`${FIXTURES}/trade-diplomacy.md`), { name: 'trade-diplomacy.md' })
    expect(a.format).toBe('markdown')
    expect(a.meta).toMatchObject({ publisher: 'The White House', date: 'October 26, 2025' })
    expect(a.meta.title).toMatch(/^Fact Sheet: /)
    expect(a.text).not.toMatch(/\*\*/)
  })

  it('reads each item of a plain-text list as a paragraph of its own, without its marker, nested items too; one dash opening a line of wrapped prose stays', () => {
    const text = 'The agency recommends reviewing these resources:\n\n- Vendor resources:\n  - For guidance on securing the console, see the vendor\'s page.\n  - Enable approval by a second administrator\nbefore any device is wiped.\n\n• Keep logs for a year.\n\nThe attack began in March and the firm was hit hard\n- a blow its rivals noted - and it recovered in May.'
    const a = ingest(Buffer.from(text), { format: 'text' })
    expect(a.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '))).toEqual([
      'The agency recommends reviewing these resources:',
      'Vendor resources:',
      'For guidance on securing the console, see the vendor\'s page.',
      'Enable approval by a second administrator before any device is wiped.',
      'Keep logs for a year.',
      'The attack began in March and the firm was hit hard - a blow its rivals noted - and it recovered in May.',
    ])
  })

  it('ends a sentence on a company\'s abbreviation before a quotation that opens on a capital ("… as WK Kellogg Co. “The Commission …”")', () => {
    const text = 'Acme spun off its cereals business in 2023 as Orbis Cereal Co. “The Commission cares deeply about competition,” said Jane Roe. Acme Co. Chairman John Doe agreed.'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences.map((s) => s.text)).toEqual([
      'Acme spun off its cereals business in 2023 as Orbis Cereal Co.',
      '“The Commission cares deeply about competition,” said Jane Roe.',
      'Acme Co. Chairman John Doe agreed.',
    ])
  })

  it('reads an opening mark glued to the word before it, with no word after it, as the closing mark mistyped', () => {
    const text = 'Blogger Jane Roe called him “one of the last crocodiles of the old order“: he ruled for 42 years. She wrote “no“. The “word“quote stays as written.'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences.map((s) => s.text)).toEqual([
      'Blogger Jane Roe called him “one of the last crocodiles of the old order”: he ruled for 42 years.',
      'She wrote “no”.',
      'The “word“quote stays as written.',
    ])
  })

  it('ends a sentence after the footnote marks that follow its full stop ("… environments.[3] Victim organizations …")', () => {
    const text = 'BRICKSTORM is a backdoor for VMware vSphere[1],[2] and Windows environments.[3] Victim organizations are mostly in the Government Services Sector.[4][5] The malware uses several layers of encryption.'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences.map((s) => s.text)).toEqual([
      'BRICKSTORM is a backdoor for VMware vSphere[1],[2] and Windows environments.[3]',
      'Victim organizations are mostly in the Government Services Sector.[4][5]',
      'The malware uses several layers of encryption.',
    ])
  })

  it('ends no sentence on the legal form inside a company\'s name ("Everwin Ship Management Pte. Ltd.", "HDT Védelmi Ipari Kft. (HDT Limited)")', () => {
    const text =
      'The State Department is designating Everwin Ship Management Pte. Ltd., which transported petroleum products. Everwin Ship Management Pte. Ltd. served as the technical manager. On October 29, state-owned HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger Defence Group. The buyer was Orbis Holdings Sdn. Bhd. The deal closed in May.'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences.map((s) => s.text)).toEqual([
      'The State Department is designating Everwin Ship Management Pte. Ltd., which transported petroleum products.',
      'Everwin Ship Management Pte. Ltd. served as the technical manager.',
      'On October 29, state-owned HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger Defence Group.',
      'The buyer was Orbis Holdings Sdn. Bhd.',
      'The deal closed in May.',
    ])
  })

  it('ends a sentence on an abbreviation that ends a name before a word that opens sentences ("… Widget Inc. He has since left")', () => {
    const text = 'The suit seeks to block the purchase of Time Warner Inc. The $108 billion deal would lessen competition. Jane Roe owns shares in Widget, Inc. She has not worked there since 2010. Apple Inc. President Tim Cook and Acme Co. Chairman John Doe spoke, as did Martin Luther King Jr. In 1963 he marched.'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences.map((s) => s.text)).toEqual([
      'The suit seeks to block the purchase of Time Warner Inc.',
      'The $108 billion deal would lessen competition.',
      'Jane Roe owns shares in Widget, Inc.',
      'She has not worked there since 2010.',
      'Apple Inc. President Tim Cook and Acme Co. Chairman John Doe spoke, as did Martin Luther King Jr.',
      'In 1963 he marched.',
    ])
  })

  it('ends a sentence on a company\'s abbreviation before a new subject, and on a letter before a word that opens sentences ("Giant Eagle, Inc. ACT currently operates", "Circle K. Under the order")', () => {
    const text = 'The FTC resolved concerns over the purchase of 270 outlets from Giant Eagle, Inc. ACT currently operates 7,100 stores under the brand Circle K. Under the proposed order, ACT will divest 35 stations. The attorneys include Colin D. A. MacDonald and John F. Kennedy. Acme Inc. Chief Executive Jane Roe agreed.'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences.map((s) => s.text)).toEqual([
      'The FTC resolved concerns over the purchase of 270 outlets from Giant Eagle, Inc.',
      'ACT currently operates 7,100 stores under the brand Circle K.',
      'Under the proposed order, ACT will divest 35 stations.',
      'The attorneys include Colin D. A. MacDonald and John F. Kennedy.',
      'Acme Inc. Chief Executive Jane Roe agreed.',
    ])
  })

  it('drops what a video player prints where it cannot play, even across a paragraph break', () => {
    const text = 'Sea level rose sharply last year. The rise was twice the average.\n\nTo view this video please enable JavaScript, and consider upgrading to a web browser that\n\nsupports HTML5 video Seasonal effects change sea level from year to year.\n'
    const article = ingest(Buffer.from(text), { format: 'text' })
    expect(article.text).not.toMatch(/JavaScript|HTML5/)
    expect(article.sentences.map((s) => s.text)).toContain('Seasonal effects change sea level from year to year.')
  })

  it('reads a press release\'s dateline in title case ("**Springfield, Ill.** – Today, …") as no part of its first sentence, below a bold title', () => {
    const md = [
      '# Office Launches Update to Buying Rules',
      '',
      'The Agency, August 15, 2025',
      '',
      '**The Office Launches a Landmark Update to the Buying Rules, Ushering in a New Era for Commercial Buying**',
      '',
      '**Springfield, Ill.** – Today, the Office announced the launch of a historic update to the buying rules. The update removes old rules.',
    ].join('\n')
    const article = ingest(Buffer.from(md), { format: 'markdown' })
    expect(article.sentences.map((s) => s.text)).toContain('Today, the Office announced the launch of a historic update to the buying rules.')
    expect(article.text).not.toMatch(/Springfield/)
    // A sentence that opens on a name and a dash, further down, is left whole.
    const later = ingest(Buffer.from(md + '\n\nThe Office said more. Paris, France – a partner – agreed to follow.'), { format: 'markdown' })
    expect(later.text).toMatch(/Paris, France – a partner/)
  })

  it('reads a report\'s fact table (Markdown rows without a header line) as metadata: the date and every author', () => {
    const md = [
      '# Ceasefire: Issues for Congress',
      '',
      '| **Product Type:** | Insight ',
      '| **Topics:** | Foreign Affairs ',
      '| **Publication Date:** | 04/09/2026 ',
      '| **Authors:** | Blanchard, Christopher M.; Thomas, Clayton ',
      '',
      'On April 7, 2026, the two states agreed to a two-week ceasefire. Talks are to follow in the capital.',
    ].join('\n')
    const article = ingest(Buffer.from(md), { format: 'markdown' })
    expect(article.meta.date).toBe('04/09/2026')
    expect(article.meta.author).toBe('Christopher M. Blanchard, Clayton Thomas')
    expect(article.sentences.map((s) => s.text).join(' ')).not.toMatch(/Product Type|Foreign Affairs/)
  })

  it('reads an order\'s numbered sections ("Sec. 3. Actions. …") as sections, and sets its definitions and general provisions aside', () => {
    const md = [
      '# Securing the Grid',
      '',
      'Section 1. Purpose. The grid faces growing threats from foreign adversaries. Attacks rose sharply last year.',
      '',
      'Sec. 2. Actions. (a) The Secretary of Energy shall identify equipment that poses a risk to the grid.',
      '',
      '(b) The Secretary of Commerce shall restrict imports of such equipment.',
      '',
      'Sec. 3. Definitions. For purposes of this order, the term "grid equipment" means transformers and control systems.',
      '',
      'Sec. 4. General Provisions. (a) Nothing in this order shall be construed to impair the authority granted by law to an agency.',
    ].join('\n')
    const article = ingest(Buffer.from(md), { format: 'markdown' })
    expect(article.sections.map((s) => s.title)).toEqual(['Purpose', 'Actions'])
    expect(article.text).not.toMatch(/Sec\. 2|means transformers|Nothing in this order/)
  })

  it('does not take a lead-in whose colon was lost ("Issues of potential disagreement include") for a subheading', () => {
    const text = 'Ceasefire report\n\nThe two sides agreed to a two-week ceasefire on Tuesday, after weeks of talks.\n\nIssues of potential disagreement include\n\nThe nuclear programme, where the two sides remain far apart on enrichment and inspections.'
    const article = ingest(Buffer.from(text), { format: 'text' })
    expect(article.sections.map((s) => s.title).filter(Boolean)).toEqual([])
  })

  it('does not take a clause that reports words after it ("… the agency noted that") for a subheading, but keeps "Been there, seen that"', () => {
    const text = 'Harbour report\n\nThe port reopened on Tuesday after weeks of repairs to the northern quay.\n\nAddressing the delays, harbour officials remarked that\n\nThe northern quay will take larger ships from next spring, once the cranes arrive.\n\nBeen there, seen that\n\nThe port has closed for repairs three times in ten years, each time for longer than planned.'
    const article = ingest(Buffer.from(text), { format: 'text' })
    expect(article.sections.map((s) => s.title).filter(Boolean)).toEqual(['Been there, seen that'])
  })

  it('reads HTML with Readability: page chrome gone, captions become credits, h2s become sections', () => {
    const a = ingest(read(`${FIXTURES}/html-article.html`), { name: 'html-article.html' })
    expect(a.format).toBe('html')
    expect(a.meta.author).toBe('Rebecca Vega Thurber')
    expect(a.meta.licence).toMatch(/Creative Commons/)
    expect(a.meta.credits.some((c) => /Getty Images/.test(c))).toBe(true)
    expect(a.sections.map((s) => s.title)).toContain('So where do we go from here?')
    for (const chrome of ['cookie', 'Subscribe', 'Share on', 'Getty Images']) expect(a.text).not.toContain(chrome)
    expect(a.sentences[0]!.text).toMatch(/^Before 2013, divers/)
  })
})

describe('ingest: a blog page copied with its chrome', () => {
  it('reads the date of a "Published: … Source: …" header and of a reading-time line run into the first paragraph, and keeps neither as text', () => {
    const md = '# Launching the tutor\n\n**Published:** EducationApr 2, 2025\n**Source:** https://example.com/news/tutor\n\nEducationApr 2, 2025●5 min readToday we are launching a tutor for universities. It guides students.\n\nNews\n\n### Another post\n\nJun 27, 2025\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.meta.date).toBe('Apr 2, 2025')
    expect(article.meta.url).toBe('https://example.com/news/tutor')
    expect(article.sentences[0]!.text).toBe('Today we are launching a tutor for universities.')
  })

  it('reads a release’s "Date:" field below its other fields, above the first paragraph of prose, and keeps it out of the text', () => {
    const md =
      '# Labor department cites contractor after trench collapse\n\n*Contractor failed to protect workers*\n\n**U.S. Department of Labor**\n\n**Agency:** Occupational Safety and Health Administration\n\n' +
      '**Date:** January 16, 2025\n\n**Release Number:** 24-2619-ATL\n\nThe department cited the contractor for failing to protect workers from a trench collapse. The company has 15 days to respond.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.meta.date).toBe('January 16, 2025')
    expect(article.sentences.map((s) => s.text)).not.toContain('Date: January 16, 2025')
    // Nor are its other fields text, or a section: "Agency: …", "Release Number: …" in bold.
    expect(article.sentences.map((s) => s.text).filter((t) => /^(?:Agency|Release Number):/.test(t))).toEqual([])
    expect(article.sections.map((s) => s.title)).not.toContain('Release Number: 24-2619-ATL')
  })

  it('drops the label of a release\'s kind above its text ("News Release", "FOR IMMEDIATE RELEASE"): no section, no sentence', () => {
    const article = ingest('# Department cites contractor after cave-in\n\n*Contractor assessed $4.6M in proposed penalties*\n\n**News Release**\n\nFOR IMMEDIATE RELEASE\n\nBOSTON – The department has cited a contractor for exposing workers to trench hazards. The company has 15 days to respond.\n', { format: 'markdown' })
    expect(article.sections.map((s) => s.title ?? '').filter((t) => /release/i.test(t))).toEqual([])
    expect(article.sentences.map((s) => s.text).filter((t) => /release/i.test(t))).toEqual([])
  })

  it('reads a body\'s name on its own line under the standfirst ("National Eye Institute") as the issuer, not a section heading', () => {
    const article = ingest('Trial finds one drug better for severe cases\n\nNIH-funded trial shows the three drugs perform similarly when vision loss is mild.\n\nNational Eye Institute\n\nA two-year trial found that gains in vision were greater with the first drug. Gains were the same for mild cases.\n', { format: 'text' })
    expect(article.sections.map((s) => s.title).filter(Boolean)).toEqual([])
    expect(article.meta.publisher).toBe('National Eye Institute')
    // The headline printed again under a report's fields is no issuer.
    const report = ingest('# Treasury Exchange Stabilization Fund\n\nReport No.: IF13200 | Version: 1\n\n# Treasury Exchange Stabilization Fund\n\nThe fund holds dollars and foreign currencies. Congress created it in 1934.\n', { format: 'markdown' })
    expect(report.meta.publisher).toBeUndefined()
  })

  it('reads "Friday, January 9, 2009" under the headline as the date, with no publisher named "Friday"', () => {
    const article = ingest('# Bank agrees to forfeit $350 million\n\nFriday, January 9, 2009\n\nWASHINGTON – Acme Bank has agreed to forfeit $350 million. The bank waived indictment.\n', { format: 'markdown' })
    expect(article.meta.date).toBe('January 9, 2009')
    expect(article.meta.publisher).toBeUndefined()
  })

  it('keeps a dateline in capitals whole over its abbreviation ("PORT ST. LUCIE, FL – …")', () => {
    const article = ingest('# Release\n\nPORT ST. LUCIE, FL – The department cited a contractor after a worker died. The company may contest the citations.\n', { format: 'markdown' })
    expect(article.sentences.map((s) => s.text)).toEqual(['PORT ST. LUCIE, FL – The department cited a contractor after a worker died.', 'The company may contest the citations.'])
  })
})

describe('ingest: odd but valid input', () => {
  it('reads inline HTML formatting in Markdown as its words ("March 13<sup>th</sup>" → "March 13th"), a <br> as a space', () => {
    const a = ingest('# Drugs\n\n## <u>MEETING THE MOMENT</u>\n\nThe operation launched on March 13<sup>th</sup> and seized <b>900 pounds</b> of CO<sub>2</sub>-laced powder.<br>Officials praised it.\n', { format: 'markdown' })
    expect(a.sentences.map((s) => s.text)).toEqual(['The operation launched on March 13th and seized 900 pounds of CO2-laced powder.', 'Officials praised it.'])
    expect(a.sections.map((s) => s.title)).toContain('MEETING THE MOMENT')
  })

  it('reads wiki markup copied from a wiki’s source as what it shows: a link its label, a date template a dateline, other templates nothing', () => {
    const text = "Harbour strike\n\n{{date|December 4, 2004}}\n\nTenuous relations between [[Japan]] and the [[w:People's Republic of China|PRC]] were strained when a ''nuclear-powered'' [[w:submarine|submarine]] entered the strait.{{Haveyoursay}} The [[w:Labour Party (UK)|Labour]] government said more. Lending rose in the [[MSLP](https://example.org/mslp)] programme.\n"
    for (const format of ['text', 'markdown'] as const) {
      const a = ingest(Buffer.from(text), { format })
      expect(a.meta.date, format).toBe('December 4, 2004')
      expect(a.sentences.map((s) => s.text).slice(0, 2), format).toEqual([
        'Tenuous relations between Japan and the PRC were strained when a nuclear-powered submarine entered the strait.',
        'The Labour government said more.',
      ])
    }
    expect(ingest(Buffer.from(text), { format: 'markdown' }).sentences[2]!.text).toBe('Lending rose in the [MSLP] programme.')
    // Text in braces that names no template stays, inert: "{{ 7 * 191 }}".
    expect(ingest('Payloads\n\nThe page showed {{ 7 * 191 }} and {{ x }} to every reader.\n', { format: 'text' }).sentences[0]!.text).toBe('The page showed {{ 7 * 191 }} and {{ x }} to every reader.')
  })

  it('drops emphasis marks Markdown could not pair ("balance_-of-_payments", "deficit__s", "Launch** (NSSL)**"), not an underscore inside a word or code', () => {
    const md = '# Trade\n\nEconomists used the term _balance_-of-_payments deficit_ loosely, and the deficit__s grew. The Space Launch** (NSSL)** program buys launches. The food producer may recall it voluntarily_._ Files sit in node_modules and `a__b`.\n'
    expect(ingest(Buffer.from(md), { format: 'markdown' }).sentences.map((s) => s.text)).toEqual([
      'Economists used the term balance-of-payments deficit loosely, and the deficits grew.',
      'The Space Launch (NSSL) program buys launches.',
      'The food producer may recall it voluntarily.',
      'Files sit in node_modules and a__b.',
    ])
  })

  it('takes a first line in headline case right above the text as the title, in Markdown and plain text, and keeps wrapped prose and a label in capitals whole', () => {
    const page = 'Harbour Board Selects Atlas Cranes to Rebuild the Northern Quay\nThe harbour board has selected Atlas Cranes of Leith to rebuild the quay. Work starts in June.\n\nThe contract is worth 40 million dollars.\n'
    for (const name of ['page.md', 'page.txt']) {
      const a = ingest(page, { name })
      expect(a.meta.title, name).toBe('Harbour Board Selects Atlas Cranes to Rebuild the Northern Quay')
      expect(a.sentences[0]!.text, name).toBe('The harbour board has selected Atlas Cranes of Leith to rebuild the quay.')
    }
    const wrapped = ingest('The harbour board said that it would review the plan in the Coming Months\nBefore it votes on the budget. The plan is long.\n', { name: 'wrapped.md' })
    expect(wrapped.sentences[0]!.text).toBe('The harbour board said that it would review the plan in the Coming Months Before it votes on the budget.')
    const label = ingest('---\ntitle: "Fact Sheet: The Quay"\n---\n\nREBUILDING THE NORTHERN QUAY OF THE HARBOUR\nFOR THE FERRIES: Today the board signed the contract.\n', { name: 'label.md' })
    expect(label.meta.title).toBe('Fact Sheet: The Quay')
    expect(label.sentences[0]!.text).toMatch(/^REBUILDING THE NORTHERN QUAY/)
  })

  it('reads a list item that holds a list of its own, and leaves out code, table cells and lists of links', () => {
    const md = [
      '# Harbour agreements',
      '',
      'The harbour board signed two agreements this spring. Both take effect in June.',
      '',
      '- The board and the ferry company agreed to share the western quay.',
      '  - Ferries keep the morning berths.',
      '  - Cargo ships keep the evening berths.',
      '- The board and the fishing cooperative agreed on new landing fees.',
      '',
      '```',
      'const fee = 12 // the code of a fee calculator',
      '```',
      '',
      '| Berth | Owner |',
      '| --- | --- |',
      '| West quay | Ferry company |',
      '',
      '[Home](https://example.org/) · [Contact](https://example.org/contact)',
      '',
      'The agreements were welcomed by the town council.',
    ].join('\n')
    const text = ingest(Buffer.from(md), { format: 'markdown' }).sentences.map((s) => s.text)
    expect(text).toContain('The board and the ferry company agreed to share the western quay.')
    expect(text).toContain('Ferries keep the morning berths.')
    expect(text).toContain('The board and the fishing cooperative agreed on new landing fees.')
    expect(text).toContain('The agreements were welcomed by the town council.')
    expect(text.join(' ')).not.toMatch(/const fee|West quay|Ferry company \||Contact/)
  })

  it('puts back the space a converted page lost between a link and the word after it ("[…](url)and the")', () => {
    const md = '# A title\n\nAccording to the [Board of Trade](https://example.org/a_(b))and the [Harbour Office](https://example.org/c), rates fell. See [API](https://example.org/d)s too.\n'
    const a = ingest(Buffer.from(md), { format: 'markdown' })
    expect(a.sentences[0]!.text).toBe('According to the Board of Trade and the Harbour Office, rates fell.')
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('APIs too.')
  })

  it('puts back the space lost after a link before any word ("[alleged](url)that"), not before an ending ("[audit](url)ed")', () => {
    const md = '# A title\n\nThe board [alleged](https://example.org/a)that the [harbour officials](https://example.org/b)announced the fees late. The port was [audit](https://example.org/c)ed twice.\n'
    const text = ingest(Buffer.from(md), { format: 'markdown' }).sentences.map((s) => s.text)
    expect(text).toEqual(['The board alleged that the harbour officials announced the fees late.', 'The port was audited twice.'])
  })

  it('drops the screen-reader label a page left inside a link ("[Harbour Report⁠(opens in a new window)](url)"), in Markdown, text and HTML', () => {
    const md = '# A title\n\nThe [Harbour Report\u2060(opens in a new window)](https://example.org/r) says rates fell (by a third) last year.\n'
    expect(ingest(Buffer.from(md), { format: 'markdown' }).sentences[0]!.text).toBe('The Harbour Report says rates fell (by a third) last year.')
    const text = 'A title\n\nThe Harbour Report (Opens in a new tab) says rates fell last year.\n'
    expect(ingest(Buffer.from(text), { format: 'text' }).sentences[0]!.text).toBe('The Harbour Report says rates fell last year.')
    const html = '<html><body><article><h1>A title</h1><p>The <a href="https://example.org/r">Harbour Report<span>(opens in a new window)</span></a> says rates fell last year, the office said on Monday in its weekly note.</p><p>Traders expect the fall to continue well into the next year, and the office agrees.</p></article></body></html>'
    expect(ingest(Buffer.from(html), { format: 'html' }).sentences[0]!.text).toBe('The Harbour Report says rates fell last year, the office said on Monday in its weekly note.')
  })

  it('joins two bold runs written back to back ("**Run-in heading****.**") instead of showing stars', () => {
    const md = '# A title\n\n**Overseeing the Plan****.** The council has said it will review the plan. The court ruled in Watson v. Mills that the law stands.\n'
    const a = ingest(Buffer.from(md), { format: 'markdown' })
    const text = a.sentences.map((s) => s.text).join(' | ')
    expect(text).not.toContain('*')
    expect(a.sentences.map((s) => s.text)).toContain('The court ruled in Watson v. Mills that the law stands.')
  })

  it('reads the stars of bold runs a converted page left empty or split inside a word as the text they stood for', () => {
    const md = [
      '# Harbour grants',
      '- **Type of ****v****essel ****c****overed****.** Grants cover fishing boats and ferries.',
      '- **Coastal Repair Incentive****Program** grants help small ports.',
      '- Harbour Dredging Fund****supports channel work in twelve towns.',
      '- **Sources:******Harbour office figures and council minutes.',
      '**Port Fees. **Critics of the fees say they drive ships to other ports.',
      '- Programs in the region: **Coastal Safety Program **grants for islands.',
    ].join('\n\n')
    const a = ingest(md, { name: 'grants.md' })
    const texts = a.sentences.map((s) => s.text)
    expect(texts.join(' | ')).not.toContain('*')
    expect(texts).toContain('Type of vessel covered.')
    expect(texts).toContain('Coastal Repair Incentive Program grants help small ports.')
    expect(texts).toContain('Harbour Dredging Fund supports channel work in twelve towns.')
    expect(texts).toContain('Critics of the fees say they drive ships to other ports.')
    expect(texts).toContain('Programs in the region: Coastal Safety Program grants for islands.')
    expect(a.meta.credits).toContain('Sources: Harbour office figures and council minutes.')
    // A link after a bold run's inner space is not the word the run ends before.
    const linked = ingest('# T\n\n**In 2025, the mayor **[pledged](https://example.org)** to rebuild the pier by 2030.**\n', { name: 'l.md' })
    expect(linked.sentences.map((s) => s.text)).toEqual(['In 2025, the mayor pledged to rebuild the pier by 2030.'])
  })

  it('puts back the space a comma glued to the next word lost, not a number\'s comma', () => {
    const texts = ingest('The town,as the council said,spent 1,200 euros (Bill 12,S. 40) on the pier.', { name: 'c.txt' }).sentences.map((s) => s.text)
    expect(texts).toEqual(['The town, as the council said, spent 1,200 euros (Bill 12, S. 40) on the pier.'])
  })

  it('sets aside a table\'s caption and what a charting library wrote for screen readers', () => {
    const md = [
      '# Harbour traffic',
      'Traffic through the harbour grew for a third year, the port authority said.',
      'Table 2. Ships Calling at the Harbour, 2020-2025',
      'Figure is interactive in the HTML version of this report.',
      'Bar chart with 2 data series.A bar graph of ships by year.The chart has 1 X axis displaying categories. Created with Highcharts 11.2.0ShipsFerries2020202120222023',
      'End of interactive chart.',
      'Table 2 shows that ferries made up most of the growth.',
    ].join('\n\n')
    const texts = ingest(md, { name: 'traffic.md' }).sentences.map((s) => s.text)
    expect(texts).toEqual(['Traffic through the harbour grew for a third year, the port authority said.', 'Table 2 shows that ferries made up most of the growth.'])
  })

  it('accepts CRLF line ends and a BOM', () => {
    const a = ingest(Buffer.from('\uFEFFA title\r\n\r\nFirst sentence here. Second one.\r\n\r\nAnother paragraph.\r\n'))
    expect(a.meta.title).toBe('A title')
    expect(a.sentences.map((s) => s.text)).toEqual(['First sentence here.', 'Second one.', 'Another paragraph.'])
  })

  it('decodes Windows-1252 and UTF-16 with a BOM', () => {
    const latin = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x20, 0x93, 0x68, 0x69, 0x94, 0x2e])
    expect(ingest(latin).sentences[0]!.text).toBe('Café talks “hi”.')
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there. Bye.', 'utf16le')])
    expect(ingest(utf16).sentences.map((s) => s.text)).toEqual(['Hello there.', 'Bye.'])
  })

  it('takes one giant paragraph with no title line and no sections', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} says something.`).join(' ')
    const a = ingest(text, { name: 'giant.txt' })
    expect(a.meta.title).toBe('Giant')
    expect(a.paragraphs).toHaveLength(1)
    expect(a.sentences).toHaveLength(400)
  })
})

describe('ingest: bad input gets a clear error', () => {
  const error = (input: string | Uint8Array) => {
    try {
      ingest(input, { name: 'input.txt' })
    } catch (e) {
      expect(e).toBeInstanceOf(BriefdeckError)
      return (e as Error).message
    }
    throw new Error('expected ingest to fail')
  }
  it('refuses empty and white-space-only input', () => {
    expect(error('')).toMatch(/input\.txt is empty/)
    expect(error(' \n\t\n ')).toMatch(/is empty/)
  })
  it('refuses binary input', () => {
    expect(error(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]))).toMatch(/binary file/)
  })
  it('refuses input over the size limit, saying the limit', () => {
    expect(error('word '.repeat(250_000))).toMatch(/limit is 1 MiB/)
  })
  it('refuses a page with no article text', () => {
    expect(error('top of page\n\nbottom of page')).toMatch(/no sentences of article text/)
  })
})

describe('ingest: a blog post’s date line with its time', () => {
  it('reads "Thursday, June 11th, 2009 @ 10:57 UTC by Jane Doe" as the date and author, not a sentence', () => {
    const md = '# Protests against the bill\n\nThursday, June 11th, 2009 @ 10:57 UTC by Jane Doe\n\nOn May 14th a protest took place in São Paulo. Another followed.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.meta.date).toBe('Thursday, June 11th, 2009')
    expect(article.meta.author).toBe('Jane Doe')
    expect(article.sentences[0]!.text).toBe('On May 14th a protest took place in São Paulo.')
  })
})

describe('ingest: a press release’s header', () => {
  it('reads the date of "For release at 2 p.m. EDT July 31, 2019" and keeps the line out of the text', () => {
    const article = ingest('# Statement\n\nFor release at 2 p.m. EDT July 31, 2019\n\nThe Committee met in June. It decided to act.\n', { format: 'markdown' })
    expect(article.meta.date).toBe('July 31, 2019')
    expect(article.sentences[0]!.text).toBe('The Committee met in June.')
  })

  it('reads the date that closes a header of parts ("Department of Justice | Office of Public Affairs | FOR IMMEDIATE RELEASE | Monday, November 20, 2017")', () => {
    const md = '# The Department sues\n\nDepartment of Justice | Office of Public Affairs | FOR IMMEDIATE RELEASE | Monday, November 20, 2017\n\nThe Department of Justice today filed a lawsuit. It said more.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.meta.date).toBe('November 20, 2017')
    expect(article.sentences[0]!.text).toBe('The Department of Justice today filed a lawsuit.')
  })

  it('reads author and date of "By Jane Roe | VOA Khmer | July 20, 2018"', () => {
    const article = ingest('# Friends\n\nA summary of the story follows here.\n\nBy Jane Roe | VOA Khmer | July 20, 2018\n\nCambodia signed a deal. It said more.\n', { format: 'markdown' })
    expect(article.meta).toMatchObject({ date: 'July 20, 2018', author: 'Jane Roe' })
    expect(article.sentences.map((s) => s.text)).not.toContain('By Jane Roe | VOA Khmer | July 20, 2018')
  })

  it('does not take a title-case dek for a byline ("Merger Would Harm Competition, Resulting in Higher Bills …")', () => {
    const md = '# The Department Challenges a Merger\n\nMerger Would Harm Competition, Resulting in Higher Bills and Less Innovation for Millions of American Consumers\n\nThe Department of Justice today filed a lawsuit. It said more.\n'
    expect(ingest(md, { format: 'markdown' }).meta.author).toBeUndefined()
  })
})

describe('ingest: a byline header with its date among the parts', () => {
  it('reads author and date of "By Jane Roe | VOA Khmer | July 30, 2018 | Phnom Penh" (a table-like row of three bars) and keeps it out of the text', () => {
    const article = ingest('# Party claims all seats\n\nA summary of the story follows here.\n\nBy Jane Roe | VOA Khmer | July 30, 2018 | Phnom Penh\n\nThe party said it won. It said more.\n', { format: 'markdown' })
    expect(article.meta).toMatchObject({ date: 'July 30, 2018', author: 'Jane Roe' })
    expect(article.sentences[0]!.text).toBe('A summary of the story follows here.')
    expect(article.sentences.some((s) => s.text.includes('VOA Khmer'))).toBe(false)
  })
})

describe('ingest: a header line with its date among names, labels and identifiers', () => {
  const body = '\n\nThe agency said it acted in January. It said more on the matter.\n'
  const meta = (header: string) => ingest(`# A headline for the story${'\n\n'}${header}${body}`, { format: 'markdown' }).meta

  it('reads the date closing a byline ("By Jane Roe, 2011-02-13", "By Jane Roe, March 1, 2024"), not as part of the name', () => {
    expect(meta('By Jane Roe, 2011-02-13')).toMatchObject({ date: '2011-02-13', author: 'Jane Roe' })
    expect(meta('By A. B. Roe, March 1, 2024')).toMatchObject({ date: 'March 1, 2024', author: 'A. B. Roe' })
  })

  it('reads "Written by Jane Roe · Posted 9 May 2012" and "Release Date: February 10, 2026"', () => {
    expect(meta('Written by Jane Roe · Posted 9 May 2012')).toMatchObject({ date: '9 May 2012', author: 'Jane Roe' })
    expect(meta('Release Date: February 10, 2026').date).toBe('February 10, 2026')
  })

  it('reads the date of a report line ("September 30, 2026" over "(R49432)"; an author line ending "…, updated March 11, 2025.")', () => {
    expect(meta('September 30, 2026\n(R49432)').date).toBe('September 30, 2026')
    const line = meta('Jane B. Roe, Specialist in Policy. Congressional Research Service, CRS Insight IN12509, updated March 11, 2025.')
    expect(line).toMatchObject({ date: 'March 11, 2025', author: 'Jane B. Roe' })
  })

  it('reads a date heading ("##### January 24, 2019") as the date, not a section', () => {
    const article = ingest(`# A headline for the story\n\n##### January 24, 2019${body}`, { format: 'markdown' })
    expect(article.meta.date).toBe('January 24, 2019')
    expect(article.sections.map((s) => s.title)).not.toContain('January 24, 2019')
  })

  it('reads the date of "By Jane Roe | VOA Khmer | June 28, 2018 | Tuk Meas Khang Lech Commune, Kampot Province"', () => {
    expect(meta('By Jane Roe | VOA Khmer | June 28, 2018 | Tuk Meas Khang Lech Commune, Kampot Province')).toMatchObject({ date: 'June 28, 2018', author: 'Jane Roe' })
  })

  it('does not take a date from a sentence at the top ("The deal was signed on March 1, 2024.")', () => {
    expect(meta('The deal was signed on March 1, 2024.').date).toBeUndefined()
  })
})

describe('ingest: a funding disclosure is about the author or the work, not news of a grant', () => {
  it('keeps "Intel Corporation received grants from …" and "The city received funding from …" as text', () => {
    for (const news of ['Intel Corporation received grants from the Department of Commerce last year.', 'The city received funding from the state for the work.']) {
      const article = ingest(`# Plants and roads\n\nIntel will build plants in Ohio and Arizona over the next five years, the company said on Monday.\n\n${news}\n`, { format: 'markdown' })
      expect(article.sentences.map((s) => s.text)).toContain(news)
      expect(article.meta.credits).not.toContain(news)
    }
  })

  it('still lifts "Jane Roe has previously received research funding from …" and "The Brain Health Study is supported by grants from …"', () => {
    for (const note of ['Jane Roe has previously received research funding from the British Academy.', 'The Brain Health Study is supported by grants from the National Institute on Aging.']) {
      const article = ingest(`# Dogs and brains\n\nOld dogs can help researchers understand dementia, a new study finds. The study followed dogs for years.\n\n${note}\n`, { format: 'markdown' })
      expect(article.meta.credits).toContain(note)
      expect(article.sentences.map((s) => s.text)).not.toContain(note)
    }
  })
})

describe('ingest: a lede that opens with a list of names', () => {
  it('keeps "Donald Trump, Vladimir Putin and Xi Jinping ignored …" as text, not as the author’s byline', () => {
    const md = '# Summit ends\n\nDonald Trump, Vladimir Putin and Xi Jinping ignored the United Nations.\n\nThe three leaders met in Geneva last week to discuss the war in Ukraine and trade.\n\nTheir talks ended without a deal, officials said.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.sentences[0]!.text).toBe('Donald Trump, Vladimir Putin and Xi Jinping ignored the United Nations.')
    expect(article.meta.author).toBeUndefined()
  })

  it('still reads "Jane Roe, Associate Professor of Law, University of X. The Conversation, republished by Y, 13 August 2026." as the byline', () => {
    const md = '# A headline\n\nJane Roe, Associate Professor of Law, University of Exeter. The Conversation, republished by The Independent, 13 August 2026.\n\nThe court ruled on Monday that the law stands. Lawyers said more.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.meta.author).toBe('Jane Roe')
    expect(article.sentences[0]!.text).toBe('The court ruled on Monday that the law stands.')
  })
})

describe('ingest: a short paragraph that opens with "By" and a capital', () => {
  it('keeps a time phrase opening a clause ("By March, regulators will decide.") as text; "By Jane Roe | Updated …" stays a byline', () => {
    const md = '# Pipeline rules\n\nThe agency said on Monday it would review the pipeline rules after a series of leaks.\n\nBy March, regulators will decide.\n\nOfficials did not say when the review would end.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.sentences.map((s) => s.text)).toContain('By March, regulators will decide.')
    expect(article.meta.author).toBeUndefined()
    expect(ingest('# Pipeline rules\n\nBy Jane Roe | Updated March 3, 2024\n\nThe agency said it would act. It did.\n', { format: 'markdown' }).meta).toMatchObject({ author: 'Jane Roe', date: 'March 3, 2024' })
  })
})

describe('ingest: a header line at the top is metadata, not a paragraph of the article', () => {
  it('keeps "Written by Jane Roe · Posted 21 May 2012" and "May 9, 2011 / By Jane Roe, Inspector General, Department of Health" out of the text', () => {
    for (const header of ['Written by Jane Roe · Posted 21 May 2012', 'May 9, 2011\nBy Jane Roe, Inspector General, Department of Health and Human Services']) {
      const article = ingest(`# Fuel shortages continue\n\n${header}\n\nZambians are bemoaning looming fuel shortages in the country. Some filling stations have no diesel.\n`, { format: 'markdown' })
      expect(article.sentences[0]!.text).toBe('Zambians are bemoaning looming fuel shortages in the country.')
      expect(article.meta.author).toBe('Jane Roe')
      expect(article.meta.date).toMatch(/2012|2011/)
    }
  })
})

describe('ingest: a header line stands above the first paragraph of prose', () => {
  it('takes no date from an entry of a reading list after it ("“Keeping the Chip Lead,” Jane Doe, Wall Street Journal, January 6, 2025.")', () => {
    const md = '# Chips\n\nThe ministry has slowed the spread of advanced chips to rival labs. The new rules took effect across the industry in the spring.\n\nOur leaders have outlined this position in the following pieces.\n\n“Keeping the Chip Lead,” Jane Doe & John Roe, Wall Street Journal, January 6, 2025.\n\nThe ministry returned the seized chips over the following weeks.\n'
    const article = ingest(md, { format: 'markdown' })
    expect(article.meta.date).toBeUndefined()
    expect(article.sentences.map((s) => s.text)).toContain('“Keeping the Chip Lead,” Jane Doe & John Roe, Wall Street Journal, January 6, 2025.')
  })
})

describe('ingest: a wire dateline whose place carries its initials', () => {
  it('reads "Washington D.C., May 17, 2021 — " (and "--- " typed for the dash) as the date, the text after it as the lede', () => {
    for (const [line, date] of [['Washington D.C., May 17, 2021 —', 'May 17, 2021'], ['Washington D.C., Aug. 9, 2021 ---', 'Aug. 9, 2021']]) {
      const article = ingest(`# The Commission charges a firm\n\nFOR IMMEDIATE RELEASE\n\n${line} The Commission today announced charges against a firm for failures. The firm agreed to pay a fine.\n\nThe firm did not admit the charges.\n`, { format: 'markdown' })
      expect(article.meta.date).toBe(date)
      expect(article.sentences[0]!.text).toBe('The Commission today announced charges against a firm for failures.')
    }
  })
})

describe('ingest: a wire dateline whose date stands in brackets after the place', () => {
  it('reads "PHILIPPINE SEA (June 21, 2020) – " as the date, and "WASHINGTON (Reuters) — " still as no date', () => {
    const dated = ingest('# Two strike groups meet\n\nPHILIPPINE SEA (June 21, 2020) – The two strike groups began joint operations on Sunday. They trained together.\n\nThe ships left port in January.\n', { format: 'markdown' })
    expect(dated.meta.date).toBe('June 21, 2020')
    expect(dated.sentences[0]!.text).toBe('The two strike groups began joint operations on Sunday.')
    const agency = ingest('# Talks resume\n\nWASHINGTON (Reuters) — The two sides resumed talks on Monday. They met for an hour.\n\nNo deal was reached.\n', { format: 'markdown' })
    expect(agency.meta.date).toBeUndefined()
    expect(agency.sentences[0]!.text).toBe('The two sides resumed talks on Monday.')
  })
})

describe('ingest: a note of where the text was first published', () => {
  it('is a credit, never a point or an event ("Post originally published in Globalizado on February 22."); a sentence that goes on is content', () => {
    const a = ingest(
      'Peru: a cable stirs debate\n\nThe cable was released on Saturday and named the former minister as a source of the embassy.\n\nThe post was originally published in 2010 and the author then revised the claims, adding new data from the survey.\n\nPost originally published in Globalizado on February 22.\n',
      { format: 'text' },
    )
    expect(a.meta.credits).toContain('Post originally published in Globalizado on February 22.')
    expect(a.sentences.map((s) => s.text).join(' ')).not.toContain('Globalizado')
    expect(a.sentences.map((s) => s.text)).toContain('The post was originally published in 2010 and the author then revised the claims, adding new data from the survey.')
  })
})

describe('quotation blocks (issue 12)', () => {
  it('marks the paragraphs of a quotation block as quoted, in Markdown and in HTML, and no others', () => {
    const md = ingest('# Drones\n\nThe writer Aisha Rahman commented on the policy:\n\n> Expanding the programme is not in the interest of the country.\n>\n> It will only deepen the anger.\n\nThe ministry did not reply.\n', { format: 'markdown' })
    expect(md.paragraphs.map((p) => !!p.quoted)).toEqual([false, true, true, false])
    const html = ingest(
      Buffer.from('<html><body><article><h1>Drones</h1><p>The writer Aisha Rahman commented on the policy:</p><blockquote><p>Expanding the programme is not in the interest of the country.</p></blockquote><p>The ministry did not reply to the writer.</p></article></body></html>'),
      { format: 'html' },
    )
    expect(html.paragraphs.map((p) => !!p.quoted)).toEqual([false, true, false])
  })
})
