package dev.storysmith.practice.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.account.AccountPrincipal;

/**
 * {@code GET /api/backup} and {@code POST /api/restore} for the signed-in user. The restore
 * body is read here with a hard limit, so an oversized upload is refused once the limit is
 * passed whatever its Content-Length claims; every refusal is a problem detail naming the
 * field, and leaves the account unchanged.
 */
@RestController
class BackupApiController {

	private final BackupService backups;

	private final BackupReader reader;

	private final BackupProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	BackupApiController(BackupService backups, BackupReader reader, BackupProperties properties,
			MessageSource messages, Clock clock) {
		this.backups = backups;
		this.reader = reader;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/backup")
	ResponseEntity<BackupDocument> backup(@AuthenticationPrincipal AccountPrincipal me) {
		return download(backups.backup(me.id()), clock);
	}

	/** The backup as a JSON file download, named by the day it was taken. */
	static ResponseEntity<BackupDocument> download(BackupDocument document, Clock clock) {
		String name = "storysmith-backup-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(document);
	}

	/** JSON only: a form on another site can post text/plain with a browser's cached Basic credentials. */
	@PostMapping(path = "/api/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<BackupService.RestoreReport> restore(@AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request) throws IOException {
		BackupDocument document = reader.read(readLimited(request));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(backups.restore(me.id(), document));
	}

	@ExceptionHandler(BackupProblem.class)
	ResponseEntity<ProblemDetail> refused(BackupProblem ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.detail(messages, locale));
		problem.setTitle(ex.title(messages, locale));
		problem.setProperty("field", ex.field());
		problem.setProperty("changed", false);
		if (ex.status() == HttpStatus.CONTENT_TOO_LARGE) {
			problem.setProperty("limitBytes", properties.maxRestoreSize().toBytes());
		}
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors(messages, locale));
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private byte[] readLimited(HttpServletRequest request) throws IOException {
		return BackupLimits.read(request.getContentLengthLong(), request.getInputStream(), properties);
	}

}
