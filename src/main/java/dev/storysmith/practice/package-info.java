/**
 * Turning drafts into readiness: timed practice attempts (their own text and score), progress
 * over time, the competency coverage of the story bank and the streak. Reads stories through
 * the story module's queries, saves an attempt into a story only through its commands, takes
 * a mock interview's questions from a saved plan through the plan module's queries, and hears
 * of saved revisions through its events.
 */
@ApplicationModule(allowedDependencies = { "story", "question", "rubric", "rubric :: framework-shapes", "framework", "plan", "account", "system" })
package dev.storysmith.practice;

import org.springframework.modulith.ApplicationModule;
