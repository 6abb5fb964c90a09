/**
 * The rubric: scores a story draft against a transparent rubric and explains every score with
 * evidence spans and advice, and plans the follow-ups an interviewer would ask of the draft's
 * gaps ({@link dev.storysmith.rubric.FollowUpPlanner}). Plain Java with no Spring inside; rules
 * live in {@code rubric/rules.yaml}. The web layer also reads the bank ({@code question}) for a
 * question's own follow-ups.
 */
@ApplicationModule(allowedDependencies = { "framework", "question", "system" })
package dev.storysmith.rubric;

import org.springframework.modulith.ApplicationModule;
