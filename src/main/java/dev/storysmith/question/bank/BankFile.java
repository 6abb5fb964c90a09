package dev.storysmith.question.bank;

/** One markdown file of the bank: its path relative to the bank folder and its bytes. */
record BankFile(String name, byte[] content) {

	boolean isCompetencies() {
		return name.equals("competencies.md");
	}

	boolean isFramework() {
		return name.startsWith("frameworks/");
	}

	/** A README documents the folder; it is not a question. */
	boolean isReadme() {
		String fileName = name.substring(name.lastIndexOf('/') + 1);
		return fileName.equalsIgnoreCase("readme.md");
	}

}
