-- One console drives a session at a time on a service's server, fenced by an
-- epoch (issue 27). Installed with the schema by the role that owns the
-- tables; server-only (a local file has one app, its folder's lock).
--
-- session_leases: a session's current epoch and who holds it. A console takes
--   the lease when it is free: released, not renewed for `ttl` seconds by the
--   server's clock (a laptop gone silent, its socket half-open or not), or its
--   holder's connection ended (a killed console: at once). The epoch goes up
--   whenever the holder changes.
-- events.epoch: the epoch each event was recorded under. The server refuses an
--   event whose epoch is not its session's current one: a console that lost
--   its lease (cut off, then taken over) can never write into the log again,
--   whatever its socket, its clock or its code says.

CREATE TABLE IF NOT EXISTS session_leases (
  session_id integer PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  epoch integer NOT NULL CHECK (epoch > 0),
  holder text NOT NULL CHECK (holder <> ''),
  expires_at double precision NOT NULL,
  ttl double precision NOT NULL CHECK (ttl > 0 AND ttl <= 600),
  pid integer NOT NULL  -- the server process of the holder's last word
);
ALTER TABLE session_leases ADD COLUMN IF NOT EXISTS pid integer NOT NULL DEFAULT 0;

ALTER TABLE events ADD COLUMN IF NOT EXISTS epoch integer;

-- Each event written renews its lease: a console that drives never loses it
-- to the clock between two keys. An event without an epoch is history being
-- moved or handed in (a session never driven on this server), else refused.
CREATE OR REPLACE FUNCTION tdt_fence_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.epoch IS NULL THEN
    IF EXISTS (SELECT 1 FROM session_leases WHERE session_id = NEW.session_id) THEN
      RAISE EXCEPTION 'session % is driven under a lease: its events carry its epoch',
        NEW.session_id USING ERRCODE = 'TD001';
    END IF;
    RETURN NEW;
  END IF;
  UPDATE session_leases
    SET expires_at = extract(epoch FROM clock_timestamp()) + ttl, pid = pg_backend_pid()
    WHERE session_id = NEW.session_id AND epoch = NEW.epoch;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'epoch % is not the current one of session %', NEW.epoch, NEW.session_id
      USING ERRCODE = 'TD001';
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS tdt_fence_event ON events;
CREATE TRIGGER tdt_fence_event BEFORE INSERT ON events
  FOR EACH ROW EXECUTE FUNCTION tdt_fence_event();

-- An event's epoch is written once: never moved to another writer afterwards.
CREATE OR REPLACE FUNCTION tdt_event_epoch_kept() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.epoch IS DISTINCT FROM OLD.epoch THEN
    RAISE EXCEPTION 'an event''s epoch is not changed' USING ERRCODE = 'TD001';
  END IF;
  RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS tdt_event_epoch_kept ON events;
CREATE TRIGGER tdt_event_epoch_kept BEFORE UPDATE ON events
  FOR EACH ROW EXECUTE FUNCTION tdt_event_epoch_kept();
