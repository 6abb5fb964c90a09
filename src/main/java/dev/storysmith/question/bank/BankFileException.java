package dev.storysmith.question.bank;

/** A bank file that is skipped; the message is the reason shown on the import report. */
class BankFileException extends Exception {

	BankFileException(String message) {
		super(message);
	}

}
