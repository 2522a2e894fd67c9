import { calculateHeatIndex, formatPrecaution } from '#labor-rules';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { requireNumber, useCalculatorForm } from './calculator-form.ts';
import { CalculatorPage, ResultPanel } from './calculator-page.tsx';
import { NumberField } from './fields.tsx';
import { CheckField } from './fields-extra.tsx';
import { useCalculation } from './use-calculation.ts';

const defaults = { temp: '', rh: '', sun: '', clothing: '' };

function compute(values: typeof defaults) {
  return calculateHeatIndex({
    temperatureC: requireNumber(values, 'temp', { min: -50, max: 60 }),
    relativeHumidity: requireNumber(values, 'rh', { max: 100 }),
    directSun: values.sun === '1',
    heavyClothing: values.clothing === '1',
  });
}

const ruleFields: Record<string, string> = { temperatureC: 'temp', relativeHumidity: 'rh' };

/** 熱危害指數: heat index, Taiwan's four levels, and what to do at each. */
export function HeatIndexPage() {
  const { t, locale, formatNumber } = useI18n();
  const { values, set, isFromLink } = useCalculatorForm(defaults);
  const { result, errors, run } = useCalculation(values, compute, { isFromLink, fieldFor: (field) => ruleFields[field] ?? field });
  const bound = { values, errors, onChange: set as (name: string, value: string) => void };
  return (
    <CalculatorPage
      service="heat-index"
      onSubmit={run}
      errors={errors}
      form={
        <>
          <div className="field-row field-row--2">
            <NumberField name="temp" label={t('calculators.heat.temperature')} decimal {...bound} />
            <NumberField name="rh" label={t('calculators.heat.humidity')} decimal {...bound} />
          </div>
          <CheckField name="sun" label={t('calculators.heat.direct_sun')} values={values} onChange={bound.onChange} />
          <CheckField name="clothing" label={t('calculators.heat.heavy_clothing')} values={values} onChange={bound.onChange} />
        </>
      }
      result={
        result ? (
          <ResultPanel
            figures={[
              { label: t('calculators.heat.heat_index'), value: `${formatNumber(result.heatIndexC)} °C` },
              { label: t('calculators.heat.level'), value: t(`calculators.heat.levels.${result.level}`) },
            ]}
            steps={result.steps}
          >
            <h3>{t('calculators.heat.precautions')}</h3>
            <ul className="checklist">
              {result.precautions.map((precaution) => (
                <li key={precaution}>{formatPrecaution(precaution, locale)}</li>
              ))}
            </ul>
          </ResultPanel>
        ) : null
      }
    />
  );
}
