-- A practice round becomes a practice attempt that keeps its own text: handing in an answer no
-- longer creates or changes a story. Rounds handed in before this change keep their score and
-- the story they went into (story_id, which stays the user's story); their text is copied from
-- that story's revision taken when the round was handed in.

ALTER TABLE practice_session RENAME TO practice_attempt;

CREATE TABLE practice_attempt_section (
    attempt_id BIGINT         NOT NULL REFERENCES practice_attempt (id) ON DELETE CASCADE,
    section_id VARCHAR(64)    NOT NULL,
    body       VARCHAR(10000) NOT NULL,
    PRIMARY KEY (attempt_id, section_id)
);

INSERT INTO practice_attempt_section (attempt_id, section_id, body)
SELECT a.id, s.section_id, s.body
FROM practice_attempt a
JOIN story_revision r ON r.story_id = a.story_id AND r.owner_id = a.owner_id
JOIN story_revision_section s ON s.revision_id = r.id
WHERE a.finished_at IS NOT NULL
  AND r.revision_number = (SELECT MAX(r2.revision_number) FROM story_revision r2
                           WHERE r2.story_id = a.story_id AND r2.created_at <= a.finished_at);
