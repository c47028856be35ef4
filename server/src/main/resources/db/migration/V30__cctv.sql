-- Personal CCTV requests (issue 22): the preservation request to the control room, the footage (encrypted on disk,
-- OPENSAR_HOME/cctv), its timeline of thumbnails and the stills chosen from it (both encrypted here with the upload
-- key), the boxes proposed and decided on each still, and the released response.

create table cctv_preservation (
    reference              text primary key,
    camera                 text not null,
    recorded_on            date not null,
    time_window            text not null,
    description            text not null,
    overwritten_on         date not null,
    control_room           text not null,
    sent_at                timestamptz not null,
    sent_by                text not null,
    acknowledged_at        timestamptz,
    acknowledged_by        text,
    control_room_reference text,
    preserved              text,
    preserved_at           timestamptz,
    preserved_by           text,
    warned_at              timestamptz
);

create table cctv_footage (
    id           uuid primary key,
    reference    text not null,
    file_name    text not null,
    size_bytes   bigint not null,
    sha256       text not null,
    container    text,
    width        int,
    height       int,
    frames       bigint,
    duration_ms  bigint,
    key_frames   int,
    status       text not null,
    problem      text,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null,
    deleted_at   timestamptz,
    deleted_by   text
);
create index cctv_footage_reference on cctv_footage (reference);

create table cctv_thumbnail (
    footage_id uuid not null references cctv_footage (id) on delete cascade,
    frame      bigint not null,
    at_ms      bigint not null,
    reasons    text not null,
    nonce      bytea not null,
    ciphertext bytea not null,
    primary key (footage_id, frame)
);

create table cctv_still (
    id          bigserial primary key,
    footage_id  uuid not null references cctv_footage (id),
    reference   text not null,
    frame       bigint not null,
    at_ms       bigint not null,
    width       int not null,
    height      int not null,
    obscuring   text not null default 'SOLID',
    nonce       bytea,
    ciphertext  bytea,
    chosen_by   text not null,
    chosen_at   timestamptz not null,
    unique (footage_id, frame)
);
create index cctv_still_reference on cctv_still (reference);

create table cctv_box (
    id          bigserial primary key,
    still_id    bigint not null references cctv_still (id) on delete cascade,
    x           int not null,
    y           int not null,
    width       int not null,
    height      int not null,
    kind        text not null,
    origin      text not null,
    score       double precision,
    explanation text not null,
    decision    text,
    decided_by  text,
    decided_at  timestamptz
);
create index cctv_box_still on cctv_box (still_id);

create table cctv_release (
    reference           text primary key,
    folder              text not null,
    bundle_pages        int not null,
    stills              int not null,
    package_file        text not null,
    package_sha256      text not null,
    password_algorithm  text not null,
    password_iterations int not null,
    password_salt       text not null,
    password_hash       text not null,
    released_by         text not null,
    released_at         timestamptz not null
);

insert into email_template (key, subject, body, updated_by) values
('CCTV_PRESERVATION', 'Please preserve CCTV footage: subject access request ((reference))',
 'To the CCTV control room,

We have received a subject access request for CCTV footage of a member of the public. Please preserve the footage
below before it is overwritten on ((overwritten_on)), and reply to this email to acknowledge, quoting ((reference))
and what you have preserved (cameras, times and the export''s reference).

Camera or place: ((camera))
Date: ((recorded_on))
Time window: ((time_window))
How to recognise the person: ((description))

Please export it as MP4 (H.264) if your system can.

Information Governance Team, ((council_name))', 'system'),
('CCTV_OVERWRITE_WARNING', 'CCTV footage for ((reference)) will be overwritten on ((overwritten_on))',
 'The footage for the personal CCTV request ((reference)) will be overwritten on ((overwritten_on)), in ((days_left)) days.

((what_is_missing))

Open the request''s CCTV page to record the control room''s acknowledgement and what was preserved, or upload the footage.', 'system');
