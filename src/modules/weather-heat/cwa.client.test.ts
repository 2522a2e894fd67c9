import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CwaError, createCwaClient, type FetchLike } from './cwa.client.ts';
import { readFixture } from './heat.recorded.ts';

const key = 'CWA-TEST-0000-KEY';

function answering(status: number, body: string) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    return { ok: status >= 200 && status < 300, status, text: async () => body };
  };
  return { calls, fetch };
}

async function rejection(promise: Promise<unknown>): Promise<CwaError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof CwaError, `expected a CwaError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('CWA client', () => {
  it('without a key fetches nothing and says it is offline', async () => {
    const { calls, fetch } = answering(200, '{}');
    const client = createCwaClient({ apiKey: undefined, fetch });
    assert.equal(client.hasKey, false);
    const error = await rejection(client.observations('O-A0001-001'));
    assert.equal(error.kind, 'no-key');
    assert.equal(calls.length, 0);
    assert.equal(createCwaClient({ apiKey: '   ', fetch }).hasKey, false, 'a blank key is no key');
  });

  it('asks the documented URL with the key and the county filter, and parses the answer', async () => {
    const { calls, fetch } = answering(200, JSON.stringify(readFixture('m-a0085-001.json')));
    const client = createCwaClient({ apiKey: key, fetch });
    const parsed = await client.heatInjuryIndex();
    assert.equal(parsed.records.length, 290);
    const url = new URL(calls[0] ?? '');
    assert.equal(url.origin + url.pathname, 'https://opendata.cwa.gov.tw/api/v1/rest/datastore/M-A0085-001');
    assert.equal(url.searchParams.get('Authorization'), key);
    assert.equal(url.searchParams.get('format'), 'JSON');
    assert.equal(url.searchParams.get('CountyName'), '臺中市');
  });

  it('fetches the observation datasets and the city forecast dataset by their ids', async () => {
    const { calls, fetch } = answering(200, JSON.stringify(readFixture('f-d0047-073.json')));
    const client = createCwaClient({ apiKey: key, fetch });
    const forecast = await client.townshipForecast();
    assert.equal(forecast.format, 'current');
    assert.match(calls[0] ?? '', /\/F-D0047-073\?/);
    const observations = createCwaClient({ apiKey: key, fetch: answering(200, JSON.stringify(readFixture('o-a0003-001.json'))).fetch });
    assert.equal((await observations.observations('O-A0003-001')).records.length, 3);
  });

  it('parses JSON sent as binary/octet-stream with a byte-order mark', async () => {
    const { fetch } = answering(200, `\uFEFF${JSON.stringify(readFixture('o-a0003-001.legacy.json'))}`);
    const parsed = await createCwaClient({ apiKey: key, fetch }).observations('O-A0003-001');
    assert.equal(parsed.format, 'legacy');
  });

  it('reports an HTTP error by status, without the key in the message', async () => {
    const { fetch } = answering(500, 'Internal Server Error');
    const error = await rejection(createCwaClient({ apiKey: key, fetch }).observations('O-A0001-001'));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.short, 'http-500');
    assert.doesNotMatch(`${error.message} ${error.stack}`, new RegExp(key));
  });

  it('reports broken JSON, a {"success":"false"} answer and a wrong shape as malformed', async () => {
    for (const body of ['{"records": {"Station": [', '{"success":"false","message":"Resource not found"}', '{"records":{"Foo":[]}}', '[]']) {
      const error = await rejection(createCwaClient({ apiKey: key, fetch: answering(200, body).fetch }).observations('O-A0001-001'));
      assert.equal(error.kind, 'malformed', body);
    }
  });

  it('reports a network failure and a timeout', async () => {
    const down: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    assert.equal((await rejection(createCwaClient({ apiKey: key, fetch: down }).townshipForecast())).kind, 'network');
    const slow: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const error = await rejection(createCwaClient({ apiKey: key, fetch: slow, timeoutMs: 20 }).townshipForecast());
    assert.equal(error.kind, 'timeout');
  });
});
