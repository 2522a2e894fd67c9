import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { certificateKinds, employmentStates, type ApplicantFacts } from '../../../../src/modules/programs/programs.rules.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { CheckboxGroup, SelectField, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAccountSession } from '../public-account/session.ts';
import { placeName, useCity } from '../reference-data/city.ts';
import { applyOnline, checkEligibility, type Eligibility, enrolSelf, laborUniversityCode, listCourses, listOpenPrograms, type PublicProgram } from './api.ts';
import './programs-public.css';

type Facts = { birthDate: string; districtCode: string; specialGroups: string[]; employmentState: string; employedMonths: string; certificate: string; employerSize: string };
const blank: Facts = { birthDate: '', districtCode: '', specialGroups: [], employmentState: '', employedMonths: '', certificate: '', employerSize: '' };

/** Only the facts the program's rules read, and only those given. */
function toFacts(program: PublicProgram, v: Facts): ApplicantFacts {
  const kinds = new Set(program.ruleKinds);
  const facts: ApplicantFacts = {};
  if (kinds.has('age') && v.birthDate) facts.birthDate = v.birthDate;
  if (kinds.has('residence') && v.districtCode) facts.districtCode = v.districtCode;
  if (kinds.has('special-group')) facts.specialGroups = v.specialGroups;
  if (kinds.has('employment') && v.employmentState) facts.employmentState = v.employmentState as ApplicantFacts['employmentState'] & string;
  if (kinds.has('employment') && v.employedMonths.trim()) facts.employedMonths = Number(v.employedMonths);
  if (kinds.has('certificate') && v.certificate) facts.certificates = [v.certificate as (typeof certificateKinds)[number]];
  if (kinds.has('employer-size') && v.employerSize.trim()) facts.employerSize = Number(v.employerSize);
  return facts;
}

