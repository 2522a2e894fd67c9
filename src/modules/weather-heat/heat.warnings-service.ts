/**
 * The bureau's heat warnings (高溫警示): published by staff for districts and a window of at most 14 days,
 * withdrawn with the audit trail, listed with where each stands now, and shown to the public while in force.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb, run } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { District } from '../reference-data/reference-data.ts';
import type { heatWarningView, publishWarningRequest, staffWarning, warningStatuses } from './heat.contract.ts';
import { warningMessageKeys, warningMessages, type WarningMessageKey } from './heat.messages.ts';

export const warningSortKeys = ['publishedAt', 'validFrom', 'validUntil', 'level'] as const;
export type WarningSortKey = (typeof warningSortKeys)[number];

export type WarningRow = {
  id: string;
  district_codes: string[];
  level: number;
  message_keys: string[];
  texts: Record<string, string>;
  valid_from: Date;
  valid_until: Date;
  published_at: Date;
  withdrawn_at: Date | null;
  published_by_username?: string | null;
  withdrawn_by_username?: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const minute = 60_000;

function fieldError(field: string, key: string, locale: Locale): AppError {
  return new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: translate(locale, key) }] });
}

/** A warning in force at `now`: published, not withdrawn, inside its validity window. */
export const activeAt = (now: Date) => sql<boolean>`(withdrawn_at IS NULL AND valid_from <= ${now} AND valid_until > ${now})`;

