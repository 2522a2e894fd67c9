import { createSlotRequest } from '../../../../src/modules/youth/youth.contract.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { FormText, KitForm, useContractForm } from '../../ui/form-page.tsx';
import { Page } from '../../ui/page.tsx';
import { useStaff } from '../staff-auth/session-provider.tsx';
import { createSlot } from './api.ts';
import { taichungInstant } from './youth-time.ts';

type Values = { startsAt: string; time: string; minutes: string; venue: string; capacity: string };
const blank: Values = { startsAt: '', time: '', minutes: '60', venue: '', capacity: '1' };

/** A counsellor publishes a slot; the public page offers it until it is full or has started. */
export function SlotNewPage() {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const form = useContractForm<Values, typeof createSlotRequest>({
    schema: createSlotRequest,
    defaultValues: blank,
    toRequest: (v) => ({ startsAt: taichungInstant(v.startsAt, v.time), minutes: Number(v.minutes), venue: v.venue.trim(), capacity: Number(v.capacity) }),
    messages: { startsAt: t('youth.slots.when_invalid') },
  });
  return (
    <Page title={t('youth.slots.new_title')} siteName={t('staff-auth.site_name')} lead={<p>{t('youth.slots.new_lead')}</p>}>
      <p>
        <Link href="/staff/youth/slots">{t('youth.slots.back')}</Link>
      </p>
      <KitForm
        form={form}
        label={t('youth.slots.new_title')}
        submitLabel={t('youth.slots.publish')}
        onSubmit={async (request) => {
          const created = await createSlot(request, csrfToken);
          navigate(`/staff/youth/slots/${created.id}`);
        }}
      >
        <FormText form={form} name="startsAt" label={t('youth.fields.date')} type="date" />
        <FormText form={form} name="time" label={t('youth.fields.time')} type="time" />
        <FormText form={form} name="minutes" label={t('youth.fields.minutes')} inputMode="numeric" />
        <FormText form={form} name="venue" label={t('youth.fields.venue')} maxLength={200} />
        <FormText form={form} name="capacity" label={t('youth.fields.capacity')} hint={t('youth.slots.capacity_hint')} inputMode="numeric" />
      </KitForm>
    </Page>
  );
}
