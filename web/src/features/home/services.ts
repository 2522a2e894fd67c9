/**
 * The services of the labor-rights app (勞動權益 APP, plan 三-1). `isAvailable` turns true when a service
 * is really built; until then its route shows an honest "coming soon" page, never a placeholder tool.
 */
export type PublicService = { key: string; path: string; group: 'calculators' | 'tools'; isAvailable: boolean; audience?: 'employers' };

const calculator = (key: string): PublicService => ({
  key,
  path: `/calculators/${key}`,
  group: 'calculators',
  isAvailable: true,
});
const tool = (key: string, path: string): PublicService => ({ key, path, group: 'tools', isAvailable: false });

export const publicServices: readonly PublicService[] = [
  calculator('overtime-pay'),
  calculator('severance'),
  calculator('annual-leave'),
  calculator('old-pension'),
  calculator('average-wage'),
  // What an employer owes: listed apart from the worker's tools on the home page.
  { ...calculator('disability-quota'), audience: 'employers' },
  calculator('heat-index'),
  calculator('notice-pay'),
  calculator('maternity-leave'),
  calculator('parental-leave'),
  calculator('occupational-injury'),
  { ...calculator('pension-contribution'), audience: 'employers' },
  // Issue 10 §4: a foreign worker's rights, in the five languages.
  { ...tool('foreign-workers', '/foreign-workers'), isAvailable: true },
  { ...tool('heat', '/heat'), isAvailable: true },
  { ...tool('hours-log', '/hours-log'), isAvailable: true },
  { ...tool('qa', '/qa'), isAvailable: true },
  { ...tool('news', '/news'), isAvailable: true },
  { ...tool('violations', '/violations'), isAvailable: true },
  { ...tool('complaints', '/complaints'), isAvailable: true },
  // Issue 11: the online mediation application.
  { ...tool('mediation', '/mediation'), isAvailable: true },
  // Issue 8: the job network's public search (ADR 0028).
  { ...tool('jobs', '/jobs'), isAvailable: true },
  // Youth services (issue 9): booking a career counselling slot.
  { ...tool('youth', '/youth'), isAvailable: true },
  // Job fairs (issue 8, ADR 0029): the public calendar.
  { ...tool('job-fairs', '/job-fairs'), isAvailable: true },
  // Zero-disaster construction projects (issue 12 §3): the public search and open data.
  { ...tool('zero-disaster', '/zero-disaster'), isAvailable: true },
  // Bureau programs (issue 12): subsidies, awards and the labor university, with a rule-by-rule check.
  { ...tool('programs', '/programs'), isAvailable: true },
];

export function findService(pathname: string): PublicService | undefined {
  const trimmed = pathname.replace(/\/+$/, '');
  return publicServices.find((service) => service.path === trimmed);
}
