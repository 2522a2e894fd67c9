-- Labor university (勞工大學, plan 二-4): the meetings of a course and who attended each (issue 12 §2-1).
CREATE TABLE labor_university_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES labor_university_courses (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  -- Where this meeting is, when not at the course's usual place.
  location text,
  UNIQUE (course_id, starts_at),
  CHECK (ends_at > starts_at)
);

-- One row per enrolment and meeting, written when staff take the attendance (present or absent).
CREATE TABLE labor_university_attendance (
  session_id uuid NOT NULL REFERENCES labor_university_sessions (id),
  enrolment_id uuid NOT NULL REFERENCES labor_university_enrolments (id),
  present boolean NOT NULL,
  recorded_by uuid REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (session_id, enrolment_id)
);
