/** The job-seeker pages, one on-demand chunk (routes in app/app.tsx). */
export { JobSeekerPage } from './job-seeker-page.tsx';
export { JobsPage } from './jobs-page.tsx';
