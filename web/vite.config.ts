import { globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Lists the public app's built files in precache.json (`shared`, and the translations by language in
 * `locales`), so the service worker can store them when it installs: a calculator then works offline after one visit, in any language, without the visitor having
 * opened each page first. The back office is left out: its chunk, and the chunks and styles only it uses,
 * are reached only through the staff route, and a public visitor never downloads them.
 */
function precacheList(): Plugin {
  return {
    name: 'precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const publicFiles = new Set<string>();
      const visited = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = byName.get(fileName);
        if (!chunk || visited.has(fileName) || chunk.name === 'staff-app') return;
        visited.add(fileName);
        // A chunk of styles only is dropped by Vite after this hook (its CSS file stays): listing it would
        // make the service worker's cache.addAll fail as a whole on its 404.
        const modules = Object.keys(chunk.modules);
        if (!(modules.length > 0 && modules.every((id) => id.endsWith('.css')))) publicFiles.add(fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) publicFiles.add(css);
        for (const asset of chunk.viteMetadata?.importedAssets ?? []) publicFiles.add(asset);
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
      };
      for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
      const assets = Object.values(bundle).filter((item) => item.type === 'asset' && !item.fileName.endsWith('.css'));
      // A translation's chunk belongs to its language: the service worker stores the visitor's language
      // only, beside Chinese, which is every language's fallback (issue 15 §7).
      const languageOf = (fileName: string) => {
        const id = byName.get(fileName)?.facadeModuleId ?? '';
        const match = /\/i18n\/locales\/([^/]+)\/[^/]+\.json$/.exec(id);
        return match && match[1] !== 'zh-TW' ? match[1] : undefined;
      };
      const shared: string[] = [];
      const locales: Record<string, string[]> = {};
      for (const name of [...publicFiles, ...assets.map((asset) => asset.fileName)].filter((file) => file.startsWith('assets/')).sort()) {
        const language = languageOf(name);
        if (language) (locales[language] ??= []).push(`/${name}`);
        else shared.push(`/${name}`);
      }
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify({ shared, locales }) });
    },
  };
}

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the build, made once here at the
 * highest levels, which the server sends to browsers that ask for them (issue 15 §7). Node's zlib does it:
 * no dependency. Files under 1 KB are left alone (the headers would outweigh the saving).
 */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    // After the whole build, the public folder's copies included.
    closeBundle() {
      const dir = join(root, 'dist');
      for (const file of globSync('**/*.{js,css,html,json,svg,webmanifest,txt}', { cwd: dir })) {
        const path = join(dir, file);
        if (statSync(path).size < 1024) continue;
        const bytes = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root,
  plugins: [precacheList(), precompress()],
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
    // The back office is one lazy chunk on purpose (ADR 0011), a little over Vite's 500 kB default.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; a browser-only build ignores it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
