// drizzle-kit reads every `*.schema.ts` under src/db, so a new aggregate (visit.schema.ts) only adds a file.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/**/*.schema.ts',
  out: './src/db/migrations',
});
