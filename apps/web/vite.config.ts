import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API listens here in development (`PORT=3000`); the browser only ever talks to Vite's origin. */
const apiTarget = 'http://127.0.0.1:3000';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

/**
 * Recharts with its dependencies, d3-geo, TopoJSON and the world atlas for the map, and Papa Parse
 * for chart CSVs, react-hook-form for the admin forms: only lazily loaded pages import them, so
 * they stay out of the vendor chunk every page loads.
 */
const lazyLibraries =
  /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|eventemitter3|tiny-invariant|use-sync-external-store|@standard-schema|clsx|topojson-client|world-atlas|papaparse|react-hook-form|@hookform)[\\/]/;

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': decodeURIComponent(new URL('./src', import.meta.url).pathname) },
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 3,
            },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, priority: 2 },
            // Chart and map libraries stay out of the shared vendor chunk: only the lazily loaded
            // chart modules import them, so they load with the first chart, not with every page.
            {
              name: 'vendor',
              test: (id) => /node_modules[\\/]/.test(id) && !lazyLibraries.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
