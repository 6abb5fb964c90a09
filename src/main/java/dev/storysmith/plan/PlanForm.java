package dev.storysmith.plan;

import java.io.Serializable;

/**
 * The {@code /plan} form as typed. Kept in the session when a visitor who is not signed in makes
 * a plan, so the posting is still there after they sign in to save it.
 */
public class PlanForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String posting = "";

	private String interviewDate = "";

	private String level = "";

	public String getPosting() {
		return posting;
	}

	public void setPosting(String posting) {
		this.posting = posting == null ? "" : posting;
	}

	public String getInterviewDate() {
		return interviewDate;
	}

	public void setInterviewDate(String interviewDate) {
		this.interviewDate = interviewDate == null ? "" : interviewDate;
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level == null ? "" : level;
	}

}
