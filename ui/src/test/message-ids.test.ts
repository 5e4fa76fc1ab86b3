/**
 * Every message id the UI names must exist in both languages. The UI names ids as literals in
 * `t('…')` or `msg('…')`. Ids built from codes at run time are built only in lib/messages.ts;
 * the core's test of `i18n::ids_built_from_codes` checks every code has its message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { makeBundle } from '../lib/i18n.svelte';
import { ftlFiles } from './ftl';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bindings' || name === 'test' ? [] : sources(path);
    return /\.(svelte|ts)$/.test(name) ? [path] : [];
  });
}

export function idsIn(code: string): string[] {
  return [...code.matchAll(/\b(?:t|msg)\(\s*(['"])([^'"]*)\1/g)].map((m) => m[2]);
}

describe('message ids in the UI', () => {
  const files = sources(srcDir);
  const used = new Map<string, string>();
  for (const file of files) for (const id of idsIn(readFileSync(file, 'utf8'))) used.set(id, relative(srcDir, file));

  it('the scan sees the UI sources and the ids in them', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(used.size).toBeGreaterThan(30);
    expect(idsIn(`t('a-b') t("c") msg('d-e') format('no') it('no')`)).toEqual(['a-b', 'c', 'd-e']);
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`every id exists in ${lang}`, () => {
      const bundle = makeBundle(lang, ftlFiles(lang));
      const missing = [...used].filter(([id]) => !bundle.getMessage(id)?.value).map(([id, file]) => `${id} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  it('no id is built at run time outside lib/messages.ts', () => {
    const dynamic = files
      .filter((f) => !f.endsWith(join('lib', 'messages.ts')))
      .filter((f) => /\b(?:t|msg)\(\s*`/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(srcDir, f));
    expect(dynamic).toEqual([]);
  });
});
