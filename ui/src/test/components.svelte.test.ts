/**
 * The wizard's components in jsdom with the real texts: every step renders in both languages
 * with no axe violations, a language switch re-renders labels and messages while typed values
 * stay, and the screens show what the core decides (required marks, the roles still missing,
 * the renewal option). Colour contrast needs real layout: the end-to-end tests run axe in WebKit.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { flushSync, tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Contact } from '../lib/bindings/Contact';
import type { Finding } from '../lib/bindings/Finding';
import type { StepId } from '../lib/bindings/StepId';
import type { Removal } from '../lib/bindings/Removal';
import type { StepInput } from '../lib/bindings/StepInput';
import { i18n } from '../lib/i18n.svelte';
import ContactsStep from '../wizard/steps/ContactsStep.svelte';
import ConnectionPointsStep from '../wizard/steps/ConnectionPointsStep.svelte';
import StepList from '../wizard/StepList.svelte';
import Wizard from '../wizard/Wizard.svelte';
import { allowModalDialogs, codeLists, finding, refusedRemoval, wizardView } from './fixtures';
import { allFiles } from './ftl';

// The wizard asks the core for live checks; here the core has nothing to say.
vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn(async () => []) }));

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const contact = (overrides: Partial<Contact> = {}): Contact => ({
  kind: 'person',
  firstName: 'Anna',
  lastName: 'Virtanen',
  organisationName: '',
  phone: '+358401234567',
  email: 'anna@example.fi',
  certificateCard: '',
  commonRoles: ['administrative-contact'],
  serviceRoles: {},
  ...overrides,
});

/** A view of each step with something in it, so every part of the screen is rendered. */
function filledView(step: StepId) {
  const view = wizardView(step, {
    fields: [
      { field: 'oid', path: 'application.connectionPoints[].oid', required: true },
      { field: 'phone', path: 'organisation.contacts[].phone', required: true },
      { field: 'certificateCard', path: 'organisation.contacts[].certificateCard', required: true },
    ],
  });
  view.application.connectionPoints = [{ oid: '1.2.246.10.31415938.10.0.1', systems: ['sample-abilita'], renewalRequests: false }];
  view.application.serviceUsage = { systemProfile: 'sample-producing-application', documentGroups: [], serviceTasks: [] };
  view.organisation.contacts = [contact({ serviceRoles: { 'client-data-archive': ['archivist'] }, certificateCard: '11122211121' })];
  view.application.serviceDescription = { acceptedBy: 'Tiina Testaaja', acceptedAt: '2026-11-23T10:00:00Z' };
  if (step === 'summary') {
    view.checks = [
      { step: 'contacts', errors: [finding('organisation.contacts', 'role-missing', { role: 'data-protection-officer' })], warnings: [] },
    ];
  }
  return view;
}

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(cleanup);

describe('every step', () => {
  const steps: StepId[] = ['instructions', 'connection-points', 'service-usage', 'customer-data', 'contacts', 'service-description', 'commitment', 'summary', 'thanks'];
  for (const lang of ['fi', 'sv'] as const) {
    for (const step of steps) {
      it(`${step} has a heading and no axe violations in ${lang}`, async () => {
        i18n.language = lang;
        const { container, getByTestId } = render(Wizard, { props: { view: filledView(step), codeLists, onstart: () => {}, onopen: () => {} } });
        await tick();
        expect(getByTestId('step-heading').textContent).not.toMatch(/^step-/);
        expect(container.textContent).not.toMatch(/\b(step|role|service|validation|contact|summary)-[a-z-]+\b/);
        await expectNoAxeViolations(container);
      });
    }
  }
});

describe('customer data', () => {
  it('keeps typed input and re-renders labels and errors on a language switch', async () => {
    const view = wizardView('customer-data', {
      fields: ['streetAddress', 'postalCode'].map((f) => ({ field: f, path: `organisation.customer.${f}`, required: true })),
      errors: [finding('organisation.customer.postalCode', 'postal-code')],
    });
    const { getByLabelText, getByTestId } = render(Wizard, { props: { view, codeLists, onstart: () => {}, onopen: () => {} } });
    const street = getByLabelText(/^Lähiosoite/) as HTMLInputElement;
    await fireEvent.input(street, { target: { value: 'Åkervägen 3' } });
    expect(getByTestId('f-organisation-customer-postalCode-error').textContent).toBe('Anna postinumero viitenä numerona, esimerkiksi 00100.');
    expect(street.getAttribute('aria-required')).toBe('true');

    i18n.language = 'sv';
    flushSync();
    expect(getByLabelText(/^Gatuadress/)).toBe(street);
    expect(street.value).toBe('Åkervägen 3');
    expect(getByTestId('f-organisation-customer-postalCode-error').textContent).toBe('Ange postnumret med fem siffror, till exempel 00100.');
    const summary = getByTestId('error-summary');
    expect(summary.textContent).toContain('Blanketten innehåller ett fel');
    expect(summary.querySelector('a')!.getAttribute('href')).toBe('#f-organisation-customer-postalCode');
    expect(summary.querySelector('a')!.textContent).toBe('Postnummer: Ange postnumret med fem siffror, till exempel 00100.');
  });
});

