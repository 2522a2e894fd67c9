/**
 * Thrown when no statutory rate period covers the requested date. Rules never
 * fall back to the latest rate: a silent fallback would apply a law to a date
 * it did not govern.
 *
 * @example
 * try { minimumWageOn('2000-01-01') } catch (e) { e instanceof RateNotFoundError } // true
 */
export class RateNotFoundError extends Error {
  readonly code = 'RATE_NOT_FOUND';
  readonly rate: string;
  readonly date: string;
  constructor(rate: string, date: string) {
    super(`No ${rate} rate covers ${date}`);
    this.name = 'RateNotFoundError';
    this.rate = rate;
    this.date = date;
  }
}

/**
 * Thrown when an input is well-typed but cannot be used by a rule (an
 * impossible date, a termination before the hire date, a missing wage).
 * `field` names the offending input so the API layer can report it.
 *
 * @example
 * new RuleInputError('days[0].date', 'invalid-date')
 */
export class RuleInputError extends Error {
  readonly code = 'RULE_INPUT_INVALID';
  readonly field: string;
  readonly reason: string;
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'RuleInputError';
    this.field = field;
    this.reason = reason;
  }
}
