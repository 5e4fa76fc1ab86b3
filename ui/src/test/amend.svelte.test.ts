/**
 * A returned application in jsdom with the real texts: its thanks page offers to amend it (and
 * the wizard moves to the amendment the core makes); the amendment's summary says it amends a
 * returned application and why it was returned, in both languages, with no axe violations.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { invoke } from '@tauri-apps/api/core';
import { i18n } from '../lib/i18n.svelte';
import Wizard from '../wizard/Wizard.svelte';
import { codeLists, wizardView } from './fixtures';
import { allFiles } from './ftl';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn(async () => undefined) }));

const REASON = 'Liityntäpisteen OID on väärä';

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(() => {
  cleanup();
  vi.mocked(invoke).mockReset();
});

describe('a returned application', () => {
  it('is offered for amending on its thanks page, and the wizard opens the amendment', async () => {
    const returned = wizardView('thanks', {
      sent: true,
      amendable: true,
      application: { ...wizardView('thanks').application, status: 'returned' },
    });
    const amendment = wizardView('summary', { draftId: 2, amends: { applicationId: returned.application.id!, reason: REASON } });
    vi.mocked(invoke).mockImplementation(async (command: string) => (command === 'amend_application' ? amendment : undefined));
    const onopen = vi.fn();
    const { getByTestId } = render(Wizard, { props: { view: returned, codeLists, onstart: () => {}, onopen } });
    expect(getByTestId('returned').textContent).toContain('palautti');
    await fireEvent.click(getByTestId('amend'));
    await vi.waitFor(() => expect(onopen).toHaveBeenCalledWith(amendment));
    expect(invoke).toHaveBeenCalledWith('amend_application', { draftId: 1 });
  });

  it('is not offered for amending while on its way', () => {
    const { queryByTestId } = render(Wizard, {
      props: { view: wizardView('thanks', { sent: true }), codeLists, onstart: () => {}, onopen: () => {} },
    });
    expect(queryByTestId('amend')).toBeNull();
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`the amendment says why it was returned, with no axe violations, in ${lang}`, async () => {
      i18n.language = lang;
      const view = wizardView('summary', { amends: { applicationId: '6c9d3a2e-1111-4222-8333-944455556666', reason: REASON } });
      const { container, getByTestId } = render(Wizard, { props: { view, codeLists, onstart: () => {}, onopen: () => {} } });
      await tick();
      expect(getByTestId('amending-reason').textContent).toContain(REASON);
      expect(getByTestId('amending').textContent).toContain(lang === 'fi' ? 'Korjaat' : 'Du korrigerar');
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
});
