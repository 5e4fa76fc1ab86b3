/**
 * The summary of a service in use in jsdom with the real texts: every section of Bild 13 with the
 * contacts' roles, billing only where the service is billed, when the data was fetched and why a
 * kept copy is not fresh (with the login offered when that is why), a language switch that
 * re-renders all of it, and no axe violations in either language.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { invoke } from '@tauri-apps/api/core';

import type { ServiceSummary } from '../lib/bindings/ServiceSummary';
import { i18n } from '../lib/i18n.svelte';
import ServiceSummaryScreen from '../services/ServiceSummaryScreen.svelte';
import { allowModalDialogs, codeLists, refusedRemoval, wizardView } from './fixtures';
import { allFiles } from './ftl';

const summary = (overrides: Partial<ServiceSummary> = {}): ServiceSummary => ({
  service: 'patient-data-repository',
  organisation: { name: 'Järvelän Terveyskeskus Oy (testi)', businessId: '2718282-8', oid: '1.2.246.10.27182828.10.0' },
  customerType: 'health-care-organisation',
  data: {
    service: 'patient-data-repository',
    status: 'approved',
    updatedAt: '2026-03-16T09:30:00Z',
    customer: { streetAddress: 'Järveläntie 4', postalCode: '33100', postOffice: 'Tampere', email: 'k@example.fi', phone: '03 123 4567' },
    contacts: [
      {
        kind: 'person', firstName: 'Ahkera', lastName: 'Arkistonhoitaja', organisationName: '', phone: '040 222 3333',
        email: 'a@example.fi', certificateCard: '11122211121', commonRoles: [], serviceRoles: { 'patient-data-repository': ['archivist'] },
      },
      {
        kind: 'person', firstName: 'Tieto', lastName: 'Suojanen', organisationName: '', phone: '040 444 5555',
        email: 't@example.fi', certificateCard: '', commonRoles: ['data-protection-officer'], serviceRoles: {},
      },
    ],
    connectionPoints: [{ oid: '1.2.246.10.27182828.10.0.1', systems: ['sample-abilita'] }],
    billing: {
      language: 'fi', eInvoiceAddress: '003727182828', operatorId: '003721291126', invoiceReference: 'Kanta',
      address: 'Järveläntie 4', postalCode: '33100', postOffice: 'Tampere',
    },
  },
  fetchedAtMs: Date.parse('2026-12-01T10:00:00Z'),
  stale: null,
  billed: true,
  billingFields: [],
  contactFields: [],
  rules: wizardView('contacts').rules,
  changes: [],
  ...overrides,
});

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn(async () => undefined) }));

const handlers = () => ({ onrefresh: vi.fn(), onlogin: vi.fn(), onback: vi.fn() });

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(cleanup);

describe('the summary of a service in use', () => {
  for (const lang of ['fi', 'sv'] as const) {
    it(`shows every section with the contacts' roles and no axe violations, in ${lang}`, async () => {
      i18n.language = lang;
      const { container, getByTestId } = render(ServiceSummaryScreen, {
        props: { summary: summary(), codeLists, busy: false, ...handlers() },
      });
      await tick();
      for (const section of ['status', 'customer-data', 'connection-points', 'contacts', 'billing'])
        expect(getByTestId(`in-use-${section}`)).toBeTruthy();
      expect(getByTestId('in-use-contacts').textContent).toContain('11122211121');
      expect(getByTestId('in-use-contacts').textContent).toContain(lang === 'fi' ? 'Arkistonhoitaja' : 'Arkivarie');
      expect(getByTestId('in-use-billing').textContent).toContain('003721291126');
      expect(getByTestId('in-use-fetched').textContent).toContain('2026');
      expect(container.textContent).not.toMatch(/\b(in-use|role|step|application-status)-[a-z-]+\b/);
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  it('leaves billing out where the service is not billed', async () => {
    const { queryByTestId } = render(ServiceSummaryScreen, {
      props: { summary: summary({ billed: false }), codeLists, busy: false, ...handlers() },
    });
    expect(queryByTestId('in-use-billing')).toBeNull();
  });

  it('says why a kept copy is shown, offers the login when that is why, and follows a language switch', async () => {
    const on = handlers();
    const { getByTestId, queryByTestId } = render(ServiceSummaryScreen, {
      props: { summary: summary({ stale: 'login-required' }), codeLists, busy: false, ...on },
    });
    const stale = getByTestId('in-use-stale').textContent!;
    expect(stale).toContain('Kirjaudu');
    expect(queryByTestId('in-use-refresh')).toBeNull();
    await fireEvent.click(getByTestId('in-use-log-in'));
    expect(on.onlogin).toHaveBeenCalledOnce();
    i18n.language = 'sv';
    await tick();
    expect(getByTestId('in-use-stale').textContent).toContain('Logga in');
    expect(getByTestId('in-use-heading').textContent).toContain('Sammanfattning');
  });
});

describe('a billing change', () => {
  it('opens the form with the current billing, keeps it with the core\'s errors, and sends it as a change', async () => {
    const on = handlers();
    const { getByTestId, queryByTestId, findByTestId } = render(ServiceSummaryScreen, {
      props: { summary: summary(), codeLists, busy: false, ...on },
    });
    await fireEvent.click(getByTestId('in-use-edit-billing'));
    const reference = getByTestId('f-application-billing-invoiceReference') as HTMLInputElement;
    expect(reference.value).toBe('Kanta');
    await fireEvent.input(reference, { target: { value: 'Reseptikeskus' } });
    const error = { path: 'application.billing.postalCode', code: 'postal-code', severity: 'error', args: {} };
    vi.mocked(invoke).mockResolvedValueOnce({ queued: false, errors: [error], warnings: [] });
    await fireEvent.click(getByTestId('change-send'));
    expect(await findByTestId('error-summary')).toBeTruthy();
    expect(invoke).toHaveBeenLastCalledWith('send_change', {
      service: 'patient-data-repository',
      change: { kind: 'billing', billing: expect.objectContaining({ invoiceReference: 'Reseptikeskus' }) },
    });
    expect((getByTestId('f-application-billing-invoiceReference') as HTMLInputElement).value).toBe('Reseptikeskus');
    expect(on.onrefresh).not.toHaveBeenCalled();

    vi.mocked(invoke).mockResolvedValueOnce({ queued: true, errors: [], warnings: [] });
    await vi.waitFor(() => expect((getByTestId('change-send') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(getByTestId('change-send'));
    expect(await findByTestId('change-queued')).toBeTruthy();
    expect(queryByTestId('change-billing-form')).toBeNull();
    expect(on.onrefresh).toHaveBeenCalledOnce();
  });
});

describe('a contacts change', () => {
  beforeEach(allowModalDialogs);

  it('edits a copy of the contacts, asks the core about a deletion for the service in use, and sends them all', async () => {
    vi.mocked(invoke).mockImplementation(async (command) =>
      command === 'check_contact_removal' ? refusedRemoval : command === 'check_change' ? [] : { queued: true, errors: [], warnings: [] },
    );
    const on = handlers();
    const { getByTestId, findByTestId, queryByTestId } = render(ServiceSummaryScreen, {
      props: { summary: summary(), codeLists, busy: false, ...on },
    });
    await fireEvent.click(getByTestId('in-use-edit-contacts'));
    expect(getByTestId('change-contacts-form').textContent).toContain('Muuta yhteystietoja');
    expect(getByTestId('in-use-edit-billing').hasAttribute('disabled')).toBe(true);
    await fireEvent.click(getByTestId('remove-contact-1'));
    const refused = await findByTestId('contact-1-refused');
    expect(invoke).toHaveBeenCalledWith('check_contact_removal', {
      of: { kind: 'in-use', service: 'patient-data-repository' },
      contacts: expect.any(Array),
      index: 1,
    });
    expect(refused.textContent).toContain('Potilastiedon arkisto');
    expect(refused.textContent).toContain('Resepti');
    i18n.language = 'sv';
    await tick();
    expect(getByTestId('contact-1-refused').textContent).toContain('Recept');

    await fireEvent.click(getByTestId('change-send'));
    expect(await findByTestId('change-queued')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('send_change', {
      service: 'patient-data-repository',
      change: { kind: 'contacts', contacts: [expect.objectContaining({ firstName: 'Ahkera' }), expect.objectContaining({ firstName: 'Tieto' })] },
    });
    expect(queryByTestId('change-contacts-form')).toBeNull();
    expect(on.onrefresh).toHaveBeenCalledOnce();
  });
});
