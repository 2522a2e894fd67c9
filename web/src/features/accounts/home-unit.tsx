/**
 * A staff account's home unit (brief contract 3): the whole city, an employment service station, a
 * mediation site or a rehabilitation region, all from the city file. One select holds them all, grouped by
 * kind; its value is `city` or `<kind>:<code>`.
 */
import { localName, useCity } from '../reference-data/city.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';

export const homeUnitKinds = ['city', 'station', 'mediation-site', 'rehabilitation-region'] as const;
export type HomeUnit = { kind: (typeof homeUnitKinds)[number]; code: string | null };

export function homeUnitValue(unit: HomeUnit | null | undefined): string {
  if (!unit || unit.kind === 'city' || !unit.code) return 'city';
  return `${unit.kind}:${unit.code}`;
}

export function parseHomeUnit(value: string): HomeUnit {
  const [kind, code] = value.split(':');
  if (kind && code && (homeUnitKinds as readonly string[]).includes(kind)) return { kind: kind as HomeUnit['kind'], code };
  return { kind: 'city', code: null };
}

/** The select's options: the city first, then each kind's units under a group label. */
export function useHomeUnitOptions(): { value: string; label: string; group?: string }[] {
  const { t, locale } = useI18n();
  const city = useCity();
  if (!city) return [{ value: 'city', label: t('accounts.home_unit.city') }];
  const group = (kind: HomeUnit['kind'], units: readonly { code: string; name: string; nameEn: string }[]) =>
    units.map((unit) => ({ value: `${kind}:${unit.code}`, label: localName(unit, locale), group: t(`accounts.home_unit.kinds.${kind}`) }));
  return [
    { value: 'city', label: `${t('accounts.home_unit.city')}（${localName(city, locale)}）` },
    ...group('station', city.employmentServiceStations),
    ...group('mediation-site', city.mediationSites),
    ...group('rehabilitation-region', city.rehabilitationRegions),
  ];
}

/** The unit's name for lists and summaries. */
export function useHomeUnitName(): (unit: HomeUnit | null | undefined) => string {
  const options = useHomeUnitOptions();
  const { t } = useI18n();
  return (unit) => (unit ? (options.find((option) => option.value === homeUnitValue(unit))?.label ?? unit.code ?? '') : t('accounts.home_unit.none'));
}
