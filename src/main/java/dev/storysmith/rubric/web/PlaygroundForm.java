package dev.storysmith.rubric.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.rubric.Draft;

/** The playground's form: a framework and either text per section or one pasted answer. */
public class PlaygroundForm {

	private String framework = DraftRequests.DEFAULT_FRAMEWORK;

	private String mode = "sections";

	private Map<String, String> sections = new LinkedHashMap<>();

	private String text = "";

	/** What gets scored: the pasted text, or the boxes of the framework shown (other boxes ride along unscored). */
	ScoreRequest toRequest(FrameworkView shown) {
		if (isFreeText()) {
			return new ScoreRequest(framework, null, text, null);
		}
		Map<String, String> scored = new LinkedHashMap<>();
		shown.sectionIds().forEach(id -> scored.put(id, sections.getOrDefault(id, "")));
		return new ScoreRequest(framework, scored, null, null);
	}

	/**
	 * Moves to the other mode without dropping a word: boxes become one labelled answer
	 * ("Situation:" then its text) when the answer is empty, and a pasted answer is split into
	 * the boxes by its labels (unlabelled text into the first box) when the boxes are empty.
	 * Whatever is not shown stays in the form, so switching back shows it again.
	 */
	void switchMode(String mode, FrameworkView shown) {
		boolean toText = "text".equals(mode);
		if (toText && !isFreeText() && text.isBlank()) {
			List<String> blocks = new ArrayList<>();
			shown.sections().forEach(s -> {
				String body = sections.getOrDefault(s.id(), "");
				if (!body.isBlank()) {
					blocks.add(s.title() + ":\n" + body.strip());
				}
			});
			text = String.join("\n\n", blocks);
		}
		boolean boxesEmpty = shown.sectionIds().stream().allMatch(id -> sections.getOrDefault(id, "").isBlank());
		if (!toText && isFreeText() && boxesEmpty && !text.isBlank()) {
			String first = shown.sectionIds().get(0);
			Draft.freeText(FrameworkShapes.of(shown), text).sections().forEach((id, body) -> {
				String box = id.equals(Draft.FREE_SECTION) ? first : id;
				sections.merge(box, body.strip(), (a, b) -> a.isBlank() ? b : a + "\n\n" + b);
			});
		}
		this.mode = toText ? "text" : "sections";
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
