import { useQuery } from '@tanstack/react-query';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { apiRequest } from '../../app/api-client.ts';

type Named = { name: string; nameEn: string };
type LocallyNamed = Named & { localNames?: Partial<Record<Locale, string>> };
export type District = Named & { townCode: string; postalCode: string };
export type City = Named & {
  code: string;
  bureau: LocallyNamed & { timeZone: string };
  districts: District[];
  employmentServiceStations: (Named & { code: string; districtCode: string | null })[];
  mediationSites: (Named & { code: string; districtCode: string | null })[];
  rehabilitationRegions: (Named & { code: string; districtCodes: string[] })[];
};

/**
 * The city's reference data, or undefined while it loads (or when the server cannot be reached: the header
 * then falls back to the translated bureau name). One request for the whole app, kept for the session; the
 * service worker also keeps it for offline use.
 */
export function useCity(): City | undefined {
  return useQuery({
    queryKey: ['reference', 'city'],
    queryFn: ({ signal }) => apiRequest<City>('/api/v1/reference/city', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

/** The reference data has Chinese and English names, and some a name in other languages (the bureau's). */
export function localName(item: LocallyNamed, locale: Locale): string {
  return locale === 'zh-TW' ? item.name : (item.localNames?.[locale] ?? item.nameEn);
}

/**
 * A place (a district): in Vietnamese and Thai the Chinese beside the romanised name, 北屯區 Beitun Dist.,
 * because addresses and street signs are written in Chinese (issue 15 §2).
 */
export function placeName(item: Named, locale: Locale): string {
  return locale === 'vi' || locale === 'th' ? `${item.name} ${item.nameEn}` : localName(item, locale);
}

/**
 * A CWA weather station's name for a reader (issue 15 §2). Stations are named in Chinese; one named after
 * its district (西屯 for 西屯區) takes the district's romanised name from the city file (西屯 Xitun in
 * Vietnamese and Thai, Xitun in English and Indonesian). Any other keeps its Chinese name.
 */
export function stationName(name: string, city: City | undefined, locale: Locale): string {
  if (locale === 'zh-TW') return name;
  const district = city?.districts.find((d) => d.name === `${name}區`);
  if (!district) return name;
  const romanised = district.nameEn.replace(/ Dist\.$/, '');
  return locale === 'vi' || locale === 'th' ? `${name} ${romanised}` : romanised;
}
