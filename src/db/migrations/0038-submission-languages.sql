-- Issue 15 §1: the language of every public submission is stored and shown to staff, so the bureau answers
-- a worker in the language they wrote in. Complaints, mediation applications and youth bookings already keep
-- theirs; job applications and job-fair registrations keep it from now on. Earlier rows were made in Chinese
-- pages or by staff, so they take zh-TW.
ALTER TABLE job_applications ADD COLUMN locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th'));
ALTER TABLE job_fair_registrations ADD COLUMN locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th'));
