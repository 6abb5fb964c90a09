package dev.storysmith.story;

/**
 * Published inside the transaction that deletes a story, so that a module keeping data about
 * the story (its spoken rehearsals, say) deletes it in the same transaction: a deleted story
 * leaves nothing of its text behind.
 */
public record StoryDeleted(long owner, long storyId) {
}
