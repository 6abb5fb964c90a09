package dev.storysmith.framework;

/** A framework as read from its bank file, with its place in pickers. */
public record FrameworkDefinition(FrameworkView view, int order) {
}
