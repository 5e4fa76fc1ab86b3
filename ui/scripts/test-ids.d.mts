// Types of scripts/test-ids.mjs, for src/test/test-ids.test.ts.
export interface TestIdEntry {
  /** The id, with `{...}` where a part is filled in at run time. */
  id: string;
  /** The components (under ui/src) that render it. */
  files: string[];
}
export const repoRoot: string;
export const contractFile: string;
export function contract(): TestIdEntry[];
export function matcher(entries: TestIdEntry[]): (name: string) => boolean;
export function render(entries: TestIdEntry[]): string;
