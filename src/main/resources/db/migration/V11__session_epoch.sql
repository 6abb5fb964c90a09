-- "Sign out everywhere": every session and sign-in remembers the account's epoch when it was
-- made; raising the epoch ends all of them on their next request, on every app instance.

ALTER TABLE user_account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
