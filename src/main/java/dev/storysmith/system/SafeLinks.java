package dev.storysmith.system;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Drops every {@code href} and {@code src} whose scheme is not http, https or mailto. It looks
 * at the URL the browser will follow: after flexmark has decoded character references
 * ({@code jav&#x61;script:}), and after percent-decoding and removing the whitespace and
 * control characters a browser ignores in a scheme. A relative URL has no scheme and stays.
 */
final class SafeLinks extends IndependentAttributeProviderFactory {

	private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");

	private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\p{Cntrl}\\p{Space}\\u00a0\\u2000-\\u200f\\u2028\\u2029\\ufeff]");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);

	@Override
	public AttributeProvider apply(LinkResolverContext context) {
		return SafeLinks::removeUnsafeUrls;
	}

	private static void removeUnsafeUrls(Node node, AttributablePart part, MutableAttributes attributes) {
		for (String name : URL_ATTRIBUTES) {
			if (attributes.contains(name) && !isSafe(attributes.getValue(name))) {
				attributes.remove(name);
			}
		}
	}

	/** Whether a decoded URL is relative, or absolute with an allowed scheme. */
	static boolean isSafe(String url) {
		String followed = IGNORED_BY_BROWSERS.matcher(percentDecoded(url)).replaceAll("").toLowerCase(Locale.ROOT);
		var scheme = SCHEME.matcher(followed);
		if (scheme.matches()) {
			return ALLOWED_SCHEMES.contains(scheme.group(1));
		}
		// No valid scheme, yet a colon before the path: a browser may still read it as one.
		int colon = followed.indexOf(':');
		int path = indexOfAny(followed, "/?#");
		return colon < 0 || (path >= 0 && path < colon);
	}

	private static String percentDecoded(String url) {
		StringBuilder decoded = new StringBuilder(url.length());
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
				decoded.append((char) Integer.parseInt(url.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				decoded.append(c);
			}
		}
		return decoded.toString();
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	private static int indexOfAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
