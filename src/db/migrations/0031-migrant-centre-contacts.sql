-- Issue 10 §4: the foreign worker consultation centre's telephone lines and opening hours, as staff publish
-- them for the public foreign workers page. One row for the city: the plan gives no number or hours, so it
-- starts empty and the page says so. `version` lets two editors find out that the other saved first.
CREATE TABLE migrant_centre_contacts (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  phones jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(phones) = 'array'),
  hours jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(hours) = 'array'),
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  updated_by uuid REFERENCES staff_users (id),
  updated_at timestamptz
);

INSERT INTO migrant_centre_contacts (id) VALUES (1);
