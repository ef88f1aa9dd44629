-- The country the person lives in (issue 14), to show the local emergency number on an EMERGENCY
-- result (dev.backload.app.account.EmergencyNumbers). A two-letter ISO 3166-1 code in capitals, or
-- NULL when not set (the result then offers 112). The application accepts only the codes of its
-- table; the check keeps the column to the code's shape.
ALTER TABLE account ADD COLUMN country CHAR(2);
ALTER TABLE account ADD CONSTRAINT account_country_check
    CHECK (country IS NULL OR (country >= 'AA' AND country <= 'ZZ'));
