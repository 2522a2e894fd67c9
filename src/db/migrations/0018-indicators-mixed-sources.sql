-- Indicators (ADR 0022, issue 13): an indicator whose module supplies the numerator only (indicator 4: young
-- people served) takes its denominator (the city's youth population) from an analyst's entry, so an entry may
-- carry a denominator alone; a closed period records where each side's figure came from.
ALTER TABLE indicator_entries DROP CONSTRAINT indicator_entries_check;
ALTER TABLE indicator_entries ADD CONSTRAINT indicator_entries_figure_check
  CHECK (numerator IS NOT NULL OR value IS NOT NULL OR denominator IS NOT NULL);
-- Entries whose period overlaps a range are looked up by code and period (the denominator of a mixed source).
CREATE INDEX indicator_entries_overlap_idx ON indicator_entries (code, period_start, period_end) WHERE denominator IS NOT NULL;

-- NULL for closes made before this column, and for indicators without a denominator.
ALTER TABLE indicator_period_values ADD COLUMN denominator_source text
  CHECK (denominator_source IS NULL OR denominator_source IN ('computed', 'entered', 'missing'));

-- The definition says which indicators take their denominator from an analyst's entry while their module
-- supplies the numerator: indicator 4 (服務青年人次 ÷ 青年人口數) from 2015 on.
ALTER TABLE indicator_definitions ADD COLUMN denominator_entered boolean NOT NULL DEFAULT false;
ALTER TABLE indicator_definitions ADD CONSTRAINT indicator_definitions_denominator_entered_check
  CHECK (NOT denominator_entered OR (source = 'module' AND denominator_description IS NOT NULL));
UPDATE indicator_definitions SET denominator_entered = true WHERE code = '4' AND from_year = 2015;
