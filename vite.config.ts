import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The browser client lives in client/; the server serves dist/client in production. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
      '/collab': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
