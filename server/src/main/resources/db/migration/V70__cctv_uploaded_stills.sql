-- Stills uploaded on their own (a control room that exports only JPEG or PNG pictures): each picture is recorded as
-- an export from the control room (cctv_footage, status STILL, with no file on disk and no timeline) and becomes a
-- still like one chosen from a timeline; the still keeps the picture's file name so the officer can tell them apart.
alter table cctv_still add column file_name text;
