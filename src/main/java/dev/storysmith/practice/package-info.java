/**
 * Turning drafts into readiness: timed practice rounds, progress over time, the
 * competency coverage of the story bank, and export and backup of a user's stories.
 */
package dev.storysmith.practice;
