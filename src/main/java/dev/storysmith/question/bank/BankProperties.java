package dev.storysmith.question.bank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the question bank is read from ({@code classpath:questions/} inside the jar, or a
 * {@code file:} folder a team keeps) and how large one file may be.
 */
@ConfigurationProperties("storysmith.questions")
record BankProperties(@DefaultValue("classpath:questions/") String location,
		@DefaultValue("256KB") DataSize maxFileSize) {
}
