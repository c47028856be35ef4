-- The council's own details, set by an administrator under Administration > Council details. While there is no row,
-- OpenSAR uses a neutral example council's (CouncilDetails.EXAMPLE) and every staff page says so.
create table council_details (
    id                 int primary key check (id = 1),
    council_name       text not null,
    ig_email           text not null,
    ig_phone           text not null,
    ig_address         text not null,
    leaving_care_email text not null,
    leaving_care_phone text not null,
    signer_name        text not null,
    signer_role        text not null,
    updated_by         text not null,
    updated_at         timestamptz not null default now()
);

-- The emails sign off with the council's name and how to reach its information governance team; a care leaver's
-- acknowledgement and response name the leaving care team too (((support)), empty for other requests). A template an
-- administrator edited is left as they wrote it.
update email_template
set body = replace(body, E'\n\nInformation Governance Team',
                   E'\n\nInformation Governance Team, ((council_name))\nEmail ((ig_email)) or call ((ig_phone))'),
    updated_at = now()
where updated_by = 'system' and key <> 'SIGN_IN_CODE';

update email_template
set body = replace(body, E'\n\nInformation Governance Team, ', E'\n\n((support))\n\nInformation Governance Team, ')
where updated_by = 'system' and key in ('ACKNOWLEDGEMENT', 'RESPONSE_READY');

update email_template
set body = replace(body, 'ask us for it by phone,', 'ask us for it by phone on ((ig_phone)),')
where updated_by = 'system' and key = 'RESPONSE_READY';

update email_template
set body = replace(body, E'The password is: ((password))\n',
                   E'The password is: ((password))\n\nUse it to open the file you downloaded from your page.\n')
where updated_by = 'system' and key = 'PASSWORD_RELEASE';
