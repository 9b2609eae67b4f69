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

-- The writers' turns (issue 27, item 3): a transaction that reads then writes
-- (a group found or created, a session numbered, a seat added) takes the turn
-- of what it writes, and waits only for that: a group's, a session's, or a new
-- group's name. There is no turn of the whole store. The advisory locks behind
-- them are taken through this function only, as the tables' owner: the app's
-- logins have no right on the lock functions themselves (server_access.sql),
-- so none can hold up another group's writers, and a facilitator may take the
-- turn of a group or session of their own only. A name's key is its hash.
CREATE OR REPLACE FUNCTION tdt_turn(kind text, key integer) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  space integer := CASE kind WHEN 'session' THEN 7053 WHEN 'group' THEN 7054
                             WHEN 'name' THEN 7055 END;
  mine boolean := true;
BEGIN
  IF space IS NULL THEN
    RAISE EXCEPTION 'no writers'' turn of kind %', kind USING ERRCODE = '22023';
  END IF;
  -- With the service's roles set up, a row that exists must be the login's own.
  IF kind <> 'name' AND to_regclass('tdt_group_access') IS NOT NULL THEN
    IF kind = 'session' THEN
      mine := NOT EXISTS (SELECT 1 FROM sessions WHERE id = key) OR tdt_my_session(key);
    ELSE
      mine := NOT EXISTS (SELECT 1 FROM groups WHERE id = key) OR tdt_my_group(key);
    END IF;
  END IF;
  IF NOT mine THEN
    RAISE EXCEPTION 'the writers'' turn of % % is not this login''s', kind, key
      USING ERRCODE = '42501';
  END IF;
  PERFORM pg_advisory_xact_lock(space, key);
END $$;
REVOKE ALL ON FUNCTION tdt_turn(text, integer) FROM PUBLIC;
