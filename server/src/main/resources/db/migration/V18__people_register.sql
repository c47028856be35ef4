-- The people register (issue 16): the council's staff directory imported from CSV, the people each document names
-- with what it says of them (read when the document is processed), and each case file's register of who is who,
-- proposed by the engine and confirmed by the officer.

create table staff_directory_entry (
    id           bigserial primary key,
    name         text not null,
    job_title    text not null default '',
    email        text not null default '',
    imported_by  text not null,
    imported_at  timestamptz not null
);

alter table case_document add column people text;

create table case_person (
    id                  bigserial primary key,
    case_file_id        uuid not null references case_file (id),
    name                text not null,
    aliases             text[] not null default '{}',
    relationship        text not null default '',
    category            text not null,
    known_to_requester  boolean not null default false,
    source              text not null,
    confirmed           boolean not null default false,
    evidence            text[] not null default '{}',
    mentions            int not null default 0,
    changed_by          text,
    changed_at          timestamptz
);

create index case_person_case on case_person (case_file_id, id);
