-- Who sees what on a service's server, enforced by PostgreSQL itself (roles,
-- row-level security, views), not only by the app's menus. Applied by
-- `tourdetable server-setup` as the role that owns the store's tables.
--
-- tdt_facilitator: the groups it runs (the ones it created, or was given in
--   tdt_group_access), everything in them, nothing of the others.
-- tdt_coordinator: only what leaves the room anyway, through the coordination_*
--   views: sessions held, attendance counts, relevés sent and answered,
--   evaluation averages, time shares. Never a note, a name or a turn: it has no
--   right on any table.
-- A person gets one of them with GRANT tdt_facilitator TO anne; (the service's DBA).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tdt_facilitator') THEN
    CREATE ROLE tdt_facilitator NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tdt_coordinator') THEN
    CREATE ROLE tdt_coordinator NOLOGIN;
  END IF;
END $$;

CREATE TABLE IF NOT EXISTS tdt_group_access (
  group_id integer NOT NULL,
  role_name text NOT NULL,
  PRIMARY KEY (group_id, role_name)
);

-- An access row goes with its group: a group deleted takes its access rows, so
-- an id used again never carries its old runner's access. Deferred: the claim
-- below writes it just before its group's row.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'tdt_group_access_group') THEN
    DELETE FROM tdt_group_access a WHERE NOT EXISTS (SELECT 1 FROM groups g WHERE g.id = a.group_id);
    ALTER TABLE tdt_group_access ADD CONSTRAINT tdt_group_access_group
      FOREIGN KEY (group_id) REFERENCES groups (id) ON DELETE CASCADE
      DEFERRABLE INITIALLY DEFERRED;
  END IF;
END $$;

-- Who runs which group is each one's own business: a facilitator reads its own
-- access rows and writes none (the claim below writes them).
ALTER TABLE tdt_group_access ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS tdt_mine ON tdt_group_access;
CREATE POLICY tdt_mine ON tdt_group_access FOR SELECT TO tdt_facilitator
  USING (pg_has_role(session_user, role_name, 'MEMBER'));
REVOKE ALL ON tdt_group_access FROM PUBLIC, tdt_coordinator;

-- Ids are the server's to hand out: an id ahead of its table's sequence would
-- claim a group (or a session) to come. Only the tables' owner may choose one,
-- when a store is moved in (`tourdetable store-move --to`).
CREATE OR REPLACE FUNCTION tdt_server_ids() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  handed bigint;
  called boolean;
