-- Issue 16 §4 (bench at 1,000,000 vacancies): matching a job seeker takes the newest open vacancies of the
-- seeker's occupations and of their districts. With only the date index the database read the newest
-- published vacancies one by one until 2,000 matched: 250,000 rows for one occupation, 80,000 for one
-- district, about a second a request. These indexes find the rows of each code directly, in date order, with
-- the expiry date at hand, so neither look-up reads the table.
CREATE INDEX vacancies_occupation_open_idx ON vacancies (occupation_code, published_on DESC, id) INCLUDE (expires_on)
  WHERE status = 'published';
CREATE INDEX vacancies_district_open_idx ON vacancies (district_code, published_on DESC, id) INCLUDE (expires_on)
  WHERE status = 'published';
