-- Personal access tokens get scopes and an expiry (issue 13 item 1), and accounts a counter that
-- ends every login session when the password changes (item 8).
--
-- scopes: the token's scopes, space-separated, from 'read', 'write' and 'import' (AccessTokens
-- checks the names). Tokens made before this could do everything, so they keep all three.
-- expires_at: tokens made before this expire 90 days after this migration runs (not after their
-- creation, so an old token is not cut off without warning on the day of the upgrade).
ALTER TABLE access_token ADD COLUMN scopes VARCHAR(30) DEFAULT 'read write import' NOT NULL;
ALTER TABLE access_token ALTER COLUMN scopes DROP DEFAULT;
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE access_token SET expires_at = CURRENT_TIMESTAMP + INTERVAL '90' DAY;
ALTER TABLE access_token ALTER COLUMN expires_at SET NOT NULL;

-- session_generation: raised by one at every password change. A login session remembers the value
-- it started with and ends at its next request once the account's value is higher, on every
-- instance of the app, since the value lives in the database.
ALTER TABLE account ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
