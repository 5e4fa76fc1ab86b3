/**
 * Turns the core's codes into text. The ids are built from codes the core defines
 * (`validation-<code>`); the core's tests check that every code has a message in both languages.
 */
import type { Finding } from './bindings/Finding';
import { t } from './i18n.svelte';

export function validationMessage(finding: Finding): string {
  return t(`validation-${finding.code}`, finding.args);
}
