package dev.storysmith.rubric.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into sentence spans with no leading or trailing whitespace.
 *
 * <p>A sentence ends at terminal punctuation (with any closing quotes or brackets) followed
 * by whitespace, unless the word before a full stop is a known abbreviation ("e.g.");
 * decimals never split because a digit follows the point. A blank line, a line that starts a
 * list item and a line that is only a heading or label ("Lessons:") also end a sentence, so
 * bullet points and the text under a label stand alone, while a single soft line break inside a
 * paragraph does not, except in chat-style text with hardly any full stops, where every line is
 * a sentence.
 */
public final class SentenceSplitter {

	/**
	 * Chat-style text has at least this many lines of prose (not list items, at least
	 * {@code CHAT_MIN_LINE_WORDS} words) and fewer full stops than one per this many words.
	 */
	private static final int CHAT_MIN_LINES = 3;

	private static final int CHAT_MIN_LINE_WORDS = 3;

	private static final int CHAT_WORDS_PER_STOP = 30;

	private final Set<String> abbreviations;

	/** @param abbreviations lower-case words, without their final point ("e.g", "vs") */
	public SentenceSplitter(Set<String> abbreviations) {
		this.abbreviations = Set.copyOf(abbreviations);
	}

	public List<Span> split(String text) {
		List<Span> sentences = new ArrayList<>();
		int n = text.length();
		boolean chat = isChat(text);
		int start = 0;
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			int boundary = -1;
			if (isTerminal(c)) {
				int j = i + 1;
				while (j < n && (isTerminal(text.charAt(j)) || isCloser(text.charAt(j)))) {
					j++;
				}
				if ((j == n || Tokens.isSpace(text.charAt(j))) && !(c == '.' && j == i + 1 && isAbbreviation(text, i))) {
					boundary = j;
				}
				i = j;
			}
			else if (c == '\n' && (chat || startsNewBlock(text, i + 1) || endsLabelLine(text, i))) {
				boundary = i;
				i++;
			}
			else {
				i++;
			}
			if (boundary >= 0) {
				add(sentences, text, start, boundary);
				start = boundary;
			}
		}
		add(sentences, text, start, n);
		return sentences;
	}

	private static void add(List<Span> sentences, String text, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && Tokens.isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && Tokens.isSpace(text.charAt(end - 1))) {
			end--;
		}
		if (start < end) {
			sentences.add(new Span(start, end));
		}
	}

	/**
	 * Chat-style text: several lines and hardly any full stops ("ok so context: ...\ni was the only
	 * ios dev..."), where each line is a sentence of its own.
	 */
	private static boolean isChat(String text) {
		int lines = 0;
		int terminals = 0;
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				boolean listItem = lineStart > 0 && startsNewBlock(text, lineStart) || lineStart == 0 && startsNewBlock("\n" + text, 1);
				lines += !listItem && Tokens.countWords(text, lineStart, i) >= CHAT_MIN_LINE_WORDS ? 1 : 0;
				lineStart = i + 1;
			}
			else if (isTerminal(text.charAt(i)) && (i + 1 == text.length() || Tokens.isSpace(text.charAt(i + 1)))) {
				terminals++;
			}
		}
		return lines >= CHAT_MIN_LINES && terminals * CHAT_WORDS_PER_STOP < Tokens.countWords(text, 0, text.length());
	}

	/**
	 * Before a line break: a line that is only a heading or a label ("## Lessons", "**Outcome**",
	 * "Lessons:"), so the first sentence under it starts on the next line.
	 */
	private static boolean endsLabelLine(String text, int lineBreak) {
		int end = lineBreak;
		while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t' || text.charAt(end - 1) == '\r')) {
			end--;
		}
		int start = text.lastIndexOf('\n', end - 1) + 1;
		while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
			start++;
		}
		if (start >= end) {
			return false;
		}
		String line = text.substring(start, end);
		return line.charAt(0) == '#' || line.endsWith(":") || line.endsWith(":**")
				|| line.length() > 4 && (line.startsWith("**") && line.endsWith("**") || line.startsWith("__") && line.endsWith("__"));
	}

	/** After a line break: a blank line, or a line that opens a list item. */
	private static boolean startsNewBlock(String text, int lineStart) {
		int n = text.length();
		int i = lineStart;
		while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
			return true;
		}
		char c = text.charAt(i);
		if ((c == '-' || c == '*' || c == '+' || c == '\u2022') && i + 1 < n && text.charAt(i + 1) == ' ') {
			return true;
		}
		int digits = i;
		while (digits < n && Character.isDigit(text.charAt(digits))) {
			digits++;
		}
		return digits > i && digits + 1 < n && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
				&& text.charAt(digits + 1) == ' ';
	}

	private boolean isAbbreviation(String text, int point) {
		int start = point;
		while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
			start--;
		}
		return start < point && abbreviations.contains(TextNormalizer.lower(text, start, point));
	}

	private static boolean isTerminal(char c) {
		return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
	}

	private static boolean isCloser(char c) {
		return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
	}

}
