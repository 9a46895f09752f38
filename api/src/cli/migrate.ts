import { runWithApp } from './run.js';

// createApp applies pending migrations under the advisory lock; this command only reports.
await runWithApp(async () => {
  console.log('Database is migrated.');
});
