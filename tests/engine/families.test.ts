// Table-driven checks on real news sentences, one table per cue family: the source found, its kind,
// and sentences that must give nothing (the author's voice, non-statement uses of cue words).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { familyChecks } from '../helpers/families';

const { one, detects, ignores } = familyChecks();

describe('prepositional cues', () => {
  detects([
    ['About 50 other people were wounded, according to local news reports.', 'local news reports', 'anonymous'],
    ['Tourism accounted for 15 percent of GDP in 2013, according to the World Travel and Tourism Council, an industry body.', 'World Travel and Tourism Council', 'organization'],
    ['Interest payments will rise sharply, according to the Congressional Budget Office.', 'Congressional Budget Office', 'organization'],
    ['The number of strandings has doubled, according to whale rescue group Project Jonah.', 'Project Jonah', 'organization'],
    ['The rules exempt journalists, according to the explanatory notes of the British Bill.', 'explanatory notes', 'document'],
    ['The company lost $2 billion last year, per a filing with the Securities and Exchange Commission.', 'filing', 'document'],
    ['The minister resigned on Sunday, citing people familiar with the matter.', 'people', 'anonymous'],
    ['Prices are expected to climb, as reported by the Financial Times.', 'Financial Times', 'outlet'],
    // The author of a count, a study or a filing, past a time or a place: who says so.
    ['The mayor has 412 votes, according to a count by The Associated Press.', 'The Associated Press', 'outlet'],
    ['The levy would raise $40 million, according to a study last year by economists at the state university.', 'economists at the state university', 'anonymous'],
    ['The firm hid its losses, according to a lawsuit filed in New York by the Securities and Exchange Commission.', 'Securities and Exchange Commission', 'organization'],
  ]);
  ignores([
    'Everything went according to plan.',
    'Unemployment fell to 4.1 per cent last month.',
    'Tickets cost $40 per person.',
    'Citing the weather, we stayed home.',
  ]);
});

describe('"according to" any words up to the pause', () => {
  detects([
    ['Ortiz was named the most admired woman, according to a yearly Gallup poll.', 'Gallup poll', 'document'],
    ['Ortiz won the primary, according to early returns.', 'early returns', 'document'],
    ['Ortiz saw Pike as a threat, according to someone in attendance.', 'someone', 'anonymous'],
    ['Pike is joining the lawsuit, according to one of his senior aides.', 'one of his senior aides', 'anonymous'],
    ['Ortiz leads by four points, according to the average of recent polls compiled by a website.', 'the average of recent polls', 'document'],
    ['A living wage is $19 an hour, according to calculations by Amy Glasmeier of the university.', 'Amy Glasmeier', 'person'],
    // A phrase that stopped inside the noun phrase runs on to the pause.
    ['Kell won, according to a January 2016 study by the research center.', 'a January 2016 study', 'document'],
  ]);
});

describe('statement nouns ("in a statement", "in an interview with")', () => {
  detects([
    ['In a statement, the ministry condemned the attack.', 'the ministry', 'organization'],
    ['In an interview with the BBC on Sunday, the minister defended the policy.', 'the minister', 'person'],
    ['Amnesty International condemned the verdict in a statement on Friday.', 'Amnesty International', 'organization'],
    ['In a speech in Fort Wayne, Indiana Friday, Governor Ruth Alvarez laid out her plan.', 'Ruth Alvarez', 'person'],
    ['In a tweet, Trump attacked the judge.', 'Trump', 'person'],
  ]);
  ignores([
    'The attack was condemned in a statement on Friday.',
    'Details were not included in the statement.',
    'He was sitting in the address bar of the browser.',
  ]);
});

