import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgress, progressBar } from './progress.ts';

describe('progress bar', () => {
  it('draws the share done', () => {
    assert.equal(progressBar(0, 300_000, 10), '[··········]   0%  0/300,000');
    assert.equal(progressBar(150_000, 300_000, 10), '[#####·····]  50%  150,000/300,000');
    assert.equal(progressBar(300_000, 300_000, 10), '[##########] 100%  300,000/300,000');
    assert.equal(progressBar(0, 0, 4), '[####] 100%  0/0');
  });

  it('redraws in place on a terminal, at most 20 times a second, always the last frame', () => {
    const out: string[] = [];
    let time = 0;
    const progress = createProgress({ isTTY: true, write: (text) => out.push(text) }, 'a.csv', { nowMs: () => time });
    progress.update(0, 100);
    time = 10;
    progress.update(10, 100); // too soon: skipped
    time = 100;
    progress.update(50, 100);
    time = 101;
    progress.update(100, 100); // the end is always drawn
    progress.finish();
    assert.equal(out.length, 4);
    assert.ok(out.slice(0, 3).every((frame) => frame.startsWith('\r\x1b[2Ka.csv [')));
    assert.match(out[2] ?? '', /100%/);
    assert.equal(out[3], '\n');
  });

  it('writes a line now and then in a log', () => {
    const out: string[] = [];
    const progress = createProgress({ isTTY: false, write: (text) => out.push(text) }, 'a.csv');
    for (let done = 0; done <= 1000; done += 10) progress.update(done, 1000);
    progress.finish();
    assert.deepEqual(
      out.map((line) => /(\d+)%/.exec(line)?.[1]),
      ['0', '25', '50', '75', '100'],
    );
    assert.ok(out.every((line) => line.endsWith('\n') && !line.includes('\r')));
  });
});
