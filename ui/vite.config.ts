import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// The UI is built into ui/dist, which tauri.conf.json's frontendDist embeds into the binary.
export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
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
