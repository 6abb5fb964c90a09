/**
 * Answer frameworks (STAR, STAR+L, ...) as data: ordered sections with the prompt, hints and
 * share of speaking time an editor shows. Read from the bank's {@code frameworks/} folder.
 */
@ApplicationModule(allowedDependencies = { "system" })
package dev.storysmith.framework;

import org.springframework.modulith.ApplicationModule;
