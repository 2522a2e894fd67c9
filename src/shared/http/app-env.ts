import type { Logger } from '../logger.ts';
import type { Locale } from '../i18n/locales.ts';

/** The signed-in staff member, as every staff route sees it. */
export type StaffPrincipal = {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  unitCode: string | null;
  csrfToken: string;
  sessionTokenHash: string;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    locale: Locale;
    log: Logger;
    staff: StaffPrincipal | undefined;
    clientIp: string;
  };
};
