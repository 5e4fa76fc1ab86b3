/**
 * Times as the user reads them: in Finnish or Swedish style, always in Finland's time zone
 * (the Kanta services and Kela's records are in Europe/Helsinki, wherever the computer is).
 */
import type { Language } from './bindings/Language';

const ZONE = 'Europe/Helsinki';

function format(moment: number | string, language: Language, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-FI' : 'fi-FI', { ...options, timeZone: ZONE }).format(new Date(moment));
}

/** A moment (milliseconds since the epoch, or an RFC 3339 text) as date and time. */
export function formatTime(moment: number | string, language: Language): string {
  return format(moment, language, { dateStyle: 'short', timeStyle: 'short' });
}

/** The time of day to the second, for "saved at". */
export function formatClock(moment: number, language: Language): string {
  return format(moment, language, { timeStyle: 'medium' });
}
