package dev.storysmith.story;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The editor form as posted: one textarea per section ({@code sections[action]}), the
 * version the page was loaded at, and which button was pressed. A JavaBean so Spring can
 * bind the map of sections.
 */
public class StoryForm {

	private String title = "";

	private String framework = "";

	private long version;

	private Map<String, String> sections = new LinkedHashMap<>();

	private String unplacedNotes = "";

	private Set<String> questionIds = new LinkedHashSet<>();

	private Set<String> competencies = new LinkedHashSet<>();

	static StoryForm of(StoryView story) {
		StoryForm form = new StoryForm();
		form.title = story.title();
		form.framework = story.framework();
		form.version = story.version();
		form.sections = new LinkedHashMap<>(story.sections());
		form.unplacedNotes = story.unplacedNotes();
		form.questionIds = new LinkedHashSet<>(story.questionIds());
		form.competencies = new LinkedHashSet<>(story.competencies());
		return form;
	}

	StoryContent toContent() {
		return new StoryContent(title, framework, sections, unplacedNotes, questionIds, competencies);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getFramework() {
		return framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Map<String, String> getSections() {
		return sections;
	}

	public void setSections(Map<String, String> sections) {
		this.sections = sections;
	}

	public String getUnplacedNotes() {
		return unplacedNotes;
	}

	public void setUnplacedNotes(String unplacedNotes) {
		this.unplacedNotes = unplacedNotes;
	}

	public Set<String> getQuestionIds() {
		return questionIds;
	}

	public void setQuestionIds(Set<String> questionIds) {
		this.questionIds = questionIds;
	}

	public Set<String> getCompetencies() {
		return competencies;
	}

	public void setCompetencies(Set<String> competencies) {
		this.competencies = competencies;
	}

}
