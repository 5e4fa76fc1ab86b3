// Writes src/lib/generated/messages.ts from the Finnish .ftl files (i18n/fi/*.ftl): one typed
// helper per message, `m.<camelCaseId>(args)`, whose parameter object names the message's
// variables, and the `MessageArgs` map behind the typed `t()` and `msg()` of lib/i18n.svelte.ts.
// A message that does not exist, or a variable left out or misnamed, then fails the type check
// (`npm run check`), as the core's generated functions fail `cargo build` (src-tauri/i18n/build.rs,
// the same rules: a message's variables include those of the messages it references; one selected
// on by plural category or number, or given to NUMBER(), is a number). The parity test holds
// Swedish to the same ids and variables.
//
// Run by `npm run build`, `check`, `test` and `watch` before they start; the output is not
// committed (.gitignore).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from '@fluent/syntax';

const here = dirname(fileURLToPath(import.meta.url));
const finnish = join(here, '../../i18n/fi');
const target = join(here, '../src/lib/generated/messages.ts');

const PLURALS = new Set(['zero', 'one', 'two', 'few', 'many']);

/** What a message's pattern uses: its variables, those used as numbers, the messages it references. */
function collect(pattern, found = { variables: new Set(), numeric: new Set(), references: new Set() }) {
  for (const element of pattern?.elements ?? []) {
    if (element.type === 'Placeable') expression(element.expression, found);
  }
  return found;
}

function expression(node, found) {
  switch (node.type) {
    case 'SelectExpression': {
      const byNumber = node.variants.some(
        (v) => v.key.type === 'NumberLiteral' || (v.key.type === 'Identifier' && PLURALS.has(v.key.name)),
      );
      if (byNumber && node.selector.type === 'VariableReference') found.numeric.add(node.selector.id.name);
      expression(node.selector, found);
      for (const variant of node.variants) collect(variant.value, found);
      break;
    }
    case 'VariableReference':
      found.variables.add(node.id.name);
      break;
    case 'MessageReference':
      if (!node.attribute) found.references.add(node.id.name);
      break;
    case 'FunctionReference':
      for (const argument of node.arguments.positional) {
        if (node.id.name === 'NUMBER' && argument.type === 'VariableReference') found.numeric.add(argument.id.name);
        expression(argument, found);
      }
      for (const named of node.arguments.named) expression(named.value, found);
      break;
    case 'TermReference':
      for (const argument of node.arguments?.positional ?? []) expression(argument, found);
      for (const named of node.arguments?.named ?? []) expression(named.value, found);
      break;
    case 'Placeable':
      expression(node.expression, found);
      break;
    default:
      break;
  }
}

/** A message's variables with those of the messages it references, transitively. */
function resolve(id, messages, seen = new Set()) {
  const out = { variables: new Set(), numeric: new Set() };
  if (seen.has(id) || !messages.has(id)) return out;
  seen.add(id);
  const own = messages.get(id);
  own.variables.forEach((v) => out.variables.add(v));
  own.numeric.forEach((v) => out.numeric.add(v));
  for (const reference of own.references) {
    const more = resolve(reference, messages, seen);
    more.variables.forEach((v) => out.variables.add(v));
    more.numeric.forEach((v) => out.numeric.add(v));
  }
  return out;
}

/** The Finnish text's first line, for the helper's documentation. */
function firstLine(pattern) {
  let text = '';
  for (const element of pattern.elements) {
    if (element.type === 'TextElement') text += element.value;
    else if (element.expression.type === 'VariableReference') text += `{$${element.expression.id.name}}`;
    else text += '{…}';
    if (text.includes('\n')) break;
  }
  const line = text.split('\n')[0].trim();
  const short = line.length > 100 ? `${line.slice(0, 100)} …` : line;
  return short.replaceAll('*/', '* /');
}

const camel = (id) => id.replace(/[-_]([a-z0-9])/g, (_, c) => c.toUpperCase());

const messages = new Map();
const files = readdirSync(finnish)
  .filter((name) => name.endsWith('.ftl'))
  .sort();
for (const file of files) {
  const resource = parse(readFileSync(join(finnish, file), 'utf8'), { withSpans: false });
  for (const entry of resource.body) {
    if (entry.type !== 'Message' || !entry.value) continue;
    messages.set(entry.id.name, { file, text: firstLine(entry.value), ...collect(entry.value) });
  }
}

const ids = [...messages.keys()].sort();
const names = new Map();
const argTypes = [];
const helpers = [];
for (const id of ids) {
  const name = camel(id);
  if (names.has(name)) throw new Error(`messages ${names.get(name)} and ${id} make the same helper name ${name}`);
  names.set(name, id);
  const { variables, numeric } = resolve(id, messages);
  const fields = [...variables].sort().map((v) => `${v}: ${numeric.has(v) ? 'number' : 'FluentVariable'}`);
  const args = fields.length ? `{ ${fields.join('; ')} }` : 'undefined';
  argTypes.push(`  '${id}': ${args};`);
  const { file, text } = messages.get(id);
  helpers.push(
    `  /** \`${id}\` (${file}): ${text} */\n` +
      (fields.length
        ? `  ${name}: (args: ${args}): string => i18n.format('${id}', args),`
        : `  ${name}: (): string => i18n.format('${id}'),`),
  );
}

const source = `// Generated by ui/scripts/messages.mjs from i18n/fi/*.ftl: one helper per message. Do not edit.
import type { FluentVariable } from '@fluent/bundle';

import { i18n } from '../i18n.svelte';

/** Every message's variables (\`undefined\`: it takes none). */
export interface MessageArgs {
${argTypes.join('\n')}
}

/** The id of a message of the .ftl files. */
export type MessageId = keyof MessageArgs;

/** One helper per message, in the current language. */
export const m = {
${helpers.join('\n')}
} as const;
`;

mkdirSync(dirname(target), { recursive: true });
// Written only when it changed, so a watching build does not rebuild for nothing.
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // not written yet
}
if (current !== source) writeFileSync(target, source);