describe('contacts', () => {
  beforeEach(allowModalDialogs);

  const allowed: Removal = { allowed: true, empties: [], servicesInUse: [], commonRoles: [], otherServiceRoles: [] };

  function contactsStep(
    check: (input: StepInput) => Promise<Finding[]>,
    contacts: Contact[] = [],
    checkRemoval: (contacts: Contact[], index: number) => Promise<Removal> = async () => allowed,
    pick = false,
  ) {
    const view = filledView('contacts');
    const state = $state({ contacts });
    const result = render(ContactsStep, {
      props: {
        view,
        get contacts() {
          return state.contacts;
        },
        set contacts(value) {
          state.contacts = value;
        },
        check,
        checkRemoval,
        pick,
      },
    });
    return { ...result, state };
  }

  it('as a list to pick from (Bild 16): names and roles, the chosen one opens, a new one opens by itself', async () => {
    const archivist = { ...contact(), serviceRoles: { 'client-data-archive': ['archivist'] } } as Contact;
    const { getByTestId, queryByTestId } = contactsStep(async () => [], [archivist, contact()], async () => allowed, true);
    const field = (i: number) => document.getElementById(`f-organisation-contacts-${i}-firstName`);
    expect(field(0)).toBeNull();
    expect(getByTestId('contact-0-roles').textContent).toContain('Arkistonhoitaja');
    const edit = getByTestId('edit-contact-0');
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(edit);
    expect(field(0)).not.toBeNull();
    expect(field(1)).toBeNull();
    expect(queryByTestId('contact-0-roles')).toBeNull();
    expect(getByTestId('edit-contact-0').getAttribute('aria-expanded')).toBe('true');
    await fireEvent.click(getByTestId('add-contact'));
    expect(field(2)).not.toBeNull();
    await fireEvent.click(getByTestId('edit-contact-0'));
    expect(field(0)).toBeNull();
  });

  it('lists the roles the core says are missing, for the contacts on screen', async () => {
    vi.useFakeTimers();
    try {
      const check = vi.fn(async (input: StepInput) =>
        input.step === 'contacts' && input.contacts.some((c) => c.serviceRoles['client-data-archive']?.includes('archivist'))
          ? []
          : [finding('organisation.contacts', 'role-missing', { role: 'archivist', service: 'client-data-archive' })],
      );
      const { getByTestId, getAllByTestId, state } = contactsStep(check, [contact()]);
      await vi.advanceTimersByTimeAsync(200);
      expect(getAllByTestId('missing-role').map((li) => li.textContent)).toEqual([
        'Arkistonhoitaja / Sosiaalihuollon asiakastiedon arkisto',
      ]);

      // Ticking the archivist: the card number field appears, marked required; the core is asked again.
      expect(document.getElementById('f-organisation-contacts-0-certificateCard')).toBeNull();
      await fireEvent.click(getByTestId('f-organisation-contacts-0-serviceRoles-archivist'));
      const card = document.getElementById('f-organisation-contacts-0-certificateCard')!;
      expect(card).not.toBeNull();
      expect(card.getAttribute('aria-required')).toBe('true');
      await vi.advanceTimersByTimeAsync(200);
      expect(getByTestId('missing-roles-none').textContent).toBe('Kaikkiin pakollisiin rooleihin on nimetty yhteystieto.');
      expect(state.contacts[0].serviceRoles).toEqual({ 'client-data-archive': ['archivist'] });
      expect(check).toHaveBeenLastCalledWith({ step: 'contacts', contacts: state.contacts });
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds and removes contacts, with roles in fieldsets and an organisation kind', async () => {
    const { getByTestId, queryByTestId, state } = contactsStep(async () => []);
    expect(getByTestId('no-contacts')).toBeTruthy();
    await fireEvent.click(getByTestId('add-contact'));
    await tick();
    expect(state.contacts).toHaveLength(1);
    const kind = getByTestId('f-organisation-contacts-0-kind');
    expect(kind.tagName).toBe('FIELDSET');
    expect(document.activeElement).toBe(kind.querySelector('input'));
    expect(getByTestId('f-organisation-contacts-0-commonRoles').querySelector('legend')!.textContent).toContain(
      'Kanta-palvelujen yhteiset roolit',
    );
    await fireEvent.click(getByTestId('f-organisation-contacts-0-kind-organisation'));
    expect(document.getElementById('f-organisation-contacts-0-organisationName')).not.toBeNull();
    expect(document.getElementById('f-organisation-contacts-0-firstName')).toBeNull();
    await fireEvent.click(getByTestId('remove-contact-0'));
    await vi.waitFor(() => expect((getByTestId('remove-contact-dialog') as HTMLDialogElement).open).toBe(true));
    expect(getByTestId('remove-contact-dialog').textContent).toContain('vain, kun olet varma');
    await fireEvent.click(getByTestId('remove-contact-confirm'));
    expect(state.contacts).toHaveLength(0);
    expect(queryByTestId('contact-0')).toBeNull();
    await fireEvent.click(getByTestId('undo-remove-contact'));
    expect(state.contacts).toHaveLength(1);
  });

  it('refuses to delete the only holder of a role of a service in use, naming the services', async () => {
    const { getByTestId, state } = contactsStep(
      async () => [],
      [contact({ commonRoles: ['data-protection-officer'] })],
      async () => refusedRemoval,
    );
    await fireEvent.click(getByTestId('remove-contact-0'));
    const refused = await vi.waitFor(() => getByTestId('contact-0-refused'));
    expect(refused.textContent).toContain('Reseptipalvelu');
    expect(refused.textContent).toContain('Tietosuojavastaava');
    expect(document.activeElement).toBe(refused);
    expect(state.contacts).toHaveLength(1); // nothing deleted
    expect((getByTestId('remove-contact-dialog') as HTMLDialogElement).open).toBe(false);
  });

  it('tells a disturbance notice recipient that the phone must take text messages', async () => {
    const { getByTestId } = contactsStep(async () => [], [contact({ commonRoles: ['disturbance-notice-recipient'] })]);
    expect(getByTestId('contact-0').textContent).toContain('anna matkapuhelinnumero');
  });
});

describe('connection points', () => {
  function pointsStep(offersRenewalRequests: boolean) {
    const view = wizardView('connection-points');
    view.rules.offersRenewalRequests = offersRenewalRequests;
    const state = $state({ points: [{ oid: '', systems: [] as string[], renewalRequests: false }] });
    const result = render(ConnectionPointsStep, {
      props: {
        view,
        codeLists,
        get points() {
          return state.points;
        },
        set points(value) {
          state.points = value;
        },
      },
    });
    return { ...result, state };
  }

  it('shows the renewal request option with its THL note once a system is chosen, where offered', async () => {
    const { getByTestId, state } = pointsStep(true);
    const renewal = 'f-application-connectionPoints-0-renewalRequests';
    expect(document.getElementById(renewal)).toBeNull();
    await fireEvent.click(getByTestId('f-application-connectionPoints-0-systems-sample-abilita'));
    expect(state.points[0].systems).toEqual(['sample-abilita']);
    expect(document.getElementById(renewal)).not.toBeNull();
    expect(document.getElementById(`${renewal}-note`)!.textContent).toContain('THL:n koodistopalveluun');
  });

  it('never shows it where the rules do not offer it', async () => {
    const { getByTestId } = pointsStep(false);
    await fireEvent.click(getByTestId('f-application-connectionPoints-0-systems-sample-abilita'));
    expect(document.getElementById('f-application-connectionPoints-0-renewalRequests')).toBeNull();
  });

  it('adds a point and moves the focus to its OID', async () => {
    const { getByTestId, state } = pointsStep(false);
    await fireEvent.click(getByTestId('add-connection-point'));
    await tick();
    expect(state.points).toHaveLength(2);
    expect(document.activeElement?.id).toBe('f-application-connectionPoints-1-oid');
  });
});

describe('step list', () => {
  it('shows each state in words, marks the current step and jumps only to reached steps', () => {
    const view = wizardView('customer-data');
    view.steps[1] = { ...view.steps[1], state: 'has-errors', stateId: 'step-state-has-errors' };
    const onjump = vi.fn();
    const { getByTestId } = render(StepList, { props: { view, disabled: false, onjump } });
    expect(getByTestId('step-instructions').textContent).toContain('Valmis');
    expect(getByTestId('step-connection-points').textContent).toContain('Sisältää virheitä');
    expect(getByTestId('step-customer-data').querySelector('[aria-current="step"]')).not.toBeNull();
    expect(getByTestId('step-contacts').querySelector('button')).toBeNull();
    getByTestId('step-instructions').querySelector('button')!.click();
    expect(onjump).toHaveBeenCalledWith('instructions');
  });
});
