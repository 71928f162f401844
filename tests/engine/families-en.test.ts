// Table-driven checks of the English pack, one table per construction: sentences written for these
// tests (not taken from any corpus), the source found and its kind, and near-misses that must give
// nothing. The older English tables are in families.test.ts.
import { describe } from 'vitest';
import { familyChecks } from '../helpers/families';

const { detects, ignores } = familyChecks();

describe('en: a verb after ", and" shares the subject of the clause before the comma', () => {
  detects([
    ['The judge paused for a moment, and then said that the hearing was adjourned.', 'The judge', 'person'],
    ['The mayor left the podium, and said the budget would pass.', 'The mayor', 'person'],
    ['On Monday, Senator Ana Ruiz walked out of the hearing, and later told reporters that the bill was dead.', 'Ana Ruiz', 'person'],
    ['She paused for a moment, and then added that the talks would resume.', 'She', 'person'],
    ['The company cut 400 jobs, and analysts said that more cuts would come.', 'analysts', 'anonymous'],
  ]);
  ignores([
    // A list before "and" is no clause with a subject.
    'The tour stopped in Ohio, Iowa, and said goodbye.',
    'He toured Ohio, Iowa and Utah, and then said goodbye to the staff.',
  ]);
});

describe('en: a document subject with a word after its noun ("a survey out this month", "likely voters")', () => {
  detects([
    ['A survey out this month finds that most renters expect higher costs.', 'A survey', 'document'],
    ['A new poll out Tuesday shows that the mayor has lost ground.', 'A new poll', 'document'],
    ['The report out on Monday says the river is cleaner than a decade ago.', 'The report', 'document'],
    ['A poll of likely voters finds that the race is tied.', 'A poll of likely voters', 'document'],
    ['A poll of likely Democratic voters shows the governor ahead by six points.', 'A poll of likely Democratic voters', 'document'],
    ['Most of the likely voters said the economy mattered most.', 'likely voters', 'anonymous'],
  ]);
  ignores([
    // "out" after a noun that is no document, and a verb that is no cue.
    'The crowd out front cheered when the results came in.',
    'A poll of likely voters was taken last week.',
  ]);
});

describe('en: a parenthetical cue inside a cue ("X said, she thought, …")', () => {
  detects([
    ['Gedrich said, she thought, the plan would fail.', 'Gedrich', 'person'],
    ['The plan, Gedrich said, she thought, would fail within a year.', 'Gedrich', 'person'],
  ]);
});

describe('en: long descriptions between a name and its verb', () => {
  detects([
    // A description that opens with a role or an article runs past the length of a short appositive.
    ['Dana Kell, director of the Institute for Rural Health and Policy at the School of Medicine at Lakeview University, said the clinics would close.', 'Dana Kell', 'person'],
    ['Ron Petit, a former aide to several Ohio Democrats such as former Gov. Ann Ruiz and former Rep. Tom Hale, wrote that the race was close.', 'Ron Petit', 'person'],
    ['Ortiz, the front-runner in the state polls and the favorite of most party donors after a strong showing in the first debates, said he was pleased.', 'Ortiz', 'person'],
    // A role after a place's name; a description of the body the speaker works for.
    ['Lena Fox, Nevada director for the campaign, said the office would open on Monday.', 'Lena Fox', 'person'],
    ['Paul Brandt of Hanseatic, the largest private bank in the city, warned that rates would rise.', 'Paul Brandt', 'person'],
    // A firm's name joined by an ampersand inside the description.
    ['Nora Lind, who values farmland for the brokerage Hollis & Kemp, said prices had peaked.', 'Nora Lind', 'person'],
    ['Ana Ruiz, a partner at Smith & Cole, said the deal was fair.', 'Ana Ruiz', 'person'],
  ]);
  ignores([
    'Ortiz, the front-runner in the state polls and the favorite of most party donors after a strong showing in the first debates, left early.',
  ]);
});

describe('en: shares of those polled ("three-fourths say", "voters overall said")', () => {
  detects([
    ['Most renters back the plan, and three-fourths say the city should build more housing.', 'three-fourths', 'anonymous'],
    ['One-fourth said they had not decided.', 'One-fourth', 'anonymous'],
    ['Nearly seven in 10 likely voters overall said the economy was their main concern.', 'voters', 'anonymous'],
    ['Voters overall said the schools needed more money.', 'Voters', 'anonymous'],
  ]);
  ignores([
    'The overall score rose by three points.',
    'Three-fourths of the budget goes to salaries.',
  ]);
});

describe('en: a cue gerund after "after", "before", "since", "upon": the main clause\'s subject speaks', () => {
  detects([
    ['After saying that the vote was rigged, the candidate left the stage.', 'the candidate', 'anonymous'],
    ['Since announcing in May that she would retire, Judge Ana Ruiz has kept a low profile.', 'Ana Ruiz', 'person'],
    ['Kell, after saying he would not run, filed his papers on Friday.', 'Kell', 'person'],
    ['The mayor drew criticism after telling reporters that the flood was over.', 'The mayor', 'person'],
  ]);
  ignores([
    'After the vote, the team left the hotel.',
    'After saying goodbye, the team left the hotel.',
    'Before leaving, the senator thanked his staff.',
    'The crowd cheered after the speech ended.',
  ]);
});
