/**
 * @module safety.certification
 * The zero-disaster certification rule (無災害工程認證, plan 四-5: 「執行後未發生重大職業災害，即通過無災害認證」),
 * pure: no I/O, no clock. Web-safe (no Node imports), so the staff page can explain the same result.
 *
 * A major occupational accident is one the employer must report within eight hours under 職業安全衛生法
 * (Occupational Safety and Health Act) §37 II:
 *   1. a death;
 *   2. three or more victims of the same accident — under its Enforcement Rules (施行細則) §48 I, workers
 *      with permanent total, permanent partial or temporary total disability, counted together;
 *   3. one or more victims diagnosed by a medical institution as needing hospitalisation (施行細則 §48 II);
 *   4. any other accident the central authority designates — staff decide this item, the page says so.
 * Sources: laws.mol.gov.tw, 職業安全衛生法 §37 and 職業安全衛生法施行細則 §48 (2020-02-27 text).
 */

export type IncidentCounts = {
  deaths: number;
  /** Victims with permanent total, permanent partial or temporary total disability (施行細則 §48 I). */
  disabledVictims: number;
  /** Victims a medical institution found need hospitalisation (施行細則 §48 II). */
  hospitalised: number;
  /** Staff classified it as an accident the central authority designated (§37 II item 4). */
  isDesignated: boolean;
};

/** Which items of 職業安全衛生法 §37 II an accident meets: `item-1` … `item-4`. */
export type MajorReason = 'item-1' | 'item-2' | 'item-3' | 'item-4';

/** Three or more victims of the same accident make it major (§37 II item 2). */
export const majorVictimCount = 3;

export function majorReasons(incident: IncidentCounts): MajorReason[] {
  const reasons: MajorReason[] = [];
  if (incident.deaths >= 1) reasons.push('item-1');
  if (incident.disabledVictims >= majorVictimCount) reasons.push('item-2');
  if (incident.hospitalised >= 1) reasons.push('item-3');
  if (incident.isDesignated) reasons.push('item-4');
  return reasons;
}

export const isMajorAccident = (incident: IncidentCounts): boolean => majorReasons(incident).length > 0;

/** `YYYY-MM` months from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export type CertificationInput = {
  startsOn: string;
  /** The day the works ended; null while they run. */
  endedOn: string | null;
  /** Months logged (`YYYY-MM`), each with its incidents. */
  logs: readonly { month: string; incidents: readonly IncidentCounts[] }[];
};

export type CertificationResult =
  /** The works have not ended: nothing to decide yet (a major accident already logged is named). */
  | { outcome: 'running'; missingMonths: []; majorMonths: string[] }
  /** Ended, but some months have no log: not certifiable until they are logged. */
  | { outcome: 'incomplete'; missingMonths: string[]; majorMonths: string[] }
  /** A major occupational accident happened during the works (any month, the last one too). */
  | { outcome: 'not-certifiable'; missingMonths: string[]; majorMonths: string[] }
  | { outcome: 'certifiable'; missingMonths: []; majorMonths: [] };

/**
 * Certifiable when the works have ended, every month from the start to the end has its log, and no logged
 * incident is a major occupational accident. A major accident decides it even while months are missing.
 */
export function certificationResult(input: CertificationInput): CertificationResult {
  const majorMonths = input.logs.filter((log) => log.incidents.some(isMajorAccident)).map((log) => log.month).sort();
  if (input.endedOn === null) return { outcome: 'running', missingMonths: [], majorMonths };
  const logged = new Set(input.logs.map((log) => log.month));
  const missingMonths = monthsBetween(input.startsOn, input.endedOn).filter((month) => !logged.has(month));
  if (majorMonths.length > 0) return { outcome: 'not-certifiable', missingMonths, majorMonths };
  if (missingMonths.length > 0) return { outcome: 'incomplete', missingMonths, majorMonths };
  return { outcome: 'certifiable', missingMonths: [], majorMonths: [] };
}
