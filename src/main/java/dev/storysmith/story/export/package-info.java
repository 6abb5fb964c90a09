/**
 * Stories leaving the app for reading: one story or the whole bank as Markdown downloads
 * (pages and {@code /api}, one controller) and the print-friendly {@code /stories/print}.
 * Part of the story module, which owns the stories it exports.
 */
package dev.storysmith.story.export;
