-- The store's schema at its head revision, as the models define it (app/db/models.py).
-- Written by `python -m app.db.schema`; tests/test_store_safety.py keeps it equal to the models.

CREATE TABLE groups (
    id INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    created_wall FLOAT NOT NULL,
    CONSTRAINT pk_groups PRIMARY KEY (id),
    CONSTRAINT uq_groups_name UNIQUE (name)
);

CREATE TABLE protocol_runs (
    id INTEGER NOT NULL,
    protocol_id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    definition JSON NOT NULL,
    CONSTRAINT pk_protocol_runs PRIMARY KEY (id)
);

CREATE TABLE cycles (
    id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    protocol_id VARCHAR(100) NOT NULL,
    title VARCHAR(200) NOT NULL,
    planned_sessions INTEGER NOT NULL,
    created_wall FLOAT NOT NULL,
    CONSTRAINT pk_cycles PRIMARY KEY (id),
    CONSTRAINT fk_cycles_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id)
);

CREATE INDEX ix_cycles_group_id ON cycles (group_id);

CREATE TABLE framing_notes (
    id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    origin TEXT NOT NULL,
    objectives TEXT NOT NULL,
    perimeter TEXT NOT NULL,
    themes TEXT NOT NULL,
    facilitation VARCHAR(10) NOT NULL,
    facilitators TEXT NOT NULL,
    rules TEXT NOT NULL,
    size_low INTEGER,
    size_high INTEGER,
    diversity_met VARCHAR(100) NOT NULL,
    resource_people TEXT NOT NULL,
    contact TEXT NOT NULL,
    updated_wall FLOAT NOT NULL,
    CONSTRAINT pk_framing_notes PRIMARY KEY (id),
    CONSTRAINT uq_framing_notes_group_id UNIQUE (group_id),
    CONSTRAINT fk_framing_notes_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id) ON DELETE CASCADE
);

CREATE TABLE members (
    id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    joined_wall FLOAT NOT NULL,
    retired_wall FLOAT,
    CONSTRAINT pk_members PRIMARY KEY (id),
    CONSTRAINT fk_members_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id)
);

CREATE INDEX ix_members_group_id ON members (group_id);

