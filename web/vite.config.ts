import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.KIZUNA_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/healthz': { target: api },
      '/readyz': { target: api },
      '/media': { target: api },
      // socket.io (live updates): WebSocket upgrades and the polling fallback.
      '/socket.io': { target: api, ws: true },
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: true,
    // Keep everything in files: the api's CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
