/** The module's services and routes, wired once (src/app.ts calls this). */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import type { ComplaintsService } from '../complaints/complaints.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { MediationService } from '../mediation/mediation.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { consultationsRoutes } from './consultations.routes.ts';
import { createConsultationsService } from './consultations.service.ts';
import { dispatchesRoutes } from './dispatches-1955.routes.ts';
import { createDispatchesService } from './dispatches-1955.service.ts';
import { createMigrantReminders } from './migrant-workers.reminders.ts';
import { createFieldService } from './migrant-workers.field.ts';
import { migrantFieldRoutes } from './migrant-workers.field-routes.ts';
import { migrantWorkersRoutes } from './migrant-workers.routes.ts';
import { createMigrantWorkersService } from './migrant-workers.service.ts';
import { createVisitsService } from './migrant-workers.visits.ts';
import type { VisitTranslations } from './migrant-workers.follow-up.ts';

export function createMigrantWorkers(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  people: PeopleService;
  employers: EmployersService;
  complaints: ComplaintsService;
  mediation: MediationService;
  notifications: Pick<NotificationsService, 'notify'>;
  /** Where the web app is, for the links in reminders (PUBLIC_BASE_URL). */
  publicBaseUrl: string;
  lists: () => ListResponder;
  /** Visit follow-up messages to workers who read another language (migrant-workers.follow-up.ts). */
  translations?: VisitTranslations;
}) {
  const workers = createMigrantWorkersService(deps);
  const visits = createVisitsService(deps);
  const consultations = createConsultationsService(deps);
  const dispatches = createDispatchesService(deps);
  const reminders = createMigrantReminders({ ...deps, timeZone: deps.referenceData.city.bureau.timeZone });
  const field = createFieldService(deps);
  return {
    workers,
    visits,
    consultations,
    dispatches,
    reminders,
    field,
    startWorkers: (jobs: JobsService, logger: Logger) => reminders.startWorkers(jobs, logger),
    routes: () => {
      const app = new OpenAPIHono<AppEnv>();
      app.route('/', migrantWorkersRoutes({ db: deps.db, workers, visits, lists: deps.lists() }));
      app.route('/', migrantFieldRoutes({ field }));
      app.route('/', consultationsRoutes({ consultations, lists: deps.lists() }));
      app.route('/', dispatchesRoutes({ dispatches, lists: deps.lists() }));
      return app;
    },
  };
}
