package dev.storysmith.rubric.text;

/**
 * Lower-cases text one UTF-16 unit at a time and straightens curly apostrophes, so the
 * result has exactly the length of the input and every offset found in it is an offset into
 * the original. ({@link String#toLowerCase()} may change the length, e.g. for 'İ'.)
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	public static String lower(String text) {
		return lower(text, 0, text.length());
	}

	static String lower(String text, int start, int end) {
		char[] out = new char[end - start];
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			out[i - start] = c == '\u2019' ? '\'' : Character.toLowerCase(c);
		}
		return new String(out);
	}

}
