import { PointsService } from '../modules/points/points.service.js';
import { runWithApp } from './run.js';

// Recomputes what member_stats derives from the activity stream (counters, active days,
// streaks, ranks), for operators after a restore or a bug. Safe to run while the api runs.
await runWithApp(async (app) => {
  const started = Date.now();
  await app.get(PointsService).rebuildStats((done, total) => {
    const pct = total ? Math.round((done / total) * 100) : 100;
    process.stdout.write(
      `\rRebuilt ${done.toLocaleString('en')} of ${total.toLocaleString('en')} members (${pct}%)`,
    );
  });
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
