import { useI18n } from '../../i18n/i18n-provider.tsx';
import { placeName, useCity } from './city.ts';

/** A district's name from its town code; the code itself while the city data loads or if it is unknown. */
export function useDistrictName(): (townCode: string | null) => string {
  const city = useCity();
  const { locale } = useI18n();
  return (townCode) => {
    if (!townCode) return '';
    const district = city?.districts.find((d) => d.townCode === townCode);
    return district ? placeName(district, locale) : townCode;
  };
}
