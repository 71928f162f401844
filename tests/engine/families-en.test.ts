// Table-driven checks of the English pack, one table per construction: sentences written for these
// tests (not taken from any corpus), the source found and its kind, and near-misses that must give
// nothing. The older English tables are in families.test.ts.
import { describe } from 'vitest';
import { familyChecks } from '../helpers/families';

const { detects, ignores } = familyChecks();

describe('en: a verb after ", and" shares the subject of the clause before the comma', () => {
  detects([
    ['The judge rubbed his chin, and then said that the case was closed.', 'The judge', 'person'],
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
