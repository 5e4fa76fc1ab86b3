/** How a summary shows a value: as given, or "not given". */
import type { Contact } from '../../lib/bindings/Contact';
import { m } from '../../lib/generated/messages';

export const orEmpty = (value: string | null | undefined): string => (value && value.trim() ? value : m.summaryEmpty());

/** A contact's name: the person's, or the organisation's. */
export const contactName = (c: Contact): string =>
  (c.kind === 'person' ? `${c.firstName} ${c.lastName}` : c.organisationName).trim() || m.summaryEmpty();
