-- Requests (SAR, care-leaver SAR, CCTV, FOI, EIR, breach reports), their clarifications and their events.

create sequence request_number;

create table information_request (
    id                      uuid primary key,
    reference               text not null unique,
    type                    text not null,
    status                  text not null,
    channel                 text not null,
    received_on             date not null,
    requester_name          text not null,
    requester_email         text,
    requester_phone         text,
    requester_address       text,
    acting_for_subject      boolean not null default false,
    subject_name            text not null,
    subject_date_of_birth   date,
    aliases                 text[] not null default '{}',
    council_identifiers     text[] not null default '{}',
    information_wanted      text not null,
    relevant_dates          text,
    search_terms            text[] not null default '{}',
    delivery                text not null,
    identity_received_on    date,
    authority_received_on   date,
    fee_received_on         date,
    extended                boolean not null default false,
    breach_aware_at         timestamptz,
    footage_recorded_on     date,
    due_on                  date,
    responded_on            date,
    created_by              text not null,
    created_at              timestamptz not null default now(),
    version                 int not null default 0
);

create index information_request_open_by_due on information_request (due_on) where status not in
    ('RESPONDED', 'REFUSED', 'NOTHING_HELD', 'WITHDRAWN', 'ROUTED_ELSEWHERE');

create table clarification (
    id          bigserial primary key,
    request_id  uuid not null references information_request (id),
    asked_on    date not null,
    question    text not null,
    answered_on date,
    answer      text
);

create index clarification_request on clarification (request_id);

create table request_event (
    id          bigserial primary key,
    request_id  uuid not null references information_request (id),
    type        text not null,
    from_status text,
    to_status   text not null,
    actor       text not null,
    occurred_at timestamptz not null,
    reason      text
);

create index request_event_request on request_event (request_id, id);

-- Days an administrator added (a one-off bank holiday) or removed (a correction) on top of the published list.
create table holiday_adjustment (
    nation     text not null,
    day        date not null,
    kind       text not null check (kind in ('ADDED', 'REMOVED')),
    name       text not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (nation, day)
);
