/**
 * What the user is editing on the current step, held by the wizard between the core's views:
 * a plain copy of the parts of the view the steps change, and the step's input made from it.
 * Every field of the application is here, so a language switch, the step list and "previous"
 * all see the same unsaved values.
 */
import type { Billing } from '../lib/bindings/Billing';
import type { ConnectionPoint } from '../lib/bindings/ConnectionPoint';
import type { Contact } from '../lib/bindings/Contact';
import type { CustomerData } from '../lib/bindings/CustomerData';
import type { ServiceUsage } from '../lib/bindings/ServiceUsage';
import type { StepId } from '../lib/bindings/StepId';
import type { StepInput } from '../lib/bindings/StepInput';
import type { WizardView } from '../lib/bindings/WizardView';

export type Editable = {
  points: ConnectionPoint[];
  usage: ServiceUsage;
  customer: CustomerData;
  contacts: Contact[];
  billing: Billing;
  accepted: boolean;
  signed: boolean;
};

// The core leaves empty sections out of an application; these are their empty forms.
const emptyUsage = (): ServiceUsage => ({ systemProfile: '', documentGroups: [], serviceTasks: [] });
const emptyBilling = (): Billing => ({
  language: null,
  eInvoiceAddress: '',
  operatorId: '',
  invoiceReference: '',
  address: '',
  postalCode: '',
  postOffice: '',
});

export const emptyPoint = (): ConnectionPoint => ({ oid: '', systems: [], renewalRequests: false });
export const emptyContact = (): Contact => ({
  kind: 'person',
  firstName: '',
  lastName: '',
  organisationName: '',
  phone: '',
  email: '',
  certificateCard: '',
  commonRoles: [],
  serviceRoles: {},
});

export function editableFrom(view: WizardView): Editable {
  const { application, organisation } = view;
  // A deep, plain copy: the view may be reactive state, which structuredClone refuses.
  return JSON.parse(JSON.stringify({
    points: application.connectionPoints.map((p) => ({ ...emptyPoint(), ...p })),
    usage: { ...emptyUsage(), ...application.serviceUsage },
    customer: organisation.customer,
    contacts: organisation.contacts.map((c) => ({ ...emptyContact(), ...c })),
    billing: { ...emptyBilling(), ...application.billing },
    accepted: Boolean(application.serviceDescription),
    signed: Boolean(application.commitment),
  }));
}

/** The input of `step`, from a plain (snapshotted) copy of what is being edited. */
export function inputFor(step: StepId, e: Editable): StepInput {
  switch (step) {
    case 'connection-points':
      return { step, points: e.points };
    case 'service-usage':
      return { step, usage: e.usage };
    case 'customer-data':
      return { step, customer: e.customer };
    case 'contacts':
      return { step, contacts: e.contacts };
    case 'billing':
      return { step, billing: e.billing };
    case 'service-description':
      return { step, accepted: e.accepted };
    case 'commitment':
      return { step, signed: e.signed };
    default:
      return { step };
  }
}
