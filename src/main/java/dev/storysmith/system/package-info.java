/**
 * Cross-cutting web plumbing: the layout, the welcome page, error pages, markdown helpers
 * and shared converters. Every module may use it; it uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package dev.storysmith.system;

import org.springframework.modulith.ApplicationModule;
