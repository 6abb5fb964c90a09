package dev.storysmith.system;

import java.util.List;

/**
 * Length checks for text read from bank files, made before anything reaches the database, so
 * an oversized value is reported for its file instead of failing a column (and the import).
 * The maxima match the columns of the tables the values go to.
 */
public final class TextLimits {

	private TextLimits() {
	}

	/**
	 * @return the value, when it has at most {@code max} characters
	 * @throws MarkdownFormatException naming {@code what} and both lengths otherwise
	 */
	public static String limit(String what, String value, int max) throws MarkdownFormatException {
		if (value.length() > max) {
			throw new MarkdownFormatException(what + " is " + value.length() + " characters; the limit is " + max);
		}
		return value;
	}

	/**
	 * A list stored in one column, one entry a line: at most {@code maxItems} entries and
	 * {@code maxChars} characters with the line breaks between them.
	 * @return the list, when it fits
	 */
	public static List<String> limitList(String what, List<String> items, int maxItems, int maxChars)
			throws MarkdownFormatException {
		if (items.size() > maxItems) {
			throw new MarkdownFormatException(what + " has " + items.size() + " entries; the limit is " + maxItems);
		}
		limit(what, String.join("\n", items), maxChars);
		return items;
	}

}
