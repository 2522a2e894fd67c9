import './job-fairs.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { preRegisterRequest } from '../../../../src/modules/job-fairs/job-fairs.contract.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAccountSession } from '../public-account/session.ts';
import { useDistrictName } from '../reference-data/district-name.tsx';
import { getPublicFair, icsHref, preRegister, type Registered } from './api.ts';
import { useFairWhen } from './calendar-page.tsx';
import { contentLang } from '../../ui/content-lang.ts';

function PreRegistration({ fairId }: { fairId: string }) {
  const { t } = useI18n();
  const session = useAccountSession();
  const client = useQueryClient();
  const [done, setDone] = useState<Registered>();
  const form = useContractForm<{ name: string }, typeof preRegisterRequest>({ schema: preRegisterRequest, defaultValues: { name: '' }, toRequest: (v) => v });
  const account = session.data;
  if (session.isPending) return null;
  if (!account || account.kind !== 'citizen') {
    return (
      <p>
        <Link href={`/account/sign-in?next=${encodeURIComponent(`/job-fairs/${fairId}`)}`}>{t('job-fairs.public.sign_in_to_register')}</Link>
      </p>
    );
  }
  if (done) {
    return (
      <div role="status" className="fair-qr">
        <p>{t('job-fairs.public.registered')}</p>
        <div className="fair-qr__image" role="img" aria-label={t('job-fairs.mine.qr_label', { code: done.code })} dangerouslySetInnerHTML={{ __html: done.qrSvg }} />
        <p className="fair-qr__code">{done.code}</p>
        <p>
          <Link href="/me/job-fairs">{t('job-fairs.mine.title')}</Link>
        </p>
      </div>
    );
  }
  return (
    <KitForm
      form={form}
      label={t('job-fairs.public.register')}
      submitLabel={t('job-fairs.public.register')}
      onSubmit={async (request) => {
        setDone(await preRegister(fairId, request.name, account.csrfToken));
        await client.invalidateQueries({ queryKey: ['me', 'job-fairs'] });
      }}
    >
      <FormText form={form} name="name" label={t('job-fairs.fields.name')} hint={t('job-fairs.public.name_hint')} autoComplete="name" maxLength={60} />
    </KitForm>
  );
}

/** A fair's public page: when and where, the employers and their vacancies, the calendar file, pre-registration. */
export function PublicFairPage({ id }: { id: string }) {
  const { t } = useI18n();
  const districtName = useDistrictName();
  const when = useFairWhen();
  const fair = useQuery({ queryKey: ['job-fairs', id], queryFn: ({ signal }) => getPublicFair(id, signal) });
  const d = fair.data;
  const open = d ? !d.fair.cancelled && Date.parse(d.fair.endsAt) > Date.now() && d.fair.placesLeft > 0 : false;
  return (
    <Page title={d?.fair.title ?? t('job-fairs.public.title')} siteName={t('common.site_name')} lang={contentLang(d?.fair.title)}>
      <p>
        <Link href="/job-fairs">{t('job-fairs.public.back')}</Link>
      </p>
      <ProblemAlert error={fair.error} />
      {!d ? (
        fair.isPending ? <Loading label={t('common.loading')} /> : null
      ) : (
        <>
          {d.fair.cancelled ? (
            <Alert tone="warning" title={t('job-fairs.cancel.public_title')}>
              <p>{d.fair.cancelled.reason}</p>
            </Alert>
          ) : null}
          <dl className="fair-facts">
            <dt>{t('job-fairs.fields.kind')}</dt>
            <dd>{t(`job-fairs.kind.${d.fair.kind}`)}</dd>
            <dt>{t('job-fairs.fields.when')}</dt>
            <dd>{when(d.fair)}</dd>
            <dt>{t('job-fairs.fields.venue')}</dt>
            <dd>
              <span lang={contentLang(d.fair.venue)}>{d.fair.venue}</span>（{districtName(d.fair.districtCode)}）
            </dd>
            <dt>{t('job-fairs.fields.places_left')}</dt>
            <dd>{d.fair.placesLeft}</dd>
          </dl>
          {d.fair.description ? <p lang={contentLang(d.fair.description)}>{d.fair.description}</p> : null}
          <p>
            <a href={icsHref(d.fair.id)} download>
              {t('job-fairs.public.add_to_calendar')}
            </a>
          </p>
          <section aria-labelledby="fair-register">
            <h2 id="fair-register">{t('job-fairs.public.register')}</h2>
            {open ? <PreRegistration fairId={d.fair.id} /> : <p>{d.fair.cancelled ? t('job-fairs.cancel.public_title') : t('job-fairs.public.closed')}</p>}
          </section>
          <section aria-labelledby="fair-employers">
            <h2 id="fair-employers">{t('job-fairs.public.employers_title')}</h2>
            {d.employers.length ? (
              <ul className="fair-employers">
                {d.employers.map((e) => (
                  <li key={e.employerId}>
                    <strong lang={contentLang(e.employerName)}>{e.employerName}</strong>
                    <ul>
                      {e.vacancies.map((v) => (
                        <li key={v.id}>{t('job-fairs.public.vacancy', { title: v.title, openings: v.openings })}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('job-fairs.public.no_employers')}</p>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