describe('speech verbs after the source', () => {
  detects([
    ['West Mercia police said the tablets were believed to contain dinitrophenol.', 'West Mercia police', 'organization'],
    ['Analysts said good relations with Sudan could strengthen moderate voices.', 'Analysts', 'anonymous'],
    ['President Barack Obama has admitted that his failure to pass gun laws is his biggest frustration.', 'Barack Obama', 'person'],
    ['The Congressional Budget Office estimates that the yield will climb.', 'Congressional Budget Office', 'organization'],
    ['Zimbabwean intelligence reports seen by Reuters suggest that the former security chief is in exile.', 'intelligence reports', 'document'],
    ['In an interview, Mr. Lankford insisted that the jury was still out.', 'Lankford', 'person'],
    ['Law enforcement sources tell TMZ the dress was taken from her room.', 'Law enforcement sources', 'anonymous'],
    ['White House press secretary Josh Earnest condemned the attack and said the United States stood with Tunisia.', 'Josh Earnest', 'person'],
    ['ZeniMax Media, which accuses Oculus of misappropriating trade secrets, filed the suit in 2014.', 'ZeniMax Media', 'organization'],
    ['The study, published in the journal Nature, found that sleep loss impairs memory.', 'study', 'document'],
    ['Analysts expect the central bank to raise rates in June.', 'Analysts', 'anonymous'],
    ['The minister, speaking at a conference in Paris, said the deal was close.', 'The minister', 'person'],
    ['Officials who spoke on condition of anonymity said the strike killed 12 people.', 'Officials', 'anonymous'],
    ['Two people familiar with the discussions said the administration was weighing new tariffs.', 'Two people familiar', 'anonymous'],
    ['The company, which reported record profits last quarter, said it would cut 5,000 jobs.', 'The company', 'organization'],
    ['"We are not looking for anyone else," Detective Inspector Sarah Jones of the Metropolitan Police said.', 'Sarah Jones', 'person'],
    ['"We will adjust policy as appropriate," Fed Chair Jerome Powell told reporters after the meeting.', 'Jerome Powell', 'person'],
    ['“The hearing is a waste of time,” said Del. Maria Ortiz of Guam.', 'Maria Ortiz', 'person'],
    // Appositives of US news style: a party and state, a capitalized role "of" a place, a town and its state.
    ['“We will wait,” Senate Majority Leader Ann Voss, R-Ky., said Tuesday.', 'Ann Voss', 'person'],
    ['Senator Ann Voss, Democrat of Oregon, said the program had failed.', 'Ann Voss', 'person'],
    ['Carl Brandt, of Dayton, Ohio, said he had waited four hours.', 'Carl Brandt', 'person'],
    ['Jenna Ruiz, of Fresno, Calif., said the water was brown for a week.', 'Jenna Ruiz', 'person'],
    ['Ann Bell, 62, of Bowie, Md., who watched the ceremony on a screen, said the day brought back memories.', 'Ann Bell', 'person'],
    ['Governor Hale told a town hall in Salem, New Hampshire, on Tuesday that taxes would fall.', 'Hale', 'person'],
    // An object pronoun ends an unnamed source's qualifier.
    ['People close to him said he would run again.', 'People close to him', 'anonymous'],
    ['“He will run,” sources close to the governor said.', 'sources close to the governor', 'anonymous'],
    ['Those close to the mayor say that she will not run again.', 'Those close to the mayor', 'anonymous'],
    ['“It will pass,” those familiar with the talks said.', 'those familiar with the talks', 'anonymous'],
    // Kinds: a county or a school district is an organization; "an Ohio Republican" is nobody named.
    ['Harbor County said the road would reopen on Monday.', 'Harbor County', 'organization'],
    ['Lakeview City Schools said classes would resume.', 'Lakeview City Schools', 'organization'],
    ['An Ohio Republican said the count was wrong.', 'An Ohio Republican', 'anonymous'],
    // A relative clause without "who", its own subject a pronoun.
    ['All the economists I interviewed said the forecast was too rosy.', 'All the economists', 'anonymous'],
    ['Several farmers we spoke to said the rain came too late.', 'Several farmers', 'anonymous'],
    // An opening phrase runs over commas up to the subject a verb follows.
    ['Alarmed by the reviews, as well as complaints over the cost, Hale revised his plan, saying the city could not wait.', 'Hale', 'person'],
    // A slash joins the parts of one word: "9/11", "CNN/ORC".
    ['“It was a betrayal,” said 9/11 widow Joan Pell.', 'Joan Pell', 'person'],
    // A noun the lexicons know is no adverb, whatever its ending ("family", "ally").
    ['“We will appeal,” lawyers for the family said.', 'lawyers for the family', 'anonymous'],
    // A quoted programme name ends the listener with its closing mark; adjuncts may follow one another.
    ['Bonuses were paid every three months, The Daily Ledger reports.', 'The Daily Ledger', 'outlet'],
    ['Lopez told NBC’s “Meet the Press” on Sunday that the plan was dead.', 'Lopez', 'person'],
    ['“It is over,” the senator wrote in an early morning tweet on Sunday.', 'the senator', 'person'],
    // An s-possessive's apostrophe belongs to its word: the owner stays in the source.
    ['Senator James Reynolds’ campaign says it raised $3 million in March.', 'James Reynolds’ campaign', 'organization'],
    ["The growers' association said the frost destroyed half the crop.", "growers' association", 'organization'],
    ["The mayor's plan, which critics say will cost $2 billion, was approved on Tuesday.", 'critics', 'anonymous'],
    ['A Quinnipiac University survey released Wednesday found the candidates tied at 45 percent.', 'Quinnipiac University survey', 'document'],
    ['A senior administration official, speaking on the condition of anonymity, said the president had not decided.', 'senior administration official', 'anonymous'],
    ['The tweet from Vulture magazine reads, “Chicago show interrupted by angry Trump supporter.”', 'Vulture', 'outlet'],
    ['An Iraqi newspaper reported the clashes on Thursday.', 'An Iraqi newspaper', 'anonymous'],
    ['An MP from Nineveh, Ahmed Jubouri, told the paper that the city was calm.', 'Ahmed Jubouri', 'person'],
    ['The strike killed 12 people, the spokesperson said, Caliber.Az reports.', 'Caliber.Az', 'outlet'],
    ['The minister resigned on Monday, Politico.eu reports.', 'Politico.eu', 'outlet'],
    ['Amazon.com said the outage had been fixed.', 'Amazon.com', 'organization'],
    ['Obama will say in his speech on Tuesday that the economy is recovering.', 'Obama', 'person'],
    ['The Post reported the talks on Sunday.', 'The Post', 'outlet'],
    ['Prices rose again in March, with some economists saying inflation had peaked.', 'some economists', 'anonymous'],
    ['Smith, however, said the deal was off.', 'Smith', 'person'],
    ['The ministry, in a statement on Tuesday, said the deal was off.', 'The ministry', 'organization'],
    ['Jean Pascal Zanders, a leading expert on chemical weapons, until recently a senior research fellow at the Institute for Security Studies, commented: “It is not proven.”', 'Jean Pascal Zanders', 'person'],
    ['US officials say the leader killed himself with a suicide bomb.', 'US officials', 'anonymous'],
    ['The WHO said the outbreak was over.', 'WHO', 'organization'],
    ['Friends and associates of Ms. Rice who have talked with her recently say she has moved toward the center.', 'Friends and associates', 'anonymous'],
    ['To quote Sen. John Kerry, D-Mass., “Does the president really believe that?”', 'John Kerry', 'person'],
    ['Meanwhile, a poll by YouGov found that 62% of Britons support the measure.', 'YouGov', 'organization'],
    ['A report by the BBC said the talks had failed.', 'the BBC', 'outlet'],
    ['Documents obtained by The Guardian show that the ministry knew of the risk in 2019.', 'Documents obtained by The Guardian', 'document'],
    ['In a post on X, the billionaire wrote that the company would “fight this to the end.”', 'the billionaire', 'anonymous'],
    ['Sources close to the player say he wants to leave the club this summer.', 'Sources close to the player', 'anonymous'],
    ['The club said in a statement on its website that the player had suffered a hamstring injury.', 'The club', 'organization'],
    ['The charity said that more than 4,000 people had been helped last year.', 'The charity', 'organization'],
    ["Mr Johnson's allies believe he could return as leader.", "Mr Johnson's allies", 'anonymous'],
    ["Senator Mark Warner's office said the bill was dead.", "Senator Mark Warner's office", 'organization'],
    ['Witnesses told Reuters they heard several explosions near the airport.', 'Witnesses', 'anonymous'],
    ['A U.N. report released on Thursday said that famine was imminent in northern Gaza.', 'U.N. report', 'document'],
    ['The state news agency quoted the governor as saying that the fire was under control.', 'the governor', 'person'],
    ['“I am not going anywhere,” the 72-year-old told CNN on Sunday.', 'the 72-year-old', 'anonymous'],
    ['Chen noted, however, that the sample size was small.', 'Chen', 'person'],
    ['As first reported by Axios, the White House is weighing a new executive order.', 'Axios', 'outlet'],
    ['The minister wrote on Facebook saying the deal was dead.', 'The minister', 'person'],
    ['As Keynes famously put it, in the long run we are all dead.', 'Keynes', 'person'],
    ['“We were robbed,” as one fan put it.', 'one fan', 'anonymous'],
    ['Sky News understands that the talks have stalled.', 'Sky News', 'outlet'],
    ['The editorial management of BBC 5 Live said in a message to staff that they were supporting their colleague.', 'BBC 5 Live', 'organization'],
    ['Channel 4 News reported that the minister had resigned.', 'Channel 4 News', 'outlet'],
    ['The study, which was funded by the National Institutes of Health, found no link between the vaccine and autism.', 'The study', 'document'],
    ['The filing, first spotted by The Verge, shows the company plans to release a new headset.', 'The filing', 'document'],
    ['A spokesman reports that the plan failed.', 'A spokesman', 'anonymous'],
  ]);
  ignores([
    // A gerund with nothing after it to say; a possessive that owns what is cited.
    'Governor Hale won the primary in Ohio, adding to his run of victories.',
    'The mayor cut the budget, citing the city’s falling revenue.',
    // A plural cue noun after names that follow a preposition or a possessive is a noun.
    'The fact-checkers rated 30% of Republican claims as false.',
    "The judge could not enforce the order because of Smith's Fifth Amendment claims.",
    // … or a quantity word, before a dash; after an auxiliary, a plural form is a noun too.
    'The site rated 40% of Green claims as misleading, compared to 12% of Liberal claims – a wide gap.',
    'The watchdog flagged many Labour claims as inaccurate.',
    'The two farmers have claims on the same plot of land.',
    // A subject right after a word, with nothing after its verb, is a clause inside the sentence.
    'Bo Lind spoke at noon. His fans will repeat whatever he says.',
    'The fine was far larger than the agency had predicted.',
    // Not naming: a time or frequency word after the object.
    'She called the office twice.',
    'He called the meeting off.',
    // Not a phrase ending at "to": a ban is proposed, no listener told.
    'The mayor proposed a ban on drivers trying to park downtown.',
    // Right after a verb in the past, a plural form is its object.
    'The mayor scrutinized reports like the one on the flood.',
    'The so-called caliphate has begun purging its military leaders.',
    'He declined to say whether the talks would resume.',
    'The reported attack was the largest in years.',
    'I said as much last week.',
    'The bodies were found on Tuesday.',
    'Although no group claimed responsibility, the bloodshed raised fears.',
    'The officers called for backup after the first shots.',
    'The governor told a story about his father.',
    'Previously, he wrote about Wall Street and banking.',
    'Ars will update this post if company officials respond.',
    'The senator signed the bill on Friday.',
    'Insurance claims rose sharply in the third quarter.',
    'I expect you to be there.',
    'The vote is expected to be close.',
    'That said, the market remains volatile.',
    'Having said that, the outlook is bright.',
    'The Fed held rates steady but signaled a cut later this year, a move investors had widely expected.',
    'The book tells the story of a family in Lagos.',
    'A spokeswoman for the Treasury declined to comment.',
    'He did not say whether the talks would resume.',
    'The company didn’t say how many jobs would be cut.',
    'The police never said that he was a suspect.',
    'Officials may announce as early as Monday that the border will reopen.',
    'She reports to the chief executive.',
    'He quoted Shakespeare in his speech.',
    'She posted a video of the concert.',
    'He put it on the table and left.',
    'Few people understand how the system works.',
    'The bill states its purpose in the first section.',
    'The app shows the weather for the next ten days.',
    'The team found the wreck at a depth of 3,000 meters.',
  ]);
});

describe('speech verbs after the claim', () => {
  detects([
    ['“It’s very much something to worry about,” said C. Eugene Steuerle, a fellow at the Urban Institute.', 'Steuerle', 'person'],
    ['The combination, say economists, marks a journey into uncharted territory.', 'economists', 'anonymous'],
    ['Two gunmen died, and three others may have escaped, officials said.', 'officials', 'anonymous'],
    ['The craft broke up over Siberia, Roscosmos said in a statement.', 'Roscosmos', 'organization'],
    ['“Our nation is in danger,” Essid declared in a televised address.', 'Essid', 'person'],
    ['Climate change is to blame too, scientists think.', 'scientists', 'anonymous'],
    ['The lighting made them perfect for signs, de Miranda notes.', 'de Miranda', 'person'],
    ['“We will win,” the coach told reporters on Sunday.', 'the coach', 'anonymous'],
    ['The deal is off, said a person familiar with the matter, who asked not to be named.', 'familiar with the matter', 'anonymous'],
    // an adjunct that runs to the sentence's end, however long
    ['“We will win this fight,” Ms. Ortiz wrote in a campaign email to her supporters.', 'Ortiz', 'person'],
    ['“It is a sad day,” Ames told reporters outside a restaurant in Milwaukee.', 'Ames', 'person'],
    ['“We stand with you,” Ames told the victims’ families.', 'Ames', 'person'],
    // right after a quotation, the cue's clause may run on
    ['“We are winning,” Ortiz told a crowd of 2,000 here on Friday after she took the stage.', 'Ortiz', 'person'],
    ['“We are winning,” Ortiz told KRTV in a video posted to its website.', 'Ortiz', 'person'],
    // documents and voices that speak
    ['“The council acted unlawfully,” the suit says.', 'the suit', 'document'],
    ['“Stores must close by ten,” the order released Friday said.', 'the order', 'document'],
    ['“It was a mistake,” the narrator says.', 'the narrator', 'anonymous'],
    // "called X a Y": what the speaker calls it
    ['Critics have called the deal a giveaway to donors.', 'Critics', 'anonymous'],
    ['Governor Ortiz called the head of the party a liar.', 'Ortiz', 'person'],
  ]);
  ignores([
    'The group organized a party called Anti-Prom at a former factory.',
    // a sentence that is only its source and verb says nothing (a credit line, an action)
    'Lerer reported from Los Angeles.',
    'Ortiz testified before the panel last fall.',
    'Ortiz called it a day after the vote.',
    'Ortiz called the police after a crash.',
    'She wrote in a notebook she kept by her bed.',
    'He spoke to the victims’ families at the church.',
    'The order of the speakers changed on Friday.',
  ]);
});

