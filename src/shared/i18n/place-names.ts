import type { Locale } from './locales.ts';

type Named = { name: string; nameEn: string };

/**
 * A place of the city file (a district, a mediation site) for a reader (issue 15 §2): Chinese in zh-TW, the
 * romanised name in English and Indonesian, and both in Vietnamese and Thai, because addresses and signs are
 * written in Chinese (北屯區 Beitun Dist.).
 */
export function placeName(place: Named, locale: Locale | string): string {
  if (locale === 'zh-TW') return place.name;
  return locale === 'vi' || locale === 'th' ? `${place.name} ${place.nameEn}` : place.nameEn;
}
/** What naming a weather station needs of the city file: its districts, and the romanised names it gives stations. */
export type StationNaming = { districts: readonly Named[]; weather?: { stationNames?: Readonly<Record<string, string>> } };

/**
 * A CWA weather station's name for a reader (issue 15 §2). Stations are named in Chinese. One named after its
 * district (西屯 for 西屯區) takes the district's romanised name; any other takes the romanisation the city
 * file gives it (`weather.stationNames`, e.g. 梨山 Lishan), and keeps its Chinese name when the file has none.
 * In Vietnamese and Thai the Chinese stays beside the romanised name, as signs and maps write it.
 */
export function stationName(name: string, city: StationNaming | undefined, locale: Locale): string {
  if (locale === 'zh-TW') return name;
  const district = city?.districts.find((d) => d.name === `${name}區`);
  const romanised = district ? district.nameEn.replace(/ Dist\.$/, '') : city?.weather?.stationNames?.[name];
  if (!romanised) return name;
  return locale === 'vi' || locale === 'th' ? `${name} ${romanised}` : romanised;
}
