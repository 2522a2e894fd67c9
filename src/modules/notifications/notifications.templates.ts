/**
 * Notice templates as data: each names its i18n keys (`notifications.<template>.subject|body` in
 * src/shared/i18n/locales/*, kept complete by `npm run check:i18n` and by notifications.templates.test.ts)
 * and the parameters it takes, with their kind. The recipient's language picks the catalog; a language
 * we do not have falls back to zh-TW.
 */
import { formatDocumentDate } from '../../shared/documents/pdf.ts';
import { isLocale, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import { serverCatalogs } from '../../shared/i18n/translate.ts';

/** text: as given; date: a YYYY-MM-DD calendar day, written as the bureau's documents write it (ROC year in zh-TW); party-role: translated. */
export type ParamKind = 'text' | 'date' | 'party-role';

export const partyRoles = ['applicant', 'respondent'] as const;

export const noticeTemplates = {
  /** The bureau's written reply to a complaint (勞動基準法檢舉案件保密及處理辦法: a written reply within 60 days). */
  'complaint-reply': { bureau: 'text', trackingCode: 'text', reply: 'text', repliedOn: 'date' },
  /**
   * Notice of a mediation meeting to each party of a labor dispute (勞資爭議處理法, chapter 2). Its module
   * arrives with issue 11; the template and its PDF are ready for it.
   */
  'mediation-notice': {
    bureau: 'text',
    caseNumber: 'text',
    recipientName: 'text',
    partyRole: 'party-role',
    sessionDate: 'date',
    sessionTime: 'text',
    venue: 'text',
    matters: 'text',
    contactPhone: 'text',
    /** Empty, or a paragraph (with its leading blank line) of the session's remarks in the party's language. */
    remarks: 'text',
  },
  /** The mediation record (調解紀錄, 勞資爭議處理法 Art. 22) to each party, as a link to that party's PDF copy (issue 11). */
  'mediation-record': { bureau: 'text', caseNumber: 'text', recipientName: 'text', partyRole: 'party-role', outcome: 'text', outcomeOn: 'date', link: 'text', validUntil: 'date' },
  /** An agreed payment past its day and not recorded as paid (勞資爭議處理法 Art. 59: the court may order enforcement). */
  'mediation-payment-overdue': { bureau: 'text', caseNumber: 'text', recipientName: 'text', amount: 'text', dueOn: 'date', contactPhone: 'text' },
  /** A mediation deadline (with its article) due within the days the bureau set, to the staff who must act (ADR 0042). */
  'mediation-deadline-reminder': { bureau: 'text', caseNumber: 'text', deadline: 'text', article: 'text', dueOn: 'date', link: 'text' },
  /** A mediation deadline past its last day, to the staff who must act and the site's supervising role. */
  'mediation-deadline-overdue': { bureau: 'text', caseNumber: 'text', deadline: 'text', article: 'text', dueOn: 'date', link: 'text' },
  /** Public accounts (ADR 0017): the link that proves the address; valid 24 hours, once. */
  'account-verify-email': { bureau: 'text', link: 'text' },
  /** Public accounts: the link that sets a new password; valid 1 hour, once. */
  'account-reset-password': { bureau: 'text', link: 'text' },
  /** Public accounts: an employer's admin invites a colleague; valid 72 hours, once. */
  'employer-invitation': { bureau: 'text', employerName: 'text', link: 'text' },
  /** Youth services (ADR 0027): a counselling booking taken, with the code that cancels it. */
  'youth-booking-confirmation': { bureau: 'text', code: 'text', date: 'date', time: 'text', venue: 'text' },
  /** Youth services: the day before the session. */
  'youth-booking-reminder': { bureau: 'text', date: 'date', time: 'text', venue: 'text' },
  /** Migrant workers (ADR 0032): an officer's visit tasks due within 14 days and overdue, each morning. */
  'migrant-visit-tasks-reminder': { dueSoon: 'text', overdue: 'text', days: 'text', link: 'text' },
  /** Migrant workers: a 1955 dispatch's reply is due tomorrow (the dispatch's own deadline). */
  'migrant-dispatch-due': { dispatchNumber: 'text', deadline: 'date', link: 'text' },
  /** Migrant workers: a 1955 dispatch's reply deadline has passed without a reply. */
  'migrant-dispatch-overdue': { dispatchNumber: 'text', deadline: 'date', link: 'text' },
  /**
   * Programs (ADR 0021): the decision on an application, in the applicant's language, with the appeal
   * instructions of 訴願法 §14 I (30 days from the day after the notice is served) and §58 I (through the
   * bureau to the appeal authority).
   */
  'program-approved': { bureau: 'text', programName: 'text', applicationNumber: 'text', amount: 'text', reason: 'text', decidedOn: 'date', appealAuthority: 'text' },
  'program-rejected': { bureau: 'text', programName: 'text', applicationNumber: 'text', reason: 'text', decidedOn: 'date', appealAuthority: 'text' },
  /**
   * Programs (ADR 0039): a recovery of an overpayment opened, with the amount, the reason and legal basis
   * staff entered, the due date, and the same appeal instructions as the decision (訴願法 §14 I, §58 I).
   */
  'program-recovery': { bureau: 'text', programName: 'text', applicationNumber: 'text', amount: 'text', reason: 'text', legalBasis: 'text', dueOn: 'date', openedOn: 'date', appealAuthority: 'text' },
  /** Programs: an open application reached its escalation point (the definition's rule), to the supervisor. */
  'program-escalation': { bureau: 'text', programName: 'text', applicationNumber: 'text', receivedAt: 'text', dueAt: 'text', hoursLeft: 'text' },
  /**
   * Any module (ADR 0030): the interpreter's translation of free text the bureau wrote in Chinese, sent when
   * the translation task is done. `what` names the text in the reader's words, `reference` the record.
   */
  'translation-ready': { bureau: 'text', what: 'text', reference: 'text', text: 'text', original: 'text' },
  /** Unions (issue 11 §4): to the unions officer, a set number of days (data, not law) before a board's term ends. */
  'union-election-reminder': { bureau: 'text', unionName: 'text', registrationNumber: 'text', termEndsOn: 'date' },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type TemplateKey = keyof typeof noticeTemplates;
export const templateKeys = Object.keys(noticeTemplates) as TemplateKey[];
export type TemplateParams<K extends TemplateKey> = { [P in keyof (typeof noticeTemplates)[K]]: string };

export function isTemplateKey(value: string): value is TemplateKey {
  return Object.hasOwn(noticeTemplates, value);
}

export type RenderedNotice = { locale: Locale; subject: string; text: string; html: string };

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);


function fill(template: string, values: Record<string, string>): string {
  // One pass over the template: a value that itself contains {name} is never expanded again.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));
}

/** The template's catalog text in `locale`, or in zh-TW when the recipient's language is not ours. */
export function catalogText(locale: Locale, key: string): string {
  const text = serverCatalogs[locale][key] ?? serverCatalogs[sourceLocale][key];
  if (text === undefined) throw new Error(`missing notice text ${key}`);
  return text;
}

export function resolveLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : sourceLocale;
}

