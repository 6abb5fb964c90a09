/**
 * The user's stories: framework-shaped drafts linked to questions and competencies, their
 * revisions with scores, the story bank page, the editor and {@code /api/stories}.
 */
@ApplicationModule(allowedDependencies = { "question", "framework", "rubric", "rubric :: framework-shapes", "account", "system" })
package dev.storysmith.story;

import org.springframework.modulith.ApplicationModule;
