package dev.storysmith.story;

import dev.storysmith.rubric.Scorecard;

/** A story just stored, with the scorecard computed while storing it (the editor shows it without asking again). */
record SavedStory(StoryView story, Scorecard scorecard) {
}
