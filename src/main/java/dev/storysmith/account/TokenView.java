package dev.storysmith.account;

import java.time.Instant;

/** A token as its owner sees it on the account page: never the secret. */
public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {
}
