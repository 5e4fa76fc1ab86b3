/**
 * Fields are named by their place in the application file, as the core's findings name them
 * (`organisation.contacts[2].phone`). From that one name come the input's DOM id (so the error
 * summary can link to it), its label (the same words inline and in the summary), whether it is
 * mandatory (the core's field specs) and its findings.
 */
import type { FieldSpec } from './bindings/FieldSpec';
import type { Finding } from './bindings/Finding';
import { i18n, msg, type MessageArgs, type MessageId } from './i18n.svelte';
import { validationMessage } from './messages';

/** The DOM id (and test id) of the input for `path`. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** `organisation.contacts[2].phone` → `organisation.contacts[].phone`, as in field specs. */
export function pattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** Is the field at `path` mandatory, by the core's specs? */
export function isRequired(fields: FieldSpec[], path: string): boolean {
  const wanted = pattern(path);
  return fields.some((spec) => spec.path === wanted && spec.required);
}

/** The label of each kind of field, by pattern: the one place a field's label is named, for its
 * screen and for the error summary. */
const LABELS: Record<string, MessageId> = {
  'application.connectionPoints': msg('step-connection-points'),
  'application.connectionPoints[].oid': msg('connection-point-oid'),
  'application.connectionPoints[].systems': msg('connection-point-systems'),
  'application.connectionPoints[].systems[]': msg('connection-point-systems'),
  'application.connectionPoints[].renewalRequests': msg('connection-point-renewal-requests'),
  'application.serviceUsage': msg('step-service-usage'),
  'application.serviceUsage.systemProfile': msg('service-usage-system-profile'),
  'application.serviceUsage.documentGroups': msg('service-usage-document-groups'),
  'application.serviceUsage.documentGroups[]': msg('service-usage-document-groups'),
  'application.serviceUsage.serviceTasks': msg('service-usage-service-tasks'),
  'application.serviceUsage.serviceTasks[]': msg('service-usage-service-tasks'),
  'organisation.customer.streetAddress': msg('customer-street-address'),
  'organisation.customer.postalCode': msg('customer-postal-code'),
  'organisation.customer.postOffice': msg('customer-post-office'),
  'organisation.customer.email': msg('customer-email'),
  'organisation.customer.phone': msg('customer-phone'),
  'organisation.contacts': msg('step-contacts'),
  'organisation.contacts[].kind': msg('contact-kind'),
  'organisation.contacts[].firstName': msg('contact-first-name'),
  'organisation.contacts[].lastName': msg('contact-last-name'),
  'organisation.contacts[].organisationName': msg('contact-organisation-name'),
  'organisation.contacts[].phone': msg('contact-phone'),
  'organisation.contacts[].email': msg('contact-email'),
  'organisation.contacts[].certificateCard': msg('contact-certificate-card'),
  'organisation.contacts[].commonRoles': msg('contact-common-roles'),
  'organisation.contacts[].serviceRoles': msg('contact-service-roles'),
  'application.billing': msg('step-billing'),
  'application.billing.language': msg('billing-language'),
  'application.billing.eInvoiceAddress': msg('billing-e-invoice-address'),
  'application.billing.operatorId': msg('billing-operator-id'),
  'application.billing.invoiceReference': msg('billing-invoice-reference'),
  'application.billing.address': msg('billing-address'),
  'application.billing.postalCode': msg('billing-postal-code'),
  'application.billing.postOffice': msg('billing-post-office'),
  'application.serviceDescription': msg('service-description-accept'),
  'application.serviceDescription.acceptedBy': msg('service-description-accept'),
  'application.commitment': msg('commitment-sign'),
  'application.commitment.signedBy': msg('commitment-sign'),
  'application.commitment.textVersion': msg('commitment-sign'),
  'application.service': msg('summary-application-errors-heading'),
  'organisation.register.name': msg('customer-name'),
  'organisation.register.businessId': msg('customer-business-id'),
  'organisation.register.oid': msg('customer-oid'),
};

/** The item a path is in, for labels: "Liityntäpiste 2", "Yhteystieto 3". */
const ITEMS: [RegExp, MessageId][] = [
  [/^application\.connectionPoints\[(\d+)\]/, msg('connection-point-heading')],
  [/^organisation\.contacts\[(\d+)\]/, msg('contact-heading')],
];

/** A label of the tables above: its id is checked against the .ftl files, its arguments are
 * those of the field's place (a service, a number), the same for every label of a kind. */
const label = (id: MessageId, args: MessageArgs): string => i18n.format(id, args);

/** The label of the field at `path` in the current language, as its screen shows it. */
export function fieldLabel(path: string, args: Record<string, string> = {}): string {
  const id = LABELS[pattern(path)];
  return id ? label(id, args) : path;
}

/** The label of the field at `path`, with the item it belongs to, for the error summary. */
export function labelFor(path: string, args: Record<string, string> = {}): string {
  const text = fieldLabel(path, args);
  for (const [re, itemId] of ITEMS) {
    const m = re.exec(path);
    if (m && pattern(path) !== pattern(m[0])) return `${label(itemId, { number: Number(m[1]) + 1 })}, ${text}`;
  }
  return text;
}

/** The element an error summary entry leads to: a list entry's own path has no input, its list has. */
export function targetId(path: string): string {
  return fieldId(path.replace(/\[\d+\]$/, ''));
}

/** The first error at exactly `path`, formatted. */
export function errorAt(errors: Finding[], path: string): string | null {
  const found = errors.find((e) => e.path === path);
  return found ? validationMessage(found) : null;
}

/** Every error at exactly `path`, formatted. */
export function errorsAt(errors: Finding[], path: string): string[] {
  return errors.filter((e) => e.path === path).map(validationMessage);
}

/** The errors at `path` or inside it (a list's items), formatted. */
export function errorsWithin(errors: Finding[], path: string): string[] {
  return errors.filter((e) => e.path === path || e.path.startsWith(path + '[')).map(validationMessage);
}

/** The warnings at `path` or inside it, formatted. */
export function warningsAt(warnings: Finding[], path: string): string[] {
  return errorsWithin(warnings, path);
}

export type SummaryItem = { targetId: string; label: string; message: string };

/** Error summary entries for findings, linked to their inputs. */
export function summaryItems(errors: Finding[], args: Record<string, string> = {}): SummaryItem[] {
  return errors.map((e) => ({ targetId: targetId(e.path), label: labelFor(e.path, args), message: validationMessage(e) }));
}
