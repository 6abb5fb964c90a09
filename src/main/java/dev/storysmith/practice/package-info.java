/**
 * Turning drafts into readiness: timed practice rounds, progress over time, the
 * competency coverage of the story bank, and export and backup of a user's stories.
 */
@ApplicationModule(allowedDependencies = { "story", "question", "rubric", "framework", "account", "system" })
package dev.storysmith.practice;

import org.springframework.modulith.ApplicationModule;
