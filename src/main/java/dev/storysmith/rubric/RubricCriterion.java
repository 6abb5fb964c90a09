package dev.storysmith.rubric;

/**
 * One criterion the rubric scores, as other modules may know it: they store and chart scores
 * by {@code id} and take labels, weights and order from here instead of spelling them out.
 *
 * @param id stable id, the key of {@link CriterionScore#id()}
 * @param label the criterion's name for people
 * @param weight its base weight in the overall score
 * @param position its place in the scorecard, from 0
 * @param max the highest score
 */
public record RubricCriterion(String id, String label, double weight, int position, int max) {
}
