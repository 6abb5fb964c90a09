package dev.storysmith.story;

/**
 * The result of restoring a revision: the story now, the revision put back, and the number of
 * the revision that keeps the text the user had before (a new one, or the latest if that text
 * was already kept).
 */
record Restored(StoryView story, int restored, int kept, boolean keptNow) {
}
