/// <reference types="vite/client" />
// No regular expression in the engine or its lexicons may backtrack catastrophically. Every RegExp
// the modules under src/core export (at any depth: PATTERNS, objects, arrays, Maps, Sets) and every
// regular-expression literal in their source is checked with recheck (https://makenowjust-labs.github.io/recheck/),
// which proves a pattern safe with automata theory or finds an attack string by fuzzing. So is every
// literal in the rest of src/ (the CLI, the extension, the exports), which also read untrusted text.
// `npm run bench` times the engine on the worst strings we can build.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-dir.mjs';
import { BUNDLED_LANGUAGES } from '../src/core/lang/bundled';
import { compileLanguage } from '../src/core/lang/compile';

type Diagnostics = { status: 'safe' | 'vulnerable' | 'unknown'; complexity?: { type: string; summary?: string }; attack?: { pattern: string }; error?: { kind: string; message?: string } };
const { checkSync } = createRequire(import.meta.url)('recheck') as { checkSync(source: string, flags: string, params?: object): Diagnostics };

const srcDir = path.join(repoRoot, 'src');
const coreDir = path.join(srcDir, 'core');
/** Files that build patterns from data; what they build is walked (exports, compiled packs). */
const BUILT_FROM_DATA = new Set(['patterns.ts', path.join('lang', 'compile.ts'), path.join('lexicon', 'name-parts.ts')]);

interface Found {
  /** Where the pattern was found: "patterns.ts PATTERNS.token", "text/quotes.ts:21". */
  where: string;
  source: string;
  flags: string;
}

/** Every RegExp reachable from a module's exports. */
function exportedPatterns(): Found[] {
  const modules = import.meta.glob('../src/core/**/*.ts', { eager: true });
  const found: Found[] = [];
  const seen = new WeakSet<object>();
  const walk = (value: unknown, where: string, depth: number): void => {
    if (value instanceof RegExp) {
      found.push({ where, source: value.source, flags: value.flags });
      return;
    }
    if (value === null || typeof value !== 'object' || depth > 8 || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        walk(k, `${where}.key`, depth + 1);
        walk(v, `${where}.get(${JSON.stringify(String(k)).slice(0, 40)})`, depth + 1);
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      let i = 0;
      for (const v of value as Iterable<unknown>) walk(v, `${where}[${i++}]`, depth + 1);
    } else {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, depth + 1);
    }
  };
  for (const [file, exports] of Object.entries(modules)) {
    const name = path.relative(coreDir, path.resolve(path.dirname(new URL(import.meta.url).pathname), file));
    for (const [key, value] of Object.entries(exports as object)) walk(value, `${name} ${key}`, 0);
  }
  // Every pattern of every bundled language pack, as the engine compiles it.
  for (const data of BUNDLED_LANGUAGES) walk(compileLanguage(data), `lang/${data.code} (compiled)`, 0);
  return found;
}

const sourceFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
  .map((e) => path.join(e.parentPath, e.name));

/** The source files of src/ outside the engine. */
const outsideCore = (): string[] => sourceFiles(srcDir).filter((f) => !f.startsWith(coreDir + path.sep));

interface SourceScan {
  literals: Found[];
  /** RegExp(...) / new RegExp(...) calls whose pattern cannot be known without running them. */
  dynamic: string[];
}

/**
 * Regular-expression literals in the engine's source (or in `files`, named from src/), and the
 * RegExp constructor calls.
 */
