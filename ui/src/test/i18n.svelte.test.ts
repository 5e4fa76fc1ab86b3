import { describe, expect, it } from 'vitest';

import { makeBundle, Translations } from '../lib/i18n.svelte';
import { allFiles, ftlFiles } from './ftl';

describe('Translations', () => {
  it('formats the same id in both languages and switches at once', () => {
    const texts = new Translations();
    texts.load(allFiles(), 'sv');
    expect(texts.format('app-title')).toBe('Kanta Extranätet');
    texts.language = 'fi';
    expect(texts.format('app-title')).toBe('Kanta Extranet');
  });

  it('fills in variables and plurals without isolation marks', () => {
    const texts = new Translations();
    texts.load(allFiles(), 'fi');
    expect(texts.format('error-summary-heading', { count: 1 })).toBe('Lomakkeessa on yksi virhe');
    expect(texts.format('error-summary-heading', { count: 3 })).toBe('Lomakkeessa on 3 virhettä');
    texts.language = 'sv';
    const max = texts.format('validation-too-long', { max: 50 });
    expect(max).toBe('Skriv högst 50 tecken.');
    expect(max).not.toMatch(/[\u2068\u2069]/);
  });

  it('resolves terms such as the save-and-continue button name', () => {
    const texts = new Translations();
    texts.load(allFiles(), 'sv');
    expect(texts.format('button-save-and-continue')).toBe('Spara och fortsätt');
    expect(texts.format('instructions-timing')).toContain('Spara och fortsätt');
  });

  it('shows a missing id as itself rather than nothing', () => {
    const texts = new Translations();
    texts.load(allFiles(), 'fi');
    expect(texts.format('no-such-message')).toBe('no-such-message');
  });

  it('parses every shipped file without errors', () => {
    for (const lang of ['fi', 'sv'] as const) {
      for (const file of ftlFiles(lang)) {
        const bundle = makeBundle(lang, [file]);
        expect(bundle, `${lang}/${file.name}`).toBeTruthy();
      }
    }
  });
});
