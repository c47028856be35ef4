-- Case files attached to requests, their documents as the engine and then the officer decided them, redactions
-- (proposed and manual), review notes, the second-person check, releases and password releases; and db-scheduler's
-- table, where the background processing is shared by every server node.

create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create table case_file (
    id                uuid primary key,
    request_id        uuid not null unique references information_request (id),
    reference         text not null,
    source            text not null,
    folder            text not null,
    status            text not null,
    documents         int not null,
    warnings          text[] not null default '{}',
    attached_by       text not null,
    attached_at       timestamptz not null,
    processed_at      timestamptz,
    failure           text
);

create table case_document (
    id                bigserial primary key,
    case_file_id      uuid not null references case_file (id),
    ordinal           int not null,
    file              text not null,
    metadata_title    text,
    metadata_type     text,
    document_date     date,
    state             text not null default 'PENDING',
    claimed_by        text,
    lease_until       timestamptz,
    attempts          int not null default 0,
    processed_at      timestamptz,
    title             text,
    pages             int not null default 0,
    text              text,
    page_starts       int[] not null default '{}',
    content_hash      bigint,
    shingles          int[],
    dates             int[],
    engine_disposition text,
    engine_reason     text,
    engine_explanation text,
    engine_evidence   text[] not null default '{}',
    engine_confidence double precision,
    duplicate_of      text,
    disposition       text,
    reason            text,
    explanation       text,
    changed_by        text,
    changed_at        timestamptz,
    change_reason     text,
    unique (case_file_id, file)
);

create index case_document_to_process on case_document (case_file_id, ordinal) where state <> 'DONE';
create index case_document_by_disposition on case_document (case_file_id, disposition, ordinal);

create table redaction (
    id            bigserial primary key,
    document_id   bigint not null references case_document (id),
    start_offset  int not null,
    end_offset    int not null,
    page          int not null,
    text          text not null,
    type          text not null,
    reason        text not null,
    recognizer    text not null,
    score         double precision not null,
    explanation   text not null,
    origin        text not null,
    decision      text not null,
    decided_by    text,
    decided_at    timestamptz,
    check (end_offset > start_offset)
);

create index redaction_document on redaction (document_id);
create index redaction_text on redaction (lower(text));

create table review_note (
    id            bigserial primary key,
    case_file_id  uuid not null references case_file (id),
    document_id   bigint references case_document (id),
    author        text not null,
    written_at    timestamptz not null,
    text          text not null
);

create index review_note_case on review_note (case_file_id);

create table quality_check (
    id            bigserial primary key,
    case_file_id  uuid not null references case_file (id),
    outcome       text not null,
    decided_by    text not null,
    decided_at    timestamptz not null,
    comments      text
);

create table release (
    id                  uuid primary key,
    case_file_id        uuid not null unique references case_file (id),
    folder              text not null,
    bundle_pages        int not null,
    redactions          int not null,
    package_file        text not null,
    package_sha256      text not null,
    password_algorithm  text not null,
    password_iterations int not null,
    password_salt       text not null,
    password_hash       text not null,
    delivery            text not null,
    delivery_reference  text,
    released_by         text not null,
    released_at         timestamptz not null
);

create table password_release (
    id            bigserial primary key,
    release_id    uuid not null references release (id),
    method        text not null,
    recipient     text not null,
    released_by   text not null,
    released_at   timestamptz not null
);
