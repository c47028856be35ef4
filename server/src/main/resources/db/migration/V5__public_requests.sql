-- The public service: what a form submitted beyond the request itself, uploaded evidence (encrypted), one-time
-- sign-in codes, rate-limit counters shared by every node, and the emails the council sends.

create table public_submission (
    reference    text primary key references information_request (reference),
    form         text not null,
    answers      jsonb not null,
    submitted_at timestamptz not null default now()
);

-- Identity and authority documents uploaded by a requester. The file is AES-256-GCM ciphertext (the 16-byte tag at
-- its end) under the upload key, with a random 96-bit nonce; the upload's id and reference are the associated data,
-- so a ciphertext moved to another row does not decrypt.
create table public_upload (
    id           uuid primary key,
    reference    text not null references information_request (reference),
    evidence_type text not null,
    media_type   text not null check (media_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes   bigint not null,
    nonce        bytea not null check (length(nonce) = 12),
    ciphertext   bytea not null,
    scan         text not null check (scan in ('CLEAN', 'NOT_SCANNED')),
    scan_detail  text,
    uploaded_at  timestamptz not null default now()
);

create index public_upload_reference on public_upload (reference);

-- A one-time code to sign in to the requester's page: only its salted hash is kept.
create table requester_code (
    id         bigserial primary key,
    reference  text not null references information_request (reference),
    salt       bytea not null,
    code_hash  bytea not null,
    expires_at timestamptz not null,
    attempts   int not null default 0,
    used       boolean not null default false
);

create index requester_code_reference on requester_code (reference);

-- Fixed-window counters: one row per bucket (e.g. 'code-ip:203.0.113.9') and window start.
create table rate_limit (
    bucket       text not null,
    window_start timestamptz not null,
    hits         int not null,
    primary key (bucket, window_start)
);

-- Email templates an administrator may edit; ((name)) placeholders as in GOV.UK Notify.
create table email_template (
    key        text primary key,
    subject    text not null,
    body       text not null,
    updated_by text not null,
    updated_at timestamptz not null default now()
);

-- Every email the council sent or tried to send, without its body.
create table email_sent (
    id         bigserial primary key,
    template   text not null,
    recipient  text not null,
    reference  text,
    channel    text not null,
    outcome    text not null,
    sent_at    timestamptz not null default now()
);

insert into email_template (key, subject, body, updated_by) values
('ACKNOWLEDGEMENT', 'We have received your request ((reference))',
 'Dear ((name)),

We have received your ((request_type)) on ((received_on)). Your reference is ((reference)).

((due_line))

You can see your request, answer our questions and send documents at ((requester_page_url)).

Information Governance Team', 'system'),
('IDENTITY_NEEDED', 'We need proof of identity for ((reference))',
 'Dear ((name)),

Before we can start on your request ((reference)) we need:

((still_needed))

The time we have to answer starts when we receive them. Upload them at ((requester_page_url)).

Information Governance Team', 'system'),
('CLARIFICATION_NEEDED', 'A question about your request ((reference))',
 'Dear ((name)),

We need more detail to find the information you asked for in ((reference)):

((question))

The time we have to answer is paused until you reply. Answer at ((requester_page_url)).

Information Governance Team', 'system'),
('EXTENSION_NOTICE', 'We need more time for your request ((reference))',
 'Dear ((name)),

Your request ((reference)) is complex, so the law allows us two more months. We will now answer by ((due_date)).

Why: ((reason))

Information Governance Team', 'system'),
('RESPONSE_READY', 'Your information is ready ((reference))',
 'Dear ((name)),

Our response to your request ((reference)) is ready. Sign in at ((requester_page_url)) to download it.

The file is encrypted. Ask us for the password by phone, or ask for it by email on your page.

Information Governance Team', 'system'),
('PASSWORD_RELEASE', 'The password for your information ((reference))',
 'Dear ((name)),

You asked for the password to open the response to your request ((reference)).

The password is: ((password))

Information Governance Team', 'system'),
('SIGN_IN_CODE', 'Your code to see your request',
 'Your code is ((code)). It works once, for 15 minutes.

If you did not ask for it, you can ignore this email.', 'system');
