-- Staff who sign in, and the append-only, hash-chained audit log of every change.

create table staff_user (
    username      text primary key,
    display_name  text not null,
    email         text,
    password_hash text,
    role          text not null check (role in ('IG_OFFICER', 'IG_MANAGER', 'AUDITOR', 'ADMINISTRATOR')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

create table audit_entry (
    seq          bigint primary key,
    occurred_at  timestamptz not null,
    actor        text not null,
    action       text not null,
    subject_type text not null,
    subject_id   text not null,
    before_state text,
    after_state  text,
    reason       text,
    prev_hash    text not null,
    hash         text not null
);

create index audit_entry_subject on audit_entry (subject_type, subject_id);

-- The newest entry's hash: deleting the tail of the chain leaves the head pointing at nothing.
create table audit_head (
    id   int primary key check (id = 1),
    seq  bigint not null,
    hash text not null
);
insert into audit_head (id, seq, hash) values (1, 0, 'GENESIS');

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
