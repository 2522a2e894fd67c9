/**
 * Demo accounts of the public site (issue 8), so that `npm start` shows the citizen's and the employer's
 * pages populated: a citizen linked to the demo job seeker 林淑芬 (registered at the 大里 station), and the
 * admin account of 大里精密鑄造有限公司, whose vacancy has referrals. Both have the demo password and a
 * verified address; production refuses to start while either still opens with it (as for staff).
 */
import type { Db, Queryable } from '../../db/client.ts';
import { DemoAccountError } from '../access/demo-accounts.ts';
import { hashPassword, verifyPassword } from '../access/passwords.ts';

export const demoPublicAccounts = [
  { email: 'citizen@demo.example.tw', kind: 'citizen' as const, personName: '林淑芬' },
  { email: 'employer@demo.example.tw', kind: 'employer' as const, employerName: '大里精密鑄造有限公司' },
] as const;

export async function loadPublicAccountsDemo(db: Db, options: { password: string }): Promise<void> {
  const hash = await hashPassword(options.password);
  await db.transaction(async (tx) => {
    for (const account of demoPublicAccounts) {
      if (account.kind === 'citizen') {
        const person = (await tx.query<{ id: string }>('SELECT id FROM people WHERE name = $1 ORDER BY created_at LIMIT 1', [account.personName])).rows[0];
        if (!person) throw new Error(`public accounts demo: person ${account.personName} is not in the demo data`);
        await tx.query(
          `INSERT INTO public_accounts (kind, email, password_hash, email_verified_at, person_id) VALUES ('citizen', $1, $2, now(), $3)`,
          [account.email, hash, person.id],
        );
      } else {
        const employer = (await tx.query<{ id: string }>('SELECT id FROM employers WHERE name = $1', [account.employerName])).rows[0];
        if (!employer) throw new Error(`public accounts demo: employer ${account.employerName} is not in the demo data`);
        await tx.query(
          `INSERT INTO public_accounts (kind, email, password_hash, email_verified_at, employer_id, employer_role) VALUES ('employer', $1, $2, now(), $3, 'admin')`,
          [account.email, hash, employer.id],
        );
      }
    }
  });
}

/** Throws DemoAccountError naming the demo public accounts whose password is still one of `demoPasswords`. */
export async function assertNoDemoPublicAccounts(
  db: Queryable,
  demoPasswords: readonly string[],
  /** Demo accounts other modules' demo data add (the career record's worker). */
  otherDemoEmails: readonly string[] = [],
): Promise<void> {
  const { rows } = await db.query<{ email: string; password_hash: string | null }>(
    'SELECT email, password_hash FROM public_accounts WHERE lower(email) = ANY($1::text[])',
    [[...demoPublicAccounts.map((a) => a.email), ...otherDemoEmails]],
  );
  const open: string[] = [];
  for (const row of rows) {
    for (const password of new Set(demoPasswords)) {
      if (row.password_hash && (await verifyPassword(row.password_hash, password))) {
        open.push(row.email);
        break;
      }
    }
  }
  if (open.length) {
    throw new DemoAccountError(
      `Refusing to start with NODE_ENV=production: demo public account(s) ${open.join(', ')} still have the demo password. ` +
        'Delete them (the account\'s own deletion, or start once without NODE_ENV=production and reset the password).',
    );
  }
}
