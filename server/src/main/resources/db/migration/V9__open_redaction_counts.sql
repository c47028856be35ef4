-- Each document's count of redactions still waiting for a decision, kept by the database itself so that every way
-- a redaction is added, decided or removed (processing, the officer, every mention at once, reprocessing) keeps it
-- right. The review's progress, its "needs a decision" list and the next document to review read this column
-- instead of counting a case file's redactions on every page (tens of thousands for a 5,000-document case).

alter table case_document add column open_redactions integer not null default 0;

update case_document d
   set open_redactions = (select count(*) from redaction r where r.document_id = d.id and r.decision = 'PROPOSED');

create function count_open_redactions() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.decision = 'PROPOSED' then
        update case_document set open_redactions = open_redactions - 1 where id = old.document_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.decision = 'PROPOSED' then
        update case_document set open_redactions = open_redactions + 1 where id = new.document_id;
    end if;
    return null;
end
$$;

create trigger redaction_open_count
    after insert or delete or update of decision, document_id on redaction
    for each row execute function count_open_redactions();
