package dev.storysmith.rubric.rules;

import java.io.Reader;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import dev.storysmith.rubric.SectionKind;
import dev.storysmith.rubric.text.FreeTextSplitter;
import dev.storysmith.rubric.text.Openings;
import dev.storysmith.rubric.text.PartOfSpeech;
import dev.storysmith.rubric.text.PhraseMatcher;
import dev.storysmith.rubric.text.SentenceSplitter;

/**
 * The rubric's rules, read from {@code rubric/rules.yaml} on the classpath and compiled once:
 * cue phrases into one {@link PhraseMatcher}, patterns into {@link java.util.regex.Pattern}s,
 * each criterion's thresholds and messages into its class. Immutable, so one instance serves
 * every thread.
 */
public final class RubricRules {

	/** Ownership cues "i ... verb" name the verbs an implied "I" owns with ("- Led the migration"). */
	private static final String IMPLIED_I = "i ...";

	private final SpeakingRate speakingRate;

	private final DraftAnalyzer analyzer;

	private final FreeTextSplitter freeTextSplitter;

	private final List<Criterion> criteria;

	private RubricRules(RuleData rules) {
		this.speakingRate = new SpeakingRate(rules.integer("speakingRate"));
		RuleData text = rules.section("text");
		Set<String> numberWords = Set.copyOf(text.texts("numberWords"));
		RuleData gate = rules.section("gate");
		Set<Cue> keywordCues = gate.texts("keywordCues")
			.stream()
			.map(Cue::ofKey)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Cue.class)));
		RuleData patterns = rules.section("patterns");
		this.analyzer = new DraftAnalyzer(new SentenceSplitter(new HashSet<>(text.texts("abbreviations"))),
				new PhraseMatcher<>(Cue.class, cues(rules.section("cues")), gaps(rules.section("phraseGap")), numberWords),
				Set.copyOf(text.texts("stopwords")), Set.copyOf(text.texts("genericWords")),
				new DraftAnalyzer.Gate(gate.integer("minContentWords"), gate.number("maxKeywordShare"),
						gate.integer("maxKeywordCues"), gate.integer("minWordsPerClause"), keywordCues),
				patterns.pattern("quantity"), patterns.text("quantityPrefixes"),
				patterns.sections("baselineResult")
					.stream()
					.map(form -> new DraftAnalyzer.GuardedPattern(form.pattern("regex"), form.texts("requires")))
					.toList(),
				grammar(rules.section("grammar"), patterns, rules.section("cues").texts("ownership")),
				text.integer("maxCachedSentences"));
		RuleData labels = rules.section("labels");
		this.freeTextSplitter = new FreeTextSplitter(labels.patterns("linePatterns"), kindWords(labels.section("kinds")),
				labels.integer("minSections"));
		RuleData limitData = rules.section("limits");
		Assessment.Limits limits = new Assessment.Limits(limitData.integer("maxEvidencePerCriterion"),
				limitData.integer("maxFindingsPerRule"));
		RuleData criteriaData = rules.section("criteria");
		this.criteria = List.of(new MetricsCriterion(criteriaData.section("metrics"), limits),
				new RoleCriterion(criteriaData.section("role"), gate.integer("minActorWords"), limits),
				new TradeoffsCriterion(criteriaData.section("tradeoffs"), limits),
				new LessonsCriterion(criteriaData.section("lessons"), limits),
				new StructureCriterion(criteriaData.section("structure"), limits),
				new SpecificityCriterion(criteriaData.section("specificity"), limits),
				new LengthCriterion(criteriaData.section("length"), speakingRate, limits));
	}

	/** The shipped rules, loaded on first use and shared afterwards. */
	public static RubricRules load() {
		return Shipped.RULES;
	}

	private static final class Shipped {

		static final RubricRules RULES = new RubricRules(RuleFile.shipped());

	}

	static RubricRules parse(Reader yaml) {
		return new RubricRules(RuleFile.parse(yaml));
	}

	/**
	 * The grammar the analyzer needs: the part-of-speech tagger (loaded once per JVM, it holds a
	 * 1 MB model) behind {@link Openings}, reflection blocks, and the verbs that make an implied "I"
	 * an owner: the single verbs of the "i ... verb" ownership cues.
	 */
	private static DraftAnalyzer.Grammar grammar(RuleData data, RuleData patterns, List<String> ownershipCues) {
		Set<String> ownershipVerbs = ownershipCues.stream()
			.filter(cue -> cue.startsWith(IMPLIED_I))
			.map(cue -> cue.substring(IMPLIED_I.length()).trim())
			.filter(verb -> !verb.contains(" "))
			.collect(Collectors.toUnmodifiableSet());
		Openings openings = new Openings(PartOfSpeech.english(data.integer("maxCachedSentences")),
				Set.copyOf(data.texts("irregularPast")), Set.copyOf(data.texts("pastAndBase")),
				Set.copyOf(data.texts("openingAdverbs")), Set.copyOf(data.texts("notImperative")));
		return new DraftAnalyzer.Grammar(openings, data.pattern("reflectionStart"), data.pattern("blockEnd"), ownershipVerbs,
				Set.copyOf(patterns.texts("notMetricAfter")), patterns.pattern("notMetric"));
	}

	private static Map<Cue, List<String>> cues(RuleData data) {
		Map<Cue, List<String>> cues = new EnumMap<>(Cue.class);
		for (Cue cue : Cue.values()) {
			cues.put(cue, data.texts(cue.key()));
		}
		data.keys().forEach(Cue::ofKey);
		return cues;
	}

	/** Maximum words inside a "..." per cue category: {@code default}, or the category's own. */
	private static ToIntFunction<Cue> gaps(RuleData data) {
		Map<Cue, Integer> gaps = new EnumMap<>(Cue.class);
		for (String key : data.keys()) {
			if (!key.equals("default")) {
				gaps.put(Cue.ofKey(key), data.integer(key));
			}
		}
		int fallback = data.integer("default");
		return cue -> gaps.getOrDefault(cue, fallback);
	}

	private static Map<SectionKind, List<String>> kindWords(RuleData data) {
		Map<SectionKind, List<String>> words = new EnumMap<>(SectionKind.class);
		for (SectionKind kind : SectionKind.values()) {
			words.put(kind, data.texts(kind.name().toLowerCase(Locale.ROOT)));
		}
		return words;
	}

	public SpeakingRate speakingRate() {
		return speakingRate;
	}

	public DraftAnalyzer analyzer() {
		return analyzer;
	}

	public FreeTextSplitter freeTextSplitter() {
		return freeTextSplitter;
	}

	/** The criteria in scorecard order. */
	public List<Criterion> criteria() {
		return criteria;
	}

}
