/**
 * Turns the core's codes into text. These are the only message ids the UI builds at run time,
 * and the only place it formats an id it did not write as a literal: each prefix here is listed
 * in the application crate's `texts::ids_built_from_codes`, whose test checks that every code of
 * it has a message in both languages, and the ids the core sends ready-made (a step's title and
 * state, a service's title, an error's message) are built by the core's one builder and checked
 * there too.
 */
import type { ApplicationStatus } from './bindings/ApplicationStatus';
import type { ChangeKind } from './bindings/ChangeKind';
import type { ChangeStatus } from './bindings/ChangeStatus';
import type { ChangeView } from './bindings/ChangeView';
import type { CommonRole } from './bindings/CommonRole';
import type { CustomerType } from './bindings/CustomerType';
import type { DeliveryProblem } from './bindings/DeliveryProblem';
import type { Finding } from './bindings/Finding';
import type { ImportPart } from './bindings/ImportPart';
import type { Link } from './bindings/Link';
import type { OutboxState } from './bindings/OutboxState';
import type { Service } from './bindings/Service';
import type { ServiceRole } from './bindings/ServiceRole';
import type { SigningBasis } from './bindings/SigningBasis';
import type { Stale } from './bindings/Stale';
import type { StepId } from './bindings/StepId';
import { m } from './generated/messages';
import { i18n, type MessageArgs } from './i18n.svelte';

/** A message whose id is built from a code, here or by the core (`titleId`, `stateId`, an
 * error's `messageId`): the typed helpers cannot name it. */
export const coreText = (id: string, args?: MessageArgs): string => i18n.format(id, args);

export function validationMessage(finding: Finding): string {
  return coreText(`validation-${finding.code}`, finding.args);
}

export const roleName = (role: CommonRole | ServiceRole) => coreText(`role-${role}`);
/** What the role is for (guide 3.1.4). */
export const roleDescription = (role: CommonRole | ServiceRole) => coreText(`role-${role}-description`);
export const serviceName = (service: Service) => coreText(`service-${service}`);
export const stepTitle = (step: StepId) => coreText(`step-${step}`);
export const customerTypeName = (type: CustomerType) => coreText(`customer-type-${type}`);
export const statusName = (status: ApplicationStatus) => coreText(`application-status-${status}`);
export const deliveryState = (state: OutboxState, args?: MessageArgs) => coreText(`delivery-state-${state}`, args);
/** Why an application is not delivered (yet), with what the service said. */
export function deliveryProblem(problem: DeliveryProblem): string {
  switch (problem.kind) {
    case 'service-error':
      return coreText(`delivery-problem-${problem.kind}`, { status: problem.status });
    case 'refused':
      return coreText(`delivery-problem-${problem.kind}`, { status: problem.status, code: problem.code ?? '–' });
    default:
      return coreText(`delivery-problem-${problem.kind}`);
  }
}
export const importPartName = (part: ImportPart) => coreText(`import-part-${part}`);
export const linkName = (link: Link) => coreText(`link-${link}`);
/** What a change notification changes, and where the service says it is. */
export const changeKindName = (kind: ChangeKind) => coreText(`change-kind-${kind}`);
export const changeStatusName = (status: ChangeStatus) => coreText(`change-status-${status}`);
/** `changeState`'s code, for a test id's data attribute: the service's status, else the
 * delivery's state. */
export const changeStateCode = (change: ChangeView): string | undefined => change.status?.status ?? change.delivery?.state;
/** Where a change is: the service's word once it has one, else its delivery from here. */
export function changeState(change: ChangeView): string {
  if (change.status) return changeStatusName(change.status.status);
  if (change.delivery?.problem) return deliveryProblem(change.delivery.problem);
  return m.changeWaiting();
}
/** Why a service in use's summary shows the copy kept here. */
export const staleReason = (stale: Stale) => coreText(`in-use-stale-${stale}`);
export const basisName = (basis: SigningBasis) => coreText(`signing-basis-${basis}`);
export const serviceIntro = (service: Service) => coreText(`instructions-intro-${service}`);
/** A service description summary: its paragraphs, one per line of the message. */
export const serviceDescription = (service: Service) => coreText(`service-description-${service}`).split('\n');
/** The instructions section of a step that has one (the core's `wizard::sections`). */
export const instructionsHeading = (step: StepId) => coreText(`instructions-${step}-heading`);
export const instructionsText = (step: StepId) => coreText(`instructions-${step}`);
