import { defineConfig } from 'vitest/config';
import { bundledScenarios } from './scripts/vite-scenarios';

export default defineConfig({
  // The page's modules import the bundled scenarios' facts as the build makes them.
  plugins: [bundledScenarios()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
