import type { HomeUnit } from '../../modules/access/access.contract.ts';
import type { RequestLog } from '../logger.ts';
import type { Locale } from '../i18n/locales.ts';

/** The signed-in staff member, as every staff route sees it. */
export type StaffPrincipal = {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  /** The unit the account works from; lists narrow to it (src/shared/scope.ts, ADR 0016). */
  homeUnit: HomeUnit;
  csrfToken: string;
  sessionTokenHash: string;
};

/** The signed-in citizen or employer account (src/modules/public-accounts), apart from staff. */
export type AccountPrincipal = {
  id: string;
  kind: 'citizen' | 'employer';
  personId: string | null;
  employerId: string | null;
  employerRole: 'admin' | 'member' | null;
  csrfToken: string;
  sessionTokenHash: string;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    locale: Locale;
    log: RequestLog;
    staff: StaffPrincipal | undefined;
    clientIp: string;
    account: AccountPrincipal | undefined;
    /**
     * Set by every route that needs a session (and by sign-in): the answer, even a refusal, is sent with
     * `Cache-Control: no-store` (issue 16, finding 7).
     */
    noStore: boolean | undefined;
  };
};
