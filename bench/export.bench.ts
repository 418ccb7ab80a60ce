/**
 * `npm run bench:export`: streams a CIN census export of BENCH_ROWS (default 100,000) child
 * episodes and prints rows, time and peak memory. Needs a PostgreSQL database it may fill:
 * BENCH_DATABASE_URL (default TEST_DATABASE_URL). The API and the client run in this one process,
 * so the peak RSS printed bounds both; it should stay flat as BENCH_ROWS grows.
 */
import { get } from 'node:http';
import { AddressInfo } from 'node:net';
import { aUser, anAgency } from '../test/support/factories';
import { startTestApp } from '../test/support/test-app';
import { Role } from '../libs/access/src';

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 100_000);
  process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!process.env.TEST_DATABASE_URL) throw new Error('Set BENCH_DATABASE_URL to a PostgreSQL database the bench may fill.');
  const t = await startTestApp({ DATABASE_MIGRATE_ON_START: 'true' }, { consumeJobs: false });
  try {
    const agency = await anAgency(t);
    const manager = await aUser(t, [Role.MANAGER], agency);
    const [family] = await t.dataSource.query(`INSERT INTO family (name, agency_id) VALUES ('Bench family', $1) RETURNING id`, [agency.id]);
    const seeded = Date.now();
    await t.dataSource.query(
      `WITH kids AS (
         INSERT INTO person (given_name, family_name, gender, ethnicity_group, created_by_user_id)
         SELECT 'Bench', 'Child ' || g, 'FEMALE', 'WHITE', $1 FROM generate_series(1, $3::int) g RETURNING id)
       INSERT INTO episode (family_id, child_id, level, opened_on, closed_on, closure_reason)
       SELECT $2, id, 'CIN', date '2025-01-01', date '2025-02-01', 'RC7' FROM kids`,
      [manager.id, family.id, rows],
    );
    console.log(`seeded ${rows} episodes in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    global.gc?.();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 20);
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const started = Date.now();
    const received = await new Promise<number>((resolve, reject) => {
      get(
        { host: '127.0.0.1', port, path: '/exports/cin-census.csv?from=2025-01-01&to=2025-12-31', headers: { authorization: `Bearer ${manager.token}` } },
        (res) => {
          if (res.statusCode !== 200) reject(new Error(`export answered ${res.statusCode}`));
          let lines = 0;
          res.on('data', (chunk: Buffer) => {
            for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
          });
          res.on('end', () => resolve(lines - 1));
          res.on('error', reject);
        },
      ).on('error', reject);
    });
    clearInterval(sampler);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
    console.log(`rows ${received} (expected ${rows}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`RSS: before ${mb(baseline.rss)}, peak ${mb(peakRss)}; heap used: before ${mb(baseline.heapUsed)}, peak ${mb(peakHeap)}`);
    if (received !== rows) process.exitCode = 1;
  } finally {
    await t.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
