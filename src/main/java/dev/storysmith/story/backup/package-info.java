/**
 * Backup and restore of all of a user's stories as versioned JSON: {@code GET /api/backup},
 * {@code POST /api/restore} and the {@code /stories/backup} page; all or nothing, no duplicates.
 * The file format and the batch; {@code StoryArchive} in the story package reads and writes the rows.
 */
package dev.storysmith.story.backup;
