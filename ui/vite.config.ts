import { svelte } from '@sveltejs/vite-plugin-svelte';
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

// The UI is built into ui/dist, which tauri.conf.json's frontendDist embeds into the binary.
export default defineConfig(({ mode }) => ({
  plugins: [svelte(), suomifiTokens()],
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