CREATE TABLE calendar_entries (
    id INTEGER NOT NULL,
    cycle_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    day VARCHAR(10) NOT NULL,
    start VARCHAR(5) NOT NULL,
    minutes INTEGER NOT NULL,
    place VARCHAR(200) NOT NULL,
    narrator_member_id INTEGER,
    CONSTRAINT pk_calendar_entries PRIMARY KEY (id),
    CONSTRAINT uq_calendar_entries_cycle_id UNIQUE (cycle_id, number),
    CONSTRAINT fk_calendar_entries_cycle_id_cycles FOREIGN KEY(cycle_id) REFERENCES cycles (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_entries_narrator_member_id_members FOREIGN KEY(narrator_member_id) REFERENCES members (id)
);

CREATE INDEX ix_calendar_entries_narrator_member_id ON calendar_entries (narrator_member_id);

CREATE TABLE sessions (
    id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    protocol_run_id INTEGER NOT NULL,
    number_in_cycle INTEGER NOT NULL,
    has_previous BOOLEAN NOT NULL,
    state VARCHAR(20) NOT NULL,
    created_wall FLOAT NOT NULL,
    started_wall FLOAT,
    ended_wall FLOAT,
    running_seconds FLOAT NOT NULL,
    follow_up VARCHAR(100) NOT NULL,
    current_step INTEGER DEFAULT '0' NOT NULL,
    cycle_id INTEGER,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_group_id_groups FOREIGN KEY(group_id) REFERENCES groups (id),
    CONSTRAINT fk_sessions_protocol_run_id_protocol_runs FOREIGN KEY(protocol_run_id) REFERENCES protocol_runs (id),
    CONSTRAINT fk_sessions_cycle_id_cycles FOREIGN KEY(cycle_id) REFERENCES cycles (id)
);

CREATE INDEX ix_sessions_cycle_id ON sessions (cycle_id);

CREATE INDEX ix_sessions_group_id ON sessions (group_id);

CREATE INDEX ix_sessions_protocol_run_id ON sessions (protocol_run_id);

CREATE TABLE evaluation_tallies (
    id INTEGER NOT NULL,
    cycle_id INTEGER NOT NULL,
    session_id INTEGER,
    question VARCHAR(40) NOT NULL,
    score INTEGER NOT NULL,
    count INTEGER NOT NULL,
    recorded_wall FLOAT NOT NULL,
    CONSTRAINT pk_evaluation_tallies PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_tallies_cycle_id_cycles FOREIGN KEY(cycle_id) REFERENCES cycles (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_tallies_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_evaluation_tallies_cycle_id ON evaluation_tallies (cycle_id);

CREATE TABLE events (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind VARCHAR(30) NOT NULL,
    t FLOAT NOT NULL,
    mono FLOAT NOT NULL,
    wall FLOAT NOT NULL,
    data JSON NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (id),
    CONSTRAINT uq_events_session_id UNIQUE (session_id, seq),
    CONSTRAINT fk_events_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE TABLE management_answers (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    sent_day VARCHAR(10) NOT NULL,
    answered_day VARCHAR(10) NOT NULL,
    analysis TEXT NOT NULL,
    decisions TEXT NOT NULL,
    about TEXT DEFAULT '' NOT NULL,
    recorded_wall FLOAT NOT NULL,
    CONSTRAINT pk_management_answers PRIMARY KEY (id),
    CONSTRAINT fk_management_answers_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_management_answers_session_id ON management_answers (session_id);

CREATE TABLE participants (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    member_id INTEGER,
    attendance VARCHAR(10) DEFAULT 'present' NOT NULL,
    CONSTRAINT pk_participants PRIMARY KEY (id),
    CONSTRAINT uq_participants_session_id UNIQUE (session_id, position),
    CONSTRAINT fk_participants_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_participants_member_id_members FOREIGN KEY(member_id) REFERENCES members (id)
);

CREATE INDEX ix_participants_member_id ON participants (member_id);

CREATE TABLE releve_reviews (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    sections TEXT NOT NULL,
    reviewed_wall FLOAT NOT NULL,
    CONSTRAINT pk_releve_reviews PRIMARY KEY (id),
    CONSTRAINT fk_releve_reviews_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_releve_reviews_session_id ON releve_reviews (session_id);

CREATE TABLE releve_sendings (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    sent_day VARCHAR(10) NOT NULL,
    recorded_wall FLOAT NOT NULL,
    CONSTRAINT pk_releve_sendings PRIMARY KEY (id),
    CONSTRAINT fk_releve_sendings_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_releve_sendings_session_id ON releve_sendings (session_id);

CREATE TABLE step_runs (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    step_id VARCHAR(100) NOT NULL,
    case_index INTEGER,
    planned_seconds FLOAT NOT NULL,
    adjust_seconds FLOAT NOT NULL,
    actual_seconds FLOAT NOT NULL,
    CONSTRAINT pk_step_runs PRIMARY KEY (id),
    CONSTRAINT uq_step_runs_session_id UNIQUE (session_id, "index"),
    CONSTRAINT fk_step_runs_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE TABLE cases (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    title TEXT NOT NULL,
    narrator_id INTEGER,
    situation TEXT NOT NULL,
    request TEXT NOT NULL,
    theme TEXT DEFAULT '' NOT NULL,
    CONSTRAINT pk_cases PRIMARY KEY (id),
    CONSTRAINT uq_cases_session_id UNIQUE (session_id, "index"),
    CONSTRAINT fk_cases_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_cases_narrator_id_participants FOREIGN KEY(narrator_id) REFERENCES participants (id)
);

CREATE INDEX ix_cases_narrator_id ON cases (narrator_id);

CREATE TABLE notes (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    step_index INTEGER,
    case_index INTEGER,
    kind VARCHAR(30) NOT NULL,
    author_id INTEGER,
    tag VARCHAR(50),
    text TEXT NOT NULL,
    owner VARCHAR(200) NOT NULL,
    due VARCHAR(100) NOT NULL,
    created_wall FLOAT NOT NULL,
    updated_wall FLOAT NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id),
    CONSTRAINT fk_notes_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_notes_author_id_participants FOREIGN KEY(author_id) REFERENCES participants (id)
);

CREATE INDEX ix_notes_author_id ON notes (author_id);

CREATE INDEX ix_notes_session_id ON notes (session_id);

CREATE TABLE turns (
    id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    participant_id INTEGER NOT NULL,
    step_index INTEGER NOT NULL,
    start_t FLOAT NOT NULL,
    end_t FLOAT,
    talk_seconds FLOAT NOT NULL,
    CONSTRAINT pk_turns PRIMARY KEY (id),
    CONSTRAINT uq_turns_session_id UNIQUE (session_id, seq),
    CONSTRAINT fk_turns_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT fk_turns_participant_id_participants FOREIGN KEY(participant_id) REFERENCES participants (id)
);

CREATE INDEX ix_turns_participant_id ON turns (participant_id);

CREATE TABLE action_reviews (
    id INTEGER NOT NULL,
    note_id INTEGER NOT NULL,
    session_id INTEGER NOT NULL,
    status VARCHAR(20) NOT NULL,
    comment TEXT NOT NULL,
    evaluation VARCHAR(20),
    trace VARCHAR(200) NOT NULL,
    reviewed_wall FLOAT NOT NULL,
    CONSTRAINT pk_action_reviews PRIMARY KEY (id),
    CONSTRAINT fk_action_reviews_note_id_notes FOREIGN KEY(note_id) REFERENCES notes (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_reviews_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_action_reviews_note_id ON action_reviews (note_id);

CREATE INDEX ix_action_reviews_session_id ON action_reviews (session_id);

CREATE TABLE note_corrections (
    id INTEGER NOT NULL,
    note_id INTEGER,
    session_id INTEGER NOT NULL,
    corrected_wall FLOAT NOT NULL,
    what VARCHAR(20) NOT NULL,
    before_text TEXT NOT NULL,
    CONSTRAINT pk_note_corrections PRIMARY KEY (id),
    CONSTRAINT fk_note_corrections_note_id_notes FOREIGN KEY(note_id) REFERENCES notes (id) ON DELETE SET NULL,
    CONSTRAINT fk_note_corrections_session_id_sessions FOREIGN KEY(session_id) REFERENCES sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_note_corrections_session_id ON note_corrections (session_id);

CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
