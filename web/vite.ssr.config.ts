import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The server's first-paint renderer (src/prerender.tsx, issue 15 §7) as an ES module in web/dist-ssr with
 * every dependency bundled, so the server needs nothing from the dev dependencies at run time.
 */
export default defineConfig({
  root,
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/prerender.tsx',
    outDir: 'dist-ssr',
    emptyOutDir: true,
    target: 'node24',
    // The catalogs catalog.ts loads lazily stay in chunks of their own, which the server never imports: the
    // entry it loads on the first page request is small.
    rolldownOptions: {
      output: { entryFileNames: 'prerender.js' },
      onwarn(warning, warn) {
        // TanStack Query's "use client"; and the core catalogs, bundled here and loaded lazily by the browser build.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
        warn(warning);
      },
    },
  },
});
