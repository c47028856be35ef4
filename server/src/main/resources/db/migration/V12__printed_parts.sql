-- What the bundle prints about a document besides its text (its title, and the records system's author and source)
-- is searched for third parties like the text: each redaction says which part of the document it is in, its
-- offsets then being into that part, and the documents keep the author and source they were attached with.
alter table case_document add column metadata_author text;
alter table case_document add column metadata_source text;
alter table redaction add column part text not null default 'BODY'
    check (part in ('BODY', 'TITLE', 'AUTHOR', 'SOURCE'));
