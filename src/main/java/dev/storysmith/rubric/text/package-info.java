/**
 * Language-neutral text handling for the rubric: word tokens, sentence spans, cue phrase
 * matching and splitting pasted answers into labelled sections. Knows nothing about scoring.
 */
package dev.storysmith.rubric.text;
