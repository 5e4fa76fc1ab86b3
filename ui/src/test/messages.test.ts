/**
 * The helpers generated from the .ftl files (lib/generated/messages.ts, by scripts/messages.mjs):
 * one per message of both languages, each formatting its own message with the variables it
 * names. That a missing id or a wrong variable does not compile is the type check's (`npm run
 * check`); these check what the generator wrote.
 */
import { describe, expect, it } from 'vitest';

import { m, type MessageArgs } from '../lib/generated/messages';
import { i18n, makeBundle, msg, t } from '../lib/i18n.svelte';
import { allFiles, ftlFiles } from './ftl';

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('the generated message helpers', () => {
  const ids = Object.keys(m).length;

  for (const lang of ['fi', 'sv'] as const) {
    it(`name exactly the messages of ${lang}`, () => {
      const bundle = makeBundle(lang, ftlFiles(lang));
      const inFiles = ftlFiles(lang)
        .flatMap((file) => [...file.source.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((match) => match[1]))
        .filter((id) => bundle.getMessage(id)?.value);
      expect(new Set(inFiles).size).toBe(ids);
      expect(inFiles.filter((id) => !(camel(id) in m))).toEqual([]);
    });
  }

  it('format their own message, with their variables, in the current language', () => {
    i18n.load(allFiles(), 'fi');
    expect(m.appTitle()).toBe('Kanta Extranet');
    expect(m.errorSummaryHeading({ count: 3 })).toBe('Lomakkeessa on 3 virhettä');
    expect(m.actingFor({ organisation: 'Apteekki Kuusela' })).toContain('Apteekki Kuusela');
    i18n.language = 'sv';
    expect(m.appTitle()).toBe('Kanta Extranätet');
    expect(m.errorSummaryHeading({ count: 1 })).not.toContain('{');
  });

  it('type an id kept in data as the message it names', () => {
    i18n.load(allFiles(), 'sv');
    const kept = msg('language-name-fi');
    expect(t(kept)).toBe(m.languageNameFi());
    const args: MessageArgs['error-summary-heading'] = { count: 2 };
    expect(t('error-summary-heading', args)).toBe(m.errorSummaryHeading(args));
  });
});
