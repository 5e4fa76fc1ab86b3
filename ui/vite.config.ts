import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { svelte } from '@sveltejs/vite-plugin-svelte';
import licence from 'rollup-plugin-license';
import { suomifiDesignTokens } from 'suomifi-design-tokens';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Suomi.fi design system's tokens (colours, spacing, radii, type) as CSS custom properties
 * and type classes, made at build time from the suomifi-design-tokens package: the stylesheet
 * uses `var(--fi-color-brand-base)` and `.fi-text-heading2`, never copied values.
 */
function suomifiTokens(): Plugin {
  const id = 'virtual:suomifi-tokens.css';
  const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const variables = (group: string, values: object) =>
    Object.entries(values).map(([name, value]) => `  --fi-${group}-${kebab(name)}: ${value};`);
  const css = () =>
    [
      ':root {',
      ...variables('color', suomifiDesignTokens.colors),
      ...variables('spacing', suomifiDesignTokens.spacing),
      ...variables('radius', suomifiDesignTokens.radiuses),
      `  --fi-font-family: ${/font-family: ([^;]+);/.exec(suomifiDesignTokens.typography.bodyText)![1]};`,
      '}',
      ...Object.entries(suomifiDesignTokens.typography).map(([name, rules]) => `.fi-text-${kebab(name)} { ${rules} }`),
    ].join('\n');
  return {
    name: 'suomifi-tokens',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    load: (resolved) => (resolved === '\0' + id ? css() : undefined),
  };
}

/**
 * The npm packages bundled into the UI, with their licences, for the About page: written by
 * rollup-plugin-license from what the build really bundled (not from package.json), into
 * src-tauri/app/generated/, where the application crate embeds it (its build.rs). Written only
 * when it changes, so that a UI build does not rebuild the core.
 */
const here = dirname(fileURLToPath(import.meta.url));
const npmLicences = join(here, '../src-tauri/app/generated/npm-licences.json');
function bundledLicences(): Plugin {
  return licence({
    thirdParty: {
      includePrivate: false,
      output: (dependencies) => {
        const bundled = dependencies.map((d) => ({
          name: d.name ?? '',
          version: d.version ?? '',
          licence: d.license ?? 'UNKNOWN',
          text: (d.licenseText ?? '').trim(),
        }));
        // The runtime dependencies the plugin does not see because they reach the bundle as
        // styles, fonts or build-time values (@fontsource's fonts, the design tokens), read from
        // their own package.json and licence file.
        const seen = new Set(bundled.map((p) => p.name));
        const others = Object.keys(JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies)
          .filter((name) => !seen.has(name))
          .map((name) => {
            const dir = join(here, 'node_modules', name);
            const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
            const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
            return { name, version: meta.version, licence: meta.license ?? 'UNKNOWN', text: file ? readFileSync(join(dir, file), 'utf8').trim() : '' };
          });
        const packages = [...bundled, ...others].sort((a, b) => a.name.localeCompare(b.name));
        const json = JSON.stringify({ packages }, null, 1) + '\n';
        if (existsSync(npmLicences) && readFileSync(npmLicences, 'utf8') === json) return;
        mkdirSync(dirname(npmLicences), { recursive: true });
        writeFileSync(npmLicences, json);
      },
    },
  }) as Plugin;
}

// The UI is built into ui/dist, which tauri.conf.json's frontendDist embeds into the binary.
export default defineConfig(({ mode }) => ({
  plugins: [svelte(), suomifiTokens(), ...(mode === 'test' ? [] : [bundledLicences()])],
  base: './',
  clearScreen: false,
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  // Svelte's browser build in tests, so components mount in jsdom. (Outside tests, keep Vite's
  // default conditions: replacing them drops `browser` and bundles Svelte's server build.)
  ...(mode === 'test' ? { resolve: { conditions: ['browser'] } } : {}),
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
}));
