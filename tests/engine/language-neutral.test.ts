// The shared engine holds no word of any language: every word it compares a token with comes from the
// text's language pack (src/core/lang/CODE). This test reads every string and template literal in
// src/core outside lang/ and fails on one holding a word that some pack lists, unless the literal is
// one of the engine's own identifiers (kinds, rule families, ...), which happen to be English words.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { PROFILE_CATEGORIES } from '../../src/core/profile';
import { RULE_FAMILIES } from '../../src/core/rules';
import { CLASSIFIERS } from '../../src/core/sources/classify';
import { SOURCE_KINDS } from '../../src/core/types';
import { LANGUAGE_CODES, packDir } from '../helpers/languages';

const coreDir = path.join(repoRoot, 'src', 'core');

/** Values of the engine's own string types: they name things in the code, they are never matched against text. */
const IDENTIFIERS = new Set<string>([
  ...SOURCE_KINDS, ...PROFILE_CATEGORIES, ...Object.keys(RULE_FAMILIES), ...CLASSIFIERS.map(([name]) => name), ...LANGUAGE_CODES,
  'paragraph', 'quote', 'item', 'heading', // BlockKind
  'direct', 'indirect', 'mixed', // QuoteType
  'none', 'complement', 'forward', 'of', 'object', 'research', // CueNeeds
  'person', 'body', 'group', 'any', // what a pronoun refers to
  'comma', 'pause', // what must follow a prepositional cue's source
  'appositive', 'aside', 'name', 'other', // what a comma-set segment is (sources/noun-phrase.ts)
]);

/** Every word (two letters or more) in a pack's data files, its test sentences left out. */
function packWords(code: string): Set<string> {
  const words = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string') for (const w of v.toLowerCase().split(/[^\p{L}']+/u)) { if (w.length > 1) words.add(w); }
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') Object.values(v).forEach(add);
  };
  for (const file of readdirSync(packDir(code))) {
    if (file.endsWith('.json') && file !== 'examples.json') add(JSON.parse(readFileSync(path.join(packDir(code), file), 'utf8')));
  }
  return words;
}

/** An import's module name, a literal used as a type, an error's message: not text the engine compares. */
function isModuleOrType(node: ts.Node): boolean {
  const up = node.parent;
  if (!up) return false;
  if (ts.isImportDeclaration(up) || ts.isExportDeclaration(up) || ts.isLiteralTypeNode(up)) return true;
  // A regular expression's source is checked by tests/redos.test.ts, an error's message is for developers.
  const expression = ts.isTemplateSpan(up) ? up.parent : up;
  const call = expression && ts.isTemplateExpression(expression) ? expression.parent : expression;
  return call !== undefined && ts.isNewExpression(call) && ['Error', 'RegExp'].includes(call.expression.getText());
}

/** String literals of the engine outside lang/ that hold a pack's word, as "file:line text [words]". */
function wordLiterals(words: ReadonlySet<string>): string[] {
  const files = readdirSync(coreDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !path.relative(coreDir, f).startsWith(`lang${path.sep}`));
  const found: string[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
        || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
      if (literal && !isModuleOrType(node) && !IDENTIFIERS.has(node.text)) {
        const hits = node.text.toLowerCase().split(/[^\p{L}']+/u).filter((w) => w.length > 1 && words.has(w));
        if (hits.length) found.push(`${path.relative(coreDir, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(node.text)} [${hits.join(', ')}]`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

describe('the shared engine is language-neutral', () => {
  const words = new Set(LANGUAGE_CODES.flatMap((code) => [...packWords(code)]));

  it('the check sees the packs\' words and finds a planted one', () => {
    expect(words.has('according')).toBe(true);
    const sf = ts.createSourceFile('x.ts', "if (t.norm === 'according') {}", ts.ScriptTarget.Latest, true);
    const planted: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) && words.has(node.text)) planted.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(sf);
    expect(planted).toEqual(['according']);
  });

  it('no string literal in src/core outside lang/ holds a word of any language pack', () => {
    expect(wordLiterals(words)).toEqual([]);
  });
});
