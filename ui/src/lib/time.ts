/**
 * Times as the user reads them: in Finnish or Swedish style, always in Finland's time zone
 * (the Kanta services and Kela's records are in Europe/Helsinki, wherever the computer is).
 */
import type { Language } from './bindings/Language';

const ZONE = 'Europe/Helsinki';

/** A moment (milliseconds since the epoch, or an RFC 3339 text) as date and time. */
export function formatTime(moment: number | string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-FI' : 'fi-FI', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: ZONE,
  }).format(new Date(moment));
}
