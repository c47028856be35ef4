-- The review lists a case file's documents in order, a page at a time, whatever their state.
create index case_document_order on case_document (case_file_id, ordinal);
