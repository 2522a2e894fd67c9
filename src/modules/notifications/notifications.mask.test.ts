import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskEmail, maskPhone, maskRecipient, scrubError } from './notifications.mask.ts';

describe('masking recipients', () => {
  it('keeps the first letter and the domain of an address', () => {
    assert.equal(maskEmail('wang.xiaoming@example.com'), 'w***@example.com');
    assert.equal(maskEmail('not-an-address'), '***');
  });

  it('keeps the first two and last three digits of a phone number', () => {
    assert.equal(maskPhone('0912345678'), '09**-***-678');
    assert.equal(maskPhone('0912-345-678'), '09**-***-678');
    assert.equal(maskPhone('+886 912 345 678'), '09**-***-678');
    assert.equal(maskPhone('04-2228-9111'), '04**-***-111');
    assert.equal(maskPhone('+62 812 3456 7890'), '62********890');
    assert.equal(maskPhone('123'), '***');
  });

  it('shows nothing of a sealed recipient', () => {
    assert.equal(maskRecipient('email', 'lin@example.tw', true), '***@***');
    assert.equal(maskRecipient('sms', '0912345678', true), '**********');
    assert.equal(maskRecipient('sms', '0912345678', false), '09**-***-678');
  });

  it('scrubs addresses and numbers out of a refusal before it is stored', () => {
    const scrubbed = scrubError('451 4.7.1 <lin.xiuying@example.tw>: greylisted; also bcc anna@mail.example.org or call 0912 345 678', 'lin.xiuying@example.tw');
    assert.equal(scrubbed, '451 4.7.1 <<recipient>>: greylisted; also bcc a***@mail.example.org or call 09**-***-678');
    assert.equal(scrubError('x'.repeat(900)).length, 500);
  });
});
