-- A revision's criterion scores become rows, one per criterion, so a criterion the rubric adds
-- or renames needs no schema change. Every existing score moves over; then the old columns go.
-- (The ids below are the rubric's criteria as they were when these columns were written.)

CREATE TABLE story_revision_score (
    revision_id  BIGINT      NOT NULL REFERENCES story_revision (id) ON DELETE CASCADE,
    criterion_id VARCHAR(64) NOT NULL,
    score        INTEGER     NOT NULL,
    PRIMARY KEY (revision_id, criterion_id)
);

INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'metrics', metrics FROM story_revision;
INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'role', role_score FROM story_revision;
INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'tradeoffs', tradeoffs FROM story_revision;
INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'lessons', lessons FROM story_revision;
INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'structure', structure FROM story_revision;
INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'specificity', specificity FROM story_revision;
INSERT INTO story_revision_score (revision_id, criterion_id, score) SELECT id, 'length', length_score FROM story_revision;

ALTER TABLE story_revision DROP COLUMN metrics;
ALTER TABLE story_revision DROP COLUMN role_score;
ALTER TABLE story_revision DROP COLUMN tradeoffs;
ALTER TABLE story_revision DROP COLUMN lessons;
ALTER TABLE story_revision DROP COLUMN structure;
ALTER TABLE story_revision DROP COLUMN specificity;
ALTER TABLE story_revision DROP COLUMN length_score;
