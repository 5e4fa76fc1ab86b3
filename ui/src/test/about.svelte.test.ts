/**
 * The About section of the help page in jsdom with the real texts: the build and its folders in
 * either language, and the licences loaded only when asked for, grouped by what ships them,
 * with no axe violations once shown.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { invoke } from '@tauri-apps/api/core';
import AboutSection from '../help/AboutSection.svelte';
import type { About } from '../lib/bindings/About';
import type { Licences } from '../lib/bindings/Licences';
import { i18n } from '../lib/i18n.svelte';
import { allFiles } from './ftl';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));

const about: About = {
  version: '0.1.0',
  buildDate: '2026-12-03',
  commit: '0123456789ab',
  dataFolder: '/home/user/.local/share/fi.kanta.extranet.desktop',
  logFolder: '/home/user/.local/share/fi.kanta.extranet.desktop/logs',
};
const licences: Licences = {
  complete: false,
  groups: [
    { kind: 'rust-crate', licence: 'MIT', text: 'Permission is hereby granted...', packages: ['serde 1.0.0', 'tauri 2.12.0'] },
    { kind: 'npm-package', licence: 'Apache-2.0', text: '', packages: ['@fluent/bundle 0.19.1'] },
    { kind: 'font', licence: 'OFL-1.1', text: 'SIL OPEN FONT LICENSE Version 1.1', packages: ['Source Sans 3 (the PDF\'s fonts)'] },
  ],
};

beforeEach(() => {
  i18n.load(allFiles(), 'fi');
  vi.mocked(invoke).mockImplementation(async (command: string) => (command === 'about' ? about : command === 'licences' ? licences : undefined));
});
afterEach(() => {
  cleanup();
  vi.mocked(invoke).mockReset();
});

describe('the About section', () => {
  it('names the build and its folders, in the language shown', async () => {
    const { findByTestId, getByTestId } = render(AboutSection);
    expect((await findByTestId('about-version')).textContent).toBe('Versio 0.1.0, koottu 2026-12-03');
    expect(getByTestId('about-commit').textContent).toContain('0123456789ab');
    expect(getByTestId('about-data-folder').textContent).toBe(about.dataFolder);
    expect(getByTestId('about-log-folder').textContent).toBe(about.logFolder);
    i18n.language = 'sv';
    await tick();
    expect(getByTestId('about-version').textContent).toBe('Version 0.1.0, byggd 2026-12-03');
    expect(invoke).not.toHaveBeenCalledWith('licences');
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`shows the licences when asked, by what ships them, with no axe violations, in ${lang}`, async () => {
      i18n.language = lang;
      const { container, findByTestId, getByTestId } = render(AboutSection);
      await fireEvent.click(getByTestId('about-licences-show'));
      const list = await findByTestId('about-licences');
      expect(document.activeElement).toBe(list);
      expect(list.querySelectorAll('h4')).toHaveLength(3);
      expect(getByTestId('licence-rust-crate-0').querySelector('summary')!.textContent).toBe('serde 1.0.0, tauri 2.12.0 (MIT)');
      expect(getByTestId('licence-rust-crate-0').querySelector('pre')!.textContent).toBe('Permission is hereby granted...');
      // A package that ships no text of its own is said to, not shown as an empty box.
      expect(getByTestId('licence-npm-package-0').querySelector('pre')).toBeNull();
      expect(getByTestId('licence-npm-package-0').textContent).toContain('Apache-2.0');
      expect(getByTestId('about-licences-incomplete')).toBeTruthy();
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
});
