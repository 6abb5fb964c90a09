/**
 * The rubric: scores a story draft against a transparent rubric and explains every score with
 * evidence spans and advice. Plain Java with no Spring inside; rules live in {@code rubric/rules.yaml}.
 */
@ApplicationModule(allowedDependencies = { "framework", "system" })
package dev.storysmith.rubric;

import org.springframework.modulith.ApplicationModule;
