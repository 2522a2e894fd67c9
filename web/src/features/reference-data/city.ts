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
  /** Which site serves which district (the bureau's decision; `confirmed` false while it is a working assumption). */
  mediationSiteDistricts?: { confirmed: boolean; source: string; note: string; serves: Record<string, string[]> };
  rehabilitationRegions: (Named & { code: string; districtCodes: string[] })[];
  weather?: { stationNames?: Record<string, string> };
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

export { stationName } from '../../../../src/shared/i18n/place-names.ts';
