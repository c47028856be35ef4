-- Identity and authority evidence received for a request, and officers' recorded decisions.

create table identity_evidence (
    id                   bigserial primary key,
    request_id           uuid not null references information_request (id),
    type                 text not null,
    document_date        date,
    received_on          date not null,
    expires_on           date,
    shows_current_address boolean not null default false,
    description          text,
    recorded_by          text not null,
    recorded_at          timestamptz not null default now()
);

create index identity_evidence_request on identity_evidence (request_id);

create table officer_acceptance (
    id          bigserial primary key,
    request_id  uuid not null references information_request (id),
    kind        text not null check (kind in ('IDENTITY', 'AUTHORITY')),
    officer     text not null,
    reason      text not null check (length(trim(reason)) > 0),
    decided_on  date not null
);

create index officer_acceptance_request on officer_acceptance (request_id);
