/**
 * Backup and restore of all of a user's stories as versioned JSON: {@code GET /api/backup},
 * {@code POST /api/restore} and the {@code /stories/backup} page; all or nothing, no duplicates.
 */
package dev.storysmith.practice.backup;
