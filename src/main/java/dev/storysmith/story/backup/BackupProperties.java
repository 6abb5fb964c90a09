package dev.storysmith.story.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code storysmith.backup.max-restore-size}: the largest backup {@code POST /api/restore} reads. */
@ConfigurationProperties("storysmith.backup")
record BackupProperties(@DefaultValue("5MB") DataSize maxRestoreSize) {
}
