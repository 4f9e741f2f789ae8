-- Login attempts per key ("addr:<address>" and "user:<name>@<address>"), in the database so that every
-- server instance counts the same attempts. A fixed window per key: it starts at the first attempt and
-- lasts 15 minutes; the count is reset when the window has passed or the login succeeds.
CREATE TABLE login_attempts (
  key          text PRIMARY KEY,
  window_start timestamptz NOT NULL DEFAULT now(),
  count        integer NOT NULL DEFAULT 1
);
CREATE INDEX login_attempts_window ON login_attempts (window_start);
