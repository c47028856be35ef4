-- Serious harm (DPA 2018 Sch 3 Parts 2 and 3) may only be applied with the opinion of the appropriate professional
-- (the social worker, or the health professional currently or most recently responsible). The officer records that
-- opinion (who, when, what they said) with the decision; it goes in the redaction log beside the officer's reason.
alter table case_document
    add column professional_opinion text;
