-- A requester asking, from their own page, for the package's password by email: the officer answers by emailing it
-- (checked against the kept hash) to the requester's own address, which is recorded as a password release.
create table password_request (
    id            bigserial primary key,
    release_id    uuid not null references release (id),
    requested_at  timestamptz not null
);

create index password_request_release on password_request (release_id);
