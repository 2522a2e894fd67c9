import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../shared/logger.ts';
import { createChannels, createLogSmsChannel, createTwilioSmsChannel, toE164, type OutgoingMessage } from './notifications.channels.ts';

const accountSid = `AC${'a1'.repeat(16)}`;
const message: OutgoingMessage = {
  id: '0b6c3a52-2f3e-4d7e-9b1a-7d2f0e8c4a11',
  to: '0912-345-678',
  locale: 'id',
  subject: 'unused by SMS',
  text: 'Rapat mediasi kasus 115-0001 pada 20 Maret 2026 pukul 14.30.',
  html: '',
};

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

describe('SMS channels', () => {
  type Seen = { method: string; url: string; authorization: string; contentType: string; body: URLSearchParams };
  const seen: Seen[] = [];
  let answer: { status: number; body: unknown } = { status: 201, body: {} };
  const server = createServer(async (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    seen.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization ?? '',
      contentType: request.headers['content-type'] ?? '',
      body: new URLSearchParams(Buffer.concat(chunks).toString('utf8')),
    });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
  let baseUrl = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends through the Twilio Messages API format and answers the message sid', async () => {
    answer = { status: 201, body: { sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' } };
    const channel = createTwilioSmsChannel({ baseUrl, accountSid, authToken: 'secret-token-123456', from: '+15005550006' });
    const sent = await channel.send(message);
    assert.equal(sent.providerMessageId, 'SM0123456789abcdef0123456789abcdef');
    const [request] = seen;
    assert.equal(request?.method, 'POST');
    assert.equal(request?.url, `/2010-04-01/Accounts/${accountSid}/Messages.json`);
    assert.equal(request?.authorization, `Basic ${Buffer.from(`${accountSid}:secret-token-123456`).toString('base64')}`);
    assert.equal(request?.contentType, 'application/x-www-form-urlencoded');
    assert.equal(request?.body.get('To'), '+886912345678');
    assert.equal(request?.body.get('From'), '+15005550006');
    assert.equal(request?.body.get('Body'), message.text);
  });

  it('throws on a refusal with the gateway code, so the job retries', async () => {
    answer = { status: 400, body: { code: 21211, message: "The 'To' number +886912345678 is not a valid phone number.", status: 400 } };
    const channel = createTwilioSmsChannel({ baseUrl, accountSid, authToken: 'secret-token-123456', from: '+15005550006' });
    await assert.rejects(channel.send(message), /SMS gateway refused \(HTTP 400, code 21211\)/);
  });

  it('logs the message in development with the number masked', async () => {
    const { logger, lines } = capture();
    await createLogSmsChannel(logger).send(message);
    const logged = lines.join('');
    assert.match(logged, /09\*\*-\*\*\*-678/);
    assert.match(logged, /Rapat mediasi kasus 115-0001/);
    assert.equal(logged.includes('345'), false);
  });

  it('refuses in production when a channel is not configured, instead of pretending to send', async () => {
    const { logger } = capture();
    const channels = createChannels({ isProduction: true, smtpUrl: undefined, mailFrom: undefined, sms: { driver: 'log' } }, logger);
    await assert.rejects(channels.email.send(message), /e-mail is not configured/);
    await assert.rejects(channels.sms.send(message), /SMS is not configured/);
  });

  it('writes Taiwan numbers as E.164', () => {
    assert.equal(toE164('0912 345 678'), '+886912345678');
    assert.equal(toE164('+62 812-3456-7890'), '+6281234567890');
  });
});
