-- The "response ready" email says how to open the package released: ((how_to_open)) is filled with the words for
-- an encrypted PDF (any PDF reader) or an AES zip (7-Zip or similar). A template an administrator edited is left as
-- they wrote it; the placeholder is there for them to add.
update email_template
set body = 'Dear ((name)),

Our response to your request ((reference)) is ready. Sign in at ((requester_page_url)) to download it.

((how_to_open))

We give you the password separately: ask us for it by phone, or ask for it by email on your page.

Information Governance Team',
    updated_at = now()
where key = 'RESPONSE_READY' and updated_by = 'system';
