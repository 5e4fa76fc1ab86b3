/**
 * Views as the core sends them, for component tests. Typed with the generated bindings, so a
 * change on the Rust side that these no longer match fails the type check.
 */
import type { Removal } from '../lib/bindings/Removal';
import type { CodeList } from '../lib/bindings/CodeList';
import type { Finding } from '../lib/bindings/Finding';
import type { StepId } from '../lib/bindings/StepId';
import type { ValidationCode } from '../lib/bindings/ValidationCode';
import type { WizardView } from '../lib/bindings/WizardView';

const STEPS: StepId[] = [
  'instructions',
  'connection-points',
  'service-usage',
  'customer-data',
  'contacts',
  'service-description',
  'commitment',
  'summary',
  'thanks',
];

export const finding = (path: string, code: ValidationCode, args: Finding['args'] = {}): Finding => ({
  path,
  code,
  severity: 'error',
  args,
});

/** The Client Data Archive's wizard of the social care test organisation, on `current`. */
export function wizardView(current: StepId, overrides: Partial<WizardView> = {}): WizardView {
  const at = STEPS.indexOf(current);
  return {
    draftId: 1,
    service: 'client-data-archive',
    serviceTitleId: 'service-client-data-archive',
    current,
    steps: STEPS.map((id, i) => ({
      id,
      titleId: `step-${id}`,
      state: i < at ? 'completed' : 'not-started',
      stateId: i < at ? 'step-state-completed' : 'step-state-not-started',
      current: id === current,
      reachable: i <= at,
    })),
    previous: at > 0 ? STEPS[at - 1] : null,
    organisation: {
      customerType: 'social-care-organisation',
      register: { name: 'Mäntylän Sosiaalipalvelut Oy (testi)', businessId: '3141593-8', oid: '1.2.246.10.31415938.10.0' },
      customer: { streetAddress: '', postalCode: '', postOffice: '', email: '', phone: '' },
      contacts: [],
      servicesInUse: [],
    },
    application: {
      id: '6c9d3a2e-1111-4222-8333-944455556666',
      service: 'client-data-archive',
      status: 'draft',
      connectionPoints: [],
    },
    rules: {
      sections: ['connection-points', 'service-usage', 'customer-data', 'contacts', 'service-description', 'commitment'],
      firstApplication: true,
      offersRenewalRequests: false,
      commonRoles: [
        { role: 'administrative-contact', phoneTakesSms: false },
        { role: 'data-protection-officer', phoneTakesSms: false },
        { role: 'technical-contact', phoneTakesSms: false },
        { role: 'disturbance-notice-recipient', phoneTakesSms: true },
      ],
      serviceRoles: [
        { role: 'billing-contact', required: false, needsCertificateCard: false },
        { role: 'archivist', required: true, needsCertificateCard: true },
      ],
      commitmentTextVersion: '2023-09-04',
    },
    fields: [],
    errors: [],
    warnings: [],
    checks: [],
    outcome: null,
    returnToSummary: false,
    sent: false,
    // No autosave in the rendering tests: there is no core behind them (the autosaver has its own).
    autosaves: false,
    identity: { name: 'Tiina Testaaja', basis: 'responsible-person', testPerson: true },
    testEnvironment: true,
    delivery: null,
    amends: null,
    amendable: false,
    ...overrides,
  };
}

export const codeLists: CodeList[] = [
  {
    list: 'information-systems',
    note: 'SAMPLE ENTRIES.',
    codes: [
      { code: 'sample-abilita', fi: 'Abilita', sv: 'Abilita' },
      { code: 'sample-testijarjestelma-a', fi: 'Testijärjestelmä A (esimerkki)', sv: 'Testsystem A (exempel)' },
    ],
  },
  { list: 'system-profiles', note: 'SAMPLE ENTRIES.', codes: [{ code: 'sample-producing-application', fi: 'Tuottava sovellus', sv: 'Producerande applikation' }] },
  { list: 'document-groups', note: 'SAMPLE ENTRIES.', codes: [{ code: 'sample-phase-2-documents', fi: 'II-vaiheen asiakirjat', sv: 'Handlingar i fas II' }] },
  { list: 'service-tasks', note: 'SAMPLE ENTRIES.', codes: [{ code: 'sample-working-age-services', fi: 'Työikäisten palvelut', sv: 'Tjänster för personer i arbetsför ålder' }] },
];

/** The core's answer to deleting the only data protection officer of a customer using two services. */
export const refusedRemoval: Removal = {
  allowed: false,
  empties: [{ path: 'organisation.contacts', code: 'role-missing', severity: 'error', args: { role: 'data-protection-officer' } }],
  servicesInUse: ['patient-data-repository', 'prescription'],
  commonRoles: ['data-protection-officer'],
  otherServiceRoles: [],
};

/** jsdom has no modal dialogs: opening one only marks it open. Their own behaviour is WebKit's
 * (the end-to-end tests). */
export function allowModalDialogs() {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
}
