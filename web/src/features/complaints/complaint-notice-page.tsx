import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PrintDocument } from '../../ui/print-document.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { getEmployerNotice } from './api.ts';

/** The inspection notice to the employer as an A4 document on the bureau's letterhead, ready to print. */
export function ComplaintNoticePage({ id }: { id: string }) {
  const { t } = useI18n();
  const notice = useQuery({ queryKey: ['complaint-notice', id], queryFn: () => getEmployerNotice(id) });
  return (
    <PrintDocument title={t('complaints.staff.notice_title')} back={{ href: `/staff/complaints/${id}`, label: t('complaints.staff.back_to_complaint') }}>
      <ProblemAlert error={notice.error} />
      {notice.isPending ? <Loading label={t('common.loading')} /> : null}
      {notice.data ? notice.data.text : null}
    </PrintDocument>
  );
}
