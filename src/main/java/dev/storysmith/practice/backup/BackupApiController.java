package dev.storysmith.practice.backup;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
		String name = "storysmith-backup-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(backups.backup(me.id()));
	}

	@PostMapping("/api/restore")
	ResponseEntity<BackupService.RestoreReport> restore(@AuthenticationPrincipal AccountPrincipal me,
			HttpServletRequest request) throws IOException {
		BackupDocument document = reader.read(readLimited(request));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(backups.restore(me.id(), document));
	}

	@ExceptionHandler(BackupProblem.class)
	ResponseEntity<ProblemDetail> refused(BackupProblem ex, Locale locale) {
		String detail = message(ex.code(), ex.arguments(), locale);
		if (!ex.errors().isEmpty() && !ex.errors().get(0).code().equals(ex.code())) {
			BackupProblem.FieldError first = ex.errors().get(0);
			detail += " " + first.field() + ": " + message(first.code(), first.arguments(), locale);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), detail);
		problem.setTitle(message(ex.titleCode(), List.of(), locale));
		problem.setProperty("field", ex.field());
		problem.setProperty("changed", false);
		if (ex.status() == HttpStatus.CONTENT_TOO_LARGE) {
			problem.setProperty("limitBytes", properties.maxRestoreSize().toBytes());
		}
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors()
				.stream()
				.map(e -> Map.of("story", e.story(), "field", e.field(), "message",
						message(e.code(), e.arguments(), locale)))
				.toList());
		}
		return ResponseEntity.status(ex.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(String code, List<Object> arguments, Locale locale) {
		return messages.getMessage(code, arguments.toArray(), code, locale);
	}

	private byte[] readLimited(HttpServletRequest request) throws IOException {
		long limit = properties.maxRestoreSize().toBytes();
		if (request.getContentLengthLong() > limit) {
			throw tooLarge(limit);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				throw tooLarge(limit);
			}
			return body;
		}
	}

	private static BackupProblem tooLarge(long limit) {
		long mb = 1024 * 1024;
		String readable = limit % mb == 0 ? (limit / mb) + " MB" : Math.max(1, limit / 1024) + " KB";
		return BackupProblem.of(HttpStatus.CONTENT_TOO_LARGE, "backup.problem.tooLarge", "body",
				"backup.body.tooLarge", readable);
	}

}
