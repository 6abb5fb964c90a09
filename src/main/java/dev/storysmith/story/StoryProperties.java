package dev.storysmith.story;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many stories one user may keep ({@code storysmith.stories.max-per-user}). */
@ConfigurationProperties("storysmith.stories")
record StoryProperties(@DefaultValue("200") int maxPerUser) {
}
