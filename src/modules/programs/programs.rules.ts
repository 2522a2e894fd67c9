/**
 * @module programs/rules
 * The eligibility rules and entitlements of a program, as data, and their evaluation. Pure: no database,
 * no clock; the service passes the date and the facts. Every rule answers passed or not, with a sentence
 * in the applicant's language saying what was required and what was found (programs.messages.ts).
 */
import { z } from '@hono/zod-openapi';
import type { Locale } from '../../shared/i18n/locales.ts';
import { ruleMessage } from './programs.messages.ts';
import {
  continuousEmploymentRule,
  evaluateContinuousEmployment,
  evaluateRegisteredBeforeHire,
  manualSpellFact,
  placementSpellFact,
  registeredBeforeHireRule,
} from './youth-incentive.rules.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ruleCode = z.string().regex(/^[a-z0-9-]{2,40}$/);

export const employmentStates = ['unemployed', 'employed', 'self-employed'] as const;
export const certificateKinds = ['technician-a', 'technician-b', 'skills-competition-national', 'skills-competition-international'] as const;

export const eligibilityRule = z.discriminatedUnion('kind', [
  /** Full years of age on the application date (or a fixed date), both bounds inclusive. */
  z.object({ code: ruleCode, kind: z.literal('age'), min: z.int().min(0).optional(), max: z.int().max(150).optional(), on: isoDate.optional() }),
  /** Registered residence (設籍) in the city, or in one of the listed districts. */
  z.object({ code: ruleCode, kind: z.literal('residence'), districts: z.array(z.string().regex(/^\d{8}$/)).optional() }),
  /** One of the special groups, counted only with the applicant's consent for this purpose. `program`: the program's own list. */
  z.object({ code: ruleCode, kind: z.literal('special-group'), anyOf: z.union([z.array(z.string()), z.literal('program')]) }),
  /** Employment state, optionally with a minimum of continuous months in it. */
  z.object({ code: ruleCode, kind: z.literal('employment'), states: z.array(z.enum(employmentStates)).min(1), minMonths: z.int().min(1).optional() }),
  /** A certificate or prize of one of the kinds. */
  z.object({ code: ruleCode, kind: z.literal('certificate'), anyOf: z.array(z.enum(certificateKinds)).min(1) }),
  /** The employer's headcount, both bounds inclusive. */
  z.object({ code: ruleCode, kind: z.literal('employer-size'), min: z.int().min(0).optional(), max: z.int().min(0).optional() }),
  /** Employed without a break for N whole months, read from the placements and attached evidence (ADR 0041). */
  continuousEmploymentRule,
  /** Registered as a job seeker before that employment began (待業 before the job, ADR 0041). */
  registeredBeforeHireRule,
]);
export type EligibilityRule = z.infer<typeof eligibilityRule>;

export const entitlement = z.object({
  kind: z.enum(['fixed', 'monthly', 'share']),
  /** NT$ for fixed and monthly; null where no source gives the figure (staff enter it on the decision). */
  amount: z.int().min(0).nullable().optional(),
  /** Percent of the cost, for share. */
  percent: z.number().min(0).max(100).optional(),
  maxMonths: z.int().min(1).optional(),
  capPerPerson: z.int().min(0).nullable().optional(),
  capPerYear: z.int().min(0).nullable().optional(),
});
export type Entitlement = z.infer<typeof entitlement>;

/** What the rules are run on: the applicant's records (read with consent) and the evidence entered. */
export const applicantFacts = z
  .object({
    birthDate: isoDate.nullable().optional(),
    districtCode: z.string().regex(/^\d{8}$/).nullable().optional(),
    specialGroups: z.array(z.string().max(40)).max(20).optional(),
    employmentState: z.enum(employmentStates).optional(),
    employedMonths: z.int().min(0).max(600).optional(),
    certificates: z.array(z.enum(certificateKinds)).max(20).optional(),
    employerSize: z.int().min(0).max(1_000_000).optional(),
    /** Months the entitlement is claimed for (monthly), and the cost (share of cost), NT$. */
    months: z.int().min(1).max(120).optional(),
    costTwd: z.int().min(0).max(100_000_000).optional(),
    /** The city's placements, from the employment module's read model: set by the service, never entered (ADR 0041). */
    placementSpells: z.array(placementSpellFact).max(50).optional(),
    /** Spells outside the city's placements, attached by staff with their source. */
    manualSpells: z.array(manualSpellFact).max(20).optional(),
    /** The day the person registered as a job seeker, from the employment module: set by the service. */
    jobSeekerRegisteredOn: isoDate.nullable().optional(),
  })
  .openapi('ApplicantFacts');
export type ApplicantFacts = z.infer<typeof applicantFacts>;

export type RuleResult = { code: string; kind: EligibilityRule['kind']; passed: boolean; message: string };

