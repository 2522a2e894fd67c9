import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Lists every built file under assets/ in precache.json, so the service worker can store the whole app
 * when it installs: a calculator then works offline after one visit, in any language, without the
 * visitor having opened each page first.
 */
function precacheList(): Plugin {
  return {
    name: 'precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/'))
        .sort()
        .map((name) => `/${name}`);
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify(files) });
    },
  };
}

export default defineConfig({
  root,
  plugins: [precacheList()],
  publicDir: 'public',
  // Vite 8 compiles JSX with its built-in oxc transform; no React plugin is needed for a production build.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP forbids inline scripts, so never inline the module preload polyfill or small assets as data: scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
    // The manifest lets `npm run bench` add up what the first load of / downloads (bench/first-load.ts).
    manifest: true,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; a browser-only build ignores it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
