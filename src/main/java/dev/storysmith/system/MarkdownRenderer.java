package dev.storysmith.system;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.springframework.stereotype.Component;

/**
 * Renders bank markdown to HTML that is safe to place in a page: raw HTML in the source is
 * escaped, and links other than http(s), mailto and relative ones are dropped. Parser and
 * renderer are built once; both are thread-safe.
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
		this.renderer = HtmlRenderer.builder(options).build();
	}

	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return renderer.render(parser.parse(markdown));
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
