-- Demo data only: conferences the demo keeps at a time relative to the server's start (one running now, the
-- commune clerks' upcoming ones), so check-in, self check-in, the live count and questions can be tried at once.
-- On every start their times (and the times of their records) are moved to the rule below; nothing else changes.
CREATE TABLE demo_schedule (
  conference_id   integer PRIMARY KEY REFERENCES conferences(id) ON DELETE CASCADE,
  anchor          text NOT NULL CHECK (anchor IN ('now', 'day')),  -- now: from the current minute; day: from today's midnight in Vietnam
  offset_minutes  integer NOT NULL
);
