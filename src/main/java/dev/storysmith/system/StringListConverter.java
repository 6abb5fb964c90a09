package dev.storysmith.system;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a short list of single-line strings (tags, hints, follow-ups) in one column,
 * one entry per line, so small read-only lists need no table of their own.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		if (values == null || values.isEmpty()) {
			return "";
		}
		return String.join("\n", values.stream().map(v -> v.replace('\n', ' ')).toList());
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		if (column == null || column.isEmpty()) {
			return List.of();
		}
		return Arrays.asList(column.split("\n"));
	}

}