function RuleResults({ result }: { result: Eligibility }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="result-title" tabIndex={-1} data-testid="eligibility-result">
      <h2 id="result-title">{t('programs-public.result.title')}</h2>
      <Alert tone={result.eligible ? 'success' : 'warning'}>
        <p data-testid="eligibility-overall">{result.eligible ? t('programs-public.result.eligible') : t('programs-public.result.not_eligible')}</p>
      </Alert>
      <ul className="rule-results">
        {result.rules.map((rule) => (
          <li key={rule.code} className={rule.passed ? 'rule--passed' : 'rule--failed'}>
            <strong>{rule.passed ? t('programs-public.result.passed') : t('programs-public.result.failed')}</strong>: {rule.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One program: what it asks, a rule-by-rule check on the facts the visitor gives, and the online application. */
export function ProgramPage({ code }: { code: string }) {
  const { t, locale, formatMoney } = useI18n();
  const city = useCity();
  const client = useQueryClient();
  const session = useAccountSession();
  const programs = useQuery({ queryKey: ['programs', 'open'], queryFn: ({ signal }) => listOpenPrograms(signal) });
  const isLaborUniversity = code === laborUniversityCode;
  const courses = useQuery({ queryKey: ['labor-university', 'courses'], queryFn: ({ signal }) => listCourses(signal), enabled: isLaborUniversity });
  const [facts, setFacts] = useState<Facts>(blank);
  const [result, setResult] = useState<Eligibility>();
  const [checkError, setCheckError] = useState<unknown>();
  const [consent, setConsent] = useState(false);
  const [courseId, setCourseId] = useState('');
  const [group, setGroup] = useState('');
  const [applyError, setApplyError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  if (programs.isPending) return <Loading label={t('common.loading')} />;
  const program = programs.data?.find((p) => p.code === code);
  if (!program) {
    return (
      <Page title={t('programs-public.title')} siteName={t('common.site_name')}>
        <ProblemAlert error={programs.error} />
        <p>{t('programs-public.none_open')}</p>
        <p>
          <Link href="/programs">{t('programs-public.back')}</Link>
        </p>
      </Page>
    );
  }
  const kinds = new Set(program.ruleKinds);
  const set = (patch: Partial<Facts>) => setFacts((previous) => ({ ...previous, ...patch }));
  const errors = fieldErrors(checkError);
  const applyErrors = fieldErrors(applyError);
  const account = session.data ?? null;
  const rightKind = account && (program.applicantKind === 'employer' ? account.kind === 'employer' : account.kind === 'citizen');
  const hasGroups = kinds.has('special-group');

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    setCheckError(undefined);
    try {
      setResult(await checkEligibility(code, toFacts(program, facts)));
    } catch (error) {
      setResult(undefined);
      setCheckError(error);
    }
  };
  const onApply = async (event: FormEvent) => {
    event.preventDefault();
    if (!account) return;
    setApplyError(undefined);
    try {
      if (isLaborUniversity) {
        const enrolled = await enrolSelf({ courseId, ...(group ? { specialGroup: group } : {}), specialGroupConsent: consent }, account.csrfToken);
        setDone(enrolled.applicationId ? t('programs-public.enrol.done_subsidy') : t('programs-public.enrol.done'));
        await client.invalidateQueries({ queryKey: ['labor-university', 'courses'] });
      } else {
        await applyOnline(code, { facts: toFacts(program, facts), specialGroupConsent: hasGroups && consent }, account.csrfToken);
        setDone(t('programs-public.apply.done'));
      }
      await client.invalidateQueries({ queryKey: ['me', 'program-applications'] });
    } catch (error) {
      setApplyError(error);
    }
  };

  return (
    <Page title={program.name} siteName={t('common.site_name')}>
      <p>
        <Link href="/programs">{t('programs-public.back')}</Link> · <Link href="/account/programs">{t('programs-public.mine_link')}</Link>
      </p>
      <h2>{t('programs-public.who')}</h2>
      {program.eligibility.length ? (
        <ul>
          {program.eligibility.map((rule) => (
            <li key={rule.code}>{rule.text}</li>
          ))}
        </ul>
      ) : (
        <p>{t('programs-public.no_rules')}</p>
      )}

      {program.eligibility.length ? (
        <form onSubmit={onCheck} noValidate aria-labelledby="check-title">
          <h2 id="check-title">{t('programs-public.check.title')}</h2>
          <p>{t('programs-public.check.lead')}</p>
          <ProblemAlert error={checkError} />
          {kinds.has('age') ? (
            <TextField
              id="birthDate"
              type="date"
              label={t('programs-public.check.birth_date')}
              hint={t('programs-public.check.birth_date_hint')}
              error={errors.birthDate}
              value={facts.birthDate}
              onChange={(e) => set({ birthDate: e.target.value })}
              autoComplete="bday"
            />
          ) : null}
          {kinds.has('residence') ? (
            <SelectField
              id="districtCode"
              label={t('programs-public.check.district')}
              error={errors.districtCode}
              value={facts.districtCode}
              onChange={(e) => set({ districtCode: e.target.value })}
              options={[{ value: '', label: t('programs-public.check.district_choose') }, ...(city?.districts ?? []).map((d) => ({ value: d.townCode, label: placeName(d, locale) }))]}
            />
          ) : null}
          {hasGroups ? (
            <CheckboxGroup
              id="specialGroups"
              name="specialGroups"
              legend={t('programs-public.check.groups')}
              hint={t('programs-public.check.groups_hint')}
              error={errors.specialGroups}
              options={program.specialGroups.map((g) => ({ value: g.code, label: g.name }))}
              selected={facts.specialGroups}
              onChange={(specialGroups) => set({ specialGroups })}
            />
          ) : null}
          {kinds.has('employment') ? (
            <>
              <SelectField
                id="employmentState"
                label={t('programs-public.check.employment')}
                value={facts.employmentState}
                onChange={(e) => set({ employmentState: e.target.value })}
                options={[{ value: '', label: t('programs-public.check.not_given') }, ...employmentStates.map((s) => ({ value: s, label: t(`programs-public.employment.${s}`) }))]}
              />
              <TextField id="employedMonths" inputMode="numeric" label={t('programs-public.check.employment_months')} error={errors.employedMonths} value={facts.employedMonths} onChange={(e) => set({ employedMonths: e.target.value })} />
            </>
          ) : null}
          {kinds.has('certificate') ? (
            <SelectField
              id="certificate"
              label={t('programs-public.check.certificate')}
              value={facts.certificate}
              onChange={(e) => set({ certificate: e.target.value })}
              options={[{ value: '', label: t('programs-public.check.not_given') }, ...certificateKinds.map((c) => ({ value: c, label: t(`programs-public.certificates.${c}`) }))]}
            />
          ) : null}
          {kinds.has('employer-size') ? (
            <TextField id="employerSize" inputMode="numeric" label={t('programs-public.check.employer_size')} error={errors.employerSize} value={facts.employerSize} onChange={(e) => set({ employerSize: e.target.value })} />
          ) : null}
          <Button type="submit">{t('programs-public.check.submit')}</Button>
        </form>
      ) : null}
      {result ? <RuleResults result={result} /> : null}

      <section aria-labelledby="apply-title">
        <h2 id="apply-title">{isLaborUniversity ? t('programs-public.enrol.title') : t('programs-public.apply.title')}</h2>
        {done ? (
          <div ref={doneRef} tabIndex={-1}>
            <Alert tone="success">
              <p>{done}</p>
              <p>
                <Link href="/account/programs">{t('programs-public.mine_link')}</Link>
              </p>
            </Alert>
          </div>
        ) : !account ? (
          <p>
            {t('programs-public.apply.sign_in')}{' '}
            <Link href={`/account/sign-in?next=${encodeURIComponent(`/programs/${code}`)}`}>{t('programs-public.apply.sign_in_link')}</Link>
          </p>
        ) : !rightKind ? (
          <p>{program.applicantKind === 'employer' ? t('programs-public.apply.wrong_kind_employer') : t('programs-public.apply.wrong_kind_citizen')}</p>
        ) : (
          <form onSubmit={onApply} noValidate aria-labelledby="apply-title">
            <ProblemAlert error={applyError} />
            {isLaborUniversity ? (
              <>
                <p>{t('programs-public.enrol.lead')}</p>
                <SelectField
                  id="courseId"
                  label={t('programs-public.enrol.course')}
                  error={applyErrors.courseId}
                  value={courseId}
                  onChange={(e) => setCourseId(e.target.value)}
                  options={[
                    { value: '', label: t('programs-public.enrol.course_choose') },
                    ...(courses.data ?? []).filter((c) => c.placesLeft > 0).map((c) => ({ value: c.id, label: `${c.title} · ${c.schedule} · ${formatMoney(c.feeTwd)}` })),
                  ]}
                />
                <SelectField
                  id="specialGroup"
                  label={t('programs-public.enrol.group')}
                  error={applyErrors.specialGroup}
                  value={group}
                  onChange={(e) => setGroup(e.target.value)}
                  options={[{ value: '', label: t('programs-public.enrol.group_none') }, ...program.specialGroups.map((g) => ({ value: g.code, label: g.name }))]}
                />
              </>
            ) : null}
            {hasGroups ? (
              <div className="field">
                <label className="checkbox">
                  <input id="specialGroupConsent" type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
                  <span>{isLaborUniversity ? t('programs-public.enrol.consent') : t('programs-public.apply.consent')}</span>
                </label>
                <p className="field__hint">{t('programs-public.apply.consent_hint')}</p>
              </div>
            ) : null}
            <Button type="submit">{isLaborUniversity ? t('programs-public.enrol.submit') : t('programs-public.apply.submit')}</Button>
          </form>
        )}
      </section>
    </Page>
  );
}
