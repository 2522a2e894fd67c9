import { useI18n } from '../../i18n/i18n-provider.tsx';
import { localName, useCity } from '../reference-data/city.ts';

/** A unit's name from its kind and code (the city file); the code while the city data loads. */
export function useUnitName(): (unit: { kind: string; code: string | null }) => string {
  const city = useCity();
  const { t, locale } = useI18n();
  return ({ kind, code }) => {
    if (code === null) return t('cases.detail.whole_city');
    const list =
      kind === 'station' ? city?.employmentServiceStations : kind === 'rehabilitation-region' ? city?.rehabilitationRegions : kind === 'mediation-site' ? city?.mediationSites : undefined;
    const unit = list?.find((u) => u.code === code);
    return unit ? localName(unit, locale) : code;
  };
}