describe('less frequent reporting verbs', () => {
  detects([
    ['“Why would anyone sign that?” asked Senator Elizabeth Warren.', 'Elizabeth Warren', 'person'],
    ['“Where did the money go?” the auditor asked.', 'the auditor', 'anonymous'],
    ['The senator countered that the bill would raise taxes on the middle class.', 'The senator', 'person'],
    ['“It is not a crisis, it is a Tuesday,” Mayor Eric Adams quipped.', 'Eric Adams', 'person'],
    ['Economists speculate that the central bank will cut rates before the election.', 'Economists', 'anonymous'],
    ['The union demanded that Boeing reopen talks on pensions.', 'The union', 'organization'],
    ['A Pew Research Center report underscores that trust in news is falling.', 'Pew Research Center report', 'document'],
    ['Police informed residents that the road would stay closed until Monday.', 'Police', 'organization'],
    ['Microsoft reiterated that it had no plans to leave the Chinese market.', 'Microsoft', 'organization'],
    ['As one trader summed up, the deal is a gamble on lower rates.', 'one trader', 'anonymous'],
    ['The plaintiffs dispute that the contract was ever valid.', 'The plaintiffs', 'anonymous'],
  ]);
  ignores([
    'The mayor asked residents to stay indoors on Friday.',
    'The scientists asked five people to perform a “direction discrimination” task.',
    'She promised to call back.',
    'The minister mentioned the plan in passing.',
    'He answered the phone.',
    'The reason the plan failed is simple.',
    'The protest drew thousands of people to the capital.',
    'A pledge to cut taxes was broken.',
  ]);
});

describe('participles, passives and hearsay', () => {
  detects([
    ['The Russian space agency would not immediately describe the malfunction, saying its experts were looking into it.', 'Russian space agency', 'organization'],
    ['Called a “violent rhythm game” by its creators, “Thumper” is intense.', 'its creators', 'anonymous'],
    // A listener of several words before "to" when it is one noun phrase.
    ['On Saturday, Sen. Ana Ortiz (D-Ore.) called on Oregon Gov. Tom Reyes to resign.', 'Ana Ortiz', 'person'],
    // "with" opens an adjunct between a verb and its content, as "in" does.
    ['Most economists agree with the council that the levy will fail.', 'Most economists', 'anonymous'],
    ['“We are like family,” Okafor explained with a smile.', 'Okafor', 'person'],
    // An absolute phrase after a comma speaks as "with X saying" does.
    ['Sales fell, the company firing back that the figures were wrong.', 'the company', 'organization'],
    // "reported" needs no quoted label, and an adverb may stand before it.
    ['The recall was initially reported by the Harbor Gazette.', 'Harbor Gazette', 'outlet'],
    ['There are also reports of firefights within the police force.', 'reports', 'anonymous'],
    ['The leader is said to be hiding near the border.', 'unnamed sources', 'anonymous'],
    ["We're told there is security footage that cops are looking at.", 'unnamed sources', 'anonymous'],
  ]);
  ignores([
    'He left without saying a word.',
    'The meeting was called by the chairman.',
    'There are also firefights within the police force.',
    'The vote is expected to be close.',
  ]);
});

describe('", saying" after an opening that says when or where, not who', () => {
  detects([
    ['Hours later, Ortiz praised the mayor, telling reporters, “We are old friends.”', 'Ortiz', 'person'],
    ['Late last month, the firm sent a long letter to the board, calling the audit “deeply flawed.”', 'the firm', 'organization'],
    ['Shortly after the vote, the founders had organised, warning that the merger would ruin the firm.', 'the founders', 'anonymous'],
    ['Two days later, Kell wrote to the board, saying the audit was flawed.', 'Kell', 'person'],
    ['Here in Dayton, Kell sharpened his message on jobs, saying, “We have to bring the plants back.”', 'Kell', 'person'],
    ['Back in 2004, Ortiz admired the governor, telling a radio host: “I wish I had his charm.”', 'Ortiz', 'person'],
    // A dateline is where the story was filed, not who speaks.
    ['SPRINGFIELD, May 3 (AP) — Responding to the ruling, the governor spoke to donors, saying: “We will appeal.”', 'the governor', 'person'],
    ['Lyon (AFP) – Mayor Ana Ruiz closed the market on Monday, saying the stalls were unsafe.', 'Ana Ruiz', 'person'],
    ['Kell later wrote to the board, saying the audit was flawed.', 'Kell', 'person'],
    ['Kell closed the rally, continuing, “We will win.”', 'Kell', 'person'],
  ]);
  ignores([
    'Last week, the revolt gave the primary to Kell while continuing to lift his rival.',
    'Kell took a different tack, continuing with his theme of unity.',
  ]);
});

describe('a statement someone put out: they speak, not the statement', () => {
  detects([
    ['Kell issued a statement saying that the vote was rigged.', 'Kell', 'person'],
    ['Minutes later, the Ortiz campaign issued a statement saying that she meant voters.', 'the Ortiz campaign', 'organization'],
    ['His campaign sent out a text message to supporters saying: “We won!”', 'His campaign', 'organization'],
    ['The agency released a report saying that crime fell.', 'The agency', 'organization'],
    // Nobody put it out: the statement is the source.
    ['A statement released on Friday said the plant was safe.', 'A statement', 'document'],
  ]);
});

describe('"who" after a description speaks of the person described', () => {
  it.each([
    ['Rents had doubled, said Ana Ruiz, the executive director of the Lakeview Housing Alliance, who also said that the city had failed.', 'Ana Ruiz'],
    ['Costs are rising, according to Howard Kent, a senior analyst at Jefferies, who notes that margins have shrunk.', 'Howard Kent'],
    ['Kell met Dan Ruiz, 24, from Manchester, who said taxes were too high.', 'Dan Ruiz'],
    ['Kell met Alan Berg, a dentist from Englewood, New Jersey, who said he knows the family.', 'Alan Berg'],
    ['Kell met Bob Mull, a delegate and Ortiz supporter who has accused rivals of lying.', 'Bob Mull'],
  ])('%s → %s', (sentence, source) => {
    const found = one(sentence);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((a) => a.source === source), found.map((a) => a.source).join('; ')).toBe(true);
  });
  detects([
    ['The group met with the Lakeview Housing Alliance, which said rents had doubled.', 'Lakeview Housing Alliance', 'organization'],
    ['Trump made no mention of Jeb Bush, who announced he is leaving the race.', 'Jeb Bush', 'person'],
  ]);
});

describe('long descriptions between a name and its verb', () => {
  detects([
    ['Dan Kell, senior director for Asian affairs at the National Security Council, said he expects the talks to fail.', 'Dan Kell', 'person'],
    ['Kell, meanwhile, who has no such endorsements, said the count speaks volumes.', 'Kell', 'person'],
    ['Ruiz, who worked as a campaign staffer for Ortiz in the 2008 primary and on into the general election, said tensions were high.', 'Ruiz', 'person'],
    ['“We reject this,” Ana Ruiz, legal director for the rights group Fair Homes, said in a statement.', 'Ana Ruiz', 'person'],
    ['Rich Hall, a top party operative who played a major role in the 2008 win and is now running the early-vote effort in the state, said the program is critical.', 'Rich Hall', 'person'],
    // A description of the firm after the role: the name before the role speaks.
    ['Ana Kell, executive director of Nurses United, a union that backs Ortiz, said the plan failed.', 'Ana Kell', 'person'],
    ['But Tom Fitton, the president of Fair Watch, a conservative group that has sued the agency, said that the plan failed.', 'Tom Fitton', 'person'],
  ]);
});

describe('more people, shares and names that look like verbs', () => {
  detects([
    ['A bartender said the bar would close at ten.', 'A bartender', 'anonymous'],
    ['The speechwriter said the deal-breaker was the tax plan.', 'The speechwriter', 'anonymous'],
    ['A third of independents, 33%, say they feel that way.', 'A third of independents', 'anonymous'],
    // A name ending in -ing opens the sentence before its verb.
    ['Boreing said the members will still meet for lunch.', 'Boreing', 'person'],
  ]);
  ignores([
    'Speaking to reporters after the vote was never easy.',
  ]);
});

describe('shares of those polled and clauses that go on from a subject', () => {
  detects([
    ['Two in three said they are less likely to vote.', 'Two in three', 'anonymous'],
    ['Nearly three in five said they are much less likely to vote.', 'three in five', 'anonymous'],
    ['Nearly two-thirds of primary voters said that banks hurt the economy.', 'two-thirds of primary voters', 'anonymous'],
    ['Ortiz did not mention Kell, but told leaders that the country needs unity.', 'Ortiz', 'person'],
    ['Kell praised the plan but said it was late.', 'Kell', 'person'],
    ['Kell, who endorsed Ortiz in late May and said he would campaign with him, stayed home.', 'Kell', 'person'],
  ]);
});

