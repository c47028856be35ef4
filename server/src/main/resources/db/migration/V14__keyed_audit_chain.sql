-- The audit chain is keyed from now on: an entry's hash is an HMAC-SHA256 under a key kept outside the database
-- (OPENSAR_AUDIT_KEY or OPENSAR_HOME/audit.key), so whoever can write to the database cannot recompute the chain.
-- Entries written before keep their SHA-256 hashes (keyed = false) and stay verifiable as they are; the first keyed
-- entry (AUDIT_LOG_KEYED, written at the first start with a key) chains onto them and a signed checkpoint outside
-- the database records it, so none can be rewritten unnoticed afterwards. No entry is ever keyed = false after one
-- that is keyed: the verifier reports such an entry as rewritten.
alter table audit_entry add column keyed boolean not null default false;
