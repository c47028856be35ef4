-- What "needs review" means, defined once: a document not yet processed, one the engine or an officer sent to review,
-- or one to disclose with redactions still waiting for a decision. The review's filter, its progress and the next
-- document to review all read this column (open_redactions is kept by the trigger of V9).

alter table case_document add column needs_review boolean generated always as (
    state <> 'DONE' or disposition = 'REVIEW' or (disposition = 'DISCLOSE' and open_redactions > 0)) stored;