describe('"this" as content, a pronoun that goes on with "and"', () => {
  it('keeps "this" in the claim when a verb follows it, and steps over "this week"', () => {
    expect(one('Cornyn said this was the only chance.').map((a) => a.claim)).toEqual(['this was the only chance.']);
    const [a] = one('Cornyn said this week that the plan was dead.');
    expect([a?.claim, a?.when]).toEqual(['the plan was dead.', 'this week']);
  });
  detects([
    ['Cornyn told reporters this was the only chance.', 'Cornyn', 'person'],
    ['She spoke late on Saturday in Houston and told them that together they would “build ladders.”', 'She', 'person'],
  ]);
  ignores([
    'I spoke in Houston and told them that we would win.',
  ]);
});

describe('the claim is the content, not an opening or a leftover', () => {
  ignores([
    'Two days later, Kell wrote to the board.',
    'In the morning, Kell wrote to the board.',
  ]);
  it.each([
    ['“It is unfair,” Jones said about the ruling.', 'It is unfair'],
    ['“It is unfair,” Jones said about the ruling, which was issued on Monday.', 'It is unfair'],
    ['The river stinks, residents said.', 'The river stinks'],
    ['Prices will rise, analysts said.', 'Prices will rise'],
    ['For weeks after the flood, residents said, the river stank.', 'For weeks after the flood the river stank.'],
    // A listener named by a compound noun ends with it, not at its first noun.
    ['Okafor told the radio audience that the bridge would reopen.', 'the bridge would reopen.'],
  ])('%s → %s', (sentence, claim) => {
    expect(one(sentence).map((a) => a.claim)).toEqual([claim]);
  });
});

describe('surnames with particles are one person', () => {
  it.each([
    ['Maria de la Cruz said the vote was rigged. De la Cruz said she would appeal.', 'Maria de la Cruz'],
    ['Jan van der Berg said the dam held. Van der Berg said repairs would start soon.', 'Jan van der Berg'],
    ['Anna Running Bear said the water was unsafe. Later, Running Bear said the tribe would sue.', 'Anna Running Bear'],
  ])('%s → %s', (text, name) => {
    const found = one(text);
    expect(found.map((a) => a.source)).toEqual([name, name]);
  });
  detects([
    ['“It was rigged,” said Maria de la Cruz.', 'Maria de la Cruz', 'person'],
  ]);
});

describe('bodies named like people', () => {
  detects([
    ['Westline ISO said demand peaked on Tuesday.', 'Westline ISO', 'organization'],
    ['Acme Footwear said it would end the deal.', 'Acme Footwear', 'organization'],
    ['Harbor County said the roads were closed.', 'Harbor County', 'organization'],
    ['Pike III said the plan was dead.', 'Pike III', 'person'],
    ['Samantha Power said the plan was dead.', 'Samantha Power', 'person'],
  ]);
});

describe('who "he" is after a sentence that names someone else', () => {
  it('keeps the paragraph\'s speaker when a "he" sentence ends by naming a woman', () => {
    const found = one('Senator Tom Kell spoke at the rally on Friday. He praised the governor, Ana Ortiz. “Why would we stop now?” he said.');
    expect(found.map((a) => a.source)).toEqual(['Tom Kell']);
  });
  it('takes "that" before a name or a plural as the clause\'s opening, not the subject\'s', () => {
    expect(one('Palmieri noted that experts say the group mentions Kell.').map((a) => a.source)).toEqual(['Palmieri', 'experts']);
    expect(one('That official said the plan was dead.').map((a) => a.source)).toEqual(['That official']);
  });
});

describe('a "with" clause that opens the sentence ends at its comma', () => {
  it('claims only what the ministry said', () => {
    expect(one('With the ministry saying the talks had failed, prices fell.').map((a) => [a.source, a.claim])).toEqual([['the ministry', 'the talks had failed']]);
  });
});

describe('after a quotation, what follows the verb is not the claim', () => {
  it.each([
    ['“We will win this state,” he said to loud cheers from the crowd that had gathered in the square.', 'We will win this state'],
    ['“We will win,” Kell told reporters that night.', 'We will win'],
  ])('%s → %s', (sentence, claim) => {
    expect(one(sentence).map((a) => a.claim)).toEqual([claim]);
  });
});

describe('captions name no one the article\'s pronouns mean', () => {
  it('resolves "he" past a caption that names a woman', () => {
    const found = analyze([
      { kind: 'paragraph', text: 'Senator Tom Kell spoke on Friday at a rally in Dayton.' },
      { kind: 'caption', text: 'Ana Ortiz waves to supporters in Dayton on Friday.' },
      { kind: 'paragraph', text: '“We will win this state,” he said.' },
    ]);
    expect(found.map((a) => a.source)).toEqual(['Tom Kell']);
  });
  it('still reads an attribution inside a caption', () => {
    const found = analyze([{ kind: 'caption', text: 'The bridge was closed on Friday, police said.' }]);
    expect(found.map((a) => a.source)).toEqual(['police']);
  });
});

describe('credit lines attribute nothing', () => {
  ignores([
    'Lerer reported from Los Angeles.',
    'Julie Davis reported from Midway Atoll, and Mark Lander and Coral Daven from Kaneohe Bay, Hawaii.',
  ]);
});

describe('numbers written out are numbers, not names', () => {
  detects([
    ['Sixty-seven percent of Americans said they had an unfavorable view of Kell.', 'Sixty-seven percent of Americans', 'anonymous'],
    ['Twenty-one officials said the plan was dead.', 'Twenty-one officials', 'anonymous'],
  ]);
});

describe('a given name that is also a word opens a name', () => {
  it('keeps "Bill Clinton" apart from the Clinton named before', () => {
    const found = one('Hillary Clinton spoke first. Bill Clinton said he was proud.');
    expect(found.map((a) => a.source)).toEqual(['Bill Clinton']);
  });
  detects([
    ['Mark Kelly said the plan would work.', 'Mark Kelly', 'person'],
    ['The bill said taxes would rise.', 'The bill', 'document'],
  ]);
});

describe('a definite office holder is a person; a title writers leave unnamed is not', () => {
  detects([
    ['The governor said the bridge would reopen in May.', 'The governor', 'person'],
    ['The former secretary of state said the talks had stalled.', 'The former secretary of state', 'person'],
    ['“We will not back down,” the Ohio senator told reporters.', 'the Ohio senator', 'person'],
    ['The president of the union said members would vote next week.', 'The president of the union', 'person'],
    ['The spokesman said the company would not comment.', 'The spokesman', 'anonymous'],
    ['The senators said the vote would be close.', 'The senators', 'anonymous'],
    ['A senator said the vote would be close.', 'A senator', 'anonymous'],
    // A member of a legislature is an office, as in the other packs (o parlamentar, el parlamentario).
    ['The lawmaker said the vote would be close.', 'The lawmaker', 'person'],
    ['A lawmaker said the vote would be close.', 'A lawmaker', 'anonymous'],
    ['The lawmakers said the vote would be close.', 'The lawmakers', 'anonymous'],
    ['Senator Maria Lopez spoke in Toledo. The senator said the bill would pass.', 'Maria Lopez', 'person'],
    ['Secretary of State Ann Keller said the talks would resume.', 'Ann Keller', 'person'],
    ['The attorney general said the lawsuit would go ahead.', 'The attorney general', 'person'],
    ['The committee\'s chairman said the hearings would resume in March.', 'The committee\'s chairman', 'person'],
    // Words of the office no list knows: one holder still ("the prime minister", "the interior minister").
    ['After the vote, the prime minister said the economy was recovering.', 'the prime minister', 'person'],
    ['The interior minister told parliament the border would stay open.', 'The interior minister', 'person'],
    ['The vice president said the talks would resume.', 'The vice president', 'person'],
    ['The 2019 minister said the economy was recovering.', 'The 2019 minister', 'anonymous'],
    ['The king said the country stood united.', 'The king', 'person'],
    ['In two interviews, the king lashed out at the nominee, calling him a fraud.', 'the king', 'person'],
    ['The agency erred, according to a report from the department\'s inspector general.', 'inspector general', 'person'],
    ['The company\'s spokesman said the plant would close.', 'The company\'s spokesman', 'anonymous'],
    ['Fans of singer Ann Keller say the show was a triumph.', 'Fans of singer Ann Keller', 'anonymous'],
  ]);
});

describe('a company or body known by the word that ends its name', () => {
  detects([
    ['Acme Inc. said quarterly profits fell.', 'Acme Inc.', 'organization'],
    ['Halvorsen Co. said it would close the plant.', 'Halvorsen Co.', 'organization'],
    ['Brightwater Ltd. said the deal was off.', 'Brightwater Ltd.', 'organization'],
    ['Mercy Health said the clinic would close in June.', 'Mercy Health', 'organization'],
    ['Riverside Unified said the schools would reopen Monday.', 'Riverside Unified', 'organization'],
    ['Dow Chemical said it would cut 2,000 jobs.', 'Dow Chemical', 'organization'],
    ['The Cascade Network said it had hired 40 new staff.', 'Cascade Network', 'organization'],
    ['Coastal Plains Baptist Church said Sunday services were canceled.', 'Coastal Plains Baptist Church', 'organization'],
    ['Inc. reported that the startup had raised $40 million.', 'Inc.', 'outlet'],
  ]);
});

