package dev.storysmith.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Job postings written for the tests: an SRE role and a people-leading role. */
final class Postings {

	static final String SRE = read("sre-posting.txt");

	static final String MENTORING = read("mentoring-posting.txt");

	private Postings() {
	}

	private static String read(String name) {
		try (InputStream in = Postings.class.getResourceAsStream("/plan/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
