-- Schema 2: recording a newer version of a paper replaces its aliases (DELETE ... WHERE paper_id = ?); schema 1's
-- primary key (alias, paper_id) cannot serve that, so each replacement scanned the whole table.
CREATE INDEX ah_paper_alias_by_paper ON ah_paper_alias (paper_id);
