package dev.storysmith.question;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.system.MarkdownRenderer;

/**
 * Holds the current {@link BankSnapshot} and replaces it as a whole: after an import, and when
 * the bank version row shows that another instance on the same database imported a newer bank.
 * Readers take the reference once per request and never see a half-built bank.
 */
@Component
public class BankSnapshots {

	private static final Logger log = LoggerFactory.getLogger(BankSnapshots.class);

	/** Larger synonym lists are ignored: the list is meant to be small and read by people. */
	static final int MAX_SYNONYMS_BYTES = 64 * 1024;

	static final String SYNONYMS_FILE = "synonyms.txt";

	private final QuestionStore store;

	private final BankVersions versions;

	private final FrameworkCatalog frameworks;

	private final MarkdownRenderer markdown;

	private final ResourceLoader resources;

	/** The bank folder the synonym list is read from: the configured one, then the one last imported. */
	private volatile String location;

	private volatile BankSnapshot current = BankSnapshot.empty();

	BankSnapshots(QuestionStore store, BankVersions versions, FrameworkCatalog frameworks, MarkdownRenderer markdown,
			ResourceLoader resources, @Value("${storysmith.questions.location}") String location) {
		this.store = store;
		this.versions = versions;
		this.frameworks = frameworks;
		this.markdown = markdown;
		this.resources = resources;
		this.location = folder(location);
	}

	BankSnapshot current() {
		return current;
	}

	/**
	 * Called by the importer when it has finished with the bank in {@code location}: an import
	 * that changed the bank moves the shared version forward (so other instances rebuild too),
	 * then this instance rebuilds, with the synonym list of that folder.
	 */
	public void afterImport(String location, boolean changed) {
		this.location = folder(location);
		if (changed) {
			versions.advance();
		}
		rebuild();
	}

	/** Rebuilds when another instance has imported a newer bank since this snapshot was built. */
	@Scheduled(initialDelayString = "${storysmith.questions.refresh-interval:PT10S}",
			fixedDelayString = "${storysmith.questions.refresh-interval:PT10S}")
	void refreshIfNewer() {
		if (versions.current() != current.version()) {
			rebuild();
		}
	}

	synchronized void rebuild() {
		long version = versions.current();
		frameworks.reload();
		List<QuestionDetail> active = store.activeQuestions();
		List<CompetencyView> vocabulary = store.competencies();
		String synonyms = readSynonyms();
		BankSnapshot next;
		try {
			next = BankSnapshot.build(version, active, vocabulary, synonyms, frameworks, markdown);
		}
		catch (ParseException ex) {
			log.warn("Question bank {}{} ignored: {}", location, SYNONYMS_FILE, ex.getMessage());
			next = buildWithoutSynonyms(version, active, vocabulary);
		}
		current = next;
		log.info("Question bank version {} in memory: {} questions", version, active.size());
	}

	private BankSnapshot buildWithoutSynonyms(long version, List<QuestionDetail> active, List<CompetencyView> vocabulary) {
		try {
			return BankSnapshot.build(version, active, vocabulary, "", frameworks, markdown);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("an empty synonym list always parses", ex);
		}
	}

	private static String folder(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	private String readSynonyms() {
		Resource file = resources.getResource(location + SYNONYMS_FILE);
		if (!file.exists()) {
			return "";
		}
		try (InputStream in = file.getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_SYNONYMS_BYTES + 1);
			if (bytes.length > MAX_SYNONYMS_BYTES) {
				log.warn("Question bank {}{} ignored: larger than {} KB", location, SYNONYMS_FILE, MAX_SYNONYMS_BYTES / 1024);
				return "";
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			log.warn("Question bank {}{} ignored: {}", location, SYNONYMS_FILE, ex.getMessage());
			return "";
		}
	}

}
