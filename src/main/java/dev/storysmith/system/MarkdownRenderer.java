package dev.storysmith.system;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders bank markdown to HTML that is safe to place in a page: raw HTML in the source is
 * escaped, and links other than http(s), mailto and relative ones are dropped (judged on the
 * decoded URL, see {@link SafeLinks}). Text over the {@link MarkdownLimits}, or any that still
 * overflows the parser's stack, is shown as escaped plain text instead of failing the page.
 * Parser and renderer are built once; both are thread-safe.
 */
@Component
public class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	public MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https?:|mailto:|/|#)[a-z][a-z0-9+.-]*:.*");
		options.set(HtmlRenderer.SOFT_BREAK, " ");
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeLinks()).build();
	}

	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		if (!MarkdownLimits.fits(markdown)) {
			return plainText(markdown);
		}
		try {
			return renderer.render(parser.parse(markdown));
		}
		catch (StackOverflowError ex) {
			return plainText(markdown);
		}
	}

	private static String plainText(String markdown) {
		return "<p>" + HtmlUtils.htmlEscape(markdown) + "</p>\n";
	}

	/** Renders one line (a list item, a hint) without the wrapping paragraph. */
	public String toInlineHtml(String markdown) {
		String html = toHtml(markdown).strip();
		if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
			return html.substring(3, html.length() - 4);
		}
		return html;
	}

}
