// corpus:sync on two small corpus folders: what it copies, what it leaves alone, what it reports.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySync, pagesWithoutOrigin, planSync } from '../../src/eval/sync';
import { fileTree } from '../helpers/file-tree';

describe('corpus sync', () => {
  const shared = () => fileTree({
    'README.md': 'their readme', 'GUIDELINE.md': 'their guideline',
    'pages/a.html': 'A', 'gold/a.json': '{"page":"a.html"}',
    'pages/b.html': 'B2', 'gold/b.json': '{"page":"b.html","v":2}',
    'fr/pages/c.html': 'C', 'fr/gold/c.json': '{"page":"c.html"}',
    'it/pages/d.txt': 'D', 'it/gold/d.json': '{"page":"d.txt"}',
  });
  const repo = () => fileTree({
    'README.md': 'our readme with `pages/a.html`',
    'pages/a.html': 'A', 'gold/a.json': '{"page":"a.html"}',
    'pages/b.html': 'B1', 'gold/b.json': '{"page":"b.html","v":1}',
    'pages/local.html': 'L', 'gold/local.json': '{"page":"local.html"}',
  });

  it('plans new files (a new language too) and changed files, and lists files only the repository has', () => {
    expect(planSync(shared(), repo())).toEqual({
      added: ['fr/pages/c.html', 'fr/gold/c.json', 'it/pages/d.txt', 'it/gold/d.json'],
      updated: ['pages/b.html', 'gold/b.json'],
      onlyInRepository: ['pages/local.html', 'gold/local.json'],
    });
  });

  it('copies exactly what it planned, deletes nothing, leaves README and GUIDELINE alone; a second run finds nothing to do', () => {
    const from = shared();
    const to = repo();
    const plan = planSync(from, to);
    applySync(plan, from, to);
    expect(readFileSync(path.join(to, 'pages/b.html'), 'utf8')).toBe('B2');
    expect(readFileSync(path.join(to, 'it/gold/d.json'), 'utf8')).toBe('{"page":"d.txt"}');
    expect(existsSync(path.join(to, 'pages/local.html'))).toBe(true);
    expect(readFileSync(path.join(to, 'README.md'), 'utf8')).toBe('our readme with `pages/a.html`');
    expect(existsSync(path.join(to, 'GUIDELINE.md'))).toBe(false);
    expect(planSync(from, to)).toEqual({ added: [], updated: [], onlyInRepository: ['pages/local.html', 'gold/local.json'] });
  });

  it('names the copied pages that the table of origins does not list yet', () => {
    const plan = { added: ['pages/a.html', 'fr/pages/c.html', 'fr/gold/c.json'], updated: ['pages/b.html'], onlyInRepository: [] };
    expect(pagesWithoutOrigin(plan, 'rows: `pages/a.html` …')).toEqual(['fr/pages/c.html', 'pages/b.html']);
  });
});
