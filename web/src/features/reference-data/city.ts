import { useEffect, useState } from 'react';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { apiRequest } from '../../app/api-client.ts';

type Named = { name: string; nameEn: string };
export type District = Named & { townCode: string; postalCode: string };
export type City = Named & {
  code: string;
  bureau: Named & { timeZone: string };
  districts: District[];
  employmentServiceStations: (Named & { code: string; districtCode: string | null })[];
  mediationSites: (Named & { code: string; districtCode: string | null })[];
  rehabilitationRegions: (Named & { code: string; districtCodes: string[] })[];
};

let cityRequest: Promise<City> | undefined;

function fetchCity(): Promise<City> {
  cityRequest ??= apiRequest<City>('/api/v1/reference/city').catch((error: unknown) => {
    cityRequest = undefined; // let a later render try again
    throw error;
  });
  return cityRequest;
}

/** The city's reference data, or undefined while it loads (or when the server cannot be reached). */
export function useCity(): City | undefined {
  const [city, setCity] = useState<City>();
  useEffect(() => {
    let isCurrent = true;
    fetchCity().then(
      (value) => isCurrent && setCity(value),
      () => undefined, // the header falls back to the translated bureau name
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return city;
}

/** The reference data has Chinese and English names; other languages read the English one. */
export function localName(item: Named, locale: Locale): string {
  return locale === 'zh-TW' ? item.name : item.nameEn;
}
