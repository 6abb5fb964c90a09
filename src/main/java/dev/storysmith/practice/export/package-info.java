/**
 * Stories leaving the app for reading: one story or the whole bank as Markdown downloads
 * (pages and {@code /api}) and the print-friendly {@code /stories/print}.
 */
package dev.storysmith.practice.export;
