package dev.storysmith.story.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.account.AccountPrincipal;

/**
 * {@code GET /api/backup} (and the page's download link) and {@code POST /api/restore} for the signed-in user. The restore
 * body is read here with a hard limit, so an oversized upload is refused once the limit is
 * passed whatever its Content-Length claims; every refusal is a problem detail naming the
 * field, and leaves the account unchanged.
 */
@RestController
class BackupApiController {

	private final BackupService backups;

	private final BackupReader reader;

	private final BackupProperties properties;

	private final Clock clock;

	BackupApiController(BackupService backups, BackupReader reader, BackupProperties properties, Clock clock) {
		this.backups = backups;
		this.reader = reader;
		this.properties = properties;
		this.clock = clock;
	}

	/** The backup as a JSON file download, named by the day it was taken; the page links the second path. */
	@GetMapping({ "/api/backup", "/stories/backup.json" })
	ResponseEntity<BackupDocument> backup(@AuthenticationPrincipal AccountPrincipal me) {
		BackupDocument document = backups.backup(me.id());
		String name = "storysmith-backup-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(document);
	}

	@PostMapping("/api/restore")
	ResponseEntity<BackupService.RestoreReport> restore(@AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request) throws IOException {
		BackupDocument document = reader.read(readLimited(request));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(backups.restore(me.id(), document));
	}

	private byte[] readLimited(HttpServletRequest request) throws IOException {
		return BackupLimits.read(request.getContentLengthLong(), request.getInputStream(), properties);
	}

}
