package dev.storysmith.story.backup;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded backup up to {@code storysmith.backup.max-restore-size} and not one byte
 * further: a declared size over the limit is refused at once, and a body that announces a
 * smaller size (or none) is cut off as soon as it passes the limit.
 */
final class BackupLimits {

	private BackupLimits() {
	}

	static byte[] read(long declaredLength, InputStream body, BackupProperties properties) throws IOException {
		long limit = properties.maxRestoreSize().toBytes();
		if (declaredLength > limit) {
			throw tooLarge(limit);
		}
		try (InputStream in = body) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length > limit) {
				throw tooLarge(limit);
			}
			return bytes;
		}
	}

	private static BackupProblem tooLarge(long limit) {
		long mb = 1024 * 1024;
		String readable = limit % mb == 0 ? (limit / mb) + " MB" : Math.max(1, limit / 1024) + " KB";
		return BackupProblem.tooLarge(limit, "backup.body.tooLarge", readable);
	}

}
