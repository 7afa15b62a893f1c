import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Stops the local Neo4j server if the load/export tests started it (tests/helpers/neo4j.ts).
    globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
  },
});
