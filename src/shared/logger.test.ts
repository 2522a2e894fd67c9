import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from './logger.ts';

describe('logger', () => {
  it('redacts personal data and secrets wherever they are logged', () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        out += chunk;
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({ person: { idNumber: 'A123456789', phone: '0912345678', name: '王小明' }, headers: { cookie: 'sid=secret' } }, 'x');
    assert.doesNotMatch(out, /A123456789|0912345678|王小明|sid=secret/);
    assert.match(out, /\[redacted\]/);
  });
});
