package dev.storysmith.system;

/** A markdown file that cannot be read as a bank file; the message says why, for a person. */
public class MarkdownFormatException extends Exception {

	public MarkdownFormatException(String message) {
		super(message);
	}

}
