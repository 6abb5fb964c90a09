/**
 * The user's stories: framework-shaped drafts linked to questions and competencies, their
 * revisions with scores, the story bank page, the editor and {@code /api/stories}.
 */
package dev.storysmith.story;
