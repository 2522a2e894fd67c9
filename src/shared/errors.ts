/**
 * @module errors
 * One error type for failures the code expects. Each has a stable `code` (clients key on it) and an
 * HTTP status; the message shown to people comes from the i18n catalog `errors.<CODE>`, never from here.
 * Anything thrown that is not an AppError is a bug and is answered as a bare 500.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  /** No statutory rate period (minimum wage, rest-day rule, leave schedule) covers a date the calculators were given. */
  RATE_NOT_FOUND: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  /** The complaint is not assigned to the caller (the row-level rule behind complaints.handle). */
  NOT_ASSIGNED: 403,
  /** `scope=city` from a role without scope.city (ADR 0016). */
  SCOPE_FORBIDDEN: 403,
  /** An account of a unit-bound role with no unit yet (made before home units existed). */
  HOME_UNIT_REQUIRED: 403,
  NOT_FOUND: 404,
  /** No district of the city matches the name or code given (heat page). */
  UNKNOWN_DISTRICT: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  USERNAME_TAKEN: 409,
  SELF_LOCKOUT: 409,
  /** A workflow step the record's current status does not allow. */
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** An XLSX or ODS export longer than the workbook row cap (src/shared/export/export.ts); CSV has none. */
  EXPORT_TOO_LARGE: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  /** The room or the mediator is already booked at an overlapping time (mediation sessions). */
  BOOKING_CONFLICT: 409,
  MEDIATOR_CONFLICT: 409,
  /** A migrant-worker visit task reassigned since the field app read it (ADR 0019): the officer resolves it. */
  TASK_REASSIGNED: 409,
  /** A visit synced for a task someone already visited (ADR 0033): the officer keeps or discards the draft. */
  TASK_ALREADY_VISITED: 409,
  /** Public accounts: the password was right but the e-mail address is not verified yet. */
  EMAIL_NOT_VERIFIED: 403,
  /** Public accounts: a verification, reset or invitation token that is unknown, used or expired. */
  TOKEN_INVALID: 400,
  /** Public accounts: an OpenID Connect sign-in whose state, nonce or code did not check out. */
  OIDC_FAILED: 400,
  /** Public accounts: the employer already has an admin account; colleagues join by invitation. */
  EMPLOYER_HAS_ADMIN: 409,
  /** A citizen account not linked to a person record (its ID number was already known): self-service needs proof. */
  ACCOUNT_NOT_LINKED: 403,
  // programs (ADR 0021)
  /** The staff member who prepared an application (or a payment) may not decide (or approve) it. */
  MAKER_CANNOT_CHECK: 403,
  /** Approving would go beyond the program's places or budget for the year. */
  PROGRAM_FULL: 409,
  /** The applicant already has a live application for this program and period. */
  DUPLICATE_APPLICATION: 409,
  /** The program takes no applications on this date (outside its window, or no version in force). */
  PROGRAM_CLOSED: 409,
  /** Approval of an application whose eligibility rules did not all pass. */
  NOT_ELIGIBLE: 409,
  /** A payment for a batch that is not pending: not approved, already in an open batch, or paid (ADR 0039). */
  PAYMENT_NOT_PENDING: 409,
  /** A citizen applying for vocational training who is not registered as a job seeker (ADR 0041). */
  NOT_A_JOB_SEEKER: 409,
  /** A part payment (one period's) that would take the payments of an application beyond its approved amount. */
  PAYMENT_OVER_APPROVED: 409,
  /** 摘星青年: the unit is not vacant (another allocation took it, or it is closed). */
  UNIT_TAKEN: 409,
  // cases (ADR 0026)
  /** A referral to another organisation, or a shared note, without a consent of that scope that holds today. */
  CONSENT_REQUIRED: 409,
  /** The person already has an open case of this kind (in any unit). */
  CASE_DUPLICATE: 409,
  /** Work on a case by someone who is neither its case manager nor the supervising role. */
  NOT_CASE_MANAGER: 403,
  /** A follow-up after placement recorded before its due date. */
  FOLLOWUP_NOT_DUE: 409,
  /** Closure as employed and stable without the 3-month follow-up recorded as still employed. */
  CASE_NOT_STABLE: 409,
  // youth services (ADR 0027)
  /** A counselling slot or an event with no place left: someone else took the last one. */
  NO_PLACES_LEFT: 409,
  /** This e-mail address already holds a place on the slot or the event. */
  ALREADY_BOOKED: 409,
  /** A published rate period that does not start after the last one of its kind (ADR 0024): earlier periods never change. */
  RATE_PERIOD_NOT_LATER: 409,
  // occupational safety (ADR 0035)
  /** The project already has a log for that month: amend it instead (the earlier version is kept). */
  LOG_EXISTS: 409,
  /** An ended project with months not logged yet: the review waits until every month has its log. */
  NOT_CERTIFIABLE: 409,
  /** No mass-layoff rule set (大量解僱勞工保護法 Arts. 2, 4, 5, entered by staff with its source) covers the notice date. */
  NO_RULE_SET: 409,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

export type FieldIssue = { field: string; code: string; message: string };

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  /** Placeholders for the translated message. Never personal data. */
  readonly params: Record<string, string | number>;
  readonly fieldIssues: FieldIssue[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      params?: Record<string, string | number>;
      fieldIssues?: FieldIssue[];
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(code, { cause: options.cause });
    this.code = code;
    this.status = errorStatus[code];
    this.params = options.params ?? {};
    this.fieldIssues = options.fieldIssues;
    this.headers = options.headers;
  }
}
