/**
 * Turns the core's codes into text. The ids are built from codes the core defines
 * (`validation-<code>`); the core's tests check that every code has a message in both languages.
 */
import type { FieldError } from './bindings/FieldError';
import { t } from './i18n.svelte';

export function validationMessage(error: FieldError): string {
  return t(`validation-${error.code}`, error.args);
}
