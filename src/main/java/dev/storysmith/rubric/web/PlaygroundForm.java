package dev.storysmith.rubric.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The playground's form: a framework and either text per section or one pasted answer. */
public class PlaygroundForm {

	private String framework = DraftRequests.DEFAULT_FRAMEWORK;

	private String mode = "sections";

	private Map<String, String> sections = new LinkedHashMap<>();

	private String text = "";

	ScoreRequest toRequest() {
		return isFreeText() ? new ScoreRequest(framework, null, text, null)
				: new ScoreRequest(framework, sections, null, null);
	}

	public boolean isFreeText() {
		return "text".equals(mode);
	}

	public String getFramework() {
		return framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public Map<String, String> getSections() {
		return sections;
	}

	public void setSections(Map<String, String> sections) {
		this.sections = sections;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
