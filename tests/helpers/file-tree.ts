// A fresh temporary folder holding the given files (paths may have folders); returns the folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function fileTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'al-tree-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}
