-- The days a user worked on interview answers: a handed-in practice attempt or a saved story
-- revision. The practice module keeps it (it learns of revisions from the story module's
-- events) and counts the streak from it. Filled from what happened before this migration.

CREATE TABLE practice_activity_day (
    owner_id BIGINT NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    active_on DATE  NOT NULL,
    PRIMARY KEY (owner_id, active_on)
);

INSERT INTO practice_activity_day (owner_id, active_on)
SELECT DISTINCT owner_id, CAST(finished_at AT TIME ZONE 'UTC' AS DATE) FROM practice_attempt WHERE finished_at IS NOT NULL
UNION
SELECT DISTINCT owner_id, CAST(created_at AT TIME ZONE 'UTC' AS DATE) FROM story_revision;
