package dev.storysmith.story;

import java.util.List;

import dev.storysmith.rubric.Scorecard;

/** What the editor page loads in one read: the story, its scorecard and its revisions without their text. */
record EditorDraft(StoryView story, Scorecard scorecard, List<RevisionSummary> revisions) {
}