export function createHeatWarnings({
  db,
  clock,
  districtByCode,
  resolveDistrict,
}: {
  db: Db;
  clock: () => Date;
  districtByCode: (code: string) => District;
  resolveDistrict: (text: string, field: string, locale: Locale) => District;
}) {
  function warningStatus(row: WarningRow, now: Date): 'active' | 'scheduled' | 'expired' | 'withdrawn' {
    if (row.withdrawn_at) return 'withdrawn';
    if (row.valid_from > now) return 'scheduled';
    if (row.valid_until <= now) return 'expired';
    return 'active';
  }

  function presentWarning(row: WarningRow, locale: Locale): z.infer<typeof heatWarningView> {
    const keys = row.message_keys.filter((key): key is WarningMessageKey => (warningMessageKeys as readonly string[]).includes(key));
    const textLocale = (row.texts[locale] ? locale : row.texts['zh-TW'] ? 'zh-TW' : (Object.keys(row.texts)[0] ?? null)) as Locale | null;
    return {
      id: row.id,
      level: row.level,
      districts: row.district_codes.map((code) => {
        const district = districtByCode(code);
        return { code, name: district.name, nameEn: district.nameEn };
      }),
      validFrom: iso(row.valid_from),
      validUntil: iso(row.valid_until),
      publishedAt: iso(row.published_at),
      messages: keys.map((key) => warningMessages[locale][key]),
      text: textLocale ? (row.texts[textLocale] ?? null) : null,
      textLocale,
    };
  }

  function presentStaffWarning(row: WarningRow, locale: Locale, now: Date): z.infer<typeof staffWarning> {
    return {
      ...presentWarning(row, locale),
      status: warningStatus(row, now),
      messageKeys: row.message_keys,
      texts: row.texts,
      publishedBy: row.published_by_username ?? null,
      withdrawnAt: row.withdrawn_at ? iso(row.withdrawn_at) : null,
      withdrawnBy: row.withdrawn_by_username ?? null,
    };
  }

  return {
    presentWarning,

    async publishWarning(
      staff: StaffPrincipal,
      input: z.infer<typeof publishWarningRequest>,
      requestId: string,
      locale: Locale,
    ): Promise<z.infer<typeof staffWarning>> {
      const now = clock();
      const codes = [...new Set(input.districts.map((text, index) => resolveDistrict(text, `districts.${index}`, locale).townCode))];
      const validFrom = input.validFrom ? new Date(input.validFrom) : now;
      const validUntil = new Date(input.validUntil);
      if (validUntil <= validFrom) throw fieldError('validUntil', 'validation.end_before_start', locale);
      if (validUntil <= now) throw fieldError('validUntil', 'validation.heat_warning_ended', locale);
      if (validUntil.getTime() - validFrom.getTime() > 14 * 24 * 60 * minute) throw fieldError('validUntil', 'validation.heat_warning_window', locale);
      const texts = Object.fromEntries(Object.entries(input.texts).filter(([, value]) => value && value.length > 0));
      return db.transaction(async (tx) => {
        const inserted = await tx.query<WarningRow>(
          `INSERT INTO heat_warnings (district_codes, level, message_keys, texts, valid_from, valid_until, published_by, published_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [codes, input.level, input.messageKeys, JSON.stringify(texts), validFrom, validUntil, staff.id, now],
        );
        const row = inserted.rows[0] as WarningRow;
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'heat.warning.publish',
          recordType: 'heat-warning',
          recordId: row.id,
          requestId,
          occurredAt: now,
          details: { districtCodes: codes, level: input.level, messageKeys: input.messageKeys, validFrom: iso(validFrom), validUntil: iso(validUntil), textLocales: Object.keys(texts) },
        });
        return presentStaffWarning({ ...row, published_by_username: staff.username, withdrawn_by_username: null }, locale, now);
      });
    },

    async withdrawWarning(staff: StaffPrincipal, id: string, requestId: string, locale: Locale): Promise<z.infer<typeof staffWarning>> {
      const now = clock();
      return db.transaction(async (tx) => {
        const current = (await tx.query<WarningRow>('SELECT * FROM heat_warnings WHERE id = $1 FOR UPDATE', [id])).rows[0];
        if (!current) throw new AppError('NOT_FOUND');
        if (current.withdrawn_at) throw new AppError('CONFLICT');
        const updated = await tx.query<WarningRow>(
          'UPDATE heat_warnings SET withdrawn_at = $2, withdrawn_by = $3 WHERE id = $1 RETURNING *',
          [id, now, staff.id],
        );
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'heat.warning.withdraw',
          recordType: 'heat-warning',
          recordId: id,
          requestId,
          occurredAt: now,
          details: { status: warningStatus(current, now) },
        });
        const publisher = await tx.query<{ username: string }>('SELECT username FROM staff_users WHERE id = (SELECT published_by FROM heat_warnings WHERE id = $1)', [id]);
        return presentStaffWarning(
          { ...(updated.rows[0] as WarningRow), published_by_username: publisher.rows[0]?.username ?? null, withdrawn_by_username: staff.username },
          locale,
          now,
        );
      });
    },

    /** Staff list, newest first; `status` filters by where each warning stands now. */
    /** Warnings with their status at the service's clock, the latest published first by default. */
    warningList(status: (typeof warningStatuses)[number]): ListDefinition<WarningSortKey, WarningRow> {
      const now = clock();
      let query = qb
        .selectFrom('heat_warnings as w')
        .leftJoin('staff_users as p', 'p.id', 'w.published_by')
        .leftJoin('staff_users as x', 'x.id', 'w.withdrawn_by')
        .selectAll('w')
        .select(['p.username as published_by_username', 'x.username as withdrawn_by_username'])
        .$castTo<WarningRow>();
      // The same four states as warningStatus(), in SQL so that paging and exports count the right rows.
      if (status === 'withdrawn') query = query.where('w.withdrawn_at', 'is not', null);
      if (status === 'scheduled') query = query.where('w.withdrawn_at', 'is', null).where('w.valid_from', '>', now);
      if (status === 'expired') query = query.where('w.withdrawn_at', 'is', null).where('w.valid_from', '<=', now).where('w.valid_until', '<=', now);
      if (status === 'active') query = query.where('w.withdrawn_at', 'is', null).where('w.valid_from', '<=', now).where('w.valid_until', '>', now);
      return {
        query,
        sortKeys: {
          publishedAt: { expression: sql.ref('w.published_at'), type: 'timestamptz' },
          validFrom: { expression: sql.ref('w.valid_from'), type: 'timestamptz' },
          validUntil: { expression: sql.ref('w.valid_until'), type: 'timestamptz' },
          level: { expression: sql.ref('w.level'), type: 'integer' },
        },
        defaultSort: '-publishedAt',
        unique: { expression: sql.ref('w.id'), type: 'uuid' },
      };
    },

    toStaffWarning: (row: WarningRow, locale: Locale) => presentStaffWarning(row, locale, clock()),

    /** Active warnings for the whole city (public). */
    async activeWarnings(locale: Locale): Promise<{ items: z.infer<typeof heatWarningView>[] }> {
      const rows = await run(
        db,
        qb.selectFrom('heat_warnings').selectAll().where(activeAt(clock())).orderBy('level', 'desc').orderBy('valid_from', 'desc').$castTo<WarningRow>(),
      );
      return { items: rows.map((row) => presentWarning(row, locale)) };
    },
  };
}
