import { useI18n } from '../../i18n/i18n-provider.tsx';
import { localName, useCity } from '../reference-data/city.ts';

/** A mediation site's name from its code (the city file); the code while the city data loads. */
export function useSiteName(): (code: string) => string {
  const city = useCity();
  const { locale } = useI18n();
  return (code) => {
    const site = city?.mediationSites.find((s) => s.code === code);
    return site ? localName(site, locale) : code;
  };
}