function scanSource(files = sourceFiles(coreDir), base = coreDir): SourceScan {
  const scan: SourceScan = { literals: [], dynamic: [] };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const rel = path.relative(base, file);
    const at = (node: ts.Node): string => `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const t = node.text;
        const slash = t.lastIndexOf('/');
        scan.literals.push({ where: at(node), source: t.slice(1, slash), flags: t.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const first = node.arguments?.[0];
        // A copy of a checked pattern (new RegExp(PATTERNS.x.source, flags), or of a literal named in
        // the same file: new RegExp(IGNORED.source, 'g')) is itself checked.
        const copiesPattern = first !== undefined && /^(?:PATTERNS\.\w+!?|[A-Z][A-Z0-9_]*)\.source$/.test(first.getText(sf));
        // Construction inside patterns.ts is checked through PATTERNS, which exports the results; the
        // patterns a language pack's data builds (lang/compile.ts) and the name-part patterns
        // (lexicon/name-parts.ts, exported) are checked through every compiled bundled pack.
        if (!copiesPattern && !BUILT_FROM_DATA.has(rel)) scan.dynamic.push(`${at(node)}: ${node.getText(sf).slice(0, 100)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return scan;
}

/** recheck does not know the `d` flag (match indices), which changes nothing about matching. */
const checkableFlags = (flags: string): string => flags.replace(/d/g, '');

function check(p: Found): Diagnostics {
  return checkSync(p.source, checkableFlags(p.flags), { timeout: 30_000 });
}

const describePattern = (p: Found, d: Diagnostics): string =>
  `${p.where}: /${p.source}/${p.flags} is ${d.status}`
  + (d.complexity ? ` (${d.complexity.type}${d.complexity.summary ? `: ${d.complexity.summary}` : ''})` : '')
  + (d.attack ? `; attack string: ${d.attack.pattern.slice(0, 120)}` : '')
  + (d.error ? `; ${d.error.kind}${d.error.message ? `: ${d.error.message}` : ''}` : '');

/** Checks each distinct pattern of `found` once; every one must be proven safe. */
function expectAllSafe(found: readonly Found[], label: string): void {
  const unique = new Map<string, Found>();
  for (const p of found) if (!unique.has(`/${p.source}/${p.flags}`)) unique.set(`/${p.source}/${p.flags}`, p);
  const failures: string[] = [];
  for (const p of unique.values()) {
    const d = check(p);
    if (d.status !== 'safe') failures.push(describePattern(p, d));
  }
  console.log(`${label}: ${unique.size} distinct patterns (${found.length} found), ${unique.size - failures.length} safe`);
  expect(failures, `patterns that are not proven safe:\n${failures.join('\n')}`).toEqual([]);
}

describe('ReDoS', () => {
  it('the checker works: it flags a pattern known to backtrack, and passes a linear one', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    expect(checkSync('^[\\s,;:]+|[\\s,;:]+$', 'g').status).toBe('vulnerable'); // polynomial, not only exponential
    expect(checkSync('^\\p{Lu}[\\p{L}\'-]*$', 'u').status).toBe('safe');
  });

  it('the source scan and the export walk find the patterns they should', () => {
    const { literals } = scanSource();
    expect(literals.some((p) => p.where.startsWith('text-blocks.ts'))).toBe(true);
    expect(exportedPatterns().some((p) => p.where.startsWith('patterns.ts PATTERNS.'))).toBe(true);
    expect(exportedPatterns().some((p) => p.where.startsWith('lang/en (compiled)'))).toBe(true);
  });

  it('every pattern the engine exports or writes as a literal is safe', () => {
    const all = [...exportedPatterns(), ...scanSource().literals];
    expect(all.length).toBeGreaterThan(0);
    expectAllSafe(all, 'recheck');
  }, 300_000);

  it('no pattern is built at run time outside patterns.ts (it could not be checked)', () => {
    expect(scanSource().dynamic).toEqual([]);
  });

  it('every literal in the rest of src/ (CLI, extension, exports) is safe, and none is built at run time', () => {
    const { literals, dynamic } = scanSource(outsideCore(), srcDir);
    expect(literals.length).toBeGreaterThan(36);
    expect(literals.some((p) => p.where.startsWith(path.join('popup', 'export.ts')))).toBe(true);
    expectAllSafe(literals, 'recheck outside src/core');
    expect(dynamic).toEqual([]);
  }, 300_000);
});
