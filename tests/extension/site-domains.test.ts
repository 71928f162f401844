// The domains of cited outlets and organizations come from the engine's lexicon.
import { describe, expect, test } from 'vitest';
import { siteDomain } from '../../src/background/site-domains';

describe('siteDomain', () => {
  test.each([
    ['Reuters', 'reuters.com'],
    ['the Free Beacon', 'freebeacon.com'],
    ['The Associated Press', 'apnews.com'],
    ['AP', 'apnews.com'],
    ['Axios.com', 'axios.com'],
    ['www.Politico.eu', 'politico.eu'],
    ['Daesh Daily', null],
    ['two sources', null],
    ['', null],
    [null, null],
  ])('%s → %s', (name, expected) => {
    expect(siteDomain(name)).toBe(expected);
  });
});
