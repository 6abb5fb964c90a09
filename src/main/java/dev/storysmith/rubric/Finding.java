package dev.storysmith.rubric;

/**
 * A problem spotted in the draft: a hedge, a filler, a vague claim, an Action sentence with no
 * first-person actor, a missing section, running over time or keyword stuffing.
 *
 * @param rule what kind of problem: {@code hedge}, {@code filler}, {@code vague-claim},
 *     {@code no-actor}, {@code missing-section}, {@code over-length} or {@code stuffing}
 * @param section id of the section the span is in; for a missing section the span is empty
 * @param start offset of the first character in that section's text
 * @param end offset after the last character (exclusive)
 * @param text exactly the section text between {@code start} and {@code end}
 * @param message what is wrong, in a sentence a person understands
 */
public record Finding(String rule, String section, int start, int end, String text, String message) {
}