BEGIN
  IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  EXECUTE format('SELECT last_value, is_called FROM %s',
                 pg_get_serial_sequence(quote_ident(TG_TABLE_NAME), 'id'))
    INTO handed, called;
  IF NOT called THEN
    handed := handed - 1;  -- a fresh sequence: its first value not yet handed out
  END IF;
  IF NEW.id > handed THEN
    RAISE EXCEPTION 'the id of a new row of % is the server''s to choose', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['groups', 'sessions'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS tdt_server_ids ON %I', t);
    EXECUTE format('CREATE TRIGGER tdt_server_ids BEFORE INSERT ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION tdt_server_ids()', t);
  END LOOP;
END $$;

-- The policies' tests, run as the owner: a policy's own lookups are not filtered.
-- VOLATILE: they see a group claimed by the trigger below in the same statement.
CREATE OR REPLACE FUNCTION tdt_my_group(gid integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM tdt_group_access a
    WHERE a.group_id = gid AND pg_has_role(session_user, a.role_name, 'MEMBER')
  )
$$;

CREATE OR REPLACE FUNCTION tdt_my_session(sid integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  SELECT tdt_my_group((SELECT group_id FROM sessions WHERE id = sid))
$$;

CREATE OR REPLACE FUNCTION tdt_my_cycle(cid integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  SELECT tdt_my_group((SELECT group_id FROM cycles WHERE id = cid))
$$;

CREATE OR REPLACE FUNCTION tdt_my_note(nid integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  SELECT tdt_my_session((SELECT session_id FROM notes WHERE id = nid))
$$;

-- A protocol copy is seen with a session of one's own, or before any session uses it.
CREATE OR REPLACE FUNCTION tdt_my_run(rid integer) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  SELECT NOT EXISTS (SELECT 1 FROM sessions WHERE protocol_run_id = rid)
      OR EXISTS (SELECT 1 FROM sessions WHERE protocol_run_id = rid AND tdt_my_group(group_id))
$$;

-- A group a facilitator creates is theirs (its id is known before the row is).
CREATE OR REPLACE FUNCTION tdt_claim_group() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO tdt_group_access VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS tdt_claim_group ON groups;
CREATE TRIGGER tdt_claim_group BEFORE INSERT ON groups
  FOR EACH ROW EXECUTE FUNCTION tdt_claim_group();

-- Row-level security: each table, by the group it belongs to.
DO $$
DECLARE
  spec text[];
BEGIN
  FOREACH spec SLICE 1 IN ARRAY ARRAY[
    ['groups', 'tdt_my_group(id)'],
    ['protocol_runs', 'tdt_my_run(id)'],
    ['sessions', 'tdt_my_group(group_id)'],
    ['members', 'tdt_my_group(group_id)'],
    ['framing_notes', 'tdt_my_group(group_id)'],
    ['cycles', 'tdt_my_group(group_id)'],
    ['calendar_entries', 'tdt_my_cycle(cycle_id)'],
    ['evaluation_tallies', 'tdt_my_cycle(cycle_id)'],
    ['events', 'tdt_my_session(session_id)'],
    ['participants', 'tdt_my_session(session_id)'],
    ['cases', 'tdt_my_session(session_id)'],
    ['notes', 'tdt_my_session(session_id)'],
    ['turns', 'tdt_my_session(session_id)'],
    ['step_runs', 'tdt_my_session(session_id)'],
    ['management_answers', 'tdt_my_session(session_id)'],
    ['releve_reviews', 'tdt_my_session(session_id)'],
    ['releve_sendings', 'tdt_my_session(session_id)'],
    ['action_reviews', 'tdt_my_session(session_id)'],
    ['note_corrections', 'tdt_my_session(session_id)'],
    ['session_leases', 'tdt_my_session(session_id)']
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', spec[1]);
    EXECUTE format('DROP POLICY IF EXISTS tdt_mine ON %I', spec[1]);
    EXECUTE format('CREATE POLICY tdt_mine ON %I TO tdt_facilitator USING (%s) WITH CHECK (%s)',
                   spec[1], spec[2], CASE WHEN spec[1] = 'groups' THEN 'true' ELSE spec[2] END);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO tdt_facilitator', spec[1]);
    EXECUTE format('REVOKE ALL ON %I FROM tdt_coordinator', spec[1]);
  END LOOP;
END $$;
-- A session's lease is a row of session_leases (server_fence.sql), kept to its
-- group above: the coordinator has no right on it. The writers' turns are
-- advisory locks taken through tdt_turn (server_fence.sql) alone, which lets a
-- facilitator take the turn of their own group or session only: the lock
-- functions themselves are revoked from PUBLIC and from the facilitators, so
-- no login of the service (a facilitator's own SQL, the coordinator's) can
-- hold up another group's writers. Function rights are the superuser's: a
-- non-superuser owner leaves them, and `server-setup` says so.
GRANT EXECUTE ON FUNCTION tdt_turn(text, integer) TO tdt_facilitator;
DO $$
DECLARE
  f regprocedure;
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    FOR f IN SELECT oid::regprocedure FROM pg_proc
             WHERE proname LIKE 'pg\_%advisory%' AND pronamespace = 'pg_catalog'::regnamespace
    LOOP
      EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
      EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM tdt_facilitator', f);
      EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', f,
                     (SELECT tableowner FROM pg_tables WHERE tablename = 'groups'
                      AND schemaname = 'public'));
    END LOOP;
  END IF;
END $$;

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO tdt_facilitator;
GRANT SELECT ON alembic_version TO tdt_facilitator, tdt_coordinator;
GRANT SELECT ON tdt_group_access TO tdt_facilitator;  -- its own rows (the policy above)

-- What leaves the room anyway, for the coordinator: no names, no notes, no turns.
CREATE OR REPLACE VIEW coordination_sessions AS
  SELECT s.id AS session_id, g.id AS group_id, g.name AS group_name, s.cycle_id,
         c.title AS cycle_title, s.number_in_cycle, s.state, s.created_wall,
         s.started_wall, s.ended_wall, s.running_seconds,
         (SELECT count(*) FROM participants p WHERE p.session_id = s.id) AS seats,
         (SELECT count(*) FROM cases k WHERE k.session_id = s.id) AS cases
  FROM sessions s JOIN groups g ON g.id = s.group_id LEFT JOIN cycles c ON c.id = s.cycle_id;

-- Small counts point at people: a session of fewer than 5 peers shows no
-- attendance figures, an evaluation of fewer than 5 answers no average (NULL:
-- "< 5" on the coordinator's screens).
CREATE OR REPLACE VIEW coordination_attendance AS
  SELECT session_id,
         CASE WHEN count(*) >= 5 THEN count(*) FILTER (WHERE attendance = 'present') END
           AS present,
         CASE WHEN count(*) >= 5 THEN count(*) FILTER (WHERE attendance = 'excused') END
           AS excused,
         CASE WHEN count(*) >= 5 THEN count(*) FILTER (WHERE attendance = 'absent') END
           AS absent
  FROM participants WHERE role NOT IN ('facilitator', 'guest') GROUP BY session_id;

CREATE OR REPLACE VIEW coordination_releves AS
  SELECT r.session_id, max(r.sent_day) AS sent_day,
         (SELECT min(a.answered_day) FROM management_answers a
          WHERE a.session_id = r.session_id) AS answered_day
  FROM releve_sendings r GROUP BY r.session_id;

CREATE OR REPLACE VIEW coordination_evaluations AS
  SELECT cycle_id, question,
         CASE WHEN sum(count) >= 5 THEN sum(score * count)::float / sum(count) END AS average,
         sum(count) AS answers
  FROM evaluation_tallies GROUP BY cycle_id, question;

CREATE OR REPLACE VIEW coordination_actions AS
  SELECT n.session_id, count(*) AS actions FROM notes n WHERE n.kind = 'action'
  GROUP BY n.session_id;

GRANT SELECT ON coordination_sessions, coordination_attendance, coordination_releves,
  coordination_evaluations, coordination_actions TO tdt_coordinator;
