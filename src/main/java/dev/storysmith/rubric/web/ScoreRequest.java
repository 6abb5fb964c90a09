package dev.storysmith.rubric.web;

import java.util.Map;

/**
 * The body of {@code POST /api/score}: text per section of a framework, or one free text; with
 * {@code questionId}, the follow-ups include that bank question's own.
 */
record ScoreRequest(String framework, Map<String, String> sections, String text, String questionId) {
}
