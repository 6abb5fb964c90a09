package dev.storysmith.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns display names into the stable ids the bank uses ("Technical judgment" -> "technical-judgment"). */
public final class Slugs {

	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slugs() {
	}

	public static String of(String text) {
		String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
		return trimDashes(slug);
	}

	public static boolean isValid(String id) {
		return id != null && id.length() <= 80 && VALID.matcher(id).matches();
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
