import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, './data');
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.demoPassword, 'demo1234');
    assert.equal(config.city, 'taichung');
  });

  it('names every bad variable in one message', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /PORT/.test(error.message) &&
        /DATABASE_URL: must start with postgres/.test(error.message) &&
        /LOG_LEVEL/.test(error.message),
    );
  });

  it('never loads demo data in production, and refuses to be told to', () => {
    assert.equal(loadConfig({ NODE_ENV: 'production' }).demoData, false);
    assert.throws(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' }), /DEMO_DATA/);
  });

  it('takes an optional Redis URL for shared rate limits, and refuses anything else', () => {
    assert.equal(loadConfig({}).redisUrl, undefined);
    assert.equal(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl, 'redis://127.0.0.1:6379');
    assert.throws(() => loadConfig({ REDIS_URL: 'http://cache:6379' }), /REDIS_URL: must start with redis:\/\/ or rediss:\/\//);
  });

  it('treats an empty value as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '', PORT: '' }).port, 3000);
  });
});
