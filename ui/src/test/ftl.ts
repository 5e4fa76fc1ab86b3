/** The real .ftl files from the repository's i18n/ folder, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { FtlFile } from '../lib/bindings/FtlFile';
import type { Language } from '../lib/bindings/Language';

const i18nDir = join(dirname(fileURLToPath(import.meta.url)), '../../../i18n');

export function ftlFiles(lang: Language): FtlFile[] {
  return readdirSync(join(i18nDir, lang))
    .filter((name) => name.endsWith('.ftl'))
    .sort()
    .map((name) => ({ name, source: readFileSync(join(i18nDir, lang, name), 'utf8') }));
}

export const allFiles = () => ({ fi: ftlFiles('fi'), sv: ftlFiles('sv') });
