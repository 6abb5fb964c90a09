package dev.storysmith.rubric.text;

/** A half-open character range {@code [start, end)} of some text. */
public record Span(int start, int end) {
}
