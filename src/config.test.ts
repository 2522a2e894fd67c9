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

  it('takes a read replica only with a primary server', () => {
    assert.throws(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/platform' }), (error: Error) => error instanceof ConfigError && /DATABASE_URL/.test(error.message));
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://primary/platform', DATABASE_READ_URL: 'postgres://replica/platform' }).databaseReadUrl, 'postgres://replica/platform');
    assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://primary/platform', DATABASE_READ_URL: 'mysql://replica' }), ConfigError);
  });

  it('treats an empty value as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '', PORT: '' }).port, 3000);
  });

  it('reads the mail and SMS settings, and names what a chosen gateway still lacks', () => {
    const mail = loadConfig({ SMTP_URL: 'smtp://mailer:secret@mail.example.gov.tw:587', MAIL_FROM: '臺中市政府勞工局 <no-reply@example.gov.tw>' });
    assert.equal(mail.smtpUrl, 'smtp://mailer:secret@mail.example.gov.tw:587');
    assert.deepEqual(mail.sms, { driver: 'log' });
    assert.throws(() => loadConfig({ SMTP_URL: 'smtp://mail.example.gov.tw' }), /MAIL_FROM: required when SMTP_URL/);
    assert.throws(() => loadConfig({ SMTP_URL: 'http://mail.example.gov.tw', MAIL_FROM: 'a@example.gov.tw' }), /SMTP_URL/);
    assert.throws(() => loadConfig({ SMS_DRIVER: 'twilio', SMS_FROM: '+15005550006' }), (error: unknown) =>
      error instanceof ConfigError && /TWILIO_ACCOUNT_SID/.test(error.message) && /TWILIO_AUTH_TOKEN/.test(error.message) && !/SMS_FROM/.test(error.message),
    );
    const sms = loadConfig({
      SMS_DRIVER: 'twilio',
      TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'a-long-enough-token',
      SMS_FROM: '+15005550006',
    }).sms;
    assert.equal(sms.driver, 'twilio');
    assert.equal(sms.driver === 'twilio' && sms.gatewayUrl, 'https://api.twilio.com');
  });
});