describe('a definite outlet noun is the outlet the article named; the press at large is not', () => {
  detects([
    ['The newspaper reported that the mayor had known about the leak for weeks.', 'The newspaper', 'outlet'],
    ['As the paper noted, the vote was the closest in decades.', 'the paper', 'outlet'],
    ['The conservative magazine said the nominee was unfit.', 'The conservative magazine', 'outlet'],
    ['The media reported that three people had died.', 'The media', 'anonymous'],
    ['A local newspaper reported that the dam was safe.', 'A local newspaper', 'anonymous'],
    ['The newspapers reported that the dam was safe.', 'The newspapers', 'anonymous'],
  ]);
});

describe('a capital speaks for its government, unless the article named a person so', () => {
  detects([
    ['Beijing said it firmly opposed the sanctions.', 'Beijing', 'organization'],
    ['Moscow denied that its jets had entered Turkish airspace.', 'Moscow', 'organization'],
    ['Washington said Tehran was arming the rebels.', 'Washington', 'organization'],
    ['Kyiv said the drones had been shot down over the capital.', 'Kyiv', 'organization'],
    ['Denzel Washington spoke at the gala. Washington said he was grateful for the award.', 'Denzel Washington', 'person'],
    ['Rep. Dan Israel spoke to reporters. Israel said the caucus was united.', 'Dan Israel', 'person'],
  ]);
});

describe('"that" before a share of those polled opens the clause', () => {
  it('gives "64 percent of residents", not "that 64 percent of residents"', () => {
    const found = one('A new poll found that 64 percent of residents say the economy is the top issue.');
    expect(found.map((a) => a.source)).toEqual(['A new poll', '64 percent of residents']);
  });
});

describe('a verb before the noun of a subject phrase is not part of the source', () => {
  detects([
    ['The mayor angrily rebuked critics who say the stadium deal was rigged.', 'critics', 'anonymous'],
    ['The governor is echoing safety inspectors who say the files were altered.', 'safety inspectors', 'anonymous'],
    ['The deficit grew last year, planning documents show.', 'planning documents', 'document'],
    ['But polling experts say the leak was minor.', 'polling experts', 'anonymous'],
    ['Retired officers said the plan was flawed.', 'Retired officers', 'anonymous'],
  ]);
  it('drops "rebuked" from "rebuked critics"', () => {
    expect(one('The mayor angrily rebuked critics who say the stadium deal was rigged.').map((a) => a.source)).toEqual(['critics']);
  });
});

describe('what stands between a subject and its verb belongs to the subject', () => {
  detects([
    // a participle phrase qualifying the noun
    ['A source speaking to the Ledger said the talks had stalled.', 'A source', 'anonymous'],
    ['Residents living near the plant said the water smelled of fuel.', 'Residents', 'anonymous'],
    ['Officials waiting for the vote said the delays had cost them a week.', 'Officials', 'anonymous'],
    // a relative clause on a share of "those"
    ['Only 31 percent of those who backed a party said they might switch sides.', '31 percent of those', 'anonymous'],
  ]);
  it('keeps a list of places inside the phrase ("voters in Ohio, Texas and Utah")', () => {
    expect(one('Most voters in Ohio, Texas and Utah said they were worried.').map((a) => a.source)).toEqual(['Most voters in Ohio, Texas and Utah']);
  });
  it('splits a list of names that opens the sentence, but not a fronted place', () => {
    expect(one('Lee, Park and Cho said they were worried.').map((a) => a.source)).toEqual(['Lee', 'Park', 'Cho']);
    expect(one('In Denver, Lee and Park said they were worried.').map((a) => a.source)).toEqual(['Lee', 'Park']);
    expect(one('On Tuesday, Lee and Park said they were worried.').map((a) => a.source)).toEqual(['Lee', 'Park']);
  });
  it('does not take "those who" past a subordinate clause', () => {
    expect(one('A roster of those who would be banned grew this month as a group of editors suggested that it was unfair.').map((a) => a.source)).toEqual(['a group of editors']);
  });
});

describe('an age and a home town between a name and its verb; any noun after a quotation and its verb', () => {
  detects([
    ['Ann Stone, 41, of Dayton, Ohio, says her main worry is the rent.', 'Ann Stone', 'person'],
    ['Cory Lane, 35, of Tulsa, Okla., said he still hoped for a deal.', 'Cory Lane', 'person'],
    ['"Nobody warned us about the fees," said the tailor, who runs a shop downtown.', 'the tailor', 'anonymous'],
    ['“Where is the bus?” asked the girl.', 'the girl', 'anonymous'],
  ]);
  ignores([
    'Pell, who acted in “Orbit” and “Harbor,” put the video on Vimeo on Monday.',
    'When the “ayes” were declared the winners, the hall cheered.',
  ]);
});

describe('a noun the lexicons do not know speaks before "that" or right after a quotation', () => {
  detects([
    ['The ferryman pointed out that Lee had once backed the toll.', 'The ferryman', 'anonymous'],
    ['“The evidence shows a pattern of deceit,” the panel chairmen wrote.', 'the panel chairmen', 'anonymous'],
    ['“Stop!” the guards shouted.', 'the guards', 'anonymous'],
  ]);
  ignores([
    'Lee was asked about his earlier claims that the count was wrong.',
    'The accord binds together pledges that each city made in Lyon.',
    'The flood of fresh cash suggests that the backers have returned.',
  ]);
});

describe('a body or an office holder finds what a "that" clause says', () => {
  detects([
    ['Gallup found that most voters back the plan.', 'Gallup', 'organization'],
    ['The attorney general found that the agency had erred.', 'The attorney general', 'person'],
    ['A 2019 review by the independent Fair Budget Association found that the county had overspent.', 'the independent Fair Budget Association', 'organization'],
    ['Nine percent indicated that they had no opinion.', 'Nine percent', 'anonymous'],
  ]);
  ignores([
    'He found that the job was harder than he had expected.',
    'The divers found the wreck in June.',
  ]);
});

describe('a cue word after an article and one name is a noun ("the FEC report")', () => {
  ignores([
    'The SEC report covering the first half will be published in May.',
    'The March report beat forecasts.',
  ]);
  detects([
    ['Officials in Ohio report that the water is safe.', 'Officials in Ohio', 'anonymous'],
    ['Ortiz linked to the Daily Ledger report, which says that most of them were donors.', 'the Daily Ledger report', 'document'],
  ]);
});

describe('two hyphens typed for a dash; a hyphenated role noun ("co-editor")', () => {
  detects([
    ['Ann Marsh -- co-author of a study on tolls -- said the mayor tended to exaggerate.', 'Ann Marsh', 'person'],
    ['Ann Marsh, co-author of the study, said the mayor tended to exaggerate.', 'Ann Marsh', 'person'],
    ['Farmers -- including the co-op chair -- quickly accused Lee of hiding the costs.', 'Farmers', 'anonymous'],
  ]);
});

describe('a verb that needs a listener takes any noun for one', () => {
  detects([
    ['Okafor told his listeners on Friday, “This is a disaster.”', 'Okafor', 'person'],
    ['Lee then asked the restless audience, “Shall we vote?”', 'Lee', 'person'],
  ]);
  ignores([
    'Okafor told the story of his youth in Kansas.',
    'On Monday, the Labor Department announced new rules that make it costlier to hire abroad.',
  ]);
});

describe('"they" with nobody named to refer to is an unnamed group; what it believes is not reported', () => {
  it('reports "They said" after a sentence that named no source', () => {
    const found = analyze([{ kind: 'paragraph', text: 'The talks stalled on Monday. They said the vote had been hurried.' }], { lang: 'en' });
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['They', 'anonymous']]);
  });
  it('reads "They’ve" as "they" with its auxiliary written on', () => {
    const found = analyze([{ kind: 'paragraph', text: 'The talks stalled on Monday. They’ve said all along that the plan was hurried.' }], { lang: 'en' });
    expect(found.map((a) => [a.source, a.sourceKind, a.sourceMention])).toEqual([['They', 'anonymous', 'They’ve']]);
  });
  ignores([
    'I’ve argued since the spring that the levy is a huge mistake.',
    'The participants moved the cursor to where they thought the dots had gone.',
    'They believe the vote will be close.',
  ]);
});

describe('"according to" a phrase with joined modifiers or a compound noun', () => {
  detects([
    ['Lee was ahead, according to partial but official returns.', 'partial but official returns', 'document'],
    ['The spots aired in six cities, according to ad placement sources.', 'ad placement sources', 'anonymous'],
    ['According to a small but vocal group, the plan failed.', 'a small but vocal group', 'anonymous'],
    ['Most teens use the app, according to a March 2019 survey by the Metro Youth Institute drawn from school records.', 'a March 2019 survey', 'document'],
  ]);
});