/**
 * Full years of age on a date. A year of age is complete at the end of the day before the birthday
 * (民法 §121 II, §124: age counts from the day of birth); someone born on 29 February completes it at the
 * end of 28 February in a common year. Comparing month-day strings gives exactly that.
 */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export type RuleContext = {
  /** The application date (YYYY-MM-DD, city time). */
  on: string;
  locale: Locale;
  isCityDistrict: (code: string) => boolean;
  districtName: (code: string, locale: Locale) => string;
  /** The program's own special groups, for `anyOf: 'program'`, with their names. */
  programGroups: readonly { code: string; name: string }[];
};

export function evaluateRules(rules: readonly EligibilityRule[], facts: ApplicantFacts, context: RuleContext): RuleResult[] {
  return rules.map((rule) => {
    const say = (passed: boolean, params: Record<string, string | number>, variant = '') => ({
      code: rule.code,
      kind: rule.kind,
      passed,
      message: ruleMessage(context.locale, rule.kind + variant, params),
    });
    switch (rule.kind) {
      case 'age': {
        const on = rule.on ?? context.on;
        const range = { min: rule.min ?? 0, max: rule.max ?? 150, on };
        if (!facts.birthDate) return say(false, range, '.missing');
        const age = ageOn(facts.birthDate, on);
        return say(age >= range.min && age <= range.max, { ...range, age });
      }
      case 'residence': {
        const wanted = rule.districts ?? [];
        const names = wanted.map((code) => context.districtName(code, context.locale)).join('、');
        if (!facts.districtCode) return say(false, { districts: names }, wanted.length ? '.districts.missing' : '.missing');
        const found = context.isCityDistrict(facts.districtCode) ? context.districtName(facts.districtCode, context.locale) : '—';
        const passed = context.isCityDistrict(facts.districtCode) && (wanted.length === 0 || wanted.includes(facts.districtCode));
        return say(passed, { districts: names, found }, wanted.length ? '.districts' : '');
      }
      case 'special-group': {
        const groups = rule.anyOf === 'program' ? context.programGroups : rule.anyOf.map((code) => ({ code, name: code }));
        const held = groups.filter((group) => (facts.specialGroups ?? []).includes(group.code));
        return say(held.length > 0, { found: held.map((group) => group.name).join('、') || '—' });
      }
      case 'employment': {
        const states = rule.states.map((state) => ruleMessage(context.locale, `state.${state}`, {})).join(' / ');
        if (!facts.employmentState) return say(false, { states, months: rule.minMonths ?? 0 }, '.missing');
        const stateOk = rule.states.includes(facts.employmentState);
        const monthsOk = rule.minMonths === undefined || (facts.employedMonths ?? 0) >= rule.minMonths;
        const found = ruleMessage(context.locale, `state.${facts.employmentState}`, {});
        return rule.minMonths === undefined
          ? say(stateOk, { states, found })
          : say(stateOk && monthsOk, { states, found, months: rule.minMonths, foundMonths: facts.employedMonths ?? 0 }, '.months');
      }
      case 'certificate': {
        const kinds = rule.anyOf.map((kind) => ruleMessage(context.locale, `cert.${kind}`, {})).join(' / ');
        const held = (facts.certificates ?? []).filter((kind) => rule.anyOf.includes(kind));
        return say(held.length > 0, { kinds });
      }
      case 'employer-size': {
        const range = { min: rule.min ?? 0, max: rule.max ?? 1_000_000 };
        if (facts.employerSize === undefined) return say(false, range, '.missing');
        return say(facts.employerSize >= range.min && facts.employerSize <= range.max, { ...range, found: facts.employerSize });
      }
      case 'continuous-employment':
        return evaluateContinuousEmployment(rule, facts, context, say, (key, params) => ruleMessage(context.locale, key, params));
      case 'registered-before-hire': {
        const continuity = rules.find((r): r is Extract<EligibilityRule, { kind: 'continuous-employment' }> => r.kind === 'continuous-employment');
        return evaluateRegisteredBeforeHire(facts, context, say, continuity);
      }
    }
  });
}

/**
 * The amount an application is entitled to, NT$, before budget: null when the definition has no figure
 * (staff enter it). Capped per person, and per year by what the person already received this year.
 */
export function entitledAmount(rule: Entitlement, facts: ApplicantFacts, alreadyThisYear: number): number | null {
  let amount: number | null;
  if (rule.kind === 'share') {
    amount = rule.percent === undefined || facts.costTwd === undefined ? null : Math.floor((facts.costTwd * rule.percent) / 100);
  } else if (rule.amount === null || rule.amount === undefined) {
    amount = null;
  } else if (rule.kind === 'monthly') {
    const months = Math.min(facts.months ?? 1, rule.maxMonths ?? Number.MAX_SAFE_INTEGER);
    amount = rule.amount * months;
  } else {
    amount = rule.amount;
  }
  return capAmount(rule, amount, alreadyThisYear);
}

export function capAmount(rule: Entitlement, amount: number | null, alreadyThisYear: number): number | null {
  if (amount === null) return null;
  let capped = amount;
  if (rule.capPerPerson !== null && rule.capPerPerson !== undefined) capped = Math.min(capped, rule.capPerPerson);
  if (rule.capPerYear !== null && rule.capPerYear !== undefined) capped = Math.min(capped, Math.max(0, rule.capPerYear - alreadyThisYear));
  return capped;
}
