/**
 * @module reference-data
 * The city a deployment serves: districts, employment service stations, mediation sites and vocational
 * rehabilitation regions, read from `config/cities/<CITY>.json`. Code never names a district.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { HomeUnit, UnitKind } from '../access/access.contract.ts';
import { placeName } from '../../shared/i18n/place-names.ts';

const place = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  districtCode: z.string().nullable(),
});

export const cityConfigShape = z
  .object({
    code: z.string().regex(/^[a-z-]+$/),
    cityCode: z.string().regex(/^\d{5}$/),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    nameAliases: z.array(z.string()).default([]),
    /** The bureau as its documents name it; address and phone, when given, go on the letterhead. */
    bureau: z.object({
      name: z.string(),
      nameEn: z.string(),
      /** The name in the public site's other languages (id, vi, th); English where absent (issue 15 §2). */
      localNames: z.record(z.enum(['id', 'vi', 'th']), z.string().min(1)).optional(),
      timeZone: z.string(),
      address: z.string().min(1).optional(),
      phone: z.string().min(1).optional(),
    }),
    /**
     * The bureau's foreign worker consultation centre (外籍勞工諮詢服務中心): the languages it serves, as the
     * plan names them. Its lines and hours are published by staff (GET /api/v1/migrant-centre), not here.
     */
    migrantWorkerCentre: z
      .object({ languages: z.array(z.enum(['en', 'id', 'vi', 'th'])).default([]) })
      .default({ languages: [] }),
    /** Central Weather Administration names for this city: its county name and 3-day township forecast dataset. */
    weather: z.object({
      cwaCountyName: z.string().min(1),
      cwaForecastDataset: z.string().regex(/^F-D0047-\d{3}$/),
      /** Romanised names of stations not named after a district (梨山 → Lishan), for readers of other languages. */
      stationNames: z.record(z.string().min(1), z.string().min(1)).optional(),
    }),
    districts: z
      .array(
        z.object({
          townCode: z.string().regex(/^\d{8}$/),
          name: z.string().min(1),
          nameEn: z.string().min(1),
          postalCode: z.string().regex(/^\d{3}$/),
        }),
      )
      .min(1),
    employmentServiceStations: z.array(place),
    mediationSites: z.array(place),
    /**
     * Which mediation site serves which district, for "a party may ask for the nearest site" (issue 11 §1).
     * The bureau's decision, not a legal figure: `confirmed` says whether the bureau gave it, `source` and
     * `note` say where it comes from. Each site's own district must map to that site; a district maps to at
     * most one site. Absent, no site is proposed.
     */
    mediationSiteDistricts: z
      .object({
        confirmed: z.boolean(),
        source: z.string().min(1),
        note: z.string().min(1),
        serves: z.record(z.string(), z.array(z.string())),
      })
      .optional(),
    rehabilitationRegions: z.array(
      z.object({ code: z.string(), name: z.string(), nameEn: z.string(), districtCodes: z.array(z.string()) }),
    ),
  })
  .superRefine((city, ctx) => {
    const codes = new Set(city.districts.map((d) => d.townCode));
    if (codes.size !== city.districts.length) ctx.addIssue({ code: 'custom', message: 'duplicate district townCode' });
    const refs = [
      ...city.employmentServiceStations.map((s) => s.districtCode),
      ...city.mediationSites.map((s) => s.districtCode),
      ...city.rehabilitationRegions.flatMap((r) => r.districtCodes),
    ];
    for (const ref of refs) {
      if (ref !== null && !codes.has(ref)) ctx.addIssue({ code: 'custom', message: `unknown district code ${ref}` });
    }
    const table = city.mediationSiteDistricts;
    if (table) {
      const seen = new Set<string>();
      for (const [site, districts] of Object.entries(table.serves)) {
        if (!city.mediationSites.some((s) => s.code === site)) ctx.addIssue({ code: 'custom', message: `mediationSiteDistricts: unknown site ${site}` });
        for (const district of districts) {
          if (!codes.has(district)) ctx.addIssue({ code: 'custom', message: `mediationSiteDistricts: unknown district code ${district}` });
          if (seen.has(district)) ctx.addIssue({ code: 'custom', message: `mediationSiteDistricts: district ${district} served by two sites` });
          seen.add(district);
        }
      }
      for (const site of city.mediationSites) {
        if (site.districtCode !== null && !(table.serves[site.code] ?? []).includes(site.districtCode)) {
          ctx.addIssue({ code: 'custom', message: `mediationSiteDistricts: the site ${site.code} must serve its own district ${site.districtCode}` });
        }
      }
    }
  });

