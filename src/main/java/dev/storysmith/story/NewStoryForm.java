package dev.storysmith.story;

/** Starting a story: a title, a framework and optionally the question it answers. */
public class NewStoryForm {

	private String title = "";

	private String framework = "star-l";

	private String question = "";

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

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

}
