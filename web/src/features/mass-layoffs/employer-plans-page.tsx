/** An employer account files its layoff plan online (大量解僱勞工保護法 Art. 4) and sees its plans. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { KitForm } from '../../ui/form-page.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useRequiredAccount } from '../public-account/session.ts';
import { type FiledPlan, fileOwnPlan, getOwnPlans } from './api.ts';
import { PlanFields, usePlanForm } from './plan-fields.tsx';
import { Deadlines, PlanResult } from './plan-result.tsx';
import './mass-layoffs.css';

export function EmployerPlansPage() {
  const { t, formatPlainDate, formatNumber } = useI18n();
  const session = useRequiredAccount('employer');
  const client = useQueryClient();
  const [filed, setFiled] = useState<FiledPlan | undefined>();
  const plans = useQuery({ queryKey: ['me', 'mass-layoffs'], queryFn: ({ signal }) => getOwnPlans(signal), enabled: Boolean(session) });
  const form = usePlanForm();
  if (!session) return <Loading label={t('common.loading')} />;
  return (
    <Page title={t('mass-layoffs.employer.title')} siteName={t('common.site_name')} lead={<p>{t('mass-layoffs.employer.lead')}</p>}>
      <p>
        <Link href="/account">{t('mass-layoffs.employer.back')}</Link>
      </p>
      {filed ? (
        <section aria-labelledby="plan-result" className="layoff-result">
          <h2 id="plan-result" tabIndex={-1}>{t('mass-layoffs.employer.result_title')}</h2>
          <PlanResult filed={filed} />
        </section>
      ) : null}
      <section aria-labelledby="file-plan">
        <h2 id="file-plan">{t('mass-layoffs.employer.form_title')}</h2>
        <KitForm
          form={form}
          label={t('mass-layoffs.employer.form_title')}
          submitLabel={t('mass-layoffs.employer.submit')}
          onSubmit={async (request) => {
            const result = await fileOwnPlan(request, session.csrfToken);
            await client.invalidateQueries({ queryKey: ['me', 'mass-layoffs'] });
            setFiled(result);
            form.reset();
            requestAnimationFrame(() => document.getElementById('plan-result')?.focus());
          }}
        >
          <PlanFields form={form} />
        </KitForm>
      </section>
      <section aria-labelledby="own-plans">
        <h2 id="own-plans">{t('mass-layoffs.employer.list_title')}</h2>
        <ProblemAlert error={plans.error} />
        {plans.data?.items.length ? (
          <ul className="layoff-cards">
            {plans.data.items.map((p) => (
              <li key={p.id} className="layoff-card">
                <h3>{p.siteName}</h3>
                <p>{t('mass-layoffs.employer.card', { date: formatPlainDate(p.layoffOn), count: formatNumber(p.plannedDismissals) })}</p>
                <p>{p.isMass ? t('mass-layoffs.result.mass_under', { article: p.article }) : t('mass-layoffs.result.not_mass')}</p>
                <Deadlines deadlines={p.deadlines} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('mass-layoffs.employer.empty')}</p>
        )}
      </section>
    </Page>
  );
}
