/**
 * The user's stories: framework-shaped drafts linked to questions and competencies, their
 * revisions with per-criterion scores, the story bank page, the editor, {@code /api/stories},
 * export ({@code export}) and backup ({@code backup}). Other modules use {@link dev.storysmith.story.StoryQueries}
 * and {@link dev.storysmith.story.StoryCommands} and hear of saves through {@link dev.storysmith.story.RevisionSaved}.
 */
@ApplicationModule(allowedDependencies = { "question", "framework", "rubric", "rubric :: framework-shapes", "account", "system" })
package dev.storysmith.story;

import org.springframework.modulith.ApplicationModule;
