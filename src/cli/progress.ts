/**
 * A progress bar for command-line jobs, written to stderr so stdout stays for results. On a terminal
 * the bar is redrawn in place; in a log (CI, a pipe) a line is written now and then instead.
 */

const format = (n: number) => n.toLocaleString('en-US');

/** `[##########··········]  50%  1,500/3,000` */
export function progressBar(done: number, total: number, width = 20): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${percent}  ${format(done)}/${format(total)}`;
}

export type ProgressStream = { isTTY?: boolean; columns?: number; write(text: string): unknown };

export function createProgress(stream: ProgressStream, label: string, options: { nowMs?: () => number; everyPercent?: number } = {}) {
  const nowMs = options.nowMs ?? (() => performance.now());
  const everyPercent = options.everyPercent ?? 25;
  let lastDraw = -Infinity;
  let lastStep = -1;
  let drawn = false;
  return {
    update(done: number, total: number) {
      if (stream.isTTY) {
        const time = nowMs();
        // Redrawing costs more than the work between two batches; 20 frames a second is smooth enough.
        if (done < total && time - lastDraw < 50) return;
        lastDraw = time;
        stream.write(`\r\x1b[2K${label} ${progressBar(done, total)}`);
        drawn = true;
        return;
      }
      const step = total > 0 ? Math.floor((100 * done) / total / everyPercent) : 0;
      if (step === lastStep) return;
      lastStep = step;
      stream.write(`${label} ${progressBar(done, total)}\n`);
    },
    finish() {
      if (stream.isTTY && drawn) stream.write('\n');
    },
  };
}
