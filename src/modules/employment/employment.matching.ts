/**
 * Explained matching (pure). A score from 0 to 100 is the sum of six parts, each with its reason, so an
 * officer sees why a match ranks where it does:
 *
 * | part | points | full when | partial |
 * | occupation | 30 | the wanted code covers the offered one (same code or a coarser level) | 0 |
 * | district | 20 | the vacancy is in a district the seeker can work in | 10 in the same part of the city (the city's rehabilitation regions, its only grouping of districts) |
 * | wage | 20 | the vacancy's lowest wage meets the seeker's lowest acceptable wage | 10 when its highest does |
 * | hours | 10 | full/part time as wanted, and a wanted shift offered (or none stated) | 5 on time type alone |
 * | certificates | 10 | every required certificate held (or none required) | share held |
 * | languages | 10 | every language asked for spoken (or none asked) | share spoken |
 *
 * The district part is a stand-in for commuting time: the city's data has districts and their regions,
 * not distances; see docs/employment.md for what a travel-time matrix would change.
 */
import { occupationCovers } from './employment.occupations.ts';

export type SeekerProfile = {
  desiredOccupations: readonly string[];
  districtCodes: readonly string[];
  lowestWage: { type: 'monthly' | 'hourly'; amount: number } | null;
  employmentType: 'full-time' | 'part-time' | 'either';
  shifts: readonly string[];
  certificateNames: readonly string[];
  languages: readonly string[];
};

export type VacancyProfile = {
  occupationCode: string;
  districtCode: string;
  wage: { type: 'monthly' | 'hourly'; min: number; max: number | null };
  employmentType: 'full-time' | 'part-time';
  shifts: readonly string[];
  requiredCertificates: readonly string[];
  languages: readonly string[];
};

export type MatchReason = { code: string; points: number; detail?: string };

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export function scoreMatch(
  seeker: SeekerProfile,
  vacancy: VacancyProfile,
  regionOf: (districtCode: string) => string | undefined,
): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];

  if (seeker.desiredOccupations.some((code) => occupationCovers(code, vacancy.occupationCode))) {
    reasons.push({ code: 'occupation', points: 30, detail: vacancy.occupationCode });
  } else reasons.push({ code: 'occupation-other', points: 0, detail: vacancy.occupationCode });

  if (seeker.districtCodes.length === 0 || seeker.districtCodes.includes(vacancy.districtCode)) {
    reasons.push({ code: 'district', points: 20, detail: vacancy.districtCode });
  } else {
    const region = regionOf(vacancy.districtCode);
    const near = region !== undefined && seeker.districtCodes.some((code) => regionOf(code) === region);
    reasons.push(near ? { code: 'district-region', points: 10, detail: region } : { code: 'district-far', points: 0, detail: vacancy.districtCode });
  }

  const wanted = seeker.lowestWage;
  if (!wanted || wanted.type !== vacancy.wage.type) {
    // No wage wish, or one in another unit (monthly vs hourly): not judged, neither rewarded nor punished.
    reasons.push({ code: wanted ? 'wage-other-unit' : 'wage-any', points: 10 });
  } else if (vacancy.wage.min >= wanted.amount) reasons.push({ code: 'wage', points: 20 });
  else if ((vacancy.wage.max ?? vacancy.wage.min) >= wanted.amount) reasons.push({ code: 'wage-range', points: 10 });
  else reasons.push({ code: 'wage-low', points: 0 });

  const typeFits = seeker.employmentType === 'either' || seeker.employmentType === vacancy.employmentType;
  const shiftFits = seeker.shifts.length === 0 || vacancy.shifts.length === 0 || vacancy.shifts.some((s) => seeker.shifts.includes(s));
  if (typeFits && shiftFits) reasons.push({ code: 'hours', points: 10 });
  else if (typeFits) reasons.push({ code: 'hours-shift', points: 5 });
  else reasons.push({ code: 'hours-type', points: 0 });

  reasons.push(shareReason('certificates', seeker.certificateNames, vacancy.requiredCertificates));
  reasons.push(shareReason('languages', seeker.languages, vacancy.languages));

  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

function shareReason(code: 'certificates' | 'languages', held: readonly string[], asked: readonly string[]): MatchReason {
  if (asked.length === 0) return { code, points: 10 };
  const have = new Set(held.map(fold));
  const met = asked.filter((a) => have.has(fold(a)));
  const points = Math.round((10 * met.length) / asked.length);
  return { code: met.length === asked.length ? code : `${code}-missing`, points, detail: `${met.length}/${asked.length}` };
}