describe('", adding that" goes on from the speaker of the cue just before it', () => {
  it('gives the official, not the sentence subject', () => {
    const found = one('Ottawa raised no objection when the subsidies lifted exports, a Korean diplomat said, adding that the deficit was a worry.');
    expect(found.map((a) => a.source)).toEqual(['a Korean diplomat']);
  });
  it('gives the speaker after an inverted verb', () => {
    expect(one('The plan failed, said Ann Lee, adding that the money was gone.').map((a) => a.source)).toEqual(['Ann Lee']);
  });
  it('does not read a subject and its relative clause as a claim before an inverted verb', () => {
    expect(one('“He is not ready,” Mr. Ibarra, who is a baker, said of Mr. Lee.').map((a) => a.source)).toEqual(['Ibarra']);
    expect(one('Dana Ruiz, who ran a county party, said the Lee “bus has already left town.”').map((a) => a.source)).toEqual(['Dana Ruiz']);
  });
  it('keeps the subject when the verb before the comma has one of its own', () => {
    expect(one('Acme, which keeps its accounts private, denied the story, saying sales would hold up.').map((a) => a.source)).toEqual(['Acme']);
  });
});

describe('a participle after an article, and "accused of" in the passive, report nothing', () => {
  ignores([
    'Lee wants to cover all of the expected losses from the flood.',
    'The driver accused of stealing the van will stay in jail.',
    'The flyer cites trials in which Ortiz represented clients accused of fraud.',
  ]);
  detects([
    ['Some accused Lee of stirring up anger at the council.', 'Some', 'anonymous'],
    ['It is a rival whom Lee had accused of peddling fantasies.', 'Lee', 'person'],
  ]);
});

describe('"all" speaks for a group; a plural before a name set off by commas opens the claim', () => {
  detects([
    ['In the end, all agreed that the levy had failed.', 'all', 'anonymous'],
    ['Campaign strategists all agree that her answer hurt her.', 'Campaign strategists', 'anonymous'],
  ]);
  ignores(['I think we may all agree by now that she was teasing.']);
  it('gives the name and the whole claim when a plural stands before it', () => {
    const found = one('These drivers, Okafor noted later in the session, were poorly trained.');
    expect(found.map((a) => [a.source, a.sourceMention, a.claim])).toEqual([['Okafor', null, 'These drivers were poorly trained.']]);
  });
});

describe('a name ending in a word for a body is an organization ("Civic Watch", "the Fair Trade Forum")', () => {
  detects([
    ['Civic Watch said the budget was padded.', 'Civic Watch', 'organization'],
    ['The Fair Trade Forum said the rules were unfair.', 'The Fair Trade Forum', 'organization'],
  ]);
});

describe('shares of a group, comparisons set off by commas, and who put a statement out', () => {
  detects([
    ['When the mill shut, most of them said the pay was fair.', 'most of them', 'anonymous'],
    ['Rents, a wide array of planners say, will keep rising.', 'a wide array of planners', 'anonymous'],
    ['Rural doctors, like their urban colleagues, say the clinics are short of nurses.', 'Rural doctors', 'anonymous'],
    ['Analysts, unlike the ministry, say the deficit will grow.', 'Analysts', 'anonymous'],
    ['The parish issued a statement saying the bells would ring again.', 'The parish', 'anonymous'],
    ['Okafor issued a statement on Tuesday saying the audit was complete.', 'Okafor', 'person'],
  ]);
  ignores([
    'He kept most of it for himself.',
    'Voters like him more than they like his rivals.',
  ]);
});

describe('a weekday inside a phrasal cue; document files and cables', () => {
  detects([
    ['Okafor called Tuesday for an inquiry into the contract.', 'Okafor', 'person'],
    ['Audit files from the county show that two ledgers were altered.', 'Audit files from the county', 'document'],
    ['Embassy cables show that the envoy was warned twice.', 'Embassy cables', 'document'],
  ]);
  it('never takes what is called for as the speaker', () => {
    const found = one('Attorney General Ann Ruiz (D), the mayor’s rival in the coming race for governor, called Friday for an audit of the pension fund.');
    expect(found.map((a) => a.source)).toEqual(['Ann Ruiz']);
  });
});

describe('"it" after a sentence that put a document out', () => {
  it('is the document the sentence before sent', () => {
    const found = analyze(['The county sent a formal complaint on Monday.', 'It says the builder ignored three safety orders.'].map((text) => ({ kind: 'paragraph' as const, text })), { lang: 'en' });
    expect(found.map((a) => [a.source, a.sourceMention, a.sourceKind])).toEqual([['a complaint', 'It', 'document']]);
  });
  it('is nothing it names when the document was put out longer ago', () => {
    const found = analyze(['The county sent a formal complaint on Monday.', 'The builder was closed for a week.', 'It says the builder ignored three safety orders.']
      .map((text) => ({ kind: 'paragraph' as const, text })), { lang: 'en' });
    expect(found.map((a) => a.source)).not.toContain('a complaint');
  });
});

describe('answering back: fired back, shot back, hit back; "states" after a determiner is a noun', () => {
  detects([
    ['Farmers in three states say the rules are too strict.', 'Farmers in three states', 'anonymous'],
    ['The builder fired back that the fines were unlawful.', 'The builder', 'anonymous'],
    ['“Not a chance,” Okafor shot back.', 'Okafor', 'person'],
    ['Ms. Ruiz hit back on Friday, saying the audit was rigged.', 'Ms. Ruiz', 'person'],
  ]);
  ignores(['The guards fired back at the trucks.']);
});

describe('a subject set off by commas at the sentence\'s start is not the claim of an inverted verb', () => {
  it.each([
    ['Dana Whitfield, the treasurer of the rowing club, said of the Harlows.', 'Dana Whitfield'],
    ['Tom Briggs, a retired plant manager, said Garner "knew everything."', 'Tom Briggs'],
    ['The team\'s former coach, Carl Rossi, said the man who replaced him, Paul Mertz, should resign.', 'Carl Rossi'],
    ['Carl Rossi, in a note to members on Monday, said the club would stay open.', 'Carl Rossi'],
    ['"We lost," Dana Whitfield, the treasurer of the rowing club, said of the Harlows.', 'Dana Whitfield'],
    ['In an interview, Tom Briggs, a retired plant manager, said Garner "knew everything."', 'Tom Briggs'],
  ])('%s → %s', (sentence, source) => {
    expect(one(sentence).map((a) => a.source)).toEqual([source]);
  });
  it('still inverts after a clause with its own verb', () => {
    const found = one('Ada Moss and her son, Leo, had been hiking together, wrote their cousin Ivo Brandt.');
    expect(found.map((a) => a.source)).toEqual(['Ivo Brandt']);
  });
});

describe('a name set off after an appositive names what the appositive speaks of, not the subject', () => {
  it.each([
    ['Gina Vitti, the publisher of the town\'s weekly paper, The Courier, said the mayor had lied.', 'Gina Vitti'],
    ['Paul Reyes, who farms near the county seat, Millbrook, said the harvest was poor.', 'Paul Reyes'],
    ['Rep. Carla Dean, D-Ore., speaking on a radio show Monday, said the bill was dead.', 'Rep. Carla Dean'],
    ['Engineers who inspected the boiler at a plant in Rye, N.Y., speaking on condition of anonymity, said that it leaked.', 'Engineers'],
    // A role before the name: the name is the role's.
    ['In a letter to the Courier, the club\'s head coach, Jake Pardo, said the plan was sound.', 'Jake Pardo'],
    ['The couple had been flying back from a visit to Lyon, their son\'s club, Riverside Rovers, confirmed on Monday.', 'Riverside Rovers'],
  ])('%s → %s', (sentence, source) => {
    expect(one(sentence).map((a) => a.source)).toEqual([source]);
  });
});

describe('"according to" a report and its author, or a source described up to the pause, as written', () => {
  it.each([
    ['Turnout rose, according to a new article in Gazette Weekly.', 'Gazette Weekly', 'a new article in Gazette Weekly'],
    ['The mayor lost ground, according to a recent poll by Harlow Research.', 'Harlow Research', 'a recent poll by Harlow Research'],
    ['The plan failed, according to a memo written by the firm\'s auditor.', 'a memo', 'a memo written by the firm\'s auditor'],
    ['The well ran dry, according to rumors spreading in the village.', 'rumors', 'rumors spreading in the village'],
    ['The mayor is lying, according to a recording of the call.', 'a recording', 'a recording of the call'],
    // Not a time, a statement or the clause after a cue that opens the sentence.
    ['The vote was close, according to the clerk on Friday.', 'the clerk', null],
    ['The vote was close, according to Pardo in a statement.', 'Pardo', null],
    // A plural role is a role ("chairs", "chairmen").
    ['The vote was close, according to the Liberal chairs from Dorset and Kent.', 'the Liberal chairs from Dorset and Kent', null],
    ['According to police in the city the plan failed.', 'police in the city', null],
  ])('%s → %s «%s»', (sentence, source, mention) => {
    expect(one(sentence).map((a) => [a.source, a.sourceMention])).toEqual([[source, mention]]);
  });
});

describe('"there" and "what" opening a sentence name no source', () => {
  ignores([
    'There are warning signs ahead, telling us to slow down.',
    'There was a crowd around Pardo, the tallest man in the hall, saying the rules should change.',
    'What did the board make of Pardo quietly saying the deal was off?',
  ]);
});

