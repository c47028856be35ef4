-- How each document's text was had when the case file was processed (EXTRACTED, OCR_APPLIED, NEEDS_OCR, ...), so that
-- rendering the bundle reads the stored text instead of parsing every file and OCR'ing every scan again. Null for a
-- document processed before this column, or whose processing failed: it is read from its file as before.
alter table case_document add column extraction text;
