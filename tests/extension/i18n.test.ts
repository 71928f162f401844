// Every UI string comes from _locales/en/messages.json: no hard-coded text in the popup's JSX, every
// key used exists, every placeholder is declared, and no message is dead.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import messages from '../../_locales/en/messages.json';

const root = path.resolve(import.meta.dirname, '..', '..');
const catalogue = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const UI_DIRS = ['src/popup', 'src/shared', 'src/background', 'src/content'];
const files = (await Promise.all(UI_DIRS.map(sourceFiles))).flat();
const parsed = await Promise.all(files.map(async (file) => ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true,
  file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)));

function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

describe('UI strings', () => {
  test('the popup\'s JSX holds no hard-coded text', () => {
    const found: string[] = [];
    for (const source of parsed) {
      visit(source, (node) => {
        const where = () => `${path.relative(root, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(`${where()} text "${node.text.trim()}"`);
        if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer
          && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text)) {
          found.push(`${where()} ${node.name.getText()}="${node.initializer.text}"`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  test('every t(key) names a message; every message is used (by the code or the manifest)', async () => {
    const used = new Set<string>();
    for (const source of parsed) {
      visit(source, (node) => {
        if (ts.isCallExpression(node) && node.expression.getText() === 't' && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
          used.add(node.arguments[0].text);
        }
        // Keys held in lookup tables (kind labels, status labels, link labels) are string literals typed MessageKey.
        if (ts.isStringLiteral(node) && node.text in catalogue) used.add(node.text);
      });
    }
    const manifest = await readFile(path.join(root, 'manifest.json'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) used.add(key!);
    expect([...used].filter((key) => !(key in catalogue))).toEqual([]);
    expect(Object.keys(catalogue).filter((key) => !used.has(key))).toEqual([]);
  });

  test.each(Object.entries(catalogue))('%s: placeholders are declared, numbered and used', (_, entry) => {
    const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
    const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
    expect(named.sort()).toEqual([...declared].sort());
    for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content).toMatch(/^\$[1-9]$/);
    expect(entry.message.trim()).not.toBe('');
  });
});
