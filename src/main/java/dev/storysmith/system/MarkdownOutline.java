package dev.storysmith.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A bank file read as YAML front matter plus a tree of headed sections. flexmark finds the
 * front matter block and the headings; SnakeYAML reads the block, because flexmark's own
 * front matter reader accepts malformed YAML without a word.
 */
public final class MarkdownOutline {

	private static final Parser PARSER = Parser
		.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create())))
		.build();

	private final Map<String, Object> frontMatter;

	private final MarkdownSection root;

	private MarkdownOutline(Map<String, Object> frontMatter, MarkdownSection root) {
		this.frontMatter = frontMatter;
		this.root = root;
	}

	/**
	 * @throws MarkdownFormatException when the text breaks a rule of the format or is over the
	 * {@link MarkdownLimits} (which keep the parser's recursion bounded)
	 */
	public static MarkdownOutline parse(String text) throws MarkdownFormatException {
		MarkdownLimits.check(text);
		Document document;
		try {
			document = PARSER.parse(text);
		}
		catch (StackOverflowError ex) {
			throw new MarkdownFormatException("the markdown is nested too deeply to read");
		}
		Map<String, Object> frontMatter = Map.of();
		List<Node> body = new ArrayList<>();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof YamlFrontMatterBlock block) {
				frontMatter = readYaml(block.getChars().toString());
			}
			else {
				body.add(node);
			}
		}
		if (frontMatter.isEmpty() && text.stripLeading().startsWith("---")) {
			throw new MarkdownFormatException("the front matter has no closing '---' line");
		}
		return new MarkdownOutline(frontMatter, new MarkdownSection("", 0, body));
	}

	/** Front matter keys in file order; values are strings, numbers, booleans or lists. */
	public Map<String, Object> frontMatter() {
		return frontMatter;
	}

	/** A required single value of the front matter, as text. */
	public String requiredText(String key) throws MarkdownFormatException {
		Object value = frontMatter.get(key);
		if (value == null || value instanceof Map || value instanceof List || String.valueOf(value).isBlank()) {
			throw new MarkdownFormatException("the front matter has no '" + key + "'");
		}
		return String.valueOf(value).strip();
	}

	/** An optional list of the front matter ({@code [a, b]} or one value); empty when absent. */
	public List<String> textList(String key) throws MarkdownFormatException {
		Object value = frontMatter.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof Map) {
			throw new MarkdownFormatException("'" + key + "' must be a list like [a, b]");
		}
		List<?> items = value instanceof List<?> list ? list : List.of(value);
		List<String> result = new ArrayList<>();
		for (Object item : items) {
			if (item == null || item instanceof Map || item instanceof List) {
				throw new MarkdownFormatException("'" + key + "' must be a list of plain values");
			}
			result.add(String.valueOf(item).strip());
		}
		return result;
	}

	/** The whole document below the front matter. */
	public MarkdownSection body() {
		return root;
	}

	private static Map<String, Object> readYaml(String block) throws MarkdownFormatException {
		String yaml = block.strip();
		if (!yaml.endsWith("\n---")) {
			throw new MarkdownFormatException("the front matter has no closing '---' line");
		}
		yaml = yaml.substring(3, yaml.length() - 3);
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(5);
		options.setAllowDuplicateKeys(false);
		try {
			Object loaded = new Yaml(new SafeConstructor(options)).load(yaml);
			if (loaded == null) {
				return Map.of();
			}
			if (!(loaded instanceof Map<?, ?> map)) {
				throw new MarkdownFormatException("the front matter must be 'key: value' lines");
			}
			Map<String, Object> result = new LinkedHashMap<>();
			map.forEach((key, value) -> result.put(String.valueOf(key), value));
			return result;
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 2;
			throw new MarkdownFormatException(
					"invalid YAML in the front matter at line " + line + ": " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw new MarkdownFormatException("invalid YAML in the front matter: " + ex.getMessage());
		}
	}

	static boolean isHeading(Node node, int level) {
		return node instanceof Heading heading && heading.getLevel() == level;
	}

	static String headingText(Node node) {
		return ((Heading) node).getText().toString().strip();
	}

}
