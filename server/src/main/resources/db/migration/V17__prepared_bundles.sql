-- A disclosure bundle prepared for release by a background job (rendered and verified), kept encrypted at rest until
-- the officer releases it: one per case file, replaced whenever it is prepared again. The job that prepares it
-- reports how far it has got here; a job that finds another preparation id here has been overtaken and drops its work.
-- "decisions" is the fingerprint of every decision it was made from: when the decisions change, it is stale.
create table prepared_bundle (
    case_file_id   uuid primary key references case_file (id),
    id             uuid not null unique,
    decisions      text not null,
    issued         date not null,
    state          text not null,
    documents      int not null,
    rendered       int not null default 0,
    pages          int,
    redactions     int,
    findings       text[] not null default '{}',
    requested_by   text not null,
    requested_at   timestamptz not null,
    started_at     timestamptz,
    verifying_at   timestamptz,
    finished_at    timestamptz
);
