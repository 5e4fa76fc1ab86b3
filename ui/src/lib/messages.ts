/**
 * Turns the core's codes into text. These are the only message ids the UI builds at run time;
 * each prefix here is listed in the core's `i18n::ids_built_from_codes`, whose test checks that
 * every code of it has a message in both languages.
 */
import type { ApplicationStatus } from './bindings/ApplicationStatus';
import type { CommonRole } from './bindings/CommonRole';
import type { CustomerType } from './bindings/CustomerType';
import type { DeliveryProblem } from './bindings/DeliveryProblem';
import type { Finding } from './bindings/Finding';
import type { ImportPart } from './bindings/ImportPart';
import type { OutboxState } from './bindings/OutboxState';
import type { Service } from './bindings/Service';
import type { ServiceRole } from './bindings/ServiceRole';
import type { SigningBasis } from './bindings/SigningBasis';
import type { StepId } from './bindings/StepId';
import { t, type MessageArgs } from './i18n.svelte';

export function validationMessage(finding: Finding): string {
  return t(`validation-${finding.code}`, finding.args);
}

export const roleName = (role: CommonRole | ServiceRole) => t(`role-${role}`);
export const serviceName = (service: Service) => t(`service-${service}`);
export const stepTitle = (step: StepId) => t(`step-${step}`);
export const customerTypeName = (type: CustomerType) => t(`customer-type-${type}`);
export const statusName = (status: ApplicationStatus) => t(`application-status-${status}`);
export const deliveryState = (state: OutboxState, args?: MessageArgs) => t(`delivery-state-${state}`, args);
/** Why an application is not delivered (yet), with what the service said. */
export function deliveryProblem(problem: DeliveryProblem): string {
  switch (problem.kind) {
    case 'service-error':
      return t(`delivery-problem-${problem.kind}`, { status: problem.status });
    case 'refused':
      return t(`delivery-problem-${problem.kind}`, { status: problem.status, code: problem.code ?? '–' });
    default:
      return t(`delivery-problem-${problem.kind}`);
  }
}
export const importPartName = (part: ImportPart) => t(`import-part-${part}`);
export const basisName = (basis: SigningBasis) => t(`signing-basis-${basis}`);
export const serviceIntro = (service: Service) => t(`instructions-intro-${service}`);
/** A service description summary: its paragraphs, one per line of the message. */
export const serviceDescription = (service: Service) => t(`service-description-${service}`).split('\n');
/** The instructions section of a step that has one (the core's `wizard::sections`). */
export const instructionsHeading = (step: StepId) => t(`instructions-${step}-heading`);
export const instructionsText = (step: StepId) => t(`instructions-${step}`);
