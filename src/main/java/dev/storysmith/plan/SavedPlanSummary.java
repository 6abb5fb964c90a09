package dev.storysmith.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A saved plan in the list on {@code /plan}. */
record SavedPlanSummary(long id, String title, LocalDate interviewDate, int questions, Instant updatedAt) {
}
