import type { Identity } from '../../lib/bindings/Identity';
import { m } from '../../lib/generated/messages';

/** A recorded approver's or signer's name, marked when it is the test environment's test person. */
export function personName(name: string, identity: Identity | null): string {
  return identity?.testPerson && name === identity.name ? m.approvedByTestPerson({ name }) : name;
}
