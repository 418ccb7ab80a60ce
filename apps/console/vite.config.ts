import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The console is built into dist/console and served by the API on its own port (apps/api/src/console).
// `npm run console:dev` serves it with hot reload and forwards the API's routes to a running API.
const api = process.env.WAYMARK_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: __dirname,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: resolve(__dirname, '../../dist/console'),
    emptyOutDir: true,
    // No inline scripts or styles: the Content-Security-Policy allows only the console's own files.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      // react-router marks its modules "use client" for server components; irrelevant to a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [resolve(__dirname, '../../node_modules')], quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
  },
  server: {
    proxy: Object.fromEntries(['/graphql', '/auth', '/exports', '/health'].map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
