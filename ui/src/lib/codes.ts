/** The code lists as choices in the current language. */
import type { CodeList } from './bindings/CodeList';
import type { ListId } from './bindings/ListId';
import { i18n } from './i18n.svelte';

export function choicesOf(lists: CodeList[], id: ListId): { value: string; label: string }[] {
  const list = lists.find((l) => l.list === id);
  return (list?.codes ?? []).map((code) => ({ value: code.code, label: code[i18n.language] }));
}

/** A code's name in the current language; the code itself when the list does not know it. */
export function codeName(lists: CodeList[], id: ListId, code: string): string {
  return choicesOf(lists, id).find((c) => c.value === code)?.label ?? code;
}
