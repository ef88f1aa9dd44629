-- How an import's columns were recognised (import-formats.md section 0, version 2): by their names,
-- or, for a Strong header in a language Backload has no names for, by position; the optional
-- columns of its layout that the file lacked (our own English names, joined with ", "); and the
-- FitNotes rows whose exercise name, split at a comma, was joined back. Imports stored before this
-- had headers matched by their exact names, so nothing missing and nothing repaired.
ALTER TABLE data_import ADD COLUMN recognised_by VARCHAR(10) DEFAULT 'name' NOT NULL;
ALTER TABLE data_import ADD COLUMN missing_columns VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE data_import ADD COLUMN repaired_rows INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE data_import ADD CONSTRAINT data_import_recognised_by_check
    CHECK (recognised_by IN ('name', 'position'));
