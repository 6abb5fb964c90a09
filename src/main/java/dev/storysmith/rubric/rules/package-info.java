/**
 * The rubric's rules: {@code rubric/rules.yaml} loaded and compiled once, the per-draft text
 * analysis every criterion shares, and one class per criterion.
 */
package dev.storysmith.rubric.rules;
