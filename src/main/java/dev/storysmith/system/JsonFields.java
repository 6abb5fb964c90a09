package dev.storysmith.system;

import tools.jackson.core.JacksonException;

/** Where in a JSON body reading failed, as a field path: {@code version}, {@code sections.action}, {@code questionIds[0]}. */
public final class JsonFields {

	private JsonFields() {
	}

	/** The path of the first {@link JacksonException} among the causes, or "" when there is none. */
	public static String path(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return path(jackson);
			}
		}
		return "";
	}

	public static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
