import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Locale } from '../../../../src/shared/i18n/locales.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/form-field.tsx';
import { getOccupations, type Occupation } from './api.ts';
import './employment.css';

/**
 * The occupation classification (職業標準分類, 554 codes) in the forms. A select of 554 options is unusable,
 * so the pickers offer, under one <optgroup> per major group, the major group itself ("any job in it") and
 * its unit groups (細類); a code of another level already on a record stays choosable where it sits.
 * English names exist for the major groups only: below them the Chinese name is shown in every language,
 * marked lang="zh-Hant-TW" so that a screen reader reads it as Chinese.
 */
export function useOccupations(): readonly Occupation[] {
  return useQuery({ queryKey: ['occupations'], queryFn: ({ signal }) => getOccupations(signal), staleTime: Number.POSITIVE_INFINITY }).data?.items ?? [];
}

/** The name to show and, when it is not in the page's language, the language it is in. */
export function occupationName(o: Occupation, locale: Locale): { text: string; lang?: string } {
  if (locale === 'zh-TW') return { text: o.name };
  if (o.nameEn) return locale === 'en' ? { text: o.nameEn } : { text: o.nameEn, lang: 'en' };
  return { text: o.name, lang: 'zh-Hant-TW' };
}

/** "8111 採礦及採石工作人員" for a code, or the bare code while the list loads (or for a code it lacks). */
export function occupationLabel(code: string, items: readonly Occupation[], locale: Locale): { text: string; lang?: string } {
  const found = items.find((o) => o.code === code);
  if (!found) return { text: code };
  const name = occupationName(found, locale);
  return { ...name, text: `${code} ${name.text}` };
}

/** A code with its name, its name marked with its language. */
export function OccupationText({ code, items }: { code: string; items: readonly Occupation[] }) {
  const { locale } = useI18n();
  const label = occupationLabel(code, items, locale);
  return <span lang={label.lang}>{label.text}</span>;
}

type Option = { value: string; label: string; lang?: string; group?: string };

/** Grouped options: per major group, the group as a whole, then its unit groups (and any `keep` code of it). */
export function useOccupationOptions(keep: readonly string[] = []): Option[] {
  const { t, locale } = useI18n();
  const items = useOccupations();
  const options: Option[] = [];
  for (const major of items.filter((o) => o.level === 'major')) {
    const majorName = occupationName(major, locale);
    const group = `${major.code} ${majorName.text}`;
    options.push({ value: major.code, label: t('employment.occupation_picker.whole_group', { code: major.code, name: majorName.text }), lang: majorName.lang, group });
    for (const o of items) {
      if (o.level === 'major' || !o.code.startsWith(major.code) || (o.level !== 'unit' && !keep.includes(o.code))) continue;
      const label = occupationLabel(o.code, items, locale);
      options.push({ value: o.code, label: label.text, lang: label.lang, group });
    }
  }
  return options;
}

type PickerProps = {
  /** Given to the select, so that an error summary can link to the question. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  max?: number;
};

/** Several occupations: the chosen ones listed with a remove button each, and a select to add one more. */
export function OccupationPicker({ id, legend, hint, error, selected, onChange, max = 10 }: PickerProps) {
  const { t, locale } = useI18n();
  const ownId = useId();
  const items = useOccupations();
  const options = useOccupationOptions(selected);
  const [pending, setPending] = useState('');
  const full = selected.length >= max;
  const add = () => {
    if (!pending || selected.includes(pending) || full) return;
    onChange([...selected, pending]);
    setPending('');
  };
  return (
    <fieldset
      className={['fieldset', 'occupation-picker', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hint ? `${ownId}-hint` : '', error ? `${ownId}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${ownId}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${ownId}-error`}>
          {error}
        </p>
      ) : null}
      {selected.length ? (
        <ul className="occupation-picker__chosen" aria-label={t('employment.occupation_picker.chosen')}>
          {selected.map((code) => {
            const label = occupationLabel(code, items, locale);
            return (
              <li key={code}>
                <span lang={label.lang}>{label.text}</span>
                <Button variant="link" onClick={() => onChange(selected.filter((c) => c !== code))} aria-label={t('employment.occupation_picker.remove', { name: label.text })}>
                  {t('employment.occupation_picker.remove_short')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="occupation-picker__none">{t('employment.occupation_picker.none')}</p>
      )}
      <div className="occupation-picker__add">
        <SelectField
          id={id}
          label={t('employment.occupation_picker.add_label')}
          hint={full ? t('employment.occupation_picker.full', { max }) : undefined}
          options={[{ value: '', label: t('employment.occupation_picker.choose') }, ...options.filter((o) => !selected.includes(o.value))]}
          value={pending}
          onChange={(event) => setPending(event.target.value)}
        />
        <Button variant="secondary" onClick={add} disabled={!pending || full}>
          {t('employment.occupation_picker.add')}
        </Button>
      </div>
    </fieldset>
  );
}
