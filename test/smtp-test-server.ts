/**
 * A real SMTP server for tests (smtp-server), on a free local port. It can refuse the next RCPT TO with
 * a temporary error, as a greylisting server does, and decodes what it receives (headers, the text and
 * HTML parts) so tests read the message as a mail client would.
 */
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; headers: Map<string, string>; subject: string; text: string; html: string; raw: string };

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=\s*/g, (_whole, _charset: string, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(decodeQp(data.replace(/_/g, ' ')), 'latin1').toString('utf8'),
  );
}

function decodeQp(value: string): string {
  const bytes = value.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_w, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return bytes;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  const kind = (encoding ?? '7bit').toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (kind === 'quoted-printable') return Buffer.from(decodeQp(body), 'latin1').toString('utf8');
  return body;
}

/** The decoded parts of a (possibly multipart) message, by content type. */
function parts(raw: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (entity: string) => {
    const split = entity.search(/\r?\n\r?\n/);
    const headers = parseHeaders(entity.slice(0, split));
    const body = entity.slice(split).replace(/^\r?\n\r?\n/, '');
    const type = headers.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const part of body.split(`--${boundary}`).slice(1)) {
        if (part.startsWith('--')) break;
        walk(part.replace(/^\r?\n/, ''));
      }
    } else {
      found.set(type.split(';')[0]?.trim().toLowerCase() ?? 'text/plain', decodeBody(body, headers.get('content-transfer-encoding')));
    }
  };
  walk(raw);
  return found;
}

export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  let rcptAttempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      rcptAttempts += 1;
      if (refusals > 0) {
        refusals -= 1;
        // A temporary refusal that quotes the address, as real servers do: it must not reach our records.
        const error = Object.assign(new Error(`4.7.1 <${address.address}>: greylisted, please try again later`), { responseCode: 451 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const split = raw.search(/\r?\n\r?\n/);
        const headers = parseHeaders(raw.slice(0, split));
        const decoded = parts(raw);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          headers,
          subject: decodeWords(headers.get('subject') ?? ''),
          text: decoded.get('text/plain') ?? '',
          html: decoded.get('text/html') ?? '',
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Refuse the next `count` recipients with 451. */
    refuseNext(count: number) {
      refusals = count;
    },
    get rcptAttempts() {
      return rcptAttempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` answers something truthy (jobs run on pg-boss's timers). */
export async function waitFor<T>(check: () => Promise<T | undefined | false | null> | T | undefined | false | null, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
