package dev.storysmith.rubric;

/**
 * Text that earned a criterion its score.
 *
 * @param section id of the section the span is in (see {@link Draft} for free text)
 * @param start offset of the first character in that section's text
 * @param end offset after the last character (exclusive)
 * @param text exactly the section text between {@code start} and {@code end}
 */
public record Evidence(String section, int start, int end, String text) {
}
