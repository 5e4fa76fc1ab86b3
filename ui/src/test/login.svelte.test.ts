/**
 * What comes before the start screen (choose an organisation, the advice for a person with
 * none, log in first) and the approval steps' login notice, in jsdom with the real texts: no
 * axe violations in either language, the basis shown, and the notice gone once logged in.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { invoke } from '@tauri-apps/api/core';

import type { Start } from '../lib/bindings/Start';
import { i18n } from '../lib/i18n.svelte';
import { session } from '../lib/session.svelte';
import LoginDialog from '../login/LoginDialog.svelte';
import StartGate from '../login/StartGate.svelte';
import Wizard from '../wizard/Wizard.svelte';
import { codeLists, wizardView } from './fixtures';
import { allFiles } from './ftl';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn(async () => []) }));

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const gates: Exclude<Start, { kind: 'ready' }>[] = [
  {
    kind: 'choose-organisation',
    organisations: [
      { businessId: '3141593-8', name: 'Mäntylän Sosiaalipalvelut Oy (testi)', customerType: 'social-care-organisation', basis: 'responsible-person' },
      { businessId: '1732050-2', name: 'Apteekki Kuusela (testi)', customerType: 'pharmacy', basis: 'mandate' },
    ],
  },
  { kind: 'no-organisations' },
  { kind: 'log-in-first' },
];

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(() => {
  cleanup();
  session.view = null;
});

describe('before the start screen', () => {
  for (const lang of ['fi', 'sv'] as const) {
    for (const start of gates) {
      it(`${start.kind} has a heading, real texts and no axe violations in ${lang}`, async () => {
        i18n.language = lang;
        const { container, getByTestId } = render(StartGate, {
          props: { start, busy: false, onchoose: () => {}, onlogin: () => {}, onlogout: () => {} },
        });
        await tick();
        expect(getByTestId('start-heading').textContent).not.toMatch(/^[a-z-]+$/);
        expect(container.textContent).not.toMatch(/\b(organisation|no-organisations|log-in|identity|signing)-[a-z-]+\b/);
        await expectNoAxeViolations(container);
      });
    }
  }

  it('names the basis of each organisation and chooses only after a pick', async () => {
    const onchoose = vi.fn();
    const { container, getByTestId } = render(StartGate, {
      props: { start: gates[0], busy: false, onchoose, onlogin: () => {}, onlogout: () => {} },
    });
    expect(container.textContent).toContain('Peruste: Suomi.fi-valtuus');
    expect((getByTestId('organisation-choice-submit') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(getByTestId('represented-1732050-2'));
    await fireEvent.submit(getByTestId('organisation-choice'));
    expect(onchoose).toHaveBeenCalledWith('1732050-2');
  });
});

describe('an approval step', () => {
  it('asks for a login while logged out, and the ask goes once logged in', async () => {
    const requested = vi.fn();
    session.opener = requested;
    session.view = { testEnvironment: true, testPersons: [], person: null, expired: false };
    const view = wizardView('service-description', { identity: null });
    const { getByTestId, queryByTestId } = render(Wizard, { props: { view, codeLists, onstart: () => {}, onopen: () => {} } });
    await fireEvent.click(getByTestId('approval-log-in'));
    expect(requested).toHaveBeenCalledOnce();

    session.view = { ...session.view, person: { name: 'Tiina Testaaja', testPerson: true, expiresAtMs: 0 } };
    flushSync();
    expect(queryByTestId('login-required')).toBeNull();
  });
});

describe('the login dialog', () => {
  // jsdom has no modal dialogs; the dialog's own behaviour is WebKit's (end-to-end tests).
  beforeEach(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  const view = { testEnvironment: true, testPersons: [{ id: 'tiina-testaaja', name: 'Tiina Testaaja', organisations: 5 }], person: null, expired: false };

  for (const [failure, shown] of [
    [{ code: 'login-timed-out', messageId: 'error-login-timed-out', loginChecks: true }, true],
    [{ code: 'login-cancelled', messageId: 'error-login-cancelled' }, false],
  ] as const) {
    it(`shows the four checks with ${failure.code} only when the core says they help`, async () => {
      vi.mocked(invoke).mockImplementation(async (command: string) => {
        if (command === 'identification_status') return view;
        if (command === 'log_in_test_person') throw failure;
        return [];
      });
      const { component, getByTestId, queryByTestId, findByTestId } = render(LoginDialog, { props: { onloggedin: () => {} } });
      await component.show();
      await fireEvent.click(getByTestId('login-submit'));
      await findByTestId('app-error');
      expect(queryByTestId('login-failed-checks') !== null).toBe(shown);
    });
  }
});
