import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The server's first-paint renderer (src/prerender.tsx, issue 15 §7) as one self-contained ES module in
 * web/dist-ssr: every dependency is bundled, so the server needs nothing from the dev dependencies at run time.
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
    // One file: the lazily loaded catalogs of catalog.ts are not used on the server.
    rolldownOptions: {
      output: { codeSplitting: false, entryFileNames: 'prerender.js' },
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
