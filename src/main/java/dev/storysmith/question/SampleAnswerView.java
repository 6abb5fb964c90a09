package dev.storysmith.question;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sample answer: section texts (markdown) keyed by the framework's section ids, in speaking order. */
public record SampleAnswerView(String framework, Map<String, String> sections) {

	public SampleAnswerView {
		sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
	}

}
