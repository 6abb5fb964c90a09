package dev.storysmith.rubric;

/**
 * A question an interviewer would likely ask next of a draft.
 *
 * @param criterion id of the rubric criterion the question probes, or {@value #BANK} for one of
 *     the linked question's own follow-ups from the bank
 * @param question the question, in the interviewer's voice
 * @param reason why it is likely: the gap in the draft it aims at
 */
public record FollowUp(String criterion, String question, String reason) {

	/** The criterion of a follow-up taken from the question bank. */
	public static final String BANK = "question";

}
