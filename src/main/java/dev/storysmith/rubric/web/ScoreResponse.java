package dev.storysmith.rubric.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.Scorecard;

/**
 * The answer of {@code POST /api/score}: the scorecard's fields at the top level, as before,
 * and {@code followUps}, what an interviewer would likely ask next.
 */
record ScoreResponse(@JsonUnwrapped Scorecard scorecard, List<FollowUp> followUps) {
}