export type CityConfig = z.infer<typeof cityConfigShape>;
export type District = CityConfig['districts'][number];

export function loadCityConfig(city: string): CityConfig {
  const path = fileURLToPath(new URL(`../../../config/cities/${city}.json`, import.meta.url));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`CITY=${city}: cannot read ${path}`, { cause: error });
  }
  const parsed = cityConfigShape.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`CITY=${city}: ${path} is not a valid city configuration: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Same name whichever way it is written: 台 and 臺 are one character in Taiwanese usage. */
export function normalizeTai(text: string): string {
  return text.replaceAll('台', '臺');
}

/** The city's units by kind, as staff home units and record units name them (ADR 0016). */
function unitsByKind(city: CityConfig): Record<Exclude<UnitKind, 'city'>, ReadonlySet<string>> {
  return {
    station: new Set(city.employmentServiceStations.map((s) => s.code)),
    'mediation-site': new Set(city.mediationSites.map((s) => s.code)),
    'rehabilitation-region': new Set(city.rehabilitationRegions.map((r) => r.code)),
  };
}

export function createReferenceData(city: CityConfig) {
  const units = unitsByKind(city);
  const byCode = new Map(city.districts.map((d) => [d.townCode, d]));
  const byName = new Map(city.districts.map((d) => [normalizeTai(d.name), d]));
  return {
    city,
    district(code: string): District | undefined {
      return byCode.get(code);
    },
    /**
     * A district's name for a reader: Chinese for zh-TW, the romanised name otherwise, and in Vietnamese
     * and Thai both (北屯區 Beitun Dist.), as addresses and signs are in Chinese (issue 15 §2); an unknown
     * code as is.
     */
    districtName(code: string | null, locale: string): string | null {
      if (code === null) return null;
      const found = byCode.get(code);
      if (!found) return code;
      return placeName(found, locale);
    },
    /** The bureau's name in the reader's language, from the city file. */
    bureauName(locale: string): string {
      if (locale === 'zh-TW') return city.bureau.name;
      return city.bureau.localNames?.[locale as 'id' | 'vi' | 'th'] ?? city.bureau.nameEn;
    },
    /** Finds a district by town code, Chinese name (區 optional, 台/臺 alike) or English name. */
    findDistrict(text: string): District | undefined {
      const value = normalizeTai(text.trim());
      const cityPrefix = [city.name, ...city.nameAliases].map(normalizeTai).find((n) => value.startsWith(n));
      const bare = cityPrefix ? value.slice(cityPrefix.length) : value;
      return (
        byCode.get(bare) ??
        byName.get(bare) ??
        byName.get(`${bare}區`) ??
        city.districts.find((d) => d.nameEn.replace('’', "'").toLowerCase().startsWith(bare.replace('’', "'").toLowerCase()))
      );
    },
    isDistrictCode(code: string): boolean {
      return byCode.has(code);
    },
    /** Whether the city has this unit: the whole city (code null), or a station, site or region by its code. */
    isUnit(unit: HomeUnit): boolean {
      if (unit.kind === 'city') return unit.code === null;
      return unit.code !== null && units[unit.kind].has(unit.code);
    },
  };
}

export type ReferenceData = ReturnType<typeof createReferenceData>;
