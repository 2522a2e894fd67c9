import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { CheckboxGroup, TextField } from '../../ui/form-field.tsx';
import { Loading } from '../../ui/loading.tsx';
import { Page } from '../../ui/page.tsx';
import { fieldErrors, ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSession, useStaff } from '../staff-auth/session-provider.tsx';
import { addSession, type CourseDetail, getCourse, takeAttendance } from './api.ts';

/** A local date and time (the bureau's, +08:00) as the API takes it. */
const withOffset = (date: string, time: string) => `${date}T${time}:00+08:00`;

function AddSessionForm({ courseId, onDone }: { courseId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { csrfToken } = useStaff();
  const [v, setV] = useState({ date: '', start: '19:00', end: '21:00', location: '' });
  const [error, setError] = useState<unknown>();
  const errors = fieldErrors(error);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await addSession(courseId, { startsAt: withOffset(v.date, v.start), endsAt: withOffset(v.date, v.end), ...(v.location.trim() ? { location: v.location.trim() } : {}) }, csrfToken);
      setV({ ...v, date: '' });
      onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-session">
      <h2 id="add-session">{t('programs.course.add_session')}</h2>
      <ProblemAlert error={error} />
      <TextField id="startsAt" type="date" label={t('programs.course.date')} value={v.date} error={errors.startsAt} onChange={(e) => setV({ ...v, date: e.target.value })} />
      <TextField id="start" type="time" label={t('programs.course.start')} value={v.start} onChange={(e) => setV({ ...v, start: e.target.value })} />
      <TextField id="endsAt" type="time" label={t('programs.course.end')} value={v.end} error={errors.endsAt} onChange={(e) => setV({ ...v, end: e.target.value })} />
      <TextField id="location" label={t('programs.course.session_location')} hint={t('programs.course.session_location_hint')} value={v.location} onChange={(e) => setV({ ...v, location: e.target.value })} />
      <Button type="submit">{t('programs.course.add_session')}</Button>
    </form>
  );
}

function AttendanceForm({ course, sessionId, onDone }: { course: CourseDetail; sessionId: string; onDone: () => void }) {
  const { t, formatDateTime } = useI18n();
  const { csrfToken } = useStaff();
  const session = course.sessions.find((s) => s.id === sessionId);
  const [present, setPresent] = useState<string[]>(course.enrolments.filter((e) => e.present.includes(sessionId)).map((e) => e.id));
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      await takeAttendance(sessionId, present, csrfToken);
      setSaved(true);
      onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('programs.course.attendance_title', { at: session ? formatDateTime(session.startsAt) : '' })}</h2>
      <ProblemAlert error={error} />
      {saved ? (
        <Alert tone="success">
          <p>{t('programs.course.attendance_saved')}</p>
        </Alert>
      ) : null}
      <CheckboxGroup
        id="present"
        name="present"
        legend={t('programs.course.present')}
        options={course.enrolments.map((e) => ({ value: e.id, label: e.name }))}
        selected={present}
        onChange={setPresent}
      />
      <Button type="submit">{t('programs.course.save_attendance')}</Button>
    </form>
  );
}

/** One labor-university course: its meetings, its enrolments (names masked) and the attendance at each meeting. */
export function CoursePage({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const { can } = useSession();
  const client = useQueryClient();
  const course = useQuery({ queryKey: ['staff-course', id], queryFn: ({ signal }) => getCourse(id, signal) });
  const [sessionId, setSessionId] = useState<string>();
  const reload = () => void client.invalidateQueries({ queryKey: ['staff-course', id] });
  const c = course.data;
  return (
    <Page title={c?.title ?? t('programs.courses.title')} siteName={t('staff-auth.site_name')} lead={c ? <p>{`${c.schedule} · ${c.location} · ${c.enrolled} / ${c.places}`}</p> : undefined}>
      <p>
        <Link href="/staff/programs/courses">{t('programs.courses.title')}</Link>
      </p>
      <ProblemAlert error={course.error} />
      {course.isPending ? <Loading label={t('common.loading')} /> : null}
      {c ? (
        <>
          <DataTable
            caption={t('programs.course.sessions')}
            rowKey={(s) => s.id}
            rows={c.sessions}
            empty={t('programs.course.no_sessions')}
            columns={[
              { key: 'when', header: t('programs.course.when'), render: (s) => `${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt)}` },
              { key: 'where', header: t('programs.courses.location'), render: (s) => s.location ?? c.location },
              { key: 'present', header: t('programs.course.present'), render: (s) => (s.taken ? `${s.present} / ${c.enrolments.length}` : t('programs.course.not_taken')) },
              {
                key: 'take',
                header: t('programs.course.attendance'),
                render: (s) =>
                  can('programs.apply') && Date.parse(s.startsAt) <= Date.now() ? (
                    <Button variant="link" onClick={() => setSessionId(s.id)}>
                      {t('programs.course.take_attendance', { at: formatDateTime(s.startsAt) })}
                    </Button>
                  ) : (
                    ''
                  ),
              },
            ]}
          />
          {sessionId ? <AttendanceForm key={sessionId} course={c} sessionId={sessionId} onDone={reload} /> : null}
          <DataTable
            caption={t('programs.course.enrolments')}
            rowKey={(e) => e.id}
            rows={c.enrolments}
            empty={t('programs.course.no_enrolments')}
            columns={[
              { key: 'name', header: t('programs.columns.applicant'), render: (e) => e.name },
              { key: 'subsidy', header: t('programs.course.subsidy'), render: (e) => (e.subsidised ? t('programs.course.subsidy_yes') : t('programs.course.subsidy_no')) },
              { key: 'attended', header: t('programs.course.attended'), render: (e) => `${e.present.length} / ${c.sessions.filter((s) => s.taken).length}` },
            ]}
          />
          {can('programs.apply') ? <AddSessionForm courseId={c.id} onDone={reload} /> : null}
        </>
      ) : null}
    </Page>
  );
}
