-- What the duplicate stage needs of a document besides its shingles (issue 18): when it is dated, whether its text
-- was read from a scan, its word count, and an e-mail's Message-ID, References, topic and attachments' SHA-256.
-- The mentioned dates are no longer used: the texts of the documents found alike are lined up instead.
alter table case_document add column copy_traits jsonb;
alter table case_document drop column dates;
