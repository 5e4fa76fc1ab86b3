import type { Identity } from '../../lib/bindings/Identity';
import { t } from '../../lib/i18n.svelte';

/** A recorded approver's or signer's name, marked when it is the test environment's test person. */
export function personName(name: string, identity: Identity | null): string {
  return identity?.testPerson && name === identity.name ? t('approved-by-test-person', { name }) : name;
}
