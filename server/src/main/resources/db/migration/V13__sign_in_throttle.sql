-- Failed staff sign-ins, per account ('account:olivia') and per address ('address:203.0.113.9'), shared by every
-- node: after too many in a row the account or address is locked for a while, doubling with each further failure.
create table sign_in_failure (
    subject          text primary key,
    failures         int not null,
    first_failure_at timestamptz not null,
    last_failure_at  timestamptz not null,
    locked_until     timestamptz
);
