/**
 * A scratch database on the PostgreSQL server for one benchmark: created empty, its URL handed out, and
 * dropped afterwards. Every bench that measures on the server uses this, so none leaves a database behind.
 */
import pg from 'pg';

export async function scratchDatabase(serverUrl: string, stem: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `lap_bench_${stem}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name}`) };
}
