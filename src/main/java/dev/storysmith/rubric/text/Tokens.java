package dev.storysmith.rubric.text;

import java.util.Arrays;

/**
 * The word tokens of one text, found in a single pass.
 *
 * <p>A token is a run of letters and digits (with combining marks), joined across an
 * apostrophe between letters ("don't", "I'd") and across a point or comma between digits
 * ("1.4", "2,000"). Each token keeps its offsets into the original text and a lower-cased
 * form with straight apostrophes, so phrase matching never touches the original again.
 */
public final class Tokens {

	private final int[] starts;
	private final int[] ends;
	private final String[] lower;
	private final int count;

	private Tokens(int[] starts, int[] ends, String[] lower, int count) {
		this.starts = starts;
		this.ends = ends;
		this.lower = lower;
		this.count = count;
	}

	public static Tokens of(String text) {
		int n = text.length();
		int capacity = Math.max(4, n / 5);
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		String[] lower = new String[capacity];
		int count = 0;
		int i = 0;
		while (i < n) {
			int cp = text.codePointAt(i);
			if (!Character.isLetterOrDigit(cp)) {
				i += Character.charCount(cp);
				continue;
			}
			int start = i;
			int end = endOfToken(text, i);
			if (count == starts.length) {
				int grown = count * 2;
				starts = Arrays.copyOf(starts, grown);
				ends = Arrays.copyOf(ends, grown);
				lower = Arrays.copyOf(lower, grown);
			}
			starts[count] = start;
			ends[count] = end;
			lower[count] = TextNormalizer.lower(text, start, end);
			count++;
			i = end;
		}
		return new Tokens(starts, ends, lower, count);
	}

	private static int endOfToken(String text, int from) {
		int n = text.length();
		int i = from;
		while (i < n) {
			int cp = text.codePointAt(i);
			if (Character.isLetterOrDigit(cp) || isMark(cp)) {
				i += Character.charCount(cp);
			}
			else if (i + 1 < n && joins(text.charAt(i - 1), cp, text.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	/** An apostrophe between letters or a decimal/thousands separator between digits. */
	private static boolean joins(char before, int cp, char after) {
		if (cp == '\'' || cp == '\u2019') {
			return Character.isLetter(before) && Character.isLetter(after);
		}
		if (cp == '.' || cp == ',') {
			return Character.isDigit(before) && Character.isDigit(after);
		}
		return false;
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/**
	 * Spoken words in {@code text[start, end)}: whitespace-separated chunks with at least one
	 * letter or digit, the way editors count words ("trade-off" is one word, "-" none).
	 */
	public static int countWords(String text, int start, int end) {
		int words = 0;
		boolean chunkHasWord = false;
		for (int i = start; i < end;) {
			int cp = text.codePointAt(i);
			if (isSpace(cp)) {
				chunkHasWord = false;
			}
			else if (!chunkHasWord && Character.isLetterOrDigit(cp)) {
				words++;
				chunkHasWord = true;
			}
			i += Character.charCount(cp);
		}
		return words;
	}

	static boolean isSpace(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
	}

	public int count() {
		return count;
	}

	public int start(int token) {
		return starts[token];
	}

	public int end(int token) {
		return ends[token];
	}

	/** Lower-cased text of the token, curly apostrophes straightened. */
	public String lower(int token) {
		return lower[token];
	}

	public boolean isDigits(int token) {
		return Character.isDigit(lower[token].charAt(0));
	}

	/** Index of the first token starting at or after {@code offset}; {@link #count()} if none. */
	public int firstAtOrAfter(int offset) {
		int found = Arrays.binarySearch(starts, 0, count, offset);
		return found >= 0 ? found : -found - 1;
	}

}
