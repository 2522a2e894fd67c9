/**
 * The bulk-import file (docs/migrant-workers.md lists the columns): one header line with these names,
 * in any order, then one worker per line. Dates are ISO (2026-03-02). UTF-8 (with or without BOM) or Big5.
 */
import { csvField } from '../violations/violations.csv.ts';

export const importColumns = [
  'resident_certificate_number',
  'name',
  'nationality',
  'passport_number',
  'preferred_language',
  'job_category',
  'employer_ubn',
  'household_employer_id_number',
  'household_employer_name',
  'agency_licence_number',
  'agency_name',
  'arrival_date',
  'permit_from',
  'permit_until',
  'district_code',
] as const;
export type ImportColumn = (typeof importColumns)[number];

export const requiredColumns: readonly ImportColumn[] = [
  'resident_certificate_number',
  'name',
  'nationality',
  'passport_number',
  'job_category',
  'arrival_date',
  'district_code',
];

/** Which request field each column fills, so that a field's validation message names its column. */
export const columnOfField: Record<string, ImportColumn> = {
  residentCertificateNumber: 'resident_certificate_number',
  name: 'name',
  nationality: 'nationality',
  passportNumber: 'passport_number',
  preferredLanguage: 'preferred_language',
  jobCategory: 'job_category',
  'householdEmployer.idNumber': 'household_employer_id_number',
  'householdEmployer.name': 'household_employer_name',
  'agency.licenceNumber': 'agency_licence_number',
  'agency.name': 'agency_name',
  arrivalDate: 'arrival_date',
  permitFrom: 'permit_from',
  permitUntil: 'permit_until',
  districtCode: 'district_code',
};

/** The template offered for download: the header and two example rows (valid check digits, made-up people). */
export function importTemplate(): string {
  const rows: string[][] = [
    [...importColumns],
    ['AC01234567', 'SITI AMINAH', 'ID', 'C1234567', 'id', 'home-care', '', 'A123456789', '王小明', '臺中市就服字第0001號', '範例人力仲介有限公司', '2026-03-02', '2026-03-02', '2029-03-01', '66000080'],
    ['A800000014', 'NGUYEN VAN AN', 'VN', 'B7654321', 'vi', 'manufacturing', '04595257', '', '', '', '', '2026-03-05', '', '', '66000180'],
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
