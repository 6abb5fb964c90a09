package dev.storysmith.rubric.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;

/**
 * Typed, path-aware access to one mapping of the rules file. A missing key or a value of the
 * wrong type fails at load time with the full path ("criteria.metrics.weight"), so a typo in
 * the rules never turns into a silently different score.
 */
final class RuleData {

	private final String path;

	private final Map<?, ?> values;

	RuleData(String path, Map<?, ?> values) {
		this.path = path;
		this.values = values;
	}

	RuleData section(String key) {
		return new RuleData(pathOf(key), get(key, Map.class));
	}

	/** A list of mappings, each with its index in the path ("patterns.baselineResult[2]"). */
	List<RuleData> sections(String key) {
		List<?> list = get(key, List.class);
		return IntStream.range(0, list.size()).mapToObj(i -> {
			if (list.get(i) instanceof Map<?, ?> map) {
				return new RuleData(pathOf(key) + "[" + i + "]", map);
			}
			throw new IllegalStateException("rules.yaml: '" + pathOf(key) + "[" + i + "]' must be a mapping");
		}).toList();
	}

	String text(String key) {
		return get(key, String.class);
	}

	int integer(String key) {
		return get(key, Integer.class);
	}

	double number(String key) {
		return get(key, Number.class).doubleValue();
	}

	List<String> texts(String key) {
		List<?> list = get(key, List.class);
		return list.stream().map(item -> {
			if (item instanceof String || item instanceof Number || item instanceof Boolean) {
				return String.valueOf(item);
			}
			throw new IllegalStateException(pathOf(key) + " must list plain words, found " + item);
		}).toList();
	}

	List<Double> numbers(String key) {
		return get(key, List.class).stream().map(item -> {
			if (item instanceof Number number) {
				return number.doubleValue();
			}
			throw new IllegalStateException(pathOf(key) + " must list numbers, found " + item);
		}).toList();
	}

	Pattern pattern(String key) {
		return compile(key, text(key));
	}

	List<Pattern> patterns(String key) {
		return texts(key).stream().map(regex -> compile(key, regex)).toList();
	}

	/** Keys in file order, for mappings whose keys are data ("cues", "labels.kinds"). */
	List<String> keys() {
		return values.keySet().stream().map(String::valueOf).toList();
	}

	private Pattern compile(String key, String regex) {
		try {
			return Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException(pathOf(key) + " is not a valid regular expression: " + ex.getMessage(), ex);
		}
	}

	private <T> T get(String key, Class<T> type) {
		Object value = values.get(key);
		if (value == null) {
			throw new IllegalStateException("rules.yaml: missing '" + pathOf(key) + "'");
		}
		if (!type.isInstance(value)) {
			throw new IllegalStateException("rules.yaml: '" + pathOf(key) + "' must be a " + type.getSimpleName()
					+ ", found " + value.getClass().getSimpleName());
		}
		return type.cast(value);
	}

	private String pathOf(String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

}
