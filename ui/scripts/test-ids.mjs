// The test ids as a contract (issue 22): reads every component in src/ with Svelte's own parser
// and lists each `data-testid` the UI can render, as a template (`lang-{choice.lang}`: a part in
// braces is filled in at run time, here with a language code). Where a component takes its test
// id from a prop (`<ChoiceGroup id="test-person">` renders `test-person-{choice.value}`), the
// prop is replaced by what each caller passes, so the list names the ids a test can find.
//
//   node scripts/test-ids.mjs          writes tests/webdriver/test-ids.md
//
// src/test/test-ids.test.ts fails when that file is stale, and when a test (tests/e2e/*.rs,
// tests/webdriver/*.py) names an id the contract does not have.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'svelte/compiler';

const here = dirname(fileURLToPath(import.meta.url));
export const uiRoot = join(here, '..');
export const repoRoot = join(uiRoot, '..');
export const contractFile = join(repoRoot, 'tests/webdriver/test-ids.md');

function* svelteFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* svelteFiles(path);
    else if (entry.name.endsWith('.svelte')) yield path;
  }
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (typeof node.type === 'string') visit(node);
  for (const [key, value] of Object.entries(node)) if (key !== 'parent') walk(value, visit);
}

/** An attribute's value as parts: `{ text }` as it is, `{ expr }` for what is in braces. */
function parts(source, value) {
  if (value === true) return null;
  const list = Array.isArray(value) ? value : [value];
  return list.map((p) => (p.type === 'Text' ? { text: p.data } : { expr: source.slice(p.expression.start, p.expression.end) }));
}

const show = (ps) => ps.map((p) => ('text' in p ? p.text : `{${p.expr}}`)).join('');

/** The component's `$props()` names (with their defaults), and its `const x = $derived(e)` / `const x = e` values. */
function declarations(ast, source) {
  const props = new Map();
  const consts = new Map();
  walk(ast.instance?.content, (n) => {
    if (n.type !== 'VariableDeclarator' || !n.init) return;
    if (n.init.type === 'CallExpression' && n.init.callee?.name === '$props' && n.id.type === 'ObjectPattern') {
      for (const p of n.id.properties) {
        if (!p.key?.name) continue;
        // A default (`primaryTestId = 'save-and-continue'`) is what a caller that passes none gets.
        const fallback = p.value?.type === 'AssignmentPattern' ? source.slice(p.value.right.start, p.value.right.end) : null;
        props.set(p.key.name, fallback);
      }
    } else if (n.id.type === 'Identifier') {
      const init = n.init.type === 'CallExpression' && n.init.callee?.name === '$derived' ? n.init.arguments[0] : n.init;
      consts.set(n.id.name, source.slice(init.start, init.end));
    }
  });
  return { props, consts };
}

const word = (name) => new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');

/** Replaces the name in each expression part by a value (parts, from a caller's attribute). */
function substitute(ps, name, value) {
  const simple = (e) => /^([\w$.]+|'[^']*')$/.test(e);
  const inline =
    value.length === 1 && 'text' in value[0] ? `'${value[0].text}'` : value.length === 1 && simple(value[0].expr) ? value[0].expr : `(${show(value).slice(1, -1)})`;
  return ps.flatMap((p) => {
    if ('text' in p || !word(name).test(p.expr)) return [p];
    if (p.expr === name) return value;
    return [{ expr: p.expr.replace(word(name), inline) }];
  });
}

/** A string is text; `fieldId('a.b[0]')` is worked out; `fieldId(anything else)` is `f-` and the rest. */
function fieldIds(ps) {
  return ps.flatMap((p) => {
    if ('expr' in p && /^'[^']*'$/.test(p.expr)) return [{ text: p.expr.slice(1, -1) }];
    const m = 'expr' in p && /^fieldId\((.*)\)$/s.exec(p.expr);
    if (!m) return [p];
    const literal = /^'([^']*)'$/.exec(m[1]);
    if (literal) return [{ text: 'f-' + literal[1].replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '') }];
    return [{ text: 'f-' }, { expr: m[1] }];
  });
}

