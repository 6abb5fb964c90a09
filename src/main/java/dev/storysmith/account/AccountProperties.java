package dev.storysmith.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Usernames that get the ADMIN role ({@code storysmith.admins=alice,bob}). */
@ConfigurationProperties("storysmith")
record AccountProperties(@DefaultValue List<String> admins) {
}
