package dev.storysmith.system;

/**
 * Bounds on markdown that keep flexmark's recursive parsing far from the end of a thread's
 * stack. flexmark overflows the stack on a thematic break of about 1,000 dashes, an emphasis
 * run of about 750 stars, or a few hundred nested quotes or list items (measured with a
 * 512 KB stack); real bank text uses fewer than ten markup characters a line and three
 * levels of nesting. Checked before every parse, so a hostile file is refused with a reason.
 */
public final class MarkdownLimits {

	/** Markup characters ({@code * _ - + = ~ > # ` | [ ] < !}) one line may hold. */
	public static final int MAX_MARKUP_PER_LINE = 200;

	/** Nested quotes, list items and indentation (two columns a level) before a line's text. */
	public static final int MAX_NESTING = 20;

	private static final String MARKUP = "*_-+=~>#`|[]<!";

	private MarkdownLimits() {
	}

	/**
	 * @throws MarkdownFormatException naming the first line that is over a limit
	 */
	public static void check(String text) throws MarkdownFormatException {
		int lineNumber = 0;
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			lineNumber++;
			checkLine(text, start, end, lineNumber);
			start = end + 1;
		}
	}

	/** Whether {@link #check} accepts the text. */
	public static boolean fits(String text) {
		try {
			check(text);
			return true;
		}
		catch (MarkdownFormatException ex) {
			return false;
		}
	}

	private static void checkLine(String text, int start, int end, int lineNumber) throws MarkdownFormatException {
		int markup = 0;
		for (int i = start; i < end; i++) {
			if (MARKUP.indexOf(text.charAt(i)) >= 0) {
				markup++;
			}
		}
		if (markup > MAX_MARKUP_PER_LINE) {
			throw new MarkdownFormatException("line " + lineNumber + " has " + markup
					+ " markup characters (* _ - > # and the like); the limit is " + MAX_MARKUP_PER_LINE);
		}
		int nesting = nesting(text, start, end);
		if (nesting > MAX_NESTING) {
			throw new MarkdownFormatException("line " + lineNumber + " is nested " + nesting
					+ " levels deep (quotes, list items, indentation); the limit is " + MAX_NESTING);
		}
	}

	/** Quote markers, list markers (each with the blank after it) and indentation (two columns a level) before a line's text. */
	private static int nesting(String text, int start, int end) {
		int levels = 0;
		int columns = 0;
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			if (c == ' ') {
				columns++;
				i++;
			}
			else if (c == '\t') {
				columns += 4;
				i++;
			}
			else if (c == '>') {
				levels++;
				i = skipOneBlank(text, i + 1, end);
			}
			else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && isBlank(text.charAt(i + 1))) {
				levels++;
				i = i + 2;
			}
			else if (Character.isDigit(c)) {
				int j = i;
				while (j < end && Character.isDigit(text.charAt(j))) {
					j++;
				}
				if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlank(text.charAt(j + 1))) {
					levels++;
					i = j + 2;
				}
				else {
					break;
				}
			}
			else {
				break;
			}
		}
		return levels + columns / 2;
	}

	/** The space after a marker belongs to the marker, not to the indentation. */
	private static int skipOneBlank(String text, int i, int end) {
		return i < end && isBlank(text.charAt(i)) ? i + 1 : i;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

}
