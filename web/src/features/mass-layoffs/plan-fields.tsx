/**
 * The layoff plan's fields (大量解僱勞工保護法 Art. 4 para. 3 lists what a plan states), shared by the
 * employer's online form and the staff form. Checked in the browser by the server's own contract.
 */
import { layoffReasons, ownPlanRequest, type OwnPlanRequest } from '../../../../src/modules/mass-layoffs/mass-layoffs.contract.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { type ContractForm, FormSelect, FormText, FormTextArea, useContractForm } from '../../ui/form-page.tsx';

export type PlanValues = {
  /** The employer's UBN, on the staff form only (an employer account files for its own employer). */
  ubn: string;
  siteName: string; siteHeadcount: string; layoffOn: string; noticeOn: string; plannedDismissals: string; singleDayMax: string; enterpriseDismissals: string;
  category1: string; count1: string; category2: string; count2: string; reason: string; departments: string; selectionCriteria: string; severanceMethod: string; exemptEvent: string;
};
export const blankPlan: PlanValues = {
  ubn: '', siteName: '', siteHeadcount: '', layoffOn: '', noticeOn: '', plannedDismissals: '', singleDayMax: '', enterpriseDismissals: '',
  category1: '', count1: '', category2: '', count2: '', reason: '', departments: '', selectionCriteria: '', severanceMethod: '', exemptEvent: '',
};

const whole = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.trim()));
const optionalWhole = (value: string) => (value.trim() === '' ? undefined : Number(value.trim()));

export function planRequestOf(v: PlanValues): OwnPlanRequest {
  const categories = [
    { category: v.category1.trim(), count: whole(v.count1) },
    ...(v.category2.trim() || v.count2.trim() ? [{ category: v.category2.trim(), count: whole(v.count2) }] : []),
  ];
  return {
    siteName: v.siteName.trim(), siteHeadcount: whole(v.siteHeadcount), layoffOn: v.layoffOn, noticeOn: v.noticeOn, plannedDismissals: whole(v.plannedDismissals),
    singleDayMax: whole(v.singleDayMax), enterpriseDismissals: optionalWhole(v.enterpriseDismissals), categories,
    reasons: v.reason ? [v.reason as (typeof layoffReasons)[number]] : [], departments: v.departments.trim(), selectionCriteria: v.selectionCriteria.trim(),
    severanceMethod: v.severanceMethod.trim(), exemptEvent: v.exemptEvent.trim() || undefined,
  };
}

export function usePlanForm() {
  return useContractForm<PlanValues, typeof ownPlanRequest>({ schema: ownPlanRequest, defaultValues: blankPlan, toRequest: planRequestOf });
}

export function PlanFields({ form }: { form: ContractForm<PlanValues, typeof ownPlanRequest> }) {
  const { t } = useI18n();
  const f = (key: string) => t(`mass-layoffs.fields.${key}`);
  return (
    <>
      <FormText form={form} name="siteName" label={f('site_name')} maxLength={200} />
      <FormText form={form} name="siteHeadcount" label={f('site_headcount')} hint={t('mass-layoffs.hints.site_headcount')} inputMode="numeric" />
      <FormText form={form} name="layoffOn" label={f('layoff_on')} type="date" />
      <FormText form={form} name="noticeOn" label={f('notice_on')} hint={t('mass-layoffs.hints.notice_on')} type="date" />
      <FormText form={form} name="plannedDismissals" label={f('planned')} inputMode="numeric" />
      <FormText form={form} name="singleDayMax" label={f('single_day')} inputMode="numeric" />
      <FormText form={form} name="enterpriseDismissals" label={f('enterprise')} hint={t('mass-layoffs.hints.enterprise')} inputMode="numeric" />
      <FormText form={form} name="category1" label={f('category1')} maxLength={100} />
      <FormText form={form} name="count1" label={f('count1')} inputMode="numeric" />
      <FormText form={form} name="category2" label={f('category2')} maxLength={100} />
      <FormText form={form} name="count2" label={f('count2')} inputMode="numeric" />
      <FormSelect form={form} name="reason" label={f('reason')} hint={t('mass-layoffs.hints.reason')} options={[{ value: '', label: t('mass-layoffs.choose') }, ...layoffReasons.map((r) => ({ value: r, label: t(`mass-layoffs.reasons.${r}`) }))]} />
      <FormText form={form} name="departments" label={f('departments')} maxLength={500} />
      <FormTextArea form={form} name="selectionCriteria" label={f('selection')} rows={2} />
      <FormTextArea form={form} name="severanceMethod" label={f('severance')} rows={2} />
      <FormTextArea form={form} name="exemptEvent" label={f('exempt')} rows={2} />
    </>
  );
}