describe('a pronoun whose antecedent is the subject of its own sentence', () => {
  const sources = (text: string): string[] => analyze([{ kind: 'paragraph', text }], { lang: 'en' }).map((a) => `${a.cue}: ${a.source}`);
  it('reads "what she called" as said by the sentence\'s subject, not by the person named before', () => {
    expect(sources('Jo Park spoke at noon. Secretary General Ana Ruiz condemned what she called a “reckless act” by the council.'))
      .toContain('called: Ana Ruiz');
  });
  it('gives "X said she thinks" one record, X\'s', () => {
    expect(sources('Tom Reyes opened the meeting. Mayor Ann Lind said she thinks the budget is sound.')).toEqual(['said: Ann Lind']);
  });
  it('leaves the pronoun to the discourse when another person is named between them', () => {
    expect(sources('Tom Reyes spoke first. Ann Lind praised Bo Kim after he said the plan was sound.')).not.toContain('said: Ann Lind');
  });
});

describe('a relative clause that owns its own subject', () => {
  it('gives the verb inside the clause to that subject, not to the antecedent', () => {
    // "whose memo" is the subject of "revealed": the clause's verb is not the engineer's.
    const found = one('The engineer whose memo first revealed that the dam leaked was fired on Monday.');
    expect(found.map((a) => a.source)).not.toContain('The engineer');
  });
});

describe('a plural role before coordinated names', () => {
  it('gives each name its own record', () => {
    const found = one('Council candidates Ann Keller and Bo Lind, and Mayor Jo Park, tweeted their support for the bill.');
    expect(found.map((a) => a.source)).toEqual(['Ann Keller', 'Bo Lind']);
  });
});

describe('one record per source in a sentence', () => {
  it('keeps the named source when a vague cue repeats it', () => {
    const found = one('The commanders reportedly were convicted on June 22nd and hanged the same day, according to media reports.');
    expect(found.map((a) => a.source)).toEqual(['media reports']);
  });
  it('splits sources joined by "and" when both are names', () => {
    const found = one('But both Roscosmos and NASA said the crash would have no impact on the station.');
    expect(found.map((a) => a.source).sort()).toEqual(['NASA', 'Roscosmos']);
  });
  it('does not take the clause before a name for its description', () => {
    const found = one('The minister resigned on Monday, the spokesperson said, Reuters reports.');
    expect(found.map((a) => [a.source, a.sourceMention])).toEqual([['the spokesperson', null], ['Reuters', null]]);
  });
  it('splits two known outlets even when the last one ends in "Times"', () => {
    const found = one('The Wall Street Journal and the New York Times earlier reported the discussions.');
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['The Wall Street Journal', 'outlet'], ['the New York Times', 'outlet']]);
  });
  it('resolves "he" to the last sentence\'s subject, not to a name after a preposition', () => {
    const found = analyze([
      { kind: 'paragraph', text: '“We are getting help,” President George Bush said at a news conference with King Abdullah II of Jordan.' },
      { kind: 'paragraph', text: 'Bush speaks to the UN General Assembly tomorrow. “We will remind our friends that we are making progress,” he said.' },
    ]);
    expect(found.map((a) => a.source)).toEqual(['President George Bush', 'President George Bush']);
  });
  it('takes a group named with a place as several people, so "he" does not refer to it', () => {
    const found = analyze([
      { kind: 'paragraph', text: 'Analysts at Goldman Sachs expect the central bank to cut rates twice this year.' },
      { kind: 'paragraph', text: 'He said the decision was final.' },
    ]);
    expect(found.map((a) => a.source)).toEqual(['Analysts at Goldman Sachs', 'He']);
  });
  it('resolves "its findings" to the document that was the last subject', () => {
    const found = analyze([
      { kind: 'paragraph', text: 'The survey covered 2,000 households in 12 states.' },
      { kind: 'paragraph', text: 'Among its main findings: most families had cut back on food.' },
    ]);
    expect(found.map((a) => [a.source, a.sourceKind, a.rule])).toEqual([['The survey', 'document', 'finding-nouns']]);
  });
  it('takes no time from a relative clause inside the source', () => {
    const [a] = one('The Sun newspaper, which has run a number of stories since Saturday, has said there are no plans to publish.');
    expect(a?.when).toBeNull();
  });
  it('takes "warned lawmakers that" as the speaker warning a listener, not lawmakers speaking', () => {
    const found = one('The head of the agency, Dr. Maria Gonzalez, warned lawmakers that the program could run out of money by 2030.');
    expect(found.map((a) => [a.source, a.cue, a.claim])).toEqual([['Dr. Maria Gonzalez', 'warned ... that', 'the program could run out of money by 2030.']]);
  });
  it('reads "without citing sources" as no source, and the claim after the aside', () => {
    const found = one('The newspaper reported, without citing sources, that the minister would resign.');
    expect(found.map((a) => [a.source, a.claim])).toEqual([['The newspaper', 'the minister would resign.']]);
  });
  it('reads "on an earnings call" as a noun, not a second cue', () => {
    const found = one("Intel's chief executive said on an earnings call that demand had stabilized.");
    expect(found.map((a) => a.cue)).toEqual(['said that']);
  });
  it('keeps the agent in "according to benchmarks published by AnandTech"', () => {
    expect(one('According to benchmarks published by AnandTech, the gains are closer to 20 percent.').map((a) => a.source))
      .toEqual(['benchmarks published by AnandTech']);
  });
  it('keeps a listener out of the sources', () => {
    const found = one('A senior political source told Reuters that the talks were stalled.');
    expect(found.map((a) => a.source)).toEqual(['A senior political source']);
  });
});

describe('sources described, counted or named like something else', () => {
  detects([
    ['Twenty-four percent said they were more likely to vote for the governor.', 'Twenty-four percent', 'anonymous'],
    ['Ada Moss, Friends of the Earth’s legal director, said the permit was unlawful.', 'Ada Moss', 'person'],
    ['Mayor Ann Keller, also speaking in Dayton, said the budget was sound.', 'Ann Keller', 'person'],
    ['Farmers — and some ranchers — say the drought is the worst in memory.', 'Farmers', 'anonymous'],
    ['The families whose homes were flooded say the warnings came too late.', 'The families', 'anonymous'],
    // Ratios of those polled, "like" inside a phrase.
    ['About seven out of 10 agree that the park should stay open.', 'seven out of 10', 'anonymous'],
    ['Opinion split, with two in five saying the fee was unfair.', 'two in five', 'anonymous'],
    ['Critics like Okafor say the fee will hurt renters.', 'Critics like Okafor', 'anonymous'],
    // Naming with an adjective after the object ends the clause: what the speaker calls it.
    ['The mayor called the claims false.', 'The mayor', 'person'],
    ['The company called the charges unfounded, and its lawyers agreed.', 'The company', 'organization'],
    // "what" opens the clause, not the subject.
    ['Police said the fire was what officials called a “deliberate act”.', 'officials', 'anonymous'],
    // A hyphen typed for a dash sets an appositive off as a dash does.
    ['Ada Moss - the mayor’s deputy on the water board - told the Ledger that rates would rise.', 'Ada Moss', 'person'],
    // "going" is a gerund: the phrase it opens qualifies the noun before it.
    ['Most residents of three towns going to the meeting Monday say the roads are the issue.', 'Most residents of three towns', 'anonymous'],
    // Places of one phrase: "across", "around", "throughout", "within"; two joined by "and".
    ['Farmers across the valley say the rain came too late.', 'Farmers across the valley', 'anonymous'],
    ['Nurses in Dayton and across the county say the wards are full.', 'Nurses in Dayton and across the county', 'anonymous'],
    // A percent sign reads as the word: the share heads its phrase.
    ['On housing, 38% say rents are the main worry.', '38%', 'anonymous'],
    ['In the same survey, 61 % of renters said they had moved twice.', '61 % of renters', 'anonymous'],
    ['A third of the respondents said the economy was their main worry.', 'A third of the respondents', 'anonymous'],
    ['Those surveyed said the economy was the top issue.', 'Those', 'anonymous'],
    ['Voters were split. Most said they were worried about prices.', 'Most', 'anonymous'],
    ['Another said he hoped the plant would reopen.', 'Another', 'anonymous'],
    ['Sen. Maria Lopez (D-Calif.) said the bill would pass by Friday.', 'Maria Lopez', 'person'],
    ['Tom Reyes, spokesman for the county sheriff, said two deputies were hurt.', 'Tom Reyes', 'person'],
    ['Dana Pike, Sanders’ campaign manager, said the race was close.', 'Dana Pike', 'person'],
    ['Luis Ortega, Warren’s chief strategist, said the ads would run in May.', 'Luis Ortega', 'person'],
    ['“We are winning,” Dana Pike, the governor’s spokeswoman, said in a statement.', 'Dana Pike', 'person'],
    ['Ortiz, though, said he would back the governor.', 'Ortiz', 'person'],
    ['Ortiz, speaking at a rally in Wilmington, N.C., warned that taxes would rise.', 'Ortiz', 'person'],
    ['Ann Bell, whose son was hurt in Aurora, Colorado, in July 2012, said that the senator had been kind.', 'Ann Bell', 'person'],
    ['Federal officials in Chappaqua, N.Y., said the house was empty.', 'Federal officials', 'anonymous'],
    ['Ann Pell, facing a tough race in Iowa, a swing state, said she would welcome help.', 'Ann Pell', 'person'],
    ['Gary Emmet, a former state party chairman, became a delegate and said he is leaning toward Ortiz.', 'Gary Emmet', 'person'],
    ['Pike, struck by her story, told her she clearly did not need help.', 'Pike', 'person'],
    ['The heads of both firms told reporters they saw no need to disclose the meetings.', 'The heads of both firms', 'anonymous'],
    ['Prices rose, with Senator John Kell telling reporters on Thursday he viewed the plan as weak.', 'John Kell', 'person'],
    ['“We expected more,” said Democratic party boss Alan Greer.', 'Alan Greer', 'person'],
    ['Said Dorothy Poynter, who lived next door: “He was always polite.”', 'Dorothy Poynter', 'person'],
    ['“It was a mistake,” said campaign strategist Lena Ortiz.', 'Lena Ortiz', 'person'],
    ['“Thanks for coming,” said master of ceremonies Dan Ruiz, a local engineer.', 'Dan Ruiz', 'person'],
    // an opening mark typed where the closing one belongs
    ['“It is unusual,“ said Larry Noble, an attorney with the group.', 'Larry Noble', 'person'],
    ['“This is a first,” said the mayor’s top housing aide Jake Sullivan.', 'Jake Sullivan', 'person'],
    ['“He is on top for now,” said Phil Musser of consulting firm Ridgeline.', 'Phil Musser', 'person'],
  ]);
  ignores([
    'If he says that the vote was rigged, the party will split.',
    'Forty percent of the budget went to schools.',
  ]);
  it('does not take a name inside a description after "said" for the speaker', () => {
    expect(one('“Vote early,” said the printed Ortiz campaign card.').map((a) => a.source)).not.toContain('Ortiz');
  });
  it('takes a description written before a name, later alone, for that person', () => {
    const found = analyze([
      { kind: 'paragraph', text: "The company's chief executive, Jane Doe, joined in 2019." },
      { kind: 'paragraph', text: 'The chief executive said the results were strong.' },
    ]);
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['Jane Doe', 'person']]);
  });
  it('takes a surname that is also an outlet for the person the article named', () => {
    const found = analyze([
      { kind: 'paragraph', text: 'Michael Bloomberg toured the plant on Monday.' },
      { kind: 'paragraph', text: 'Bloomberg said the plan was sound.' },
    ]);
    expect(found.map((a) => [a.source, a.sourceKind])).toEqual([['Michael Bloomberg', 'person']]);
  });
});

