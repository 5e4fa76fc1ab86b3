/**
 * The wizard's components in jsdom with the real texts: a language switch re-renders labels and
 * messages while typed values stay, and axe-core finds no violations in either language.
 * (Colour contrast needs real layout; the end-to-end tests run in WebKit.)
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import axe from 'axe-core';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Finding } from '../lib/bindings/Finding';
import type { ValidationCode } from '../lib/bindings/ValidationCode';
import type { WizardView } from '../lib/bindings/WizardView';
import { i18n } from '../lib/i18n.svelte';
import CustomerDataStep from '../wizard/CustomerDataStep.svelte';
import InstructionsStep from '../wizard/InstructionsStep.svelte';
import StepList from '../wizard/StepList.svelte';
import { allFiles } from './ftl';

const register = { name: 'Mäntylän Sosiaalipalvelut Oy (testi)', businessId: '3141593-8', oid: '1.2.246.10.31415938.10.0' };
const fields = ['streetAddress', 'postalCode', 'postOffice', 'email', 'phone'].map((field) => ({
  field,
  path: `organisation.customer.${field}`,
  required: true,
}));
const finding = (field: string, code: ValidationCode): Finding => ({
  path: `organisation.customer.${field}`,
  code,
  severity: 'error',
  args: {},
});
const emptyCustomer = () => ({ streetAddress: '', postalCode: '', postOffice: '', email: '', phone: '' });

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

function customerStep(errors: Finding[] = []) {
  const onsubmit = vi.fn();
  // Reactive, as App.svelte's is: the step binds its inputs to it.
  const customer = $state(emptyCustomer());
  const result = render(CustomerDataStep, {
    props: { customer, register, fields, errors, busy: false, hasPrevious: true, savedAtLastStep: false, onsubmit },
  });
  return { ...result, onsubmit };
}

beforeEach(() => i18n.load(allFiles(), 'fi'));
afterEach(cleanup);

describe('customer data step', () => {
  it('keeps typed input and re-renders labels and errors on a language switch', async () => {
    const { getByLabelText, getByTestId } = customerStep([finding('postalCode', 'postal-code')]);
    const street = getByLabelText(/^Lähiosoite/) as HTMLInputElement;
    await fireEvent.input(street, { target: { value: 'Åkervägen 3' } });
    expect(getByTestId('customer-postalCode-error').textContent).toBe('Anna postinumero viitenä numerona, esimerkiksi 00100.');

    i18n.language = 'sv';
    flushSync();
    expect(getByLabelText(/^Gatuadress/)).toBe(street);
    expect(street.value).toBe('Åkervägen 3');
    expect(getByTestId('customer-postalCode-error').textContent).toBe('Ange postnumret med fem siffror, till exempel 00100.');
    expect(getByTestId('error-summary').textContent).toContain('Blanketten innehåller ett fel');
  });

  it('marks mandatory fields and links errors to their inputs', () => {
    const { getByTestId } = customerStep([finding('email', 'email')]);
    const email = getByTestId('customer-email');
    expect(email.getAttribute('aria-required')).toBe('true');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('customer-email-error');
    expect(getByTestId('customer-phone').getAttribute('aria-describedby')).toBe('customer-phone-hint');
    const link = getByTestId('error-summary').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#customer-email');
    expect(link.textContent).toBe('Sähköposti: Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
  });

  it('asks the core to continue or go back; the buttons decide nothing themselves', async () => {
    const { getByTestId, onsubmit } = customerStep();
    await fireEvent.click(getByTestId('save-and-continue'));
    await fireEvent.click(getByTestId('previous'));
    expect(onsubmit.mock.calls).toEqual([[{ action: 'continue' }], [{ action: 'previous' }]]);
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`has no axe violations in ${lang}, with and without errors`, async () => {
      i18n.language = lang;
      await expectNoAxeViolations(customerStep().container);
      cleanup();
      await expectNoAxeViolations(customerStep([finding('phone', 'phone')]).container);
    });
  }
});

describe('instructions and step list', () => {
  const view = {
    draftId: 1, service: 'client-data-archive', serviceTitleId: 'service-client-data-archive', current: 'customer-data',
    steps: [
      { id: 'instructions', titleId: 'step-instructions', state: 'completed', stateId: 'step-state-completed', current: false, hasScreen: true, reachable: true },
      { id: 'customer-data', titleId: 'step-customer-data', state: 'in-progress', stateId: 'step-state-in-progress', current: true, hasScreen: true, reachable: true },
      { id: 'contacts', titleId: 'step-contacts', state: 'not-started', stateId: 'step-state-not-started', current: false, hasScreen: false, reachable: false },
    ],
    previous: 'instructions', next: null, register, customer: emptyCustomer(), fields, errors: [], outcome: null, testEnvironment: true,
  } satisfies WizardView;

  it('shows each state and marks the current step', () => {
    const onjump = vi.fn();
    const { getByTestId } = render(StepList, { props: { view, disabled: false, onjump } });
    expect(getByTestId('step-instructions').textContent).toContain('Valmis');
    expect(getByTestId('step-customer-data').querySelector('[aria-current="step"]')).not.toBeNull();
    expect(getByTestId('step-customer-data').textContent).toMatch(/Nykyinen vaihe:\s*Kesken/);
    expect(getByTestId('step-contacts').textContent).toContain('Tulossa myöhemmin');
    getByTestId('step-instructions').querySelector('button')!.click();
    expect(onjump).toHaveBeenCalledWith('instructions');
  });

  for (const lang of ['fi', 'sv'] as const) {
    it(`instructions and step list have no axe violations in ${lang}`, async () => {
      i18n.language = lang;
      await expectNoAxeViolations(render(InstructionsStep, { props: { busy: false, onstart: () => {} } }).container);
      cleanup();
      await expectNoAxeViolations(render(StepList, { props: { view, disabled: false, onjump: () => {} } }).container);
    });
  }
});