function read() {
  const components = new Map();
  for (const path of svelteFiles(join(uiRoot, 'src'))) {
    const source = readFileSync(path, 'utf8');
    const ast = parse(source, { modern: true });
    const file = relative(repoRoot, path);
    const ids = [];
    const uses = [];
    walk(ast.fragment, (n) => {
      if (!n.attributes) return;
      if (n.type === 'Component') {
        const props = new Map();
        for (const a of n.attributes) {
          if (a.type === 'Attribute' && a.value !== true) props.set(a.name, parts(source, a.value));
        }
        uses.push({ component: n.name, props });
      } else {
        for (const a of n.attributes) if (a.type === 'Attribute' && a.name === 'data-testid' && a.value !== true) ids.push(parts(source, a.value));
      }
    });
    components.set(basename(path, '.svelte'), { file, ids, uses, ...declarations(ast, source) });
  }
  return components;
}

/** A component's test id with its local values put in, and its props by what each caller passes. */
function resolve(components, name, ps, depth = 0) {
  const component = components.get(name);
  // A local value is put in where it is the whole part (`{id}`, `id = $derived(fieldId(path))`),
  // or where it is a string: a name inside a larger expression may be a block's own variable.
  for (const [local, value] of component.consts) {
    ps = /^'[^']*'$/.test(value)
      ? substitute(ps, local, [{ expr: value }])
      : ps.map((p) => ('expr' in p && p.expr === local ? { expr: value } : p));
  }
  const prop = [...component.props.keys()].find((p) => ps.some((part) => 'expr' in part && word(p).test(part.expr)));
  if (!prop || depth > 4) return [fieldIds(ps)];
  const found = [];
  for (const [caller, c] of components) {
    for (const use of c.uses) {
      if (use.component !== name) continue;
      const fallback = component.props.get(prop);
      const value = use.props.get(prop) ?? (fallback === null ? null : [{ expr: fallback }]);
      if (value) found.push(...resolve(components, caller, substitute(ps, prop, value), depth + 1));
    }
  }
  return found;
}

/** Every test id template with the components that render it. */
export function contract() {
  const components = read();
  const entries = new Map();
  for (const [name, c] of components) {
    for (const ps of c.ids) {
      for (const resolved of resolve(components, name, ps)) {
        const id = show(resolved);
        if (!entries.has(id)) entries.set(id, new Set());
        entries.get(id).add(c.file);
      }
    }
  }
  return [...entries].map(([id, files]) => ({ id, files: [...files].sort() })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether a concrete id, or a test's own template (`test-person-{person}`), can be one of the contract's. */
// An id that is one part in braces (`{editButton(kind)}`) could be anything: it matches nothing.
export function matcher(entries) {
  const patterns = entries.filter(({ id }) => !/^\{[^}]*\}$/.test(id)).map(({ id }) => {
    const pieces = id.split(/\{[^}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${pieces.join('.+')}$`);
  });
  return (name) => {
    const sample = name.replace(/\{[^}]*\}/g, 'x');
    return patterns.some((p) => p.test(sample));
  };
}

export function render(entries) {
  const lines = [
    '# Test ids: the UI\'s contract with its testers',
    '',
    'Generated by `node ui/scripts/test-ids.mjs` from the components in `ui/src`; do not edit.',
    '`ui/src/test/test-ids.test.ts` fails when this list is stale, and when a test in `tests/`',
    'names an id that is not here. Find an element with the CSS selector `[data-testid="<id>"]`.',
    '',
    'A part in braces is filled in when the screen is drawn:',
    '- `{fieldId(...)}`: an input\'s id, `f-` and its path in the application file with every',
    '  run of other characters as one `-` (`organisation.contacts[0].phone` is',
    '  `f-organisation-contacts-0-phone`; see `tests/e2e/harness.rs`, `field`).',
    '- `{choice.value}`, `{choice.lang}`, `{step}`, `{i}` and the like: the value of the choice,',
    '  the language (`fi`, `sv`), the wizard step, the position in a list from 0.',
    '',
    '| Test id | Rendered by |',
    '|---|---|',
    ...entries.map(({ id, files }) => `| \`${id.replaceAll('|', '\\|')}\` | ${files.map((f) => `\`${f.replace(/^ui\/src\//, '')}\``).join(', ')} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(contractFile, render(contract()));
  console.log(`wrote ${relative(process.cwd(), contractFile)}`);
}