describe('the claim and the sentence a reader sees', () => {
  it('joins a quotation split by its cue into one claim', () => {
    expect(one('“The plan,” Ortiz said, “is dead.”').map((a) => [a.source, a.claim])).toEqual([['Ortiz', 'The plan is dead']]);
    expect(one('“We lost,” Ortiz said.').map((a) => a.claim)).toEqual(['We lost']);
  });
  it('leaves the listener of ", telling X that" out of the claim', () => {
    const [found] = one('Ortiz did not address the group, telling Fox 35 that the organization was biased.');
    expect([found?.source, found?.cue, found?.claim]).toEqual(['Ortiz', 'telling ... that', 'the organization was biased.']);
  });
  it('keeps a speaker tag after a question in the quotation’s sentence', () => {
    const [a] = one('“Are we done yet?” Jensen said.');
    expect([a?.source, a?.sentence, a?.claim]).toEqual(['Jensen', '“Are we done yet?” Jensen said.', 'Are we done yet']);
  });
  it('keeps a speaker tag after a quotation of several exclamations in the sentence the quotation opened in', () => {
    const [a] = one('“Stop! Go home now!”, Okafor shouted.');
    expect([a?.source, a?.sentence]).toEqual(['Okafor', '“Stop! Go home now!”, Okafor shouted.']);
  });
  it('leaves a cue set inside its content out of the claim', () => {
    expect(one('Every spring, county officials said, the program draws thousands of visitors.').map((a) => a.claim))
      .toEqual(['Every spring the program draws thousands of visitors.']);
  });
  it('takes a quoted name inside a noun phrase into the source', () => {
    expect(one('According to the new “heat map” of county data, crime fell.').map((a) => a.source))
      .toEqual(['the new “heat map” of county data']);
  });
  it('reads a cue word after a possessive as a noun', () => {
    expect(one("The governor's promises of lower taxes won him the race.")).toEqual([]);
  });
});

describe('more ways of saying', () => {
  detects([
    ['Woodrow Benford, 58, who lives outside Minneapolis, says he did not know much about the senator.', 'Woodrow Benford', 'person'],
    ['Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision.', 'Jason Sims', 'person'],
    ['Six in 10 say the governor is at least somewhat decisive.', 'Six in 10', 'anonymous'],
    ['After the first debate, half said the same.', 'half', 'anonymous'],
    ['Majorities in both parties say they want the law to stay.', 'Majorities in both parties', 'anonymous'],
    // A day's possessive inside the source ("Saturday's primary") neither ends the phrase nor dates the statement.
    ["A survey of shoppers at Sunday's flea market showed that prices had doubled.", "A survey of shoppers at Sunday's flea market", 'document'],
    ['An aide briefed on the agenda of Monday’s summit says fishing rights come first.', 'An aide briefed on the agenda of Monday’s summit', 'anonymous'],
    ['Harbor polling showed that the ferry plan had lost support.', 'Harbor polling', 'document'],
    ['Footage from the dock shows that the crane toppled first.', 'Footage from the dock', 'document'],
    ['The ministry issued a statement saying the talks had failed.', 'The ministry', 'organization'],
    ['The senator ended the speech by saying the vote was a disgrace.', 'The senator', 'person'],
    ['He could be heard saying that the vote was rigged.', 'He', 'person'],
    ['The memo goes on to say that the agency had been warned.', 'The memo', 'document'],
    ['The mayor called on residents to stay indoors.', 'The mayor', 'person'],
    // "call for": a demand is the caller's content; calling for help or backup is an action.
    ['Senator Alvarez called for the resignation of the county treasurer.', 'Senator Alvarez', 'person'],
    ['The union is calling for the plant to stay open through the winter.', 'The union', 'organization'],
    ['Bellwether County Says Trump Should Win Nomination.', 'Bellwether County', 'organization'],
    // "told" with an audience that is no source-like phrase, before or after the claim.
    ['"This race is far from over," the senator told a rally in Dayton.', 'the senator', 'person'],
    ['"We are going to win this state," Marlow tells hundreds of cheering supporters at a hotel ballroom.', 'Marlow', 'person'],
    ['"I could barely hear the question," Okafor told NBC\'s "Meet the Press" on Sunday.', 'Okafor', 'person'],
    ['Delgado told a crowd in Tampa on Tuesday that the tariffs would hurt farmers.', 'Delgado', 'person'],
    ['Delgado told a briefing in Akron they had found the missing ledgers.', 'Delgado', 'person'],
    ['Marlow also told Channel 4 he’d back the bill.', 'Marlow', 'person'],
    ['"The mayor was in the building," Reyes told the Gazette in an exclusive interview.', 'Reyes', 'person'],
    // Questions: a listener, then what was asked.
    ['A reporter asked the governor how long the shelters would stay open.', 'A reporter', 'anonymous'],
    ['The moderator asked the candidates whether they would accept the result.', 'The moderator', 'anonymous'],
    ['She asked the crowd: "Are you ready to vote?"', 'She', 'person'],
    ['Marlow asked, “Will the bridge reopen before the winter?”', 'Marlow', 'person'],
    ['Okafor asks at the library fundraiser, “Who brought the raffle tickets?”', 'Okafor', 'person'],
    // The progressive: "is telling", "has been saying".
    ['Delgado is telling voters in Ohio that the plant will reopen.', 'Delgado', 'person'],
    ['The union has been saying for months that the pension fund is short.', 'The union', 'organization'],
  ]);
  ignores([
    'The team won 3 in 10 games last season.',
    'The company went on to sell its shares.',
    'He asked to remain anonymous.',
    'She asked for a lawyer.',
    'The party is showing signs of strain.',
    'He told the story of his escape.',
  ]);
});

describe('coordinated sources', () => {
  it('splits two bodies each named with a word of their kind, not one body whose name has "and"', () => {
    const sources = (sentence: string) => analyze([{ kind: 'paragraph', text: sentence }]).map((a) => a.source);
    expect(sources('Rents doubled, according to a joint investigation by the Ledger and the Courier.')).toEqual(['the Ledger', 'the Courier']);
    expect(sources('Tourism grew, according to the World Travel and Tourism Council.')).toEqual(['the World Travel and Tourism Council']);
  });
});

describe('claims', () => {
  it('does not take a gerund after the cue for content that resumes ("…,” he said, citing …")', () => {
    const found = analyze([{ kind: 'paragraph', text: '“This is not a hard race,” he said, citing the polls of last week.' }]);
    expect(found.find((a) => a.cue === 'said')?.claim).toBe('This is not a hard race');
  });
});
