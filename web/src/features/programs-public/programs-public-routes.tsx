/** The public programs pages, one on-demand chunk with its own words (routes in app/app.tsx). */
export { MyApplicationsPage } from './my-applications-page.tsx';
export { ProgramPage } from './program-page.tsx';
export { ProgramsPage } from './programs-page.tsx';
export { TrainingPage } from './training-page.tsx';
