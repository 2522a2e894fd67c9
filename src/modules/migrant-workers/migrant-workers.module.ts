/** The module's services and routes, wired once (src/app.ts calls this). */
import type { Db } from '../../db/client.ts';
import type { ListResponder } from '../../shared/http/list-response.ts';
import type { ComplaintsService } from '../complaints/complaints.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createFieldService } from './migrant-workers.field.ts';
import { migrantFieldRoutes } from './migrant-workers.field-routes.ts';
import { migrantWorkersRoutes } from './migrant-workers.routes.ts';
import { createMigrantWorkersService } from './migrant-workers.service.ts';
import { createVisitsService } from './migrant-workers.visits.ts';

export function createMigrantWorkers(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  people: PeopleService;
  employers: EmployersService;
  complaints: ComplaintsService;
  lists: () => ListResponder;
}) {
  const workers = createMigrantWorkersService(deps);
  const visits = createVisitsService(deps);
  const field = createFieldService(deps);
  return {
    workers,
    visits,
    field,
    routes: () => migrantWorkersRoutes({ db: deps.db, workers, visits, lists: deps.lists() }).route('/', migrantFieldRoutes({ field })),
  };
}
