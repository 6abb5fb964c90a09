package dev.storysmith.rubric.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code rubric/rules.yaml} as data. The scoring rules and the follow-up rules both come from
 * this one file, so it is read and parsed once and each takes its sections from the same tree.
 */
final class RuleFile {

	private static final String LOCATION = "/rubric/rules.yaml";

	private RuleFile() {
	}

	/** The shipped file, read on first use and shared afterwards. */
	static RuleData shipped() {
		return Shipped.ROOT;
	}

	static RuleData parse(Reader yaml) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(root instanceof Map<?, ?> map)) {
			throw new IllegalStateException("rules.yaml: the top level must be a mapping");
		}
		return new RuleData("", map);
	}

	/** Holder idiom: the file is read once, on first use, without locking afterwards. */
	private static final class Shipped {

		static final RuleData ROOT = read();

		private static RuleData read() {
			try (InputStream in = RuleFile.class.getResourceAsStream(LOCATION)) {
				if (in == null) {
					throw new IllegalStateException("Rubric rules not found on the classpath at " + LOCATION);
				}
				return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read rubric rules at " + LOCATION, ex);
			}
		}

	}

}
