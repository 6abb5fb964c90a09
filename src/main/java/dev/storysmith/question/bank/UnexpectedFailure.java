package dev.storysmith.question.bank;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the import report says when one file fails in a way no parser rule foresaw (a stack
 * overflow deep in the markdown parser, a database refusal). The reason is a sentence for the
 * bank's author, never the raw exception text, which can hold SQL; the stack trace goes to the
 * log for whoever runs the app.
 */
final class UnexpectedFailure {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedFailure.class);

	private UnexpectedFailure() {
	}

	static String reason(BankFile file, Throwable failure) {
		log.warn("Question bank file {} failed unexpectedly", file.name(), failure);
		if (failure instanceof StackOverflowError) {
			return "the markdown is nested too deeply to read";
		}
		return "the file could not be imported (" + failure.getClass().getSimpleName()
				+ "); the log has the details";
	}

}
