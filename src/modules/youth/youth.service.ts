/**
 * @module youth
 * Youth services of the career development centre (職涯發展中心, issue 9 section 3, ADR 0027): counselling
 * slots, bookings and sessions; campus and workplace events; summer jobs; and indicator 4's numerator.
 */
import type { MinimumWageRate } from '#labor-rules';
import type { Db } from '../../db/client.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { createBookings, remindersJobName } from './youth.bookings.ts';
import { createEvents } from './youth.events.ts';
import { createYouthIndicator } from './youth.indicator.ts';
import { createSummerJobs } from './youth.summer-jobs.ts';

export function createYouthService(deps: {
  db: Db;
  clock: () => Date;
  timeZone: string;
  bureauName: (locale: string) => string;
  notifications: Pick<NotificationsService, 'notify'>;
  employers: EmployersService;
  /** The minimum wages in force, published periods included (the rates module). */
  minimumWages?: () => Promise<readonly MinimumWageRate[]>;
}) {
  const bookings = createBookings(deps);
  return {
    bookings,
    events: createEvents(deps),
    summerJobs: createSummerJobs(deps),
    indicator: createYouthIndicator(deps),

    /** The hourly reminder run (the jobs kit, once across instances). */
    async startWorkers(jobs: JobsService) {
      await jobs.work(remindersJobName, async () => {
        await bookings.sendDueReminders();
      });
      await jobs.schedule(remindersJobName, '5 * * * *');
    },
  };
}

export type YouthService = ReturnType<typeof createYouthService>;