/** The parameters as the recipient reads them: dates in their calendar, roles in their words. */
export function displayValues<K extends TemplateKey>(key: K, locale: Locale, params: TemplateParams<K>): Record<string, string> {
  const kinds = noticeTemplates[key] as Record<string, ParamKind>;
  const values: Record<string, string> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const raw = (params as Record<string, string>)[name];
    if (raw === undefined) throw new Error(`notice ${key} lacks parameter ${name}`);
    if (kind === 'date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new Error(`notice ${key}: ${name} must be YYYY-MM-DD`);
      values[name] = formatDocumentDate(raw, locale);
    } else if (kind === 'party-role') {
      if (!(partyRoles as readonly string[]).includes(raw)) throw new Error(`notice ${key}: unknown party role`);
      values[name] = catalogText(locale, `notifications.party.${raw}`);
    } else {
      values[name] = raw;
    }
  }
  return values;
}

/**
 * Subject, plain text and HTML of a notice. Parameters are filled in as text: the HTML part escapes the
 * whole filled text (the templates hold no markup), so a reply typed as `<script>` arrives as those
 * characters; line breaks in the subject are flattened, so a value cannot add a mail header.
 */
export function renderNotice<K extends TemplateKey>(key: K, localeWanted: string, params: TemplateParams<K>): RenderedNotice {
  const locale = resolveLocale(localeWanted);
  const values = displayValues(key, locale, params);
  const subject = fill(catalogText(locale, `notifications.${key}.subject`), values).replace(/[\r\n]+/g, ' ');
  const text = fill(catalogText(locale, `notifications.${key}.body`), values).replace(/\r\n?/g, '\n');
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${paragraphs.join('\n')}</body></html>`;
  return { locale, subject, text, html };
}
