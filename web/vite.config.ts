import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './vite-plugins/graphql-documents.js';
import { precompress } from './vite-plugins/precompress.js';

const api = process.env.KIZUNA_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    react(),
    graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))),
    precompress(),
  ],
  // rxjs's ES2015 build: classes instead of ES5 helpers, smaller in the first download.
  resolve: { conditions: ['es2015', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/healthz': { target: api },
      '/readyz': { target: api },
      '/media': { target: api },
      // Feedback downloads the api serves as files (CSV export, changelog feed).
      '/feedback/ideas.csv': { target: api },
      '/changelog.atom': { target: api },
      // Survey results as CSV (the answer page /surveys/:id stays the SPA's), the NPS and order
      // imports, and the customer and segment exports.
      '^/surveys/[^/]+/export/': { target: api },
      '/imports/': { target: api },
      '/exports/': { target: api },
      // The audit log as CSV (the console page itself is /manage/audit).
      '/audit/': { target: api },
      // socket.io (live updates): WebSocket upgrades and the polling fallback.
      '/socket.io': { target: api, ws: true },
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // No source maps in production (see README); `vite build --sourcemap` makes them for inspection.
    sourcemap: false,
    // Keep everything in files: the api's CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Everything the first page needs in one file: one request, and it compresses better than
      // dozens of small shared chunks. Pages loaded later share the Mantine parts they use in a
      // few chunks by role (its core, icons, overlays, inputs) rather than one chunk per
      // component and icon: a post page was 57 requests, which cost more than their bytes.
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            {
              name: 'mantine',
              test: /@mantine[\\/](core[\\/]esm[\\/](core|utils)|hooks)[\\/]|[\\/]clsx[\\/]/,
            },
            { name: 'icons', test: /@tabler[\\/]icons-react[\\/]/ },
            {
              name: 'overlays',
              test: /@mantine[\\/]core[\\/]esm[\\/]components[\\/](Modal|ModalBase|Menu|Popover|FocusTrap|Portal|ScrollArea|Combobox|Select|CloseButton|Overlay|Transition|Tooltip|Floating)[\\/]|@floating-ui|react-remove-scroll|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|[\\/]tslib[\\/]/,
            },
            {
              name: 'inputs',
              test: /@mantine[\\/]form[\\/]|@mantine[\\/]core[\\/]esm[\\/]components[\\/](Input|InputBase|Textarea|Radio|Checkbox|Switch|TextInput|PasswordInput|NumberInput|InlineInput|Chip|SegmentedControl|Fieldset)[\\/]|react-textarea-autosize|react-number-format/,
            },
          ],
        },
      },
    },
  },
});
