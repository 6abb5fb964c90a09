/**
 * The question bank: questions, their sample answers and the competency vocabulary, imported
 * from markdown at startup ({@code bank}), browsed on {@code /questions} and {@code /api/questions}.
 */
@ApplicationModule(allowedDependencies = { "framework", "system" })
package dev.storysmith.question;

import org.springframework.modulith.ApplicationModule;
