package dev.storysmith.question.bank;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkDefinition;
import dev.storysmith.framework.FrameworkFileParser;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.BankSnapshots;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.QuestionStore;
import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.Sha256;

/**
 * Imports the markdown bank at startup: the competency vocabulary first, then the
 * frameworks, then the questions that refer to both. Each file stands alone: a broken one
 * is reported with its reason and skipped, whatever went wrong with it (a stack overflow
 * included), the others still load, and the app starts.
 * At startup it runs on its own thread from the moment its own collaborators are ready, beside
 * the rest of the startup (security, actuator, web), and the startup waits for it once every
 * bean is ready, before the web server opens: no visitor sees an empty bank.
 */
@Component
public class BankImporter implements InitializingBean, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BankImporter.class);

	private final BankProperties properties;

	private final BankReader reader;

	private final FrameworkCatalog frameworks;

	private final BankSnapshots snapshots;

	private final QuestionStore store;

	private final Clock clock;

	private final FrameworkFileParser frameworkParser = new FrameworkFileParser();

	private final CompetencyFileParser competencyParser = new CompetencyFileParser();

	private volatile ImportReport lastReport;

	/** The import started with the application; null when this importer was not created by the context. */
	private Thread startupImport;

	/** What stopped the startup import, if anything escaped it (an import catches what a file can throw). */
	private volatile Throwable startupFailure;

	BankImporter(BankProperties properties, ResourcePatternResolver resolver, FrameworkCatalog frameworks,
			BankSnapshots snapshots, QuestionStore store, Clock clock) {
		this.properties = properties;
		this.reader = new BankReader(resolver, properties.maxFileSize());
		this.frameworks = frameworks;
		this.snapshots = snapshots;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		startupImport = new Thread(() -> {
			try {
				importBank();
			}
			catch (Throwable ex) {
				startupFailure = ex;
			}
		}, "bank-import");
		// Never keeps a JVM alive whose startup failed elsewhere.
		startupImport.setDaemon(true);
		startupImport.start();
	}

	/** Waits for the startup import: the application is not started before the bank is in memory. */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			startupImport.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the question bank was imported", ex);
		}
		if (startupFailure != null) {
			throw new IllegalStateException("the question bank import failed", startupFailure);
		}
	}

	/** The report of the last import, or null before the first one finished. */
	public ImportReport lastReport() {
		return lastReport;
	}

	/** Reads the whole bank, brings the database in line with it and rebuilds the bank in memory. */
	public ImportReport importBank() {
		Instant started = clock.instant();
		Run run = new Run();
		try {
			BankReader.Result read = reader.read(properties.location());
			run.failed.addAll(read.failures());
			importFiles(read.files(), run);
		}
		catch (Exception ex) {
			// The app must start even when the bank folder is missing; the report says why it is empty.
			run.failed.add(new ImportReport.Failure(properties.location(), ex.getMessage()));
		}
		ImportReport report = new ImportReport(properties.location(), clock.instant(),
				Duration.between(started, clock.instant()), run.loaded, run.unchanged, run.retired, run.failed);
		log(report);
		snapshots.afterImport(properties.location(), !report.loaded().isEmpty() || !report.retired().isEmpty());
		lastReport = report;
		return report;
	}

	private void importFiles(List<BankFile> files, Run run) {
		Map<BankFile, String> texts = new HashMap<>();
		for (BankFile file : files) {
			try {
				texts.put(file, decode(file));
			}
			catch (BankFileException ex) {
				run.fail(file, ex.getMessage());
			}
		}
		List<BankFile> readable = files.stream().filter(texts::containsKey).toList();
		readable.stream().filter(BankFile::isCompetencies).forEach(f -> importCompetencies(f, texts.get(f), run));
		readable.stream().filter(BankFile::isFramework).forEach(f -> importFramework(f, texts.get(f), run));

		Set<String> vocabulary = store.competencies().stream().map(CompetencyView::id).collect(Collectors.toSet());
		QuestionFileParser parser = new QuestionFileParser(vocabulary, frameworks::resolve);
		Map<String, String> idToFile = new HashMap<>();
		Set<String> failedQuestionFiles = new HashSet<>(run.failedFiles());
		for (BankFile file : readable) {
			if (file.isCompetencies() || file.isFramework() || file.isReadme()) {
				continue;
			}
			try {
				QuestionDetail question = parser.parse(texts.get(file));
				String earlier = idToFile.putIfAbsent(question.id(), file.name());
				if (earlier != null) {
					throw new MarkdownFormatException("duplicate id '" + question.id() + "', already used by " + earlier);
				}
				run.record(file, store.save(question, file.name(), Sha256.hex(file.content())));
			}
			catch (MarkdownFormatException ex) {
				run.fail(file, ex.getMessage());
				failedQuestionFiles.add(file.name());
			}
			catch (Throwable ex) {
				run.fail(file, UnexpectedFailure.reason(file, ex));
				failedQuestionFiles.add(file.name());
			}
		}
		run.retired.addAll(store.retireAllExcept(idToFile.keySet(), failedQuestionFiles));
	}

	private void importCompetencies(BankFile file, String text, Run run) {
		try {
			List<CompetencyView> vocabulary = competencyParser.parse(text);
			run.record(file, store.saveCompetencies(vocabulary));
		}
		catch (MarkdownFormatException ex) {
			run.fail(file, ex.getMessage());
		}
		catch (Throwable ex) {
			run.fail(file, UnexpectedFailure.reason(file, ex));
		}
	}

	private void importFramework(BankFile file, String text, Run run) {
		try {
			FrameworkDefinition definition = frameworkParser.parse(text);
			String earlier = run.frameworkFiles.putIfAbsent(definition.view().id(), file.name());
			if (earlier != null) {
				throw new MarkdownFormatException(
						"duplicate framework id '" + definition.view().id() + "', already used by " + earlier);
			}
			run.record(file, frameworks.save(definition, Sha256.hex(file.content())));
		}
		catch (MarkdownFormatException ex) {
			run.fail(file, ex.getMessage());
		}
		catch (Throwable ex) {
			run.fail(file, UnexpectedFailure.reason(file, ex));
		}
	}

	private static String decode(BankFile file) throws BankFileException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.content()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BankFileException("the file is not valid UTF-8 text");
		}
	}

	private static void log(ImportReport report) {
		log.info("Question bank {}: {} loaded, {} unchanged, {} retired, {} failed in {} ms", report.location(),
				report.loaded().size(), report.unchanged().size(), report.retired().size(), report.failed().size(),
				report.took().toMillis());
		report.failed().forEach(f -> log.warn("Question bank file {} skipped: {}", f.file(), f.reason()));
	}

	/** What one import has done so far. */
	private static final class Run {

		final List<String> loaded = new ArrayList<>();

		final List<String> unchanged = new ArrayList<>();

		final List<String> retired = new ArrayList<>();

		final List<ImportReport.Failure> failed = new ArrayList<>();

		final Map<String, String> frameworkFiles = new HashMap<>();

		void record(BankFile file, boolean written) {
			(written ? loaded : unchanged).add(file.name());
		}

		void fail(BankFile file, String reason) {
			failed.add(new ImportReport.Failure(file.name(), reason));
		}

		Set<String> failedFiles() {
			return failed.stream().map(ImportReport.Failure::file).collect(Collectors.toSet());
		}

	}

}
