/**
 * The help page in jsdom with the real texts: no axe violations in either language, every link
 * the guide names, and a link asks the core to open it (the webview navigates nowhere); a link
 * no browser opened shows its address.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { invoke } from '@tauri-apps/api/core';
import HelpPage from '../help/HelpPage.svelte';
import { i18n } from '../lib/i18n.svelte';
import { allFiles } from './ftl';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn(async () => undefined) }));

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(() => {
  cleanup();
  vi.mocked(invoke).mockClear();
});

describe('the help page', () => {
  for (const lang of ['fi', 'sv'] as const) {
    it(`has the four checks, the pages and the support address, with no axe violations, in ${lang}`, async () => {
      i18n.language = lang;
      const { container, getByTestId } = render(HelpPage, { props: { onback: () => {} } });
      await tick();
      expect(getByTestId('help-login-checks').querySelectorAll(':scope > li')).toHaveLength(4);
      expect(getByTestId('help-links').querySelectorAll('button')).toHaveLength(6);
      expect(container.textContent).toContain('kanta@kanta.fi');
      expect(container.textContent).not.toMatch(/\b(help|link|login)-[a-z-]+\b/);
      expect(container.querySelectorAll('a[href^="http"]')).toHaveLength(0);
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  it('asks the core to open a link by its name, and shows the address when no browser opened', async () => {
    const { getByTestId, findByTestId } = render(HelpPage, { props: { onback: () => {} } });
    await fireEvent.click(getByTestId('link-kanta-extranet'));
    expect(invoke).toHaveBeenCalledWith('open_link', { link: 'kanta-extranet' });

    vi.mocked(invoke).mockRejectedValueOnce({
      code: 'link-not-opened',
      messageId: 'error-link-not-opened',
      args: { url: 'https://koodistopalvelu.kanta.fi/' },
    });
    await fireEvent.click(getByTestId('help-links').querySelector('[data-testid="link-code-service"]')!);
    expect((await findByTestId('app-error')).textContent).toContain('https://koodistopalvelu.kanta.fi/');
  });
});
