-- A requester's upload is a document for an officer to check, never evidence by itself: it waits until an officer
-- has viewed every page of it and accepts it (recording it as evidence received on the day it arrived) or rejects it
-- with a reason the requester is shown. What the requester said about it is kept to fill in the officer's form.
alter table public_upload
    add column status text not null default 'AWAITING_CHECK'
        check (status in ('AWAITING_CHECK', 'ACCEPTED', 'REJECTED')),
    add column document_date date,
    add column expires_on date,
    add column shows_current_address boolean not null default false,
    add column checked_by text,
    add column checked_at timestamptz,
    add column rejection_reason text;

-- Which pages of which upload each officer has seen: accepting needs every page seen.
create table public_upload_view (
    upload_id uuid not null references public_upload (id),
    viewer    text not null,
    page      int not null,
    viewed_at timestamptz not null default now(),
    primary key (upload_id, viewer, page)
);

-- Earlier versions recorded an upload as evidence in the requester's name, so a requester's say-so confirmed their
-- identity. Such evidence no longer counts (EvidenceRepository reads only evidence an officer recorded); the
-- uploads themselves wait for an officer's check above. The rows are kept, for the record.
