package dev.storysmith.rubric.rules;

import java.util.List;

import dev.storysmith.rubric.SectionKind;

/**
 * Role: what the speaker did personally, and their scope.
 *
 * <p>Judges the sentences that tell what somebody did (see {@link AnalyzedDraft#actionSentences})
 * one by one: each without a first-person actor is flagged ({@code no-actor}), and the share of
 * content sentences with one ("I worked hard" tells nothing) earns up to two points. This is a
 * per-sentence check, not a pronoun ratio: "we" is fine in a sentence that also says what "I"
 * did. One point more for an ownership statement ("I led", "I decided", "my role") in a content
 * sentence, one for scope (team size, partner teams, "tech lead").
 *
 * <p>In a story told by "I", a list item that opens with a past verb and no subject ("- Profiled
 * the ingest path", "2) Rolled back the deploy") has the speaker as its actor, and one that opens
 * with an ownership verb ("- Led the migration") states ownership. A sentence where only "we" acts
 * is flagged with a message asking what you yourself did in it. A title on its own ("Role: lead engineer
 * (3 engineers)") states ownership; a line of several titles does not.
 */
final class RoleCriterion extends Criterion {

	private static final String ROLE_LABEL = "role";

	private final double ownedShare;

	private final double someShare;

	private final int minActorWords;

	private final String adviceNone;

	private final String adviceShare;

	private final String adviceOwnership;

	private final String adviceScope;

	private final String noActor;

	private final String adviceTeamOnly;

	private final String teamActor;

	RoleCriterion(RuleData data, int minActorWords, Assessment.Limits limits) {
		super("role", data, limits);
		this.ownedShare = data.number("ownedShare");
		this.someShare = data.number("someShare");
		this.minActorWords = minActorWords;
		RuleData advice = data.section("advice");
		this.adviceNone = advice.text("none");
		this.adviceShare = advice.text("share");
		this.adviceOwnership = advice.text("ownership");
		this.adviceScope = advice.text("scope");
		this.adviceTeamOnly = advice.text("teamOnly");
		RuleData findings = data.section("findings");
		this.noActor = findings.text("noActor");
		this.teamActor = findings.text("teamActor");
	}

	/**
	 * "I led...", "my role", or a single title that is the speaker's: on a role line or in the Task
	 * section ("Role: lead engineer"), or next to "I" ("I was the incident commander"). Two titles
	 * or more are a list; "each team lead got help" is somebody else's title.
	 */
	private static boolean statesOwnership(AnalyzedSentence sentence) {
		if (sentence.counts(Cue.OWNERSHIP)) {
			return true;
		}
		boolean speakers = sentence.section().kind() == SectionKind.TASK || sentence.firstPersonActor()
				|| sentence.section().lower().startsWith(ROLE_LABEL, sentence.span().start());
		return speakers && sentence.counts(Cue.TITLE) && sentence.hits().stream().filter(h -> h.cue() == Cue.TITLE).count() == 1;
	}

	@Override
	public Assessment assess(AnalyzedDraft draft) {
		Assessment.Builder result = assessment();
		List<AnalyzedSentence> judged = draft.actionSentences(minActorWords);
		int owned = 0;
		int team = 0;
		for (AnalyzedSentence sentence : judged) {
			if (!sentence.firstPersonActor()) {
				boolean we = sentence.has(Cue.TEAM);
				team += we ? 1 : 0;
				result.finding(sentence.finding("no-actor", we ? teamActor : noActor));
			}
			else if (sentence.content()) {
				owned++;
			}
		}
		List<AnalyzedSentence> ownership = draft.sentences().stream().filter(RoleCriterion::statesOwnership).toList();
		ownership.forEach(s -> result.evidence(s.evidence(s.counts(Cue.OWNERSHIP) ? Cue.OWNERSHIP : Cue.TITLE)));
		List<AnalyzedSentence> scope = draft.counting(Cue.SCOPE);
		scope.forEach(s -> result.evidence(s.evidence(Cue.SCOPE)));
		double share = judged.isEmpty() ? 0 : (double) owned / judged.size();
		int score = (share >= someShare ? 1 : 0) + (share >= ownedShare ? 1 : 0) + (ownership.isEmpty() ? 0 : 1)
				+ (scope.isEmpty() ? 0 : 1);
		return result.adviceIf(owned == 0 && team == 0, adviceNone)
			.adviceIf(owned == 0 && team > 0, adviceTeamOnly)
			.adviceIf(owned > 0 && share < ownedShare, fill(adviceShare, "owned", owned, "judged", judged.size()))
			.adviceIf(ownership.isEmpty(), adviceOwnership)
			.adviceIf(scope.isEmpty(), adviceScope)
			.score(score);
	}

}
