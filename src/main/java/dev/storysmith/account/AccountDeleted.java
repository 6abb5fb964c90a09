package dev.storysmith.account;

/**
 * Published while an account is being deleted, before its row goes: every module that keeps
 * data for the user deletes it in the same transaction, so a failure anywhere keeps it all.
 */
public record AccountDeleted(long accountId) {
}
